"""Cross-view marks (issue 16): a point charted on the posterior view shows, lighter, on the
neck-and-shoulders close-up; selecting, editing, moving or deleting it there acts on the one record."""
from __future__ import annotations

import os

from PySide6.QtGui import QKeySequence

from bodymap.domain.charting import MarkKind
from bodymap.domain.diagrams import load_view
from bodymap.domain.view_mapping import project
from bodymap.render.echoes import EchoTriggerPointItem
from tests.ui.conftest import click_scene, drag_scene, press_tool_key
from tests.ui.flows import charted_window

SHOTS = os.environ.get("BODYMAP_ECHO_SHOTS")     # a folder: save the two views as PNGs to look at


def _place_upper_trapezius_points(qtbot, window):
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    # TP1 on each side (TP2 is within a point's width of TP1 on the whole-body view)
    sites = [s for s in load_view("posterior").sites_of("upper_trapezius") if s.label == "TP1"]
    assert len(sites) == 2
    for site in sites:
        click_scene(qtbot, canvas, site.x, site.y)
    assert len(window.document.trigger_points()) == len(sites)
    return canvas, sites


def test_posterior_points_echo_on_the_neck_close_up_and_edit_the_one_record(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    post_canvas, sites = _place_upper_trapezius_points(qtbot, window)
    tps = window.document.trigger_points()

    window.workspace.show_view("head_posterior")
    head = window.workspace.current_canvas()
    scene = head.chart_scene
    echoes = [i for i in scene.echo_items() if isinstance(i, EchoTriggerPointItem)]
    assert sorted(e.record.id for e in echoes) == sorted(tp.id for tp in tps)
    assert scene.trigger_point_items() == []          # echoes are not this view's own marks
    for echo in echoes:
        u, v = scene.to_normalised(echo.pos())
        assert load_view("head_posterior").locate(u, v).muscle.muscle_id == "upper_trapezius"
    if SHOTS:
        post_canvas.grab().save(os.path.join(SHOTS, "posterior.png"))
        head.grab().save(os.path.join(SHOTS, "head_posterior.png"))

    # click the echo: the inspector shows that record
    press_tool_key(qtbot, window, "V")
    target = tps[0]
    u, v = project("posterior", target.x, target.y, "head_posterior")
    click_scene(qtbot, head, u, v)
    assert window.workspace.selected_marks() == [(MarkKind.TRIGGER_POINT, target.id)]
    assert window.inspector.tp_form.isVisibleTo(window.inspector)
    window.inspector.tp_form.findings["taut_band"].setChecked(True)
    stored = {tp.id: tp for tp in window.service.get_chart(window.document.visit_id).trigger_points}
    assert "taut_band" in stored[target.id].findings
    assert stored[target.id].view == "posterior"
    assert len(stored) == len(sites)                 # no second record

    qtbot.keySequence(head, QKeySequence("Ctrl+Z"))
    stored = {tp.id: tp for tp in window.service.get_chart(window.document.visit_id).trigger_points}
    assert "taut_band" not in stored[target.id].findings


def test_dragging_an_echo_moves_the_record_in_its_own_view(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    _canvas, _sites = _place_upper_trapezius_points(qtbot, window)
    tp = window.document.trigger_points()[0]
    window.workspace.show_view("head_posterior")
    head = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "V")
    u, v = project("posterior", tp.x, tp.y, "head_posterior")
    path = [(u, v)] + [(u, v + 0.003 * i) for i in range(1, 5)]
    drag_scene(qtbot, head, path)
    moved = next(t for t in window.service.get_chart(window.document.visit_id).trigger_points if t.id == tp.id)
    assert moved.view == "posterior"
    # 0.012 of the close-up's height is a few thousandths of the whole body's
    assert tp.y < moved.y < tp.y + 0.012
    assert abs(moved.x - tp.x) < 0.002
    # the echo follows the record
    echo = head.chart_scene.item_for(MarkKind.TRIGGER_POINT, tp.id)
    eu, ev = head.chart_scene.to_normalised(echo.pos())
    pu, pv = project("posterior", moved.x, moved.y, "head_posterior")
    assert abs(eu - pu) < 1e-3 and abs(ev - pv) < 1e-3
    window.menu_actions["undo"].trigger()
    back = next(t for t in window.service.get_chart(window.document.visit_id).trigger_points if t.id == tp.id)
    assert abs(back.y - tp.y) < 1e-6


def test_erasing_an_echo_deletes_the_record_from_both_views(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    post_canvas, sites = _place_upper_trapezius_points(qtbot, window)
    tp = window.document.trigger_points()[0]
    window.workspace.show_view("head_posterior")
    head = window.workspace.current_canvas()
    assert isinstance(head.chart_scene.item_for(MarkKind.TRIGGER_POINT, tp.id), EchoTriggerPointItem)
    press_tool_key(qtbot, window, "E")
    u, v = project("posterior", tp.x, tp.y, "head_posterior")
    click_scene(qtbot, head, u, v)
    ids = [t.id for t in window.service.get_chart(window.document.visit_id).trigger_points]
    assert tp.id not in ids and len(ids) == len(sites) - 1
    assert head.chart_scene.item_for(MarkKind.TRIGGER_POINT, tp.id) is None
    assert post_canvas.chart_scene.item_for(MarkKind.TRIGGER_POINT, tp.id) is None


def test_a_close_up_point_echoes_on_the_whole_body_view(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("head_posterior")
    head = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    site = load_view("head_posterior").sites_of("upper_trapezius", "left")[0]
    click_scene(qtbot, head, site.x, site.y)
    tp = window.document.trigger_points()[0]
    assert tp.view == "head_posterior"
    post = window.workspace.canvas("posterior").chart_scene
    echo = post.item_for(MarkKind.TRIGGER_POINT, tp.id)
    assert isinstance(echo, EchoTriggerPointItem)
    assert post.trigger_point_items() == []
    # a view of another surface shows nothing
    assert window.workspace.canvas("anterior").chart_scene.echo_items() == []


def test_dropping_an_echo_where_its_own_view_has_no_such_spot_is_refused(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    _place_upper_trapezius_points(qtbot, window)
    tp = window.document.trigger_points()[0]
    window.workspace.show_view("head_posterior")
    head = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "V")
    messages = []
    window.workspace.message.connect(messages.append)
    ear = next(r for r in load_view("head_posterior").regions if r.id == "ear" and r.side == tp.side)
    ring = ear.polygons[0]
    ex, ey = sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring)
    u, v = project("posterior", tp.x, tp.y, "head_posterior")
    steps = 6
    path = [(u + (ex - u) * i / steps, v + (ey - v) * i / steps) for i in range(steps + 1)]
    drag_scene(qtbot, head, path)
    assert any("Not moved" in m for m in messages)
    stored = next(t for t in window.service.get_chart(window.document.visit_id).trigger_points if t.id == tp.id)
    assert (stored.x, stored.y) == (tp.x, tp.y)
    echo = head.chart_scene.item_for(MarkKind.TRIGGER_POINT, tp.id)
    eu, ev = head.chart_scene.to_normalised(echo.pos())
    assert abs(eu - u) < 1e-3 and abs(ev - v) < 1e-3          # back where it was
    assert window.document.undo_stack.count() == 2            # the two placements only
