"""Suggestions: which muscles' referral patterns explain the drawn pain (and the pattern geometry)."""
from __future__ import annotations

import dataclasses
import time
from collections import defaultdict
from dataclasses import dataclass

import pytest

from bodymap.domain import reference, referral
from bodymap.domain import suggest as sg
from bodymap.domain.diagrams import available_views, load_view


@dataclass(frozen=True)
class Zone:
    id: int
    view: str
    polygons: tuple
    intensity: int = 6


def region_zone(zone_id, view_id, keys, intensity=6) -> Zone:
    """A zone drawn exactly over the given (region, side) pairs of a view."""
    view = load_view(view_id)
    polys = []
    for rid, side in keys:
        region = view.region(rid, side)
        assert region is not None, (view_id, rid, side)
        polys += region.polygons
    return Zone(zone_id, view_id, tuple(polys), intensity)


def primary_zone(muscle_id: str, side: str) -> Zone:
    """One zone over the muscle's primary regions (patient's side by its rule), on the view that
    shows most of them (the first such view in catalogue order)."""
    best = max((referral.pattern_on_view(muscle_id, side, v) for v in available_views()),
               key=lambda p: (p.primary_shown, -available_views().index(p.view_id)))
    keys = [s.region.key for s in best.shapes if s.region.kind == referral.PRIMARY]
    assert keys, muscle_id
    return region_zone(1, best.view_id, keys)


def rank_of(suggestions, muscle_id, side):
    for i, s in enumerate(suggestions):
        if s.muscle_id == muscle_id and s.side in (side, sg.EITHER):
            return i
    return None


# Muscles whose PRIMARY zones are identical in the reference. A zone drawn over the primary
# regions only cannot tell them apart: they differ in their spillover zones, which the test zone
# leaves empty, so the one with fewer (or more hidden) spillover regions ranks first. They are the
# only muscles allowed not to be first, and must still be in the top 3 (no group is larger).
SAME_PRIMARY = {
    frozenset({"teres_minor", "subscapularis"}): "back of the shoulder",
    frozenset({"brachioradialis", "supinator"}): "lateral epicondyle + thumb",
    frozenset({"flexor_carpi_radialis", "flexor_carpi_ulnaris"}): "front of the wrist",
    frozenset({"longissimus_thoracis", "piriformis"}): "sacroiliac region + buttock",
    frozenset({"flexor_digitorum_longus", "flexor_digitorum_brevis", "flexor_hallucis_brevis"}):
        "ball of the foot",
    frozenset({"abductor_hallucis", "quadratus_plantae"}): "heel",
    frozenset({"extensor_digitorum_brevis", "extensor_hallucis_brevis"}): "top of the foot",
    frozenset({"peroneus_longus", "peroneus_brevis"}): "outer ankle",
}


def test_the_tied_groups_are_exactly_the_muscles_sharing_a_primary_zone():
    groups = defaultdict(set)
    for m in reference.muscles():
        groups[frozenset(m.referral.primary)].add(m.id)
    assert {frozenset(g) for g in groups.values() if len(g) > 1} == set(SAME_PRIMARY)
    assert all(len(g) <= 3 for g in SAME_PRIMARY)


@pytest.mark.parametrize("side", ["right", "left"])
@pytest.mark.parametrize("muscle_id", reference.muscle_ids())
def test_a_zone_over_the_primary_pattern_ranks_the_muscle_in_the_top_3(muscle_id, side):
    ranked = sg.suggest([primary_zone(muscle_id, side)])
    rank = rank_of(ranked, muscle_id, side)
    assert rank is not None and rank < 3, [(s.muscle_id, s.side, round(s.score, 3)) for s in ranked[:5]]
    mine = ranked[rank]
    assert mine.side in (side, sg.EITHER)
    assert mine.coverage == pytest.approx(1.0, abs=0.02)          # the pattern explains all of it
    own = set(reference.muscle(muscle_id).referral.primary)
    for above in ranked[:rank]:
        # A muscle may rank above this one only for a reason the evidence or the reference gives:
        # its whole primary zone lies inside this one's (the same primary zone, SAME_PRIMARY, a
        # tie on the evidence drawn, or a nested one, e.g. teres major inside triceps), or the
        # by-area sources rank it as a more frequent cause of this pain, or the reference is
        # more confident of its pattern.
        nested = set(reference.muscle(above.muscle_id).referral.primary) <= own
        more_frequent = above.prior > mine.prior
        more_confident = sg.CONFIDENCE_WEIGHT[above.confidence] > sg.CONFIDENCE_WEIGHT[mine.confidence]
        assert nested or more_frequent or more_confident, above.muscle_id
        assert above.side == side


def test_quality_summary():
    top1 = top3 = 0
    for m in reference.muscles():
        for side in ("right", "left"):
            rank = rank_of(sg.suggest([primary_zone(m.id, side)]), m.id, side)
            top1 += rank == 0
            top3 += rank is not None and rank < 3
    assert top3 == 166                     # every muscle, both sides
    # the others: tied or nested primary zones, or a more frequent or more confident muscle (above)
    assert top1 >= 124


def test_the_side_follows_the_drawn_pain():
    right = sg.suggest([region_zone(1, "anterior", [("temple", "right")])])
    assert right[0].side == "right" and rank_of(right, "temporalis", "right") < 3
    assert all(s.side != "left" for s in right)        # no left-side pattern touches a right temple
    left = sg.suggest([region_zone(1, "anterior", [("temple", "left")])])
    assert [(s.muscle_id, s.score) for s in left] == [(s.muscle_id, s.score) for s in right]
    assert all(s.side == "left" for s in left)


def test_a_lateral_view_zone_suggests_that_sides_muscle():
    ranked = sg.suggest([region_zone(1, "lateral_left", [("lateral_epicondyle", "left")])])
    assert ranked and all(s.side == "left" for s in ranked)


def test_contralateral_patterns_are_mirrored(monkeypatch):
    # the crossed muscle's own trigger-point region (its local pain) is on the other side from
    # its pattern; left blank it would count a little against it, so it is weighed 0 here
    monkeypatch.setitem(sg._PREC_W, sg.LOCAL, 0.0)
    base = reference.muscle("temporalis")
    crossed = dataclasses.replace(base, id="crossed_temporalis", referral=dataclasses.replace(
        base.referral, side="contralateral"))
    assert {p.side for p in referral.pattern_of(crossed, "right") if p.region_id == "temple"} == {"left"}
    suggester = sg.Suggester([base, crossed])
    ranked = suggester.suggest([region_zone(1, "anterior", [("temple", "right"), ("eyebrow", "right")])])
    assert {(s.muscle_id, s.side) for s in ranked[:2]} == {("crossed_temporalis", "left"),
                                                           ("temporalis", "right")}
    assert ranked[0].score == pytest.approx(ranked[1].score)     # same pattern, mirrored TP
    assert ("crossed_temporalis", "right") not in {(s.muscle_id, s.side) for s in ranked}


def test_a_bilateral_pattern_is_one_suggestion_for_either_side():
    keys = [("lumbar_paraspinal", "right"), ("lumbar_paraspinal", "left")]
    ranked = sg.suggest([region_zone(1, "posterior", keys)])
    rectus = [s for s in ranked if s.muscle_id == "rectus_abdominis"]
    assert len(rectus) == 1 and rectus[0].side == sg.EITHER
    assert {p.side for p in referral.pattern_regions("rectus_abdominis", "right")} == \
        {"left", "right", "midline"}


def test_adding_and_removing_a_zone_changes_the_ranking():
    elbow = region_zone(1, "posterior", [("lateral_epicondyle", "right")])
    first = sg.suggest([elbow])
    thumb = region_zone(2, "hand_dorsal", [("thumb", "right")])
    both = sg.suggest([elbow, thumb])
    names = [s.muscle_id for s in both[:2]]
    assert set(names) == {"supinator", "brachioradialis"}          # elbow + thumb: both primary
    assert rank_of(both, "extensor_carpi_radialis_longus", "right") > 1
    ecrl_before = next(s for s in first if s.muscle_id == "extensor_carpi_radialis_longus")
    ecrl_after = next(s for s in both if s.muscle_id == "extensor_carpi_radialis_longus")
    # the thumb is only its spillover: the pattern explains the pain less well, and the pages
    # about thumb pain (which order the thumb, not the general wrist-and-hand list) do not name it
    assert ecrl_after.coverage * ecrl_after.precision < ecrl_before.coverage * ecrl_before.precision
    assert ecrl_after.prior == ecrl_before.prior == 0.0 and ecrl_after.score < ecrl_before.score
    assert "Thumb" in " ".join(m.label for m in both[0].explained)
    assert [(s.muscle_id, s.side, s.score) for s in sg.suggest([elbow])] == \
        [(s.muscle_id, s.side, s.score) for s in first]              # removing it restores the order
    assert sg.suggest([]) == []


def test_reasons_say_what_is_covered_and_what_is_left():
    temple = region_zone(1, "anterior", [("temple", "right")])
    back = region_zone(2, "posterior", [("lumbar_paraspinal", "right")], intensity=2)
    ranked = sg.suggest([temple, back])
    temporalis = next(s for s in ranked if s.muscle_id == "temporalis" and s.side == "right")
    assert [m.region_id for m in temporalis.explained] == ["temple"]
    assert temporalis.explained[0].kind == "primary" and temporalis.explained[0].zone_ids == (1,)
    assert [m.region_id for m in temporalis.unexplained] == ["lumbar_paraspinal"]
    assert "primary zone covers Temple (R)" in temporalis.reason
    assert "Leaves unexplained: Lumbar paraspinals (R)" in temporalis.reason
    assert "Eyebrow" in temporalis.reason                           # expected but not drawn
    assert temporalis.coverage > 0.5                                 # the more intense zone
    data = temporalis.to_dict()
    assert data["muscle"] == "temporalis" and data["explained"][0]["kind"] == "primary"


def test_deterministic_and_independent_of_zone_order():
    zones = [region_zone(1, "posterior", [("neck_angle", "right")]),
             region_zone(2, "anterior", [("temple", "right")]),
             region_zone(3, "posterior", [("buttock", "left")], intensity=3)]
    a = sg.suggest(zones)
    sg.clear_caches()
    b = sg.suggest(list(reversed(zones)))
    assert [(s.muscle_id, s.side, s.score, s.reason) for s in a] == \
        [(s.muscle_id, s.side, s.score, s.reason) for s in b]
    assert [s.score for s in a] == sorted((s.score for s in a), reverse=True)
    assert len(sg.suggest(zones, top=3)) == 3


def test_a_graze_of_a_neighbouring_region_hardly_counts():
    view = load_view("posterior")
    zone = region_zone(1, "posterior", [("neck_angle", "right")])
    shares = dict((k, max(a, b)) for k, a, b in sg.zone_shares("posterior", zone.polygons))
    assert shares[("neck_angle", "right")] == pytest.approx(1.0, abs=0.01)
    assert all(v < sg.MIN_SHARE for k, v in shares.items() if k != ("neck_angle", "right"))
    assert view.aspect == 0.5


def test_pattern_geometry_on_views():
    p = referral.pattern_on_view("sternocleidomastoid_sternal", "right", "anterior")
    regions = {s.region.key: s.region.kind for s in p.shapes}
    assert regions[("sternum", "midline")] == "primary"               # midline stays midline
    assert ("cheek_maxilla", "right") in regions and ("cheek_maxilla", "left") not in regions
    assert [m.key for m in p.missing] == [("occiput", "right")]          # not on the front view
    assert p.sites and all(s.side == "right" for s in p.sites)
    assert all(s.polygons for s in p.shapes)
    masseter = referral.pattern_on_view("masseter", "left", "posterior")
    assert masseter.primary_shown == 0 and masseter.missing
    assert not referral.shows_pattern("masseter", "left", "posterior")
    views = referral.views_for("masseter", "left")
    assert views[0] in ("head_lateral_left", "lateral_left", "anterior")
    assert "head_lateral_right" not in views[:1]
    assert referral.referred_sides("ipsilateral", "midline") == ("right", "left")
    with pytest.raises(ValueError):
        referral.referred_sides("sideways", "right")


def test_twenty_zones_are_fast_enough_for_live_updates():
    view_ids = ["anterior", "posterior", "lateral_right", "head_lateral_right", "hand_dorsal"]
    zones = []
    for i in range(20):
        view = load_view(view_ids[i % 5])
        region = view.regions[(i * 7) % len(view.regions)]
        zones.append(Zone(i + 1, view.id, region.polygons, 5))
    sg.suggest(zones)
    sg.clear_caches()
    t0 = time.perf_counter()
    sg.suggest(zones)
    cold = time.perf_counter() - t0
    t0 = time.perf_counter()
    sg.suggest(zones)
    warm = time.perf_counter() - t0
    assert warm < 0.1 and cold < 0.5          # ~10-20 ms here; generous for loaded CI machines


# ---------------------------------------------------------------------------- ranking factors
@dataclass(frozen=True)
class Point:
    muscle: str | None
    side: str
    findings: frozenset = frozenset()
    zone_ids: frozenset = frozenset()


def test_the_by_area_prior_ranks_the_frequent_cause_first_and_says_so():
    ranked = sg.suggest([region_zone(1, "anterior", [("temple", "right")])])
    assert (ranked[0].muscle_id, ranked[0].side) == ("upper_trapezius", "right")
    assert ranked[0].prior == pytest.approx(1.0) and ranked[0].prior_areas == ("Temple headache",)
    assert "A frequent cause of temple headache" in ranked[0].reason
    unranked = next(s for s in ranked if s.muscle_id == "semispinalis_capitis")
    assert unranked.prior == 0.0 and "frequent cause" not in unranked.reason
    plain = sg.Suggester(use_prior=False).suggest([region_zone(1, "anterior", [("temple", "right")])])
    assert all(s.prior == 0.0 for s in plain)
    assert rank_of(plain, "upper_trapezius", "right") > 0          # without the prior it is not first


def test_prior_tiers_follow_the_sources_order():
    from bodymap.domain.suggest_prior import prior_table
    table = prior_table()
    assert table[("heel", "gastrocnemius")][0] == 1.0
    assert table[("heel", "quadratus_plantae")][0] == pytest.approx(0.5)
    assert table[("heel", "soleus")][0] == pytest.approx(1 / 3)
    assert ("flank", "gastrocnemius") not in table                  # no source orders flank pain
    for area in reference.area_priors():
        assert area.sources and area.note and area.order


def test_a_region_follows_its_most_specific_area():
    # The thumb is in the wrist-and-hand area and in the thumb area: the pages about thumb pain
    # order it, so the wrist flexors and the pectoralis minor have no prior there, the short
    # thumb muscles come first, and the rest of the hand keeps the general order.
    from bodymap.domain.suggest_prior import prior_table
    table = prior_table()
    assert table[("thumb", "adductor_pollicis")] == (1.0, "Thumb pain")
    assert table[("thumb", "scalenes")][0] == pytest.approx(0.5)
    assert ("thumb", "flexor_carpi_ulnaris") not in table and ("thumb", "pectoralis_minor") not in table
    assert table[("palm", "flexor_carpi_ulnaris")] == (1.0, "Wrist and hand pain")
    assert ("palm", "adductor_pollicis") not in table
    assert table[("vertex", "splenius_capitis")] == (1.0, "Pain on the top of the head")
    assert ("vertex", "upper_trapezius") not in table and table[("occiput", "upper_trapezius")][0] == 1.0
    # equally specific areas share a region: the sole's and the heel's lists both order the arch
    assert table[("plantar_arch", "gastrocnemius")][0] == 1.0
    assert table[("plantar_arch", "quadratus_plantae")][0] == pytest.approx(0.5)
    assert table[("plantar_arch", "flexor_digitorum_longus")][0] == 1.0


def test_thumb_pain_ranks_the_thumb_muscles_above_the_general_hand_list():
    # With the general wrist-and-hand order the scalenes came first for a thumb drawn alone and
    # the adductor pollicis had no prior; the muscles whose referral is the thumb itself
    # (brachialis, supinator, brachioradialis) may still come before them.
    ranked = sg.suggest([region_zone(1, "hand_palmar", [("thumb", "left")])])
    order = [s.muscle_id for s in ranked]
    assert order.index("opponens_pollicis") < order.index("scalenes")
    assert order.index("adductor_pollicis") < order.index("scalenes")
    assert "flexor_carpi_ulnaris" not in order[:6] and "pectoralis_minor" not in order[:6]
    assert "A frequent cause of thumb pain" in ranked[order.index("adductor_pollicis")].reason


def test_the_prior_averages_over_the_painful_regions_by_membership_not_area():
    from bodymap.domain.suggest_prior import Priors

    def prior_of(muscle_id, painful, sides):
        return Priors(painful).of(muscle_id, sides)
    right = ("right",)
    heel_and_flank = {("heel", "right"): 1.0, ("flank", "right"): 1.0}
    value, areas = prior_of("gastrocnemius", heel_and_flank, right)
    assert value == pytest.approx(0.5) and areas == ("Heel and arch pain (plantar fasciopathy)",)
    faint_flank = {("heel", "right"): 1.0, ("flank", "right"): 0.25}
    assert prior_of("gastrocnemius", faint_flank, right)[0] == pytest.approx(0.8)
    # pain on the other side counts in the average, not in the sum
    both_heels = {("heel", "right"): 1.0, ("heel", "left"): 1.0}
    assert prior_of("gastrocnemius", both_heels, right)[0] == pytest.approx(0.5)
    assert prior_of("gastrocnemius", both_heels, ("right", "left"))[0] == pytest.approx(1.0)
    # a midline region counts for either side
    sacrum = {("sacrum", "midline"): 1.0}
    assert prior_of("gluteus_maximus", sacrum, ("left",))[0] == pytest.approx(1.0)
    assert prior_of("gastrocnemius", {}, right) == (0.0, ())


def test_the_prior_counts_an_area_the_pattern_reaches_only_in_part():
    # Pain all round the shoulder: the infraspinatus, which the shoulder-pain sources name
    # first, reaches the back and side of the shoulder only in part of its pattern; the prior
    # still counts the whole shoulder for it.
    zone = region_zone(1, "lateral_right", [("anterior_shoulder", "right"), ("lateral_shoulder", "right"),
                                            ("posterior_shoulder", "right")])
    infraspinatus = next(s for s in sg.suggest([zone]) if s.muscle_id == "infraspinatus")
    assert infraspinatus.prior == pytest.approx(1.0)
    assert infraspinatus.prior_areas == ("Shoulder pain",)


def test_the_references_confidence_breaks_an_equal_fit():
    base = reference.muscle("temporalis")
    unsure = dataclasses.replace(base, id="unsure_temporalis", name="Unsure temporalis", confidence="low")
    ranked = sg.Suggester([unsure, base], use_prior=False).suggest(
        [region_zone(1, "anterior", [("temple", "right"), ("eyebrow", "right")])])
    assert [s.muscle_id for s in ranked[:2]] == ["temporalis", "unsure_temporalis"]
    assert ranked[1].score == pytest.approx(ranked[0].score * sg.CONFIDENCE_WEIGHT["low"])


def test_a_region_no_drawn_view_shows_counts_less_than_one_seen_and_left_blank():
    # Two made-up patterns over the back of the hand plus one more primary region: the wrist
    # (on the hand view, left blank) or the lateral epicondyle (not on the hand view: unknown).
    base = reference.muscle("extensor_carpi_radialis_brevis")
    size = lambda rid: sg.region_sizes()[rid] ** sg.SIZE_POWER  # noqa: E731

    def made(mid, extra):
        referral_ = dataclasses.replace(base.referral, primary=("hand_dorsal", extra), spillover=())
        return dataclasses.replace(base, id=mid, name=mid, referral=referral_, trigger_points=())
    seen, unseen = made("blank_wrist", "wrist_dorsal"), made("unknown_elbow", "lateral_epicondyle")
    ranked = sg.Suggester([seen, unseen], use_prior=False).suggest(
        [region_zone(1, "hand_dorsal", [("hand_dorsal", "right")])])
    by_id = {s.muscle_id: s for s in ranked}
    hand = size("hand_dorsal")
    assert by_id["blank_wrist"].precision == pytest.approx(hand / (hand + size("wrist_dorsal")))
    assert by_id["unknown_elbow"].precision == pytest.approx(
        hand / (hand + sg.UNSEEN_WEIGHT * size("lateral_epicondyle")))
    assert [p.region_id for p in by_id["unknown_elbow"].unseen] == ["lateral_epicondyle"]
    assert "Not on the views drawn: Lateral epicondyle" in by_id["unknown_elbow"].reason
    assert [p.region_id for p in by_id["blank_wrist"].not_drawn] == ["wrist_dorsal"]


def test_a_charted_trigger_point_that_reproduced_the_pain_ranks_its_muscle_up():
    zones = [region_zone(1, "anterior", [("temple", "right")])]
    plain = sg.suggest(zones)
    before = rank_of(plain, "semispinalis_capitis", "right")
    assert before > 0
    recognised = [Point("semispinalis_capitis", "right", frozenset({"pain_recognition"}))]
    ranked = sg.suggest(zones, trigger_points=recognised)
    assert rank_of(ranked, "semispinalis_capitis", "right") < before
    mine = ranked[rank_of(ranked, "semispinalis_capitis", "right")]
    assert mine.reproduced and "reproduced the pain" in mine.reason
    linked = [Point("semispinalis_capitis", "right", zone_ids=frozenset({1}))]   # named a source of zone 1
    assert rank_of(sg.suggest(zones, trigger_points=linked), "semispinalis_capitis", "right") < before
    # neither recognised nor linked, on the other side, or with no muscle: no change
    for points in ([Point("semispinalis_capitis", "right", frozenset({"taut_band"}))],
                   [Point("semispinalis_capitis", "left", frozenset({"pain_recognition"}))],
                   [Point(None, "right", frozenset({"pain_recognition"}))]):
        assert [(s.muscle_id, s.side, s.score) for s in sg.suggest(zones, trigger_points=points)] == \
            [(s.muscle_id, s.side, s.score) for s in plain]


def test_pain_on_both_sides_suggests_a_muscle_on_both_sides():
    both_sides = [("lumbar_paraspinal", "right"), ("lumbar_paraspinal", "left")]
    ranked = sg.suggest([region_zone(1, "posterior", both_sides)])
    iliopsoas = {s.side: s for s in ranked if s.muscle_id == "iliopsoas"}
    assert set(iliopsoas) == {"right", "left", sg.BOTH}
    assert iliopsoas[sg.BOTH].coverage == pytest.approx(1.0)
    assert iliopsoas[sg.BOTH].score > iliopsoas["right"].score
    one_side = sg.suggest([region_zone(1, "posterior", both_sides[:1])])
    assert all(s.side != sg.BOTH for s in one_side)


def test_a_muscle_listed_on_both_sides_does_not_fill_the_list_again_with_its_single_sides():
    both_calves = [("calf", "right"), ("calf", "left")]
    ranked = sg.suggest([region_zone(1, "posterior", both_calves)])
    paired = {s.muscle_id for s in ranked if s.side == sg.BOTH}
    assert (ranked[0].muscle_id, ranked[0].side) == ("gastrocnemius", sg.BOTH) and "soleus" in paired
    first_single = next(i for i, s in enumerate(ranked) if s.side != sg.BOTH and s.muscle_id in paired)
    # every other muscle comes before the single sides of the ones already listed on both sides
    assert all(s.side == sg.BOTH or s.muscle_id in paired for s in ranked[first_single:])
    top5 = [(s.muscle_id, s.side) for s in ranked[:5]]
    assert len({m for m, _s in top5}) == 5, top5                   # five different muscles


def test_region_sizes_share_one_scale_across_views():
    sizes = sg.region_sizes()
    assert set(sizes) == set(reference.region_ids()) and all(v > 0 for v in sizes.values())
    assert sizes["thumb"] < sizes["hand_dorsal"] < sizes["posterior_thigh"]    # close-up regions scaled
    assert sizes["upper_teeth"] < sizes["temple"]


def test_pain_over_a_muscles_own_trigger_points_lists_it_as_local_pain():
    # The back of the shoulder blade: the infraspinatus's trigger points lie there, and its
    # referral map (front of the shoulder, side of the arm) does not reach it. Listed, with a
    # reason that says why, on the side drawn only; the local region is not "not on the views".
    ranked = sg.suggest([region_zone(1, "posterior", [("scapula_body", "right")])])
    infraspinatus = next(s for s in ranked if s.muscle_id == "infraspinatus")
    assert infraspinatus.side == "right"
    assert [(m.region_id, m.kind) for m in infraspinatus.explained] == [("scapula_body", "local")]
    assert "its trigger points lie in the painful area: Shoulder blade (infraspinous area) (R)" in infraspinatus.reason
    assert infraspinatus.coverage == pytest.approx(sg.LOCAL_COVERAGE)      # all the pain, at the local weight
    assert all(p.kind != "local" for p in infraspinatus.unseen)
    assert not any(s.muscle_id == "infraspinatus" and s.side == "left" for s in ranked)
    # local pain explains less than the referral zone does: pain at the front of the shoulder
    # (its primary zone) gives a higher coverage than the same pain over its trigger points
    front = sg.suggest([region_zone(1, "anterior", [("anterior_shoulder", "right")])])
    assert next(s for s in front if s.muscle_id == "infraspinatus").coverage > infraspinatus.coverage


def test_a_crossed_muscles_blank_trigger_point_region_counts_a_little_against_it():
    base = reference.muscle("temporalis")
    crossed = dataclasses.replace(base, id="crossed_temporalis", referral=dataclasses.replace(
        base.referral, side="contralateral"))
    ranked = sg.Suggester([base, crossed]).suggest(
        [region_zone(1, "anterior", [("temple", "right"), ("eyebrow", "right")])])
    assert [(s.muscle_id, s.side) for s in ranked[:2]] == [("temporalis", "right"), ("crossed_temporalis", "left")]
    assert ranked[1].score == pytest.approx(ranked[0].score, rel=0.15)
