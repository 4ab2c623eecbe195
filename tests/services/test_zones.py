"""Pain zones through ChartService on both backends: shape, sides, regions, clipping, sources."""
from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap.domain.charting import ZoneDetails
from bodymap.domain.diagrams import load_view
from bodymap.domain.geometry import to_shape
from bodymap.errors import ValidationError
from bodymap.services.demo import blob, region_point
from tests.services.helpers import OUTSIDE_BODY, counts, visit


def _within(polygons, view_id, tolerance=1e-4) -> bool:
    view = load_view(view_id)
    return to_shape(view.outline, view.aspect).buffer(tolerance).contains(to_shape(polygons, view.aspect))


def test_add_zone_computes_sides_and_regions(service, draft):
    _p, v = draft
    tp = service.add_trigger_point(v.id, "anterior", *region_point("anterior", "pectoral", "right"))
    tx, ty = region_point("anterior", "temple", "right")
    zone = service.add_zone(v.id, "anterior", blob(tx, ty, 0.01, 0.01),
                            ZoneDetails(quality="burning", intensity=8, depth="deep", notes=" afternoons ",
                                        source_trigger_point_ids=frozenset({tp.id})))
    assert zone.sides == ("right",)
    assert zone.regions[0] == "right:temple"
    assert all(r.split(":")[0] == "right" for r in zone.regions)
    assert (zone.quality, zone.intensity, zone.depth, zone.notes) == ("burning", 8, "deep", "afternoons")
    assert zone.source_ids == frozenset({tp.id})
    assert zone.diagram_version == load_view("anterior").version
    assert len(zone.polygons) == 1 and len(zone.polygons[0]) >= 3
    assert service.get_chart(v.id).zones == (zone,)

    # a band across the chest covers both sides and the midline sternum
    (rx, ry), (lx, _ly) = region_point("anterior", "pectoral", "right"), region_point("anterior", "pectoral", "left")
    band = [[(rx, ry - 0.01), (lx, ry - 0.01), (lx, ry + 0.01), (rx, ry + 0.01)]]
    chest = service.add_zone(v.id, "anterior", band)
    assert set(chest.sides) == {"left", "right", "midline"}
    assert {"right:pectoral", "left:pectoral", "midline:sternum"} <= set(chest.regions)


def test_zone_is_clipped_to_the_silhouette(service, draft):
    _p, v = draft
    vx, vy = region_point("anterior", "vertex", "midline")
    square = [[(vx - 0.03, 0.0), (vx + 0.03, 0.0), (vx + 0.03, vy + 0.01), (vx - 0.03, vy + 0.01)]]
    assert not _within(square, "anterior")  # it sticks out above the head
    zone = service.add_zone(v.id, "anterior", square)
    assert _within(zone.polygons, "anterior")
    view = load_view("anterior")
    assert 0 < to_shape(zone.polygons, view.aspect).area < to_shape(square, view.aspect).area
    assert min(y for poly in zone.polygons for _x, y in poly) > 0.01
    assert "midline:vertex" in zone.regions


def test_zone_outside_the_body_refused(service, sessions, draft):
    _p, v = draft
    view = load_view("anterior")
    assert not any(view.contains(x, y) for x, y in OUTSIDE_BODY[0])
    before = counts(sessions)
    with pytest.raises(ValidationError, match="outside the body"):
        service.add_zone(v.id, "anterior", OUTSIDE_BODY)
    with pytest.raises(ValidationError, match="at least three points"):
        service.add_zone(v.id, "anterior", [[(0.5, 0.5), (0.5, 0.6)]])
    with pytest.raises(ValidationError, match="Unknown diagram view"):
        service.add_zone(v.id, "sideways", blob(0.5, 0.5, 0.01, 0.01))
    assert counts(sessions) == before


def test_zone_sources_must_belong_to_the_same_visit(service, sessions, draft):
    p, v = draft
    other_visit = visit(service, p.id, days_ago=3)
    here = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "calf", "left"))
    there = service.add_trigger_point(other_visit.id, "posterior", *region_point("posterior", "calf", "left"))
    shape = blob(*region_point("posterior", "calf", "left"), 0.01, 0.01)
    before = counts(sessions)
    for ids in ({there.id}, {here.id, there.id}, {here.id + there.id + 1000}):
        with pytest.raises(ValidationError, match="same visit"):
            service.add_zone(v.id, "posterior", shape, ZoneDetails(source_trigger_point_ids=frozenset(ids)))
    assert counts(sessions) == before
    zone = service.add_zone(v.id, "posterior", shape, ZoneDetails(source_trigger_point_ids=frozenset({here.id})))
    with pytest.raises(ValidationError, match="same visit"):
        service.update_zone(zone.id, ZoneDetails(source_trigger_point_ids=frozenset({there.id})))
    assert service.get_chart(v.id).zones == (zone,)


def test_zone_update_reshape_delete_restore(service, draft):
    _p, v = draft
    tx, ty = region_point("posterior", "posterior_neck", "right")
    zone = service.add_zone(v.id, "posterior", blob(tx, ty, 0.01, 0.01), ZoneDetails(notes="first"))
    updated = service.update_zone(zone.id, ZoneDetails(quality="stabbing", intensity=2, notes="second"))
    assert (updated.quality, updated.intensity, updated.notes, updated.polygons) == (
        "stabbing", 2, "second", zone.polygons)
    lx, ly = region_point("posterior", "calf", "left")
    reshaped = service.reshape_zone(zone.id, blob(lx, ly, 0.01, 0.01))
    assert reshaped.sides == ("left",) and reshaped.regions[0] == "left:calf"
    assert reshaped.notes == "second"
    with pytest.raises(ValidationError, match="outside the body"):
        service.reshape_zone(zone.id, OUTSIDE_BODY)
    assert service.get_chart(v.id).zones == (reshaped,)
    deleted = service.delete_zone(zone.id)
    assert service.get_chart(v.id).zones == ()
    assert service.restore_zone(deleted) == reshaped
    assert service.get_chart(v.id).zones == (reshaped,)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(polygon=st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1)), min_size=3, max_size=8),
       view_id=st.sampled_from(["anterior", "posterior"]))
def test_any_polygon_in_the_unit_square_is_refused_or_stays_on_the_body(service, draft, polygon, view_id):
    _p, v = draft
    try:
        zone = service.add_zone(v.id, view_id, [polygon])
    except ValidationError:
        return
    assert zone.polygons
    for poly in zone.polygons:
        assert len(poly) >= 3
        assert all(0.0 <= x <= 1.0 and 0.0 <= y <= 1.0 for x, y in poly)
    assert _within(zone.polygons, view_id, tolerance=1e-3)
    assert zone.sides and set(zone.sides) <= {"left", "right", "midline"}
    assert all(r.split(":")[0] in zone.sides for r in zone.regions)
