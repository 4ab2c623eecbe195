"""A signature stored as vector strokes (domain.consent), painted the same way on screen and in print.

Points are normalised to a box SIGNATURE_ASPECT wide per unit high; `paint_signature` fits that box
into any rectangle, keeping its proportions.
"""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

from bodymap.domain.consent import SIGNATURE_ASPECT, Stroke

INK = QColor("#0D2A6B")


def signature_box(rect: QRectF) -> QRectF:
    """The largest box of the signature's aspect centred in rect."""
    w, h = rect.width(), rect.height()
    if w / max(h, 1e-9) > SIGNATURE_ASPECT:
        w = h * SIGNATURE_ASPECT
    else:
        h = w / SIGNATURE_ASPECT
    return QRectF(rect.center().x() - w / 2, rect.center().y() - h / 2, w, h)


def to_box(point: tuple[float, float], box: QRectF) -> QPointF:
    return QPointF(box.left() + point[0] * box.width(), box.top() + point[1] * box.height())


def from_box(point: QPointF, box: QRectF) -> tuple[float, float]:
    x = (point.x() - box.left()) / max(box.width(), 1e-9)
    y = (point.y() - box.top()) / max(box.height(), 1e-9)
    return (min(max(x, 0.0), 1.0), min(max(y, 0.0), 1.0))


def signature_path(strokes: Sequence[Stroke], box: QRectF) -> QPainterPath:
    path = QPainterPath()
    for stroke in strokes:
        if not stroke:
            continue
        path.moveTo(to_box(stroke[0], box))
        if len(stroke) == 1:                       # a dot
            path.lineTo(to_box(stroke[0], box) + QPointF(0.01, 0.01))
        for point in stroke[1:]:
            path.lineTo(to_box(point, box))
    return path


def paint_signature(painter: QPainter, rect: QRectF, strokes: Sequence[Stroke], width: float | None = None) -> None:
    """Paint the strokes into rect (fitted, proportions kept), in dark-blue ink."""
    box = signature_box(rect)
    pen = QPen(INK, width if width is not None else max(box.height() / 60, 1.2))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(signature_path(strokes, box))
    painter.restore()
