"""Rows to records and back, and the small rules that shape a mark from the diagram."""
from __future__ import annotations

from sqlalchemy.exc import IntegrityError

from bodymap import db
from bodymap.domain import diagrams, geometry, reference
from bodymap.domain.charting import (FINDINGS, TriggerPointDetails, ValidationError, ZoneDetails,
                                     clean_polygons)
from bodymap.records import (AddendumRecord, PatientRecord, TriggerPointRecord, VisitRecord,
                             ZoneRecord)

FINDING_KEYS = tuple(key for key, _label in FINDINGS)


def _integrity_message(exc: IntegrityError) -> str:
    text = str(exc.orig).lower()
    if "chart_number" in text:
        return "That chart number is already in use."
    return "The change conflicts with data already stored; nothing was changed."


def _view(view: str):
    try:
        return diagrams.load_view(view)
    except KeyError:
        raise ValidationError(f"Unknown diagram view {view!r}.") from None


def _place(row: db.TriggerPoint, diagram, x: float, y: float, include_deep: bool = False) -> None:
    """Position, region, muscle, side and nearest reference site, all resolved from the diagram."""
    where = diagram.locate(x, y, include_deep)
    if where.region is None:
        raise ValidationError("A trigger point must be placed on the body.")
    row.x, row.y = round(x, 5), round(y, 5)
    row.region = where.region.region_id
    if where.muscle is not None:
        row.muscle = where.muscle.muscle_id
        row.side = where.muscle.side if where.muscle.side != "midline" else where.region.side
        row.site = where.site.label if where.site is not None and where.site.muscle_id == row.muscle else None
    else:
        row.muscle, row.site, row.side = None, None, where.region.side


def _zone_polygons(diagram, polygons):
    polys = clean_polygons(polygons)
    clipped = geometry.clip_to(polys, diagram.outline, diagram.aspect)
    if not clipped:
        raise ValidationError("The zone lies outside the body outline.")
    return clean_polygons(clipped)


def _shape_zone(row: db.PainZone, diagram, polys) -> None:
    touched = geometry.regions_touched(diagram, polys)
    sides = sorted({side for _r, side in touched}) or [diagram.side_at(*polys[0][0])]
    row.polygons = [[list(p) for p in poly] for poly in polys]
    row.sides = ",".join(sides)
    row.regions = [f"{side}:{rid}" for rid, side in touched]


def _apply_details(row: db.TriggerPoint, d: TriggerPointDetails) -> None:
    row.status = d.status.value
    for key in FINDING_KEYS:
        setattr(row, key, key in d.findings)
    row.pressure_pain, row.needled, row.needle_size = d.pressure_pain, d.needled, d.needle_size
    row.depth_mm, row.twitch_responses, row.notes = d.depth_mm, d.twitch_responses, d.notes


def details_of(record: TriggerPointRecord) -> TriggerPointDetails:
    return TriggerPointDetails(status=record.status, findings=record.findings,
                               pressure_pain=record.pressure_pain, needled=record.needled,
                               needle_size=record.needle_size, depth_mm=record.depth_mm,
                               twitch_responses=record.twitch_responses, notes=record.notes).validated()


def zone_details_of(record: ZoneRecord) -> ZoneDetails:
    return ZoneDetails(quality=record.quality, intensity=record.intensity, depth=record.depth,
                       notes=record.notes, source_trigger_point_ids=record.source_ids).validated()


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


def _patient(p: db.Patient) -> PatientRecord:
    return PatientRecord(id=p.id, chart_number=p.chart_number, name=p.name,
                         date_of_birth=p.date_of_birth, sex=p.sex, notes=p.notes)


def _visit(v: db.Visit, n_tp: int, n_zone: int) -> VisitRecord:
    return VisitRecord(id=v.id, patient_id=v.patient_id, started_at=v.started_at, clinician=v.clinician,
                       chief_complaint=v.chief_complaint, overall_pain=v.overall_pain, notes=v.notes,
                       status=v.status, trigger_point_count=n_tp, zone_count=n_zone,
                       version=v.version or 1, signed_at=v.signed_at, signed_by=v.signed_by or "",
                       created_by=v.created_by or "")


def _addendum(a: db.Addendum) -> AddendumRecord:
    return AddendumRecord(id=a.id, visit_id=a.visit_id, author=a.author_name, text=a.text,
                          created_at=a.created_at)




def _trigger_point(tp: db.TriggerPoint, zone_ids=()) -> TriggerPointRecord:
    return TriggerPointRecord(
        id=tp.id, visit_id=tp.visit_id, view=tp.view, x=tp.x, y=tp.y,
        diagram_version=tp.diagram_version, region=tp.region,
        region_label=reference.display_region(tp.region), muscle=tp.muscle, side=tp.side,
        status=tp.status, findings=frozenset(k for k in FINDING_KEYS if getattr(tp, k)),
        pressure_pain=tp.pressure_pain, needled=tp.needled, needle_size=tp.needle_size,
        depth_mm=tp.depth_mm, twitch_responses=tp.twitch_responses, notes=tp.notes,
        carried_from_id=tp.carried_from_id, carry_confirmed=bool(tp.carry_confirmed), site=tp.site,
        zone_ids=frozenset(zone_ids))


def _zone(z: db.PainZone, source_ids=None) -> ZoneRecord:
    """source_ids: the zone's source trigger points when the caller already read them (no lazy load)."""
    return ZoneRecord(
        id=z.id, visit_id=z.visit_id, view=z.view, diagram_version=z.diagram_version,
        polygons=tuple(tuple((float(x), float(y)) for x, y in poly) for poly in z.polygons),
        sides=tuple(s for s in z.sides.split(",") if s), regions=tuple(z.regions or ()),
        quality=z.quality, intensity=z.intensity, depth=z.depth, notes=z.notes,
        source_ids=frozenset(tp.id for tp in z.sources) if source_ids is None else frozenset(source_ids),
        carried_from_id=z.carried_from_id,
        carry_confirmed=bool(z.carry_confirmed))
