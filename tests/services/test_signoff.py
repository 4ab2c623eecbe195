"""The sign-off rules, through the service, on SQLite and PostgreSQL: a visit is signed only with a
treating clinician account, a signing account, every carried mark confirmed, and (when anything was
needled) consent, a screen reviewed at the visit, the needle count and thorax cautions."""
from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select

from bodymap import db
from bodymap.domain import safety as dom
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.domain.consent import CONSENT_ITEM_IDS
from bodymap.domain.signoff import Blocker
from bodymap.errors import ValidationError
from bodymap.services.accounts import AccountService
from bodymap.services.audit import Actor
from bodymap.services.demo import blob, region_point
from bodymap.services.history import AuditService
from tests.accounts import PASSWORD


@pytest.fixture
def patient(service, lee):
    return service.create_patient(PatientInput("S-9", "Robin Signoff", dt.date(1970, 5, 4), "female"))


def _needled_visit(service, patient_id, region="calf", view="posterior", side="right", days_ago=0):
    when = dt.datetime.now(dt.UTC) - dt.timedelta(days=days_ago)
    visit = service.create_visit(patient_id, VisitInput(started_at=when))
    x, y = region_point(view, region, side)
    tp = service.add_trigger_point(visit.id, view, x, y, TriggerPointDetails(needled=True))
    return visit, tp


def _audit_rows(service) -> int:
    with service.sessions() as s:
        return s.scalar(select(func.count()).select_from(db.AuditEntry))


def test_a_new_visit_is_charted_by_whoever_is_signed_in(service, patient, lee):
    visit = service.create_visit(patient.id, VisitInput())
    assert (visit.clinician_id, visit.clinician) == (lee.id, "Dr. Lee Park, PT")


def test_needling_without_consent_or_screen_is_refused_listing_every_rule(service, safety, patient):
    visit, _tp = _needled_visit(service, patient.id)
    safety.set_count_out(visit.id, 1)
    before = (service.get_visit(visit.id), _audit_rows(service))
    problems = service.sign_off_problems(visit.id)
    assert [p.kind for p in problems] == [Blocker.CONSENT, Blocker.SCREEN]
    with pytest.raises(ValidationError) as refused:
        service.sign_visit(visit.id)
    assert "consent" in str(refused.value) and "health screen" in str(refused.value)
    assert (service.get_visit(visit.id), _audit_rows(service)) == before       # a refusal changes nothing

    safety.record_consent(visit.id, dom.ConsentInput(discussed=CONSENT_ITEM_IDS))
    assert [p.kind for p in service.sign_off_problems(visit.id)] == [Blocker.SCREEN]
    safety.review_screen(visit.id, {})
    assert service.sign_off_problems(visit.id) == []
    assert service.sign_visit(visit.id).is_signed


def test_every_safety_rule_is_listed_at_once(service, safety, patient):
    visit, _calf = _needled_visit(service, patient.id)
    x, y = region_point("anterior", "pectoral", "left")
    pec = service.add_trigger_point(visit.id, "anterior", x, y, TriggerPointDetails(needled=True))
    kinds = [p.kind for p in service.sign_off_problems(visit.id)]
    assert kinds == [Blocker.CONSENT, Blocker.SCREEN, Blocker.COUNT, Blocker.THORAX]
    thorax = service.sign_off_problems(visit.id)[-1]
    assert thorax.mark_id == pec.id and "Pectoralis" in thorax.message


def test_a_visit_with_nothing_needled_needs_no_consent(service, patient):
    visit = service.create_visit(patient.id, VisitInput())
    x, y = region_point("posterior", "calf", "right")
    service.add_trigger_point(visit.id, "posterior", x, y)
    assert service.sign_off_problems(visit.id) == []
    assert service.sign_visit(visit.id).is_signed


def test_consent_for_a_course_covers_later_visits_only_while_valid(service, safety, patient):
    first, _tp = _needled_visit(service, patient.id, days_ago=20)
    safety.record_consent(first.id, dom.ConsentInput(given_on=dt.date.today() - dt.timedelta(days=20),
                                                     scope=dom.ConsentScope.COURSE, max_visits=2,
                                                     discussed=CONSENT_ITEM_IDS))
    second, _tp = _needled_visit(service, patient.id, days_ago=10)
    third, _tp = _needled_visit(service, patient.id, days_ago=0)
    assert Blocker.CONSENT not in {p.kind for p in service.sign_off_problems(second.id)}
    assert Blocker.CONSENT in {p.kind for p in service.sign_off_problems(third.id)}      # a course of 2 visits


def test_unconfirmed_carried_marks_block_signing(service, safety, patient):
    first = service.create_visit(patient.id, VisitInput(started_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=7)))
    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    service.add_trigger_point(first.id, "posterior", x, y)
    nx, ny = region_point("posterior", "posterior_neck", "right")
    zone = service.add_zone(first.id, "posterior", blob(nx, ny, 0.01, 0.01))
    service.sign_visit(first.id)
    follow_up = service.create_visit(patient.id, VisitInput(), carry_forward_from=first.id, carry_zones=[zone.id])
    chart = service.get_chart(follow_up.id)
    problems = service.sign_off_problems(follow_up.id)
    assert [(p.kind, p.mark_id, p.mark_is_zone) for p in problems] == [
        (Blocker.CARRIED, chart.trigger_points[0].id, False), (Blocker.CARRIED, chart.zones[0].id, True)]
    assert "Upper trapezius" in problems[0].message or "trapezius" in problems[0].message.lower()
    with pytest.raises(ValidationError, match="Carried-forward"):
        service.sign_visit(follow_up.id)
    service.confirm_carried("tp", chart.trigger_points[0].id)
    service.delete_zone(chart.zones[0].id)
    assert service.sign_visit(follow_up.id).is_signed


def test_the_treating_clinician_must_be_an_account(service, patient, lee):
    service.actor = Actor(None, "command line (test)")
    visit = service.create_visit(patient.id, VisitInput(clinician="Someone Typed"))
    assert visit.clinician_id is None
    service.actor = lee
    assert [p.kind for p in service.sign_off_problems(visit.id)] == [Blocker.CLINICIAN]
    with pytest.raises(ValidationError, match="treating clinician"):
        service.sign_visit(visit.id)
    updated = service.update_visit(visit.id, VisitInput(started_at=visit.started_at, clinician_id=lee.id))
    assert (updated.clinician_id, updated.clinician) == (lee.id, lee.display_name)
    assert service.sign_visit(updated.id).is_signed


def test_a_typed_name_is_linked_to_the_one_active_account_of_that_name(service, patient, lee):
    visit = service.create_visit(patient.id, VisitInput(clinician="Dr. Lee Park, PT"))
    assert visit.clinician_id == lee.id


def test_an_inactive_account_cannot_be_chosen_as_treating_clinician(service, patient, lee):
    accounts = AccountService.for_service(service)
    other = accounts.create_user(lee, "gone", "Dr. Gone Away", PASSWORD)
    accounts.set_active(lee, other.id, False)
    with pytest.raises(ValidationError, match="active clinician account"):
        service.create_visit(patient.id, VisitInput(clinician_id=other.id))
    with pytest.raises(ValidationError, match="active clinician account"):
        service.create_visit(patient.id, VisitInput(clinician_id=other.id + 100))


def test_only_an_account_can_sign_and_the_signer_is_recorded(service, patient, lee):
    accounts = AccountService.for_service(service)
    supervisor = accounts.create_user(lee, "sup", "Dr. Sue Pervisor", PASSWORD)
    visit = service.create_visit(patient.id, VisitInput())
    service.actor = Actor(None, "command line (test)")
    assert [p.kind for p in service.sign_off_problems(visit.id)] == [Blocker.SIGNER]
    with pytest.raises(ValidationError, match="signed in"):
        service.sign_visit(visit.id)
    service.actor = supervisor
    signed = service.sign_visit(visit.id)
    assert (signed.clinician_id, signed.clinician) == (lee.id, lee.display_name)
    assert (signed.signed_by_id, signed.signed_by) == (supervisor.id, supervisor.display_name)
    sign_row = AuditService(service.sessions).for_visit(visit.id)[-1]
    assert sign_row.action == "sign" and sign_row.actor_name == supervisor.display_name
    assert sign_row.after["signed_by_id"] == supervisor.id and sign_row.after["clinician_id"] == lee.id


def test_incomplete_lists_every_draft_with_what_blocks_it(service, safety, patient, lee):
    old, _tp = _needled_visit(service, patient.id, days_ago=30)
    recent = service.create_visit(patient.id, VisitInput())
    done = service.create_visit(patient.id, VisitInput(started_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=40)))
    service.sign_visit(done.id)
    listed = service.incomplete_visits()
    assert [v.visit_id for v in listed] == [old.id, recent.id]                   # oldest first, drafts only
    assert [p.kind for p in listed[0].problems] == [Blocker.CONSENT, Blocker.SCREEN, Blocker.COUNT]
    assert listed[1].problems == ()                 # ready to sign, but nobody has signed it
    assert (listed[0].patient_name, listed[0].chart_number, listed[0].clinician) == (
        "Robin Signoff", "S-9", lee.display_name)
    assert [v.visit_id for v in service.incomplete_visits(older_than_days=7)] == [old.id]
    with pytest.raises(ValidationError):
        service.incomplete_visits(older_than_days=-1)
