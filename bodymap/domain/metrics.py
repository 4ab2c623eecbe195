"""Pain-area metrics of one visit, computed on a raster (Pillow; no Qt, no SQL).

Definitions (see docs/METRICS.md):

* Each view is rasterised RASTER_HEIGHT pixels tall and ``aspect * RASTER_HEIGHT`` wide, so a
  pixel is square in true body proportions.
* Masks are "L" images with three values: 255 inside, 128 on the boundary (pixels the outline of a
  polygon passes through), 0 outside. A boundary pixel counts as half a pixel. Pillow's polygon fill
  includes every boundary pixel, which overestimates an area by about half a pixel per pixel of
  perimeter; the half weight removes that bias (measured error: docs/METRICS.md).
* Pain area of a view = weighted pixels of the union of the visit's zones clipped to the silhouette,
  divided by the silhouette's weighted pixels. Overlapping zones count once.
* Total pain area = pain pixels summed over the full-body views / silhouette pixels summed over
  the full-body views (all of them, whether or not the visit drew on them). Close-up views are
  reported per view only.

Functions accept any zone-like object with ``view`` and ``polygons`` and any trigger-point-like
object with ``view, x, y, region, muscle, side, status, needled`` (records.ZoneRecord and
records.TriggerPointRecord qualify).
"""
from __future__ import annotations

import datetime as dt
import functools
import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeAlias

from PIL import Image, ImageChops, ImageDraw

from bodymap.domain.diagrams import DiagramView, Region, available_views, load_view

RASTER_HEIGHT = 2000          # pixels per view height for metrics
INSIDE, EDGE = 255, 128
MIN_REGION_SHARE = 0.002      # a region is "touched" when it holds >= 0.2 % of the view's pain
FULL_BODY_IDS = ("anterior", "posterior")

Point = tuple[float, float]
SiteKey: TypeAlias = tuple[str, str, str]      # (kind, site id, side) of site_of and count_trigger_points
JSONDict: TypeAlias = dict[str, Any]           # a JSON-able object (values of mixed, nested types)


class ZoneLike(Protocol):
    """What the metrics read of a zone (records.ZoneRecord fits); an optional ``diagram_version``
    is read when present."""

    @property
    def view(self) -> str: ...
    @property
    def polygons(self) -> Sequence[Sequence[Point]]: ...


class TriggerPointLike(Protocol):
    """What the metrics and comparisons read of a trigger point (records.TriggerPointRecord fits)."""

    @property
    def view(self) -> str: ...
    @property
    def x(self) -> float: ...
    @property
    def y(self) -> float: ...
    @property
    def region(self) -> str | None: ...
    @property
    def muscle(self) -> str | None: ...
    @property
    def side(self) -> str: ...
    @property
    def status(self) -> str: ...
    @property
    def needled(self) -> bool: ...


class VisitLike(Protocol):
    """What the metrics read of a visit (records.VisitRecord fits)."""

    @property
    def id(self) -> int: ...
    @property
    def started_at(self) -> dt.datetime: ...
    @property
    def overall_pain(self) -> int | None: ...


class ChartLike(Protocol):
    """A visit with its marks (records.VisitChart fits)."""

    @property
    def visit(self) -> VisitLike: ...
    @property
    def zones(self) -> Sequence[ZoneLike]: ...
    @property
    def trigger_points(self) -> Sequence[TriggerPointLike]: ...


# --------------------------------------------------------------------------- views

def is_full_body(view: DiagramView) -> bool:
    """Full-body views make up the body-surface proxy; close-ups (hand, head, ...) do not.

    Uses the view's own ``full_body`` or ``kind`` attribute when the catalogue provides one, else
    the id: anterior, posterior and lateral* views are full body.
    """
    flag = getattr(view, "full_body", None)
    if isinstance(flag, bool):
        return flag
    kind = getattr(view, "kind", None)
    if isinstance(kind, str) and kind:
        return kind in ("full", "full_body", "body")
    return view.id in FULL_BODY_IDS or view.id.startswith("lateral")


def full_body_views() -> tuple[str, ...]:
    """The catalogue's full-body views that can be loaded (a missing asset is skipped)."""
    out = []
    for view_id in available_views():
        view = view_or_none(view_id)
        if view is not None and is_full_body(view):
            out.append(view_id)
    return tuple(out)


def view_or_none(view_id: str) -> DiagramView | None:
    """The view, or None when the catalogue does not have it (or its asset cannot be read)."""
    try:
        return load_view(view_id)
    except (KeyError, OSError, ValueError):
        return None


def current_polygons(view: DiagramView, zone: ZoneLike) -> tuple[Sequence[Point], ...]:
    """A zone's polygons on the view's current geometry (mapped from an older diagram version
    when the catalogue knows how; unchanged otherwise)."""
    version = getattr(zone, "diagram_version", None)
    mapper = getattr(view, "map_from_version", None)
    if version is None or mapper is None or int(version) == view.version:
        return tuple(zone.polygons)
    try:
        return tuple(tuple(mapper(version, x, y) for x, y in poly) for poly in zone.polygons)
    except KeyError:
        return tuple(zone.polygons)


# --------------------------------------------------------------------------- rasters

def raster_size(view: DiagramView, height: int = RASTER_HEIGHT) -> tuple[int, int]:
    return max(1, math.ceil(view.aspect * height)), height


def _to_pixels(poly: Sequence[Point], view: DiagramView, height: int) -> list[Point]:
    sx = view.aspect * height
    return [(x * sx, y * height) for x, y in poly]


def rasterise(polygons: Iterable[Sequence[Point]], view: DiagramView,
              height: int = RASTER_HEIGHT) -> Image.Image:
    """Union of polygons as a weighted "L" mask (255 inside, 128 boundary, 0 outside)."""
    size = raster_size(view, height)
    edge = Image.new("L", size, 0)
    inside = Image.new("L", size, 0)
    draw_edge = ImageDraw.Draw(edge)
    for poly in polygons:
        pts = _to_pixels(poly, view, height)
        if len(pts) < 3:
            continue
        draw_edge.polygon(pts, fill=EDGE)
        # The interior of this polygon alone (its own outline erased), drawn in its bounding box.
        x0 = max(0, math.floor(min(p[0] for p in pts)) - 2)
        y0 = max(0, math.floor(min(p[1] for p in pts)) - 2)
        x1 = min(size[0], math.ceil(max(p[0] for p in pts)) + 3)
        y1 = min(size[1], math.ceil(max(p[1] for p in pts)) + 3)
        if x1 <= x0 or y1 <= y0:
            continue
        scratch = Image.new("L", (x1 - x0, y1 - y0), 0)
        local = [(x - x0, y - y0) for x, y in pts]
        d = ImageDraw.Draw(scratch)
        d.polygon(local, fill=INSIDE)
        d.line([*local, local[0]], fill=0, width=1)
        box = (x0, y0, x1, y1)
        inside.paste(ImageChops.lighter(inside.crop(box), scratch), box)
    return ImageChops.lighter(edge, inside)


@functools.lru_cache(maxsize=32)
def _silhouette(view_id: str, version: int, height: int) -> Image.Image:
    view = load_view(view_id)
    return rasterise(view.outline, view, height)


def silhouette_mask(view: DiagramView, height: int = RASTER_HEIGHT) -> Image.Image:
    """The body outline as a weighted mask (cached; do not modify the returned image)."""
    return _silhouette(view.id, view.version, height)


@functools.lru_cache(maxsize=32)
def _labels(view_id: str, version: int, height: int) -> tuple[tuple[Image.Image, tuple[Region, ...]], ...]:
    """Region label images: chunks of <= 255 regions, pixel value = 1 + index in the chunk."""
    view = load_view(view_id)
    chunks = []
    regions = list(view.regions)
    for start in range(0, max(len(regions), 1), 255):
        part = regions[start:start + 255]
        image = Image.new("L", raster_size(view, height), 0)
        draw = ImageDraw.Draw(image)
        for i, region in enumerate(part, start=1):
            for poly in region.polygons:
                if len(poly) >= 3:
                    draw.polygon(_to_pixels(poly, view, height), fill=i)
        chunks.append((image, tuple(part)))
    return tuple(chunks)


def region_labels(view: DiagramView, height: int = RASTER_HEIGHT) -> tuple[tuple[Image.Image, tuple[Region, ...]], ...]:
    """The view's region label images (cached): chunks of <= 255 regions, pixel = 1 + index."""
    return _labels(view.id, view.version, height)


def pain_mask(view: DiagramView, zones: Iterable[ZoneLike], height: int = RASTER_HEIGHT) -> Image.Image:
    """Union of the zones drawn on view, clipped to the silhouette (weighted "L" mask)."""
    polys = [poly for z in zones if z.view == view.id for poly in current_polygons(view, z)]
    return ImageChops.darker(rasterise(polys, view, height), silhouette_mask(view, height))


def weighted_pixels(mask: Image.Image) -> float:
    """Area of a weighted mask in pixels: each pixel counts value / 255."""
    hist = mask.histogram()
    return sum(i * n for i, n in enumerate(hist)) / 255.0


def boundary_pixels(mask: Image.Image) -> int:
    """Pixels on a mask's boundary (value strictly between 0 and 255): about its perimeter in px."""
    hist = mask.histogram()
    return sum(hist[1:255])


def _core(mask: Image.Image) -> Image.Image:
    return mask.point(lambda v: 255 if v == 255 else 0)


def _weighted_hist(labels: Image.Image, mask: Image.Image) -> list[float]:
    """Per label value, the weighted pixel count of mask (boundary pixels count half)."""
    any_ = labels.histogram(mask=mask.point(lambda v: 255 if v else 0))
    core = labels.histogram(mask=_core(mask))
    return [(a + c) / 2.0 for a, c in zip(any_, core)]


# --------------------------------------------------------------------------- results

@dataclass(frozen=True)
class RegionCoverage:
    region: str
    side: str
    label: str
    covered_px: float
    region_px: float

    @property
    def share(self) -> float:
        """Fraction (0..1) of the region covered by pain."""
        return self.covered_px / self.region_px if self.region_px else 0.0

    @property
    def key(self) -> str:
        return f"{self.side}:{self.region}"


@dataclass(frozen=True)
class ViewMetrics:
    view: str
    label: str
    full_body: bool
    silhouette_px: float
    painted_px: float
    boundary_px: int
    regions: tuple[RegionCoverage, ...] = ()

    @property
    def percent(self) -> float:
        return 100.0 * self.painted_px / self.silhouette_px if self.silhouette_px else 0.0


@dataclass(frozen=True)
class SiteCount:
    """Trigger points at one site: a muscle (when known) or a region, on one side."""
    kind: str          # 'muscle' | 'region' | 'unknown'
    site: str
    label: str
    side: str
    active: int = 0
    latent: int = 0
    needled: int = 0


@dataclass(frozen=True)
class TriggerPointCounts:
    active: int
    latent: int
    needled: int
    sites: tuple[SiteCount, ...]

    @property
    def total(self) -> int:
        return self.active + self.latent


@dataclass(frozen=True)
class VisitMetrics:
    visit_id: int | None
    started_at: dt.datetime | None
    overall_pain: int | None
    views: tuple[ViewMetrics, ...]
    trigger_points: TriggerPointCounts
    raster_height: int = RASTER_HEIGHT
    skipped_views: tuple[str, ...] = ()     # zones on views the catalogue no longer has

    def view(self, view_id: str) -> ViewMetrics | None:
        return next((v for v in self.views if v.view == view_id), None)

    @property
    def full_body(self) -> tuple[ViewMetrics, ...]:
        return tuple(v for v in self.views if v.full_body)

    @property
    def total_painted_px(self) -> float:
        return sum(v.painted_px for v in self.full_body)

    @property
    def total_silhouette_px(self) -> float:
        return sum(v.silhouette_px for v in self.full_body)

    @property
    def total_percent(self) -> float:
        """Pain area as % of the body-surface proxy (all full-body views)."""
        s = self.total_silhouette_px
        return 100.0 * self.total_painted_px / s if s else 0.0

    def to_dict(self) -> JSONDict:
        return metrics_dict(self)


# --------------------------------------------------------------------------- computing

def region_coverage(view: DiagramView, mask: Image.Image, height: int = RASTER_HEIGHT,
                    min_share: float = MIN_REGION_SHARE) -> tuple[RegionCoverage, ...]:
    """Regions the pain mask touches (with side), largest covered area first."""
    painted = weighted_pixels(mask)
    if painted <= 0:
        return ()
    silhouette = silhouette_mask(view, height)
    out = []
    for labels, regions in _labels(view.id, view.version, height):
        covered = _weighted_hist(labels, mask)
        totals = _weighted_hist(labels, silhouette)
        for i, region in enumerate(regions, start=1):
            if covered[i] > 0 and covered[i] >= painted * min_share:
                out.append(RegionCoverage(region.id, region.side, region.label, covered[i], totals[i]))
    out.sort(key=lambda r: (-r.covered_px, r.key))
    return tuple(out)


def view_metrics(view: DiagramView, zones: Iterable[ZoneLike], height: int = RASTER_HEIGHT,
                 regions: bool = True, mask: Image.Image | None = None) -> ViewMetrics:
    if mask is None:
        mask = pain_mask(view, zones, height)
    return ViewMetrics(
        view=view.id, label=view.label, full_body=is_full_body(view),
        silhouette_px=weighted_pixels(silhouette_mask(view, height)),
        painted_px=weighted_pixels(mask), boundary_px=boundary_pixels(mask),
        regions=region_coverage(view, mask, height) if regions else ())


def views_for(zones: Iterable[ZoneLike]) -> tuple[list[DiagramView], list[str]]:
    """The views to report for these zones: every full-body view plus views with zones."""
    wanted = list(full_body_views())
    skipped: list[str] = []
    for z in zones:
        if z.view not in wanted and z.view not in skipped:
            (wanted if view_or_none(z.view) is not None else skipped).append(z.view)
    return [load_view(v) for v in wanted], skipped


def compute_visit_metrics(zones: Sequence[ZoneLike], trigger_points: Sequence[TriggerPointLike], *,
                          visit_id: int | None = None,
                          started_at: dt.datetime | None = None, overall_pain: int | None = None,
                          height: int = RASTER_HEIGHT, regions: bool = True) -> VisitMetrics:
    views, skipped = views_for(zones)
    return VisitMetrics(
        visit_id=visit_id, started_at=started_at, overall_pain=overall_pain,
        views=tuple(view_metrics(v, zones, height, regions) for v in views),
        trigger_points=count_trigger_points(trigger_points), raster_height=height,
        skipped_views=tuple(skipped))


def chart_metrics(chart: ChartLike, height: int = RASTER_HEIGHT, regions: bool = True) -> VisitMetrics:
    """Metrics of a records.VisitChart."""
    return compute_visit_metrics(chart.zones, chart.trigger_points, visit_id=chart.visit.id,
                                 started_at=chart.visit.started_at,
                                 overall_pain=chart.visit.overall_pain, height=height, regions=regions)


def site_of(tp: TriggerPointLike) -> tuple[str, str, str]:
    """(kind, id, label) of the site a trigger point is counted under: muscle, else region."""
    if tp.muscle:
        return "muscle", tp.muscle, _muscle_label(tp.muscle)
    if tp.region:
        return "region", tp.region, _region_label(tp.region)
    return "unknown", "", "Unlabelled site"


def count_trigger_points(points: Iterable[TriggerPointLike]) -> TriggerPointCounts:
    table: dict[SiteKey, dict[str, int]] = defaultdict(lambda: {"active": 0, "latent": 0, "needled": 0})
    labels: dict[SiteKey, str] = {}
    for tp in points:
        kind, site, label = site_of(tp)
        key = (kind, site, tp.side)
        labels[key] = label
        row = table[key]
        row["active" if tp.status == "active" else "latent"] += 1
        row["needled"] += bool(tp.needled)
    sites = tuple(SiteCount(kind, site, labels[(kind, site, side)], side, **table[(kind, site, side)])
                  for kind, site, side in sorted(table, key=lambda k: (labels[k], k[2])))
    return TriggerPointCounts(active=sum(s.active for s in sites), latent=sum(s.latent for s in sites),
                              needled=sum(s.needled for s in sites), sites=sites)


def _muscle_label(muscle_id: str) -> str:
    from bodymap.domain import reference
    try:
        return reference.muscle_name(muscle_id)
    except KeyError:
        return muscle_id.replace("_", " ").capitalize()


def _region_label(region_id: str) -> str:
    from bodymap.domain.reference import display_region
    return display_region(region_id)


# --------------------------------------------------------------------------- JSON

def pct(value: float) -> float:
    """Percentages in JSON: 2 decimals (0.01 points is below the raster's resolution anyway)."""
    return round(float(value), 2)


def counts_dict(c: TriggerPointCounts) -> JSONDict:
    return {"active": c.active, "latent": c.latent, "needled": c.needled, "total": c.total,
            "sites": [{"kind": s.kind, "site": s.site, "label": s.label, "side": s.side,
                       "active": s.active, "latent": s.latent, "needled": s.needled} for s in c.sites]}


def metrics_dict(m: VisitMetrics) -> JSONDict:
    return {
        "visit_id": m.visit_id,
        "started_at": m.started_at.isoformat(timespec="minutes") if m.started_at else None,
        "overall_pain": m.overall_pain,
        "raster_height_px": m.raster_height,
        "pain_area": {
            "total_percent": pct(m.total_percent),
            "total_basis": [v.view for v in m.full_body],
            "views": [{
                "view": v.view, "label": v.label, "full_body": v.full_body,
                "percent": pct(v.percent),
                "painted_px": round(v.painted_px), "silhouette_px": round(v.silhouette_px),
                "regions": [{"region": r.region, "side": r.side, "label": r.label,
                             "percent_covered": pct(100 * r.share),
                             "percent_of_view_pain": pct(100 * r.covered_px / v.painted_px)}
                            for r in v.regions],
            } for v in m.views],
            "skipped_views": list(m.skipped_views),
        },
        "trigger_points": counts_dict(m.trigger_points),
    }
