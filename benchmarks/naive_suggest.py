"""The naive baseline the suggestions are measured against (benchmarks/eval_suggest.py).

A textbook-index lookup: rank every muscle (and side) by the share of the drawn pain that lies in
its primary zone, then by the share in its spillover zone, then by the reference's confidence
(high first), then by name. Same pain evidence and the same candidates as the real ranking, so
only the ordering differs."""
from __future__ import annotations

from collections.abc import Iterable

from bodymap.domain import reference
from bodymap.domain import suggest as sg
from bodymap.domain.referral import PRIMARY, SPILLOVER

_CONFIDENCE = {c: i for i, c in enumerate(reference.CONFIDENCE_LEVELS)}


def naive_rank(zones: Iterable[sg.PainZone]) -> list[tuple[str, str]]:
    """(muscle id, side) best first: primary-zone share, spillover share, confidence, name."""
    evidence, _observed = sg.pain_map(zones)
    total = sum(ev.pain for ev in evidence.values())
    if total <= 0:
        return []
    rows = []
    for cand in sg.default_suggester().candidates:
        if cand.side == sg.BOTH:
            continue                          # one side at a time, as a textbook index lists them
        primary = sum(ev.pain for key, ev in evidence.items() if cand.kinds.get(key) == PRIMARY)
        spill = sum(ev.pain for key, ev in evidence.items() if cand.kinds.get(key) == SPILLOVER)
        if primary + spill > 0:
            rows.append((-round(primary / total, 9), -round(spill / total, 9),
                         _CONFIDENCE.get(cand.muscle.confidence, 9), cand.muscle.name, cand.side,
                         cand.muscle.id))
    rows.sort()
    return [(r[-1], r[-2]) for r in rows]
