"""The safety record on SQLite and PostgreSQL: screen, consent, needles, count-out, cautions,
response, adverse events and their audit rows."""
from __future__ import annotations

import datetime as dt

import pytest

from bodymap.domain import safety as dom
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.errors import ConflictError, ValidationError
from bodymap.services.audit import Actor
from bodymap.services.demo import region_point
from bodymap.services.history import AuditService
from bodymap.services.safety import SafetyService
from tests.accounts import act_as_clinician

LEE = Actor(None, "Dr. Lee")


@pytest.fixture
def safety(service):
    lee = act_as_clinician(service, "lee", LEE.display_name)   # the treating and signing clinician
    return SafetyService(service.sessions, lee)


def _visit(service, patient_id, days_ago=0, pain=6):
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    return service.create_visit(patient_id, VisitInput(started_at=when, clinician="Dr. Lee", overall_pain=pain))


@pytest.fixture
def patient(service):
    return service.create_patient(PatientInput("S-1", "Robin Safety"))


def _tp(service, visit_id, view="anterior", region="pectoral", side="right", needled=True):
    x, y = region_point(view, region, side)
    return service.add_trigger_point(visit_id, view, x, y, TriggerPointDetails(needled=needled))


def test_screen_review_per_visit_starts_from_the_latest_answers(service, safety, patient):
    first = _visit(service, patient.id, days_ago=14)
    state = safety.screen(first.id)
    assert not state.reviewed and state.from_visit_id is None
    assert all(a.answer is dom.Answer.UNKNOWN for a in state.answers.values())
    answers = {k: "no" for k in dom.SCREEN_ITEM_IDS} | {"anticoagulants": {"answer": "yes", "note": "apixaban"}}
    reviewed = safety.review_screen(first.id, answers)
    assert reviewed.reviewed and reviewed.reviewed_by == "Dr. Lee" and reviewed.reviewed_at is not None
    assert [i.id for i in reviewed.flags] == ["anticoagulants"]
    assert service.get_visit(first.id).version == first.version + 1           # the visit is locked

    second = _visit(service, patient.id, days_ago=0)
    carried = safety.screen(second.id)
    assert not carried.reviewed and carried.from_visit_id == first.id
    assert carried.answers["anticoagulants"] == dom.ScreenAnswer(dom.Answer.YES, "apixaban")
    edited = dict(carried.answers) | {"pregnancy": dom.ScreenAnswer(dom.Answer.YES, "12 weeks")}
    safety.review_screen(second.id, edited)
    assert safety.screen(first.id).answers["pregnancy"].answer is dom.Answer.NO   # the first stays as it was
    assert safety.screen(second.id).answers["pregnancy"].note == "12 weeks"
    trail = AuditService(service.sessions).for_visit(second.id)
    assert [(e.entity, e.action, e.actor_name) for e in trail][-1] == ("safety_screen", "create", "Dr. Lee")


def test_previous_screen_is_the_last_one_reviewed_at_another_visit(service, safety, patient):
    first = _visit(service, patient.id, days_ago=14)
    assert safety.previous_screen(first.id) is None
    assert safety.screen(first.id).previous_visit_id is None
    answers = {k: "no" for k in dom.SCREEN_ITEM_IDS} | {"anticoagulants": {"answer": "yes", "note": "apixaban"}}
    safety.review_screen(first.id, answers)
    assert safety.previous_screen(first.id) is None            # its own review is not a previous one
    assert safety.screen(first.id).previous_visit_id is None

    second = _visit(service, patient.id, days_ago=0)
    previous = safety.previous_screen(second.id)
    assert previous.visit_id == first.id and previous.reviewed_by == "Dr. Lee"
    assert previous.answers["anticoagulants"] == dom.ScreenAnswer(dom.Answer.YES, "apixaban")
    assert previous.answers["pregnancy"].answer is dom.Answer.NO
    safety.review_screen(second.id, {k: "no" for k in dom.SCREEN_ITEM_IDS})
    state = safety.screen(second.id)
    assert state.reviewed and state.previous_visit_id == first.id   # still there to copy back from
    assert safety.previous_screen(second.id).answers["anticoagulants"].answer is dom.Answer.YES
    assert safety.previous_screen(first.id).visit_id == second.id


def test_signed_visits_refuse_safety_changes_and_versions_are_checked(service, safety, patient):
    v = _visit(service, patient.id)
    with pytest.raises(ConflictError):
        safety.set_count_out(v.id, 0, expected_version=v.version + 5)
    safety.set_count_out(v.id, 0, expected_version=v.version)
    service.sign_visit(v.id)
    for change in (lambda: safety.review_screen(v.id, {}),
                   lambda: safety.record_consent(v.id, dom.ConsentInput()),
                   lambda: safety.set_count_out(v.id, 1),
                   lambda: safety.add_adverse_event(v.id, dom.AdverseEventInput("bruising"))):
        with pytest.raises(ValidationError, match="signed"):
            change()


def test_consent_scopes(service, safety, patient):
    v1 = _visit(service, patient.id, days_ago=20)
    v2 = _visit(service, patient.id, days_ago=10)
    v3 = _visit(service, patient.id, days_ago=5)
    v4 = _visit(service, patient.id, days_ago=0)
    assert safety.consent_for_visit(v1.id) is None
    only = safety.record_consent(v1.id, dom.ConsentInput(given_on=v1.started_at.astimezone().date(),
                                                        method="written"))
    assert only.obtained_by == "Dr. Lee" and only.scope_text == "This visit only"
    assert safety.consent_for_visit(v1.id) == only and safety.consent_for_visit(v2.id) is None
    course = safety.record_consent(v2.id, dom.ConsentInput(
        given_on=v2.started_at.astimezone().date(), method="verbal", scope="course", max_visits=2))
    assert safety.consent_for_visit(v2.id) == course and safety.consent_for_visit(v3.id) == course
    assert safety.consent_for_visit(v4.id) is None                    # the third visit of a 2-visit course
    dated = safety.record_consent(v3.id, dom.ConsentInput(
        given_on=v3.started_at.astimezone().date(), method="other", method_note="via interpreter",
        scope="course", valid_until=dt.date.today() + dt.timedelta(days=30)))
    assert safety.consent_for_visit(v4.id) == dated and dated.method_text == "Other (via interpreter)"
    assert [c.id for c in safety.consents(patient.id)][0] == dated.id
    assert {e.entity for e in AuditService(service.sessions).for_patient(patient.id)} >= {"consent"}


def test_needles_count_out_and_discrepancy_note(service, safety, patient):
    v = _visit(service, patient.id)
    calf = _tp(service, v.id, "posterior", "calf", "left")
    _tp(service, v.id, "anterior", "anterior_thigh", "left", needled=False)      # not needled: not counted
    log = safety.set_needles(calf.id, 3, 9)
    assert (log.needles, log.passes) == (3, 9)
    assert safety.count(v.id).inserted == 3 and not safety.count(v.id).can_sign
    assert safety.set_count_out(v.id, 2).state is dom.CountState.NOT_RECONCILED
    with pytest.raises(ValidationError, match="3 inserted, 2 removed"):
        from bodymap.services.safety import check_count_out
        with service.sessions() as s:
            check_count_out(s, v.id)
    documented = safety.set_count_out(v.id, 2, "Third needle bent; discarded in sharps bin, checked.")
    assert documented.state is dom.CountState.DOCUMENTED and documented.can_sign
    assert safety.set_count_out(v.id, 3).state is dom.CountState.RECONCILED
    with pytest.raises(ValidationError, match="from 0 to 100"):
        safety.set_needles(calf.id, 101)
    trail = [(e.entity, e.action) for e in AuditService(service.sessions).for_visit(v.id)]
    assert ("needle_log", "update") in trail and trail.count(("count_out", "update")) == 3
    service.delete_trigger_point(calf.id)          # the log goes with its trigger point
    assert safety.count(v.id).inserted == 0


def test_thorax_caution_acknowledgement(service, safety, patient):
    v = _visit(service, patient.id)
    pec = _tp(service, v.id, "anterior", "pectoral", "right")
    assert pec.muscle == "pectoralis_major"
    safety.set_count_out(v.id, 1)
    count = safety.count(v.id)
    assert count.state is dom.CountState.RECONCILED and not count.can_sign
    assert "thorax caution" in count.problems[0] and "Pectoralis major" in count.problems[0]
    log = safety.acknowledge_thorax(pec.id)
    assert log.thorax_ack_by == "Dr. Lee" and log.thorax_ack_at is not None
    assert safety.count(v.id).can_sign
    calf = _tp(service, v.id, "posterior", "calf", "left")
    with pytest.raises(ValidationError, match="does not lie over the thorax"):
        safety.acknowledge_thorax(calf.id)
    entry = [e for e in AuditService(service.sessions).for_visit(v.id) if e.entity == "thorax_caution"][0]
    assert entry.action == "acknowledge" and entry.actor_name == "Dr. Lee" and entry.entity_id == pec.id
    needled = safety.visit_safety(v.id).needled
    assert [(p.tp_id, p.over_thorax) for p in needled] == [(pec.id, True), (calf.id, False)]


def test_precaution_areas_per_patient_and_acknowledged_warning(service, safety, patient):
    v1 = _visit(service, patient.id, days_ago=7)
    x, y = region_point("anterior", "forearm_volar", "right")
    square = [[(x - 0.03, y - 0.03), (x + 0.03, y - 0.03), (x + 0.03, y + 0.03), (x - 0.03, y + 0.03)]]
    area = safety.add_precaution_area(patient.id, dom.PrecautionInput("anterior", square, "lymphoedema", "right",
                                                                      "Axillary clearance 2019"))
    assert area.label == "Lymphoedema (right): Axillary clearance 2019"
    assert [a.id for a in safety.precautions_at(patient.id, "anterior", x, y)] == [area.id]
    assert safety.precautions_at(patient.id, "anterior", 1 - x, y) == []
    assert safety.precautions_at(patient.id, "posterior", x, y) == []
    v2 = _visit(service, patient.id)
    tp = service.add_trigger_point(v2.id, "anterior", x, y, TriggerPointDetails())
    log = safety.acknowledge_precaution(tp.id, [area.id])
    assert log.precaution_ack_by == "Dr. Lee" and log.precaution_ack_areas[0]["id"] == area.id
    other = service.create_patient(PatientInput("S-2", "Someone Else"))
    assert safety.precaution_areas(other.id) == []
    with pytest.raises(ValidationError, match="body outline"):
        safety.add_precaution_area(patient.id, dom.PrecautionInput(
            "anterior", [[(0.0, 0.0), (0.02, 0.0), (0.02, 0.02)]], "implant"))
    safety.remove_precaution_area(area.id)
    assert safety.precaution_areas(patient.id) == []
    entities = [(e.entity, e.action) for e in AuditService(service.sessions).for_patient(patient.id)]
    assert ("precaution_area", "create") in entities and ("precaution_area", "delete") in entities
    assert ("precaution_warning", "acknowledge") in entities
    assert v1.id != v2.id


def test_response_adverse_events_and_clinic_list(service, safety, patient):
    v = _visit(service, patient.id, pain=7)
    safety.set_response(v.id, dom.ResponseInput(3, "Cervical rotation R 60° → 75°"))
    event = safety.add_adverse_event(v.id, dom.AdverseEventInput(
        "bruising", "mild", "Small bruise left calf", "Pressure 1 min", "None needed"))
    urgent = safety.add_adverse_event(v.id, dom.AdverseEventInput(
        "pneumothorax", "serious", "Short of breath", "Ambulance called", "Phone next day"))
    assert urgent.urgent and not event.urgent
    updated = safety.update_adverse_event(event.id, dom.AdverseEventInput(
        "bruising", "significant", "Larger bruise", "Ice", "Review next visit", occurred_at=event.occurred_at))
    assert updated.severity == "significant"
    full = safety.visit_safety(v.id)
    assert full.pain_after == 3 and full.overall_pain == 7 and full.urgent
    assert [e.kind for e in full.events] == ["bruising", "pneumothorax"]
    rows = safety.clinic_adverse_events(dt.date.today() - dt.timedelta(days=1), dt.date.today())
    assert [(r.chart_number, r.kind) for r in rows] == [("S-1", "bruising"), ("S-1", "pneumothorax")]
    assert safety.clinic_adverse_events(dt.date.today() + dt.timedelta(days=1)) == []
    safety.delete_adverse_event(urgent.id)
    assert [e.id for e in safety.adverse_events(v.id)] == [event.id]
    actions = [(e.entity, e.action) for e in AuditService(service.sessions).for_visit(v.id)]
    assert actions.count(("adverse_event", "create")) == 2 and ("adverse_event", "delete") in actions
    assert ("treatment_response", "update") in actions


def test_after_care_setting(service, safety):
    assert safety.after_care() == dom.DEFAULT_AFTER_CARE
    safety.set_after_care("Expect soreness for up to two days. Call 555-0100 with any worry.")
    assert safety.after_care().startswith("Expect soreness")
    from bodymap.services.settings import SettingsService
    assert SettingsService(service.sessions).value("after_care").startswith("Expect soreness")
    assert safety.set_after_care("") == dom.DEFAULT_AFTER_CARE
