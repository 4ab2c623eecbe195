"""Small drawn icons: the tool bar's buttons keep one size whatever their action says, and need no
icon theme (none is installed on many clinic workstations)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QIcon, QPainter, QPainterPath, QPen, QPixmap

from bodymap.ui.widgets import theme

SIZE = 20


def _canvas(ratio: float = 2.0) -> tuple[QPixmap, QPainter]:
    pixmap = QPixmap(int(SIZE * ratio), int(SIZE * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    return pixmap, painter


def key_icon(letter: str) -> QIcon:
    """A key cap with the tool's shortcut letter: the tool bar says which key picks the tool."""
    pixmap, painter = _canvas()
    painter.setPen(QPen(theme.colour("icon_ink"), 1.2))
    painter.setBrush(theme.colour("icon_cap"))
    painter.drawRoundedRect(QRectF(1.5, 1.5, SIZE - 3, SIZE - 3), 3.5, 3.5)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(12)
    painter.setFont(font)
    painter.drawText(QRectF(0, 0, SIZE, SIZE), Qt.AlignmentFlag.AlignCenter, letter)
    painter.end()
    return QIcon(pixmap)


def turn_icon(redo: bool) -> QIcon:
    """A curved arrow: to the left for undo, mirrored for redo."""
    pixmap, painter = _canvas()
    if redo:
        painter.translate(SIZE, 0)
        painter.scale(-1, 1)
    ink = theme.colour("icon_ink")
    pen = QPen(ink, 2.0)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    arc = QPainterPath(QPointF(6, 8))
    arc.cubicTo(QPointF(10, 4.5), QPointF(17, 6), QPointF(16.5, 11.5))
    arc.cubicTo(QPointF(16, 15.5), QPointF(12, 17), QPointF(8.5, 16))
    painter.drawPath(arc)
    painter.setBrush(ink)
    head = QPainterPath(QPointF(2.5, 8.5))
    head.lineTo(QPointF(8.5, 3.5))
    head.lineTo(QPointF(8.5, 12.5))
    head.closeSubpath()
    painter.drawPath(head)
    painter.end()
    return QIcon(pixmap)
