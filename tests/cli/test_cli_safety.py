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
        for chart, name, days, kind, severity, action, onset in (
                ("C-1", "Secret Name One", 10, "bruising", "mild", "=HYPERLINK(\"x\")", None),
                ("C-2", "Secret Name Two", 2, "pneumothorax", "serious", "Sent to ED, ambulance", "in_clinic")):
            patient = service.create_patient(PatientInput(chart, name))
            visit = service.create_visit(patient.id, VisitInput(started_at=today - dt.timedelta(days=days)))
            safety.add_adverse_event(visit.id, dom.AdverseEventInput(
                kind, severity, "desc", action, "Phone call next day",
                occurred_at=today - dt.timedelta(days=days), onset=onset))
    finally:
        engine.dispose()
    return today


def _rows(text):
    return list(csv.reader(io.StringIO(text)))


def test_lists_all_events_as_csv_without_names(run, events):
    code, out, err = run("adverse-events")
    assert code == 0 and err == ""
    rows = _rows(out)
    assert rows[0] == ["date", "chart_number", "visit_id", "kind", "severity", "near_miss", "onset", "action",
                       "follow_up", "recorded_by"]
    assert [(r[1], r[3], r[4], r[5]) for r in rows[1:]] == [("C-1", "bruising", "mild", "no"),
                                                             ("C-2", "pneumothorax", "serious", "no")]
    assert rows[1][6] == "" and rows[2][6] == "in_clinic"
    assert rows[1][7].startswith("'=")                      # a formula is defused
    assert rows[2][8] == "Phone call next day" and rows[2][9] == "Dr. Lee"
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


@pytest.fixture
def clinic(run):
    """Four visits for the --summary example (days ago: when the visit started and its events were dated).

    visit  chart  days ago  needled points  events
    A      S-A    3         3 (+1 not)      bruising mild, headache significant
    B      S-B    2         1               suspected pneumothorax serious; a near miss ("other")
    C      S-C    1         0 (1 not)       none: not a needling visit
    D      S-D    40        4               bruising mild
    """
    from bodymap.domain.charting import TriggerPointDetails
    from bodymap.services.demo import region_point
    engine, sessions = db.open_database(run.url)
    try:
        actor = Actor(None, "Dr. Lee")
        service = ChartService(sessions, actor)
        safety = SafetyService(sessions, actor)
        now = dt.datetime.now(dt.UTC)
        x, y = region_point("anterior", "pectoral", "right")
        for chart, days, needled, not_needled, events in (
                ("S-A", 3, 3, 1, [("bruising", "mild", False), ("headache", "significant", False)]),
                ("S-B", 2, 1, 0, [("pneumothorax", "serious", False), ("other", None, True)]),
                ("S-C", 1, 0, 1, []),
                ("S-D", 40, 4, 0, [("bruising", "mild", False)])):
            when = now - dt.timedelta(days=days)
            patient = service.create_patient(PatientInput(chart, "Secret " + chart))
            visit = service.create_visit(patient.id, VisitInput(started_at=when))
            for i in range(needled + not_needled):
                service.add_trigger_point(visit.id, "anterior", x, y + i * 0.001,
                                          TriggerPointDetails(needled=i < needled))
            for kind, severity, near in events:
                safety.add_adverse_event(visit.id, dom.AdverseEventInput(
                    kind, severity, "needle found on the couch" if kind == "other" else "",
                    occurred_at=when, near_miss=near))
    finally:
        engine.dispose()
    return now


def _summary_rows(out: str) -> dict[str, tuple[str, str, str]]:
    rows = {}
    for line in out.splitlines():
        parts = line.rsplit(None, 3)
        if len(parts) == 4 and parts[1].isdigit():
            rows[parts[0].strip()] = tuple(parts[1:])
    return rows


def test_summary_rates_match_the_hand_computed_example(run, clinic):
    # Whole history: needling visits A, B, D = 3 (C needled nothing); needled points 3 + 1 + 4 = 8.
    # Adverse events (near miss left out): 4 -> per 1,000 points 4 * 1000 / 8 = 500.0,
    #                                        per 1,000 visits 4 * 1000 / 3 = 1333.3
    # mild 2 (A bruising, D bruising): 2000 / 8 = 250.0, 2000 / 3 = 666.7
    # significant 1 (A headache) and serious 1 (B pneumothorax): 1000 / 8 = 125.0, 1000 / 3 = 333.3
    # by type: bruising 2 (250.0, 666.7); headache 1 and suspected pneumothorax 1 (125.0, 333.3 each)
    # near misses 1 (B): 125.0 and 333.3, kept apart from the events
    code, out, err = run("adverse-events", "--summary")
    assert code == 0 and err == ""
    assert "Needling visits: 3" in out and "Needled trigger points: 8" in out
    rows = _summary_rows(out)
    assert rows["All adverse events"] == ("4", "500.0", "1,333.3")
    assert rows["Mild"] == ("2", "250.0", "666.7")
    assert rows["Significant"] == ("1", "125.0", "333.3")
    assert rows["Serious"] == ("1", "125.0", "333.3")
    assert rows["Bruising"] == ("2", "250.0", "666.7")
    assert rows["Headache"] == ("1", "125.0", "333.3")
    assert rows["Suspected pneumothorax"] == ("1", "125.0", "333.3")
    assert rows["All near misses"] == ("1", "125.0", "333.3")
    assert rows["Other"] == ("1", "125.0", "333.3")           # the near miss, listed under near misses
    assert "Secret" not in out

    # From 10 days ago: visit D and its bruise drop out. Visits A, B = 2; points 3 + 1 = 4.
    # events 3: 3000 / 4 = 750.0 per 1,000 points, 3000 / 2 = 1500.0 per 1,000 visits
    # mild 1 (A bruising): 1000 / 4 = 250.0, 1000 / 2 = 500.0; near misses 1: 250.0, 500.0
    since = (clinic - dt.timedelta(days=10)).astimezone().date().isoformat()
    code, out, _ = run("adverse-events", "--summary", "--from", since)
    rows = _summary_rows(out)
    assert "Needling visits: 2" in out and "Needled trigger points: 4" in out
    assert rows["All adverse events"] == ("3", "750.0", "1,500.0")
    assert rows["Mild"] == ("1", "250.0", "500.0")
    assert rows["All near misses"] == ("1", "250.0", "500.0")


def test_summary_of_a_period_without_needling_has_no_rates(run, clinic):
    code, out, _ = run("adverse-events", "--summary", "--from", "2001-01-01", "--to", "2001-12-31")
    assert code == 0 and "Needling visits: 0" in out
    assert _summary_rows(out)["All adverse events"] == ("0", "—", "—")


def test_near_misses_are_flagged_in_the_list(run, clinic):
    code, out, _ = run("adverse-events")
    rows = _rows(out)
    assert [(r[1], r[3], r[4], r[5]) for r in rows[1:] if r[5] == "yes"] == [("S-B", "other", "", "yes")]
