"""The legend's symbols stay apart for red-green colour blindness: colour (delta-E under simulated
deuteranopia and protanopia) and, for colour-blind readers and grey print, shape and hatch."""
from __future__ import annotations

from itertools import combinations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from bodymap.domain.charting import MarkKind
from bodymap.render import colour_vision as cv
from bodymap.render import legend, style

MIN_DELTA_E = 20.0
# the palette before issue 19, kept to show the check catches a palette that fails
OLD_PALETTE = {"active": "#C62828", "latent": "#EF8A00", "aching": "#D1495B", "burning": "#F3722C",
               "stabbing": "#7B2CBF", "pins_and_needles": "#2A9D8F", "numbness": "#3A86FF",
               "throbbing": "#9D0208", "other": "#6C757D", "deep": "#1B1B1B"}


def _symbol_rgb() -> dict[str, cv.RGB]:
    return {name: cv.parse_hex(c.name()) for name, c in style.legend_symbol_colours().items()}


def test_known_values():
    # Machado 2009 maps pure red to a dark olive for deuteranopia; white stays white
    assert cv.simulate((255, 255, 255), "deuteranopia") == pytest.approx((255, 255, 255), abs=1)
    assert cv.simulate((255, 0, 0), "deuteranopia") == pytest.approx((163.2, 144.3, 0.0), abs=0.2)
    assert cv.to_lab((255, 255, 255)) == pytest.approx((100, 0, 0), abs=0.05)
    assert cv.delta_e((0, 0, 0), (255, 255, 255)) == pytest.approx(100, abs=0.05)
    assert cv.contrast_ratio((0, 0, 0), (255, 255, 255)) == pytest.approx(21.0)
    assert cv.contrast_ratio((119, 119, 119), (255, 255, 255)) == pytest.approx(4.48, abs=0.01)


def test_every_legend_symbol_has_a_colour_checked():
    """Every entry of the key maps to one of the checked colours (a new quality cannot slip by)."""
    colours = style.legend_symbol_colours()
    for kind, key, _label in legend.legend_entries():
        if kind == "depth":
            assert "deep" in colours
        elif key in ("needled", "carried"):
            continue                      # an active point with an X / a dashed outline
        else:
            assert key in colours, key


@pytest.mark.parametrize("vision", cv.VISIONS)
def test_any_two_symbol_colours_differ_by_20_delta_e(vision):
    distance, a, b = cv.min_pairwise_delta_e(_symbol_rgb(), vision)
    assert distance >= MIN_DELTA_E, f"{a} and {b} are only {distance:.1f} delta-E apart ({vision})"


@pytest.mark.parametrize("vision", ["deuteranopia", "protanopia"])
def test_the_check_fails_on_the_old_palette(vision):
    old = {k: cv.parse_hex(v) for k, v in OLD_PALETTE.items()}
    distance, _a, _b = cv.min_pairwise_delta_e(old, vision)
    assert distance < MIN_DELTA_E


def test_translucent_fills_over_paper_are_weaker_and_recorded():
    """A zone's fill is translucent (alpha 0.18..0.63 by intensity), so over the white diagram its
    colours are closer than the opaque ones; these floors are what docs/ACCESSIBILITY.md reports, and
    the hatch pattern and opaque outline are what tell such zones apart."""
    base = {q.value: cv.parse_hex(c.name()) for q, c in style.QUALITY_COLORS.items()}
    floors = {0: 2.5, 6: 7.0, 10: 11.0}
    for intensity, floor in floors.items():
        alpha = style.zone_fill("aching", intensity).color().alphaF()
        fills = {k: cv.composite(c, alpha, (255, 255, 255)) for k, c in base.items()}
        for vision in cv.VISIONS:
            assert cv.min_pairwise_delta_e(fills, vision)[0] >= floor, (intensity, vision)


def _symbol_image(kind: str, key: str) -> QImage:
    image = QImage(48, 48, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    legend.draw_symbol(painter, kind, key, QRectF(4, 4, 40, 40))
    painter.end()
    return image.convertToFormat(QImage.Format.Format_Grayscale8)


def _edges(image: QImage) -> set[tuple[int, int]]:
    """Pixels where the grey level steps by more than 25 to the right or below: the lines of the
    symbol (outline, ring, X, dashes, hatch), whatever its colours."""
    g = [[image.pixelColor(x, y).value() for x in range(image.width())] for y in range(image.height())]
    h, w = len(g), len(g[0])
    return {(x, y) for y in range(h - 1) for x in range(w - 1)
            if abs(g[y][x] - g[y][x + 1]) > 25 or abs(g[y][x] - g[y + 1][x]) > 25}


def test_symbols_differ_by_shape_or_hatch_without_colour(qapp):
    """Without colour at all (grey print, or no colour vision) every two symbols still differ in
    their lines: disc vs ring, X, dashed outline, and a hatch per pain quality."""
    edges = {(kind, key): _edges(_symbol_image(kind, key)) for kind, key, _l in legend.legend_entries()}
    for (ka, a), (kb, b) in combinations(edges.items(), 2):
        differing = len(a ^ b)
        assert differing >= 40, f"{ka} and {kb} have the same lines ({differing} pixels differ)"


def test_active_and_latent_points_differ_in_shape(qapp):
    """The centre of an active point is filled, a latent point's is white (a ring)."""
    active, latent = _symbol_image(MarkKind.TRIGGER_POINT, "active"), _symbol_image(MarkKind.TRIGGER_POINT, "latent")
    assert active.pixelColor(24, 24).value() < 200
    assert latent.pixelColor(24, 24).value() > 240
