"""Whole-body pain-drawing measures of a visit (pure Python + numpy; no Qt, no SQL).

Every view's drawing reaches the body surface through its regions (body_surface.region_shares):
a region's coverage is the share of it under pain on the view where that share is largest, so the
same surface drawn on two views (the temple on the head close-up and on the side view) counts once.
Definitions, one line each, are in docs/METRICS.md ("Standard measures").
"""
from __future__ import annotations

import dataclasses
import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

import numpy as np
from numpy.typing import NDArray

from bodymap.domain import body_surface as B
from bodymap.domain import metrics as M
from bodymap.domain import wpi as W
from bodymap.domain.diagrams import DiagramView

# A region counts as painful when pain covers at least this share of it on some view ...
MIN_REGION_COVERAGE = 0.05
# ... or when it holds at least this share of that view's pain (a small zone inside a big region).
MIN_SHARE_OF_VIEW_PAIN = 0.20
FULL_INTENSITY = 10

Array = NDArray[np.float32]


@dataclass(frozen=True)
class ViewDrawing:
    """One view's pain of one visit on the metrics raster: coverage (0..1 per pixel) and
    intensity-weighted coverage (coverage x zone intensity / 10, the most intense zone on top)."""
    view: str
    pain: Array
    intensity: Array
    coverage: Mapping[B.RegionKey, float]            # share of each region under pain
    intensity_coverage: Mapping[B.RegionKey, float]
    counted: frozenset[B.RegionKey]                  # regions painful by the rule above


@dataclass(frozen=True)
class RegionExtent:
    region: str
    side: str
    share: float               # of the body surface (fraction)
    coverage: float            # 0..1, the largest over the views
    intensity_coverage: float  # 0..1
    counted: bool

    @property
    def key(self) -> B.RegionKey:
        return self.region, self.side

    @property
    def surface(self) -> float:
        return self.share * self.coverage


@dataclass(frozen=True)
class VisitMeasures:
    visit_id: int | None
    started_at: dt.datetime | None
    overall_pain: int | None
    regions: tuple[RegionExtent, ...]
    drawings: Mapping[str, ViewDrawing] = field(default_factory=dict, repr=False, compare=False)

    @property
    def extent_percent(self) -> float:
        """Percent of the body surface in pain."""
        return 100.0 * sum(r.surface for r in self.regions)

    @property
    def intensity_extent_percent(self) -> float:
        """Percent of the body surface in pain, each part weighted by its intensity / 10."""
        return 100.0 * sum(r.share * r.intensity_coverage for r in self.regions)

    @property
    def painful_regions(self) -> tuple[RegionExtent, ...]:
        return tuple(r for r in self.regions if r.counted)

    @property
    def region_count(self) -> int:
        return len(self.painful_regions)

    @property
    def wpi_areas(self) -> tuple[str, ...]:
        return W.wpi_areas(r.key for r in self.painful_regions)

    @property
    def wpi(self) -> int:
        return len(self.wpi_areas)

    @property
    def generalised_regions(self) -> tuple[str, ...]:
        return W.generalised_regions(self.wpi_areas)

    @property
    def generalised_pain(self) -> bool:
        return len(self.generalised_regions) >= W.GENERALISED_MIN

    @property
    def symmetry(self) -> float | None:
        """Left/right symmetry 0..1 over paired regions: sum of min(left, right) body surface in
        pain / sum of max(left, right). None when no sided region is in pain."""
        sides: dict[str, dict[str, float]] = defaultdict(dict)
        for r in self.regions:
            if r.side in ("left", "right"):
                sides[r.region][r.side] = r.surface
        high = sum(max(s.values()) for s in sides.values())
        low = sum(min(s.get("left", 0.0), s.get("right", 0.0)) for s in sides.values())
        return low / high if high > 0 else None

    def without_drawings(self) -> VisitMeasures:
        """The same measures without the per-pixel drawings (which hold megabytes per view)."""
        return dataclasses.replace(self, drawings={})


# --------------------------------------------------------------------------- computing

def _zone_intensity(zone: M.ZoneLike) -> int:
    value = getattr(zone, "intensity", None)
    return FULL_INTENSITY if value is None else max(0, min(FULL_INTENSITY, int(value)))


def view_drawing(view: DiagramView, zones: Sequence[M.ZoneLike], height: int = M.RASTER_HEIGHT) -> ViewDrawing:
    """The pain of zones drawn on view, per pixel and per region."""
    silhouette = B.mask_array(M.silhouette_mask(view, height)).astype(np.float32)
    pain = np.zeros_like(silhouette)
    intensity = np.zeros_like(silhouette)
    levels: dict[int, list[Sequence[M.Point]]] = defaultdict(list)
    for z in zones:
        if z.view == view.id:
            levels[_zone_intensity(z)].extend(M.current_polygons(view, z))
    for level in sorted(levels):
        raster = np.minimum(B.mask_array(M.rasterise(levels[level], view, height)).astype(np.float32), silhouette)
        np.maximum(pain, raster, out=pain)
        np.maximum(intensity, raster * (level / FULL_INTENSITY), out=intensity)
    areas = B.region_areas(view, height)
    covered = B.region_pixels(view, pain.astype(np.float64), height)
    weighted = B.region_pixels(view, intensity.astype(np.float64), height)
    total = float(pain.sum())
    coverage = {k: covered[k] / a for k, a in areas.items() if a > 0 and covered.get(k, 0.0) > 0}
    counted = frozenset(k for k, share in coverage.items()
                        if share >= MIN_REGION_COVERAGE or covered[k] >= MIN_SHARE_OF_VIEW_PAIN * total)
    return ViewDrawing(view.id, pain, intensity, coverage,
                       {k: weighted[k] / areas[k] for k in coverage}, counted)


def drawings_of(zones: Sequence[M.ZoneLike], height: int = M.RASTER_HEIGHT) -> dict[str, ViewDrawing]:
    """A ViewDrawing per view that has zones (zones on views the catalogue lacks are skipped)."""
    out: dict[str, ViewDrawing] = {}
    for view_id in dict.fromkeys(z.view for z in zones):
        view = M.view_or_none(view_id)
        if view is not None:
            out[view_id] = view_drawing(view, zones, height)
    return out


def combine(drawings: Iterable[ViewDrawing], height: int = M.RASTER_HEIGHT) -> tuple[RegionExtent, ...]:
    """Per region, the largest coverage over the views (no double counting), with its share."""
    shares = B.region_shares(height)
    cover: dict[B.RegionKey, float] = {}
    weighted: dict[B.RegionKey, float] = {}
    counted: set[B.RegionKey] = set()
    for d in drawings:
        for k, c in d.coverage.items():
            cover[k] = max(cover.get(k, 0.0), min(1.0, c))
            weighted[k] = max(weighted.get(k, 0.0), min(1.0, d.intensity_coverage[k]))
        counted |= d.counted
    out = [RegionExtent(k[0], k[1], shares.get(k, 0.0), cover[k], weighted[k], k in counted) for k in cover]
    out.sort(key=lambda r: (-r.surface, r.key))
    return tuple(out)


def visit_measures(zones: Sequence[M.ZoneLike], *, visit_id: int | None = None,
                   started_at: dt.datetime | None = None, overall_pain: int | None = None,
                   height: int = M.RASTER_HEIGHT) -> VisitMeasures:
    drawings = drawings_of(zones, height)
    return VisitMeasures(visit_id, started_at, overall_pain, combine(drawings.values(), height), drawings)


def chart_measures(chart: M.ChartLike, height: int = M.RASTER_HEIGHT) -> VisitMeasures:
    v = chart.visit
    return visit_measures(chart.zones, visit_id=v.id, started_at=v.started_at,
                          overall_pain=v.overall_pain, height=height)


def measures_dict(m: VisitMeasures) -> M.JSONDict:
    """JSON of the whole-body measures (percentages 2 decimals, indices 3)."""
    return {
        "extent_percent": M.pct(m.extent_percent),
        "intensity_weighted_extent_percent": M.pct(m.intensity_extent_percent),
        "painful_regions": m.region_count,
        "wpi": m.wpi, "wpi_areas": list(m.wpi_areas),
        "generalised_pain": m.generalised_pain, "generalised_regions": list(m.generalised_regions),
        "symmetry": None if m.symmetry is None else round(m.symmetry, 3),
        "regions": [{"region": r.region, "side": r.side, "share_of_body_percent": round(100 * r.share, 3),
                     "percent_covered": M.pct(100 * r.coverage), "counted": r.counted}
                    for r in m.regions],
    }
