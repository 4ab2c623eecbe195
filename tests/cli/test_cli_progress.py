"""`bodymap metrics|compare|trends|heatmap`, run in process through bodymap.cli.main."""
from __future__ import annotations

import argparse
import json
import stat

import pytest
from PIL import Image

from bodymap import cli
from bodymap.cli import progress as cli_progress


def test_the_command_is_registered():
    assert cli_progress in cli.EXTRA_COMMANDS


def test_add_commands_on_a_plain_parser():
    parser = argparse.ArgumentParser()
    cli_progress.add_commands(parser.add_subparsers(dest="command"))
    args = parser.parse_args(["compare", "--from", "1", "--to", "2"])
    assert (args.from_id, args.to_id, args.handler) == (1, 2, cli_progress._compare)
    args = parser.parse_args(["heatmap", "posterior", "--complaint", "neck", "-o", "m.png"])
    assert (args.view, args.complaint, str(args.output)) == ("posterior", "neck", "m.png")


def test_metrics_json(run, demo_ids):
    code, out, err = run("metrics", "--visit", str(demo_ids[0]))
    assert code == 0, err
    data = json.loads(out)
    assert data["visit_id"] == demo_ids[0] and data["raster_height_px"] == 2000
    assert data["pain_area"]["total_basis"][:2] == ["anterior", "posterior"]
    assert data["trigger_points"]["active"] == 2
    body = data["body_surface"]
    # the regions' figures are printed rounded, so their sum agrees with the total to a few hundredths
    parts = sum(r["share_of_body_percent"] * r["percent_covered"] / 100 for r in body["regions"])
    assert body["extent_percent"] > 0 and abs(body["extent_percent"] - parts) <= 0.005 * (len(body["regions"]) + 1)
    assert body["painful_regions"] == sum(r["counted"] for r in body["regions"]) and body["wpi"] >= 1
    assert out == json.dumps(data, indent=2, sort_keys=True, ensure_ascii=False) + "\n"   # stable


def test_compare_json(run, demo_ids):
    code, out, err = run("compare", "--from", str(demo_ids[0]), "--to", str(demo_ids[2]))
    assert code == 0, err
    data = json.loads(out)
    assert data["pain_area"]["change_points"] < 0 and data["pain_area"]["exceeds_error"] is True
    assert data["trigger_points"]["change"] == {"resolved": 1, "new": 0, "persisting": 2,
                                                "active_to_latent": 1, "latent_to_active": 0}


def test_trends_json(run, demo_ids):
    code, out, err = run("trends", "--patient", "DEMO-0001")
    assert code == 0, err
    assert [v["overall_pain"] for v in json.loads(out)["visits"]] == [7, 5, 3]


def test_heatmap_png(run, demo_ids, tmp_path):
    target = tmp_path / "map.png"
    code, out, err = run("heatmap", "posterior", "--complaint", "neck", "-o", str(target))
    assert code == 0, err
    assert "3 visits" in out
    with Image.open(target) as image:
        assert image.format == "PNG" and image.width > 400
        assert image.text["View"] == "posterior" and "Alex" not in str(image.text)
    # a pain map of the clinic's patients is health data: owner-only, whatever the umask
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_errors_are_one_clean_line(run, demo_ids, tmp_path):
    code, _out, err = run("metrics", "--visit", "999999")
    assert code == 1 and err.startswith("bodymap: ") and "999999" in err
    code, _out, err = run("heatmap", "sideways", "-o", str(tmp_path / "x.png"))
    assert code == 1 and "Unknown view" in err
    code, _out, err = run("heatmap", "posterior", "-o", str(tmp_path / "missing" / "x.png"))
    assert code == 1 and err.count("\n") == 1


def test_measures_csv_on_both_backends(database_url, tmp_path, capsys):
    import csv
    import stat

    from bodymap import db
    from bodymap.domain.measures_table import COLUMNS
    from bodymap.services import ChartService
    from tests.temple_example import create_temple_patient
    engine, sessions = db.open_database(database_url)
    try:
        _patient, visits = create_temple_patient(ChartService(sessions), name="Tess Temple")
    finally:
        engine.dispose()
    out = tmp_path / "measures.csv"
    assert cli.main(["--database", database_url, "measures", "--patient", "TEMPLE-1", "-o", str(out)]) == 0
    assert "2 visits" in capsys.readouterr().out
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    text = out.read_text(encoding="utf-8")
    assert "Tess" not in text and not text.startswith("\ufeff")
    rows = list(csv.DictReader(text.splitlines()))
    assert tuple(rows[0]) == COLUMNS
    assert [int(r["visit_id"]) for r in rows] == [v.id for v in visits]
    first, second = (float(r["extent_percent"]) for r in rows)
    assert first > 0 and second == pytest.approx(first / 4, rel=0.04)
    assert rows[0]["same_place_as_previous"] == "" and float(rows[1]["same_place_as_previous"]) > 0.2
    assert cli.main(["--database", database_url, "measures", "--all", "-o", str(out)]) == 0
    assert len(list(csv.DictReader(out.read_text(encoding="utf-8").splitlines()))) == 2
    assert cli.main(["--database", database_url, "measures", "--all", "-o", str(tmp_path / "m.txt")]) != 0


def test_heatmap_of_one_patient_over_a_date_range(run, demo_ids, tmp_path):
    out = tmp_path / "composite.png"
    code, stdout, err = run("heatmap", "posterior", "--patient", "DEMO-0001", "--since", "2000-01-01", "-o", out)
    assert code == 0, err
    assert "\t3 visits\t" in stdout
    code, stdout, err = run("heatmap", "posterior", "--patient", "DEMO-0001", "--until", "2000-01-01", "-o", out)
    assert code == 0 and "\t0 visits\t" in stdout
    with pytest.raises(SystemExit) as bad:                  # argparse's usage error
        run("heatmap", "posterior", "--since", "not-a-date", "-o", out)
    assert bad.value.code == 2
