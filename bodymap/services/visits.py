"""Visits: create (optionally carrying marks forward), edit, sign, addenda, read."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, Text, bindparam, cast, func, select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain import signoff
from bodymap.domain.accounts import UserRecord
from bodymap.domain.charting import MAX_NOTES, VisitInput, VisitStatus, clean_text
from bodymap.domain.records import AddendumRecord, VisitChart, VisitRecord
from bodymap.errors import QT_TRANSLATE_NOOP, NotFound, ValidationError
from bodymap.services.common import BaseService

if TYPE_CHECKING:
    from bodymap.services.signoff import OpenVisit
from bodymap.services.convert import _addendum, _copy_trigger_point, _copy_zone, _patient, _trigger_point, _visit, _zone


class VisitsMixin(BaseService):
    """ChartService's use cases of visits (a BaseService, for its transactions and audit rows)."""

    def create_visit(self, patient_id: int, data: VisitInput, carry_forward_from: int | None = None,
                     carry_trigger_points: Iterable[int] | None = None,
                     carry_zones: Iterable[int] | None = ()) -> VisitRecord:
        """A new draft visit. With carry_forward_from, copies that visit's trigger points (all, or the
        ids in carry_trigger_points) and the zones with ids in carry_zones, marked as carried until
        the clinician confirms or removes them."""
        data = data.validated()
        with self._tx() as s:
            self._get(s, db.Patient, patient_id)
            clinician_id, clinician = self._treating(s, data)
            visit = db.Visit(patient_id=patient_id, started_at=data.started_at, clinician=clinician,
                             clinician_id=clinician_id,
                             chief_complaint=data.chief_complaint, overall_pain=data.overall_pain,
                             notes=data.notes, status=VisitStatus.DRAFT.value,
                             created_by=self.actor.display_name, version=1)
            s.add(visit)
            s.flush()
            carried: dict[str, list[int]] = {"trigger_points": [], "zones": []}
            if carry_forward_from is not None:
                source = self._get(s, db.Visit, carry_forward_from)
                if source.patient_id != patient_id:
                    raise ValidationError(QT_TRANSLATE_NOOP("Records", "Marks can only be carried forward from the same "
                                                            "patient."))
                wanted_tps = None if carry_trigger_points is None else set(carry_trigger_points)
                wanted_zones = set(carry_zones or ())
                for tp in source.trigger_points:
                    if wanted_tps is None or tp.id in wanted_tps:
                        s.add(_copy_trigger_point(tp, visit.id))
                        carried["trigger_points"].append(tp.id)
                for zone in source.zones:
                    if zone.id in wanted_zones:
                        s.add(_copy_zone(zone, visit.id))
                        carried["zones"].append(zone.id)
            s.flush()
            record = self._visit_record(s, visit)
            after = {"visit": record, **({"carried_from_visit": carry_forward_from, **carried}
                                         if carry_forward_from is not None else {})}
            self._audit(s, "create", "visit", visit.id, patient_id=patient_id, visit_id=visit.id, after=after)
            return record

    def update_visit(self, visit_id: int, data: VisitInput, expected_version: int | None = None) -> VisitRecord:
        data = data.validated()
        with self._tx() as s:
            visit = self._lock_visit(s, visit_id, expected_version)
            before = _visit(visit, 0, 0)
            assert data.started_at is not None          # validated() sets it (now, when not given)
            visit.clinician_id, visit.clinician = self._treating(s, data, keep=visit.clinician_id)
            visit.started_at = data.started_at
            visit.chief_complaint, visit.overall_pain = data.chief_complaint, data.overall_pain
            visit.notes = data.notes
            s.flush()
            record = self._visit_record(s, visit)
            self._audit(s, "update", "visit", visit_id, patient_id=visit.patient_id, visit_id=visit_id,
                        before=before, after=record)
            return record

    def sign_visit(self, visit_id: int, expected_version: int | None = None) -> VisitRecord:
        """Sign the visit when every sign-off rule is met (domain/signoff.py); otherwise raise
        ValidationError naming every unmet rule and change nothing. Records who signed and when."""
        from bodymap.services.signoff import problems_of  # the safety service is loaded on first sign
        with self._tx() as s:
            visit = self._lock_visit(s, visit_id, expected_version)
            found = problems_of(s, visit, self.actor.id)
            if found:
                raise ValidationError(signoff.summary(found))
            visit.status, visit.signed_at = VisitStatus.SIGNED.value, db.utcnow()
            visit.signed_by, visit.signed_by_id = self.actor.display_name, self.actor.id
            s.flush()
            record = self._visit_record(s, visit)
            self._audit(s, "sign", "visit", visit_id, patient_id=visit.patient_id, visit_id=visit_id,
                        after={"signed_by": visit.signed_by, "signed_by_id": visit.signed_by_id,
                               "signed_at": visit.signed_at, "clinician": visit.clinician,
                               "clinician_id": visit.clinician_id})
            return record

    def sign_off_problems(self, visit_id: int) -> list[signoff.SignOffProblem]:
        """What keeps the visit from being signed by whoever acts now (empty: it can be signed)."""
        from bodymap.services.signoff import problems_of
        with self._tx() as s:
            return problems_of(s, self._get(s, db.Visit, visit_id), self.actor.id)

    def incomplete_visits(self, older_than_days: float | None = None) -> list[OpenVisit]:
        """Every draft visit with what blocks its signing (for a clinic lead: open records)."""
        from bodymap.services.signoff import open_visits
        if older_than_days is not None and not (0 <= older_than_days <= 36500):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "--older-than is a number of days between 0 and "
                                                     "36500."))
        with self._tx() as s:
            return open_visits(s, None if older_than_days is None else dt.timedelta(days=older_than_days))

    def clinicians(self) -> list[UserRecord]:
        """Every account, by name, to choose a visit's treating clinician from (the window offers
        the active ones, and a visit's own clinician even after the account was deactivated)."""
        from bodymap.services.accounts import _user
        with self._tx() as s:
            return [_user(u) for u in s.scalars(select(db.User).order_by(db.User.display_name, db.User.id))]

    def _treating(self, s: Session, data: VisitInput, keep: int | None = None) -> tuple[int | None, str]:
        """The treating clinician's account id and the name shown. An account given by id must be
        active (unless the visit already names it); a name alone is linked to the one active account
        of that name; neither: whoever is signed in."""
        if data.clinician_id is not None:
            user = s.get(db.User, data.clinician_id)
            if user is None or not (user.active or user.id == keep):
                raise ValidationError(QT_TRANSLATE_NOOP("Records", "The treating clinician must be an active "
                                                            "clinician account."))
            return user.id, user.display_name
        if data.clinician:
            kept = s.get(db.User, keep) if keep is not None else None
            if kept is not None and kept.display_name == data.clinician:
                return kept.id, kept.display_name
            ids = s.scalars(select(db.User.id).where(db.User.display_name == data.clinician,
                                                     db.User.active.is_(True)).limit(2)).all()
            return (ids[0] if len(ids) == 1 else None), data.clinician
        if self.actor.id is not None:
            return self.actor.id, self.actor.display_name
        return None, ""

    def add_addendum(self, visit_id: int, text: str) -> AddendumRecord:
        """A correction or note to a signed visit, with its own author and time."""
        text = clean_text(text, QT_TRANSLATE_NOOP("Validation", "Addendum"), MAX_NOTES, required=True)
        with self._tx() as s:
            visit = self._get(s, db.Visit, visit_id)
            if visit.status != VisitStatus.SIGNED.value:
                raise ValidationError(QT_TRANSLATE_NOOP("Records", "Addenda are for signed visits; a draft visit can "
                                                            "be edited directly."))
            row = db.Addendum(visit_id=visit_id, author_id=getattr(self.actor, "id", None),
                              author_name=self.actor.display_name, text=text)
            s.add(row)
            visit.version = (visit.version or 1) + 1
            s.flush()
            record = _addendum(row)
            self._audit(s, "addendum", "visit", visit_id, patient_id=visit.patient_id, visit_id=visit_id,
                        after=record)
            return record

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

    def visit_times(self, patient_id: int | None = None) -> list[tuple[int, dt.datetime]]:
        """(id, started_at) of every visit (of one patient): what a whole-clinic export needs to
        choose and order its visits, without holding 100,000 visit records."""
        query = select(db.Visit.id, db.Visit.started_at)
        if patient_id is not None:
            query = query.where(db.Visit.patient_id == patient_id)
        with self._tx() as s:
            return [(vid, started) for vid, started in s.execute(query)]

    def get_visit(self, visit_id: int) -> VisitRecord:
        with self._tx() as s:
            return self._visit_record(s, self._get(s, db.Visit, visit_id))

    def get_chart(self, visit_id: int) -> VisitChart:
        """Core selects on the bare connection: the rows go straight into the records, without ORM
        objects in between (a visit can hold thousands of marks)."""
        with self._core_tx() as c:
            visit = c.execute(_CHART_VISIT, {"visit_id": visit_id}).first()
            if visit is None:
                raise NotFound(QT_TRANSLATE_NOOP("Records", "Visit {id} does not exist.").format(id=visit_id))
            links: dict[int, set[int]] = {}        # trigger point -> zones it is a source of
            sources: dict[int, set[int]] = {}      # zone -> its source trigger points
            for zone_id, tp_id in c.execute(_CHART_ZONE_SOURCES, {"visit_id": visit_id}):
                links.setdefault(tp_id, set()).add(zone_id)
                sources.setdefault(zone_id, set()).add(tp_id)
            # .all(): the rows in one fetch, rather than one driver call per row while iterating
            tps = tuple(_trigger_point(tp, links.get(tp.id, ()))
                        for tp in c.execute(_CHART_TRIGGER_POINTS, {"visit_id": visit_id}).all())
            zones = tuple(_zone(z, sources.get(z.id, ()))
                          for z in c.execute(_CHART_ZONES, {"visit_id": visit_id}).all())
            patient = c.execute(_CHART_PATIENT, {"patient_id": visit.patient_id}).one()
            addenda = tuple(_addendum(a) for a in c.execute(_CHART_ADDENDA, {"visit_id": visit_id}))
            return VisitChart(patient=_patient(patient), visit=_visit(visit, len(tps), len(zones)),
                              trigger_points=tps, zones=zones, addenda=addenda)

    @staticmethod
    def _visit_record(s: Session, visit: db.Visit) -> VisitRecord:
        n_tp = s.scalar(select(func.count()).where(db.TriggerPoint.visit_id == visit.id))
        n_zone = s.scalar(select(func.count()).where(db.PainZone.visit_id == visit.id))
        return _visit(visit, n_tp or 0, n_zone or 0)


# ---------------------------------------------------------------- get_chart's statements, built once

def _record_columns(model: type[db.Base], *, polygons_as_text: bool = False) -> list[ColumnElement[Any]]:
    """The columns a mark's record is made of: not its created/updated times (converting 2,400 unused
    timestamps costs more than reading them). With polygons_as_text, the zone outlines come as the
    stored JSON text, which convert._outlines turns into tuples much faster than from decoded lists."""
    table = model.__table__
    columns: list[ColumnElement[Any]] = [c for c in table.c if c.name not in ("created_at", "updated_at")]
    if polygons_as_text:
        columns = [cast(c, Text).label("polygons") if c.name == "polygons" else c for c in columns]
    return columns


_CHART_VISIT = select(db.Visit.__table__).where(db.Visit.id == bindparam("visit_id"))
_CHART_PATIENT = select(db.Patient.__table__).where(db.Patient.id == bindparam("patient_id"))
_CHART_ZONE_SOURCES = (select(db.zone_sources.c.zone_id, db.zone_sources.c.trigger_point_id)
                       .join(db.PainZone, db.PainZone.id == db.zone_sources.c.zone_id)
                       .where(db.PainZone.visit_id == bindparam("visit_id")))
_CHART_TRIGGER_POINTS = (select(*_record_columns(db.TriggerPoint))
                         .where(db.TriggerPoint.visit_id == bindparam("visit_id")).order_by(db.TriggerPoint.id))
_CHART_ZONES = (select(*_record_columns(db.PainZone, polygons_as_text=True))
                .where(db.PainZone.visit_id == bindparam("visit_id")).order_by(db.PainZone.id))
_CHART_ADDENDA = (select(db.Addendum.__table__).where(db.Addendum.visit_id == bindparam("visit_id"))
                  .order_by(db.Addendum.id))
