"""Signing needs a reconciled needle count and acknowledged thorax cautions.

test_sign_refused_until_count_reconciles needs sign_visit to call check_count_out (see
docs/SAFETY.md, "Wiring"); the other tests exercise the rule directly.
"""
from __future__ import annotations

import pytest

from bodymap.domain import safety as dom
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.domain.consent import CONSENT_ITEM_IDS
from bodymap.errors import ValidationError
from bodymap.services.demo import region_point
from bodymap.services.safety import SafetyService, check_count_out
from tests.accounts import act_as_clinician


@pytest.fixture
def setup(service):
    act_as_clinician(service, "lee", "Dr. Lee")
    safety = SafetyService(service.sessions, service.actor)
    patient = service.create_patient(PatientInput("N-1", "Count Out"))
    visit = service.create_visit(patient.id, VisitInput(clinician="Dr. Lee", overall_pain=5))
    return service, safety, visit


def _needled(service, visit_id, view, region, side):
    x, y = region_point(view, region, side)
    return service.add_trigger_point(visit_id, view, x, y, TriggerPointDetails(needled=True))


def test_check_count_out_on_plain_data():
    points = [dom.NeededPoint(1, "Gluteus medius (left)", 2)]
    with pytest.raises(ValidationError, match="have not been counted"):
        check_count_out(points)
    with pytest.raises(ValidationError, match="2 inserted, 1 removed"):
        check_count_out(points, removed=1)
    assert check_count_out(points, removed=1, note="one needle bent, discarded").state is dom.CountState.DOCUMENTED
    assert check_count_out(points, removed=2).state is dom.CountState.RECONCILED
    assert check_count_out([]).state is dom.CountState.NOTHING


def test_check_count_out_in_a_session(setup):
    service, safety, visit = setup
    tp = _needled(service, visit.id, "posterior", "calf", "right")
    safety.set_needles(tp.id, 2)
    with service.sessions() as s:
        with pytest.raises(ValidationError, match="cannot be signed"):
            check_count_out(s, visit.id)
    safety.set_count_out(visit.id, 2)
    with service.sessions() as s:
        assert check_count_out(s, visit.id).state is dom.CountState.RECONCILED


def test_sign_refused_until_count_reconciles(setup):
    """Fails until bodymap/services/visits.py sign_visit calls check_count_out(s, visit_id)."""
    service, safety, visit = setup
    calf = _needled(service, visit.id, "posterior", "calf", "right")
    pec = _needled(service, visit.id, "anterior", "pectoral", "left")
    safety.set_needles(calf.id, 2)
    with pytest.raises(ValidationError, match="not been counted"):
        service.sign_visit(visit.id)
    safety.set_count_out(visit.id, 2)                 # 3 inserted (pec counts as one)
    with pytest.raises(ValidationError, match="3 inserted, 2 removed"):
        service.sign_visit(visit.id)
    safety.set_count_out(visit.id, 2, "Needle from pectoralis found on the couch and discarded.")
    with pytest.raises(ValidationError, match="thorax caution"):
        service.sign_visit(visit.id)
    assert not service.get_visit(visit.id).is_signed
    safety.acknowledge_thorax(pec.id)
    safety.review_screen(visit.id, {})                # and the rest of the sign-off rules
    safety.record_consent(visit.id, dom.ConsentInput(discussed=CONSENT_ITEM_IDS))
    signed = service.sign_visit(visit.id)
    assert signed.is_signed
