"""Patient data never reaches a log, even with every logger at DEBUG; files are the owner's only."""
from __future__ import annotations

import logging
import os

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import sessionmaker

from bodymap import db
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.errors import DatabaseError, ValidationError
from bodymap.migrations import backup
from bodymap.services import ChartService
from bodymap.services.demo import region_point
from tests.integrity.cli_helpers import run_cli

NAME, CHART, NOTES = "Zenobia Quillfeather", "SECRET-4711", "confided: recurring migraine after the accident"
TP_NOTE = "needled left of the old scar"
SECRETS = (NAME, "Quillfeather", CHART, NOTES, "recurring migraine", TP_NOTE)


@pytest.fixture
def careless_logging(caplog):
    """What a careless configuration does: everything at DEBUG, SQLAlchemy included."""
    names = ["", "sqlalchemy", "sqlalchemy.engine", "sqlalchemy.engine.Engine", "sqlalchemy.pool",
             "sqlalchemy.orm", "alembic", "bodymap", "bodymap.services", "psycopg"]
    levels = {n: logging.getLogger(n).level for n in names}
    caplog.set_level(logging.DEBUG)
    for n in names:
        logging.getLogger(n).setLevel(logging.DEBUG)
    yield caplog
    for n, level in levels.items():
        logging.getLogger(n).setLevel(level)


def _leaks(records) -> list[str]:
    found = []
    for record in records:
        text = record.getMessage()
        if record.exc_info:
            text += logging.Formatter().formatException(record.exc_info)
        found += [f"{record.name}: {s!r} in {text[:160]!r}" for s in SECRETS if s in text]
    return found


def _chart(service):
    patient = service.create_patient(PatientInput(chart_number=CHART, name=NAME, notes=NOTES))
    visit = service.create_visit(patient.id, VisitInput(chief_complaint="migraine", notes=NOTES))
    x, y = region_point("posterior", "upper_trapezius_ridge", "left")
    service.add_trigger_point(visit.id, "posterior", x, y, TriggerPointDetails(notes=TP_NOTE))
    return patient, visit


def test_nothing_identifying_in_logs_at_debug(careless_logging, database_url):
    engine, sessions = db.open_database(database_url)
    try:
        service = ChartService(sessions)
        patient, visit = _chart(service)
        service.get_chart(visit.id)
        service.search_patients("Quill")
        with pytest.raises(ValidationError):                       # a failing operation
            service.create_patient(PatientInput(chart_number=CHART, name=NAME, notes=NOTES))
        with pytest.raises(ValidationError):
            service.update_patient(patient.id, PatientInput(chart_number=CHART, name=NAME, notes="x" * 30_000))
    finally:
        engine.dispose()
    assert careless_logging.records, "logging was not captured at all"
    assert _leaks(careless_logging.records) == []


def test_no_leak_from_statements_and_errors_at_info(careless_logging, database_url):
    """What must hold today even without the row filter: SQL at INFO names no patient data."""
    for name in ("sqlalchemy.engine", "sqlalchemy.engine.Engine"):
        logging.getLogger(name).setLevel(logging.INFO)
    engine, sessions = db.open_database(database_url)
    try:
        service = ChartService(sessions)
        _chart(service)
        with pytest.raises(ValidationError):
            service.create_patient(PatientInput(chart_number=CHART, name=NAME, notes=NOTES))
    finally:
        engine.dispose()
    assert any("parameters hidden" in r.getMessage() for r in careless_logging.records)
    assert _leaks(careless_logging.records) == []


def test_connection_failure_logs_only_the_kind_of_failure(careless_logging):
    # an engine whose server is gone (port 9 discards); built like make_engine does
    engine = create_engine(f"postgresql+psycopg://postgres:{CHART}@127.0.0.1:9/{NAME.split()[0]}",
                           hide_parameters=True, pool_pre_ping=True, connect_args={"connect_timeout": 2})
    try:
        service = ChartService(sessionmaker(engine, expire_on_commit=False))
        with pytest.raises(DatabaseError) as info:
            service.create_patient(PatientInput(chart_number=CHART, name=NAME, notes=NOTES))
        assert NAME not in str(info.value) and CHART not in str(info.value)
    finally:
        engine.dispose()
    warnings = [r for r in careless_logging.records if r.name == "bodymap.services"]
    assert warnings and all(r.getMessage().startswith("database unavailable") for r in warnings)
    assert _leaks(careless_logging.records) == []


def test_cli_stderr_never_names_the_patient(tmp_path):
    path = tmp_path / "private.sqlite3"
    url = f"sqlite:///{path}"
    engine, sessions = db.open_database(url)
    service = ChartService(sessions)
    _patient, visit = _chart(service)
    engine.dispose()
    bad = tmp_path / "bad.sqlite3"
    bad.write_text(f"{NAME}\n{NOTES}\n")
    runs = [("visits",), ("backup", "-o", tmp_path / "copy.sqlite3"), ("restore", bad, "--yes"),
            ("metrics", "--visit", "999"), ("visits", "--patient", "NOT-THERE")]
    env = {"PYTHONWARNINGS": "always"}
    for args in runs:
        result = run_cli("--database", url, *args, env=env)
        assert "Traceback" not in result.stderr, (args, result.stderr)
        leaked = [s for s in SECRETS if s in result.stderr]
        assert leaked == [], (args, result.stderr)


def test_database_and_backups_are_owner_only(tmp_path):
    old = os.umask(0o022)                      # a permissive umask, as on most desktops
    try:
        path = tmp_path / "data" / "bodymap.sqlite3"
        engine, sessions = db.open_database(f"sqlite:///{path}")
        _chart(ChartService(sessions))
        companions = [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]
        modes = {p.name: oct(p.stat().st_mode & 0o777) for p in companions if p.exists()}
        engine.dispose()
        assert set(modes.values()) == {oct(0o600)}, modes
        assert oct(path.parent.stat().st_mode & 0o777) == oct(0o700)      # made by make_engine
        rolled = backup.rolling_backup(path)
        manual = backup.backup_to(path, tmp_path / "manual.sqlite3")
        assert oct(rolled.stat().st_mode & 0o777) == oct(0o600) == oct(manual.stat().st_mode & 0o777)
        assert oct(rolled.parent.stat().st_mode & 0o777) == oct(0o700)
        kept = backup.restore(manual, path)
        assert oct(kept.stat().st_mode & 0o777) == oct(0o600) == oct(path.stat().st_mode & 0o777)
    finally:
        os.umask(old)


def test_a_rendered_image_is_owner_only_whatever_the_umask(tmp_path):
    """`render --visit` wrote its PNG 0644 (0666 under umask 000), naming the chart inside."""
    from tests.integrity.cli_helpers import run_cli
    url = f"sqlite:///{tmp_path / 'r.sqlite3'}"
    engine, sessions = db.open_database(url)
    _patient, visit = _chart(ChartService(sessions))
    engine.dispose()
    old = os.umask(0)
    try:
        out = tmp_path / "view.png"
        result = run_cli("--database", url, "render", "anterior", "--visit", str(visit.id), "-o", str(out))
        assert result.returncode == 0, result.stderr
    finally:
        os.umask(old)
    assert oct(out.stat().st_mode & 0o777) == oct(0o600)


def test_the_log_file_names_no_patient(tmp_path):
    """What the window's log file (services/logfile.py) receives while a patient is charted, a
    failing operation refused, a lost connection met and an uncaught error reported."""
    import sys

    from bodymap.services import logfile
    path = logfile.start_log(tmp_path / "logs")
    try:
        engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'clinic.sqlite3'}")
        try:
            service = ChartService(sessions)
            _chart(service)
            with pytest.raises(ValidationError):
                service.create_patient(PatientInput(chart_number=CHART, name=NAME, notes=NOTES))
        finally:
            engine.dispose()
        gone = create_engine(f"postgresql+psycopg://postgres:{CHART}@127.0.0.1:9/{NAME.split()[0]}",
                             hide_parameters=True, connect_args={"connect_timeout": 2})
        try:
            with pytest.raises(DatabaseError):
                ChartService(sessionmaker(gone)).create_patient(PatientInput(chart_number=CHART, name=NAME))
        finally:
            gone.dispose()
        try:
            raise ValueError(f"could not save {NAME}: {NOTES}")
        except ValueError:
            logfile.log_crash(*sys.exc_info())
    finally:
        logfile.stop_log()
    text = path.read_text("utf-8")
    assert "database unavailable" in text and "crashed: builtins.ValueError" in text
    assert [s for s in SECRETS if s in text] == []
