"""Where a mark lands: the rules that turn a click or a drawn outline into what is recorded.

A trigger point records its region, muscle, side (the patient's) and nearest reference site, all
resolved from the diagram; a zone is clipped to the body outline and records every region and
side it covers. Pure: the services apply these to rows.
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from bodymap.domain import diagrams
from bodymap.domain.charting import Polygon, clean_polygons
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError


def view_of(view: str) -> diagrams.DiagramView:
    """The diagram view, or ValidationError for an id that is not one."""
    try:
        return diagrams.load_view(view)
    except KeyError:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown diagram view {view}.").format(view=repr(view))) from None


def trigger_point_placement(diagram: diagrams.DiagramView, x: float, y: float,
                            include_deep: bool = False) -> dict[str, object]:
    """Position, region, muscle, side and nearest reference site, all resolved from the diagram:
    the trigger_points columns they go to, with their values."""
    where = diagram.locate(x, y, include_deep)
    if where.region is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A trigger point must be placed on the body."))
    placed: dict[str, object] = {"x": round(x, 5), "y": round(y, 5), "region": where.region.region_id}
    if where.muscle is not None:
        muscle = where.muscle.muscle_id
        placed.update(
            muscle=muscle, side=where.muscle.side if where.muscle.side != "midline" else where.region.side,
            site=where.site.label if where.site is not None and where.site.muscle_id == muscle else None)
    else:
        placed.update(muscle=None, site=None, side=where.region.side)
    return placed


def is_deep_muscle(view: str, muscle_id: str | None) -> bool:
    """Whether muscle_id is drawn only in the deep layer of the view: a point recorded on it was
    placed with the deep layer on, and moving it back must resolve the deep layer again."""
    if muscle_id is None:
        return False
    layers = {m.layer for m in view_of(view).muscles if m.id == muscle_id}
    return layers == {"deep"}


def zone_outline(diagram: diagrams.DiagramView,
                 polygons: Iterable[Iterable[Sequence[float]]]) -> tuple[Polygon, ...]:
    """The drawn polygons, cleaned and clipped to the body outline (ValidationError if nothing is left)."""
    from bodymap.domain import geometry  # shapely: imported when a zone is first drawn, not at start-up
    polys = clean_polygons(polygons)
    clipped = geometry.clip_to(polys, diagram.outline, diagram.aspect)
    if not clipped:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The zone lies outside the body outline."))
    return clean_polygons(clipped)


@dataclass(frozen=True)
class ZoneShape:
    """What a zone records of its outline: the polygons, the sides and the side:region pairs it covers."""
    polygons: list[list[list[float]]]     # [[[x, y], ...], ...]: the JSON column's form
    sides: str
    regions: list[str]


def zone_shape(diagram: diagrams.DiagramView, polys: Sequence[Sequence[diagrams.Point]]) -> ZoneShape:
    from bodymap.domain import geometry
    touched = geometry.regions_touched(diagram, polys)
    sides = sorted({side for _r, side in touched}) or [diagram.side_at(*polys[0][0])]
    return ZoneShape(polygons=[[list(p) for p in poly] for poly in polys], sides=",".join(sides),
                     regions=[f"{side}:{rid}" for rid, side in touched])
