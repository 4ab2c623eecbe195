"""Evaluation of the muscle suggestions against pain presentations from by-area sources.

Run:  .venv/bin/python benchmarks/eval_suggest.py [--part tune|seen|heldout2|heldout3|heldout4|heldout5|heldout6|heldout7|heldout8|all]
      [--misses]
      (or `make eval`)

The cases are benchmarks/data/suggest_eval.json (sources, split and format described there and in
docs/SUGGESTIONS.md). Each case's zones are drawn exactly over its regions; the ranking from
bodymap.domain.suggest and the naive baseline (benchmarks/naive_suggest.py) are scored in the
same run, and the bodymap ranking without its per-area frequency prior ("no-prior"), which
shares sources with the cases. Per part:

  tune      the cases the weights were first chosen on
  seen      the first held-out part: looked at while earlier weights were chosen, so no longer
            held out; reported apart so it can be compared with earlier figures
  heldout2  the second held-out part, written and committed before it was first ranked; ranked
            once at the end of its round, so it has been seen too
  heldout3  the third held-out part, written and committed before any ranking of it was run;
            evaluated once at the end of its round, so it has been seen too
  heldout4  the fourth held-out part, written and committed before any ranking of it was run;
            evaluated once at the end of its round, so it has been seen too
  heldout5  the fifth held-out part, the same; evaluated once with the ranking unchanged
  heldout6  the sixth held-out part, the same; evaluated once with the ranking unchanged
  heldout7  the seventh held-out part, written and committed before any ranking of it was run;
            evaluated once at the end of its round (local pain), so it has been seen too: a
            further claim about fresh cases needs a new part, written before it is ranked
  heldout8  the eighth held-out part, written and committed before any ranking of it was run;
            evaluated once at the end of its round (the most specific by-area order), so it has
            been seen too: a further claim about fresh cases needs a new part

Every part but the newest is tune-eligible (TUNE_ELIGIBLE; benchmarks/tune_suggest.py reads only
them): the later rounds' changes were examined on every part evaluated before them.

and for each:

  must-top-3  share of cases whose must-rank muscles (one or two) all rank in the top 3
  recall@5    mean share of a case's expected muscles found in the top 5 (recall@10: top 10)
  MRR         mean of 1 / rank of the best-ranked must-rank muscle (0 if absent)

A muscle counts when its id matches and its side is the case's side (or 'either' for a
bilateral pattern; a case side 'any' accepts both sides). Misses (a must-rank muscle outside
the top 3) are listed with the ranks of the expected muscles and what ranked above them.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from naive_suggest import naive_rank  # noqa: E402

from bodymap.domain import reference  # noqa: E402
from bodymap.domain import suggest as sg  # noqa: E402
from bodymap.domain.diagrams import load_view  # noqa: E402

DATA = Path(__file__).resolve().parent / "data" / "suggest_eval.json"
PARTS = ("tune", "seen", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7",
         "heldout8")
TUNE_ELIGIBLE = PARTS[:-1]          # every part but the newest held-out one
Ranking = list[tuple[str, str]]          # (muscle id, side), best first


@dataclass(frozen=True)
class Zone:
    id: int
    view: str
    polygons: tuple
    intensity: int = 6


@dataclass(frozen=True)
class Case:
    id: str
    area: str
    part: str
    title: str
    side: str
    zones: tuple[Zone, ...]
    expected: tuple[str, ...]
    must: tuple[str, ...]


def load(path: Path = DATA) -> tuple[dict, list[Case]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return data, [_case(raw) for raw in data["cases"]]


def _case(raw: dict) -> Case:
    zones = []
    for i, z in enumerate(raw["zones"], 1):
        view = load_view(z["view"])
        polys: list = []
        for rid in z["regions"]:
            sides = ("midline",) if not reference.is_paired(rid) else tuple(z.get("sides", [raw["side"]]))
            for side in sides:
                region = view.region(rid, side)
                if region is None:
                    raise ValueError(f"{raw['id']}: {rid} ({side}) is not on view {z['view']}")
                polys += region.polygons
        zones.append(Zone(i, z["view"], tuple(polys), z.get("intensity", 6)))
    return Case(raw["id"], raw["area"], raw["part"], raw["title"], raw["side"], tuple(zones),
                tuple(raw["expected"]), tuple(raw["must_top3"]))


def rank_of(ranking: Ranking, muscle_id: str, side: str) -> int | None:
    """1-based rank of the muscle on the case's side (None if absent)."""
    for i, (mid, s) in enumerate(ranking, 1):
        if mid == muscle_id and (side == "any" or s in (side, sg.EITHER)):
            return i
    return None


@dataclass(frozen=True)
class Scores:
    cases: int
    must_top3: float
    recall5: float
    recall10: float
    mrr: float


def score(cases: Sequence[Case], rankings: Sequence[Ranking]) -> tuple[Scores, list[str]]:
    """The figures over cases (rankings in the same order) and the ids of the misses."""
    hits = r5 = r10 = rr = 0.0
    misses = []
    for case, ranking in zip(cases, rankings):
        ranks = {m: rank_of(ranking, m, case.side) for m in case.expected}
        must = [ranks[m] for m in case.must]
        ok = all(r is not None and r <= 3 for r in must)
        hits += ok
        if not ok:
            misses.append(case.id)
        r5 += sum(1 for r in ranks.values() if r is not None and r <= 5) / len(case.expected)
        r10 += sum(1 for r in ranks.values() if r is not None and r <= 10) / len(case.expected)
        best = min((r for r in must if r is not None), default=None)
        rr += 1.0 / best if best else 0.0
    n = max(1, len(cases))
    return Scores(len(cases), hits / n, r5 / n, r10 / n, rr / n), misses


def ranked_suggestions(zones: Sequence[Zone]) -> Ranking:
    return [(s.muscle_id, s.side) for s in sg.suggest(zones)]


_NO_PRIOR = sg.Suggester(use_prior=False)


def ranked_without_prior(zones: Sequence[Zone]) -> Ranking:
    """The same ranking with the per-area frequency prior left out (how much it contributes)."""
    return [(s.muscle_id, s.side) for s in _NO_PRIOR.suggest(zones)]


RANKERS: dict[str, Callable[[Sequence[Zone]], Ranking]] = {
    "naive": naive_rank, "bodymap": ranked_suggestions, "no-prior": ranked_without_prior}


def evaluate(cases: Sequence[Case], parts: Sequence[str] = PARTS
             ) -> dict[str, dict[str, tuple[Scores, list[str], list[Ranking]]]]:
    """Scores, misses and rankings per part and ranking (only the parts asked for are ranked)."""
    out: dict[str, dict[str, tuple[Scores, list[str], list[Ranking]]]] = {}
    for part in parts:
        chosen = [c for c in cases if c.part == part]
        out[part] = {}
        for name, ranker in RANKERS.items():
            rankings = [ranker(c.zones) for c in chosen]
            scores, misses = score(chosen, rankings)
            out[part][name] = (scores, misses, rankings)
    return out


def _describe_miss(case: Case, ranking: Ranking) -> str:
    ranks = ", ".join(f"{m} {rank_of(ranking, m, case.side) or '-'}" for m in case.expected)
    top = ", ".join(f"{m} ({s[0] if s != 'either' else 'e'})" for m, s in ranking[:3])
    return f"  {case.id:24s} must {'+'.join(case.must)}; ranks: {ranks}; top 3: {top}"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=(*PARTS, "all"), default="all",
                        help="the part to rank: tune, seen, heldout2, heldout3, heldout4, "
                             "heldout5, heldout6, heldout7, heldout8 (fresh: evaluate once) or all")
    parser.add_argument("--misses", choices=("new", "all", "none"), default="new",
                        help="list the misses of the bodymap ranking (default), of all, or none")
    args = parser.parse_args(argv)
    _data, cases = load()
    parts = PARTS if args.part == "all" else (args.part,)
    results = evaluate(cases, parts)
    counts = ", ".join(f"{sum(c.part == p for c in cases)} {p}" for p in PARTS)
    print(f"{len(cases)} cases ({counts}) from {DATA.name}")
    print(f"{'part':8s} {'ranking':8s} {'cases':>5s} {'must-top-3':>10s} {'recall@5':>9s} "
          f"{'recall@10':>9s} {'MRR':>6s}")
    for part in parts:
        for name in RANKERS:
            s = results[part][name][0]
            print(f"{part:8s} {name:8s} {s.cases:5d} {s.must_top3:10.3f} {s.recall5:9.3f} "
                  f"{s.recall10:9.3f} {s.mrr:6.3f}")
    shown = {"new": ("bodymap",), "all": tuple(RANKERS), "none": ()}[args.misses]
    for part in parts:
        chosen = [c for c in cases if c.part == part]
        for name in shown:
            _scores, misses, rankings = results[part][name]
            print(f"\nmisses, {part}, {name}: {len(misses)}")
            for case, ranking in zip(chosen, rankings):
                if case.id in misses:
                    print(_describe_miss(case, ranking))
    return 0


if __name__ == "__main__":
    sys.exit(main())
