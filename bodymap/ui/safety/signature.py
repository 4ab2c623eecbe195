"""The patient signs on screen: a small canvas for mouse, pen or touch that keeps vector strokes.

Pen and touch reach the widget as mouse events (Qt synthesises them), so one path serves all three.
The strokes are points normalised to the signature box (domain.consent.clean_signature's form).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from bodymap.domain.consent import SIGNATURE_ASPECT, Stroke
from bodymap.render.signature import from_box, paint_signature
from bodymap.ui.widgets import theme

PAD_HEIGHT = 120


class SignaturePad(QWidget):
    changed = Signal()

    def __init__(self, parent=None, read_only: bool = False):
        super().__init__(parent)
        self._strokes: list[list[tuple[float, float]]] = []
        self._drawing = False
        self.read_only = read_only
        self.setFixedSize(int(PAD_HEIGHT * SIGNATURE_ASPECT), PAD_HEIGHT)     # the signature box itself
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, False)   # touch arrives as mouse events
        self.setCursor(Qt.CursorShape.ArrowCursor if read_only else Qt.CursorShape.CrossCursor)
        self.setToolTip("" if read_only else "The patient signs here with the mouse, a pen or a finger")

    def sizeHint(self) -> QSize:
        return QSize(int(PAD_HEIGHT * SIGNATURE_ASPECT), PAD_HEIGHT)

    # ------------------------------------------------------------ strokes
    def box(self) -> QRectF:
        return QRectF(self.rect()).adjusted(1, 1, -1, -1)

    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(tuple(s) for s in self._strokes if s)

    def set_strokes(self, strokes) -> None:
        self._strokes = [list(s) for s in strokes or ()]
        self.update()
        self.changed.emit()

    def clear(self) -> None:
        self.set_strokes(())

    def is_empty(self) -> bool:
        return not any(self._strokes)

    # ------------------------------------------------------------ input
    def _add(self, pos: QPointF) -> None:
        x, y = from_box(pos, self.box())
        self._strokes[-1].append((round(x, 4), round(y, 4)))
        self.update()

    def mousePressEvent(self, event) -> None:
        if self.read_only or not self.isEnabled() or event.button() != Qt.MouseButton.LeftButton:
            return super().mousePressEvent(event)
        self._drawing = True
        self._strokes.append([])
        self._add(event.position())
        event.accept()

    def mouseMoveEvent(self, event) -> None:
        if self._drawing:
            self._add(event.position())
            event.accept()

    def mouseReleaseEvent(self, event) -> None:
        if self._drawing:
            self._drawing = False
            self._add(event.position())
            self.changed.emit()
            event.accept()

    # ------------------------------------------------------------ painting
    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        box = self.box()
        p.fillRect(self.rect(), theme.colour("paper") if self.isEnabled() else theme.colour("pad_disabled"))
        p.setPen(QPen(theme.colour("pad_border"), 1))
        p.drawRect(QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5))
        base = box.top() + box.height() * 0.78
        p.setPen(QPen(theme.colour("pad_guide"), 1, Qt.PenStyle.DashLine))
        p.drawLine(QPointF(box.left() + 8, base), QPointF(box.right() - 8, base))
        if self.is_empty() and not self.read_only:
            p.setPen(theme.colour("paper_muted"))      # 5.9:1 on the white pad
            p.drawText(QRectF(box.left() + 10, base + 2, box.width() - 20, box.bottom() - base),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, "✗  Patient signs here")
        paint_signature(p, box, self.strokes())
        p.end()
