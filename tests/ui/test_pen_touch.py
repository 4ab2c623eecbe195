"""A pen tablet and a touch screen on the canvas, driven by synthesised QTabletEvent and QTouchEvent
sent to the canvas's viewport as Qt delivers them (ui/canvas/pen.py, touch.py).

PySide6 cannot make a QEventPoint with a contact size (QMutableEventPoint is not bound), so the
palm tests give the points they call palms their size at the Qt boundary: QEventPoint.ellipseDiameters
is patched to answer by point id. Everything after that (the event, the canvas, the database) is real.
"""
from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPointF, QSizeF, Qt
from PySide6.QtGui import (
    QEventPoint,
    QInputDevice,
    QMouseEvent,
    QNativeGestureEvent,
    QPointingDevice,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QApplication

from bodymap.domain.diagrams import load_view
from bodymap.domain.geometry import to_shape
from bodymap.services.demo import region_point
from bodymap.ui.canvas import pen as pen_module
from bodymap.ui.canvas.pen import TaperedPreview
from bodymap.ui.canvas.tools import StrokePreview
from tests.accounts import act_as_clinician
from tests.ui.conftest import fill_dialog

TE = QEvent.Type
LEFT, NONE = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
CAPS = QInputDevice.Capability


@pytest.fixture(scope="module")
def devices(qapp):
    pen = QPointingDevice("test pen", 9001, QInputDevice.DeviceType.Stylus, QPointingDevice.PointerType.Pen,
                          CAPS.Position | CAPS.Pressure, 1, 3)
    eraser = QPointingDevice("test pen eraser", 9002, QInputDevice.DeviceType.Stylus,
                             QPointingDevice.PointerType.Eraser, CAPS.Position | CAPS.Pressure, 1, 3)
    touch = QPointingDevice("test touch screen", 9003, QInputDevice.DeviceType.TouchScreen,
                            QPointingDevice.PointerType.Finger, CAPS.Position | CAPS.Area, 10, 0)
    return {"pen": pen, "eraser": eraser, "touch": touch}


@pytest.fixture
def contact_sizes(monkeypatch):
    """id -> (width, height) in pixels of a touch point's contact ellipse (see the module's note)."""
    sizes: dict[int, tuple[float, float]] = {}
    monkeypatch.setattr(QEventPoint, "ellipseDiameters",
                        lambda point: QSizeF(*sizes.get(point.id(), (30.0, 30.0))))   # 30 px: a fingertip
    return sizes


@pytest.fixture(autouse=True)
def pen_leaves():
    yield
    send_proximity(TE.TabletLeaveProximity)


@pytest.fixture
def window(qtbot, open_window):
    window = open_window()
    act_as_clinician(window.service)

    def patient(d):
        d.chart_number.setText("P-1")
        d.name.setText("Robin Penn")
        d.dob.setText("3 Mar 1980")
        d.sex.setCurrentIndex(d.sex.findData("male"))

    def visit(d):
        d.complaint.setText("Low back pain")
        d.pain.setValue(5)
    assert "error" not in fill_dialog(qtbot, window.new_patient, patient)
    assert "error" not in fill_dialog(qtbot, window.new_visit, visit)
    assert window.document.chart is not None
    window.workspace.show_view("posterior")
    return window


# sending events ------------------------------------------------------------------------------
def at(canvas, x: float, y: float) -> QPointF:
    return QPointF(canvas.mapFromScene(canvas.chart_scene.to_scene(x, y)))


def tablet(canvas, kind, where: QPointF, pressure: float, device) -> QTabletEvent:
    button = LEFT if kind in (TE.TabletPress, TE.TabletRelease) else NONE
    buttons = LEFT if kind in (TE.TabletPress, TE.TabletMove) else NONE
    viewport = canvas.viewport()
    event = QTabletEvent(kind, device, where, QPointF(viewport.mapToGlobal(where)), pressure, 0.0, 0.0, 0.0,
                         0.0, 0.0, Qt.KeyboardModifier.NoModifier, button, buttons)
    QApplication.sendEvent(viewport, event)
    return event


def pen_stroke(canvas, points, pressures, device) -> list[QTabletEvent]:
    events = [tablet(canvas, TE.TabletPress, points[0], pressures[0], device)]
    events += [tablet(canvas, TE.TabletMove, p, q, device) for p, q in zip(points[1:], pressures[1:], strict=True)]
    events.append(tablet(canvas, TE.TabletRelease, points[-1], 0.0, device))
    return events


def send_proximity(kind, device=None) -> None:
    device = device or QPointingDevice.primaryPointingDevice()
    event = QTabletEvent(kind, device, QPointF(), QPointF(), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0,
                         Qt.KeyboardModifier.NoModifier, NONE, NONE)
    QApplication.sendEvent(QApplication.instance(), event)     # where Qt sends them


def touch(canvas, kind, points, device) -> QTouchEvent:
    """points: (id, state, viewport position)."""
    viewport = canvas.viewport()
    window = viewport.window()
    made = [QEventPoint(pid, state, QPointF(viewport.mapTo(window, where)), QPointF(viewport.mapToGlobal(where)))
            for pid, state, where in points]
    event = QTouchEvent(kind, device, Qt.KeyboardModifier.NoModifier, made)
    QApplication.sendEvent(viewport, event)
    return event


def finger_drag(canvas, pid, path, device) -> None:
    S = QEventPoint.State
    touch(canvas, TE.TouchBegin, [(pid, S.Pressed, path[0])], device)
    for p in path[1:]:
        touch(canvas, TE.TouchUpdate, [(pid, S.Updated, p)], device)
    touch(canvas, TE.TouchEnd, [(pid, S.Released, path[-1])], device)


def finger_tap(canvas, pid, where, device) -> None:
    finger_drag(canvas, pid, [where], device)


def stored(window):
    return window.service.get_chart(window.document.visit_id)


def area(zone) -> float:
    return to_shape(zone.polygons, load_view(zone.view).aspect).area


def vertical(canvas, x, y, length=0.08, steps=12):
    return [at(canvas, x, y - length / 2 + length * i / steps) for i in range(steps + 1)]


# the pen ------------------------------------------------------------------------------------
def test_a_pen_tap_places_one_trigger_point_in_the_database(window, devices):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    events = pen_stroke(canvas, [at(canvas, x, y)], [0.6], devices["pen"])
    assert all(e.isAccepted() for e in events)         # accepted: Qt makes no mouse event of them
    points = stored(window).trigger_points
    assert len(points) == 1
    assert (points[0].region, points[0].side) == ("upper_trapezius_ridge", "right")
    # mouse events a platform makes of the pen while its tablet events flow are dropped (on an
    # empty spot, where a mouse click would place a second point)
    where = at(canvas, x, y + 0.03)
    for kind in (TE.MouseButtonPress, TE.MouseButtonRelease):
        QApplication.sendEvent(canvas.viewport(), QMouseEvent(kind, where, QPointF(canvas.viewport().mapToGlobal(where)),
                                                              LEFT, LEFT if kind == TE.MouseButtonPress else NONE,
                                                              Qt.KeyboardModifier.NoModifier, device=devices["pen"]))
    assert len(stored(window).trigger_points) == 1


def test_pen_drag_with_select_moves_a_point(qtbot, window, devices):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    x, y = region_point("posterior", "lumbar_paraspinal", "left")
    pen_stroke(canvas, [at(canvas, x, y)], [0.5], devices["pen"])
    before = stored(window).trigger_points[0]
    qtbot.wait(QApplication.styleHints().mouseDoubleClickInterval() + 50)    # not a double tap
    window.workspace.set_tool("select")
    pen_stroke(canvas, [at(canvas, x, y), at(canvas, x, y + 0.01), at(canvas, x, y + 0.02)], [0.5, 0.5, 0.5],
               devices["pen"])
    after = stored(window).trigger_points[0]
    assert after.id == before.id and after.y == pytest.approx(before.y + 0.02, abs=0.003)
    window.document.undo_stack.undo()
    assert stored(window).trigger_points[0].y == pytest.approx(before.y)


def test_a_pen_double_tap_closes_a_polygon(window, devices):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("polygon")
    x, y = region_point("posterior", "lumbar_paraspinal", "right")
    corners = [(x - 0.02, y - 0.02), (x + 0.02, y - 0.02), (x, y + 0.02)]
    for cx, cy in corners:
        pen_stroke(canvas, [at(canvas, cx, cy)], [0.5], devices["pen"])
        assert stored(window).zones == ()
    pen_stroke(canvas, [at(canvas, *corners[-1])], [0.5], devices["pen"])      # the same corner again, quickly
    zones = stored(window).zones
    assert len(zones) == 1 and len(zones[0].polygons[0]) >= 3


def test_pressure_sets_the_brush_width(window, devices):
    pen_module.set_pressure_mode(pen_module.WIDTH)
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("brush")
    left = region_point("posterior", "posterior_thigh", "left")
    right = region_point("posterior", "posterior_thigh", "right")
    pen_stroke(canvas, vertical(canvas, *left), [0.1] * 13, devices["pen"])
    pen_stroke(canvas, vertical(canvas, *right), [0.9] * 13, devices["pen"])
    light, firm = stored(window).zones
    assert area(firm) > 2.5 * area(light)
    assert light.intensity == firm.intensity == window.workspace.intensity.value()   # untouched by pressure
    # one stroke, pressing harder as it goes: narrow at its start, wide at its end
    calf = region_point("posterior", "calf", "left")
    ramp = [0.05 + 0.9 * i / 12 for i in range(13)]
    pen_stroke(canvas, vertical(canvas, *calf, length=0.06), ramp, devices["pen"])
    tapered = to_shape(stored(window).zones[2].polygons, 1.0)
    top, bottom = calf[1] - 0.025, calf[1] + 0.025
    width_at = [tapered.intersection(to_shape([[(0, y - 0.001), (1, y - 0.001), (1, y + 0.001), (0, y + 0.001)]],
                                             1.0)).bounds for y in (top, bottom)]
    assert width_at[1][2] - width_at[1][0] > 2 * (width_at[0][2] - width_at[0][0])


def test_a_stroke_is_dropped_when_another_tool_is_chosen_during_it(window, devices):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("brush")
    path = vertical(canvas, *region_point("posterior", "posterior_thigh", "left"))
    tablet(canvas, TE.TabletPress, path[0], 0.5, devices["pen"])
    for p in path[1:]:
        tablet(canvas, TE.TabletMove, p, 0.5, devices["pen"])
    assert [i for i in canvas.chart_scene.items() if isinstance(i, TaperedPreview)]
    window.workspace.set_tool("select")
    tablet(canvas, TE.TabletRelease, path[-1], 0.0, devices["pen"])
    assert stored(window).zones == ()
    assert not [i for i in canvas.chart_scene.items() if isinstance(i, TaperedPreview)]


def test_pressure_sets_the_zone_intensity(window, devices):
    pen_module.set_pressure_mode(pen_module.INTENSITY)
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("brush")
    left = region_point("posterior", "posterior_thigh", "left")
    right = region_point("posterior", "posterior_thigh", "right")
    # a light start and end (the pen landing and lifting) do not pull the intensity down
    pen_stroke(canvas, vertical(canvas, *left), [0.05, 0.1] + [0.2] * 9 + [0.1, 0.05], devices["pen"])
    pen_stroke(canvas, vertical(canvas, *right), [0.05, 0.3] + [0.9] * 9 + [0.3, 0.05], devices["pen"])
    light, firm = stored(window).zones
    assert (light.intensity, firm.intensity) == (2, 9)
    assert area(firm) == pytest.approx(area(light), rel=0.2)        # the same brush width
    assert "9/10" in window.statusBar().currentMessage()


def test_pressure_can_set_nothing(window, devices):
    pen_module.set_pressure_mode(pen_module.NOTHING)
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("brush")
    pen_stroke(canvas, vertical(canvas, *region_point("posterior", "posterior_thigh", "left")), [0.1] * 13,
               devices["pen"])
    pen_stroke(canvas, vertical(canvas, *region_point("posterior", "posterior_thigh", "right")), [0.9] * 13,
               devices["pen"])
    light, firm = stored(window).zones
    assert area(firm) == pytest.approx(area(light), rel=0.2)
    assert light.intensity == firm.intensity == window.workspace.intensity.value()


def test_the_setting_is_kept_for_this_workstation(window):
    menu = window.findChild(type(pen_module.pressure_menu(window)), "penPressureMenu")
    assert menu is not None and menu.title() == "Pen pressure sets"
    choices = {a.data(): a for a in menu.actions()}
    assert set(choices) == {pen_module.WIDTH, pen_module.INTENSITY, pen_module.NOTHING}
    choices[pen_module.INTENSITY].trigger()
    assert pen_module.pressure_mode() == pen_module.INTENSITY
    assert pen_module._settings().value(pen_module.PRESSURE_KEY) == pen_module.INTENSITY
    choices[pen_module.NOTHING].trigger()
    assert pen_module.pressure_mode() == pen_module.NOTHING
    assert not choices[pen_module.INTENSITY].isChecked()


def test_the_eraser_end_erases_and_undo_brings_it_back(window, devices):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    first = region_point("posterior", "lumbar_paraspinal", "left")
    second = region_point("posterior", "lumbar_paraspinal", "left", dy=0.02)
    for x, y in (first, second):
        pen_stroke(canvas, [at(canvas, x, y)], [0.5], devices["pen"])
    assert len(stored(window).trigger_points) == 2
    # the eraser end erases whatever tool is chosen; one swipe over both is one undo step
    swipe = [at(canvas, first[0], first[1] + i * 0.004) for i in range(6)]
    events = pen_stroke(canvas, swipe, [0.5] * 6, devices["eraser"])
    assert all(e.isAccepted() for e in events)
    assert stored(window).trigger_points == ()
    window.document.undo_stack.undo()
    assert len(stored(window).trigger_points) == 2
    assert len(canvas.chart_scene.trigger_point_items()) == 2
    assert all(item.opacity() == 1.0 for item in canvas.chart_scene.trigger_point_items())
    # the eraser off every mark erases nothing
    pen_stroke(canvas, [at(canvas, 0.02, 0.02)], [0.5], devices["eraser"])
    assert len(stored(window).trigger_points) == 2


# touch --------------------------------------------------------------------------------------
def test_a_finger_tap_places_a_point_and_a_palm_draws_nothing(window, devices, contact_sizes):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    x, y = region_point("posterior", "upper_trapezius_ridge", "left")
    finger_tap(canvas, 1, at(canvas, x, y), devices["touch"])
    assert len(stored(window).trigger_points) == 1            # a finger works: the palm test means something
    contact_sizes[2] = (140.0, 110.0)                          # about 37 mm across: a palm
    palm = region_point("posterior", "lumbar_paraspinal", "right")
    finger_tap(canvas, 2, at(canvas, *palm), devices["touch"])
    window.workspace.set_tool("brush")
    finger_drag(canvas, 2, vertical(canvas, *palm), devices["touch"])
    assert len(stored(window).trigger_points) == 1 and stored(window).zones == ()
    # the mouse events a system makes of a palm do nothing either
    where = at(canvas, *palm)
    for kind in (TE.MouseButtonPress, TE.MouseMove, TE.MouseButtonRelease):
        event = QMouseEvent(kind, where, QPointF(canvas.viewport().mapToGlobal(where)),
                            NONE if kind == TE.MouseMove else LEFT, NONE if kind == TE.MouseButtonRelease else LEFT,
                            Qt.KeyboardModifier.NoModifier, device=devices["touch"])
        QApplication.sendEvent(canvas.viewport(), event)
    assert stored(window).zones == ()
    # a resting palm beside a drawing finger: the finger draws, the palm does not
    S = QEventPoint.State
    path = vertical(canvas, *region_point("posterior", "posterior_thigh", "left"))
    touch(canvas, TE.TouchBegin, [(2, S.Pressed, where), (3, S.Pressed, path[0])], devices["touch"])
    for p in path[1:]:
        touch(canvas, TE.TouchUpdate, [(2, S.Stationary, where), (3, S.Updated, p)], devices["touch"])
    touch(canvas, TE.TouchEnd, [(2, S.Released, where), (3, S.Released, path[-1])], devices["touch"])
    zones = stored(window).zones
    assert len(zones) == 1 and "left" in zones[0].sides


def test_two_fingers_pinch_zoom_and_draw_nothing(window, devices, contact_sizes):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("brush")
    labels = [(label.text(), label.geometry()) for label in canvas.side_labels]
    scale = canvas.transform().m11()
    centre = QPointF(canvas.viewport().rect().center())
    S = QEventPoint.State
    spread = [QPointF(30 + 10 * i, 0) for i in range(8)]
    touch(canvas, TE.TouchBegin, [(1, S.Pressed, centre - spread[0]), (2, S.Pressed, centre + spread[0])],
          devices["touch"])
    anchor = canvas.mapToScene(centre.toPoint())
    for d in spread[1:]:
        touch(canvas, TE.TouchUpdate, [(1, S.Updated, centre - d), (2, S.Updated, centre + d)], devices["touch"])
    touch(canvas, TE.TouchEnd, [(1, S.Released, centre - spread[-1]), (2, S.Released, centre + spread[-1])],
          devices["touch"])
    assert canvas.transform().m11() == pytest.approx(scale * 100 / 30, rel=0.02)
    # zoomed about the fingers' midpoint, and the patient's sides still in the corners
    assert (QPointF(canvas.mapFromScene(anchor)) - centre).manhattanLength() <= 4
    assert [(label.text(), label.geometry()) for label in canvas.side_labels] == labels
    assert canvas.side_labels[0].text().startswith("◀ Patient's LEFT")
    assert stored(window).zones == () and stored(window).trigger_points == ()
    # two fingers moving together pan
    h = canvas.horizontalScrollBar().value()
    touch(canvas, TE.TouchBegin, [(1, S.Pressed, centre), (2, S.Pressed, centre + QPointF(80, 0))], devices["touch"])
    touch(canvas, TE.TouchUpdate, [(1, S.Updated, centre + QPointF(-60, 0)),
                                   (2, S.Updated, centre + QPointF(20, 0))], devices["touch"])
    touch(canvas, TE.TouchEnd, [(1, S.Released, centre + QPointF(-60, 0)),
                                (2, S.Released, centre + QPointF(20, 0))], devices["touch"])
    assert canvas.horizontalScrollBar().value() == pytest.approx(h + 60, abs=2)
    assert stored(window).zones == ()


def test_a_finger_stroke_dropped_when_a_second_finger_lands(window, devices, contact_sizes):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("brush")
    S = QEventPoint.State
    path = vertical(canvas, *region_point("posterior", "posterior_thigh", "right"))
    touch(canvas, TE.TouchBegin, [(1, S.Pressed, path[0])], devices["touch"])
    for p in path[1:6]:
        touch(canvas, TE.TouchUpdate, [(1, S.Updated, p)], devices["touch"])
    touch(canvas, TE.TouchUpdate, [(1, S.Stationary, path[5]), (2, S.Pressed, path[5] + QPointF(90, 0))],
          devices["touch"])
    touch(canvas, TE.TouchEnd, [(1, S.Released, path[5]), (2, S.Released, path[5] + QPointF(90, 0))],
          devices["touch"])
    assert stored(window).zones == ()
    assert not [i for i in canvas.chart_scene.items() if isinstance(i, StrokePreview)]


def test_touch_is_ignored_while_a_pen_is_near(window, devices, contact_sizes):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    send_proximity(TE.TabletEnterProximity, devices["pen"])
    finger_tap(canvas, 1, at(canvas, x, y), devices["touch"])
    window.workspace.set_tool("brush")
    finger_drag(canvas, 1, vertical(canvas, *region_point("posterior", "posterior_thigh", "left")), devices["touch"])
    assert stored(window).trigger_points == () and stored(window).zones == ()
    send_proximity(TE.TabletLeaveProximity, devices["pen"])
    window.workspace.set_tool("trigger_point")
    finger_tap(canvas, 1, at(canvas, x, y), devices["touch"])
    assert len(stored(window).trigger_points) == 1


def test_a_finger_stroke_is_dropped_when_the_pen_comes_near(window, devices, contact_sizes):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("brush")
    S = QEventPoint.State
    path = vertical(canvas, *region_point("posterior", "posterior_thigh", "left"))
    touch(canvas, TE.TouchBegin, [(1, S.Pressed, path[0])], devices["touch"])
    for p in path[1:6]:
        touch(canvas, TE.TouchUpdate, [(1, S.Updated, p)], devices["touch"])
    send_proximity(TE.TabletEnterProximity, devices["pen"])     # the hand with the pen comes down
    for p in path[6:]:
        touch(canvas, TE.TouchUpdate, [(1, S.Updated, p)], devices["touch"])
    touch(canvas, TE.TouchEnd, [(1, S.Released, path[-1])], devices["touch"])
    assert stored(window).zones == ()
    assert not [i for i in canvas.chart_scene.items() if isinstance(i, StrokePreview)]     # nothing left half-drawn


def test_one_finger_drags_a_point_with_select(window, devices, contact_sizes):
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    x, y = region_point("posterior", "lumbar_paraspinal", "left")
    finger_tap(canvas, 1, at(canvas, x, y), devices["touch"])
    before = stored(window).trigger_points[0]
    window.workspace.set_tool("select")
    finger_drag(canvas, 1, [at(canvas, x, y + 0.005 * i) for i in range(5)], devices["touch"])
    after = stored(window).trigger_points[0]
    assert after.id == before.id and after.y == pytest.approx(before.y + 0.02, abs=0.003)


def test_a_trackpad_pinch_zooms(window):
    canvas = window.workspace.current_canvas()
    scale = canvas.transform().m11()
    where = QPointF(canvas.viewport().rect().center())
    event = QNativeGestureEvent(Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(),
                                where, where, QPointF(canvas.viewport().mapToGlobal(where)), 0.5, 1, 0)
    QApplication.sendEvent(canvas.viewport(), event)
    assert canvas.transform().m11() == pytest.approx(scale * 1.5)
