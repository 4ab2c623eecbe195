"""Fixtures shared by the printout tests."""
from __future__ import annotations

import pytest

from bodymap import db
from bodymap.services import ChartService
from bodymap.services.demo import create_demo
from bodymap.services.handout import handout_extras


@pytest.fixture
def demo_handout(tmp_path):
    """(service, chart, extras): a demo patient's third visit (three visits: the progress chart
    shows) and its handout extras, on a throwaway SQLite clinic."""
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    service = ChartService(sessions)
    create_demo(service)
    visit = max(service.list_visits(), key=lambda v: v.started_at)
    chart = service.get_chart(visit.id)
    yield service, chart, handout_extras(service, chart)
    engine.dispose()
