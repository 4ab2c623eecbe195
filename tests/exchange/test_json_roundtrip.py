"""Lossless JSON: export, import into an empty database, and the charts are identical (both backends)."""
from __future__ import annotations

import copy
import json
import os
import stat
import time

import pytest

from bodymap import db
from bodymap.domain.clinic import ClinicSettings
from bodymap.errors import ExchangeError
from bodymap.exchange.json_io import write_json
from bodymap.services import ChartService
from bodymap.services import exchange_import as exchange_service
from bodymap.services.settings import SettingsService
from tests.exchange.conftest import export_document, import_document, import_file, normalised_charts, row_counts


def _strip_ids(doc: dict) -> dict:
    """The document without the exporting database's ids (kept: links as positions)."""
    doc = copy.deepcopy(doc)
    doc.pop("exported_at")
    for rows in doc.get("records", {}).values():          # the safety record etc.: links are ids too
        for row in rows:
            for key in [k for k in row if k == "id" or k.endswith("_id")]:
                row.pop(key)
    tps = [t for p in doc["patients"] for v in p["visits"] for t in v["trigger_points"]]
    zones = [z for p in doc["patients"] for v in p["visits"] for z in v["zones"]]
    tp_pos = {t["id"]: n for n, t in enumerate(tps)}
    zone_pos = {z["id"]: n for n, z in enumerate(zones)}
    for p in doc["patients"]:
        p.pop("id")
        for v in p["visits"]:
            v.pop("id")
    for t in tps:
        t["id"], t["carried_from_id"] = tp_pos[t["id"]], tp_pos.get(t["carried_from_id"])
    for z in zones:
        z["id"], z["carried_from_id"] = zone_pos[z["id"]], zone_pos.get(z["carried_from_id"])
        z["source_ids"] = sorted(tp_pos[s] for s in z["source_ids"])
    return doc


@pytest.fixture
def second_db(request, tmp_path):
    """A second, empty database on the same backend as `database_url`."""
    url = request.getfixturevalue("database_url")
    if url.startswith("sqlite"):
        engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'second.sqlite3'}")
        yield sessions
        engine.dispose()
    else:
        from tests.conftest import pg_database
        with pg_database(request.getfixturevalue("pg_server")) as other:
            engine, sessions = db.open_database(other)
            yield sessions
            engine.dispose()


def test_export_import_gives_identical_charts(service, sessions, second_db, charted, tmp_path):
    SettingsService(sessions).save_clinic(ClinicSettings(name="Exported clinic", home_care={"soleus": "Stretch"},
                                                         home_care_languages={"es": {"soleus": "Estirar"}}))
    doc = export_document(sessions, everything=True)
    path = write_json(doc, tmp_path / "all.json")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    loaded = json.loads(path.read_text(encoding="utf-8"))
    assert loaded["format"] == "bodymap" and loaded["schema_version"] == 1 and loaded["scope"] == "database"
    assert loaded["patients"][0]["created_at"].endswith("Z")

    summary = import_file(second_db, path)
    assert (summary.patients, summary.visits) == (2, 5)
    target = ChartService(second_db)
    assert normalised_charts(target) == normalised_charts(service)
    # and lossless beyond the charts: timestamps, signed_at, carried links, clinic settings
    again = export_document(second_db, everything=True)
    assert _strip_ids(again) == _strip_ids(doc)
    assert SettingsService(second_db).clinic().name == "Exported clinic"
    assert SettingsService(second_db).clinic().advice("soleus", "es") == "Estirar"
    carried = [t for p in again["patients"] for v in p["visits"] for t in v["trigger_points"] if t["carried_from_id"]]
    assert carried and any(t["carry_confirmed"] for t in carried) and not all(t["carry_confirmed"] for t in carried)
    assert set(summary.id_map) == {"patients", "visits", "trigger_points", "zones"}


def test_patient_and_visit_scopes(service, sessions, second_db, charted, tmp_path):
    patient_doc = export_document(sessions, chart_number="CH-2")
    assert patient_doc["scope"] == "patient" and patient_doc["clinic"] is None
    assert [p["chart_number"] for p in patient_doc["patients"]] == ["CH-2"]
    assert len(patient_doc["patients"][0]["visits"]) == 2
    visit_doc = export_document(sessions, visit_id=charted["visits"][1])
    assert visit_doc["scope"] == "visit" and len(visit_doc["patients"][0]["visits"]) == 1
    # the carried-forward links of a lone visit point outside the file: imported without them
    summary = import_document(second_db, visit_doc)
    assert "carried-forward link" in summary.describe()
    with pytest.raises(LookupError):
        export_document(sessions, visit_id=99999)
    with pytest.raises(ValueError):
        export_document(sessions, visit_id=1, everything=True)


def test_failure_in_the_middle_writes_nothing(sessions, second_db, charted, monkeypatch):
    doc = export_document(sessions, everything=True)
    before = row_counts(second_db)
    calls = []
    real = exchange_service._write_visit

    def failing(*args, **kwargs):
        calls.append(1)
        if len(calls) == 3:
            raise RuntimeError("disk on fire")
        return real(*args, **kwargs)
    monkeypatch.setattr(exchange_service, "_write_visit", failing)
    with pytest.raises(RuntimeError):
        import_document(second_db, doc)
    assert len(calls) == 3
    assert row_counts(second_db) == before

    from sqlalchemy.exc import OperationalError

    def db_failure(*args, **kwargs):
        raise OperationalError("INSERT", {}, Exception("connection lost"))
    monkeypatch.setattr(exchange_service, "_write_links", db_failure)
    with pytest.raises(ExchangeError, match="nothing was imported"):
        import_document(second_db, doc)
    assert row_counts(second_db) == before


def test_import_of_a_100_visit_file_is_quick(sessions, tmp_path, charted, capsys):
    doc = export_document(sessions, chart_number="CH-2")
    visit = doc["patients"][0]["visits"][0]
    next_id = iter(range(10_000, 10**6))
    visits = []
    for _n in range(100):
        v = copy.deepcopy(visit)
        v["id"] = next(next_id)
        mapping = {}
        for t in v["trigger_points"]:
            mapping[t["id"]] = t["id"] = next(next_id)
            t["carried_from_id"] = None
        for z in v["zones"]:
            z["id"] = next(next_id)
            z["carried_from_id"] = None
            z["source_ids"] = [mapping[s] for s in z["source_ids"]]
        visits.append(v)
    doc["patients"][0]["visits"] = visits
    doc["patients"][0]["chart_number"] = "BIG-1"
    path = write_json(doc, tmp_path / "big.json")
    started = time.perf_counter()
    summary = import_file(sessions, path)
    seconds = time.perf_counter() - started
    assert summary.visits == 100
    with capsys.disabled():
        print(f"\nbodymap: imported a 100-visit file ({path.stat().st_size // 1024} KiB) in {seconds:.2f}s")
    assert seconds < 30


def test_patient_language_survives_export_and_import(service, sessions, second_db, charted):
    """A patient's preferred handout language (migration 0020) travels as an extra column."""
    import dataclasses

    from bodymap.domain.charting import PatientInput
    patient = service.find_patient("CH-2")
    service.update_patient(patient.id, PatientInput(patient.chart_number, patient.name, patient.date_of_birth,
                                                    patient.sex, patient.notes, language="pt_BR"),
                           expected_version=patient.version)
    doc = export_document(sessions, everything=True)
    exported = {p["chart_number"]: p for p in doc["patients"]}
    assert exported["CH-2"]["language"] == "pt_BR" and exported["DEMO-0001"]["language"] == ""
    import_document(second_db, doc)
    imported = ChartService(second_db).find_patient("CH-2")
    assert imported.language == "pt_BR"
    assert dataclasses.replace(imported, id=0, version=0) == dataclasses.replace(service.find_patient("CH-2"),
                                                                                 id=0, version=0)
