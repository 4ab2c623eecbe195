"""Rows to records and back; where a mark lands is decided by bodymap.domain.placement."""
from __future__ import annotations

import functools
import json
from collections.abc import Callable, Iterable, Sequence
from typing import Any, cast

from sqlalchemy.engine import Row
from sqlalchemy.exc import IntegrityError

from bodymap import db
from bodymap.domain import reference
from bodymap.domain.charting import (
    FINDINGS,
    Depth,
    PainQuality,
    Polygon,
    TriggerPointDetails,
    TriggerPointStatus,
    ZoneDetails,
)
from bodymap.domain.diagrams import DiagramView
from bodymap.domain.placement import trigger_point_placement, zone_shape
from bodymap.domain.records import AddendumRecord, PatientRecord, TriggerPointRecord, VisitRecord, ZoneRecord

FINDING_KEYS = tuple(key for key, _label in FINDINGS)
CoreRow = Row[*tuple[Any, ...]]        # a Core result row, of any columns


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "chart_number" in text:
        return "That chart number is already in use."
    return "The change conflicts with data already stored; nothing was changed."


def _place(row: db.TriggerPoint, diagram: DiagramView, x: float, y: float, include_deep: bool = False) -> None:
    for column, value in trigger_point_placement(diagram, x, y, include_deep).items():
        setattr(row, column, value)


def _shape_zone(row: db.PainZone, diagram: DiagramView, polys: Sequence[Polygon]) -> None:
    shape = zone_shape(diagram, polys)
    row.polygons, row.sides, row.regions = shape.polygons, shape.sides, shape.regions


def _detail_values(d: TriggerPointDetails) -> dict[str, object]:
    """The trigger_points columns that hold the details, with their values."""
    return {"status": d.status.value, **{key: key in d.findings for key in FINDING_KEYS},
            "pressure_pain": d.pressure_pain, "needled": d.needled, "needle_size": d.needle_size,
            "depth_mm": d.depth_mm, "twitch_responses": d.twitch_responses, "notes": d.notes}


def _apply_details(row: db.TriggerPoint, d: TriggerPointDetails) -> None:
    for column, value in _detail_values(d).items():
        setattr(row, column, value)


# The details are made from a record's stored text (status, quality, depth): validated() turns it
# into the enums, refusing a value that is not one with ValidationError, as for any other input.

def details_of(record: TriggerPointRecord) -> TriggerPointDetails:
    return TriggerPointDetails(status=cast(TriggerPointStatus, record.status), findings=record.findings,
                               pressure_pain=record.pressure_pain, needled=record.needled,
                               needle_size=record.needle_size, depth_mm=record.depth_mm,
                               twitch_responses=record.twitch_responses, notes=record.notes).validated()


def zone_details_of(record: ZoneRecord) -> ZoneDetails:
    return ZoneDetails(quality=cast(PainQuality, record.quality), intensity=record.intensity,
                       depth=cast(Depth, record.depth), notes=record.notes,
                       source_trigger_point_ids=record.source_ids).validated()


def _copy_trigger_point(tp: db.TriggerPoint, visit_id: int) -> db.TriggerPoint:
    copy = db.TriggerPoint(visit_id=visit_id, view=tp.view, x=tp.x, y=tp.y, site=tp.site,
                           diagram_version=tp.diagram_version, region=tp.region, muscle=tp.muscle,
                           side=tp.side, status=tp.status, carried_from_id=tp.id, notes="")
    for key in FINDING_KEYS:
        setattr(copy, key, False)
    return copy


def _copy_zone(zone: db.PainZone, visit_id: int) -> db.PainZone:
    return db.PainZone(visit_id=visit_id, view=zone.view, diagram_version=zone.diagram_version,
                       polygons=zone.polygons, sides=zone.sides, regions=list(zone.regions or []),
                       quality=zone.quality, intensity=zone.intensity, depth=zone.depth, notes="",
                       carried_from_id=zone.id)


def _patient(p: db.Patient | CoreRow) -> PatientRecord:
    return PatientRecord(id=p.id, chart_number=p.chart_number, name=p.name,
                         date_of_birth=p.date_of_birth, sex=p.sex, notes=p.notes, version=p.version or 1,
                         language=getattr(p, "language", "") or "")


def _visit(v: db.Visit | CoreRow, n_tp: int, n_zone: int) -> VisitRecord:
    return VisitRecord(id=v.id, patient_id=v.patient_id, started_at=v.started_at, clinician=v.clinician,
                       chief_complaint=v.chief_complaint, overall_pain=v.overall_pain, notes=v.notes,
                       status=v.status, trigger_point_count=n_tp, zone_count=n_zone,
                       version=v.version or 1, signed_at=v.signed_at, signed_by=v.signed_by or "",
                       created_by=v.created_by or "", clinician_id=v.clinician_id,
                       signed_by_id=v.signed_by_id)


def _addendum(a: db.Addendum | CoreRow) -> AddendumRecord:
    return AddendumRecord(id=a.id, visit_id=a.visit_id, author=a.author_name, text=a.text,
                          created_at=a.created_at)


def _column_reader(row: db.TriggerPoint | db.PainZone | CoreRow) -> Callable[[str], Any]:   # any column type
    """column name -> value, for an ORM row (its attributes) or a Core row (its mapping, several
    times faster to read than a Core row's attributes: it counts for a chart's thousands of marks)."""
    if isinstance(row, Row):
        return row._mapping.__getitem__
    return functools.partial(getattr, row)


def _trigger_point(tp: db.TriggerPoint | CoreRow, zone_ids: Iterable[int] = ()) -> TriggerPointRecord:
    """tp: an ORM row or a Core row of trigger_points."""
    c = _column_reader(tp)
    return TriggerPointRecord(
        id=c("id"), visit_id=c("visit_id"), view=c("view"), x=c("x"), y=c("y"),
        diagram_version=c("diagram_version"), region=c("region"),
        region_label=reference.display_region(c("region")), muscle=c("muscle"), side=c("side"),
        status=c("status"), findings=frozenset(filter(c, FINDING_KEYS)),
        pressure_pain=c("pressure_pain"), needled=c("needled"), needle_size=c("needle_size"),
        depth_mm=c("depth_mm"), twitch_responses=c("twitch_responses"), notes=c("notes"),
        carried_from_id=c("carried_from_id"), carry_confirmed=bool(c("carry_confirmed")), site=c("site"),
        zone_ids=frozenset(zone_ids))


_OUTLINE_JSON = json.JSONDecoder(parse_int=float)     # whole numbers too come back as floats


def _outlines(polygons: str | Iterable[Iterable[Sequence[float]]]) -> tuple[Polygon, ...]:
    """A zone's polygons as tuples of (x, y) floats, from the decoded JSON of an ORM row or from the
    stored JSON text itself (get_chart reads it so: numbers parsed as floats and lists turned into
    tuples in C, many times faster for a visit's thousands of outline points)."""
    if isinstance(polygons, str):
        return tuple(tuple(map(tuple, poly)) for poly in _OUTLINE_JSON.decode(polygons))
    return tuple(tuple((float(x), float(y)) for x, y in poly) for poly in polygons)


def _zone(z: db.PainZone | CoreRow, source_ids: Iterable[int] | None = None) -> ZoneRecord:
    """z: an ORM row of pain_zones, or a Core row (then with source_ids; its polygons may be the JSON text).
    source_ids: the zone's source trigger points when the caller already read them (no lazy load)."""
    c = _column_reader(z)
    return ZoneRecord(
        id=c("id"), visit_id=c("visit_id"), view=c("view"), diagram_version=c("diagram_version"),
        polygons=_outlines(c("polygons")),
        sides=tuple(s for s in c("sides").split(",") if s), regions=tuple(c("regions") or ()),
        quality=c("quality"), intensity=c("intensity"), depth=c("depth"), notes=c("notes"),
        source_ids=frozenset(tp.id for tp in z.sources) if source_ids is None else frozenset(source_ids),
        carried_from_id=c("carried_from_id"),
        carry_confirmed=bool(c("carry_confirmed")))
