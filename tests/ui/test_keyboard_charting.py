"""Charting with the keyboard alone (ui/canvas/keyboard.py): key presses on a real canvas, the
marks read back from the database."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from bodymap import db
from bodymap.domain.charting import MarkKind
from bodymap.services.demo import region_point
from bodymap.ui.canvas.keyboard import BIG_STEP, STEP
from tests.ui.flows import charted_window

TP = MarkKind.TRIGGER_POINT
SHIFT, NONE = Qt.KeyboardModifier.ShiftModifier, Qt.KeyboardModifier.NoModifier


def _audit_rows(window) -> int:
    with window.service._sessions() as s:
        return s.scalar(select(func.count()).select_from(db.AuditEntry))


def _canvas(qtbot, window, view="posterior"):
    window.workspace.show_view(view)
    canvas = window.workspace.current_canvas()
    canvas.setFocus()
    qtbot.waitUntil(canvas.hasFocus, timeout=3000)
    assert canvas.keyboard.crosshair.isVisible()
    return canvas


def _steer(qtbot, canvas, x, y):
    """Arrow keys (Shift for the long way) until the crosshair is within one small step of (x, y)."""
    keys = canvas.keyboard
    aspect = canvas.chart_scene.diagram.aspect
    for _ in range(400):
        cx, cy = keys.normalised()
        dx, dy = (x - cx) * aspect, y - cy          # in heights, the unit of a step
        if abs(dx) <= STEP / 2 and abs(dy) <= STEP / 2:
            return
        if abs(dx) > STEP / 2:
            key, far = (Qt.Key.Key_Right if dx > 0 else Qt.Key.Key_Left), abs(dx) >= BIG_STEP
        else:
            key, far = (Qt.Key.Key_Down if dy > 0 else Qt.Key.Key_Up), abs(dy) >= BIG_STEP
        qtbot.keyClick(canvas, key, SHIFT if far else NONE)
    raise AssertionError("the crosshair never got there")


def _stored(window):
    return window.service.get_chart(window.document.visit_id)


def test_a_trigger_point_and_a_zone_charted_with_the_keyboard_alone(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    canvas = _canvas(qtbot, window)
    audit = _audit_rows(window)

    # a trigger point: steer to the right upper trapezius, Enter
    tx, ty = region_point("posterior", "upper_trapezius_ridge", "right")
    _steer(qtbot, canvas, tx, ty)
    assert "right" in canvas.accessibleDescription().lower()        # the patient's side, heard
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    [tp] = _stored(window).trigger_points
    assert (tp.view, tp.side, tp.region) == ("posterior", "right", "upper_trapezius_ridge")
    cx, cy = canvas.keyboard.normalised()
    assert abs(tp.x - cx) < 1e-4 and abs(tp.y - cy) < 1e-4
    assert _audit_rows(window) == audit + 1                          # one action, one audit row
    # what a screen reader hears: the point under the crosshair, the side the patient's
    assert canvas.accessibleDescription().startswith("Placed active trigger point, right ")
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)                        # leave the new point
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.accessibleDescription() == f"Active trigger point, right {tp.muscle_label.lower()}"
    assert window.hover_label.text() == canvas.accessibleDescription()      # the status bar too

    # a zone: P, then a corner at each of three spots (Space, Enter), Enter again closes
    qtbot.keyClick(canvas, Qt.Key.Key_P)
    assert window.workspace.current_tool() == "polygon"
    zx, zy = region_point("posterior", "posterior_neck", "left")
    corners = [(zx - 0.012, zy - 0.012), (zx + 0.012, zy - 0.012), (zx, zy + 0.015)]
    _steer(qtbot, canvas, *corners[0])
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    _steer(qtbot, canvas, *corners[1])
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    # a stray corner taken back with Backspace (which is also the window's Delete: not here)
    qtbot.keyClick(canvas, Qt.Key.Key_Down, SHIFT)
    qtbot.keyClick(canvas, Qt.Key.Key_Space)
    assert len(canvas.keyboard.outline()) == 3
    qtbot.keyClick(canvas, Qt.Key.Key_Backspace)
    assert len(canvas.keyboard.outline()) == 2
    assert len(_stored(window).trigger_points) == 1                 # Backspace deleted nothing
    _steer(qtbot, canvas, *corners[2])
    assert canvas.accessibleDescription().startswith("Outline, 2 corners")
    qtbot.keyClick(canvas, Qt.Key.Key_Return)                         # the third corner
    assert _stored(window).zones == ()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)                         # again, same spot: close
    [zone] = _stored(window).zones
    assert zone.view == "posterior" and "left" in zone.sides and "left:posterior_neck" in zone.regions
    xs = [x for x, _y in zone.polygons[0]]
    ys = [y for _x, y in zone.polygons[0]]
    assert min(xs) > zx - 0.02 and max(xs) < zx + 0.02 and min(ys) > zy - 0.02 and max(ys) < zy + 0.025
    assert _audit_rows(window) == audit + 2
    assert canvas.accessibleDescription().startswith("Zone stored: ")
    # both are undone as one step each
    window.document.undo_stack.undo()
    assert _stored(window).zones == ()


def test_escape_cancels_an_outline_and_stores_nothing(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    canvas = _canvas(qtbot, window)
    steps, audit = window.document.undo_stack.count(), _audit_rows(window)
    qtbot.keyClick(canvas, Qt.Key.Key_P)
    _steer(qtbot, canvas, *region_point("posterior", "posterior_neck", "left"))
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Left):
        qtbot.keyClick(canvas, Qt.Key.Key_Space)
        qtbot.keyClick(canvas, key, SHIFT)
    assert len(canvas.keyboard.outline()) == 3
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert canvas.keyboard.outline() == []
    assert canvas.accessibleDescription() == "Outline cancelled"
    # no preview of the outline is left on the diagram, and nothing was stored
    assert canvas.tool._preview is None and canvas.tool._handles == []
    assert _stored(window).zones == ()
    assert window.document.undo_stack.count() == steps and _audit_rows(window) == audit


def _two_points(window):
    a = window.document.add_trigger_point("posterior", *region_point("posterior", "upper_trapezius_ridge", "left"))
    b = window.document.add_trigger_point("posterior", *region_point("posterior", "posterior_neck", "right"))
    return a, b


def test_tab_walks_the_marks_of_the_view_then_moves_on(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    a, b = _two_points(window)
    canvas = _canvas(qtbot, window)
    canvas.chart_scene.clearSelection()
    first, second = sorted((a, b), key=lambda r: (round(r.y * 1000 / 20), r.x))   # reading order
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert window.workspace.selected_marks() == [(TP, first.id)]
    assert canvas.accessibleDescription().startswith("Selected: Active trigger point, ")
    assert window.inspector.tp_form.isVisibleTo(window.inspector)        # the inspector follows
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    assert window.workspace.selected_marks() == [(TP, second.id)]
    qtbot.keyClick(canvas, Qt.Key.Key_Tab, SHIFT)
    assert window.workspace.selected_marks() == [(TP, first.id)]
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)                                 # past the last: leave
    assert window.workspace.selected_marks() == []
    assert not canvas.hasFocus() and not canvas.keyboard.crosshair.isVisible()


def test_a_series_of_nudges_is_one_undo_step(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    a, _b = _two_points(window)
    canvas = _canvas(qtbot, window)
    stack = window.document.undo_stack
    canvas.chart_scene.clearSelection()
    canvas.select_mark(TP, a.id)
    steps = stack.count()
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_Right):
        qtbot.keyClick(canvas, key)
    moved = next(tp for tp in _stored(window).trigger_points if tp.id == a.id)
    aspect = canvas.chart_scene.diagram.aspect
    assert abs((moved.x - a.x) * aspect - 3 * STEP) < 1e-3 and abs(moved.y - a.y - STEP) < 1e-3
    assert stack.count() == steps + 1 and stack.undoText() == "Nudge trigger point"
    stack.undo()
    back = next(tp for tp in _stored(window).trigger_points if tp.id == a.id)
    assert (round(back.x, 4), round(back.y, 4)) == (round(a.x, 4), round(a.y, 4))
    stack.redo()
    again = next(tp for tp in _stored(window).trigger_points if tp.id == a.id)
    assert (round(again.x, 4), round(again.y, 4)) == (round(moved.x, 4), round(moved.y, 4))
    # another key in between ends the series: the next nudges are a second step
    qtbot.keyClick(canvas, Qt.Key.Key_Escape)
    assert window.workspace.selected_marks() == []
    canvas.select_mark(TP, a.id)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert stack.count() == steps + 2
    stack.undo()
    assert next(tp for tp in _stored(window).trigger_points if tp.id == a.id).x == again.x


def test_keys_do_not_fight_the_tool_shortcuts(qtbot, open_window):
    """T, P, V still choose tools with the canvas focused; Backspace outside an outline is still
    the window's Delete of the selected mark."""
    window = charted_window(qtbot, open_window)
    a, _b = _two_points(window)
    canvas = _canvas(qtbot, window)
    for key, tool in ((Qt.Key.Key_T, "trigger_point"), (Qt.Key.Key_P, "polygon"), (Qt.Key.Key_V, "select")):
        qtbot.keyClick(canvas, key)
        assert window.workspace.current_tool() == tool
    canvas.select_mark(TP, a.id)
    qtbot.keyClick(canvas, Qt.Key.Key_Backspace)
    assert a.id not in {tp.id for tp in _stored(window).trigger_points}
    assert QApplication.focusWidget() is canvas


def test_the_crosshair_waits_while_the_mouse_is_used(qtbot, open_window):
    """A click focuses the canvas without showing the crosshair, and Enter then places nothing: a
    mouse user's stray Enter never writes. The first arrow key shows it where the click was."""
    from tests.ui.conftest import click_scene
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    x, y = region_point("posterior", "posterior_neck", "right")
    click_scene(qtbot, canvas, x, y)
    qtbot.waitUntil(canvas.hasFocus, timeout=3000)
    assert not canvas.keyboard.crosshair.isVisible()
    qtbot.keyClick(canvas, Qt.Key.Key_Return)
    assert _stored(window).trigger_points == ()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.keyboard.crosshair.isVisible()
    cx, cy = canvas.keyboard.normalised()
    aspect = canvas.chart_scene.diagram.aspect
    assert abs((cx - x) * aspect - STEP) < 2e-3 and abs(cy - y) < 2e-3
