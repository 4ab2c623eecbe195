"""Does the drawn pain follow a dermatome? A coarse flag for possible radicular pain (Qt-free).

The layer (bodymap/assets/reference/dermatomes.json, with its sources) gives each body region the
dermatome(s), C2 to S2, it lies in. A region's share of the drawn pain (suggest.pain_map) is
split evenly among its dermatomes; regions without one (the face, variable areas) count as pain
outside every dermatome. For each side, the best window of one dermatome or two adjacent ones is
the one holding most of the drawn pain. The flag is raised when that window holds at least
``MIN_SHARE`` of all the drawn pain and the pain in it spans at least ``MIN_REGIONS`` regions (a
band along the dermatome, not a spot that happens to lie in one). The score is that share.

Dermatomes overlap and vary between people, and myofascial referral can look dermatomal
(gluteus minimus "pseudo-sciatica"): the flag asks the clinician to consider radicular pain; it
does not diagnose it.
"""
from __future__ import annotations

import functools
import json
from collections.abc import Iterable
from dataclasses import dataclass
from importlib import resources
from typing import Any

from bodymap.domain.diagrams import load_view
from bodymap.domain.suggest import Outline, PainZone, pain_map

MIN_SHARE = 0.85       # share of the drawn pain inside the window
MIN_REGIONS = 3        # distinct painful regions inside the window


@dataclass(frozen=True)
class RadicularFlag:
    side: str                         # the patient's side
    dermatomes: tuple[str, ...]       # one, or two adjacent ('L5',) / ('C6', 'C7')
    share: float                      # share of the drawn pain inside them, 0..1
    regions: tuple[str, ...]          # the painful region ids inside them

    def describe(self) -> str:
        which = "–".join(self.dermatomes)
        noun = "dermatome" if len(self.dermatomes) == 1 else "dermatomes"
        return (f"Follows the {self.side} {which} {noun} ({round(100 * self.share)} % of the drawn pain): "
                f"consider radicular pain.")


@functools.cache
def _layer() -> dict[str, Any]:
    path = resources.files("bodymap.assets").joinpath("reference/dermatomes.json")
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def order() -> tuple[str, ...]:
    """The dermatomes of the layer, head to foot (adjacent ones next to each other)."""
    return tuple(_layer()["order"])


def dermatomes_of(region_id: str) -> tuple[str, ...]:
    """The dermatome(s) a region lies in; () for a region outside C2-S2 or too variable."""
    return tuple(_layer()["regions"].get(region_id, ()))


def regions_of(names: Iterable[str]) -> tuple[str, ...]:
    """The region ids lying (at least partly) in any of the named dermatomes, in layer order."""
    wanted = set(names)
    return tuple(rid for rid, ds in _layer()["regions"].items() if wanted & set(ds))


def shapes_on_view(names: Iterable[str], side: str, view_id: str) -> tuple[Outline, ...]:
    """The polygons of those regions on one view, on the patient's side (midline regions too);
    empty when the view shows none of them."""
    view = load_view(view_id)
    out = []
    for rid in regions_of(names):
        region = view.region(rid, side) or view.region(rid, "midline")
        if region is not None:
            out.append(tuple(tuple((float(x), float(y)) for x, y in poly) for poly in region.polygons))
    return tuple(out)


def sources() -> tuple[dict[str, str], ...]:
    return tuple(_layer()["sources"])


def radicular_flag(zones: Iterable[PainZone]) -> RadicularFlag | None:
    """The flag for the zones, or None when the pain does not follow one or two dermatomes."""
    evidence, _observed = pain_map(zones)
    total = sum(ev.pain for ev in evidence.values())
    if total <= 0:
        return None
    names = order()
    best: RadicularFlag | None = None
    for side in ("right", "left"):
        per: dict[str, float] = {}
        where: dict[str, set[str]] = {}
        for (region_id, region_side), ev in evidence.items():
            if region_side not in (side, "midline"):
                continue
            ds = dermatomes_of(region_id)
            for d in ds:
                per[d] = per.get(d, 0.0) + ev.pain / len(ds)
                where.setdefault(d, set()).add(region_id)
        for i, d in enumerate(names):
            for window in ((d,), tuple(names[i:i + 2])):
                if len(window) == 2 and len(names[i:i + 2]) < 2:
                    continue
                share = sum(per.get(x, 0.0) for x in window) / total
                regions = set().union(*(where.get(x, set()) for x in window))
                if share >= MIN_SHARE and len(regions) >= MIN_REGIONS:
                    flag = RadicularFlag(side, window, share, tuple(sorted(regions)))
                    # the tightest explanation first: one dermatome before two, then more pain
                    if best is None or (len(flag.dermatomes), -flag.share) < (len(best.dermatomes), -best.share):
                        best = flag
    return best
