"""`bodymap adverse-events`: CSV of the clinic's adverse events, chart numbers but no names."""
from __future__ import annotations

import csv
import datetime as dt
import io

import pytest

from bodymap import cli, db
from bodymap.cli import safety as cli_safety
from bodymap.domain import safety as dom
from bodymap.domain.charting import PatientInput, VisitInput
from bodymap.services import ChartService
from bodymap.services.audit import Actor
from bodymap.services.safety import SafetyService


@pytest.fixture
def run(tmp_path, capsys):
    assert cli_safety in cli.EXTRA_COMMANDS
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"

    def run(*args):
        code = cli.main(["--database", url, *args])
        out = capsys.readouterr()
        return code, out.out, out.err
    run.url = url
    return run


@pytest.fixture
def events(run):
    engine, sessions = db.open_database(run.url)
    try:
        actor = Actor(None, "Dr. Lee")
        service = ChartService(sessions, actor)
        safety = SafetyService(sessions, actor)
        today = dt.datetime.now(dt.UTC)
        for chart, name, days, kind, severity, action in (
                ("C-1", "Secret Name One", 10, "bruising", "mild", "=HYPERLINK(\"x\")"),
                ("C-2", "Secret Name Two", 2, "pneumothorax", "severe", "Sent to ED, ambulance")):
            patient = service.create_patient(PatientInput(chart, name))
            visit = service.create_visit(patient.id, VisitInput(started_at=today - dt.timedelta(days=days)))
            safety.add_adverse_event(visit.id, dom.AdverseEventInput(
                kind, severity, "desc", action, "Phone call next day",
                occurred_at=today - dt.timedelta(days=days)))
    finally:
        engine.dispose()
    return today


def _rows(text):
    return list(csv.reader(io.StringIO(text)))


def test_lists_all_events_as_csv_without_names(run, events):
    code, out, err = run("adverse-events")
    assert code == 0 and err == ""
    rows = _rows(out)
    assert rows[0] == ["date", "chart_number", "visit_id", "kind", "severity", "action", "follow_up", "recorded_by"]
    assert [(r[1], r[3], r[4]) for r in rows[1:]] == [("C-1", "bruising", "mild"), ("C-2", "pneumothorax", "severe")]
    assert rows[1][5].startswith("'=")                      # a formula is defused
    assert rows[2][6] == "Phone call next day" and rows[2][7] == "Dr. Lee"
    assert "Secret Name" not in out


def test_date_range(run, events):
    since = (events - dt.timedelta(days=5)).astimezone().date().isoformat()
    code, out, _ = run("adverse-events", "--from", since)
    assert code == 0 and [r[1] for r in _rows(out)[1:]] == ["C-2"]
    until = (events - dt.timedelta(days=5)).astimezone().date().isoformat()
    code, out, _ = run("adverse-events", "--to", until)
    assert [r[1] for r in _rows(out)[1:]] == ["C-1"]
    code, out, _ = run("adverse-events", "--from", "2001-01-01", "--to", "2001-12-31")
    assert code == 0 and len(_rows(out)) == 1


@pytest.mark.parametrize("args, fragment", [
    (("--from", "yesterday"), "--from must be a date"),
    (("--to", "2026-02-30"), "--to must be a date"),
    (("--from", "2026-03-02", "--to", "2026-03-01"), "--from must not be after --to"),
])
def test_bad_dates_are_one_line(run, args, fragment):
    code, out, err = run("adverse-events", *args)
    assert code == 1 and out == ""
    assert fragment in err and err.count("\n") == 1 and err.startswith("bodymap: ")
