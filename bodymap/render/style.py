"""Colours, patterns and sizes of marks: one place for the canvas, the legend and print-outs.

Zone qualities differ by colour AND by hatch pattern, so a black-and-white print stays readable.
The colours were chosen (render/colour_vision.py) so that any two symbols of the legend, the
deep-zone outline included, are at least 20 delta-E (CIE76) apart with normal vision and under
simulated deuteranopia and protanopia (Machado 2009, severity 1); tests/render/test_colour_vision.py
holds them to it. Active and latent points also differ in shape (a filled disc, a ring).
"""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QPen

from bodymap.domain.charting import PainQuality

TP_RADIUS = 9.0          # scene units (a view is 1000 units tall)
ACTIVE_COLOR = QColor("#C6320B")
LATENT_COLOR = QColor("#F18C07")
SELECTION_COLOR = QColor("#1565C0")
OUTLINE_COLOR = QColor("#1B1B1B")

QUALITY_COLORS: dict[PainQuality, QColor] = {
    PainQuality.ACHING: QColor("#D04659"),
    PainQuality.BURNING: QColor("#FF8A5B"),
    PainQuality.STABBING: QColor("#691CB0"),
    PainQuality.PINS_AND_NEEDLES: QColor("#30AC9C"),
    PainQuality.NUMBNESS: QColor("#3386FF"),
    PainQuality.THROBBING: QColor("#850000"),
    PainQuality.OTHER: QColor("#2F5870"),
}

QUALITY_PATTERNS: dict[PainQuality, Qt.BrushStyle] = {
    PainQuality.ACHING: Qt.BrushStyle.NoBrush,
    PainQuality.BURNING: Qt.BrushStyle.Dense6Pattern,
    PainQuality.STABBING: Qt.BrushStyle.BDiagPattern,
    PainQuality.PINS_AND_NEEDLES: Qt.BrushStyle.DiagCrossPattern,
    PainQuality.NUMBNESS: Qt.BrushStyle.HorPattern,
    PainQuality.THROBBING: Qt.BrushStyle.FDiagPattern,
    PainQuality.OTHER: Qt.BrushStyle.VerPattern,
}


def quality_color(quality: str | PainQuality) -> QColor:
    return QColor(QUALITY_COLORS[PainQuality(quality)])


def zone_fill(quality: str | PainQuality, intensity: int) -> QBrush:
    """Translucent fill; stronger for higher intensity (0..10)."""
    color = quality_color(quality)
    color.setAlphaF(0.18 + 0.045 * max(0, min(10, intensity)))
    return QBrush(color)


def zone_hatch(quality: str | PainQuality) -> QBrush | None:
    style = QUALITY_PATTERNS[PainQuality(quality)]
    if style == Qt.BrushStyle.NoBrush:
        return None
    color = quality_color(quality).darker(140)
    color.setAlphaF(0.85)
    return QBrush(color, style)


def zone_pen(quality: str | PainQuality, deep: bool = False) -> QPen:
    pen = QPen(quality_color(quality).darker(120), 2.0)
    pen.setCosmetic(True)
    if deep:
        pen.setStyle(Qt.PenStyle.DashLine)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def tp_color(status: str) -> QColor:
    return QColor(ACTIVE_COLOR if status == "active" else LATENT_COLOR)


def legend_symbol_colours() -> dict[str, QColor]:
    """The opaque colour of every kind of legend symbol: the two trigger-point statuses (needled
    and carried points are these colours with an X or a dashed outline), each pain quality and
    the outline of a deep zone."""
    colours = {"active": QColor(ACTIVE_COLOR), "latent": QColor(LATENT_COLOR)}
    colours.update({q.value: QColor(c) for q, c in QUALITY_COLORS.items()})
    colours["deep"] = QColor(OUTLINE_COLOR)
    return colours
