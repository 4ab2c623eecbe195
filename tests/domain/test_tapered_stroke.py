"""The area a pen's stroke covers when its pressure changes the brush's radius along it."""
from __future__ import annotations

import pytest
from shapely.geometry import LineString

from bodymap.domain.geometry import stroke_to_polygons, tapered_stroke_to_polygons, to_shape


def _width_at(shape, y: float) -> float:
    band = shape.intersection(LineString([(0, y), (1, y)]))
    return band.length


def test_an_even_radius_covers_what_the_round_brush_covers():
    points = [(0.5, 0.3 + 0.01 * i) for i in range(11)]
    tapered = to_shape(tapered_stroke_to_polygons(points, [0.02] * 11, 1.0))
    brush = to_shape(stroke_to_polygons(points, 0.02, 1.0))
    assert tapered.symmetric_difference(brush).area < 0.02 * brush.area


def test_the_stroke_widens_where_the_radius_grows():
    points = [(0.5, 0.3 + 0.01 * i) for i in range(11)]
    radii = [0.005 + 0.002 * i for i in range(11)]           # 0.005 at the top, 0.025 at the foot
    shape = to_shape(tapered_stroke_to_polygons(points, radii, 1.0))
    assert _width_at(shape, 0.31) == pytest.approx(2 * 0.007, rel=0.1)
    assert _width_at(shape, 0.39) == pytest.approx(2 * 0.023, rel=0.1)
    assert shape.geom_type == "Polygon"                      # one piece, no gaps between samples


def test_aspect_and_bounds_follow_the_view():
    # on a view half as wide as it is tall a disc is stored twice as wide in x (normalised)
    (ring,) = tapered_stroke_to_polygons([(0.5, 0.5)], [0.02], 0.5)
    xs, ys = [x for x, _ in ring], [y for _, y in ring]
    assert max(xs) - min(xs) == pytest.approx(0.08, rel=0.05)
    assert max(ys) - min(ys) == pytest.approx(0.04, rel=0.05)
    (edge,) = tapered_stroke_to_polygons([(0.0, 0.0)], [0.05], 1.0)
    assert min(x for x, _ in edge) == 0.0 and min(y for _, y in edge) == 0.0    # kept inside 0..1


def test_one_radius_per_point():
    with pytest.raises(ValueError):
        tapered_stroke_to_polygons([(0.1, 0.1), (0.2, 0.2)], [0.01], 1.0)
