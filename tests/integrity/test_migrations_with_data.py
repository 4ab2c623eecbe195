"""A database charted with the first release (schema 0001) upgrades to head with every row intact."""
from __future__ import annotations

import datetime as dt
import json

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from bodymap import db
from bodymap.services import ChartService
from bodymap.services.demo import blob, region_point
from bodymap.services.history import AuditService

WHEN = dt.datetime(2025, 6, 1, 9, 30, tzinfo=dt.UTC)


def _fill_0001(engine) -> dict:
    """Rows written with plain SQL matching revision 0001's schema."""
    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    zx, zy = region_point("anterior", "temple", "right")
    polygons = [[list(p) for p in blob(zx, zy, 0.02, 0.015, n=12)[0]]]
    stamps = {"c": WHEN, "u": WHEN}
    with engine.begin() as conn:
        pid = conn.execute(text(
            "INSERT INTO patients (chart_number, name, date_of_birth, sex, notes, created_at, updated_at) "
            "VALUES ('OLD-1', 'Early Adopter', :dob, 'female', 'charted on 0001', :c, :u) RETURNING id"),
            {"dob": dt.date(1970, 1, 2), **stamps}).scalar_one()
        vid = conn.execute(text(
            "INSERT INTO visits (patient_id, started_at, clinician, chief_complaint, overall_pain, notes, status, "
            "created_at, updated_at) VALUES (:p, :s, 'Dr. Old', 'Neck pain', 6, '', 'draft', :c, :u) RETURNING id"),
            {"p": pid, "s": WHEN, **stamps}).scalar_one()
        tp = conn.execute(text(
            "INSERT INTO trigger_points (visit_id, view, x, y, diagram_version, region, muscle, side, status, "
            "taut_band, spot_tenderness, pain_recognition, local_twitch, referred_pain, pressure_pain, needled, "
            "needle_size, depth_mm, twitch_responses, notes, carried_from_id, created_at, updated_at) VALUES "
            "(:v, 'posterior', :x, :y, 1, 'upper_trapezius_ridge', NULL, 'right', 'active', :t, :t, :f, :f, :f, "
            "7, :t, '0.25 x 40 mm', 15.5, 2, 'old note', NULL, :c, :u) RETURNING id"),
            {"v": vid, "x": x, "y": y, "t": True, "f": False, **stamps}).scalar_one()
        zone = conn.execute(text(
            "INSERT INTO pain_zones (visit_id, view, diagram_version, polygons, sides, regions, quality, intensity, "
            "depth, notes, created_at, updated_at) VALUES (:v, 'anterior', 1, :poly, 'right', :regions, 'aching', "
            "5, 'deep', 'temple', :c, :u) RETURNING id"),
            {"v": vid, "poly": json.dumps(polygons), "regions": json.dumps(["right:temple"]), **stamps}).scalar_one()
        conn.execute(text("INSERT INTO zone_sources (zone_id, trigger_point_id) VALUES (:z, :t)"), {"z": zone, "t": tp})
    return {"patient": pid, "visit": vid, "tp": tp, "zone": zone, "xy": (x, y), "polygons": polygons}


def test_rows_from_0001_survive_the_upgrade_to_head(engine, backend):
    cfg = db.alembic_config(engine)
    command.upgrade(cfg, "0001")
    assert "audit_log" not in db.table_names(engine)
    ids = _fill_0001(engine)

    db.migrate(engine)
    with engine.connect() as conn:
        visit = conn.execute(text("SELECT version, signed_by, created_by, status FROM visits")).one()
        assert tuple(visit) == (1, "", "", "draft")
        assert conn.execute(text("SELECT carry_confirmed FROM trigger_points")).scalar_one() in (False, 0)
        zone = conn.execute(text("SELECT carry_confirmed, carried_from_id FROM pain_zones")).one()
        assert zone[0] in (False, 0) and zone[1] is None
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM users")).scalar_one() == 0
        assert conn.execute(text("SELECT count(*) FROM settings")).scalar_one() == 0

    from sqlalchemy.orm import sessionmaker
    service = ChartService(sessionmaker(engine, expire_on_commit=False))
    chart = service.get_chart(ids["visit"])
    assert chart.patient.name == "Early Adopter" and chart.patient.date_of_birth == dt.date(1970, 1, 2)
    assert chart.patient.notes == "charted on 0001"
    assert chart.visit.started_at == WHEN and chart.visit.version == 1 and not chart.visit.is_signed
    assert chart.visit.overall_pain == 6 and chart.visit.clinician == "Dr. Old"
    (tp,) = chart.trigger_points
    assert (tp.x, tp.y) == pytest.approx(ids["xy"]) and tp.region == "upper_trapezius_ridge" and tp.side == "right"
    assert tp.findings == frozenset({"taut_band", "spot_tenderness"}) and tp.needled and tp.depth_mm == 15.5
    assert tp.pressure_pain == 7 and tp.twitch_responses == 2 and tp.notes == "old note"
    assert not tp.carried and tp.zone_ids == frozenset({ids["zone"]})
    (zone_record,) = chart.zones
    assert zone_record.source_ids == frozenset({ids["tp"]}) and zone_record.depth == "deep"
    assert [list(map(list, poly)) for poly in zone_record.polygons] == ids["polygons"]

    # the old visit is charted on: versions and the audit trail start from here
    moved = service.update_trigger_point(tp.id, service_details(tp), expected_version=1)
    assert moved.notes == "edited after upgrade"
    assert service.get_visit(ids["visit"]).version == 2
    trail = AuditService(service.sessions).for_visit(ids["visit"])
    assert [(e.action, e.entity) for e in trail] == [("update", "trigger_point")]
    assert trail[0].before["notes"] == "old note"

    # the trail is append-only in the database itself, whatever the client
    for statement in ("UPDATE audit_log SET actor_name = 'someone else'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"):
            with engine.begin() as conn:
                conn.execute(text(statement))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM audit_log")).scalar_one() == 1
        assert conn.execute(text("SELECT actor_name FROM audit_log")).scalar_one() == trail[0].actor_name


def service_details(tp):
    import dataclasses

    from bodymap.services import details_of
    return dataclasses.replace(details_of(tp), notes="edited after upgrade")


def test_every_step_up_from_0001_keeps_the_rows(engine):
    cfg = db.alembic_config(engine)
    command.upgrade(cfg, "0001")
    _fill_0001(engine)
    for revision in ("0002", "0003", "0004"):
        command.upgrade(cfg, revision)
        with engine.connect() as conn:
            counts = [conn.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()
                      for t in ("patients", "visits", "trigger_points", "pain_zones", "zone_sources")]
        assert counts == [1, 1, 1, 1, 1], revision


def test_0014_links_visits_to_the_one_account_of_their_clinician_name(engine):
    """Visits charted before accounts named their clinician as text: where exactly one account has
    that name, the upgrade links it; two accounts of one name, or none, leave the visit unlinked."""
    cfg = db.alembic_config(engine)
    command.upgrade(cfg, "0010")
    stamps = {"c": WHEN, "u": WHEN}
    with engine.begin() as conn:
        pid = conn.execute(text(
            "INSERT INTO patients (chart_number, name, sex, notes, created_at, updated_at) "
            "VALUES ('OLD-2', 'Pre Accounts', 'female', '', :c, :u) RETURNING id"), stamps).scalar_one()
        users = {}
        for username, name in (("old", "Dr. Old"), ("twin1", "Dr. Twin"), ("twin2", "Dr. Twin")):
            users[username] = conn.execute(text(
                "INSERT INTO users (username, display_name, role, password_hash, active, created_at) "
                "VALUES (:u, :n, 'clinician', 'x', :t, :c) RETURNING id"),
                {"u": username, "n": name, "t": True, "c": WHEN}).scalar_one()
        visits = []
        for clinician, signed_by, status in (("Dr. Old", "Dr. Old", "signed"), ("Dr. Twin", "", "draft"),
                                             ("Nobody Known", "", "draft")):
            visits.append(conn.execute(text(
                "INSERT INTO visits (patient_id, started_at, clinician, chief_complaint, notes, status, signed_by, "
                "created_by, version, created_at, updated_at) VALUES (:p, :s, :cl, '', '', :st, :sb, '', 1, :c, :u) "
                "RETURNING id"), {"p": pid, "s": WHEN, "cl": clinician, "st": status, "sb": signed_by,
                                  **stamps}).scalar_one())
    command.upgrade(cfg, "head")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT id, clinician_id, signed_by_id, clinician FROM visits ORDER BY id")).all()
    assert [tuple(r) for r in rows] == [(visits[0], users["old"], users["old"], "Dr. Old"),
                                        (visits[1], None, None, "Dr. Twin"),
                                        (visits[2], None, None, "Nobody Known")]
