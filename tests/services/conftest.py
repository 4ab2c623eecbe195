"""Fixtures of the service tests (the database itself comes from tests/conftest.py, on SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from tests.accounts import act_as_clinician
from tests.services.helpers import patient, visit


@pytest.fixture
def draft(service):
    """A patient with one draft visit: (patient, visit), charted by the clinician account "Dr. Who"
    (the service acts as it, so the visit can be signed)."""
    act_as_clinician(service, "who", "Dr. Who")
    p = patient(service)
    return p, visit(service, p.id, clinician="Dr. Who")


@pytest.fixture
def lee(service):
    """The service acting as the clinician account "Dr. Lee Park, PT" (who can sign)."""
    return act_as_clinician(service, "lee", "Dr. Lee Park, PT")


@pytest.fixture
def safety(service, lee):
    """SafetyService acting as Dr. Lee (test_safety and test_adverse_events define their own)."""
    from bodymap.services.safety import SafetyService
    return SafetyService.for_service(service)
