"""Echoes: marks made on another view of the same body surface, drawn lighter, never counted twice."""
from __future__ import annotations

import os

from PySide6.QtGui import QColor

from bodymap.domain.diagrams import load_view
from bodymap.domain.records import TriggerPointRecord, ZoneRecord
from bodymap.domain.view_mapping import project
from bodymap.render.echoes import ECHO_OPACITY, EchoTriggerPointItem, EchoZoneItem
from bodymap.render.scene import ChartScene, render_view_image

SHOTS = os.environ.get("BODYMAP_ECHO_SHOTS")


def _tp(tp_id: int, view: str, x: float, y: float, side: str) -> TriggerPointRecord:
    return TriggerPointRecord(
        id=tp_id, visit_id=1, view=view, x=x, y=y, diagram_version=load_view(view).version,
        region="upper_trapezius_ridge", region_label="Upper trapezius ridge", muscle="upper_trapezius",
        side=side, status="active", findings=frozenset(), pressure_pain=None, needled=False,
        needle_size="", depth_mm=None, twitch_responses=None, notes="")


def _square(view: str, cx: float, cy: float, d: float, zone_id: int = 9) -> ZoneRecord:
    poly = ((cx - d, cy - d), (cx + d, cy - d), (cx + d, cy + d), (cx - d, cy + d))
    return ZoneRecord(id=zone_id, visit_id=1, view=view, diagram_version=load_view(view).version,
                      polygons=(poly,), sides=("left",), regions=(), quality="aching", intensity=6,
                      depth="superficial", notes="")


def _upper_trapezius_marks():
    post = load_view("posterior")
    a, b = (s for s in post.sites_of("upper_trapezius") if s.label == "TP1")
    head_site = load_view("head_posterior").sites_of("upper_trapezius", "right")[-1]
    calf = post.sites_of("gastrocnemius", "left")[0]
    tps = [_tp(1, "posterior", a.x, a.y, a.side), _tp(2, "posterior", b.x, b.y, b.side),
           _tp(3, "head_posterior", head_site.x, head_site.y, "right"),
           _tp(4, "posterior", calf.x, calf.y, "left")]
    zones = [_square("posterior", a.x, a.y + 0.01, 0.006)]
    return tps, zones


def test_the_close_up_shows_posterior_points_as_echoes_and_the_reverse(qtbot):
    tps, zones = _upper_trapezius_marks()
    head = ChartScene("head_posterior", interactive=False)
    head.show_marks(tps, zones)
    assert [i.record.id for i in head.trigger_point_items()] == [3]
    echoes = head.echo_items()
    assert sorted(i.record.id for i in echoes if isinstance(i, EchoTriggerPointItem)) == [1, 2]   # not the calf
    assert [i.record.id for i in echoes if isinstance(i, EchoZoneItem)] == [9]
    assert all(abs(i.opacity() - ECHO_OPACITY) < 1e-9 for i in echoes)
    for item in echoes:
        if isinstance(item, EchoTriggerPointItem):
            want = project("posterior", item.record.x, item.record.y, "head_posterior")
            got = head.to_normalised(item.pos())
            assert abs(got[0] - want[0]) < 1e-9 and abs(got[1] - want[1]) < 1e-9

    post = ChartScene("posterior", interactive=False)
    post.show_marks(tps, zones)
    assert sorted(i.record.id for i in post.trigger_point_items()) == [1, 2, 4]
    assert [i.record.id for i in post.echo_items()] == [3]
    # other surfaces: nothing
    front = ChartScene("anterior", interactive=False)
    front.show_marks(tps, zones)
    assert front.echo_items() == [] and front.trigger_point_items() == []


def test_an_echo_is_drawn_lighter_than_a_mark_of_its_own(qtbot):
    """A pixel at the centre of an own active point is the full red; at the centre of an echo it is
    paler (mixed with the white page)."""
    tps, zones = _upper_trapezius_marks()
    chart = type("Chart", (), {"trigger_points": tuple(tps), "zones": tuple(zones)})()
    head_img = render_view_image("head_posterior", chart, height_px=1000)
    post_img = render_view_image("posterior", chart, height_px=1000)
    if SHOTS:
        head_img.save(os.path.join(SHOTS, "render_head_posterior.png"))
        post_img.save(os.path.join(SHOTS, "render_posterior.png"))
    scene = ChartScene("head_posterior", interactive=False)
    scene.show_marks(tps, zones)

    def centre(item, img):
        p = item.pos()
        k = img.height() / scene.height_units
        return QColor(img.pixel(round(p.x() * k), round(p.y() * k)))

    own = centre(scene.trigger_point_items()[0], head_img)
    echo = centre(next(i for i in scene.echo_items() if isinstance(i, EchoTriggerPointItem)), head_img)
    assert own.red() > 150 and own.green() < 90                  # the active red
    assert echo.red() > own.red() - 10 and echo.green() > own.green() + 60     # paler
