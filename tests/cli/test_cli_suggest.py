"""`bodymap suggest`, run in process through bodymap.cli.main."""
from __future__ import annotations

import argparse
import datetime as dt
import json

from bodymap import cli
from bodymap.cli import suggest as cli_suggest


def test_the_command_is_registered():
    assert cli_suggest in cli.EXTRA_COMMANDS


def test_add_commands_on_a_plain_parser():
    parser = argparse.ArgumentParser()
    cli_suggest.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["suggest", "--visit", "3", "--top", "5", "--json"])
    assert (args.visit, args.top, args.json, args.handler) == (3, 5, True, cli_suggest._suggest)
    assert parser.parse_args(["suggest", "--visit", "1"]).top == 10


def test_text_lists_ranked_muscles(run, demo_ids):
    code, out, err = run("suggest", "--visit", str(demo_ids[0]), "--top", "5")
    assert code == 0, err
    lines = [line.split("\t") for line in out.splitlines()]
    assert len(lines) == 5 and [int(r[0]) for r in lines] == [1, 2, 3, 4, 5]
    scores = [float(r[3]) for r in lines]
    assert scores == sorted(scores, reverse=True) and scores[0] > 0
    # the demo draws right temple + right posterior neck (+ right forearm): right-side muscles
    assert all(r[2] in ("right", "either") for r in lines)
    assert "upper_trapezius" in [r[1] for r in lines]
    assert "not a diagnosis" in err


def test_json_has_reasons_and_the_caveat(run, demo_ids):
    code, out, err = run("suggest", "--visit", str(demo_ids[0]), "--json", "--top", "3")
    assert code == 0, err
    data = json.loads(out)
    assert data["visit_id"] == demo_ids[0] and data["zones"] == 3
    assert "not a diagnosis" in data["caveat"]
    first = data["suggestions"][0]
    assert first["rank"] == 1 and {"muscle", "side", "score", "reason", "explained",
                                   "unexplained", "coverage", "precision"} <= set(first)
    assert first["explained"] and first["reason"].endswith(".")
    # the demo's first visit: upper trapezius first, its charted trigger point reproduced the pain
    assert (first["muscle"], first["reproduced"]) == ("upper_trapezius", True) and first["prior"] > 0
    assert data["radicular"] is None                   # temple + neck + a forearm spot: no dermatome
    assert out == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"   # stable


def test_unknown_visit_and_bad_top(run, demo_ids):
    code, _out, err = run("suggest", "--visit", "999999")
    assert code == 1 and err.startswith("bodymap:")
    code, _out, err = run("suggest", "--visit", str(demo_ids[0]), "--top", "-1")
    assert code == 1 and "--top" in err


def test_a_visit_without_zones(run, demo_ids, tmp_path):
    from bodymap import db
    from bodymap.domain.charting import VisitInput
    from bodymap.services import ChartService
    code, out, err = run("suggest", "--visit", str(demo_ids[0]), "--top", "0")
    assert code == 0 and len(out.splitlines()) > 5          # 0 = all
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    engine, sessions = db.open_database(url)
    try:
        service = ChartService(sessions)
        patient_id = service.get_chart(demo_ids[0]).patient.id
        empty = service.create_visit(patient_id, VisitInput(
            started_at=dt.datetime.now(dt.UTC), clinician="Dr. Lee",
            chief_complaint="Check-up", overall_pain=0))
    finally:
        engine.dispose()
    code, out, err = run("suggest", "--visit", str(empty.id))
    assert code == 0 and out == "" and "no pain zones" in err
