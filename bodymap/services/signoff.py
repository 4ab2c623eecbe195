"""The facts the sign-off rules look at, read inside a transaction, and the list of open records.

sign_visit (services/visits.py) calls `problems_of` in its own transaction; the window asks the same
through ChartService.sign_off_problems before it offers the final confirmation, and
`bodymap incomplete` lists every draft visit with its problems.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain import signoff
from bodymap.domain.charting import VisitStatus
from bodymap.domain.reference import display_region
from bodymap.services.consent import consent_problems, covering_consent, valid_consent
from bodymap.services.safety import _count_out, _needled, _tp_label


@dataclass(frozen=True)
class OpenVisit:
    """A draft visit and what keeps it from being signed (for `bodymap incomplete`)."""

    visit_id: int
    patient_id: int
    patient_name: str
    chart_number: str
    started_at: dt.datetime
    clinician: str
    problems: tuple[signoff.SignOffProblem, ...]


def _zone_label(zone: db.PainZone) -> str:
    regions = [display_region(r.split(":", 1)[-1]) for r in (zone.regions or [])]
    where = ", ".join(dict.fromkeys(r for r in regions if r)) or zone.view
    return f"over {where} ({zone.sides})" if zone.sides else f"over {where}"


def facts_of(s: Session, visit: db.Visit, signer_id: int | None) -> signoff.SignOffFacts:
    carried = [signoff.CarriedMark(tp.id, _tp_label(tp)) for tp in s.scalars(
        select(db.TriggerPoint).where(db.TriggerPoint.visit_id == visit.id,
                                      db.TriggerPoint.carried_from_id.is_not(None),
                                      db.TriggerPoint.carry_confirmed.is_(False)).order_by(db.TriggerPoint.id))]
    carried += [signoff.CarriedMark(z.id, _zone_label(z), is_zone=True) for z in s.scalars(
        select(db.PainZone).where(db.PainZone.visit_id == visit.id, db.PainZone.carried_from_id.is_not(None),
                                  db.PainZone.carry_confirmed.is_(False)).order_by(db.PainZone.id))]
    needled = _needled(s, visit.id)
    if not needled:
        return signoff.SignOffFacts(visit.clinician_id, signer_id, carried)
    consent = valid_consent(s, visit) or covering_consent(s, visit, include_withdrawn=True)
    reviewed = s.scalar(select(db.ScreenReview.id).where(db.ScreenReview.visit_id == visit.id)) is not None
    count, _row = _count_out(s, visit.id)
    thorax = [(p.tp_id, p.label) for p in needled if p.over_thorax and p.log.thorax_ack_at is None]
    return signoff.SignOffFacts(visit.clinician_id, signer_id, carried, needled=True,
                                consent_problems=None if consent is None else consent_problems(consent,
                                                                                               visit.started_at),
                                screen_reviewed=reviewed, count=count, thorax_unacknowledged=thorax)


def problems_of(s: Session, visit: db.Visit, signer_id: int | None) -> list[signoff.SignOffProblem]:
    """Every unmet sign-off rule of the visit; a signed visit has none."""
    if visit.status == VisitStatus.SIGNED.value:
        return []
    return signoff.problems(facts_of(s, visit, signer_id))


def open_visits(s: Session, older_than: dt.timedelta | None = None,
                now: dt.datetime | None = None) -> list[OpenVisit]:
    """Every draft visit (oldest first), optionally only those started more than older_than ago,
    with what blocks its signing. Who will sign is not known here, so the signer rule is left out."""
    query = (select(db.Visit, db.Patient.name, db.Patient.chart_number)
             .join(db.Patient, db.Patient.id == db.Visit.patient_id)
             .where(db.Visit.status == VisitStatus.DRAFT.value).order_by(db.Visit.started_at, db.Visit.id))
    if older_than is not None:
        query = query.where(db.Visit.started_at < (now or db.utcnow()) - older_than)
    found = []
    for visit, name, chart in s.execute(query).all():
        problems = [p for p in signoff.problems(facts_of(s, visit, signer_id=None))
                    if p.kind is not signoff.Blocker.SIGNER]
        found.append(OpenVisit(visit.id, visit.patient_id, name, chart, visit.started_at, visit.clinician,
                               tuple(problems)))
    return found
