"""A database with everything the exchange formats must carry: two patients, draft and signed
visits, carried-forward marks, zone sources, awkward text."""
from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput, ZoneDetails
from bodymap.services.demo import blob, create_demo, region_point
from tests.accounts import act_as_clinician

AWKWARD = 'Ünïcode "quoted", comma; =SUM(A1:A2)\nsecond line — 東京'


def chart_data(service) -> dict:
    create_demo(service)
    patient = service.create_patient(PatientInput(chart_number="CH-2", name="Zoë O'Brien-Łukasz",
                                                  date_of_birth=dt.date(1990, 2, 28), sex="female",
                                                  notes=AWKWARD))
    # the treating clinician is an account; its name is a spreadsheet formula, which CSV must defuse
    act_as_clinician(service, "formula", "=cmd|' /C calc'!A0")
    first = service.create_visit(patient.id, VisitInput(
        started_at=dt.datetime(2025, 1, 6, 8, 30, 15, 123456, tzinfo=dt.UTC),
        chief_complaint="+44 neck", overall_pain=0, notes="-minus first"))
    x, y = region_point("posterior", "upper_trapezius_ridge", "left")
    tp = service.add_trigger_point(first.id, "posterior", x, y, TriggerPointDetails(
        status="active", findings=frozenset({"taut_band", "referred_pain"}), pressure_pain=10, needled=True,
        needle_size="0.30 x 50 mm", depth_mm=22.5, twitch_responses=0, notes="@at sign"))
    x2, y2 = region_point("anterior", "pectoral", "left")
    tp2 = service.add_trigger_point(first.id, "anterior", x2, y2)
    tx, ty = region_point("anterior", "temple", "left")
    zone = service.add_zone(first.id, "anterior", blob(tx, ty, 0.03, 0.02), ZoneDetails(
        quality="pins_and_needles", intensity=10, depth="deep", notes=AWKWARD,
        source_trigger_point_ids=frozenset({tp.id, tp2.id})))
    from bodymap.services.safety import demo_safety_record
    demo_safety_record(service, first.id)      # needles counted out: the visit may be signed
    service.sign_visit(first.id)
    if hasattr(service, "add_addendum"):
        service.add_addendum(first.id, "Addendum: " + AWKWARD)
    second = service.create_visit(patient.id, VisitInput(
        started_at=dt.datetime(2025, 1, 13, 8, 30, tzinfo=dt.UTC), clinician="Dr. B"),
        carry_forward_from=first.id, carry_zones=[zone.id])
    chart = service.get_chart(second.id)
    service.confirm_carried("tp", chart.trigger_points[0].id)
    return {"patient": patient, "visits": [first.id, second.id]}


@pytest.fixture
def charted(service):
    return chart_data(service)


def normalised_charts(service) -> list:
    """Every visit's VisitChart with database ids replaced by positions (oldest first)."""
    patients = sorted(service.search_patients("", limit=10**6), key=lambda p: p.chart_number)
    charts = []
    for p in patients:
        visits = sorted(service.list_visits(p.id), key=lambda v: (v.started_at, v.id))
        charts += [service.get_chart(v.id) for v in visits]
    tp_pos = {tp.id: n for n, tp in enumerate(t for c in charts for t in c.trigger_points)}
    zone_pos = {z.id: n for n, z in enumerate(z for c in charts for z in c.zones)}
    out = []
    for c in charts:
        tps = tuple(dataclasses.replace(t, id=tp_pos[t.id], visit_id=0,
                                        carried_from_id=tp_pos.get(t.carried_from_id, t.carried_from_id and -1),
                                        zone_ids=frozenset(zone_pos[z] for z in t.zone_ids))
                    for t in c.trigger_points)
        zones = tuple(dataclasses.replace(z, id=zone_pos[z.id], visit_id=0,
                                          carried_from_id=zone_pos.get(z.carried_from_id, z.carried_from_id and -1),
                                          source_ids=frozenset(tp_pos[s] for s in z.source_ids))
                      for z in c.zones)
        addenda = tuple(dataclasses.replace(a, id=0, visit_id=0) for a in getattr(c, "addenda", ()))
        # account ids belong to one database (the names travel in the file, the accounts do not)
        visit = dataclasses.replace(c.visit, id=0, patient_id=0, clinician_id=None, signed_by_id=None)
        out.append((dataclasses.replace(c.patient, id=0), visit,
                    tps, zones, addenda))
    return out


def row_counts(sessions) -> dict:
    from sqlalchemy import func, select

    from bodymap import db
    with sessions() as s:
        counts = {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                  for m in (db.Patient, db.Visit, db.TriggerPoint, db.PainZone, db.Setting)}
        counts["zone_sources"] = s.scalar(select(func.count()).select_from(db.zone_sources))
    return counts


# The database half of the JSON exchange is ExchangeService; these tests drive it on a bare
# session factory, as the command line acts (attributed to the operating-system user).
def export_document(sessions, **scope) -> dict:
    from bodymap.services.exchange import ExchangeService
    return ExchangeService(sessions).export_document(**scope)


def import_document(sessions, document, on_conflict: str = "refuse"):
    from bodymap.services.exchange import ExchangeService
    return ExchangeService(sessions).import_document(document, on_conflict)


def import_file(sessions, path, on_conflict: str = "refuse"):
    from bodymap.services.exchange import ExchangeService
    return ExchangeService(sessions).import_file(path, on_conflict)


# A valid whole-database export of chart_data, and an empty database to import it into (the
# import tests of test_import_errors.py and test_streaming_import.py).
@pytest.fixture(scope="module")
def valid_doc(tmp_path_factory):
    from bodymap import db
    from bodymap.services import ChartService
    path = tmp_path_factory.mktemp("src") / "src.sqlite3"
    engine, sessions = db.open_database(f"sqlite:///{path}")
    chart_data(ChartService(sessions))
    doc = export_document(sessions, everything=True)
    engine.dispose()
    return doc


@pytest.fixture
def empty(tmp_path):
    from bodymap import db
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'target.sqlite3'}")
    yield sessions
    engine.dispose()
