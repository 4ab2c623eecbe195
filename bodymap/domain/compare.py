"""Comparing two visits of one patient, and trends across visits (no Qt, no SQL).

* Pain area change per view and in total, in percentage points and relative, flagged when it
  exceeds the measurement error (``measurement_error_px``; justified in docs/METRICS.md).
* Jaccard overlap of pain location per view and overall (full-body views pooled).
* Zones new (later only), resolved (earlier only) and persisting (both) as weighted "L" masks.
* Trigger points resolved / new / persisting per site (muscle, else region) and side.
"""
from __future__ import annotations

import datetime as dt
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from PIL import Image, ImageChops

from bodymap.domain import extent_change as X
from bodymap.domain import measures as ME
from bodymap.domain import metrics as M
from bodymap.domain.diagrams import load_view

# Drawing repeatability: how far a clinician's edge of the same pain moves between two drawings,
# in view heights (0.005 ~ 8-9 mm on an adult figure; under half the default brush radius 0.012).
DRAWING_REPEATABILITY = 0.005
# Raster error per boundary pixel (measured: |error| < 0.3 px per px of perimeter, docs/METRICS.md).
RASTER_ERROR_PX = 0.3
# Trigger points in different sites still match when they are this close (view heights).
MATCH_DISTANCE = 0.03

_TP = TypeVar("_TP", bound=M.TriggerPointLike)


def measurement_error_px(shared_boundary_px: float, before_boundary_px: float, after_boundary_px: float,
                         height: int = M.RASTER_HEIGHT) -> float:
    """Uncertainty (pixels of area) of the change in pain area between two drawings.

    Pain present at both visits can only change through its edge: each of the two drawings may
    place that shared edge DRAWING_REPEATABILITY off, so 2 x repeatability x the length of the
    persisting area's boundary. Pain that appears or disappears entirely is a real change, not a
    drawing error. Plus the raster error along both visits' boundaries.
    """
    return (2.0 * DRAWING_REPEATABILITY * height * shared_boundary_px
            + RASTER_ERROR_PX * (before_boundary_px + after_boundary_px))


# --------------------------------------------------------------------------- results

@dataclass(frozen=True)
class ViewChange:
    view: str
    label: str
    full_body: bool
    silhouette_px: float
    before_px: float
    after_px: float
    new_px: float
    resolved_px: float
    persisting_px: float
    error_px: float
    new: Image.Image | None = None            # weighted "L" masks on the metrics raster (None: not kept)
    resolved: Image.Image | None = None
    persisting: Image.Image | None = None

    def _pct(self, px: float) -> float:
        return 100.0 * px / self.silhouette_px if self.silhouette_px else 0.0

    @property
    def before_percent(self) -> float:
        return self._pct(self.before_px)

    @property
    def after_percent(self) -> float:
        return self._pct(self.after_px)

    @property
    def change_points(self) -> float:
        return self.after_percent - self.before_percent

    @property
    def change_relative(self) -> float | None:
        return (self.after_px - self.before_px) / self.before_px if self.before_px else None

    @property
    def error_points(self) -> float:
        return self._pct(self.error_px)

    @property
    def exceeds_error(self) -> bool:
        return abs(self.after_px - self.before_px) > self.error_px

    @property
    def jaccard(self) -> float | None:
        union = self.new_px + self.resolved_px + self.persisting_px
        return self.persisting_px / union if union > 0 else None


@dataclass(frozen=True)
class SiteChange:
    kind: str
    site: str
    label: str
    side: str
    resolved: int = 0
    new: int = 0
    persisting: int = 0
    active_to_latent: int = 0
    latent_to_active: int = 0


@dataclass(frozen=True)
class Comparison:
    from_visit: int | None
    to_visit: int | None
    from_date: dt.datetime | None
    to_date: dt.datetime | None
    before: M.VisitMetrics
    after: M.VisitMetrics
    views: tuple[ViewChange, ...]
    sites: tuple[SiteChange, ...]
    body_before: ME.VisitMeasures | None = None     # whole-body measures (percent of body surface)
    body_after: ME.VisitMeasures | None = None
    body_overlap: float | None = None               # how much of the pain is in the same place (0..1)

    @property
    def body_change_points(self) -> float | None:
        """Change of pain extent in percentage points of the body surface."""
        if self.body_before is None or self.body_after is None:
            return None
        return self.body_after.extent_percent - self.body_before.extent_percent

    @property
    def body_verdict(self) -> str | None:
        """"better" / "worse" beyond the minimal detectable change (extent_change.MDC_POINTS),
        else "no change"."""
        change = self.body_change_points
        return None if change is None else X.verdict(change)

    def view(self, view_id: str) -> ViewChange | None:
        return next((v for v in self.views if v.view == view_id), None)

    @property
    def _full(self) -> tuple[ViewChange, ...]:
        return tuple(v for v in self.views if v.full_body)

    @property
    def change_points(self) -> float:
        return self.after.total_percent - self.before.total_percent

    @property
    def change_relative(self) -> float | None:
        b = self.before.total_painted_px
        return (self.after.total_painted_px - b) / b if b else None

    @property
    def error_px(self) -> float:
        return sum(v.error_px for v in self._full)

    @property
    def error_points(self) -> float:
        s = self.before.total_silhouette_px
        return 100.0 * self.error_px / s if s else 0.0

    @property
    def exceeds_error(self) -> bool:
        return abs(self.after.total_painted_px - self.before.total_painted_px) > self.error_px

    @property
    def jaccard(self) -> float | None:
        inter = sum(v.persisting_px for v in self._full)
        union = sum(v.new_px + v.resolved_px + v.persisting_px for v in self._full)
        return inter / union if union > 0 else None

    def totals(self) -> dict[str, int]:
        return {k: sum(getattr(s, k) for s in self.sites)
                for k in ("resolved", "new", "persisting", "active_to_latent", "latent_to_active")}

    def to_dict(self) -> M.JSONDict:
        return comparison_dict(self)


# --------------------------------------------------------------------------- computing

def compare_zones(before_zones: Sequence[M.ZoneLike], after_zones: Sequence[M.ZoneLike],
                  height: int = M.RASTER_HEIGHT, keep_masks: bool = True) -> tuple[ViewChange, ...]:
    views, _skipped = M.views_for([*before_zones, *after_zones])
    out = []
    for view in views:
        a = M.pain_mask(view, before_zones, height)
        b = M.pain_mask(view, after_zones, height)
        new, resolved, both = ImageChops.subtract(b, a), ImageChops.subtract(a, b), ImageChops.darker(a, b)
        error = measurement_error_px(M.boundary_pixels(both), M.boundary_pixels(a),
                                     M.boundary_pixels(b), height)
        out.append(ViewChange(
            view=view.id, label=view.label, full_body=M.is_full_body(view),
            silhouette_px=M.weighted_pixels(M.silhouette_mask(view, height)),
            before_px=M.weighted_pixels(a), after_px=M.weighted_pixels(b),
            new_px=M.weighted_pixels(new), resolved_px=M.weighted_pixels(resolved),
            persisting_px=M.weighted_pixels(both), error_px=error,
            new=new if keep_masks else None, resolved=resolved if keep_masks else None,
            persisting=both if keep_masks else None))
    return tuple(out)


def _distance(a: M.TriggerPointLike, b: M.TriggerPointLike) -> float:
    try:
        aspect = load_view(a.view).aspect
    except KeyError:
        aspect = 1.0
    return math.hypot((a.x - b.x) * aspect, a.y - b.y)


def match_trigger_points(before: Sequence[_TP], after: Sequence[_TP]
                         ) -> tuple[list[tuple[_TP, _TP]], list[_TP], list[_TP]]:
    """(pairs, resolved, new): pairs persist; resolved are only before; new only after.

    Matching, in order: a later point carried forward from an earlier one (carried_from_id);
    then the same view + site (muscle, else region) + side, nearest first; then, among the rest,
    the same view and side within MATCH_DISTANCE (a point nudged across a region border).
    """
    left, right = list(before), list(after)
    pairs: list[tuple[_TP, _TP]] = []
    by_id = {getattr(tp, "id", None): tp for tp in left}
    for tp in list(right):
        src = by_id.get(getattr(tp, "carried_from_id", None))
        if src is not None and src in left:
            pairs.append((src, tp))
            left.remove(src)
            right.remove(tp)

    def greedy(key: Callable[[_TP], object], limit: float = math.inf) -> tuple[list[_TP], list[_TP]]:
        candidates = sorted(((_distance(a, b), i, j) for i, a in enumerate(left)
                             for j, b in enumerate(right) if key(a) == key(b)), key=lambda t: t[0])
        used_l: set[int] = set()
        used_r: set[int] = set()
        for d, i, j in candidates:
            if d <= limit and i not in used_l and j not in used_r:
                used_l.add(i)
                used_r.add(j)
                pairs.append((left[i], right[j]))
        return [a for i, a in enumerate(left) if i not in used_l], \
            [b for j, b in enumerate(right) if j not in used_r]

    left, right = greedy(lambda tp: (tp.view, M.site_of(tp)[:2], tp.side))
    left, right = greedy(lambda tp: (tp.view, tp.side), MATCH_DISTANCE)
    return pairs, left, right


def compare_trigger_points(before: Sequence[M.TriggerPointLike],
                           after: Sequence[M.TriggerPointLike]) -> tuple[SiteChange, ...]:
    pairs, resolved, new = match_trigger_points(before, after)
    table: dict[M.SiteKey, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    labels: dict[M.SiteKey, str] = {}

    def key_of(tp: M.TriggerPointLike) -> M.SiteKey:
        kind, site, label = M.site_of(tp)
        key = (kind, site, tp.side)
        labels[key] = label
        return key

    for tp in resolved:
        table[key_of(tp)]["resolved"] += 1
    for tp in new:
        table[key_of(tp)]["new"] += 1
    for a, b in pairs:
        row = table[key_of(b)]          # counted at the later site
        row["persisting"] += 1
        if a.status == "active" and b.status == "latent":
            row["active_to_latent"] += 1
        elif a.status == "latent" and b.status == "active":
            row["latent_to_active"] += 1
    return tuple(SiteChange(k[0], k[1], labels[k], k[2], **table[k])
                 for k in sorted(table, key=lambda k: (labels[k], k[2])))


def compare_charts(before: M.ChartLike, after: M.ChartLike, height: int = M.RASTER_HEIGHT,
                   keep_masks: bool = True) -> Comparison:
    """Compare two records.VisitChart (or anything with .visit, .zones, .trigger_points)."""
    body_before, body_after = ME.chart_measures(before, height), ME.chart_measures(after, height)
    overlap = X.location_overlap(body_before, body_after, height)
    return Comparison(
        from_visit=before.visit.id, to_visit=after.visit.id,
        from_date=before.visit.started_at, to_date=after.visit.started_at,
        before=M.chart_metrics(before, height), after=M.chart_metrics(after, height),
        views=compare_zones(before.zones, after.zones, height, keep_masks),
        sites=compare_trigger_points(before.trigger_points, after.trigger_points),
        body_before=body_before.without_drawings(), body_after=body_after.without_drawings(),
        body_overlap=overlap)


# --------------------------------------------------------------------------- trends

@dataclass(frozen=True)
class TrendPoint:
    visit_id: int
    started_at: dt.datetime
    overall_pain: int | None
    pain_area_percent: float
    active_trigger_points: int
    latent_trigger_points: int
    needled_trigger_points: int


def trend_point(visit: M.VisitLike, tp: M.TriggerPointCounts, extent_percent: float) -> TrendPoint:
    """A visit's point on the trend chart; the pain area is the whole-body extent (percent of the
    body surface, measures.VisitMeasures.extent_percent)."""
    return TrendPoint(visit.id, visit.started_at, visit.overall_pain, extent_percent,
                      tp.active, tp.latent, tp.needled)


def trend_dict(points: Sequence[TrendPoint]) -> list[M.JSONDict]:
    return [{"visit_id": p.visit_id, "started_at": p.started_at.isoformat(timespec="minutes"),
             "overall_pain": p.overall_pain, "pain_area_percent": M.pct(p.pain_area_percent),
             "active_trigger_points": p.active_trigger_points,
             "latent_trigger_points": p.latent_trigger_points,
             "needled_trigger_points": p.needled_trigger_points} for p in points]


# --------------------------------------------------------------------------- JSON

def _rel(value: float | None) -> float | None:
    return None if value is None else round(100.0 * value, 1)


def _j(value: float | None) -> float | None:
    return None if value is None else round(value, 3)


def _body_dict(c: Comparison) -> M.JSONDict | None:
    if c.body_before is None or c.body_after is None or c.body_change_points is None:
        return None
    return {"from_percent": M.pct(c.body_before.extent_percent), "to_percent": M.pct(c.body_after.extent_percent),
            "change_points": M.pct(c.body_change_points), "mdc_points": X.MDC_POINTS, "mdc_source": X.MDC_SOURCE,
            "verdict": c.body_verdict, "same_place": _j(c.body_overlap),
            "from_intensity_weighted_percent": M.pct(c.body_before.intensity_extent_percent),
            "to_intensity_weighted_percent": M.pct(c.body_after.intensity_extent_percent),
            "from_regions": c.body_before.region_count, "to_regions": c.body_after.region_count}


def comparison_dict(c: Comparison) -> M.JSONDict:
    return {
        "from_visit": c.from_visit, "to_visit": c.to_visit,
        "from_date": c.from_date.isoformat(timespec="minutes") if c.from_date else None,
        "to_date": c.to_date.isoformat(timespec="minutes") if c.to_date else None,
        "overall_pain": {"from": c.before.overall_pain, "to": c.after.overall_pain},
        "pain_area": {
            "from_percent": M.pct(c.before.total_percent), "to_percent": M.pct(c.after.total_percent),
            "change_points": M.pct(c.change_points), "change_relative_percent": _rel(c.change_relative),
            "error_points": M.pct(c.error_points), "exceeds_error": c.exceeds_error,
            "jaccard": _j(c.jaccard),
            "body_surface": _body_dict(c),
            "views": [{
                "view": v.view, "label": v.label, "full_body": v.full_body,
                "from_percent": M.pct(v.before_percent), "to_percent": M.pct(v.after_percent),
                "change_points": M.pct(v.change_points), "change_relative_percent": _rel(v.change_relative),
                "error_points": M.pct(v.error_points), "exceeds_error": v.exceeds_error,
                "jaccard": _j(v.jaccard),
                "new_percent": M.pct(v._pct(v.new_px)), "resolved_percent": M.pct(v._pct(v.resolved_px)),
                "persisting_percent": M.pct(v._pct(v.persisting_px)),
            } for v in c.views],
        },
        "trigger_points": {
            "from": M.counts_dict(c.before.trigger_points), "to": M.counts_dict(c.after.trigger_points),
            "change": c.totals(),
            "sites": [{"kind": s.kind, "site": s.site, "label": s.label, "side": s.side,
                       "resolved": s.resolved, "new": s.new, "persisting": s.persisting,
                       "active_to_latent": s.active_to_latent, "latent_to_active": s.latent_to_active}
                      for s in c.sites],
        },
    }
