"""Shared geometry helpers for the diagram builders (design px, y down)."""
from __future__ import annotations

import math

from shapely import affinity, set_precision
from shapely.geometry import LineString, MultiPolygon, Point, Polygon, box
from shapely.ops import split, unary_union

BIG = 4000.0
GRID = 0.01  # design px; maps exactly onto the 5-decimal normalised grid
H = 1000.0

# --------------------------------------------------------------------------
# curves


def _catmull_segment(p0, p1, p2, p3, n, alpha=0.5):
    """Centripetal Catmull-Rom between p1 and p2, n samples (p1 included)."""
    def tj(ti, a, b):
        d = math.hypot(b[0] - a[0], b[1] - a[1])
        return ti + max(d, 1e-6) ** alpha

    t0 = 0.0
    t1 = tj(t0, p0, p1)
    t2 = tj(t1, p1, p2)
    t3 = tj(t2, p2, p3)
    out = []
    for i in range(n):
        t = t1 + (t2 - t1) * i / n

        def lerp(a, b, ta, tb):
            if tb - ta < 1e-12:
                return a
            wa, wb = (tb - t) / (tb - ta), (t - ta) / (tb - ta)
            return (wa * a[0] + wb * b[0], wa * a[1] + wb * b[1])

        a1, a2, a3 = lerp(p0, p1, t0, t1), lerp(p1, p2, t1, t2), lerp(p2, p3, t2, t3)
        b1, b2 = lerp(a1, a2, t0, t2), lerp(a2, a3, t1, t3)
        out.append(lerp(b1, b2, t1, t2))
    return out


def smooth_open(pts, step=1.6):
    """Smooth an open polyline through ``pts`` (list of (x, y))."""
    pts = [tuple(p[:2]) for p in pts]
    if len(pts) < 3:
        return pts
    ext = [(2 * pts[0][0] - pts[1][0], 2 * pts[0][1] - pts[1][1])] + pts
    ext.append((2 * pts[-1][0] - pts[-2][0], 2 * pts[-1][1] - pts[-2][1]))
    out = []
    for i in range(1, len(ext) - 2):
        d = math.dist(ext[i], ext[i + 1])
        out += _catmull_segment(ext[i - 1], ext[i], ext[i + 1], ext[i + 2], max(2, int(d / step)))
    out.append(pts[-1])
    return out


def smooth_closed(pts, step=1.6):
    """Smooth a closed loop; points given as (x, y) or (x, y, 'c') for corners."""
    n = len(pts)
    corners = [i for i, p in enumerate(pts) if len(p) > 2]
    if not corners:
        out = []
        for i in range(n):
            p0, p1, p2, p3 = (pts[(i + k) % n][:2] for k in (-1, 0, 1, 2))
            out += _catmull_segment(p0, p1, p2, p3, max(2, int(math.dist(p1, p2) / step)))
        return out
    out = []
    for ci, c in enumerate(corners):
        nxt = corners[(ci + 1) % len(corners)]
        run = [pts[c]]
        j = c
        while True:
            j = (j + 1) % n
            run.append(pts[j])
            if j == nxt:
                break
        out += smooth_open(run, step)[:-1]
    return out


def blob(*pts, step=2.5):
    """Smooth closed shape through control points (muscle outlines etc.)."""
    poly = Polygon(smooth_closed(list(pts), step)).buffer(0)
    if poly.geom_type != "Polygon":
        poly = max(poly.geoms, key=lambda g: g.area)
    return poly


def circle_pts(cx, cy, rx, ry, n=28, a0=0.0, a1=2 * math.pi):
    return [(cx + rx * math.cos(a0 + (a1 - a0) * i / n), cy + ry * math.sin(a0 + (a1 - a0) * i / n))
            for i in range(n + 1)]


def qbez(a, c, b, n=12):
    """Quadratic Bezier a -> b with control point c."""
    return [((1 - t) ** 2 * a[0] + 2 * (1 - t) * t * c[0] + t * t * b[0],
             (1 - t) ** 2 * a[1] + 2 * (1 - t) * t * c[1] + t * t * b[1])
            for t in (i / n for i in range(n + 1))]


# --------------------------------------------------------------------------
# shapes


def P(*pts):
    return Polygon(pts)


def ellipse(cx, cy, rx, ry):
    return affinity.scale(Point(cx, cy).buffer(1.0, 32), rx, ry)


def band(pts, half_width):
    return LineString(pts).buffer(half_width, cap_style="flat", join_style="round")


def sband(pts, half_width, step=3.0):
    """A band around a smoothed polyline, rounded ends."""
    return LineString(smooth_open(pts, step)).buffer(half_width, 16)


def above(pts, top=-BIG):
    """Polygon of everything above the polyline ``pts``."""
    return Polygon([(pts[0][0], top)] + list(pts) + [(pts[-1][0], top)]).buffer(0)


def below(pts, bottom=BIG):
    return Polygon([(pts[0][0], bottom)] + list(pts) + [(pts[-1][0], bottom)]).buffer(0)


def mirror_x(g, mid):
    return affinity.scale(g, xfact=-1.0, yfact=1.0, origin=(mid, 0.0))


def polys_of(g):
    if g.is_empty:
        return []
    if isinstance(g, Polygon):
        return [g]
    return [p for p in getattr(g, "geoms", []) if isinstance(p, Polygon) and not p.is_empty] + \
        [q for p in getattr(g, "geoms", []) if isinstance(p, MultiPolygon) for q in p.geoms]


def largest(g):
    ps = polys_of(g)
    return max(ps, key=lambda p: p.area) if ps else Polygon()


def snap(g):
    return set_precision(g, GRID)


def assign(half, specs, multipart=()):
    """Sequentially carve ``half`` into regions; merge leftovers/orphans by adjacency."""
    regions, rest = {}, snap(half)
    for rid, shape in specs:
        g = rest.intersection(snap(shape)) if shape is not None else rest
        g = snap(unary_union(polys_of(g)))
        regions[rid] = g
        rest = snap(rest.difference(g))
    orphans = [p for p in polys_of(rest) if p.area > 1e-6]
    for rid, g in regions.items():
        parts = sorted(polys_of(g), key=lambda p: -p.area)
        if not parts:
            raise ValueError(f"region {rid} is empty")
        if rid in multipart:
            keep = [p for p in parts if p.area > 0.05 * parts[0].area]
            regions[rid] = unary_union(keep)
            orphans += [p for p in parts if p.area <= 0.05 * parts[0].area]
            continue
        regions[rid] = parts[0]
        orphans += parts[1:]
    for o in sorted(orphans, key=lambda p: -p.area):
        probe = o.buffer(0.5)
        best = max(regions, key=lambda r: regions[r].intersection(probe).area)
        if regions[best].intersection(probe).area <= 0:
            continue
        regions[best] = snap(unary_union([regions[best], o]))
    return regions


def no_holes(g):
    """Split polygons with holes by a vertical line through the hole."""
    out = []
    todo = polys_of(g)
    while todo:
        p = todo.pop()
        if not p.interiors:
            out.append(p)
            continue
        cx = p.interiors[0].centroid.x
        cut = LineString([(cx, -BIG), (cx, BIG)])
        todo += [q for q in split(p, cut).geoms if q.area > 1e-9]
    return sorted(out, key=lambda p: (-p.area, p.bounds))


def half_box(mid, left=True):
    return box(-BIG, -BIG, mid, BIG) if left else box(mid, -BIG, BIG, BIG)


def lines_inside(ring_pts, poly, min_len=2.0):
    """Parts of the closed curve ``ring_pts`` that lie inside ``poly`` (as point lists)."""
    g = LineString(list(ring_pts) + [ring_pts[0]]).intersection(poly.buffer(-0.3))
    parts = [g] if g.geom_type == "LineString" else list(getattr(g, "geoms", []))
    from shapely.ops import linemerge
    if len(parts) > 1:
        merged = linemerge(parts)
        parts = [merged] if merged.geom_type == "LineString" else list(merged.geoms)
    return [list(p.coords) for p in parts if p.geom_type == "LineString" and p.length >= min_len]
