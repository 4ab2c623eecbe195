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

    TWO_COLUMNS_UP_TO = 440      # px: wider than this, the key takes one column (and scrolls)

    def minimumSizeHint(self) -> QSize:
        """Two columns when they fit TWO_COLUMNS_UP_TO: the whole key in view without scrolling at
        1366 x 768 (one column of 13 symbols is taller than the dock), without a language's long
        labels widening the right-hand docks and squeezing the chart."""
        font_px = self._font_px()
        _c, _r, col_w, _h = legend_layout(1, font_px, self)
        two = math.ceil(2 * col_w + font_px * 1.6 + 2 * self.MARGIN)      # render.legend's column gap
        width = two if two <= self.TWO_COLUMNS_UP_TO else math.ceil(col_w + 2 * self.MARGIN)
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
