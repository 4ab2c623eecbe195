"""The suggestion evaluation set (benchmarks/data/suggest_eval.json) and its scoring."""
from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))

import eval_suggest as ev  # noqa: E402
from naive_suggest import naive_rank  # noqa: E402

from bodymap.domain import reference  # noqa: E402
from bodymap.domain.diagrams import load_view  # noqa: E402

DATA, CASES = ev.load()
AREAS = {"head", "neck", "shoulder", "arm", "hand", "trunk", "hip", "leg", "foot"}


def test_the_set_covers_every_area_with_enough_cases():
    assert len(CASES) >= 50
    assert {c.area for c in CASES} == AREAS
    assert len({c.id for c in CASES}) == len(CASES)


def test_every_case_is_well_formed_and_sourced():
    muscles = set(reference.muscle_ids())
    for raw, case in zip(DATA["cases"], CASES):
        assert case.zones and all(z.polygons for z in case.zones), case.id
        assert set(case.expected) <= muscles and len(set(case.expected)) == len(case.expected), case.id
        assert 1 <= len(case.must) <= 2 and set(case.must) <= set(case.expected), case.id
        assert case.side in ("right", "left", "any"), case.id
        assert raw["sources"] and all(s in DATA["sources"] for s in raw["sources"]), case.id
    for source in DATA["sources"].values():
        assert source["url"].startswith("http") and source["says"]


def test_the_split_is_fixed_alternating_within_each_area():
    seen: Counter = Counter()
    first = [c for c in CASES if c.part not in ("heldout2", "heldout3", "heldout4", "heldout5", "heldout6",
                                                "heldout7", "heldout8")]
    assert CASES[:len(first)] == first                 # the fresh parts come after the first set
    assert [c.part for c in CASES[len(first):]] == sorted(c.part for c in CASES[len(first):])
    for case in first:
        assert case.part == ("tune" if seen[case.area] % 2 == 0 else "seen"), case.id
        seen[case.area] += 1
    parts = Counter(c.part for c in CASES)
    assert set(parts) == set(ev.PARTS)
    assert parts["seen"] >= 25 and parts["tune"] >= 25


def _drawing(raw: dict) -> frozenset:
    return frozenset((z["view"], tuple(sorted(z["regions"])), tuple(sorted(z.get("sides", ()))))
                     for z in raw["zones"])


@pytest.mark.parametrize("part, earlier_parts, least", [
    ("heldout2", ("tune", "seen"), 30), ("heldout3", ("tune", "seen", "heldout2"), 40),
    ("heldout4", ("tune", "seen", "heldout2", "heldout3"), 50),
    ("heldout5", ("tune", "seen", "heldout2", "heldout3", "heldout4"), 50),
    ("heldout6", ("tune", "seen", "heldout2", "heldout3", "heldout4", "heldout5"), 50),
    ("heldout7", ("tune", "seen", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6"), 50),
    ("heldout8", ("tune", "seen", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7"), 50)])
def test_each_fresh_held_out_part_covers_every_area_with_new_drawings(part, earlier_parts, least):
    fresh = [raw for raw in DATA["cases"] if raw["part"] == part]
    assert len(fresh) >= least
    assert {raw["area"] for raw in fresh} == AREAS
    earlier = {_drawing(raw) for raw in DATA["cases"] if raw["part"] in earlier_parts}
    for raw in fresh:
        assert _drawing(raw) not in earlier, raw["id"]   # a new area or combination, not a repeat
    assert len({_drawing(raw) for raw in fresh}) == len(fresh)
    assert part in DATA["about"] and "seen" in DATA["about"]


def test_every_zone_region_is_on_its_view():
    for raw in DATA["cases"]:
        for z in raw["zones"]:
            regions = {r.id for r in load_view(z["view"]).regions}
            assert set(z["regions"]) <= regions, (raw["id"], z["view"])


def test_scores_count_ranks_and_sides():
    case = ev.Case("x", "head", "tune", "t", "right", (), ("a", "b"), ("a",))
    perfect, misses = ev.score([case], [[("a", "right"), ("b", "either")]])
    assert (perfect.must_top3, perfect.recall5, perfect.mrr, misses) == (1.0, 1.0, 1.0, [])
    wrong_side, misses = ev.score([case], [[("a", "left"), ("c", "right"), ("d", "right"), ("e", "right"),
                                            ("a", "right")]])
    assert wrong_side.must_top3 == 0.0 and misses == ["x"]
    assert wrong_side.mrr == pytest.approx(1 / 5) and wrong_side.recall5 == pytest.approx(0.5)


def test_the_naive_baseline_ranks_by_primary_share_first():
    heel = next(c for c in CASES if c.id == "heel_r")
    ranked = naive_rank(heel.zones)
    primary_heel = {m.id for m in reference.muscles() if "heel" in m.referral.primary}
    top = {m for m, _s in ranked[:len(primary_heel)]}
    assert top == primary_heel


def test_the_tuning_script_never_reads_the_newest_held_out_part():
    import tune_suggest
    assert ev.TUNE_ELIGIBLE == ev.PARTS[:-1] and "heldout8" not in ev.TUNE_ELIGIBLE   # never the newest
    assert set(tune_suggest.PARTS) <= set(ev.TUNE_ELIGIBLE)


def test_the_ranking_holds_its_targets_on_the_seen_cases():
    # The targets on the part that was held out first (now 'seen', tune-eligible); the fresh
    # held-out part is reported by benchmarks/eval_suggest.py, never asserted (docs/SUGGESTIONS.md).
    results = ev.evaluate(CASES, ("seen",))["seen"]
    ours, naive = results["bodymap"][0], results["naive"][0]
    assert ours.cases == sum(c.part == "seen" for c in CASES)
    assert ours.must_top3 >= 0.90                      # the target (docs/SUGGESTIONS.md)
    assert ours.must_top3 > naive.must_top3 and ours.mrr > naive.mrr


def test_the_ranking_holds_its_targets_on_every_part_seen_before():
    # The targets (must-top-3 at least 0.90 and at least the naive baseline's + 0.05) on
    # the four oldest parts, together (171 cases): a regression guard, not a held-out claim.
    seen = ("tune", "seen", "heldout2", "heldout3")
    cases = [c for c in CASES if c.part in seen]
    ours, _ = ev.score(cases, [ev.ranked_suggestions(c.zones) for c in cases])
    naive, _ = ev.score(cases, [naive_rank(c.zones) for c in cases])
    assert ours.cases == len(cases) >= 170
    assert ours.must_top3 >= 0.90 and ours.must_top3 >= naive.must_top3 + 0.05
    assert ours.mrr > naive.mrr
