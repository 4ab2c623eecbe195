"""Geometry in normalised diagram coordinates (0..1 on both axes of a view's design box)."""
from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, cast

from shapely.geometry import Polygon as ShapelyPolygon
from shapely.geometry.base import BaseGeometry  # shapely ships no type hints: to mypy this is Any
from shapely.ops import unary_union

if TYPE_CHECKING:
    from bodymap.domain.diagrams import DiagramView

Point = tuple[float, float]


def to_shape(polygons: Iterable[Sequence[Point]], aspect: float = 1.0) -> BaseGeometry:
    """A valid shapely geometry for polygons; x is scaled by aspect so areas are true areas."""
    parts = []
    for poly in polygons:
        pts = [(x * aspect, y) for x, y in poly]
        if len(pts) >= 3:
            shape = ShapelyPolygon(pts)
            if not shape.is_valid:
                shape = shape.buffer(0)
            if not shape.is_empty:
                parts.append(shape)
    return unary_union(parts) if parts else ShapelyPolygon()


@functools.lru_cache(maxsize=4096)
def diagram_shape(polygons: tuple[tuple[Point, ...], ...], aspect: float) -> BaseGeometry:
    """to_shape of a diagram's own (immutable) outline or region, made once: every zone drawn or
    imported is intersected with them, and building them took most of a zone's time."""
    return to_shape(polygons, aspect)


def regions_touched(view: DiagramView, polygons: Iterable[Sequence[Point]],
                    min_share: float = 0.002) -> list[tuple[str, str]]:
    """(region_id, side) pairs that a zone covers, largest overlap first.

    min_share ignores slivers: a region counts when the overlap is at least that share of the
    zone's own area (a brush stroke that grazes a border does not claim the neighbour).
    """
    zone = to_shape(polygons, view.aspect)
    if zone.is_empty:
        return []
    total = zone.area
    hits: list[tuple[float, str, str]] = []
    for region in view.regions:
        shape = diagram_shape(region.polygons, view.aspect)
        if not shape.intersects(zone):
            continue
        overlap = shape.intersection(zone).area
        if overlap >= total * min_share:
            hits.append((overlap, region.id, region.side))
    hits.sort(key=lambda h: -h[0])
    return [(rid, side) for _a, rid, side in hits]


def simplify_stroke(points: Sequence[Point], tolerance: float = 0.0015) -> list[Point]:
    """Thin a dense freehand polyline (Ramer-Douglas-Peucker via shapely)."""
    from shapely.geometry import LineString
    if len(points) < 3:
        return list(points)
    line = LineString(points).simplify(tolerance, preserve_topology=False)
    return [(float(x), float(y)) for x, y in line.coords]


def stroke_to_polygons(points: Sequence[Point], radius: float, aspect: float) -> list[list[Point]]:
    """The area swept by a round brush of radius (in view-height units) along a stroke."""
    from shapely.geometry import LineString
    from shapely.geometry import Point as SPoint
    pts = [(x * aspect, y) for x, y in points]
    geom = SPoint(pts[0]).buffer(radius, 16) if len(pts) == 1 else LineString(pts).buffer(radius, 16)
    geom = geom.simplify(radius / 8)
    return _polygons_of(geom, aspect)


def tapered_stroke_to_polygons(points: Sequence[Point], radii: Sequence[float],
                               aspect: float) -> list[list[Point]]:
    """The area swept by a round brush whose radius changes along the stroke (a pen's pressure):
    a disc of radii[i] at points[i], joined to the next by the hull of the two discs."""
    import shapely
    if not points or len(points) != len(radii):
        raise ValueError("one radius per point")
    # shapely's array functions: one call each for every disc and every hull (a 600-sample
    # stroke in well under 0.1 s, where a Python loop over the pairs took close to a second)
    discs = shapely.buffer(shapely.points([(x * aspect, y) for x, y in points]),
                           [max(r, 1e-4) for r in radii], quad_segs=16)
    hulls = shapely.convex_hull(shapely.union(discs[:-1], discs[1:]))
    geom = shapely.union_all([*discs[:1], *hulls]).simplify(max(min(radii), 1e-4) / 8)
    return _polygons_of(geom, aspect)


def _polygons_of(geom: BaseGeometry, aspect: float) -> list[list[Point]]:
    shapes = list(getattr(geom, "geoms", [geom]))
    out = []
    for shape in shapes:
        if shape.is_empty or shape.geom_type != "Polygon":
            continue
        ring = list(shape.exterior.coords)[:-1]
        out.append([(min(max(x / aspect, 0.0), 1.0), min(max(y, 0.0), 1.0)) for x, y in ring])
    return out


def clip_to(polygons: Iterable[Sequence[Point]], outline: Iterable[Sequence[Point]],
            aspect: float) -> list[list[Point]]:
    """Zone polygons clipped to the body silhouette (empty list when nothing is left)."""
    # a view's outline is a tuple of tuples (hashable): its shape is made once
    body = (diagram_shape(cast(tuple[tuple[Point, ...], ...], outline), aspect) if isinstance(outline, tuple)
            else to_shape(outline, aspect))
    inside = to_shape(polygons, aspect).intersection(body)
    return _polygons_of(inside, aspect)
