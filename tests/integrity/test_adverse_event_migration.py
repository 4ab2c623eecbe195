"""Migration 0018 on SQLite and PostgreSQL: adverse events recorded with the old kinds and
severities stay readable, mapped to the new classification; the visit record gains the session."""
from __future__ import annotations

import datetime as dt

from alembic import command
from sqlalchemy import text
from sqlalchemy.orm import sessionmaker

from bodymap import db
from bodymap.services.safety import SafetyService

WHEN = dt.datetime(2025, 6, 1, 9, 30, tzinfo=dt.UTC)


def _old_events(engine) -> int:
    stamps = {"c": WHEN, "u": WHEN}
    with engine.begin() as conn:
        pid = conn.execute(text(
            "INSERT INTO patients (chart_number, name, sex, notes, created_at, updated_at) "
            "VALUES ('OLD-AE', 'Before 0018', 'female', '', :c, :u) RETURNING id"), stamps).scalar_one()
        vid = conn.execute(text(
            "INSERT INTO visits (patient_id, started_at, clinician, chief_complaint, notes, status, signed_by, "
            "created_by, version, created_at, updated_at) VALUES (:p, :s, 'Dr. Old', '', '', 'signed', 'Dr. Old', "
            "'', 1, :c, :u) RETURNING id"), {"p": pid, "s": WHEN, **stamps}).scalar_one()
        conn.execute(text("INSERT INTO safety_visit_records (visit_id, needles_removed, count_note, counted_by, "
                          "pain_after, rom_note) VALUES (:v, 2, '', 'Dr. Old', 3, 'better')"), {"v": vid})
        for minute, (kind, severity, description) in enumerate((
                ("bruising", "mild", "small bruise"), ("soreness", "moderate", "sore for 3 days"),
                ("stuck_needle", "mild", ""), ("pneumothorax", "severe", "short of breath"),
                ("fainting", "moderate", "felt faint"))):
            conn.execute(text(
                "INSERT INTO safety_adverse_events (visit_id, kind, severity, description, action_taken, "
                "follow_up, occurred_at, recorded_by, created_at) VALUES (:v, :k, :s, :d, 'rest', 'call', :at, "
                "'Dr. Old', :c)"),
                {"v": vid, "k": kind, "s": severity, "d": description,
                 "at": WHEN + dt.timedelta(minutes=minute), "c": WHEN})
    return vid


def test_old_adverse_events_are_mapped_and_readable(engine):
    cfg = db.alembic_config(engine)
    command.upgrade(cfg, "0014")
    visit_id = _old_events(engine)
    command.upgrade(cfg, "head")
    safety = SafetyService(sessionmaker(engine, expire_on_commit=False))
    record = safety.visit_safety(visit_id)
    assert [(e.kind, e.severity, e.description, e.near_miss, e.onset) for e in record.events] == [
        ("bruising", "mild", "small bruise", False, None),
        ("other", "significant", "Post-needling soreness: sore for 3 days", False, None),
        ("other", "mild", "Stuck or bent needle", False, None),
        ("pneumothorax", "serious", "short of breath", False, None),
        ("fainting", "significant", "felt faint", False, None)]
    assert [e.kind_label for e in record.events][3] == "Suspected pneumothorax" and record.urgent
    assert not record.session.recorded and record.pain_after == 3 and record.rom_note == "better"
    assert [r.severity for r in safety.clinic_adverse_events()] == ["mild", "significant", "mild", "serious",
                                                                    "significant"]


def test_downgrade_from_0018_keeps_what_it_can(engine):
    cfg = db.alembic_config(engine)
    command.upgrade(cfg, "0014")
    visit_id = _old_events(engine)
    command.upgrade(cfg, "0018")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO safety_adverse_events (visit_id, kind, severity, description, action_taken, follow_up, "
            "occurred_at, recorded_by, created_at, near_miss) VALUES (:v, 'nausea', NULL, 'almost', '', '', :at, "
            "'Dr. New', :at, :t)"), {"v": visit_id, "at": WHEN, "t": True})
    command.downgrade(cfg, "0014")
    with engine.connect() as conn:
        rows = conn.execute(text("SELECT kind, severity, description FROM safety_adverse_events "
                                 "ORDER BY occurred_at, id")).all()
    assert ("other", "mild", "Near miss: Nausea: almost") in [tuple(r) for r in rows]
    assert {r[1] for r in rows} <= {"mild", "moderate", "severe"}
