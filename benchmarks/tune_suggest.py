"""Grid search of the suggestion weights on the tune-eligible parts of the evaluation set only.

Run:  .venv/bin/python benchmarks/tune_suggest.py [--top 10]

Prints the best settings by must-top-3, then MRR, then recall@5 on the tune-eligible cases
(every part but the newest held-out one; an earlier
grid also had a multiplicative prior weight, best at 0, and coverage/precision exponents, best
at 1; see docs/SUGGESTIONS.md), and for each
whether every muscle still ranks in the top 3 for a zone drawn over its own primary pattern (the
test in tests/domain/test_suggest.py). The newest held-out part is never read here."""
from __future__ import annotations

import argparse
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import eval_suggest as ev  # noqa: E402

from bodymap.domain import reference, referral  # noqa: E402
from bodymap.domain import suggest as sg  # noqa: E402
from bodymap.domain.diagrams import available_views, load_view  # noqa: E402

PARTS = ev.TUNE_ELIGIBLE          # every part but the newest held-out one
GRID = {
    "UNSEEN_WEIGHT": (0.5, 0.25),
    "PRECISION_POWER": (0.75, 1.0),
    "moderate": (0.9,),
    "low": (0.8, 0.7),
    "SPILLOVER_COVERAGE": (0.5, 0.75),
    "SPILLOVER_PRECISION": (0.1, 0.25),
    "SIZE_POWER": (0.25, 0.5),
    "PRIOR_SHARE": (0.3, 0.4, 0.5, 0.6),
    "LOCAL_COVERAGE": (0.5, 0.7),
}


def apply(settings: dict) -> None:
    for name in ("UNSEEN_WEIGHT", "PRECISION_POWER", "SIZE_POWER", "PRIOR_SHARE"):
        setattr(sg, name, settings[name])
    sg.CONFIDENCE_WEIGHT.update(moderate=settings["moderate"], low=settings["low"])
    sg._COVER_W[sg.SPILLOVER] = settings["SPILLOVER_COVERAGE"]
    sg._PREC_W[sg.SPILLOVER] = settings["SPILLOVER_PRECISION"]
    sg._COVER_W[sg.LOCAL] = settings["LOCAL_COVERAGE"]
    sg.default_suggester.cache_clear()            # its size weights follow SIZE_POWER


def primary_zones() -> list[tuple[str, str, ev.Zone]]:
    out = []
    for m in reference.muscles():
        for side in ("right", "left"):
            best = max((referral.pattern_on_view(m.id, side, v) for v in available_views()),
                       key=lambda p: (p.primary_shown, -available_views().index(p.view_id)))
            view = load_view(best.view_id)
            polys: list = []
            for s in best.shapes:
                if s.region.kind == referral.PRIMARY:
                    polys += view.region(*s.region.key).polygons
            out.append((m.id, side, ev.Zone(1, best.view_id, tuple(polys))))
    return out


def own_pattern_top3(zones) -> int:
    ok = 0
    for muscle_id, side, zone in zones:
        ranking = [(s.muscle_id, s.side) for s in sg.suggest([zone], top=3)]
        ok += any(m == muscle_id and s in (side, sg.EITHER) for m, s in ranking)
    return ok


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=5)
    args = parser.parse_args(argv)
    _data, cases = ev.load()
    tune = [c for c in cases if c.part in PARTS]
    rows = []
    names = list(GRID)
    for values in itertools.product(*GRID.values()):
        settings = dict(zip(names, values))
        apply(settings)
        scores, _misses = ev.score(tune, [ev.ranked_suggestions(c.zones) for c in tune])
        rows.append(((scores.must_top3, scores.mrr, scores.recall5), settings, scores))
    rows.sort(key=lambda r: r[0], reverse=True)
    zones = primary_zones()
    shown = 0
    for _key, settings, s in rows:            # best first; only those keeping the own-pattern test
        apply(settings)
        own = own_pattern_top3(zones)
        if own < len(zones):
            continue
        print(f"must {s.must_top3:.3f} mrr {s.mrr:.3f} r5 {s.recall5:.3f} r10 {s.recall10:.3f} "
              f"own-pattern top-3 {own}/{len(zones)}  {settings}")
        shown += 1
        if shown >= args.top:
            break
    return 0


if __name__ == "__main__":
    sys.exit(main())
