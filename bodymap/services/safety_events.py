"""The after-needling half of SafetyService (bodymap.services.safety, which inherits it): the
needling session's tolerance and immediate outcome, adverse events and near misses, the clinic
list and its rates. One transaction and one audit row per user action; changes lock the visit.
"""
from __future__ import annotations

import datetime as dt
from typing import Any, TypeVar

from sqlalchemy import Select, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from bodymap import db
from bodymap.domain import adverse as adv
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError
from bodymap.services.common import BaseService
from bodymap.services.safety_records import AdverseEventRecord, ClinicAdverseEvent, SessionRecord

_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


def event_record(row: db.AdverseEvent) -> AdverseEventRecord:
    return AdverseEventRecord(row.id, row.visit_id, row.kind, row.severity or None, row.description or "",
                              row.action_taken or "", row.follow_up or "", row.occurred_at, row.recorded_by,
                              row.onset or None, bool(row.near_miss))


def session_record(row: db.VisitSafetyRow | None) -> SessionRecord:
    if row is None:
        return SessionRecord()
    return SessionRecord(row.tolerance or None, row.outcome or None, row.session_note or "")


def local_midnight(day: dt.date) -> dt.datetime:
    return dt.datetime.combine(day, dt.time()).astimezone().astimezone(dt.UTC)


def _needled_count(s: Session, visit_id: int) -> int:
    return s.scalar(select(func.count()).select_from(db.TriggerPoint).where(
        db.TriggerPoint.visit_id == visit_id, db.TriggerPoint.needled.is_(True))) or 0


class AdverseEventUseCases(BaseService):
    """Tolerance and outcome, adverse events and near misses; SafetyService has them all."""

    # the needling session ---------------------------------------------------------
    def session(self, visit_id: int) -> SessionRecord:
        with self._tx() as s:
            self._get(s, db.Visit, visit_id)
            return session_record(s.get(db.VisitSafetyRow, visit_id))

    def set_session(self, visit_id: int, data: adv.SessionInput,
                    expected_version: int | None = None) -> SessionRecord:
        """How the patient tolerated the needling at this visit and its immediate outcome."""
        data = data.validated()
        with self._tx() as s:
            visit = self._lock_visit(s, visit_id, expected_version)
            if data.recorded and not _needled_count(s, visit_id):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Tolerance and outcome are recorded for a visit with "
                                                                    "needling: mark the needled trigger points first."))
            row = s.get(db.VisitSafetyRow, visit_id)
            if row is None:
                row = db.VisitSafetyRow(visit_id=visit_id, count_note="", counted_by="", rom_note="")
                s.add(row)
            before = session_record(row) if row.tolerance or row.outcome or row.session_note else None
            row.tolerance = data.tolerance.value if data.tolerance else None
            row.outcome = data.outcome.value if data.outcome else None
            row.session_note = data.note
            s.flush()
            record = session_record(row)
            self._audit(s, "update", "needling_session", visit_id, patient_id=visit.patient_id, visit_id=visit_id,
                        before=before, after=record)
            return record

    # adverse events and near misses ------------------------------------------------
    def add_adverse_event(self, visit_id: int, data: adv.AdverseEventInput,
                          expected_version: int | None = None) -> AdverseEventRecord:
        data = data.validated()
        with self._tx() as s:
            visit = self._lock_visit(s, visit_id, expected_version)
            row = db.AdverseEvent(visit_id=visit_id, recorded_by=self.actor.display_name,
                                  recorded_by_id=getattr(self.actor, "id", None))
            _apply_event(row, data)
            s.add(row)
            s.flush()
            record = event_record(row)
            self._audit(s, "create", "adverse_event", row.id, patient_id=visit.patient_id, visit_id=visit_id,
                        after=record)
            return record

    def update_adverse_event(self, event_id: int, data: adv.AdverseEventInput,
                             expected_version: int | None = None) -> AdverseEventRecord:
        data = data.validated()
        with self._tx() as s:
            row = self._get(s, db.AdverseEvent, event_id)
            visit = self._lock_visit(s, row.visit_id, expected_version)
            before = event_record(row)
            _apply_event(row, data)
            s.flush()
            record = event_record(row)
            self._audit(s, "update", "adverse_event", row.id, patient_id=visit.patient_id, visit_id=visit.id,
                        before=before, after=record)
            return record

    def delete_adverse_event(self, event_id: int, expected_version: int | None = None) -> AdverseEventRecord:
        with self._tx() as s:
            row = self._get(s, db.AdverseEvent, event_id)
            visit = self._lock_visit(s, row.visit_id, expected_version)
            record = event_record(row)
            self._audit(s, "delete", "adverse_event", row.id, patient_id=visit.patient_id, visit_id=visit.id,
                        before=record)
            s.delete(row)
            return record

    def adverse_events(self, visit_id: int) -> list[AdverseEventRecord]:
        with self._tx() as s:
            return [event_record(r) for r in s.scalars(
                select(db.AdverseEvent).where(db.AdverseEvent.visit_id == visit_id)
                .order_by(db.AdverseEvent.occurred_at, db.AdverseEvent.id))]

    # across the clinic ---------------------------------------------------------------
    def clinic_adverse_events(self, date_from: dt.date | None = None,
                              date_to: dt.date | None = None) -> list[ClinicAdverseEvent]:
        """Adverse events and near misses across the clinic by time; dates (inclusive) are local
        calendar days."""
        query = (select(db.AdverseEvent, db.Patient.chart_number)
                 .join(db.Visit, db.Visit.id == db.AdverseEvent.visit_id)
                 .join(db.Patient, db.Patient.id == db.Visit.patient_id)
                 .order_by(db.AdverseEvent.occurred_at, db.AdverseEvent.id))
        with self._tx() as s:
            return [ClinicAdverseEvent(e.occurred_at, chart, e.visit_id, e.kind, e.severity or None, e.action_taken,
                                       e.follow_up, e.recorded_by, e.onset or None, bool(e.near_miss))
                    for e, chart in s.execute(_dated(query, db.AdverseEvent.occurred_at, date_from, date_to))]

    def adverse_event_summary(self, date_from: dt.date | None = None,
                              date_to: dt.date | None = None) -> adv.EventSummary:
        """Rates over a period (local calendar days, inclusive): the events dated in it (as
        clinic_adverse_events lists them) per 1,000 trigger points needled, and per 1,000 visits
        with needling, at visits that started in it. Near misses are counted separately."""
        points_q = (select(db.TriggerPoint.visit_id, func.count())
                    .join(db.Visit, db.Visit.id == db.TriggerPoint.visit_id)
                    .where(db.TriggerPoint.needled.is_(True)).group_by(db.TriggerPoint.visit_id))
        events_q = select(db.AdverseEvent.kind, db.AdverseEvent.severity, db.AdverseEvent.near_miss)
        with self._tx() as s:
            per_visit = [int(n) for _visit, n in s.execute(_dated(points_q, db.Visit.started_at, date_from, date_to))]
            events = [(kind, severity or None, bool(near)) for kind, severity, near
                      in s.execute(_dated(events_q, db.AdverseEvent.occurred_at, date_from, date_to))]
        return adv.summarise(events, len(per_visit), sum(per_visit))


def _dated(query: _Query, column: InstrumentedAttribute[dt.datetime], date_from: dt.date | None,
           date_to: dt.date | None) -> _Query:
    """query limited to column in the local calendar days date_from..date_to (inclusive)."""
    if date_from is not None:
        query = query.where(column >= local_midnight(date_from))
    if date_to is not None:
        query = query.where(column < local_midnight(date_to + dt.timedelta(days=1)))
    return query


def _apply_event(row: db.AdverseEvent, data: adv.AdverseEventInput) -> None:
    row.kind = data.kind.value
    row.severity = data.severity.value if data.severity is not None else None
    row.description, row.action_taken, row.follow_up = data.description, data.action_taken, data.follow_up
    assert data.occurred_at is not None           # validated() sets it (now, when not given)
    row.occurred_at = data.occurred_at
    row.onset = data.onset.value if data.onset is not None else None
    row.near_miss = data.near_miss
