"""A new trigger point records the muscle, its side and the nearest reference site from the diagram."""
from __future__ import annotations

from bodymap.domain.charting import PatientInput, VisitInput
from bodymap.domain.diagrams import load_view


def _site(view_id, muscle_id, label, side):
    return next(s for s in load_view(view_id).sites
                if (s.muscle_id, s.label, s.side) == (muscle_id, label, side))


def _visit(service):
    p = service.create_patient(PatientInput(chart_number="M-1", name="Muscle Test"))
    return service.create_visit(p.id, VisitInput())


def test_point_on_a_reference_site_records_muscle_side_and_site(service):
    v = _visit(service)
    site = _site("posterior", "gluteus_maximus", "TP2", "right")
    tp = service.add_trigger_point(v.id, "posterior", site.x, site.y)
    assert (tp.muscle, tp.side, tp.site) == ("gluteus_maximus", "right", "TP2")
    assert tp.muscle_label == "Gluteus maximus" and tp.location_label == "Gluteus maximus"
    assert service.get_chart(v.id).trigger_points[0].site == "TP2"


def test_deep_layer_resolves_the_deep_muscle(service):
    v = _visit(service)
    site = _site("posterior", "piriformis", "TP1", "left")
    superficial = service.add_trigger_point(v.id, "posterior", site.x, site.y)
    deep = service.add_trigger_point(v.id, "posterior", site.x, site.y, include_deep=True)
    assert superficial.muscle == "gluteus_maximus" and superficial.side == "left"
    assert (deep.muscle, deep.side, deep.site) == ("piriformis", "left", "TP1")
    moved = service.move_trigger_point(deep.id, site.x, site.y, include_deep=False)
    assert moved.muscle == "gluteus_maximus"


def test_point_off_any_muscle_keeps_region_and_side(service):
    v = _visit(service)
    view = load_view("anterior")
    # a point inside the silhouette that no superficial muscle covers, found on a grid
    for i in range(1, 200):
        for j in range(1, 100):
            x, y = j / 100, i / 200
            if view.region_at(x, y) and view.muscle_at(x, y) is None:
                tp = service.add_trigger_point(v.id, "anterior", x, y)
                assert tp.muscle is None and tp.site is None and tp.region == view.region_at(x, y).region_id
                assert tp.side == view.region_at(x, y).side
                return
    raise AssertionError("the anterior view has muscles everywhere on the body")
