"""CSV export: one row per trigger point and per zone, Excel-friendly and formula-safe."""
from __future__ import annotations

import csv
import io
import os
import stat
from pathlib import Path

from bodymap.exchange.charts import select_charts
from bodymap.exchange.csv_io import COLUMNS, defuse, write_csv
from tests.exchange.conftest import AWKWARD

DOCS = Path(__file__).resolve().parents[2] / "docs" / "EXPORTS.md"


def read(path) -> list[dict]:
    raw = Path(path).read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    assert b"\r\n" in raw
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"), newline="")))


def test_rows_columns_and_quoting(service, charted, tmp_path):
    charts = select_charts(service, chart_number="CH-2")
    path = write_csv(charts, tmp_path / "ch2.csv")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    rows = read(path)
    assert list(rows[0]) == list(COLUMNS)
    n_tp = sum(len(c.trigger_points) for c in charts)
    n_zone = sum(len(c.zones) for c in charts)
    assert [r["record_type"] for r in rows].count("trigger_point") == n_tp
    assert [r["record_type"] for r in rows].count("zone") == n_zone
    first_tp = rows[0]
    assert first_tp["patient_name"] == "Zoë O'Brien-Łukasz" and first_tp["chart_number"] == "CH-2"
    assert first_tp["side"] == "left" and first_tp["region_ids"] == "upper_trapezius_ridge"
    assert first_tp["findings"] == "Taut band; Referred pain reproduced"
    assert first_tp["pressure_pain"] == "10" and first_tp["needled"] == "yes" and first_tp["depth_mm"] == "22.5"
    assert first_tp["visit_status"] == "signed"
    zone = next(r for r in rows if r["record_type"] == "zone")
    assert zone["mark_key"] == "A" and zone["zone_quality"] == "Pins and needles" and zone["zone_intensity"] == "10"
    assert zone["referred_from"] == "1; 2" and zone["zone_depth"] == "deep"
    assert zone["notes"] == AWKWARD.replace("=SUM", "=SUM")          # commas, quotes, newline survive
    carried = [r for r in rows if r["visit_id"] == str(charted["visits"][1])]
    assert {r["carried_forward"] for r in carried} == {"yes", "no"}


def test_formula_injection_is_defused(service, charted, tmp_path):
    rows = read(write_csv(select_charts(service, chart_number="CH-2"), tmp_path / "x.csv"))
    tp = rows[0]
    assert tp["clinician"] == "'=cmd|' /C calc'!A0"
    assert tp["notes"] == "'@at sign"
    for row in rows:
        for value in row.values():
            assert not value.startswith(("=", "+", "-", "@")), value
    assert defuse("+44") == "'+44" and defuse("-1") == "'-1" and defuse("\tx") == "'\tx"
    assert defuse("plain = fine") == "plain = fine" and defuse(None) == ""


def test_every_column_is_documented():
    text = DOCS.read_text(encoding="utf-8")
    missing = [c for c in COLUMNS if f"`{c}`" not in text]
    assert not missing, f"columns not documented in docs/EXPORTS.md: {missing}"
