"""The import takes nothing on trust that the record's rules decide (bodymap.services.import_rules):
labels come from the diagram, marks lie on the body, visits are not dated in the future, chart
numbers are stored as compared, and every imported visit leaves its trace. Both backends."""
from __future__ import annotations

import copy
import datetime as dt
import json

import pytest
from sqlalchemy import select

from bodymap import db
from bodymap.errors import ChartNumberConflict, ExchangeError
from bodymap.exchange.json_io import iso, write_json
from bodymap.services import ChartService
from bodymap.services.audit_chain import AuditChainService
from bodymap.services.history import AuditService
from tests.exchange.conftest import export_document, import_document, import_file, row_counts


@pytest.fixture
def doc(sessions, charted):
    """CH-2's export (a signed visit with two trigger points and a zone, and a draft), renumbered
    so that it imports into the same database."""
    document = export_document(sessions, chart_number="CH-2")
    document["patients"][0]["chart_number"] = "NEW-1"
    return document


def _first(document, kind):
    return document["patients"][0]["visits"][0][kind][0]


def _refused(sessions, document, *fragments):
    before = row_counts(sessions)
    with pytest.raises(ExchangeError) as info:
        import_document(sessions, document)
    for fragment in fragments:
        assert fragment in str(info.value), f"{fragment!r} not in {info.value}"
    assert row_counts(sessions) == before


def _imported_chart(sessions, chart_number="NEW-1"):
    target = ChartService(sessions)
    patient = target.find_patient(chart_number)
    visits = sorted(target.list_visits(patient.id), key=lambda v: v.started_at)
    return target.get_chart(visits[0].id)


def test_labels_in_the_file_are_recomputed_from_the_diagram_and_reported(sessions, doc):
    tp, zone = _first(doc, "trigger_points"), _first(doc, "zones")
    truth_tp = {k: tp[k] for k in ("region", "muscle", "side", "site")}
    truth_zone = (sorted(zone["sides"]), sorted(zone["regions"]))
    assert truth_tp["region"] == "upper_trapezius_ridge" and truth_tp["side"] == "left"
    tp.update(region="biceps", muscle="soleus", side="right", site="TP9")
    zone.update(sides=["right"], regions=["right:temple", "midline:forehead"])
    summary = import_document(sessions, doc)
    chart = _imported_chart(sessions)
    stored = next(t for t in chart.trigger_points if t.view == "posterior")
    assert {k: getattr(stored, k) for k in truth_tp} == truth_tp
    assert (sorted(chart.zones[0].sides), sorted(chart.zones[0].regions)) == truth_zone
    assert summary.relabelled == 2
    text = summary.describe()
    assert "2 marks had" in text and "$.patients[0].visits[0].trigger_points[0]" in text
    assert "$.patients[0].visits[0].zones[0]" in text and "region is upper_trapezius_ridge" in text
    assert doc["patients"][0]["name"] not in text


def test_a_genuine_export_reports_no_disagreement(sessions, doc):
    assert import_document(sessions, doc).relabelled == 0


def test_a_trigger_point_off_the_body_is_refused(sessions, doc):
    _first(doc, "trigger_points").update(x=0.01, y=0.01)
    _refused(sessions, doc, "off the body", "(at $.patients[0].visits[0].trigger_points[0])")


def test_a_zone_off_the_body_is_refused(sessions, doc):
    _first(doc, "zones")["polygons"] = [[[0.0, 0.0], [0.03, 0.0], [0.015, 0.03]]]
    _refused(sessions, doc, "off the body", "(at $.patients[0].visits[0].zones[0].polygons)")
    # a zone of no area on the body: the canvas could never have drawn it
    _first(doc, "zones")["polygons"] = [[[0.5, 0.3], [0.5, 0.31], [0.5, 0.32]]]
    _refused(sessions, doc, "no area", ".zones[0].polygons")


def test_visits_dated_in_the_future_are_refused(sessions, doc):
    now = dt.datetime.now(dt.UTC)
    late = copy.deepcopy(doc)
    late["patients"][0]["visits"][1]["started_at"] = iso(now + dt.timedelta(days=3))
    _refused(sessions, late, "dated in the future", "(at $.patients[0].visits[1].started_at)")
    signed = copy.deepcopy(doc)
    signed["patients"][0]["visits"][0]["signed_at"] = iso(now + dt.timedelta(hours=2))
    _refused(sessions, signed, "signed in the future", "(at $.patients[0].visits[0].signed_at)")
    # within the allowance a clinician has when charting (a day ahead, for time zones)
    doc["patients"][0]["visits"][1]["started_at"] = iso(now + dt.timedelta(hours=12))
    assert import_document(sessions, doc).visits == 2


def test_chart_numbers_are_stored_as_they_are_compared(sessions, doc):
    """Stored untrimmed, "new-1\\t" had a key ("new-1\\t" in SQL, which trims spaces only) that
    "NEW-1" did not match, so the same chart could be imported twice."""
    doc["patients"][0]["chart_number"] = "new-1\t"
    import_document(sessions, doc)
    assert ChartService(sessions).find_patient("new-1").chart_number == "new-1"
    doc["patients"][0]["chart_number"] = "NEW-1"
    before = row_counts(sessions)
    with pytest.raises(ChartNumberConflict, match=r"already in use.*\$\.patients\[0\]\.chart_number"):
        import_document(sessions, doc)
    assert row_counts(sessions) == before
    doc["patients"][0]["chart_number"] = " demo-0001 "          # the demo patient is DEMO-0001
    with pytest.raises(ChartNumberConflict):
        import_document(sessions, doc)
    summary = import_document(sessions, doc, on_conflict="rename")
    assert summary.renamed == {"demo-0001": "demo-0001-2"}


def test_signed_visits_keep_their_signature_and_say_where_it_came_from(sessions, doc, tmp_path):
    original = doc["patients"][0]["visits"][0]
    assert original["status"] == "signed" and original["signed_by"]
    folder = tmp_path / "Patients of Dr Who"
    folder.mkdir()
    summary = import_file(sessions, write_json(doc, folder / "from-clinic-a.json"))
    assert "1 signed visit keeps" in summary.describe()
    visit = _imported_chart(sessions).visit
    assert visit.status == "signed" and iso(visit.signed_at) == original["signed_at"]
    assert visit.signed_by == original["signed_by"]
    rows = [r for r in AuditService(sessions).for_visit(visit.id) if r.action == "import"]
    assert len(rows) == 1
    after = rows[0].after
    assert after["signed_elsewhere"]["signed_by"] == original["signed_by"]
    assert after["signed_elsewhere"]["signed_at"].startswith(original["signed_at"][:19])
    assert after["source"]["file"] == "from-clinic-a.json"          # its name only, never the folder
    assert "Dr Who" not in json.dumps(after)
    assert rows[0].actor_name.startswith("command line")             # who imported it


def test_every_imported_visit_and_patient_has_an_audit_row_naming_the_file(sessions, doc, tmp_path):
    summary = import_file(sessions, write_json(doc, tmp_path / "two-visits.json"))
    with sessions() as s:
        rows = s.scalars(select(db.AuditEntry).where(db.AuditEntry.action == "import")).all()
    by_entity = {}
    for row in rows:
        by_entity.setdefault(row.entity, []).append(row)
    assert sorted(r.entity_id for r in by_entity["visit"]) == sorted(summary.id_map["visits"].values())
    assert [r.entity_id for r in by_entity["patient"]] == list(summary.id_map["patients"].values())
    assert all(r.after["source"]["file"] == "two-visits.json" for r in rows)
    draft = next(r for r in by_entity["visit"] if r.after["status"] == "draft")
    assert "signed_elsewhere" not in draft.after
    # the import's rows are links of the same chain as every other audit row
    report = AuditChainService(sessions).verify()
    assert report.intact, report


@pytest.mark.parametrize("key", ["software", "exported_at"])
@pytest.mark.parametrize("text", ["bodymap\x00", "bodymap \ud800"])
def test_header_text_for_the_audit_row_is_checked(sessions, doc, key, text):
    doc[key] = text
    _refused(sessions, doc, "NUL character or a lone surrogate", f"(at $.{key})")


def test_over_long_numbers_are_refused_with_their_path(sessions, doc, tmp_path):
    text = json.dumps(doc).replace('"overall_pain": 0', '"overall_pain": ' + "7" * 4000, 1)
    assert "7" * 4000 in text
    path = tmp_path / "long.json"
    path.write_text(text, encoding="utf-8")
    before = row_counts(sessions)
    with pytest.raises(ExchangeError, match=r"4,000 digits.*\$\.patients\[0\]\.visits\[0\]\.overall_pain"):
        import_file(sessions, path)
    # a document made in Python (not read from a file) may hold an int too long for str()
    _first(doc, "trigger_points")["pressure_pain"] = 10**5000
    _refused(sessions, doc, "more than 30 digits", ".trigger_points[0].pressure_pain")
    _first(doc, "trigger_points").update(pressure_pain=None, x=10**5000)
    _refused(sessions, doc, "Out of range", ".trigger_points[0].x")
    assert row_counts(sessions) == before


def test_a_ten_megabyte_name_is_refused_with_its_path(sessions, doc):
    doc["patients"][0]["name"] = "N" * 10_000_000
    _refused(sessions, doc, "Too long (10,000,000 characters", "(at $.patients[0].name)")
