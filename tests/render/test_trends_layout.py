"""The progress chart's two arrangements: stacked (the window, the handout's side panel) and side
by side in one row (the handout's own section), each plot in its own part of the rectangle."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from bodymap.render.trends import SERIES, paint_trends


@dataclass
class Point:
    started_at: dt.datetime
    overall_pain: int | None
    pain_area_percent: float
    active_trigger_points: int


POINTS = [Point(dt.datetime(2026, 11, d, 10, tzinfo=dt.UTC), pain, area, tps)
          for d, pain, area, tps in ((15, 7, 1.3, 2), (22, 5, 0.6, 1), (29, 3, 0.4, 0))]


def painted(width: int, height: int, across: bool) -> QImage:
    image = QImage(width, height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    paint_trends(painter, QRectF(0, 0, width, height), POINTS, unit=width / 900, across=across)
    painter.end()
    return image


def extent(image: QImage, colour: QColor) -> tuple[int, int, int, int]:
    """x0, y0, x1, y1 of the pixels close to colour (the series' line and markers)."""
    xs, ys = [], []
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - colour.red()) + abs(c.green() - colour.green()) + abs(c.blue() - colour.blue()) < 40:
                xs.append(x)
                ys.append(y)
    assert xs, colour.name()
    return min(xs), min(ys), max(xs), max(ys)


@pytest.mark.parametrize("across", [False, True])
def test_each_plot_in_its_own_third(qapp, across):
    width, height = (900, 260) if across else (400, 420)
    image = painted(width, height, across)
    for index, (_attr, _title, _unit, colour, _shape) in enumerate(SERIES):
        x0, y0, x1, y1 = extent(image, colour)
        lo, hi, third = (x0, x1, width / 3) if across else (y0, y1, height / 3)
        assert index * third <= lo and hi <= (index + 1) * third, (index, lo, hi)
        panel_w = width / 3 if across else width
        assert x1 - x0 > panel_w * 0.6, (index, x0, x1)  # the line runs across its plot, first to last visit
