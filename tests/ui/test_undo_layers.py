"""Undo and redo of a move keep a trigger point on the layer it was recorded on: a point on a deep
muscle (placed with the deep layer shown) goes back to the deep muscle, not the superficial one
drawn over it."""
from __future__ import annotations

from bodymap.domain.charting import PatientInput, VisitInput
from bodymap.domain.diagrams import load_view
from bodymap.domain.placement import is_deep_muscle
from bodymap.ui.document import ChartDocument


def _two_points_over_one_deep_muscle(view_id: str):
    """Two points, apart, where the same deep muscle lies under a superficial one."""
    view = load_view(view_id)
    seen: dict[str, tuple[float, float]] = {}
    for i in range(1, 100):
        for j in range(1, 100):
            x, y = i / 100, j / 100
            deep, top = view.locate(x, y, True).muscle, view.locate(x, y, False).muscle
            if deep is None or top is None or deep.layer != "deep" or deep.muscle_id == top.muscle_id:
                continue
            first = seen.setdefault(deep.muscle_id, (x, y))
            if abs(first[0] - x) + abs(first[1] - y) > 0.02:
                return deep.muscle_id, top.muscle_id, first, (x, y)
    raise AssertionError(f"no deep muscle under a superficial one on {view_id}")


def test_undo_and_redo_of_a_move_keep_the_deep_muscle(qtbot, service):
    deep_muscle, _top, start, end = _two_points_over_one_deep_muscle("posterior")
    assert is_deep_muscle("posterior", deep_muscle)
    p = service.create_patient(PatientInput(chart_number="DL-1", name="Deep Layer"))
    v = service.create_visit(p.id, VisitInput())
    doc = ChartDocument(service)
    doc.open_visit(v.id)
    tp = doc.add_trigger_point("posterior", *start, include_deep=True)
    assert tp.muscle == deep_muscle
    moved = doc.move_trigger_point(tp.id, *end, include_deep=True)
    assert moved.muscle == deep_muscle

    doc.undo_stack.undo()
    back = service.get_chart(v.id).trigger_points[0]
    assert (back.x, back.y) == (round(start[0], 5), round(start[1], 5))
    assert back.muscle == deep_muscle, "undo moved the point onto the superficial muscle"
    assert doc.trigger_points()[0].muscle == deep_muscle

    doc.undo_stack.redo()
    again = service.get_chart(v.id).trigger_points[0]
    assert (again.x, again.y) == (round(end[0], 5), round(end[1], 5))
    assert again.muscle == deep_muscle


def test_a_superficial_point_stays_superficial_after_undo(qtbot, service):
    _deep, top_muscle, start, end = _two_points_over_one_deep_muscle("posterior")
    p = service.create_patient(PatientInput(chart_number="DL-2", name="Top Layer"))
    v = service.create_visit(p.id, VisitInput())
    doc = ChartDocument(service)
    doc.open_visit(v.id)
    tp = doc.add_trigger_point("posterior", *start)
    assert tp.muscle == top_muscle
    doc.move_trigger_point(tp.id, *end)
    doc.undo_stack.undo()
    assert service.get_chart(v.id).trigger_points[0].muscle == top_muscle
