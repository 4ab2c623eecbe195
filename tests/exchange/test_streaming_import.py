"""An import reads the file one patient at a time (bodymap.exchange.json_stream) and checks what
spans patients separately (bodymap.exchange.json_scan): the values it reads are json.loads' values
however the file falls into chunks, a broken file gets json.loads' message with the same line and
column, and what only the whole file shows (an id twice, a link to another patient's mark) is
still refused, with the path of the offending value."""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bodymap.errors import ExchangeError
from bodymap.exchange import json_stream
from bodymap.exchange.json_io import read_document, write_json
from bodymap.services.id_map import IdMap
from tests.exchange.conftest import import_file, row_counts

JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**40, 10**40) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=4),
    max_leaves=12)
DOCUMENTS = st.fixed_dictionaries({"format": st.just("bodymap"), "patients": st.lists(JSON_VALUES, max_size=5)},
                                  optional={"records": JSON_VALUES, "clinic": JSON_VALUES})


def _walked(path) -> dict:
    """The document as the import's walk sees it, put back together."""
    return read_document(path)


def _loads(text: str):
    from bodymap.exchange.json_check import parse_int
    return json.loads(text, parse_int=parse_int)


def _same(a, b) -> bool:
    """Equal, counting two over-long numbers (json_check.LongNumber) of the same length as equal."""
    return json.dumps(a, default=lambda n: f"LongNumber({n.digits})", sort_keys=True) == \
        json.dumps(b, default=lambda n: f"LongNumber({n.digits})", sort_keys=True)


@settings(max_examples=150, deadline=None)
@given(document=DOCUMENTS, chunk=st.integers(1, 40), indent=st.sampled_from([None, 1, 3]))
def test_the_walk_reads_what_json_loads_reads_whatever_the_chunks(tmp_path_factory, monkeypatch_module,
                                                                   document, chunk, indent):
    monkeypatch_module.setattr(json_stream, "CHUNK", chunk)
    path = tmp_path_factory.mktemp("walk") / "doc.json"
    text = json.dumps(document, indent=indent, ensure_ascii=chunk % 2 == 0)
    path.write_text(text, encoding="utf-8")
    assert _same(_walked(path), _loads(text))


@pytest.fixture(scope="module")
def monkeypatch_module():
    with pytest.MonkeyPatch.context() as patch:
        yield patch


@settings(max_examples=150, deadline=None)
@given(document=DOCUMENTS, chunk=st.integers(1, 40), cut=st.floats(0, 1), junk=st.sampled_from(["", "x", "}", ",]"]))
def test_a_broken_file_gets_json_loads_message_and_place(tmp_path_factory, monkeypatch_module, document, chunk,
                                                         cut, junk):
    monkeypatch_module.setattr(json_stream, "CHUNK", chunk)
    text = json.dumps(document, indent=1)
    broken = text[:int(len(text) * cut)] + junk
    try:
        _loads(broken)
    except json.JSONDecodeError as exc:
        expected = f"line {exc.lineno}, column {exc.colno}"
    else:
        return                                   # still valid JSON (e.g. nothing cut)
    path = tmp_path_factory.mktemp("broken") / "doc.json"
    path.write_text(broken, encoding="utf-8")
    with pytest.raises(ExchangeError, match="is not valid JSON") as info:
        _walked(path)
    assert expected in str(info.value)


def test_a_number_split_across_chunks_is_read_whole(tmp_path, monkeypatch):
    monkeypatch.setattr(json_stream, "CHUNK", 3)
    path = tmp_path / "n.json"
    path.write_text('{"patients": [12345678, 1.5e300, -0.000125], "schema_version": 98765}')
    assert _walked(path) == {"patients": [12345678, 1.5e300, -0.000125], "schema_version": 98765}


def _two_patients(doc) -> tuple[dict, dict, dict]:
    doc = copy.deepcopy(doc)
    with_tps = [p for p in doc["patients"] if any(v["trigger_points"] for v in p["visits"])]
    assert len(with_tps) >= 2, "the clinic needs two patients with trigger points"
    return doc, with_tps[0], with_tps[1]


def _first_tp(patient) -> dict:
    return next(t for v in patient["visits"] for t in v["trigger_points"])


def _unlinked_tp(patient) -> dict:
    """A trigger point nothing else of the patient points to (no zone source, no carried link)."""
    used = {i for v in patient["visits"] for z in v["zones"] for i in z["source_ids"]}
    used |= {t["carried_from_id"] for v in patient["visits"] for t in v["trigger_points"]}
    return next(t for v in patient["visits"] for t in v["trigger_points"] if t["id"] not in used)


def _import_refused(sessions, doc, tmp_path, monkeypatch) -> str:
    monkeypatch.setattr(json_stream, "CHUNK", 64)          # many chunks, even for a small clinic
    path = write_json(doc, tmp_path / "doc.json")
    before = row_counts(sessions)
    with pytest.raises(ExchangeError) as info:
        import_file(sessions, path)
    assert row_counts(sessions) == before
    return str(info.value)


def test_a_trigger_point_id_used_by_two_patients_is_refused_where_it_repeats(empty, valid_doc, tmp_path,
                                                                              monkeypatch):
    doc, first, second = _two_patients(valid_doc)
    _unlinked_tp(second)["id"] = _first_tp(first)["id"]
    where = doc["patients"].index(second)
    message = _import_refused(empty, doc, tmp_path, monkeypatch)
    assert f"Duplicate trigger point id {_first_tp(first)['id']}" in message
    assert f"$.patients[{where}].visits[" in message and ".trigger_points[" in message


def test_a_visit_id_used_by_two_patients_is_refused(empty, valid_doc, tmp_path, monkeypatch):
    doc, first, second = _two_patients(valid_doc)
    second["visits"][0]["id"] = first["visits"][0]["id"]
    message = _import_refused(empty, doc, tmp_path, monkeypatch)
    assert f"Duplicate visit id {first['visits'][0]['id']}" in message
    assert f"$.patients[{doc['patients'].index(second)}].visits[0].id" in message


def test_a_link_to_another_patients_mark_is_refused(empty, valid_doc, tmp_path, monkeypatch):
    doc, first, second = _two_patients(valid_doc)
    _first_tp(second)["carried_from_id"] = _first_tp(first)["id"]
    message = _import_refused(empty, doc, tmp_path, monkeypatch)
    assert "of another patient" in message and ".carried_from_id" in message


def test_a_file_imported_in_small_chunks_is_the_file(empty, valid_doc, tmp_path, monkeypatch):
    monkeypatch.setattr(json_stream, "CHUNK", 50)
    path = write_json(valid_doc, tmp_path / "doc.json")
    summary = import_file(empty, path)
    assert summary.patients == len(valid_doc["patients"])
    assert summary.trigger_points == sum(len(v["trigger_points"]) for p in valid_doc["patients"]
                                         for v in p["visits"])
    assert row_counts(empty)["trigger_points"] == summary.trigger_points


@given(st.lists(st.tuples(st.integers(1, 2**62), st.integers(1, 2**62)), max_size=60),
       st.lists(st.integers(0, 2**62), max_size=20))
def test_the_id_map_answers_as_a_dict(pairs, probes):
    compact, plain = IdMap(), {}
    for old, new in pairs:
        compact[old] = new
        plain[old] = new
    assert dict(compact) == plain and len(compact) == len(plain)
    for key in probes + [old for old, _ in pairs]:
        assert (key in compact) == (key in plain)
        assert compact.get(key) == plain.get(key)
