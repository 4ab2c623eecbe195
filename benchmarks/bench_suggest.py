"""Benchmark: muscle suggestions for a visit with 20 pain zones.

Run:  .venv/bin/python benchmarks/bench_suggest.py [--repeats N]

Prints the median and spread (min / quartiles / max) of
  * cold:  suggest(top=10) with the per-zone region shares forgotten (every zone measured again),
  * warm:  suggest() with the shares cached (what a live update costs when one zone changed:
           the other 19 are cached),
  * one changed zone: 19 cached zones + one new one,
and, as the baseline measured in the same run, the cost of geometry.regions_touched() for the
same 20 zones (what the service already does when the zones are saved). Ratios are
suggest / baseline, so the figure does not depend on the machine.
"""
from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bodymap.domain import suggest as sg  # noqa: E402
from bodymap.domain.diagrams import load_view  # noqa: E402
from bodymap.domain.geometry import regions_touched  # noqa: E402
from bodymap.services.demo import blob, region_point  # noqa: E402

TOP = 10          # what the CLI prints by default (the dock shows 8); reasons are built for these
VIEWS = ("anterior", "posterior", "lateral_right", "head_lateral_right", "hand_dorsal")


@dataclass(frozen=True)
class Zone:
    id: int
    view: str
    polygons: tuple
    intensity: int


def make_zones(n: int = 20, seed: int = 7) -> list[Zone]:
    rng = random.Random(seed)
    zones = []
    for i in range(n):
        view = load_view(VIEWS[i % len(VIEWS)])
        region = rng.choice(view.regions)
        x, y = region_point(view.id, region.id, region.side)
        r = rng.uniform(0.015, 0.04)
        poly = blob(x, y, r / view.aspect, r * rng.uniform(0.8, 1.6), n=32)
        zones.append(Zone(i + 1, view.id, tuple(tuple(p) for p in poly), rng.randint(2, 9)))
    return zones


def timed(fn, repeats: int) -> list[float]:
    out = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t0) * 1000.0)
    return out


def spread(ms: list[float]) -> str:
    q = statistics.quantiles(ms, n=4)
    return (f"median {statistics.median(ms):7.2f} ms  (min {min(ms):.2f}, q1 {q[0]:.2f}, "
            f"q3 {q[2]:.2f}, max {max(ms):.2f})")


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeats", type=int, default=30)
    args = parser.parse_args(argv)
    zones = make_zones()
    sg.default_suggester()                       # built once per process (patterns, index)
    for view in VIEWS:                           # region shapes per view, also built once
        sg._view_regions(view)
    sg.suggest(zones)                            # warm up imports

    baseline = timed(lambda: [regions_touched(load_view(z.view), z.polygons) for z in zones], args.repeats)

    def cold():
        sg.clear_caches()
        sg.suggest(zones, top=TOP)
    cold_ms = timed(cold, args.repeats)
    sg.suggest(zones)
    warm_ms = timed(lambda: sg.suggest(zones, top=TOP), args.repeats)
    full_ms = timed(lambda: sg.suggest(zones), args.repeats)
    counter = iter(range(10**6))

    def one_changed():
        k = next(counter)
        moved = Zone(zones[0].id, zones[0].view,
                     tuple(tuple((x + 1e-6 * (k + 1), y) for x, y in p) for p in zones[0].polygons),
                     zones[0].intensity)
        sg.suggest([moved, *zones[1:]], top=TOP)
    changed_ms = timed(one_changed, args.repeats)

    base = statistics.median(baseline)
    print(f"20 zones on {len(VIEWS)} views, {args.repeats} runs each, "
          f"{len(sg.default_suggester().candidates)} candidate muscle/side patterns")
    print(f"baseline regions_touched x20   {spread(baseline)}")
    for name, ms in (("suggest, cold (no cache)     ", cold_ms),
                     ("suggest, warm (all cached)   ", warm_ms),
                     ("suggest, one zone changed    ", changed_ms),
                     ("warm, full ranking (no top)  ", full_ms)):
        print(f"{name}   {spread(ms)}   ratio {statistics.median(ms) / base:5.2f} x baseline")
    top = sg.suggest(zones, top=3)
    print("top 3:", ", ".join(f"{s.muscle_id} ({s.side}) {s.score:.2f}" for s in top))
    return 0


if __name__ == "__main__":
    sys.exit(main())
