"""How large each body region is, on one common scale (Qt-free).

Regions are drawn on views of different scales (a hand close-up shows a finger larger than the
whole-body view shows the forearm). A region's size is its area on the whole-body views; a
region only a close-up shows is scaled by that close-up's ratio to the whole-body views, taken
over the regions both show (the median ratio). Used by the suggestions to weigh a pattern's
regions by size ("how much of the pattern is painful"), not by count.
"""
from __future__ import annotations

import functools
import statistics

from bodymap.domain.diagrams import available_views, load_view
from bodymap.domain.geometry import to_shape

WHOLE_BODY = ("anterior", "posterior", "lateral_right", "lateral_left")


@functools.cache
def _areas(view_id: str) -> dict[str, float]:
    """Region id -> its largest area on the view (either side), in the view's own units."""
    view = load_view(view_id)
    out: dict[str, float] = {}
    for region in view.regions:
        area = to_shape(region.polygons, view.aspect).area
        out[region.id] = max(out.get(region.id, 0.0), area)
    return out


@functools.cache
def region_sizes() -> dict[str, float]:
    """Region id -> size on the whole-body scale, normalised so the median region is 1."""
    body: dict[str, float] = {}
    for view_id in WHOLE_BODY:
        for rid, area in _areas(view_id).items():
            body[rid] = max(body.get(rid, 0.0), area)
    sizes = dict(body)
    for view_id in available_views():
        if view_id in WHOLE_BODY:
            continue
        own = _areas(view_id)
        ratios = [body[rid] / area for rid, area in own.items() if rid in body and area > 0]
        if not ratios:
            continue
        scale = statistics.median(ratios)
        for rid, area in own.items():
            if rid not in body:
                sizes[rid] = max(sizes.get(rid, 0.0), area * scale)
    middle = statistics.median(v for v in sizes.values() if v > 0)
    return {rid: v / middle for rid, v in sizes.items() if v > 0}
