"""Use cases. Each public method is one user action, one transaction, and returns plain records.

Widgets and the command line call these by name; they never see a Session.
"""
from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import logging

from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError, OperationalError, InterfaceError, DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from bodymap import db
from bodymap.db import DatabaseError
from bodymap.domain import diagrams, geometry, reference
from bodymap.domain.charting import (FINDINGS, PatientInput, TriggerPointDetails, ValidationError,
                                     VisitInput, VisitStatus, ZoneDetails, clean_polygons, check_unit)
from bodymap.records import (PatientRecord, TriggerPointRecord, VisitChart, VisitRecord,
                             ZoneRecord)

log = logging.getLogger(__name__)
FINDING_KEYS = tuple(key for key, _label in FINDINGS)


class NotFound(LookupError):
    pass


class ChartService:
    def __init__(self, sessions: sessionmaker):
        self._sessions = sessions

    # ------------------------------------------------------------------ plumbing
    @contextlib.contextmanager
    def _tx(self):
        """One transaction; database trouble becomes DatabaseError with a plain message."""
        session: Session = self._sessions()
        try:
            with session.begin():
                yield session
        except (ValidationError, NotFound):
            raise
        except IntegrityError as exc:
            raise ValidationError(_integrity_message(exc)) from None
        except (OperationalError, InterfaceError) as exc:
            log.warning("database unavailable: %s", exc.__class__.__name__)
            raise DatabaseError("The database cannot be reached; nothing was changed. "
                                "Check the connection and try again.") from exc
        except DBAPIError as exc:
            log.warning("database error: %s", exc.__class__.__name__)
            raise DatabaseError("The database refused the change; nothing was changed.") from exc
        finally:
            session.close()

    @staticmethod
    def _get(session: Session, model, ident: int):
        row = session.get(model, ident)
        if row is None:
            raise NotFound(f"{model.__name__} {ident} does not exist.")
        return row

    def _editable_visit(self, session: Session, visit_id: int) -> db.Visit:
        visit = self._get(session, db.Visit, visit_id)
        if visit.status == VisitStatus.SIGNED.value:
            raise ValidationError("This visit is signed and can no longer be changed.")
        return visit

    # ------------------------------------------------------------------ patients
    def create_patient(self, data: PatientInput) -> PatientRecord:
        data = data.validated()
        with self._tx() as s:
            self._check_chart_free(s, data.chart_number)
            row = db.Patient(chart_number=data.chart_number, name=data.name,
                             date_of_birth=data.date_of_birth, sex=data.sex.value, notes=data.notes)
            s.add(row)
            s.flush()
            return _patient(row)

    def update_patient(self, patient_id: int, data: PatientInput) -> PatientRecord:
        data = data.validated()
        with self._tx() as s:
            row = self._get(s, db.Patient, patient_id)
            if data.chart_number != row.chart_number:
                self._check_chart_free(s, data.chart_number)
            row.chart_number, row.name = data.chart_number, data.name
            row.date_of_birth, row.sex, row.notes = data.date_of_birth, data.sex.value, data.notes
            s.flush()
            return _patient(row)

    @staticmethod
    def _check_chart_free(s: Session, chart_number: str) -> None:
        taken = s.scalar(select(db.Patient.id).where(db.Patient.chart_number == chart_number))
        if taken is not None:
            raise ValidationError(f"Chart number {chart_number} is already in use.")

    def get_patient(self, patient_id: int) -> PatientRecord:
        with self._tx() as s:
            return _patient(self._get(s, db.Patient, patient_id))

    def find_patient(self, chart_number: str) -> PatientRecord:
        with self._tx() as s:
            row = s.scalar(select(db.Patient).where(db.Patient.chart_number == chart_number.strip()))
            if row is None:
                raise NotFound(f"No patient with chart number {chart_number}.")
            return _patient(row)

    def search_patients(self, text: str = "", limit: int = 200) -> list[PatientRecord]:
        """Patients whose name or chart number contains text (case-insensitive), by name."""
        text = (text or "").strip()[:200]
        query = select(db.Patient).order_by(db.Patient.name, db.Patient.id).limit(limit)
        if text:
            like = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            query = query.where(or_(db.Patient.name.ilike(like, escape="\\"),
                                    db.Patient.chart_number.ilike(like, escape="\\")))
        with self._tx() as s:
            return [_patient(p) for p in s.scalars(query)]

    # ------------------------------------------------------------------ visits
    def create_visit(self, patient_id: int, data: VisitInput, carry_forward_from: int | None = None,
                     carry_trigger_points=None, carry_zones=()) -> VisitRecord:
        """A new draft visit. With carry_forward_from, copies that visit's trigger points (all, or the
        ids in carry_trigger_points) and the zones with ids in carry_zones, marked as carried until
        the clinician confirms or removes them."""
        data = data.validated()
        with self._tx() as s:
            self._get(s, db.Patient, patient_id)
            visit = db.Visit(patient_id=patient_id, started_at=data.started_at, clinician=data.clinician,
                             chief_complaint=data.chief_complaint, overall_pain=data.overall_pain,
                             notes=data.notes, status=VisitStatus.DRAFT.value)
            s.add(visit)
            s.flush()
            if carry_forward_from is not None:
                source = self._get(s, db.Visit, carry_forward_from)
                if source.patient_id != patient_id:
                    raise ValidationError("Marks can only be carried forward from the same patient.")
                wanted_tps = None if carry_trigger_points is None else set(carry_trigger_points)
                wanted_zones = set(carry_zones or ())
                for tp in source.trigger_points:
                    if wanted_tps is None or tp.id in wanted_tps:
                        s.add(_copy_trigger_point(tp, visit.id))
                for zone in source.zones:
                    if zone.id in wanted_zones:
                        s.add(_copy_zone(zone, visit.id))
            s.flush()
            return self._visit_record(s, visit)

    def confirm_carried(self, kind: str, mark_id: int):
        """The clinician re-examined a carried-forward mark and keeps it: it is no longer 'carried'."""
        model = db.TriggerPoint if kind == "tp" else db.PainZone
        with self._tx() as s:
            row = self._get(s, model, mark_id)
            self._editable_visit(s, row.visit_id)
            row.carry_confirmed = True
            s.flush()
            return _trigger_point(row) if kind == "tp" else _zone(row)

    def unconfirm_carried(self, kind: str, mark_id: int):
        """Undo of confirm_carried."""
        model = db.TriggerPoint if kind == "tp" else db.PainZone
        with self._tx() as s:
            row = self._get(s, model, mark_id)
            self._editable_visit(s, row.visit_id)
            row.carry_confirmed = False
            s.flush()
            return _trigger_point(row) if kind == "tp" else _zone(row)

    def update_visit(self, visit_id: int, data: VisitInput) -> VisitRecord:
        data = data.validated()
        with self._tx() as s:
            visit = self._editable_visit(s, visit_id)
            visit.started_at, visit.clinician = data.started_at, data.clinician
            visit.chief_complaint, visit.overall_pain = data.chief_complaint, data.overall_pain
            visit.notes = data.notes
            s.flush()
            return self._visit_record(s, visit)

    def sign_visit(self, visit_id: int) -> VisitRecord:
        with self._tx() as s:
            visit = self._editable_visit(s, visit_id)
            visit.status, visit.signed_at = VisitStatus.SIGNED.value, db.utcnow()
            s.flush()
            return self._visit_record(s, visit)

    def list_visits(self, patient_id: int | None = None) -> list[VisitRecord]:
        tp_count = (select(db.TriggerPoint.visit_id, func.count().label("n"))
                    .group_by(db.TriggerPoint.visit_id).subquery())
        zone_count = (select(db.PainZone.visit_id, func.count().label("n"))
                      .group_by(db.PainZone.visit_id).subquery())
        query = (select(db.Visit, func.coalesce(tp_count.c.n, 0), func.coalesce(zone_count.c.n, 0))
                 .outerjoin(tp_count, tp_count.c.visit_id == db.Visit.id)
                 .outerjoin(zone_count, zone_count.c.visit_id == db.Visit.id)
                 .order_by(db.Visit.started_at.desc(), db.Visit.id.desc()))
        if patient_id is not None:
            query = query.where(db.Visit.patient_id == patient_id)
        with self._tx() as s:
            return [_visit(v, n_tp, n_zone) for v, n_tp, n_zone in s.execute(query)]

    def get_visit(self, visit_id: int) -> VisitRecord:
        with self._tx() as s:
            return self._visit_record(s, self._get(s, db.Visit, visit_id))

    def get_chart(self, visit_id: int) -> VisitChart:
        with self._tx() as s:
            visit = self._get(s, db.Visit, visit_id)
            tps = tuple(_trigger_point(tp) for tp in visit.trigger_points)
            zones = tuple(_zone(z) for z in visit.zones)
            return VisitChart(patient=_patient(visit.patient),
                              visit=_visit(visit, len(tps), len(zones)),
                              trigger_points=tps, zones=zones)

    @staticmethod
    def _visit_record(s: Session, visit: db.Visit) -> VisitRecord:
        n_tp = s.scalar(select(func.count()).where(db.TriggerPoint.visit_id == visit.id))
        n_zone = s.scalar(select(func.count()).where(db.PainZone.visit_id == visit.id))
        return _visit(visit, n_tp or 0, n_zone or 0)

    # ------------------------------------------------------------------ trigger points
    def add_trigger_point(self, visit_id: int, view: str, x: float, y: float,
                          details: TriggerPointDetails = TriggerPointDetails()) -> TriggerPointRecord:
        details = details.validated()
        diagram = _view(view)
        x, y = check_unit(x, "The point"), check_unit(y, "The point")
        with self._tx() as s:
            self._editable_visit(s, visit_id)
            row = db.TriggerPoint(visit_id=visit_id, view=view, diagram_version=diagram.version)
            _place(row, diagram, x, y)
            _apply_details(row, details)
            s.add(row)
            s.flush()
            return _trigger_point(row)

    def move_trigger_point(self, tp_id: int, x: float, y: float) -> TriggerPointRecord:
        x, y = check_unit(x, "The point"), check_unit(y, "The point")
        with self._tx() as s:
            row = self._get(s, db.TriggerPoint, tp_id)
            self._editable_visit(s, row.visit_id)
            diagram = _view(row.view)
            _place(row, diagram, x, y)
            row.diagram_version = diagram.version
            s.flush()
            return _trigger_point(row)

    def update_trigger_point(self, tp_id: int, details: TriggerPointDetails) -> TriggerPointRecord:
        details = details.validated()
        with self._tx() as s:
            row = self._get(s, db.TriggerPoint, tp_id)
            self._editable_visit(s, row.visit_id)
            _apply_details(row, details)
            s.flush()
            return _trigger_point(row)

    def delete_trigger_point(self, tp_id: int) -> TriggerPointRecord:
        """Removes the point and returns what it was, so undo can restore it exactly."""
        with self._tx() as s:
            row = self._get(s, db.TriggerPoint, tp_id)
            self._editable_visit(s, row.visit_id)
            zone_ids = s.scalars(select(db.zone_sources.c.zone_id)
                                 .where(db.zone_sources.c.trigger_point_id == tp_id)).all()
            record = _trigger_point(row, zone_ids)
            s.delete(row)
            return record

    def restore_trigger_point(self, record: TriggerPointRecord) -> TriggerPointRecord:
        with self._tx() as s:
            self._editable_visit(s, record.visit_id)
            row = db.TriggerPoint(id=record.id, visit_id=record.visit_id, view=record.view,
                                  x=record.x, y=record.y, diagram_version=record.diagram_version,
                                  region=record.region, muscle=record.muscle, side=record.side)
            if record.carried_from_id is not None and s.get(db.TriggerPoint, record.carried_from_id):
                row.carried_from_id = record.carried_from_id
            row.carry_confirmed = record.carry_confirmed
            _apply_details(row, details_of(record))
            s.add(row)
            s.flush()
            relinked = []
            for zone_id in sorted(record.zone_ids):        # zones that named it as their source
                zone = s.get(db.PainZone, zone_id)
                if zone is not None and zone.visit_id == record.visit_id:
                    zone.sources.append(row)
                    relinked.append(zone_id)
            s.flush()
            return _trigger_point(row, relinked)

    # ------------------------------------------------------------------ zones
    def add_zone(self, visit_id: int, view: str, polygons, details: ZoneDetails = ZoneDetails()) -> ZoneRecord:
        details = details.validated()
        diagram = _view(view)
        polys = _zone_polygons(diagram, polygons)
        with self._tx() as s:
            self._editable_visit(s, visit_id)
            row = db.PainZone(visit_id=visit_id, view=view, diagram_version=diagram.version)
            _shape_zone(row, diagram, polys)
            self._apply_zone_details(s, row, visit_id, details)
            s.add(row)
            s.flush()
            return _zone(row)

    def get_zone(self, zone_id: int) -> ZoneRecord:
        with self._tx() as s:
            return _zone(self._get(s, db.PainZone, zone_id))

    def update_zone(self, zone_id: int, details: ZoneDetails) -> ZoneRecord:
        details = details.validated()
        with self._tx() as s:
            row = self._get(s, db.PainZone, zone_id)
            self._editable_visit(s, row.visit_id)
            self._apply_zone_details(s, row, row.visit_id, details)
            s.flush()
            return _zone(row)

    def reshape_zone(self, zone_id: int, polygons) -> ZoneRecord:
        with self._tx() as s:
            row = self._get(s, db.PainZone, zone_id)
            self._editable_visit(s, row.visit_id)
            diagram = _view(row.view)
            _shape_zone(row, diagram, _zone_polygons(diagram, polygons))
            row.diagram_version = diagram.version
            s.flush()
            return _zone(row)

    def delete_zone(self, zone_id: int) -> ZoneRecord:
        with self._tx() as s:
            row = self._get(s, db.PainZone, zone_id)
            self._editable_visit(s, row.visit_id)
            record = _zone(row)
            s.delete(row)
            return record

    def restore_zone(self, record: ZoneRecord) -> ZoneRecord:
        with self._tx() as s:
            self._editable_visit(s, record.visit_id)
            row = db.PainZone(id=record.id, visit_id=record.visit_id, view=record.view,
                              diagram_version=record.diagram_version,
                              polygons=[[list(p) for p in poly] for poly in record.polygons],
                              sides=",".join(record.sides), regions=list(record.regions),
                              carry_confirmed=record.carry_confirmed)
            if record.carried_from_id is not None and s.get(db.PainZone, record.carried_from_id):
                row.carried_from_id = record.carried_from_id
            details = ZoneDetails(quality=record.quality, intensity=record.intensity, depth=record.depth,
                                  notes=record.notes, source_trigger_point_ids=record.source_ids).validated()
            self._apply_zone_details(s, row, record.visit_id, details)
            s.add(row)
            s.flush()
            return _zone(row)

    def _apply_zone_details(self, s: Session, row: db.PainZone, visit_id: int, details: ZoneDetails) -> None:
        row.quality, row.intensity = details.quality.value, details.intensity
        row.depth, row.notes = details.depth.value, details.notes
        sources = []
        for tp_id in sorted(details.source_trigger_point_ids):
            tp = s.get(db.TriggerPoint, tp_id)
            if tp is None or tp.visit_id != visit_id:
                raise ValidationError("A zone can only be referred from trigger points of the same visit.")
            sources.append(tp)
        row.sources = sources


# ---------------------------------------------------------------------- helpers

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


def _place(row: db.TriggerPoint, diagram, x: float, y: float) -> None:
    hit = diagram.region_at(x, y)
    if hit is None:
        raise ValidationError("A trigger point must be placed on the body.")
    row.x, row.y = round(x, 5), round(y, 5)
    row.region, row.side = hit.region_id, hit.side


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
    copy = db.TriggerPoint(visit_id=visit_id, view=tp.view, x=tp.x, y=tp.y,
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
                       status=v.status, trigger_point_count=n_tp, zone_count=n_zone)


def _region_label(view: str, region: str | None) -> str:
    if not region:
        return ""
    try:
        return reference.region_label(region)
    except KeyError:
        return region.replace("_", " ").capitalize()


def _trigger_point(tp: db.TriggerPoint, zone_ids=()) -> TriggerPointRecord:
    return TriggerPointRecord(
        id=tp.id, visit_id=tp.visit_id, view=tp.view, x=tp.x, y=tp.y,
        diagram_version=tp.diagram_version, region=tp.region,
        region_label=_region_label(tp.view, tp.region), muscle=tp.muscle, side=tp.side,
        status=tp.status, findings=frozenset(k for k in FINDING_KEYS if getattr(tp, k)),
        pressure_pain=tp.pressure_pain, needled=tp.needled, needle_size=tp.needle_size,
        depth_mm=tp.depth_mm, twitch_responses=tp.twitch_responses, notes=tp.notes,
        carried_from_id=tp.carried_from_id, carry_confirmed=bool(tp.carry_confirmed),
        zone_ids=frozenset(zone_ids))


def _zone(z: db.PainZone) -> ZoneRecord:
    return ZoneRecord(
        id=z.id, visit_id=z.visit_id, view=z.view, diagram_version=z.diagram_version,
        polygons=tuple(tuple((float(x), float(y)) for x, y in poly) for poly in z.polygons),
        sides=tuple(s for s in z.sides.split(",") if s), regions=tuple(z.regions or ()),
        quality=z.quality, intensity=z.intensity, depth=z.depth, notes=z.notes,
        source_ids=frozenset(tp.id for tp in z.sources), carried_from_id=z.carried_from_id,
        carry_confirmed=bool(z.carry_confirmed))
