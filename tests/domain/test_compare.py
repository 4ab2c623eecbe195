"""Visit comparison and trends (no database, no Qt)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from bodymap.domain import compare as C
from bodymap.domain import metrics as M
from bodymap.services.demo import blob, region_point
from tests.domain.test_metrics import ellipse, tp, zone

UTC = dt.UTC


def chart(visit_id, zones=(), points=(), pain=5, days=0):
    visit = SimpleNamespace(id=visit_id, started_at=dt.datetime(2025, 1, 1, tzinfo=UTC) + dt.timedelta(days=days),
                            overall_pain=pain)
    return SimpleNamespace(visit=visit, zones=tuple(zones), trigger_points=tuple(points))


BIG = lambda: zone("posterior", ellipse("posterior", "scapula_body", "right", 0.05, 0.05))       # noqa: E731
SMALL = lambda: zone("posterior", ellipse("posterior", "scapula_body", "right", 0.025, 0.025))  # noqa: E731
ELSEWHERE = lambda: zone("posterior", ellipse("posterior", "calf", "left", 0.02, 0.04))         # noqa: E731


def test_identical_visits_have_no_change_and_full_overlap():
    c = C.compare_charts(chart(1, [BIG()]), chart(2, [BIG()]))
    assert c.change_points == pytest.approx(0)
    assert c.jaccard == pytest.approx(1.0)
    assert not c.exceeds_error
    v = c.view("posterior")
    assert v.new_px == 0 and v.resolved_px == 0 and v.persisting_px == pytest.approx(v.before_px)


def test_shrinking_zone_is_resolved_at_the_rim_and_flagged():
    c = C.compare_charts(chart(1, [BIG()]), chart(2, [SMALL()]))
    v = c.view("posterior")
    assert v.new_px == pytest.approx(0, abs=1)
    assert v.resolved_px + v.persisting_px == pytest.approx(v.before_px)
    assert v.persisting_px == pytest.approx(v.after_px)
    assert v.jaccard == pytest.approx(0.25, rel=0.03)           # (r/2)^2 / r^2
    assert c.change_points < 0 and c.change_relative == pytest.approx(-0.75, rel=0.03)
    assert v.exceeds_error and c.exceeds_error


def test_new_and_resolved_masks_partition_the_union():
    c = C.compare_charts(chart(1, [BIG()]), chart(2, [ELSEWHERE()]))
    v = c.view("posterior")
    assert v.persisting_px == 0 and c.jaccard == 0
    assert v.new_px == pytest.approx(v.after_px) and v.resolved_px == pytest.approx(v.before_px)
    assert M.weighted_pixels(v.new) == pytest.approx(v.new_px)
    assert v.new.getbbox() is not None and v.persisting.getbbox() is None
    assert c.exceeds_error            # pain that vanishes entirely is not a drawing error


def test_small_boundary_jitter_is_within_measurement_error():
    x, y = region_point("posterior", "scapula_body", "right")
    before = zone("posterior", blob(x, y, 0.05, 0.05)[0])
    after = zone("posterior", blob(x + 0.002, y, 0.0515, 0.0495)[0])     # redrawn ~2 mm off
    c = C.compare_charts(chart(1, [before]), chart(2, [after]))
    assert not c.exceeds_error
    assert c.jaccard > 0.85


def test_empty_visits_have_undefined_jaccard():
    c = C.compare_charts(chart(1), chart(2))
    assert c.jaccard is None and c.change_relative is None and c.to_dict()["pain_area"]["jaccard"] is None


def test_trigger_points_matched_by_site_side_and_distance():
    before = [tp(ident=1, region="posterior_neck", side="right", status="active"),
              tp(ident=2, region="scapula_body", side="left", status="latent", x=0.2, y=0.3),
              tp(ident=3, region="calf", side="right", x=0.3, y=0.8)]
    after = [tp(ident=11, region="posterior_neck", side="right", status="latent", x=0.31),
             # nudged across a border: other region, same side, 0.01 away -> persisting
             tp(ident=12, region="suprascapular", side="left", status="latent", x=0.2, y=0.31),
             tp(ident=13, region="buttock", side="left", x=0.35, y=0.55)]
    pairs, resolved, new = C.match_trigger_points(before, after)
    assert {(a.id, b.id) for a, b in pairs} == {(1, 11), (2, 12)}
    assert [t.id for t in resolved] == [3] and [t.id for t in new] == [13]
    sites = {(s.site, s.side): s for s in C.compare_trigger_points(before, after)}
    assert sites[("posterior_neck", "right")].persisting == 1
    assert sites[("posterior_neck", "right")].active_to_latent == 1
    assert sites[("calf", "right")].resolved == 1 and sites[("buttock", "left")].new == 1


def test_carried_forward_points_match_first_and_sides_never_mix():
    before = [tp(ident=1, side="right", x=0.30), tp(ident=2, side="right", x=0.32)]
    after = [tp(ident=21, side="right", x=0.30, carried_from_id=2), tp(ident=22, side="left", x=0.31)]
    pairs, resolved, new = C.match_trigger_points(before, after)
    assert [(a.id, b.id) for a, b in pairs] == [(2, 21)]
    assert [t.id for t in resolved] == [1] and [t.id for t in new] == [22]


def test_muscle_is_the_site_when_known():
    before = [tp(ident=1, muscle="upper_trapezius", region="upper_trapezius_ridge")]
    after = [tp(ident=2, muscle="upper_trapezius", region="suprascapular", x=0.36)]
    (site,) = C.compare_trigger_points(before, after)
    assert (site.kind, site.site, site.persisting) == ("muscle", "upper_trapezius", 1)


def test_comparison_json_keys_and_rounding():
    d = C.compare_charts(chart(1, [BIG()], [tp(ident=1)], pain=7),
                         chart(2, [SMALL()], [], pain=3, days=7)).to_dict()
    area = d["pain_area"]
    assert set(area) >= {"from_percent", "to_percent", "change_points", "change_relative_percent",
                         "error_points", "exceeds_error", "jaccard", "views"}
    assert area["exceeds_error"] is True and d["overall_pain"] == {"from": 7, "to": 3}
    assert d["trigger_points"]["change"]["resolved"] == 1
    assert area["jaccard"] == round(area["jaccard"], 3)


def test_trend_points():
    counts = M.count_trigger_points([tp(status="active"), tp(status="latent")])
    p = C.trend_point(SimpleNamespace(id=3, started_at=dt.datetime(2025, 1, 2, tzinfo=UTC), overall_pain=4),
                      counts, 1.25)
    assert (p.visit_id, p.overall_pain, p.active_trigger_points, p.latent_trigger_points) == (3, 4, 1, 1)
    assert p.pain_area_percent == 1.25
    (row,) = C.trend_dict([p])
    assert row["started_at"] == "2025-01-02T00:00+00:00"


def test_temple_on_the_head_close_up_changes_the_whole_body_extent():
    """Issue 17: pain drawn only on a close-up used to read 0.00 % -> 0.00 %."""
    from bodymap.domain import body_surface as B
    from tests.domain.test_measures import region_zone
    s = 100 * B.region_shares()[("temple", "right")]
    c = C.compare_charts(chart(1, [region_zone("head_lateral_right", "temple", "right", 1.0, 7)], pain=7),
                         chart(2, [region_zone("head_lateral_right", "temple", "right", 0.5, 3)], pain=3, days=7))
    assert c.change_points == 0                                   # the full-body views saw nothing ...
    assert c.body_before.extent_percent == pytest.approx(s, rel=0.01)        # ... the body surface does
    assert c.body_change_points == pytest.approx(-0.75 * s, rel=0.02)
    assert c.body_overlap == pytest.approx(0.25, rel=0.03)
    assert c.body_verdict == "no change"                          # 0.37 points < MDC 0.38
    body = c.to_dict()["pain_area"]["body_surface"]
    assert body["from_percent"] == round(c.body_before.extent_percent, 2) > 0
    assert body["verdict"] == "no change" and body["mdc_points"] == 0.38 and body["same_place"] == round(c.body_overlap, 3)


def test_new_pain_over_a_thigh_is_worse_beyond_the_mdc():
    from tests.domain.test_measures import region_zone
    c = C.compare_charts(chart(1), chart(2, [region_zone("anterior", "anterior_thigh", "right")], days=7))
    assert c.body_change_points > 0.38 and c.body_verdict == "worse" and c.body_overlap == 0.0
    back = C.compare_charts(chart(2, [region_zone("anterior", "anterior_thigh", "right")]), chart(3, days=7))
    assert back.body_verdict == "better"
