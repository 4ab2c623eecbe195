"""Migration 0020 on SQLite and PostgreSQL: patients recorded before it get no preferred language
(''), keep everything else, and can be given one; the service refuses a code bodymap has no
translation for; downgrading drops the column and keeps the patients (and 0019's triggers)."""
from __future__ import annotations

import datetime as dt

import pytest
from alembic import command
from sqlalchemy import inspect, text
from sqlalchemy.orm import sessionmaker

from bodymap import db
from bodymap.domain.charting import PatientInput
from bodymap.errors import ValidationError
from bodymap.services import ChartService

WHEN = dt.datetime(2025, 6, 1, 9, 30, tzinfo=dt.UTC)


def _columns(engine) -> set[str]:
    return {c["name"] for c in inspect(engine).get_columns("patients")}


def _triggers(engine, backend) -> set[str]:
    with engine.connect() as conn:
        if backend == "sqlite":
            rows = conn.execute(text("SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='patients'"))
        else:
            rows = conn.execute(text("SELECT tgname FROM pg_trigger WHERE tgrelid = 'patients'::regclass "
                                     "AND NOT tgisinternal"))
        return {r[0] for r in rows}


def test_patients_before_0020_get_no_language_then_one(engine, backend):
    cfg = db.alembic_config(engine)
    command.upgrade(cfg, "0019")
    triggers = _triggers(engine, backend)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO patients (chart_number, name, sex, notes, created_at, updated_at) "
                          "VALUES ('OLD-1', 'Before 0020', 'female', 'kept', :c, :c)"), {"c": WHEN})
    command.upgrade(cfg, "head")
    assert "language" in _columns(engine)
    assert _triggers(engine, backend) == triggers            # added in place, no table rebuild
    service = ChartService(sessionmaker(engine, expire_on_commit=False))
    old = service.find_patient("OLD-1")
    assert (old.language, old.notes, old.sex) == ("", "kept", "female")
    assert [p.language for p in service.search_patients("Before")] == [""]
    changed = service.update_patient(old.id, PatientInput(old.chart_number, old.name, None, old.sex, old.notes,
                                                          language="de"), expected_version=old.version)
    assert changed.language == "de" and service.find_patient("OLD-1").language == "de"
    assert service.search_patients("Before")[0].language == "de"
    with pytest.raises(ValidationError, match="Unknown language 'fr'"):
        service.update_patient(old.id, PatientInput(old.chart_number, old.name, None, old.sex, language="fr"))
    assert service.find_patient("OLD-1").language == "de"     # refused: nothing changed
    new = service.create_patient(PatientInput("NEW-1", "After 0020", None, "male", language="pt-BR"))
    assert new.language == "pt_BR"
    command.downgrade(cfg, "0019")
    assert "language" not in _columns(engine)
    assert _triggers(engine, backend) == triggers
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM patients")).scalar_one() == 2
