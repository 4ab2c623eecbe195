"""Referral-pattern geometry: where a muscle's trigger point on one side sends pain (Qt-free).

Sides are the PATIENT's. The reference gives each muscle a side rule relative to the trigger
point: ``ipsilateral`` (same side), ``contralateral`` (the other side) or ``bilateral`` (both
sides). Unpaired (midline) regions such as the sternum or the vertex are always ``midline``.
A trigger point on the midline (rare) is treated as bilateral.

``pattern_regions(muscle, side)`` lists the (region, side) pairs of the primary and spillover
zones; ``pattern_on_view(muscle, side, view)`` adds their polygons on one diagram view and
reports the ones that view does not show; ``views_for(muscle, side)`` ranks the views by how
much of the pattern they show (for "Show on view").
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

from bodymap.domain import reference
from bodymap.domain.diagrams import TriggerPointSite, available_views, load_view

PRIMARY, SPILLOVER = "primary", "spillover"
LOCAL = "local"       # pain over a trigger point's own region (the suggestions; not part of the referral map)
EITHER = "either"     # the side of a trigger point whose pattern is the same on the left and the right
_OTHER = {"left": "right", "right": "left"}


@dataclass(frozen=True)
class PatternRegion:
    region_id: str
    side: str            # the patient's side: 'left' | 'right' | 'midline'
    kind: str            # 'primary' | 'spillover' | 'local' (a trigger point's own region)
    label: str

    @property
    def key(self) -> tuple[str, str]:
        return self.region_id, self.side

    def describe(self) -> str:
        return f"{self.label} ({side_letter(self.side)})"


@dataclass(frozen=True)
class PatternShape:
    region: PatternRegion
    polygons: tuple[tuple[tuple[float, float], ...], ...]


@dataclass(frozen=True)
class PatternOnView:
    muscle_id: str
    side: str                                   # the trigger point's side
    view_id: str
    shapes: tuple[PatternShape, ...]            # primary first
    missing: tuple[PatternRegion, ...]          # pattern regions this view does not show
    sites: tuple[TriggerPointSite, ...]         # the muscle's TP sites on this view and side

    @property
    def primary_shown(self) -> int:
        return sum(1 for s in self.shapes if s.region.kind == PRIMARY)

    @property
    def complete(self) -> bool:
        return not self.missing


def side_letter(side: str) -> str:
    return {"left": "L", "right": "R", "midline": "mid"}.get(side, side)


def referred_sides(rule: str, tp_side: str) -> tuple[str, ...]:
    """The patient's sides a paired referral region takes for a TP on tp_side."""
    if tp_side not in _OTHER or rule == "bilateral":
        return ("right", "left")
    if rule == "contralateral":
        return (_OTHER[tp_side],)
    if rule == "ipsilateral":
        return (tp_side,)
    raise ValueError(f"unknown referral side rule {rule!r}")


def pattern_of(muscle: reference.Muscle, tp_side: str) -> tuple[PatternRegion, ...]:
    """Pattern regions of a (possibly custom) Muscle record; primary wins over spillover."""
    sides = referred_sides(muscle.referral.side, tp_side)
    out: dict[tuple[str, str], PatternRegion] = {}
    for kind, ids in ((PRIMARY, muscle.referral.primary), (SPILLOVER, muscle.referral.spillover)):
        for rid in ids:
            label = reference.region_label(rid)
            for side in (sides if reference.is_paired(rid) else ("midline",)):
                out.setdefault((rid, side), PatternRegion(rid, side, kind, label))
    return tuple(out.values())


@functools.cache
def pattern_regions(muscle_id: str, tp_side: str) -> tuple[PatternRegion, ...]:
    """(region, patient side, kind) of a reference muscle's referral for a TP on tp_side."""
    return pattern_of(reference.muscle(muscle_id), tp_side)


def pattern_on_view(muscle_id: str, tp_side: str, view_id: str) -> PatternOnView:
    """The pattern's polygons on one diagram view (normalised coordinates) and what is missing.

    TP sites are the muscle's sites on tp_side (both sides for a midline TP)."""
    view = load_view(view_id)
    shapes, missing = [], []
    for pr in pattern_regions(muscle_id, tp_side):
        region = view.region(pr.region_id, pr.side)
        if region is None:
            missing.append(pr)
        else:
            shapes.append(PatternShape(pr, region.polygons))
    sites = view.sites_of(muscle_id, tp_side if tp_side in _OTHER else None)
    return PatternOnView(muscle_id, tp_side, view_id, tuple(shapes), tuple(missing), sites)


def views_for(muscle_id: str, tp_side: str) -> list[str]:
    """Views ranked by how much of the pattern they show: primary regions, then spillover
    regions, then whether they show the muscle's TP sites; views showing nothing are left out."""
    ranked = []
    for index, view_id in enumerate(available_views()):
        p = pattern_on_view(muscle_id, tp_side, view_id)
        if not p.shapes and not p.sites:
            continue
        ranked.append((-p.primary_shown, -len(p.shapes), -len(p.sites), index, view_id))
    ranked.sort()
    return [r[-1] for r in ranked]


def shows_pattern(muscle_id: str, tp_side: str, view_id: str) -> bool:
    """True if the view shows at least one primary region of the pattern."""
    return pattern_on_view(muscle_id, tp_side, view_id).primary_shown > 0
