"""The per-area frequency prior of the suggestions (Qt-free).

By-area sources rank the muscles that most often cause pain in an area ("area_priors" in the
reference, with their sources). A muscle in tier t (0 = most frequent) of an area gets
``1 / (1 + t)`` for each region of that area; muscles the sources do not rank, and regions of
areas they give no order for, get nothing. A candidate's prior is that value averaged over the
drawn pain it explains: each painful region of its pattern weighs by its share of the pain.
"""
from __future__ import annotations

import functools
from collections.abc import Iterable

from bodymap.domain import reference


@functools.cache
def prior_table() -> dict[tuple[str, str], tuple[float, str]]:
    """(region id, muscle id) -> (prior value 0..1, label of the area it comes from)."""
    table: dict[tuple[str, str], tuple[float, str]] = {}
    for area in reference.area_priors():
        for tier, muscles in enumerate(area.order):
            for muscle_id in muscles:
                for region_id in area.regions:
                    value = 1.0 / (1 + tier)
                    if value > table.get((region_id, muscle_id), (0.0, ""))[0]:
                        table[(region_id, muscle_id)] = (value, area.label)
    return table


def prior_of(muscle_id: str, explained: Iterable[tuple[str, float]]) -> tuple[float, tuple[str, ...]]:
    """The prior (0..1) of a muscle for the painful regions it explains, given as
    (region id, share of the drawn pain), and the labels of the areas that gave it."""
    table = prior_table()
    value, areas = 0.0, []
    for region_id, share in explained:
        hit = table.get((region_id, muscle_id))
        if hit is not None:
            value += share * hit[0]
            if hit[1] not in areas:
                areas.append(hit[1])
    return min(1.0, value), tuple(areas)
