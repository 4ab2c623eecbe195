"""Cross-view marks: where a mark made on one view lies on another view of the same body surface.

The neck-and-shoulders close-up (``head_posterior``) shows the same skin as the top of the whole
body ``posterior`` view, and each head lateral close-up the same skin as the head and neck of the
full lateral view of that side. A trigger point charted on one of them belongs on the other too.

The mapping between two such views is a least-squares affine fitted on the landmarks both views
carry (same id and side), in normalised view coordinates. It is trusted only where the two views
really show the same thing: a point maps when the region under it exists on the target view and
the mapped point lands inside that same region (same id and side); anywhere else it is not
shown there. The inverse of the fit maps a point back, so a mark moved on the other view can be
stored in the coordinates of the view it was made on.

Views that show the same surface but share fewer than three landmarks (hands and feet against
the full-body views) are not paired: an affine cannot be fitted from fewer than three points.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass

from bodymap.domain.calibration import solve3
from bodymap.domain.diagrams import DiagramView, Point, load_view

# Pairs of views that show one body surface (the first is the wider view).
SURFACE_PAIRS: tuple[tuple[str, str], ...] = (
    ("posterior", "head_posterior"),
    ("lateral_left", "head_lateral_left"),
    ("lateral_right", "head_lateral_right"),
)

Affine = tuple[float, float, float, float, float, float]   # x' = a x + b y + c; y' = d x + e y + f


@dataclass(frozen=True)
class ViewFit:
    """The landmark fit from one view onto another."""

    source: str
    target: str
    forward: Affine
    inverse: Affine
    landmarks: tuple[tuple[str, str], ...]     # (id, side) of the landmarks it was fitted on
    residuals: tuple[float, ...]               # per landmark, in target view heights

    @property
    def max_residual(self) -> float:
        return max(self.residuals) if self.residuals else 0.0


def surface_partners(view_id: str) -> tuple[str, ...]:
    """The views that show the same body surface as view_id (empty if none)."""
    return tuple(b if a == view_id else a for a, b in SURFACE_PAIRS if view_id in (a, b))


def _apply(m: Affine, x: float, y: float) -> Point:
    return (m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5])


def _invert(m: Affine) -> Affine:
    a, b, c, d, e, f = m
    det = a * e - b * d
    if abs(det) < 1e-12:
        raise ValueError("degenerate landmark fit")
    ia, ib, id_, ie = e / det, -b / det, -d / det, a / det
    return (ia, ib, -(ia * c + ib * f), id_, ie, -(id_ * c + ie * f))


def _solve3(m: list[list[float]], v: list[float]) -> list[float]:
    """calibration.solve3, refusing a degenerate landmark set."""
    out = solve3(m, v)
    if out is None:
        raise ValueError("degenerate landmark fit")
    return out


def fit_affine(pairs: list[tuple[Point, Point]]) -> Affine:
    """Least-squares affine taking each pair's first point to its second (>= 3 pairs)."""
    if len(pairs) < 3:
        raise ValueError("an affine fit needs at least three landmarks")
    ata = [[0.0] * 3 for _ in range(3)]
    atx = [0.0] * 3
    aty = [0.0] * 3
    for (x, y), (u, v) in pairs:
        row = (x, y, 1.0)
        for i in range(3):
            for j in range(3):
                ata[i][j] += row[i] * row[j]
            atx[i] += row[i] * u
            aty[i] += row[i] * v
    a, b, c = _solve3(ata, atx)
    d, e, f = _solve3(ata, aty)
    return (a, b, c, d, e, f)


@functools.cache
def view_fit(source: str, target: str) -> ViewFit:
    """The fit from source onto target; ValueError if the views are not a surface pair."""
    if target not in surface_partners(source):
        raise ValueError(f"{source} and {target} do not show the same body surface")
    src, dst = load_view(source), load_view(target)
    there = {(lm.id, lm.side): (lm.x, lm.y) for lm in dst.landmarks}
    shared = [((lm.id, lm.side), (lm.x, lm.y)) for lm in src.landmarks if (lm.id, lm.side) in there]
    pairs = [(p, there[key]) for key, p in shared]
    forward = fit_affine(pairs)
    aspect = dst.aspect
    residuals = tuple(math.hypot((mx - u) * aspect, my - v)
                      for (mx, my), (u, v) in ((_apply(forward, *p), q) for p, q in pairs))
    return ViewFit(source, target, forward, _invert(forward),
                   tuple(key for key, _p in shared), residuals)


def _same_region(src: DiagramView, x: float, y: float, dst: DiagramView, u: float, v: float) -> bool:
    here = src.region_at(x, y)
    if here is None or not dst.contains(u, v):
        return False
    there = dst.region_at(u, v)
    return there is not None and (there.region_id, there.side) == (here.region_id, here.side)


def project(source: str, x: float, y: float, target: str) -> Point | None:
    """Where the point (x, y) of view source lies on view target, or None when target does not
    show it (not a surface pair, outside the target figure, or in another region there)."""
    if source == target:
        return (x, y)
    if target not in surface_partners(source):
        return None
    u, v = _apply(view_fit(source, target).forward, x, y)
    if not (0.0 <= u <= 1.0 and 0.0 <= v <= 1.0):
        return None
    if not _same_region(load_view(source), x, y, load_view(target), u, v):
        return None
    return (u, v)


def project_back(source: str, target: str, u: float, v: float) -> Point | None:
    """A point (u, v) on view target mapped back onto view source (where the mark is stored);
    None if it would land outside source's figure or in another region than the one under
    (u, v) on target."""
    if source == target:
        return (u, v)
    if target not in surface_partners(source):
        return None
    x, y = _apply(view_fit(source, target).inverse, u, v)
    if not (0.0 <= x <= 1.0 and 0.0 <= y <= 1.0):
        return None
    if not _same_region(load_view(target), u, v, load_view(source), x, y):
        return None
    return (x, y)


def project_polygon(source: str, polygon: tuple[Point, ...] | list[Point],
                    target: str) -> list[Point] | None:
    """A zone outline mapped vertex by vertex onto target (the map is affine, so straight edges
    stay straight); None unless the zone's centroid projects (its region is shown there)."""
    if not polygon:
        return None
    cx = sum(p[0] for p in polygon) / len(polygon)
    cy = sum(p[1] for p in polygon) / len(polygon)
    if project(source, cx, cy, target) is None:
        return None
    m = view_fit(source, target).forward
    return [_apply(m, x, y) for x, y in polygon]
