"""The reference browser, referral overlays and live suggestions in a real MainWindow."""
from __future__ import annotations

from bodymap.domain.referral import pattern_regions
from bodymap.services.demo import region_point
from bodymap.ui.reference import ReferenceController
from bodymap.ui.reference.overlay import OVERLAY_Z, ReferralOverlayItem
from bodymap.ui.reference.suggestions import DEBOUNCE_MS
from tests.ui.conftest import click_scene, drag_scene, press_tool_key
from tests.ui.flows import charted_window


def _window(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    assert isinstance(window.reference, ReferenceController)   # MainWindow installs it
    return window


def test_search_and_choose_a_muscle_shows_its_pattern(qtbot, open_window):
    window = _window(qtbot, open_window)
    browser, controller = window.reference_browser, window.reference
    browser.search.setText("tennis elbow")
    ids = browser.result_ids()
    assert {"supinator", "brachioradialis", "extensor_carpi_radialis_longus"} & set(ids[:3])
    window.workspace.show_view("posterior")
    browser.choose("supinator")
    assert browser.current_muscle() == "supinator"
    text = browser.details.toPlainText()
    for words in ("Supinator", "High confidence", "Primary", "Spillover", "Lateral epicondyle",
                  "tennis elbow", "Sources", "TP1"):
        assert words in text
    assert "not a diagnosis" in browser.caveat.text()
    overlay = controller.overlay("posterior")
    assert isinstance(overlay, ReferralOverlayItem) and overlay.showing
    assert overlay.scene() is window.workspace.canvases["posterior"].chart_scene
    assert overlay.zValue() == OVERLAY_Z and not overlay.acceptedMouseButtons()
    assert overlay.pattern.side == "right" and overlay.pattern.muscle_id == "supinator"
    assert all(s.region.side in ("right", "midline") for s in overlay.pattern.shapes)
    browser.set_side("left")
    assert controller.overlay("posterior").pattern.side == "left"
    # 'Show on view' switches to a view showing the pattern when the current one lacks it
    window.workspace.show_view("foot_plantar")
    browser.show_on_view()
    shown = window.workspace.current_canvas().chart_scene.view_id
    assert shown != "foot_plantar" and controller.overlay(shown).pattern.primary_shown > 0
    browser.hide_overlay()
    assert not controller.overlay(shown).showing


def test_the_overlay_does_not_block_charting(qtbot, open_window):
    window = _window(qtbot, open_window)
    window.workspace.show_view("posterior")
    window.reference_browser.choose("upper_trapezius")
    canvas = window.workspace.current_canvas()
    x, y = region_point("posterior", "posterior_neck", "right")
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, x, y)                      # a trigger point under the overlay
    assert len(window.document.trigger_points()) == 1


def test_drawing_a_zone_brings_the_muscle_into_the_suggestions(qtbot, open_window):
    window = _window(qtbot, open_window)
    panel = window.suggestions
    assert panel.rows() == []
    window.workspace.show_view("posterior")
    window.workspace.set_tool("brush")
    canvas = window.workspace.current_canvas()
    x, y = region_point("posterior", "neck_angle", "right")
    drag_scene(qtbot, canvas, [(x - 0.004, y), (x, y), (x + 0.004, y)])
    assert len(window.document.zones()) == 1
    qtbot.waitUntil(lambda: ("levator_scapulae", "right") in panel.rows()[:3], timeout=DEBOUNCE_MS * 10)
    assert all(side in ("right", "either") for _m, side in panel.rows()[:3])
    # every row fits inside the list (no reason text or score bar cut off on the right)
    qtbot.wait(20)
    inside = panel.list.viewport().width()
    assert all(panel.list.itemWidget(panel.list.item(i)).width() <= inside for i in range(panel.list.count()))
    # clicking a suggestion outlines the muscle and shows its TP sites on the view
    index = panel.rows().index(("levator_scapulae", "right"))
    panel.choose(index)
    overlay = window.reference.overlay()
    assert overlay.showing and overlay.highlighted and overlay.pattern.muscle_id == "levator_scapulae"
    assert overlay.pattern.sites and all(s.side == "right" for s in overlay.pattern.sites)
    # removing the zone empties the list again (after the debounce)
    window.menu_actions["undo"].trigger()
    assert window.document.zones() == []
    qtbot.waitUntil(lambda: panel.rows() == [], timeout=DEBOUNCE_MS * 10)


def test_selecting_a_charted_trigger_point_shows_its_pattern_on_its_side(qtbot, open_window):
    window = _window(qtbot, open_window)
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    x, y = region_point("posterior", "upper_trapezius_ridge", "left")
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, x, y)
    tp = window.document.trigger_points()[0]
    assert tp.muscle and tp.side == "left"
    window.workspace.select_mark("tp", tp.id)
    qtbot.waitUntil(lambda: window.reference.current is not None, timeout=1000)
    muscle_id, side, source = window.reference.current
    assert (muscle_id, side, source) == (tp.muscle, "left", "selection")
    overlay = window.reference.overlay("posterior")
    assert overlay.showing and overlay.pattern.muscle_id == tp.muscle
    expected = {p.key for p in pattern_regions(tp.muscle, "left")}
    assert {s.region.key for s in overlay.pattern.shapes} <= expected
    assert all(s.region.side in ("left", "midline") for s in overlay.pattern.shapes)
    canvas.chart_scene.clearSelection()
    qtbot.waitUntil(lambda: window.reference.current is None, timeout=1000)
    assert not overlay.showing


def test_pain_along_a_dermatome_is_flagged_above_the_suggestions(qtbot, open_window):
    window = _window(qtbot, open_window)
    panel = window.suggestions
    assert not panel.radicular.isVisible()
    window.workspace.show_view("lateral_right")
    window.workspace.set_tool("brush")
    canvas = window.workspace.current_canvas()
    path = [region_point("lateral_right", rid, "right") for rid in ("lateral_knee", "lateral_leg", "lateral_ankle_foot")]
    stroke = [(x + (bx - x) * t / 6, y + (by - y) * t / 6)
              for (x, y), (bx, by) in zip(path, path[1:]) for t in range(7)]
    drag_scene(qtbot, canvas, stroke)
    window.docks["suggestionsDock"].raise_()        # the new zone brought the Inspector forward
    qtbot.waitUntil(lambda: panel.radicular.isVisible(), timeout=DEBOUNCE_MS * 10)
    assert panel.radicular.text().startswith("Follows the right L5")
    assert "consider radicular pain" in panel.radicular.text()
    # its link outlines the dermatome(s) on the views, and takes the outline away again
    panel.radicular.linkActivated.emit("toggle")
    outline = window.reference.dermatome_overlays["lateral_right"]
    assert outline.showing and panel.dermatomes_shown and "Hide the outline" in panel.radicular.text()
    assert not window.reference.overlay("lateral_right").showing      # not a muscle's pattern
    panel.radicular.linkActivated.emit("toggle")
    assert not outline.showing
    panel.radicular.linkActivated.emit("toggle")
    # the outline on the body follows the pain even with the dock behind the Inspector's tab
    window.docks["inspectorDock"].raise_()
    qtbot.waitUntil(lambda: panel.visibleRegion().isEmpty(), timeout=2000)
    window.menu_actions["undo"].trigger()
    qtbot.waitUntil(lambda: not outline.showing, timeout=DEBOUNCE_MS * 10)   # the pain changed: outline gone
    assert not panel.dermatomes_shown and not panel.radicular.isVisible()
