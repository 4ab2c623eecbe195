"""After needling, on SQLite and PostgreSQL: the session's tolerance and outcome, adverse events
classified mild / significant / serious with onset, near misses, and the clinic's rates."""
from __future__ import annotations

import datetime as dt

import pytest

from bodymap.domain import adverse as adv
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.errors import ConflictError, ValidationError
from bodymap.services.demo import region_point
from bodymap.services.history import AuditService
from bodymap.services.safety import SafetyService
from tests.accounts import act_as_clinician


@pytest.fixture
def safety(service):
    return SafetyService(service.sessions, act_as_clinician(service, "lee", "Dr. Lee"))


def _visit(service, chart="N-1", days_ago=0, needled=1, not_needled=0):
    patient = service.create_patient(PatientInput(chart, "Robin " + chart))
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    visit = service.create_visit(patient.id, VisitInput(started_at=when, clinician="Dr. Lee"))
    x, y = region_point("posterior", "upper_thoracic_paraspinal", "left")
    for i in range(needled + not_needled):
        service.add_trigger_point(visit.id, "posterior", x, y + i * 0.002, TriggerPointDetails(needled=i < needled))
    return visit


def test_tolerance_and_outcome_are_stored_per_visit_and_versioned(service, safety):
    visit = _visit(service)
    version = service.get_visit(visit.id).version
    record = safety.set_session(visit.id, adv.SessionInput("discomfort", "improved", "Relaxed after 2 passes"),
                                expected_version=version)
    assert (record.tolerance, record.outcome, record.note) == ("discomfort", "improved", "Relaxed after 2 passes")
    assert record.tolerance_label == "Moderate discomfort, completed"
    assert service.get_visit(visit.id).version == version + 1
    assert safety.visit_safety(visit.id).session == record
    with pytest.raises(ConflictError):                       # another workstation saved in between
        safety.set_session(visit.id, adv.SessionInput("well"), expected_version=version)
    actions = [(e.entity, e.action) for e in AuditService(service.sessions).for_visit(visit.id)]
    assert actions.count(("needling_session", "update")) == 1


def test_session_rules(service, safety):
    visit = _visit(service)
    with pytest.raises(ValidationError, match="stopped early"):
        safety.set_session(visit.id, adv.SessionInput("poorly", "unchanged"))
    with pytest.raises(ValidationError, match="what was worse"):
        safety.set_session(visit.id, adv.SessionInput("well", "worse"))
    with pytest.raises(ValidationError, match="Tolerance must be one of"):
        safety.set_session(visit.id, adv.SessionInput("fine"))
    assert not safety.session(visit.id).recorded                   # nothing was written
    unneedled = _visit(service, "N-2", needled=0, not_needled=1)
    with pytest.raises(ValidationError, match="visit with needling"):
        safety.set_session(unneedled.id, adv.SessionInput("well", "improved"))
    stopped = safety.set_session(visit.id, adv.SessionInput("poorly", "worse", "Felt faint, needles out"))
    assert stopped.outcome_label == "Worse" and stopped.tolerance_label == "Tolerated poorly, stopped early"
    assert not safety.set_session(visit.id, adv.SessionInput()).recorded         # cleared


def test_adverse_events_with_severity_onset_and_near_misses(service, safety):
    visit = _visit(service)
    bruise = safety.add_adverse_event(visit.id, adv.AdverseEventInput(
        "bruising", "mild", "", "Pressure 1 min", "None needed", onset="in_clinic"))
    assert (bruise.severity, bruise.onset, bruise.near_miss) == ("mild", "in_clinic", False)
    assert bruise.onset_label == "After needling, in the clinic" and bruise.severity_label == "Mild"
    near = safety.add_adverse_event(visit.id, adv.AdverseEventInput(
        "other", "serious", "Used needle found on the couch after the count", "Disposed, count repeated",
        near_miss=True))
    assert near.near_miss and near.severity is None and near.severity_label == "Near miss"
    assert not near.urgent
    nerve = safety.add_adverse_event(visit.id, adv.AdverseEventInput("nerve_irritation", "significant",
                                                                      onset="during"))
    assert nerve.kind_label == "Nerve irritation"
    events = safety.visit_safety(visit.id).events
    assert [(e.kind, e.severity, e.near_miss) for e in events] == [
        ("bruising", "mild", False), ("other", None, True), ("nerve_irritation", "significant", False)]
    # a near miss turned out to harm: it is classified like any event
    harm = safety.update_adverse_event(near.id, adv.AdverseEventInput(
        "other", "mild", "Needle-stick to the clinician's finger", occurred_at=near.occurred_at))
    assert not harm.near_miss and harm.severity == "mild"


@pytest.mark.parametrize("data, fragment", [
    (adv.AdverseEventInput("other", "mild"), "Describe"),
    (adv.AdverseEventInput("bruising", None), "mild, significant or serious"),
    (adv.AdverseEventInput("bruising", "moderate"), "Severity must be one of: mild, significant, serious"),
    (adv.AdverseEventInput("pneumothorax", "mild"), "at least significant"),
    (adv.AdverseEventInput("bruising", "mild", onset="yesterday"), "Onset must be one of"),
    (adv.AdverseEventInput("soreness", "mild"), "Kind of adverse event must be one of"),
])
def test_bad_events_are_refused_with_a_message(service, safety, data, fragment):
    visit = _visit(service)
    with pytest.raises(ValidationError, match=fragment):
        safety.add_adverse_event(visit.id, data)
    assert safety.adverse_events(visit.id) == []


def test_summary_through_the_service(service, safety):
    # two needling visits (2 + 3 needled points = 5) and one without needling;
    # events: bruising mild at the first, headache serious at the second, one near miss
    # -> 2 events: 2 * 1000 / 5 = 400.0 per 1,000 points, 2 * 1000 / 2 = 1000.0 per 1,000 visits
    # -> mild 1 and serious 1: 200.0 and 500.0 each; significant 0: 0.0 and 0.0
    # -> near misses 1: 200.0 and 500.0
    first, second = _visit(service, "R-1", needled=2), _visit(service, "R-2", needled=3, not_needled=2)
    _visit(service, "R-3", needled=0, not_needled=1)
    safety.add_adverse_event(first.id, adv.AdverseEventInput("bruising", "mild"))
    safety.add_adverse_event(second.id, adv.AdverseEventInput("headache", "serious"))
    safety.add_adverse_event(second.id, adv.AdverseEventInput("bleeding", near_miss=True))
    summary = safety.adverse_event_summary()
    assert (summary.visits, summary.points) == (2, 5)
    assert summary.total == adv.Rate("All adverse events", 2, 400.0, 1000.0)
    assert [(r.label, r.events, r.per_1000_points, r.per_1000_visits) for r in summary.by_severity] == [
        ("Mild", 1, 200.0, 500.0), ("Significant", 0, 0.0, 0.0), ("Serious", 1, 200.0, 500.0)]
    assert [r.label for r in summary.by_kind] == ["Bruising", "Headache"]
    assert summary.near_misses == adv.Rate("All near misses", 1, 200.0, 500.0)
    assert [r.label for r in summary.near_misses_by_kind] == ["Bleeding"]
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    empty = safety.adverse_event_summary(tomorrow, tomorrow)
    assert (empty.visits, empty.points, empty.total.per_1000_points) == (0, 0, None)


def test_signed_visit_refuses_session_and_events(service, safety):
    visit = _visit(service, needled=0, not_needled=1)
    service.sign_visit(visit.id)
    for call in (lambda: safety.set_session(visit.id, adv.SessionInput()),
                 lambda: safety.add_adverse_event(visit.id, adv.AdverseEventInput("bruising", near_miss=True))):
        with pytest.raises(ValidationError, match="signed"):
            call()
