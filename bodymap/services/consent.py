"""Which consent covers a visit, read inside a transaction, and the consent record as returned.

`valid_consent(session, visit)` is the consent sign-off relies on: the newest consent whose scope
covers the visit (given at it, or a course that includes it) and that was not withdrawn before the
visit began. `consent_problems(consent, when)` (domain.consent) says whether it is complete.
SafetyService records and withdraws consent; services/signoff.py asks both functions.
"""
from __future__ import annotations

from collections.abc import Mapping

from sqlalchemy import select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain import consent as dom_consent
from bodymap.domain import safety as dom
from bodymap.domain.consent import consent_problems
from bodymap.services.safety_records import ConsentRecord

__all__ = ["WORDING_KEY", "consent_problems", "consent_record", "consent_wording", "covering_consent",
           "valid_consent"]

WORDING_KEY = "consent_items"        # settings: {item id: the clinic's wording}


def consent_record(row: db.Consent) -> ConsentRecord:
    discussed = tuple((str(d.get("id", "")), str(d.get("text", ""))) for d in (row.discussed or [])
                      if isinstance(d, Mapping))
    risks = tuple(str(r.get("label", "")) for r in (row.risk_factors or []) if isinstance(r, Mapping))
    return ConsentRecord(row.id, row.patient_id, row.visit_id, row.given_on, row.method, row.method_note or "",
                         row.scope, row.valid_until, row.max_visits, row.statement, row.notes or "",
                         row.obtained_by, row.created_at, discussed, risks, bool(row.copy_given),
                         dom_consent.clean_signature(row.signature or []), bool(row.signed_on_paper),
                         row.withdrawn_at, row.withdrawn_reason or "", row.withdrawn_by or "")


def consent_wording(s: Session) -> dict[str, str]:
    """Item id -> the clinic's wording (the default where the clinic has none)."""
    row = s.get(db.Setting, WORDING_KEY)
    own = row.value if row is not None and isinstance(row.value, dict) else {}
    wording = {}
    for item in dom_consent.CONSENT_ITEMS:
        text = own.get(item.id)
        wording[item.id] = text.strip() if isinstance(text, str) and text.strip() else item.text
    return wording


def covering_consent(s: Session, visit: db.Visit, include_withdrawn: bool = False) -> ConsentRecord | None:
    """The newest consent whose scope covers the visit; a consent withdrawn before the visit began
    counts only with include_withdrawn (to say why the visit has no valid consent)."""
    visits = s.execute(select(db.Visit.id, db.Visit.started_at).where(db.Visit.patient_id == visit.patient_id)
                       .order_by(db.Visit.started_at, db.Visit.id)).all()
    order = {vid: i for i, (vid, _at) in enumerate(visits)}
    starts = dict(visits)
    visit_date = visit.started_at.astimezone().date()
    for row in s.scalars(select(db.Consent).where(db.Consent.patient_id == visit.patient_id)
                         .order_by(db.Consent.given_on.desc(), db.Consent.id.desc())):
        if row.visit_id in order:
            number = order[visit.id] - order[row.visit_id] + 1
        else:     # the visit it was recorded at was deleted: count from the consent date
            number = 1 + sum(1 for vid, at in starts.items()
                             if at.astimezone().date() >= row.given_on and order[vid] < order[visit.id])
        if not dom.consent_covers(row.scope, row.visit_id, row.given_on, row.valid_until, row.max_visits,
                                  visit.id, visit_date, number):
            continue
        if row.withdrawn_at is not None and row.withdrawn_at <= visit.started_at and not include_withdrawn:
            continue
        return consent_record(row)
    return None


def valid_consent(s: Session, visit: db.Visit) -> ConsentRecord | None:
    """The consent that covers this visit, or None. Withdrawn consent no longer covers visits that
    began after the withdrawal (the record stays). Whether it is complete: consent_problems."""
    return covering_consent(s, visit)


def consent_of_visit(s: Session, visit: db.Visit) -> ConsentRecord | None:
    """What the window and the form show: the valid consent, else one withdrawn before the visit."""
    return valid_consent(s, visit) or covering_consent(s, visit, include_withdrawn=True)
