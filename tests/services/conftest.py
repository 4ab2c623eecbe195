"""Fixtures of the service tests (the database itself comes from tests/conftest.py, on SQLite and PostgreSQL)."""
from __future__ import annotations

import pytest

from tests.services.helpers import patient, visit


@pytest.fixture
def draft(service):
    """A patient with one draft visit: (patient, visit)."""
    p = patient(service)
    return p, visit(service, p.id, clinician="Dr. Who")
