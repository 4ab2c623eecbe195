"""Fibre direction of a muscle outline and the light hatch that shows it (Qt-free, pure Python).

Every muscle of a diagram view carries how its fibres run from origin to insertion
(tools/diagram_build/fibres.py sets them from anatomy):

- ``angle``: parallel fibres; degrees in scene space (x to the viewer's right, y down), so 0 is
  toward the viewer's right and 90 straight down.  The direction points from the origin to the
  insertion.
- ``toward``: a fan-shaped muscle (temporalis, pectoralis major, deltoid, gluteus medius, the
  trapezius parts ...): its fibres converge on this normalised point, the insertion.

``hatch_segments`` cuts fibre lines, evenly spaced, to a muscle's polygons (even-odd, like the
outline is filled), in scene units, for the muscles layer to draw.
"""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, TypeAlias

SCENE_HEIGHT = 1000.0   # as diagrams.SCENE_HEIGHT (kept here so this module imports nothing)
HATCH_SPACING = 7.0     # scene units between neighbouring fibre lines (a view is 1000 tall)

Point: TypeAlias = tuple[float, float]
Segment: TypeAlias = tuple[Point, Point]


@dataclass(frozen=True)
class Fibres:
    angle: float | None = None      # degrees, scene space, origin -> insertion
    toward: Point | None = None     # normalised convergence point of a fan (the insertion)

    def direction_at(self, x: float, y: float, aspect: float) -> Point:
        """Unit vector (scene space, y down) of the fibres at the normalised point (x, y),
        pointing from the origin toward the insertion."""
        if self.toward is not None:
            dx = (self.toward[0] - x) * aspect
            dy = self.toward[1] - y
            n = math.hypot(dx, dy)
            if n > 1e-12:
                return (dx / n, dy / n)
            return (1.0, 0.0)
        a = math.radians(self.angle or 0.0)
        return (math.cos(a), math.sin(a))


def parse_fibres(raw: dict[str, Any] | None) -> Fibres | None:
    """``{"angle": deg}`` or ``{"toward": [x, y]}`` from a view asset; None when absent."""
    if not raw:
        return None
    if "toward" in raw:
        x, y = raw["toward"]
        return Fibres(toward=(float(x), float(y)))
    return Fibres(angle=float(raw["angle"]))


def fibres_dict(fibres: Fibres | None) -> dict[str, Any] | None:
    if fibres is None:
        return None
    if fibres.toward is not None:
        return {"toward": [fibres.toward[0], fibres.toward[1]]}
    return {"angle": fibres.angle}


def _scene(rings: Iterable[Sequence[Point]], aspect: float) -> list[list[Point]]:
    w = aspect * SCENE_HEIGHT
    return [[(x * w, y * SCENE_HEIGHT) for x, y in ring] for ring in rings]


def _cuts(rings: list[list[Point]], ox: float, oy: float, dx: float, dy: float) -> list[float]:
    """Parameters t where the line (ox, oy) + t (dx, dy) crosses the rings' edges, sorted."""
    nx, ny = -dy, dx                           # the line's normal
    ts = []
    for ring in rings:
        n = len(ring)
        for i in range(n):
            (ax, ay), (bx, by) = ring[i], ring[(i + 1) % n]
            sa = (ax - ox) * nx + (ay - oy) * ny
            sb = (bx - ox) * nx + (by - oy) * ny
            if (sa > 0.0) != (sb > 0.0):       # half-open: a vertex on the line counts once
                f = sa / (sa - sb)
                px, py = ax + (bx - ax) * f, ay + (by - ay) * f
                ts.append((px - ox) * dx + (py - oy) * dy)
    ts.sort()
    return ts


def _pairs(ts: list[float]) -> list[tuple[float, float]]:
    return [(ts[i], ts[i + 1]) for i in range(0, len(ts) - 1, 2)]


def hatch_segments(rings: Sequence[Sequence[Point]], fibres: Fibres, aspect: float,
                   spacing: float = HATCH_SPACING) -> list[Segment]:
    """Fibre lines inside the polygons ``rings`` (normalised), as scene-unit segments.

    Parallel fibres: lines ``spacing`` apart at the fibre angle, through the whole outline.
    A fan: lines through the convergence point, ``spacing`` apart where they cross the middle
    of the outline (so the lines part toward the origin and close in toward the insertion);
    near the convergence point every other line stops early and none reaches it."""
    scene = _scene(rings, aspect)
    pts = [p for ring in scene for p in ring]
    if len(pts) < 3:
        return []
    out: list[Segment] = []
    if fibres.toward is None:
        a = math.radians(fibres.angle or 0.0)
        dx, dy = math.cos(a), math.sin(a)
        nx, ny = -dy, dx
        offs = [x * nx + y * ny for x, y in pts]
        lo, hi = min(offs), max(offs)
        k = math.floor(lo / spacing) + 1
        while k * spacing < hi:
            ox, oy = nx * k * spacing, ny * k * spacing     # a point on the line
            for t0, t1 in _pairs(_cuts(scene, ox, oy, dx, dy)):
                out.append(((ox + dx * t0, oy + dy * t0), (ox + dx * t1, oy + dy * t1)))
            k += 1
        return out
    cx, cy = fibres.toward[0] * aspect * SCENE_HEIGHT, fibres.toward[1] * SCENE_HEIGHT
    mx = sum(x for x, _ in pts) / len(pts)
    my = sum(y for _, y in pts) / len(pts)
    # how far the outline lies from the insertion: its vertices' mean distance (also right
    # when the insertion lies inside the outline)
    radius = max(sum(math.hypot(x - cx, y - cy) for x, y in pts) / len(pts), spacing)
    step = spacing / radius                    # radians between neighbouring lines
    angles = [math.atan2(y - cy, x - cx) for x, y in pts]
    centre = math.atan2(my - cy, mx - cx)
    rel = [(a - centre + math.pi) % (2 * math.pi) - math.pi for a in angles]
    lo, hi = min(rel), max(rel)
    if hi - lo > math.pi * 0.999:              # the point lies inside or beside the outline
        lo, hi = -math.pi / 2, math.pi / 2
    n = math.floor((hi - lo) / step)
    first = centre + lo + ((hi - lo) - n * step) / 2
    for i in range(n + 1):
        a = first + i * step
        dx, dy = math.cos(a), math.sin(a)
        # every other line stops farther from the insertion, so the fan closes in without
        # turning into a blot
        keep_off = radius * (0.55 if i % 2 else 0.3)
        for t0, t1 in _pairs(_cuts(scene, cx, cy, dx, dy)):
            for u0, u1 in ((t0, min(t1, -keep_off)), (max(t0, keep_off), t1)):
                if u1 - u0 > 0.5:
                    out.append(((cx + dx * u0, cy + dy * u0), (cx + dx * u1, cy + dy * u1)))
    return out
