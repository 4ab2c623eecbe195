"""The whole-database exports are streamed (patient by patient, chart by chart) and write the
same files the in-memory documents gave (both backends)."""
from __future__ import annotations

import csv
import io
import json
import os
import stat

import pytest

from bodymap.domain.clinic import ClinicSettings
from bodymap.exchange import fhir
from bodymap.exchange.charts import iter_charts, select_visits
from bodymap.exchange.csv_io import ENCODING, csv_text, write_csv
from bodymap.exchange.json_io import write_json
from bodymap.services.exchange import ExchangeService
from bodymap.services.settings import SettingsService
from tests.exchange.conftest import export_document, import_file
from tests.exchange.test_json_roundtrip import second_db  # noqa: F401  (the fixture)


def _without_time(doc: dict) -> dict:
    return {k: v for k, v in doc.items() if k != "exported_at"}


def test_streamed_json_equals_the_in_memory_document(service, sessions, charted, tmp_path):
    SettingsService(sessions).save_clinic(ClinicSettings(name="Streamed clinic", home_care={"soleus": "Stretch"}))
    old = export_document(sessions, everything=True)
    # small batches: the patients span several of them
    path = ExchangeService(sessions).write_export(tmp_path / "all.json", everything=True, batch=1)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    new = json.loads(path.read_text(encoding="utf-8"))
    assert len(new["patients"]) >= 2 and new["clinic"]["name"] == "Streamed clinic"
    assert _without_time(new) == _without_time(old)
    # byte for byte what write_json made of the document (the same exported_at)
    old["exported_at"] = new["exported_at"]
    assert path.read_text(encoding="utf-8") == write_json(old, tmp_path / "old.json").read_text(encoding="utf-8")
    assert not [p for p in os.listdir(tmp_path) if p.endswith(".tmp")]


def test_streamed_json_of_an_empty_database_imports(sessions, tmp_path):
    path = ExchangeService(sessions).write_export(tmp_path / "empty.json", everything=True)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["patients"] == [] and doc["scope"] == "database"
    old = export_document(sessions, everything=True)
    assert _without_time(doc) == _without_time(old)


def test_streamed_json_imports_back(sessions, charted, tmp_path, request):
    path = ExchangeService(sessions).write_export(tmp_path / "all.json", everything=True, batch=1)
    summary = import_file(request.getfixturevalue("second_db"), path)
    assert (summary.patients, summary.visits) == (2, 5)


def test_single_scopes_still_write(sessions, charted, tmp_path):
    service = ExchangeService(sessions)
    one = json.loads(service.write_export(tmp_path / "p.json", chart_number="CH-2").read_text(encoding="utf-8"))
    assert one["scope"] == "patient" and [p["chart_number"] for p in one["patients"]] == ["CH-2"]
    visit = json.loads(service.write_export(tmp_path / "v.json", visit_id=charted["visits"][0])
                       .read_text(encoding="utf-8"))
    assert visit["scope"] == "visit" and len(visit["patients"][0]["visits"]) == 1


def test_streamed_csv_and_fhir_are_valid(service, charted, tmp_path):
    visits = select_visits(service, everything=True)
    path = write_csv(iter_charts(service, visits), tmp_path / "all.csv")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    text = path.read_bytes().decode(ENCODING)
    assert text == csv_text(iter_charts(service, visits))
    rows = list(csv.reader(io.StringIO(text, newline="")))
    charts = list(iter_charts(service, visits))
    assert len(rows) == 1 + sum(len(c.trigger_points) + len(c.zones) for c in charts)

    path = fhir.write_fhir(iter_charts(service, visits), tmp_path / "all.fhir.json")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    streamed = json.loads(path.read_text(encoding="utf-8"))
    in_memory = fhir.bundle(iter_charts(service, visits))
    assert streamed["resourceType"] == "Bundle" and streamed["type"] == "transaction"
    assert streamed["entry"] == in_memory["entry"]
    kinds = [e["resource"]["resourceType"] for e in streamed["entry"]]
    assert kinds.count("Patient") == len({c.patient.id for c in charts})
    assert kinds.count("Encounter") == len(charts)
    observations = sum(len(c.trigger_points) + len(c.zones) + (c.visit.overall_pain is not None) for c in charts)
    assert kinds.count("Observation") == observations


def test_streamed_fhir_of_nothing_is_an_empty_bundle(tmp_path):
    doc = json.loads(fhir.write_fhir([], tmp_path / "none.json").read_text(encoding="utf-8"))
    assert doc["entry"] == [] and doc["resourceType"] == "Bundle"


def test_a_failure_mid_stream_leaves_the_old_file(service, charted, tmp_path):
    target = tmp_path / "all.csv"
    target.write_text("the previous export", encoding="utf-8")

    def charts():
        yield from iter_charts(service, select_visits(service, everything=True)[:1])
        raise RuntimeError("the database went away")

    for write in (write_csv, fhir.write_fhir):
        with pytest.raises(RuntimeError):
            write(charts(), target)
        assert target.read_text(encoding="utf-8") == "the previous export"
    assert not [name for name in os.listdir(tmp_path) if name.endswith(".tmp")]
