"""Consent that holds up, through the service on SQLite and PostgreSQL: what was discussed, the
signature strokes, a course and its withdrawal, and the sign-off rule that reads them."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bodymap import db
from bodymap.domain import safety as dom
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.domain.consent import CONSENT_ITEM_IDS, RISKS_MISSING, UNSIGNED, consent_problems
from bodymap.domain.signoff import Blocker
from bodymap.errors import ValidationError
from bodymap.services.consent import valid_consent
from bodymap.services.demo import region_point
from bodymap.services.history import AuditService

STROKES = (((0.1, 0.5), (0.2, 0.3), (0.35, 0.7)), ((0.5, 0.5), (0.9, 0.45)))


@pytest.fixture
def patient(service, lee):
    return service.create_patient(PatientInput("C-1", "Robin Consent"))


def _ready_visit(service, safety, patient_id, days_ago=0):
    """A needled visit with everything but consent done: screen reviewed, needles counted out."""
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    visit = service.create_visit(patient_id, VisitInput(started_at=when))
    x, y = region_point("posterior", "calf", "right")
    service.add_trigger_point(visit.id, "posterior", x, y, TriggerPointDetails(needled=True))
    safety.review_screen(visit.id, {})
    safety.set_count_out(visit.id, 1)
    return visit


def _consent_messages(service, visit_id):
    return [p.message for p in service.sign_off_problems(visit_id) if p.kind is Blocker.CONSENT]


def test_verbal_consent_without_the_items_is_incomplete_and_refuses_signing(service, safety, patient):
    visit = _ready_visit(service, safety, patient.id)
    safety.record_consent(visit.id, dom.ConsentInput(method="verbal"))
    messages = _consent_messages(service, visit.id)
    assert RISKS_MISSING in messages and "Consent does not record the alternatives discussed." in messages
    assert len(messages) == 5                                   # both risk items in one sentence
    with pytest.raises(ValidationError, match="Consent does not record the risks discussed"):
        service.sign_visit(visit.id)
    assert not service.get_visit(visit.id).is_signed

    some = [i for i in CONSENT_ITEM_IDS if i != "material_risks"]
    safety.record_consent(visit.id, dom.ConsentInput(discussed=some))     # the newest consent counts
    assert _consent_messages(service, visit.id) == [
        "Consent does not record the material risks discussed (pneumothorax, nerve or vessel, infection)."]
    safety.record_consent(visit.id, dom.ConsentInput(discussed=CONSENT_ITEM_IDS))
    assert service.sign_off_problems(visit.id) == []
    assert service.sign_visit(visit.id).is_signed


def test_written_consent_needs_a_signature_on_screen_or_on_paper(service, safety, patient):
    visit = _ready_visit(service, safety, patient.id)
    safety.record_consent(visit.id, dom.ConsentInput(method="written", discussed=CONSENT_ITEM_IDS))
    assert _consent_messages(service, visit.id) == [UNSIGNED]
    paper = safety.record_consent(visit.id, dom.ConsentInput(method="written", discussed=CONSENT_ITEM_IDS,
                                                             signed_on_paper=True))
    assert paper.signature_text == "Signed on paper" and _consent_messages(service, visit.id) == []
    with pytest.raises(ValidationError, match="not both"):
        safety.record_consent(visit.id, dom.ConsentInput(method="written", signature=STROKES,
                                                         signed_on_paper=True))


def test_signature_strokes_items_and_risk_factors_round_trip(service, safety, patient):
    visit = service.create_visit(patient.id, VisitInput())
    safety.review_screen(visit.id, {"anticoagulants": "yes", "fainting": "yes"})
    recorded = safety.record_consent(visit.id, dom.ConsentInput(
        method="written", discussed=["right_to_stop", "what"], copy_given=True, signature=STROKES))
    again = safety.consent_for_visit(visit.id)
    assert again == recorded
    assert again.signature == STROKES and again.signature_text == "Signed on screen by the patient"
    assert again.discussed_ids == ("what", "right_to_stop")                  # in the form's order
    assert again.discussed[0][1].startswith("What dry needling is") and "not acupuncture" in again.discussed[0][1]
    assert again.copy_given and again.obtained_by == "Dr. Lee Park, PT"
    assert again.risk_factors == (dom.screen_item("anticoagulants").label, dom.screen_item("fainting").label)
    with service.sessions() as s:                                   # stored as vector strokes, not a bitmap
        assert s.get(db.Consent, recorded.id).signature == [[list(p) for p in st] for st in STROKES]
    for bad in ([[["a", 1]]], "not json", [[[0.5, 7.0]]]):
        with pytest.raises(ValidationError, match="signature"):
            safety.record_consent(visit.id, dom.ConsentInput(signature=bad))
    with pytest.raises(ValidationError, match="Unknown consent item"):
        safety.record_consent(visit.id, dom.ConsentInput(discussed=["acupuncture"]))


def test_a_course_covers_visits_in_range_and_not_after_withdrawal(service, safety, patient):
    first = _ready_visit(service, safety, patient.id, days_ago=20)
    course = safety.record_consent(first.id, dom.ConsentInput(
        given_on=dt.date.today() - dt.timedelta(days=20), scope="course", max_visits=3,
        discussed=CONSENT_ITEM_IDS))
    second = _ready_visit(service, safety, patient.id, days_ago=10)
    third = _ready_visit(service, safety, patient.id, days_ago=1)
    assert service.sign_visit(first.id).is_signed
    with service.sessions() as s:
        assert valid_consent(s, s.get(db.Visit, second.id)).id == course.id
        assert valid_consent(s, s.get(db.Visit, third.id)).id == course.id

    audit_rows = _count(service, db.AuditEntry)
    withdrawn_at = dt.datetime.now(dt.UTC) - dt.timedelta(days=5)
    withdrawn = safety.withdraw_consent(course.id, "Patient prefers exercise only.", at=withdrawn_at)
    assert _count(service, db.AuditEntry) == audit_rows + 1
    assert withdrawn.withdrawn_reason == "Patient prefers exercise only." and withdrawn.withdrawn_by == "Dr. Lee Park, PT"
    assert service.get_visit(first.id).is_signed                   # a signed visit keeps its consent
    with service.sessions() as s:
        assert valid_consent(s, s.get(db.Visit, second.id)).id == course.id       # began before withdrawal
        assert valid_consent(s, s.get(db.Visit, third.id)) is None                # began after
    assert _consent_messages(service, second.id) == []
    day = withdrawn_at.astimezone().date()
    assert _consent_messages(service, third.id) == [f"Consent was withdrawn on {day.day} {day:%b %Y}."]
    with pytest.raises(ValidationError, match="Consent was withdrawn on"):
        service.sign_visit(third.id)
    shown = safety.visit_safety(third.id).consent                  # the record stays and is shown
    assert shown.id == course.id and shown.withdrawn_at is not None
    assert [c.id for c in safety.consents(patient.id)] == [course.id]
    assert ("consent", "withdraw") in {(e.entity, e.action) for e in AuditService(service.sessions).for_patient(
        patient.id)}
    with pytest.raises(ValidationError, match="already withdrawn"):
        safety.withdraw_consent(course.id, "again")
    with pytest.raises(ValidationError, match="why"):
        safety.withdraw_consent(course.id, "   ")


def test_the_clinics_wording_is_shown_and_kept_with_each_consent(service, safety, patient):
    visit = service.create_visit(patient.id, VisitInput())
    wording = safety.set_consent_wording({"what": "Dry needling uses thin filament needles; it is not acupuncture."})
    assert wording["what"].startswith("Dry needling uses thin") and safety.consent_wording() == wording
    first = safety.record_consent(visit.id, dom.ConsentInput(discussed=["what"]))
    assert first.discussed == (("what", wording["what"]),)
    assert safety.set_consent_wording({"what": ""})["what"].startswith("What dry needling is")    # the default
    assert safety.consent_for_visit(visit.id).discussed == first.discussed        # what the patient was told
    with pytest.raises(ValidationError, match="Unknown consent item"):
        safety.set_consent_wording({"cupping": "x"})


def test_consent_problems_is_a_pure_rule():
    from bodymap.services.safety import ConsentRecord
    now = dt.datetime(2026, 12, 5, 12, tzinfo=dt.UTC)
    base = ConsentRecord(1, 1, 1, dt.date(2026, 12, 1), "verbal", "", "course", dt.date(2026, 12, 4), None,
                         "text", "", "Dr. A", now, tuple((i, "") for i in CONSENT_ITEM_IDS))
    assert consent_problems(base, now - dt.timedelta(days=2)) == ()
    assert consent_problems(base, now) == ("Consent for the course ended on 4 Dec 2026.",)
    assert base.problems(now - dt.timedelta(days=2)) == ()


def _count(service, row) -> int:
    with service.sessions() as s:
        return s.scalar(select(func.count()).select_from(row))


def test_a_consent_is_withdrawn_once(service, safety, patient):
    """Two workstations withdraw the same consent: the second is refused as already withdrawn, the
    first withdrawal's time, reason and author stay, and there is one audit row (both backends)."""
    from bodymap.services.safety import SafetyService
    visit = _ready_visit(service, safety, patient.id)
    consent = safety.record_consent(visit.id, dom.ConsentInput(discussed=CONSENT_ITEM_IDS))
    other_room = SafetyService(service.sessions, actor=safety.actor)
    audit_rows = _count(service, db.AuditEntry)
    first = safety.withdraw_consent(consent.id, "Patient prefers exercise only.")
    with pytest.raises(ValidationError, match="already withdrawn"):
        other_room.withdraw_consent(consent.id, "Changed their mind.")
    kept = safety.consents(patient.id)[0]
    assert (kept.withdrawn_at, kept.withdrawn_reason) == (first.withdrawn_at, "Patient prefers exercise only.")
    assert _count(service, db.AuditEntry) == audit_rows + 1
