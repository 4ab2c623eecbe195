"""The Suggestions dock ranks only what can be seen: behind the Inspector's tab (or closed) a
change to the zones marks the list stale, and the muscles are ranked once the dock comes forward
(after the usual debounce) or when something reads the list. In front it updates live as before."""
from __future__ import annotations

from PySide6.QtCore import Qt

import bodymap.domain.suggest as suggest_module
from bodymap.services.demo import region_point
from bodymap.ui.reference.suggestions import DEBOUNCE_MS
from tests.ui.conftest import drag_scene
from tests.ui.flows import charted_window


def _spy(monkeypatch) -> list:
    """The rankings the dock runs, as the number of zones each ranked (it imports `suggest` when
    it ranks)."""
    calls: list = []
    real = suggest_module.suggest

    def counted(*args, **kwargs):
        calls.append(len(args[0]))
        return real(*args, **kwargs)
    monkeypatch.setattr(suggest_module, "suggest", counted)
    return calls


def _draw(qtbot, window, view: str, regions: list[str], side: str = "right") -> None:
    window.workspace.show_view(view)
    window.workspace.set_tool("brush")
    canvas = window.workspace.current_canvas()
    before = len(window.document.zones())
    points = [region_point(view, rid, side) for rid in regions]
    if len(points) == 1:
        x, y = points[0]
        stroke = [(x - 0.004, y), (x, y), (x + 0.004, y)]
    else:
        stroke = [(x + (bx - x) * t / 6, y + (by - y) * t / 6)
                  for (x, y), (bx, by) in zip(points, points[1:]) for t in range(7)]
    drag_scene(qtbot, canvas, stroke)
    assert len(window.document.zones()) == before + 1


def _in_front(qtbot, window, name: str) -> None:
    window.docks[name].raise_()
    panel = window.suggestions
    if name == "suggestionsDock":
        qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty(), timeout=2000)
    else:
        qtbot.waitUntil(lambda: panel.visibleRegion().isEmpty(), timeout=2000)


def test_behind_the_inspector_drawing_does_not_rank_until_the_suggestions_come_forward(qtbot, open_window,
                                                                                       monkeypatch):
    window = charted_window(qtbot, open_window)
    panel, dock = window.suggestions, window.docks["suggestionsDock"]
    calls = _spy(monkeypatch)
    assert panel.visibleRegion().isEmpty()                       # a new window: the Inspector in front
    _draw(qtbot, window, "posterior", ["neck_angle"])
    qtbot.wait(DEBOUNCE_MS * 3)
    assert calls == [] and panel.list.count() == 0               # nothing ranked for a hidden list

    _in_front(qtbot, window, "suggestionsDock")
    qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=DEBOUNCE_MS * 10)
    assert calls == [1]                                           # once, when it came forward
    first = panel.rows()
    assert ("levator_scapulae", "right") in first[:3]
    assert not panel.empty.isVisible()
    qtbot.wait(DEBOUNCE_MS * 2)
    assert calls == [1]

    # behind again: a read of the list ranks at once (a caller never sees a stale list)
    _in_front(qtbot, window, "inspectorDock")
    _draw(qtbot, window, "posterior", ["upper_trapezius_ridge"], side="left")
    qtbot.wait(DEBOUNCE_MS * 3)
    assert calls == [1]
    rows = panel.rows()
    assert calls == [1, 2]                                        # ranked now, with both zones
    assert rows == [(s.muscle_id, s.side) for s in panel.suggestions] and calls == [1, 2]   # once

    # closed: the same; opened again from the View menu and in front, it is ranked
    dock.close()
    window.menu_actions["undo"].trigger()
    qtbot.wait(DEBOUNCE_MS * 3)
    assert calls == [1, 2]
    dock.toggleViewAction().trigger()                            # back in its tab group ...
    _in_front(qtbot, window, "suggestionsDock")                   # ... and its tab chosen
    qtbot.waitUntil(lambda: len(calls) == 3, timeout=DEBOUNCE_MS * 10)
    assert calls == [1, 2, 1] and panel.rows() == first

    # another visit opened out of sight: the rows of the one before go at once, unranked
    _in_front(qtbot, window, "inspectorDock")
    window.operations.run(window.document.open_visit, None)
    assert panel.list.count() == 0 and not panel.empty.isVisible() and len(calls) == 3


def test_the_radicular_flag_is_shown_when_the_tab_comes_forward_later(qtbot, open_window, monkeypatch):
    window = charted_window(qtbot, open_window)
    panel = window.suggestions
    calls = _spy(monkeypatch)
    _draw(qtbot, window, "lateral_right", ["lateral_knee", "lateral_leg", "lateral_ankle_foot"])
    qtbot.wait(DEBOUNCE_MS * 3)
    assert calls == [] and panel.flag is None
    _in_front(qtbot, window, "suggestionsDock")
    qtbot.waitUntil(lambda: panel.radicular.isVisible(), timeout=DEBOUNCE_MS * 10)
    assert panel.radicular.text().startswith("Follows the right L5") and "Show on the body" in panel.radicular.text()
    panel.radicular.linkActivated.emit("toggle")
    assert window.reference.dermatome_overlays["lateral_right"].showing


def test_in_front_drawing_updates_the_list_after_the_debounce(qtbot, open_window, monkeypatch):
    window = charted_window(qtbot, open_window)
    panel = window.suggestions
    # beside the chart in the left column, out of the Inspector's tab group: a new zone brings the
    # Inspector forward, and the list stays in sight
    window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, window.docks["suggestionsDock"])
    qtbot.waitUntil(lambda: not panel.visibleRegion().isEmpty(), timeout=2000)
    qtbot.wait(DEBOUNCE_MS * 2)
    calls = _spy(monkeypatch)
    _draw(qtbot, window, "posterior", ["neck_angle"])
    assert calls == [] and panel.list.count() == 0               # not during the stroke: after a pause
    qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=DEBOUNCE_MS * 10)
    assert calls == [1] and not panel.visibleRegion().isEmpty()
    rows = [panel.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(panel.list.count())]  # not rows()
    assert ("levator_scapulae", "right") in rows[:3]
    window.menu_actions["undo"].trigger()
    qtbot.waitUntil(lambda: panel.list.count() == 0, timeout=DEBOUNCE_MS * 10)
    assert panel.empty.isVisible()
