"""Where the handout's close-ups go: the marked areas of a view, as crops of its scene.

A whole-body figure printed 8 cm tall draws a trigger point about 1.5 mm across, too small to
read on paper. Each area of a view that carries marks is therefore also printed as an enlarged
inset, a crop of the scene around those marks, at a scale that draws a trigger point at least
MIN_MARK_MM across. Marks close together share one crop (greedy merging of the closest pair
while the merged crop stays small enough for that scale); marks far apart get one crop each.

Rectangles are (x0, y0, x1, y1) in scene units (a view is 1000 units tall).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from bodymap.render import style

MIN_MARK_MM = 4.0                      # a trigger point is at least this wide in a close-up
MARK_UNITS = 2 * style.TP_RADIUS       # a trigger point's drawn diameter in scene units
MIN_SCALE_MM = MIN_MARK_MM / MARK_UNITS    # millimetres per scene unit for MIN_MARK_MM
PAD_UNITS = 34.0                       # room around the marks (numbers sit beside them)
MIN_CROP_UNITS = 120.0                 # a close-up shows at least this much of the body

Rect = tuple[float, float, float, float]


@dataclass
class Area:
    """One close-up: the crop, and the marks (kind, id) inside it."""

    crop: Rect
    marks: list[tuple[str, int]] = field(default_factory=list)
    has_trigger_point: bool = False
    first: tuple = ()                  # sort key of its first mark in page order

    @property
    def width(self) -> float:
        return self.crop[2] - self.crop[0]

    @property
    def height(self) -> float:
        return self.crop[3] - self.crop[1]


def _union(a: Rect, b: Rect) -> Rect:
    return min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])


def _pad(r: Rect, pad: float) -> Rect:
    return r[0] - pad, r[1] - pad, r[2] + pad, r[3] + pad


def _area(r: Rect) -> float:
    return max(0.0, r[2] - r[0]) * max(0.0, r[3] - r[1])


def _fit(r: Rect, bounds: Rect, min_w: float, min_h: float) -> Rect:
    """r grown to at least min_w x min_h (about its centre), then moved (not shrunk) inside bounds
    where it fits."""
    x0, y0, x1, y1 = r
    if x1 - x0 < min_w:
        cx = (x0 + x1) / 2
        x0, x1 = cx - min_w / 2, cx + min_w / 2
    if y1 - y0 < min_h:
        cy = (y0 + y1) / 2
        y0, y1 = cy - min_h / 2, cy + min_h / 2
    bx0, by0, bx1, by1 = bounds
    if x1 - x0 <= bx1 - bx0:
        shift = max(bx0 - x0, 0.0) + min(bx1 - x1, 0.0)
        x0, x1 = x0 + shift, x1 + shift
    else:
        x0, x1 = bx0, bx1
    if y1 - y0 <= by1 - by0:
        shift = max(by0 - y0, 0.0) + min(by1 - y1, 0.0)
        y0, y1 = y0 + shift, y1 + shift
    else:
        y0, y1 = by0, by1
    return x0, y0, x1, y1


def marked_areas(marks: list[tuple[str, int, Rect, tuple]], bounds: Rect, max_w: float,
                 max_h: float) -> list[Area]:
    """The close-ups of one view.

    marks: (kind, id, bounding box, page-order key) of each mark (kind "tp" or "zone"); bounds:
    the scene rectangle; max_w x max_h: the largest crop that still prints at the wanted scale.
    A zone larger than that keeps a crop of its own (zones are large enough to read)."""
    groups: list[tuple[Rect, list[tuple[str, int]], bool, tuple]] = [
        (_pad(box, PAD_UNITS), [(kind, mid)], kind == "tp", key) for kind, mid, box, key in marks]
    while len(groups) > 1:
        best = None
        for i in range(len(groups)):
            for j in range(i + 1, len(groups)):
                u = _union(groups[i][0], groups[j][0])
                if u[2] - u[0] > max_w or u[3] - u[1] > max_h:
                    continue
                cost = _area(u) - _area(groups[i][0]) - _area(groups[j][0])
                if best is None or cost < best[0]:
                    best = (cost, i, j, u)
        if best is None:
            break
        _c, i, j, u = best
        a, b = groups[i], groups[j]
        groups[i] = (u, a[1] + b[1], a[2] or b[2], min(a[3], b[3]))
        del groups[j]
    min_w = min(MIN_CROP_UNITS, bounds[2] - bounds[0])
    min_h = min(MIN_CROP_UNITS, bounds[3] - bounds[1])
    areas = [Area(_fit(box, bounds, min_w, min_h), ids, tp, key) for box, ids, tp, key in groups]
    return sorted(areas, key=lambda a: a.first)
