"""Change in pain extent between two visits: location overlap and the minimal detectable change.

* Overlap ("how much of the pain is in the same place"; a Jaccard index): per region, the part
  under pain at both visits / the part under pain at either, weighted by the region's share of
  the body surface. Where both visits drew a region on the same view, the pixels decide; where
  they drew it on different views only regions correspond, so the smaller coverage is taken as
  shared.
* Minimal detectable change of extent: MDC_POINTS, the upper end of the MDC 0.08-0.38 % of body
  area reported for scanned paper pain drawings (PubMed 37898312). A change larger than that is
  "better" or "worse"; anything smaller is "no detectable change".
"""
from __future__ import annotations

import numpy as np

from bodymap.domain import body_surface as B
from bodymap.domain import metrics as M
from bodymap.domain.measures import VisitMeasures

MDC_POINTS = 0.38            # percentage points of body surface (PubMed 37898312: MDC 0.08-0.38 %)
MDC_LOW_POINTS = 0.08        # the lower end of the same range, quoted beside it
MDC_SOURCE = "scanned paper pain drawings, MDC 0.08-0.38 % of body area (PubMed 37898312)"


def location_overlap(before: VisitMeasures, after: VisitMeasures,
                     height: int = M.RASTER_HEIGHT) -> float | None:
    """Jaccard overlap 0..1 of two visits' pain on the body surface; None when neither has pain."""
    a = {r.key: r for r in before.regions}
    b = {r.key: r for r in after.regions}
    shared: dict[B.RegionKey, float] = {}
    for view_id in set(before.drawings) & set(after.drawings):
        da, db = before.drawings[view_id], after.drawings[view_id]
        both = [k for k in da.coverage if k in db.coverage]
        if not both:
            continue
        view = M.view_or_none(view_id)
        if view is None:
            continue
        areas = B.region_areas(view, height)
        common = B.region_pixels(view, np.minimum(da.pain, db.pain).astype(np.float64), height)
        for k in both:
            shared[k] = max(shared.get(k, 0.0), common.get(k, 0.0) / areas[k] if areas[k] else 0.0)
    inter = union = 0.0
    for k in set(a) | set(b):
        ca = a[k].coverage if k in a else 0.0
        cb = b[k].coverage if k in b else 0.0
        share = (a[k] if k in a else b[k]).share
        i = min(shared[k], ca, cb) if k in shared else min(ca, cb)
        inter += share * i
        union += share * (ca + cb - i)
    return inter / union if union > 0 else None


def verdict(change_points: float, mdc: float = MDC_POINTS) -> str:
    """"better" (extent shrank by more than the MDC), "worse" (grew by more), else "no change"."""
    if change_points <= -mdc:
        return "better"
    if change_points >= mdc:
        return "worse"
    return "no change"


def verdict_text(change_points: float) -> str:
    """The verdict for people."""
    return {"better": "less of the body in pain, beyond the measurement error",
            "worse": "more of the body in pain, beyond the measurement error",
            "no change": "within the measurement error: no detectable change"}[verdict(change_points)]


def region_changes(before: VisitMeasures, after: VisitMeasures) -> dict[B.RegionKey, str]:
    """Per painful region (measures' counting rule) of either visit: "went" (painful only at the
    earlier visit), "came" (only at the later) or "stayed" (at both)."""
    a = {r.key for r in before.painful_regions}
    b = {r.key for r in after.painful_regions}
    out = {k: "stayed" for k in a & b}
    out.update({k: "went" for k in a - b})
    out.update({k: "came" for k in b - a})
    return out
