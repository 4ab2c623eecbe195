"""The order a visit's marks are printed in, and the keys they carry (1, 2, ... and A, B, ...).

The handout numbers trigger points and letters zones in page order: view by view in the order
the views are printed (the order of `diagrams.available_views`), and on each view in reading
order (top to bottom in bands, then left to right). The CSV export uses the same keys, so a
number in a spreadsheet is the number on the paper.
"""
from __future__ import annotations

import string
from collections.abc import Sequence

from bodymap.domain.records import TriggerPointRecord, VisitChart, ZoneRecord

READING_BAND = 0.04           # marks this close in height (of the view) read left to right


def zone_key(index: int) -> str:
    """A, B, ... Z, AA, AB, ... for the index-th zone (0-based)."""
    letters = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        letters = string.ascii_uppercase[rem] + letters
    return letters


def view_order(views: Sequence[str]) -> list[str]:
    """views (ids) in the order the handout prints them: known views first, in their order."""
    from bodymap.domain.diagrams import available_views
    known = list(available_views())
    unique = list(dict.fromkeys(views))
    return [v for v in known if v in unique] + [v for v in unique if v not in known]


def zone_anchor(zone: ZoneRecord) -> tuple[float, float]:
    """Where a zone's letter goes: a point inside its first polygon's bounding box centre line
    (the centre of the bounding box of all its points)."""
    xs = [x for poly in zone.polygons for x, _y in poly] or [0.5]
    ys = [y for poly in zone.polygons for _x, y in poly] or [0.5]
    return (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2


def _reading_key(x: float, y: float) -> tuple[int, float, float]:
    return int(y / READING_BAND), x, y


def ordered_marks(chart: VisitChart) -> tuple[list[TriggerPointRecord], list[ZoneRecord]]:
    """The chart's trigger points and zones in page order (see the module's docstring)."""
    views = view_order([tp.view for tp in chart.trigger_points] + [z.view for z in chart.zones])
    rank = {v: i for i, v in enumerate(views)}
    tps = sorted(chart.trigger_points, key=lambda tp: (rank[tp.view], *_reading_key(tp.x, tp.y), tp.id))
    zones = sorted(chart.zones, key=lambda z: (rank[z.view], *_reading_key(*zone_anchor(z)), z.id))
    return tps, zones


def mark_keys(chart: VisitChart) -> tuple[dict[int, str], dict[int, str]]:
    """(trigger point id -> "1", "2", ...; zone id -> "A", "B", ...) in page order."""
    tps, zones = ordered_marks(chart)
    return ({tp.id: str(n) for n, tp in enumerate(tps, start=1)},
            {z.id: zone_key(i) for i, z in enumerate(zones)})
