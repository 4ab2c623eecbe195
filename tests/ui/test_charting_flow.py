"""A clinician's session, driven through real widgets: patient, visit, marks, undo, restart."""
from __future__ import annotations

from PySide6.QtCore import QDate, QPoint, Qt
from PySide6.QtGui import QKeySequence

from bodymap.services.demo import region_point
from tests.accounts import act_as_clinician
from tests.ui.conftest import click_scene, drag_scene, fill_dialog, press_tool_key
from tests.ui.flows import charted_window, new_patient, new_visit


def test_chart_a_visit_then_find_it_after_restart(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    assert "Jamie Rivera" in window.banner.name.text()
    assert "A-100" in window.banner.details.text()
    # a narrow window may wrap the banner between its facts, never inside one ("chart" | "A-100")
    assert all(" " not in fact for fact in window.banner.details.text().split("  ·  "))

    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    click_scene(qtbot, canvas, x, y)
    tps = window.document.trigger_points()
    assert len(tps) == 1
    assert tps[0].side == "right" and tps[0].region == "upper_trapezius_ridge"
    assert "saved" in window.saved_label.text().lower()
    # the inspector shows the new point; ticking a finding is saved at once
    assert window.inspector.tp_form.isVisibleTo(window.inspector)
    window.inspector.tp_form.findings["taut_band"].setChecked(True)
    assert "taut_band" in window.service.get_chart(window.document.visit_id).trigger_points[0].findings

    window.workspace.set_tool("brush")
    bx, by = region_point("posterior", "posterior_neck", "left")
    drag_scene(qtbot, canvas, [(bx, by - 0.01), (bx, by), (bx, by + 0.01)])
    zones = window.document.zones()
    assert len(zones) == 1 and "left" in zones[0].sides

    visit_id = window.document.visit_id
    window.close()

    again = open_window()
    again.patients.patients.setCurrentRow(0)
    again.patients.visits.setCurrentRow(0)
    chart = again.document.chart
    assert chart is not None and chart.visit.id == visit_id
    assert [tp.region for tp in chart.trigger_points] == ["upper_trapezius_ridge"]
    assert chart.trigger_points[0].findings == frozenset({"taut_band"})
    assert len(chart.zones) == 1
    scene = again.workspace.canvas("posterior").chart_scene
    assert len(scene.trigger_point_items()) == 1 and len(scene.zone_items()) == 1
    assert again.workspace.canvas("anterior").chart_scene.trigger_point_items() == []


def test_undo_and_redo_with_the_keyboard(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    x, y = region_point("anterior", "pectoral", "left")
    click_scene(qtbot, canvas, x, y)
    assert len(window.service.get_chart(window.document.visit_id).trigger_points) == 1
    tp = window.document.trigger_points()[0]
    assert tp.side == "left" and x > 0.5          # anterior view: patient's left is on the viewer's right

    qtbot.keySequence(canvas, QKeySequence("Ctrl+Z"))
    assert window.service.get_chart(window.document.visit_id).trigger_points == ()
    assert canvas.chart_scene.trigger_point_items() == []

    qtbot.keySequence(canvas, QKeySequence("Ctrl+Shift+Z"))
    restored = window.service.get_chart(window.document.visit_id).trigger_points
    assert len(restored) == 1 and restored[0].id == tp.id
    assert len(canvas.chart_scene.trigger_point_items()) == 1


def test_a_drag_is_one_undo_step(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    x, y = region_point("posterior", "buttock", "right")
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, x, y)
    tp = window.document.trigger_points()[0]
    window.workspace.set_tool("select")
    path = [(x, y)] + [(x, y + 0.004 * i) for i in range(1, 8)]
    drag_scene(qtbot, canvas, path)
    moved = window.service.get_chart(window.document.visit_id).trigger_points[0]
    assert moved.y > tp.y + 0.02
    steps = window.document.undo_stack.count()
    assert steps == 2           # place + one move, not one per mouse-move
    window.menu_actions["undo"].trigger()
    back = window.service.get_chart(window.document.visit_id).trigger_points[0]
    assert abs(back.y - tp.y) < 1e-6


def test_polygon_zone_delete_and_eraser(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("polygon")
    cx, cy = region_point("anterior", "anterior_thigh", "right")
    corners = [(cx - 0.02, cy - 0.02), (cx + 0.02, cy - 0.02), (cx + 0.02, cy + 0.03), (cx - 0.02, cy + 0.03)]
    for px, py in corners:
        click_scene(qtbot, canvas, px, py)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    zones = window.service.get_chart(window.document.visit_id).zones
    assert len(zones) == 1 and zones[0].sides == ("right",)
    assert any(r.endswith("anterior_thigh") for r in zones[0].regions)

    # Delete key removes the selected zone; undo brings it back
    window.workspace.set_tool("select")
    window.workspace.select_mark("zone", zones[0].id)
    window.menu_actions["delete"].trigger()
    assert window.service.get_chart(window.document.visit_id).zones == ()
    window.menu_actions["undo"].trigger()
    assert len(window.service.get_chart(window.document.visit_id).zones) == 1

    window.workspace.set_tool("eraser")
    click_scene(qtbot, canvas, cx, cy)
    assert window.service.get_chart(window.document.visit_id).zones == ()


def test_click_off_the_body_places_nothing(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    canvas = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, 0.02, 0.5)
    assert window.document.trigger_points() == []


def test_bad_patient_input_is_refused_and_nothing_written(qtbot, open_window):
    window = open_window()
    seen = new_patient(qtbot, window, name="   ")
    assert "Name is required" in seen["error"]
    future = QDate.currentDate().addDays(3)

    def fill(d):
        d.chart_number.setText("X-1")
        d.name.setText("Sam")
        d.dob.setText(future.toString("yyyy-MM-dd"))
        d.sex.setCurrentIndex(d.sex.findData("male"))
    seen = fill_dialog(qtbot, window.new_patient, fill)
    assert "in the future" in seen["error"]
    assert window.service.search_patients("") == []
    new_patient(qtbot, window, chart="A-1", name="First")
    seen = new_patient(qtbot, window, chart="A-1", name="Second")
    assert "already in use" in seen["error"]
    assert [p.name for p in window.service.search_patients("")] == ["First"]


def test_patient_search_filters_as_you_type(qtbot, open_window):
    window = open_window()
    for i, name in enumerate(["Ada Park", "Ben Ortiz", "Cleo Park"]):
        new_patient(qtbot, window, chart=f"C-{i}", name=name)
    qtbot.keyClicks(window.patients.search, "park")
    qtbot.waitUntil(lambda: window.patients.patients.count() == 2, timeout=2000)
    names = [window.patients.patients.model().index(i).data().splitlines()[0] for i in range(2)]
    assert names == ["Ada Park", "Cleo Park"]


def test_signed_visit_is_read_only(qtbot, open_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox
    window = open_window()
    act_as_clinician(window.service)          # only a clinician signed in with an account signs
    new_patient(qtbot, window)
    new_visit(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: None)
    window.sign_visit()
    assert window.document.chart.visit.is_signed
    assert window.banner.status.text() == "SIGNED"
    canvas = window.workspace.current_canvas()
    x, y = region_point(canvas.chart_scene.view_id, "lower_abdomen" if canvas.chart_scene.view_id == "anterior"
                        else "buttock", "right")
    window.workspace.set_tool("trigger_point")
    click_scene(qtbot, canvas, x, y)
    assert window.service.get_chart(window.document.visit_id).trigger_points == ()


def test_carry_forward_chosen_marks_then_confirm(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, *region_point("anterior", "pectoral", "right"))
    click_scene(qtbot, canvas, *region_point("anterior", "anterior_thigh", "left"))
    window.workspace.set_tool("polygon")
    cx, cy = region_point("anterior", "lower_abdomen", "right")
    for px, py in [(cx - 0.01, cy - 0.01), (cx + 0.01, cy - 0.01), (cx, cy + 0.01)]:
        click_scene(qtbot, canvas, px, py)
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    first = window.document.chart.visit.id

    def fill(d):
        d.complaint.setText("Follow-up")
        d.carry.setChecked(True)
        items = [d.carry_list.item(i) for i in range(d.carry_list.count())]
        assert [i.text().split(":")[0] for i in items] == ["Trigger point", "Trigger point", "Zone"]
        items[1].setCheckState(Qt.CheckState.Unchecked)     # the thigh point has resolved
        items[2].setCheckState(Qt.CheckState.Checked)       # keep the abdominal zone
    fill_dialog(qtbot, window.new_visit, fill)
    chart = window.document.chart
    assert chart.visit.id != first and chart.visit.chief_complaint == "Follow-up"
    assert [tp.region for tp in chart.trigger_points] == ["pectoral"]
    assert chart.trigger_points[0].carried and len(chart.zones) == 1 and chart.zones[0].carried

    tp = chart.trigger_points[0]
    window.workspace.select_mark("tp", tp.id)
    assert window.inspector.tp_form.confirm.isVisibleTo(window.inspector.tp_form)
    qtbot.mouseClick(window.inspector.tp_form.confirm, Qt.MouseButton.LeftButton)
    assert not window.service.get_chart(chart.visit.id).trigger_points[0].carried
    assert not window.inspector.tp_form.confirm.isVisibleTo(window.inspector.tp_form)
    window.menu_actions["undo"].trigger()
    assert window.service.get_chart(chart.visit.id).trigger_points[0].carried


def test_layers_hover_and_deep_muscles(qtbot, open_window):
    from bodymap.domain.diagrams import load_view
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    site = next(s for s in load_view("posterior").sites
                if (s.muscle_id, s.label, s.side) == ("piriformis", "TP1", "right"))
    pos = canvas.mapFromScene(canvas.chart_scene.to_scene(site.x, site.y))
    qtbot.mouseMove(canvas.viewport(), pos)
    assert window.hover_label.text() == "Patient's right · Gluteus maximus · Buttock (gluteal region)"

    canvas.setFocus()
    qtbot.keySequence(canvas, QKeySequence("Ctrl+3"))         # View > Layers > Deep muscles
    assert window.layer_actions["deep"].isChecked()
    assert "deep" in canvas.chart_scene.diagram_item.layers()
    qtbot.mouseMove(canvas.viewport(), pos + QPoint(1, 0))
    qtbot.mouseMove(canvas.viewport(), pos)
    assert window.hover_label.text().startswith("Patient's right · Piriformis (deep)")
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, site.x, site.y)
    tp = window.document.trigger_points()[0]
    assert (tp.muscle, tp.side, tp.site) == ("piriformis", "right", "TP1")
    assert "nearest reference site TP1" in window.inspector.tp_form.where.text()


def test_fibre_direction_can_be_switched_off(qtbot, open_window):
    """View > Layers > Muscle fibre direction (Ctrl+6): on by default, hides the fibre hatch of
    the muscle layer on every open view, and the muscles stay."""
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    assert window.layer_actions["fibres"].isChecked()
    canvas.setFocus()
    qtbot.keySequence(canvas, QKeySequence("Ctrl+2"))         # muscles: their hatch shows with them
    layers = canvas.chart_scene.diagram_item.layers()
    assert {"muscles", "fibres"} <= layers
    qtbot.keySequence(canvas, QKeySequence("Ctrl+6"))
    assert not window.layer_actions["fibres"].isChecked()
    for view in ("posterior", "anterior"):
        layers = window.workspace.canvas(view).chart_scene.diagram_item.layers()
        assert "fibres" not in layers and "muscles" in layers
