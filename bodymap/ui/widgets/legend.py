"""The key as a widget for a dock beside the canvas; the drawing is bodymap.render.legend."""
from __future__ import annotations

import math

from PySide6.QtCore import QSize
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QSizePolicy, QWidget

from bodymap.render.legend import draw_legend, legend_layout
from bodymap.ui.widgets import theme


class LegendWidget(QWidget):
    """The key, for a dock beside the canvas."""

    MARGIN = 10

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAutoFillBackground(True)
        self.setToolTip(self.tr("Key to the symbols and colours on the diagrams. "
                                "Left and right are the patient's own left and right."))

    def _font_px(self) -> float:
        font = self.font()
        if font.pixelSize() > 0:
            return float(font.pixelSize())
        return font.pointSizeF() * self.logicalDpiY() / 72.0

    def _content_height(self, width: float) -> float:
        _c, _r, _w, height = legend_layout(width - 2 * self.MARGIN, self._font_px(), self)
        return height + 2 * self.MARGIN

    def sizeHint(self) -> QSize:
        return QSize(250, math.ceil(self._content_height(250)))

    def minimumSizeHint(self) -> QSize:
        _c, _r, col_w, _h = legend_layout(1, self._font_px(), self)
        width = math.ceil(col_w + 2 * self.MARGIN)
        return QSize(width, math.ceil(self._content_height(width)))

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return math.ceil(self._content_height(width))

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), theme.colour("paper"))  # the marks are designed for paper
            draw_legend(painter, self.MARGIN, self.MARGIN, self.width() - 2 * self.MARGIN, self._font_px())
        finally:
            painter.end()
