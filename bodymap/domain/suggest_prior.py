"""The per-area frequency prior of the suggestions (Qt-free).

By-area sources rank the muscles that most often cause pain in an area ("area_priors" in the
reference, with their sources). A muscle in tier t (0 = most frequent) of an area gets
``1 / (1 + t)`` for each region of that area; muscles the sources do not rank, and regions of
areas they give no order for, get nothing. Where areas overlap, a region takes the order of the
most specific area (the fewest regions): the thumb follows the thumb-pain pages, not the general
wrist-and-hand list.

A candidate's prior is that value averaged over the painful regions of the drawing, each
weighed by how clearly it is painful (its membership), not by its area: a source that names the
quadratus lumborum first for low back pain speaks of the complaint, and a large buttock drawn
with it is one more painful region, not five times the complaint. Regions on the candidate's
side (or the midline) count in the sum; every painful region counts in the average, so pain on
the other side or in an area the sources do not order dilutes the prior. The prior does not ask
whether the reference's pattern of the muscle reaches the region: the by-area sources name the
muscle for pain in the area, whether the reference files that region as its primary zone, its
spillover zone, or (a source's wider reading) neither.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable, Mapping

from bodymap.domain import reference

MIDLINE = "midline"


@functools.cache
def prior_table() -> dict[tuple[str, str], tuple[float, str]]:
    """(region id, muscle id) -> (prior value 0..1, label of the area it comes from).

    A region in several areas takes the order of the most specific of them, the one with the
    fewest regions (a page about thumb pain says more about the thumb than one about wrist and
    hand pain); equally specific areas share the region, each muscle at its best tier."""
    areas = reference.area_priors()
    specific: dict[str, int] = {}
    for area in areas:
        for region_id in area.regions:
            specific[region_id] = min(specific.get(region_id, len(area.regions)), len(area.regions))
    table: dict[tuple[str, str], tuple[float, str]] = {}
    for area in areas:
        for tier, muscles in enumerate(area.order):
            for muscle_id in muscles:
                for region_id in area.regions:
                    if len(area.regions) > specific[region_id]:
                        continue                    # a more specific area orders this region
                    value = 1.0 / (1 + tier)
                    if value > table.get((region_id, muscle_id), (0.0, ""))[0]:
                        table[(region_id, muscle_id)] = (value, area.label)
    return table


@functools.cache
def _by_region() -> dict[str, tuple[tuple[str, float, str], ...]]:
    """region id -> ((muscle id, value, area label), ...), the muscles the sources rank for it."""
    out: dict[str, list[tuple[str, float, str]]] = {}
    for (region_id, muscle_id), (value, label) in sorted(prior_table().items()):
        out.setdefault(region_id, []).append((muscle_id, value, label))
    return {r: tuple(v) for r, v in out.items()}


class Priors:
    """The priors of every muscle for one drawing, summed once over its painful regions.

    ``painful`` maps (region id, patient side) to the region's membership (0..1, how clearly it
    is painful)."""

    def __init__(self, painful: Mapping[tuple[str, str], float]):
        self.total = sum(painful.values())
        sums: dict[tuple[str, str], float] = {}                # (muscle, side) -> sum
        areas: dict[tuple[str, str], tuple[str, ...]] = {}
        table = _by_region()
        for (region_id, side), membership in sorted(painful.items()):
            if membership <= 0:
                continue
            for muscle_id, value, label in table.get(region_id, ()):
                key = (muscle_id, side)
                sums[key] = sums.get(key, 0.0) + membership * value
                if label not in areas.get(key, ()):
                    areas[key] = (*areas.get(key, ()), label)
        self._found = {key: (sums[key], areas[key]) for key in sums}

    def of(self, muscle_id: str, sides: Iterable[str]) -> tuple[float, tuple[str, ...]]:
        """The prior (0..1) of a muscle on ``sides`` (midline regions count for every side)
        and the labels of the areas that gave it."""
        value = 0.0
        areas: tuple[str, ...] = ()
        for side in (*sides, MIDLINE):
            hit = self._found.get((muscle_id, side))
            if hit is not None:
                value += hit[0]
                areas = hit[1] if not areas else (*areas, *(a for a in hit[1] if a not in areas))
        return (min(1.0, value / self.total), areas) if value else (0.0, ())

