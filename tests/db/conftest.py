"""Fixtures of the database tests (the database itself comes from tests/conftest.py)."""
from __future__ import annotations

import pytest

from tests.db.helpers import patient, visit


@pytest.fixture
def draft(service):
    """A patient with one draft visit: (patient, visit)."""
    p = patient(service)
    return p, visit(service, p.id, clinician="Dr. Who")
