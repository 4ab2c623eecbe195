"""A visit's marks are put on a view's scene when its tab is first shown, not all at opening.

What the clinician sees must not change: every tab shows exactly the open visit's marks, edits
and undo on any view land where they belong, and a view never shows another visit's marks."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from bodymap.domain.charting import PatientInput, VisitInput
from bodymap.services.demo import region_point
from tests.ui.conftest import click_scene, press_tool_key


def _seed(db_url):
    """Two visits of one patient: the first with marks on anterior and posterior, the second
    with one point on posterior."""
    from bodymap import db
    from bodymap.services import ChartService
    engine, sessions = db.open_database(db_url)
    service = ChartService(sessions)
    patient = service.create_patient(PatientInput("L-1", "Robin Lazy"))
    first = service.create_visit(patient.id, VisitInput(chief_complaint="first"))
    service.add_trigger_point(first.id, "anterior", *region_point("anterior", "anterior_thigh", "left"))
    back = [service.add_trigger_point(first.id, "posterior", *region_point("posterior", where, side)).id
            for where, side in (("posterior_neck", "left"), ("posterior_neck", "right"))]
    second = service.create_visit(patient.id, VisitInput(chief_complaint="second"))
    only = service.add_trigger_point(second.id, "posterior", *region_point("posterior", "posterior_neck", "left"))
    engine.dispose()
    return first.id, second.id, back, only.id


def _open(window, visit_id):
    window.patients.patients.setCurrentRow(0)
    window.document.open_visit(visit_id)


def _tp_ids(window, view_id):
    return sorted(i.record.id for i in window.workspace.canvas(view_id).chart_scene.trigger_point_items())


def test_each_tab_shows_the_open_visit_when_shown(qtbot, open_window, db_url):
    first, second, back, only = _seed(db_url)
    window = open_window()
    _open(window, first)
    workspace = window.workspace
    assert workspace.current_canvas().chart_scene.view_id == "anterior"
    assert len(workspace.current_canvas().chart_scene.trigger_point_items()) == 1

    # clicking the posterior tab shows its two points
    bar = workspace.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    assert workspace.current_canvas().chart_scene.view_id == "posterior"
    assert sorted(i.record.id for i in workspace.current_canvas().chart_scene.trigger_point_items()) == back

    # back on anterior, open the second visit: posterior must show only its one point
    workspace.show_view("anterior")
    _open(window, second)
    workspace.show_view("posterior")
    assert sorted(i.record.id for i in workspace.current_canvas().chart_scene.trigger_point_items()) == [only]
    assert _tp_ids(window, "anterior") == []


def test_edits_and_undo_reach_a_view_shown_later(qtbot, open_window, db_url):
    first, _second, back, _only = _seed(db_url)
    window = open_window()
    _open(window, first)
    workspace = window.workspace

    # delete a posterior point while the anterior tab is shown (as the legend or inspector would)
    window.document.delete_marks([("tp", back[0])])
    workspace.show_view("posterior")
    assert _tp_ids(window, "posterior") == [back[1]]

    # place one on posterior, go to anterior, undo: posterior loses it
    canvas = workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, *region_point("posterior", "posterior_neck", "left"))
    assert len(_tp_ids(window, "posterior")) == 2
    workspace.show_view("anterior")
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    assert _tp_ids(window, "posterior") == [back[1]]

    # undo the deletion while posterior is hidden: it is back when the tab is shown
    qtbot.keySequence(window, QKeySequence("Ctrl+Z"))
    workspace.show_view("posterior")
    assert _tp_ids(window, "posterior") == back


def test_selecting_a_mark_on_a_hidden_view_shows_and_selects_it(qtbot, open_window, db_url):
    first, _second, back, _only = _seed(db_url)
    window = open_window()
    _open(window, first)
    window.workspace.select_mark("tp", back[1])
    scene = window.workspace.current_canvas().chart_scene
    assert scene.view_id == "posterior"
    assert [i.record.id for i in scene.selectedItems()] == [back[1]]


def test_a_view_made_late_gets_the_tool_layers_and_overlay_in_force(qtbot, open_window, db_url):
    first, _second, back, _only = _seed(db_url)
    window = open_window()
    workspace = window.workspace
    assert set(workspace.canvases) == {"anterior"}          # the others are made when shown
    _open(window, first)
    window.reference.show_pattern("upper_trapezius", "left")
    workspace.set_tool("brush")
    workspace.set_layer("muscles", True)

    workspace.show_view("posterior")
    canvas = workspace.canvases["posterior"]
    assert canvas.tool is canvas.tool_named("brush")
    assert "muscles" in canvas.chart_scene.diagram_item.layers()
    assert window.reference.overlay("posterior").scene() is canvas.chart_scene
    assert window.reference.overlay("posterior").isVisible()
    assert sorted(i.record.id for i in canvas.chart_scene.trigger_point_items()) == back
    # the precaution tool of the safety panel is there too
    from bodymap.ui.safety.areas import PRECAUTION
    assert PRECAUTION in canvas._tools
