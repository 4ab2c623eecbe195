"""`bodymap incomplete`: the open records of the clinic, on SQLite and PostgreSQL."""
from __future__ import annotations

import datetime as dt
import json

from bodymap import cli, db
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.services import ChartService
from bodymap.services.demo import region_point
from tests.accounts import act_as_clinician


def _run(url, capsys, *args):
    code = cli.main(["--database", url, *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_incomplete_lists_drafts_with_their_blockers(database_url, capsys):
    code, out, _err = _run(database_url, capsys, "demo")
    assert code == 0
    engine, sessions = db.open_database(database_url)
    try:
        service = ChartService(sessions)
        act_as_clinician(service, "kim", "Dr. Kim Lead")
        patient = service.create_patient(PatientInput("OPEN-1", "Open Record", dt.date(1960, 1, 1), "male"))
        old = service.create_visit(patient.id, VisitInput(
            started_at=dt.datetime.now(dt.UTC) - dt.timedelta(days=45)))
        x, y = region_point("posterior", "calf", "left")
        service.add_trigger_point(old.id, "posterior", x, y, TriggerPointDetails(needled=True))
    finally:
        engine.dispose()

    code, out, _err = _run(database_url, capsys, "incomplete", "--json")
    assert code == 0
    rows = json.loads(out)
    # the demo signs its first visit and leaves two follow-ups: the second needled with no safety
    # record yet, the third (nothing needled) ready to sign
    assert [r["chart_number"] for r in rows] == ["OPEN-1", "DEMO-0001", "DEMO-0001"]
    assert rows[0]["visit_id"] == old.id and rows[0]["clinician"] == "Dr. Kim Lead"
    assert [p["kind"] for p in rows[0]["problems"]] == ["consent", "screen", "count"]
    assert [r["ready_to_sign"] for r in rows] == [False, False, True]
    assert "consent" in [p["kind"] for p in rows[1]["problems"]]
    assert "Open Record" not in out                    # chart numbers, never names

    code, out, _err = _run(database_url, capsys, "incomplete", "--older-than", "30")
    assert code == 0
    assert out.splitlines()[0] == "1 draft visit started more than 30 days ago: 1 with something to complete, 0 ready to sign."
    assert "chart OPEN-1" in out and "Record the patient's consent" in out and "DEMO" not in out

    code, _out, err = _run(database_url, capsys, "incomplete", "--older-than", "-3")
    assert code != 0 and "between 0 and 36500" in err
