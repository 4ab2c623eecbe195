"""Charting at treatment-room speed (issue 21): a tool bar that never moves, Select as the default
tool, the Inspector coming forward on a selection, View > Reset layout, and the patient's sides
fixed in the canvas corners at any zoom."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QToolBar

from bodymap.domain.charting import MarkKind
from bodymap.services.demo import region_point
from tests.ui.conftest import click_scene
from tests.ui.flows import charted_window


class _Named(QUndoCommand):
    def redo(self) -> None:
        pass

    def undo(self) -> None:
        pass


def _bar(window, name: str) -> QToolBar:
    return window.findChild(QToolBar, name)


def _geometries(bar: QToolBar) -> dict[str, tuple[int, int]]:
    return {action.text() or action.objectName(): (bar.widgetForAction(action).x(),
                                                     bar.widgetForAction(action).width())
            for action in bar.actions() if not action.isSeparator()}


def test_the_tool_bar_does_not_move_when_the_undo_text_changes(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.resize(1366, 768)
    qtbot.wait(50)
    bar = _bar(window, "toolsBar")
    before = _geometries(bar)
    sign_before = bar.widgetForAction(window.menu_actions["sign"]).geometry()
    stack = window.document.undo_stack
    stack.push(_Named("Draw throbbing zone on the posterior neck and both shoulders"))
    stack.push(_Named("Move trigger point"))
    stack.undo()
    qtbot.wait(50)
    undo = window.menu_actions["undo"]
    assert "Draw throbbing zone" in undo.toolTip()          # what Undo would undo: in the tooltip
    assert "Move trigger point" in window.menu_actions["redo"].toolTip()
    assert bar.widgetForAction(undo).toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
    assert bar.widgetForAction(window.menu_actions["sign"]).geometry() == sign_before
    after = _geometries(bar)
    assert [(x, w) for x, w in after.values()] == [(x, w) for x, w in before.values()]


def test_at_1366x768_the_tools_and_the_defaults_all_show(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.resize(1366, 768)
    qtbot.wait(50)
    assert window.width() <= 1366 and window.height() <= 768
    for name in ("toolsBar", "defaultsBar"):
        bar = _bar(window, name)
        right = bar.contentsRect().right()
        for action in bar.actions():
            widget = bar.widgetForAction(action)
            if widget is None:
                continue
            assert widget.isVisible(), (name, action.text())       # none behind the » button
            assert widget.geometry().right() <= right, (name, action.text())
    workspace = window.workspace
    for widget in (workspace.brush, workspace.tp_status, workspace.quality, workspace.intensity, workspace.depth):
        assert widget.isVisible()


def test_each_tool_shows_its_letter(qtbot, open_window):
    window = open_window()
    bar = _bar(window, "toolsBar")
    for action in window.workspace.tool_actions.actions():
        letter = action.shortcut().toString()
        assert len(letter) == 1
        assert not action.icon().isNull()                   # a key cap with the letter on it
        assert f"({letter})" in action.toolTip()
        assert bar.widgetForAction(action).toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon


def test_the_default_tool_is_select_and_a_stray_click_writes_nothing(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    assert window.workspace.current_tool() == "select"
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    x, y = region_point("anterior", "pectoral", "left")
    click_scene(qtbot, canvas, x, y)
    assert window.service.get_chart(window.document.visit_id).trigger_points == ()
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_T)                    # T: place trigger points
    assert window.workspace.current_tool() == "trigger_point"
    click_scene(qtbot, canvas, x, y)
    assert len(window.service.get_chart(window.document.visit_id).trigger_points) == 1


def test_selecting_a_mark_brings_the_inspector_forward(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    x, y = region_point("anterior", "pectoral", "left")
    click_scene(qtbot, canvas, x, y)
    tp = window.document.trigger_points()[0]
    window.workspace.set_tool("select")
    for other in ("safetyDock", "suggestionsDock"):
        window.docks[other].raise_()
        qtbot.wait(20)
        assert window.inspector.visibleRegion().isEmpty()
        canvas.chart_scene.clearSelection()
        click_scene(qtbot, canvas, x, y)
        assert window.workspace.selected_marks() == [(MarkKind.TRIGGER_POINT, tp.id)]
        qtbot.waitUntil(lambda: not window.inspector.visibleRegion().isEmpty(), timeout=2000)
        assert window.inspector.tp_form.isVisibleTo(window.inspector)


def test_over_the_needle_count_a_selected_point_keeps_the_count_in_front(qtbot, open_window):
    """The count tab's "Selected trigger point" box takes the selected point's needles: there the
    selection is for the count, and the Inspector stays behind."""
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    x, y = region_point("posterior", "buttock", "right")
    click_scene(qtbot, canvas, x, y)
    tp = window.document.trigger_points()[0]
    window.workspace.set_tool("select")
    window.safety.show_tab("Needle count")
    qtbot.wait(20)
    canvas.chart_scene.clearSelection()
    click_scene(qtbot, canvas, x, y)
    assert window.workspace.selected_marks() == [(MarkKind.TRIGGER_POINT, tp.id)]
    qtbot.wait(20)
    panel = window.safety.panel
    assert not panel.visibleRegion().isEmpty() and window.inspector.visibleRegion().isEmpty()
    assert panel.selected.isEnabled() and "Gluteus maximus" in panel.selected_label.text()


def test_view_reset_layout_puts_the_docks_back(qtbot, open_window):
    window = open_window()
    docks = window.docks
    start = {name: (window.dockWidgetArea(d), d.isVisible()) for name, d in docks.items()}
    docks["inspectorDock"].close()
    docks["legendDock"].setFloating(True)
    window.removeDockWidget(docks["patientsDock"])
    window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, docks["patientsDock"])
    docks["patientsDock"].show()
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    assert window.menu_actions["reset_layout"] in menu.actions()
    window.menu_actions["reset_layout"].trigger()
    qtbot.wait(50)
    assert {name: (window.dockWidgetArea(d), d.isVisible()) for name, d in docks.items()} == start
    assert not docks["legendDock"].isFloating()
    assert window.tabifiedDockWidgets(docks["inspectorDock"])           # still one tab group


def test_the_patients_sides_stay_in_the_corners_at_any_zoom(qtbot, open_window):
    window = open_window()
    expected = {"anterior": ("RIGHT", "LEFT"), "posterior": ("LEFT", "RIGHT"),
                "hand_palmar": ("RIGHT", "LEFT"), "hand_dorsal": ("LEFT", "RIGHT"),
                "head_posterior": ("LEFT", "RIGHT")}
    for view, (on_left, on_right) in expected.items():
        window.workspace.show_view(view)
        canvas = window.workspace.current_canvas()
        left, right = canvas.side_labels
        assert f"Patient's {on_left}" in left.text() and f"Patient's {on_right}" in right.text(), view
    window.workspace.show_view("lateral_left")
    left, right = window.workspace.current_canvas().side_labels
    assert "LEFT side" in left.text() and "Front" in left.text() and "Back" in right.text()
    window.workspace.show_view("lateral_right")
    left, right = window.workspace.current_canvas().side_labels
    assert "RIGHT side" in right.text() and "Front" in right.text() and "Back" in left.text()

    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    left, right = canvas.side_labels
    placed = (left.pos(), right.pos())
    for _ in range(6):
        canvas.zoom(1.6)
    canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().maximum())
    canvas.verticalScrollBar().setValue(canvas.verticalScrollBar().maximum() // 2)
    qtbot.wait(50)
    viewport = canvas.viewport().geometry()
    assert canvas.transform().m11() > 5
    for label in (left, right):
        assert label.isVisible() and viewport.contains(label.geometry())
    assert left.geometry().left() - viewport.left() < 20
    assert viewport.right() - right.geometry().right() < 20
    assert (left.pos(), right.pos()) == (placed[0], QPoint(viewport.right() - 8 - right.width(), placed[1].y()))


@pytest.mark.parametrize("code", ["en", "de", "es", "pt_BR"])
def test_at_1366x768_the_chart_keeps_its_room_in_every_language(qtbot, open_window, interface_language, code):
    """Long words must not widen the docks beside the chart: in German the Safety tab's button row
    and choice boxes once made the right-hand column 554 px and the chart 440 px. The whole key
    (legend) shows without scrolling in English."""
    from PySide6.QtWidgets import QDockWidget
    assert interface_language(code) == code
    window = charted_window(qtbot, open_window)
    window.resize(1366, 768)
    qtbot.wait(50)
    docks = {dock.objectName(): dock for dock in window.findChildren(QDockWidget)}
    right = max(docks[name].width() for name in ("inspectorDock", "safetyDock", "legendDock"))
    assert right <= 460, (code, right)
    assert window.workspace.current_canvas().width() >= 540, code
    if code == "en":
        from bodymap.ui.widgets.legend import LegendWidget
        area = docks["legendDock"].widget()
        key = area.findChild(LegendWidget)
        assert key.heightForWidth(key.width()) <= area.viewport().height() + 1     # two columns, no scrolling
