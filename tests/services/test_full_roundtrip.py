"""Export -> import of a clinic with a row in every table: every table comes back (new ids, same content).

Accounts and the audit trail are not exported (docs/EXPORTS.md); every other table of
db.Base.metadata must round-trip, so a table added later fails here until the export carries it
(and fill_clinic fills it)."""
from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from bodymap import db
from bodymap.errors import ExchangeError
from bodymap.exchange.json_io import read_document, write_json
from bodymap.services import ChartService
from bodymap.services.copy_database import _plain
from bodymap.services.exchange import ExchangeService
from bodymap.services.exchange_records import NOT_EXPORTED
from tests.conftest import pg_database
from tests.services.full_clinic import fill_clinic, row_counts

ID_KINDS = {"patients": "patients", "visits": "visits", "trigger_points": "trigger_points", "pain_zones": "zones"}


@pytest.fixture
def fresh(backend, tmp_path, request):
    """A second fresh database on the same backend."""
    if backend == "sqlite":
        engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'imported.sqlite3'}")
        yield sessions
        engine.dispose()
    else:
        with pg_database(request.getfixturevalue("pg_server")) as url:
            engine, sessions = db.open_database(url)
            yield sessions
            engine.dispose()


def _content(sessions, id_map: dict[str, dict[int, int]] | None) -> dict[str, list[str]]:
    """Every exported table's rows as sorted canonical text; ids translated through id_map (None:
    the imported side, as it is); links to accounts (not exported) and ids nothing maps are blanked."""
    out = {}
    with sessions() as s:
        for table in db.Base.metadata.sorted_tables:
            if table.name in NOT_EXPORTED:
                continue
            rows = []
            for row in s.execute(select(table)):
                values = dict(row._mapping)
                for col in table.columns:
                    refs = [fk.column.table.name for fk in col.foreign_keys]
                    target = refs[0] if refs else (table.name if col.primary_key and col.name == "id" else None)
                    if target is None or values[col.name] is None:
                        continue
                    kind = ID_KINDS.get(target, target)
                    if target == "users" or (target == table.name and kind not in ID_KINDS.values()
                                              and target in ("visit_addenda",)):
                        values[col.name] = None
                    elif id_map is not None:
                        values[col.name] = id_map[kind][values[col.name]]
                if table.name == "settings" and values["key"] == "clinic":
                    values["updated_at"] = None          # the clinic settings travel as values only
                rows.append(json.dumps(_plain(values), sort_keys=True))
            out[table.name] = sorted(rows)
    return out


def test_every_table_survives_export_and_import(sessions, fresh, tmp_path):
    counts = fill_clinic(sessions)
    path = write_json(ExchangeService(sessions).export_document(everything=True), tmp_path / "all.json")
    document = read_document(path)
    assert set(document["records"]) >= {"safety_screen_reviews", "safety_precaution_areas", "safety_consents",
                                         "safety_needle_logs", "safety_visit_records", "safety_adverse_events",
                                         "diagram_templates", "settings"}
    summary = ExchangeService(fresh).import_file(path)
    imported = row_counts(fresh)
    for name, n in counts.items():
        if name not in NOT_EXPORTED:
            assert imported[name] == n, name
    assert _content(sessions, {**summary.id_map, **summary.record_ids}) == _content(fresh, None)
    # and what the services read back is the same
    first = ExchangeService(sessions).export_document(everything=True)
    again = ExchangeService(fresh).export_document(everything=True)
    for table in ("diagram_templates", "safety_consents", "safety_adverse_events"):
        strip = [{k: v for k, v in row.items() if not k.endswith("id")} for row in first["records"][table]]
        assert strip == [{k: v for k, v in row.items() if not k.endswith("id")} for row in again["records"][table]]
    assert ChartService(fresh).list_visits(None)


def test_a_patient_export_carries_that_patients_safety_record_only(sessions):
    fill_clinic(sessions)
    doc = ExchangeService(sessions).export_document(chart_number="DEMO-0001")
    records = doc["records"]
    assert "diagram_templates" not in records and "settings" not in records
    assert records["safety_consents"] and records["safety_precaution_areas"]
    visit_ids = {v["id"] for v in doc["patients"][0]["visits"]}
    assert {r["visit_id"] for r in records["safety_adverse_events"]} <= visit_ids


def test_bad_records_are_refused_with_their_path(sessions, fresh):
    fill_clinic(sessions)
    doc = ExchangeService(sessions).export_document(everything=True)
    bad = json.loads(json.dumps(doc))
    bad["records"]["safety_adverse_events"][0]["severity"] = "apocalyptic"
    with pytest.raises(ExchangeError, match=r"records\.safety_adverse_events\[0\]\.severity"):
        ExchangeService(fresh).import_document(bad)
    bad = json.loads(json.dumps(doc))
    bad["records"]["diagram_templates"][0]["image"] = "aGVsbG8="           # "hello" is no image
    with pytest.raises(ExchangeError, match=r"diagram_templates\[0\]\.image"):
        ExchangeService(fresh).import_document(bad)
    bad = json.loads(json.dumps(doc))
    bad["records"]["no_such_table"] = []
    with pytest.raises(ExchangeError, match="newer bodymap"):
        ExchangeService(fresh).import_document(bad)
    counts = row_counts(fresh)
    assert counts.pop("audit_chain") == 1                  # the chain's head, there from the start
    assert sum(counts.values()) == 0                       # nothing of any refused file was written


def test_records_of_charts_outside_the_file_are_left_out_and_reported(sessions, fresh):
    fill_clinic(sessions)
    doc = ExchangeService(sessions).export_document(everything=True)
    logs = doc["records"]["safety_needle_logs"]
    logs[0]["trigger_point_id"] = 999999                   # a mark that is not in the file
    consent = doc["records"]["safety_consents"][0]
    consent["visit_id"] = 999999                          # an optional link to a visit not in the file
    summary = ExchangeService(fresh).import_document(doc)
    assert summary.records.get("safety_needle_logs", 0) == len(logs) - 1
    assert summary.records["safety_consents"] == len(doc["records"]["safety_consents"])
    text = summary.describe()
    assert "1 row of the safety record belonged to charts outside the file" in text
    assert "1 link of the safety record pointed to rows outside the file" in text
