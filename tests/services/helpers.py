"""Small builders shared by the service tests (the `draft` fixture lives in tests/services/conftest.py)."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select

from bodymap import db
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput

UTC = dt.UTC
ZERO = dt.timedelta(0)
OUTSIDE_BODY = [[(0.01, 0.01), (0.06, 0.01), (0.06, 0.05), (0.01, 0.05)]]  # the empty top-left corner
FULL_DETAILS = TriggerPointDetails(
    status="latent", findings=frozenset({"taut_band", "local_twitch", "referred_pain"}), pressure_pain=7,
    needled=True, needle_size="0.30 x 50 mm", depth_mm=22.5, twitch_responses=4, notes="Reproduces headache")


CHART_TABLES = ("patients", "visits", "trigger_points", "pain_zones", "zone_sources")


def counts(sessions) -> dict[str, int]:
    """Rows in the tables that hold charts (settings and the like are not charts)."""
    with sessions() as s:
        return {name: s.scalar(select(func.count()).select_from(db.Base.metadata.tables[name]))
                for name in CHART_TABLES}


def patient(service, chart="C-1", name="Jane Doe", **kw):
    """A patient; tests make several "Jane Doe"s on purpose, each a different person."""
    return service.create_patient(PatientInput(chart_number=chart, name=name, **kw), same_person_checked=True)


def visit(service, patient_id, days_ago=0, **kw):
    started = dt.datetime.now(UTC).replace(microsecond=0) - dt.timedelta(days=days_ago)
    return service.create_visit(patient_id, VisitInput(started_at=started, **kw))
