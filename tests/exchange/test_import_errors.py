"""A bad file is refused with a clear message naming the problem and its JSON path, and nothing is
written; random mutations of a valid export never raise anything but ExchangeError."""
from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bodymap.errors import ExchangeError
from tests.exchange.conftest import import_document, import_file, row_counts


def refused(sessions, doc, *fragments):
    before = row_counts(sessions)
    with pytest.raises(ExchangeError) as info:
        import_document(sessions, doc)
    for fragment in fragments:
        assert fragment in str(info.value), f"{fragment!r} not in {info.value}"
    assert row_counts(sessions) == before
    return str(info.value)


def test_malformed_files(empty, tmp_path):
    for name, content, expected in [("broken.json", b'{"format": "bodymap", ', "not valid JSON"),
                                    ("latin1.json", '{"a": "é"}'.encode("latin-1"), "not UTF-8"),
                                    ("deep.json", b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
                                    ("list.json", b"[]", "Expected an object")]:
        path = tmp_path / name
        path.write_bytes(content)
        with pytest.raises(ExchangeError, match=expected):
            import_file(empty, path)
    with pytest.raises(ExchangeError, match="Cannot read"):
        import_file(empty, tmp_path / "missing.json")
    assert row_counts(empty)["patients"] == 0


def test_wrong_format_and_newer_schema(empty, valid_doc):
    refused(empty, {**valid_doc, "format": "other"}, "Not a bodymap export", "$.format")
    message = refused(empty, {**valid_doc, "schema_version": 2}, "schema version 2", "$.schema_version")
    assert "update bodymap" in message
    refused(empty, {k: v for k, v in valid_doc.items() if k != "schema_version"}, "schema_version")


@pytest.mark.parametrize("where, change, fragments", [
    ("visit", lambda v: v.pop("started_at"), ["Missing field 'started_at'", "$.patients[1].visits[0]"]),
    ("tp", lambda t: t.update(x=1.5), ["Out of range", "$.patients[1].visits[0].trigger_points[0].x"]),
    ("tp", lambda t: t.update(x=float("nan")), ["Out of range", ".trigger_points[0].x"]),
    ("tp", lambda t: t.update(pressure_pain=11), ["Out of range", ".pressure_pain"]),
    ("tp", lambda t: t.update(status="angry"), ["Must be one of active, latent", ".status"]),
    ("tp", lambda t: t.update(findings=["telepathy"]), ["Unknown finding", ".findings[0]"]),
    ("tp", lambda t: t.update(view="moon"), ["Unknown diagram view", ".view"]),
    ("tp", lambda t: t.update(needled="yes"), ["Expected true or false", ".needled"]),
    ("tp", lambda t: t.update(notes="x" * 20_001), ["Too long", ".notes"]),
    ("tp", lambda t: t.update(notes="nul\x00"), ["NUL", ".notes"]),
    ("tp", lambda t: t.update(notes="\ud800"), ["surrogate", ".notes"]),
    ("tp", lambda t: t.update(created_at="2025-01-01T10:00:00"), ["no time zone", ".created_at"]),
    ("zone", lambda z: z.update(intensity=-1), ["Out of range", ".zones[0].intensity"]),
    ("zone", lambda z: z.update(polygons=[[[0.1, 0.1], [0.2, 0.2]]]), ["three points", ".polygons[0]"]),
    ("zone", lambda z: z.update(source_ids=[123456789]), ["not a trigger point of the same visit",
                                                          ".zones[0].source_ids[0]"]),
    ("visit", lambda v: v.update(status="signed", signed_at=None), ["signed_at"]),
    ("patient", lambda p: p.update(date_of_birth="1800-01-01"), ["Implausible", ".date_of_birth"]),
    ("patient", lambda p: p.update(name="  "), ["Must not be empty", "$.patients[1].name"]),
])
def test_bad_values_name_the_problem_and_path(empty, valid_doc, where, change, fragments):
    doc = copy.deepcopy(valid_doc)
    patient = doc["patients"][1]
    target = {"patient": patient, "visit": patient["visits"][0],
              "tp": patient["visits"][0]["trigger_points"][0], "zone": patient["visits"][0]["zones"][0]}[where]
    change(target)
    refused(empty, doc, *fragments)


def test_chart_number_conflicts(empty, valid_doc):
    doc = copy.deepcopy(valid_doc)
    doc["patients"][1]["chart_number"] = doc["patients"][0]["chart_number"]
    refused(empty, doc, "appears twice", "$.patients[1].chart_number")
    import_document(empty, valid_doc)
    before = row_counts(empty)
    message = refused(empty, valid_doc, "already in use", "$.patients[0].chart_number")
    assert "rename" in message
    summary = import_document(empty, valid_doc, on_conflict="rename")
    assert set(summary.renamed) == {p["chart_number"] for p in valid_doc["patients"]}
    assert all(new.endswith("-2") for new in summary.renamed.values())
    assert row_counts(empty)["patients"] == before["patients"] * 2
    with pytest.raises(ValueError):
        import_document(empty, valid_doc, on_conflict="merge-ish")


def _paths(value, prefix=()):
    yield prefix
    if isinstance(value, dict):
        for key, child in value.items():
            yield from _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _paths(child, (*prefix, index))


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(min_value=-2**70, max_value=2**70)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=6)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_fuzzed_imports_fail_cleanly_and_leave_nothing(empty, valid_doc, data):
    doc = copy.deepcopy(valid_doc)
    paths = [p for p in _paths(doc) if p]
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        parent = doc
        try:
            for key in path[:-1]:
                parent = parent[key]
            action = data.draw(st.sampled_from(["replace", "delete", "duplicate"]))
            if action == "replace":
                parent[path[-1]] = data.draw(json_values)
            elif action == "delete":
                del parent[path[-1]]
            elif isinstance(parent, list):
                parent.append(copy.deepcopy(parent[path[-1]]))
        except (KeyError, IndexError, TypeError):
            continue                 # an earlier mutation removed this path
    doc = json.loads(json.dumps(doc))       # what a file could hold (NaN included)
    before = row_counts(empty)
    try:
        import_document(empty, doc, on_conflict="rename")
    except ExchangeError:
        assert row_counts(empty) == before


def _first_zone(doc):
    return next(z for p in doc["patients"] for v in p["visits"] for z in v["zones"])


@pytest.mark.parametrize("region", ["right:\ud800", "right:not_a_region", "up:temple", "temple", 7])
def test_a_zone_region_must_be_a_body_region(empty, valid_doc, region):
    """A lone surrogate once imported, and every later export of the database failed on it."""
    doc = copy.deepcopy(valid_doc)
    _first_zone(doc)["regions"] = [region]
    refused(empty, doc, "Expected a body region", ".zones[0].regions[0]")


def test_only_a_regular_file_is_read(empty, tmp_path):
    """/dev/zero was read until memory ran out and a FIFO hung the import forever."""
    import os
    import threading
    fifo = tmp_path / "pipe.json"
    os.mkfifo(fifo)
    outcome = {}

    def run():
        try:
            import_file(empty, fifo)
        except ExchangeError as exc:
            outcome["message"] = str(exc)
    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(timeout=10)
    assert not worker.is_alive(), "importing a FIFO hangs"
    assert "not a regular file" in outcome["message"]
    for special in ("/dev/zero", tmp_path):
        with pytest.raises(ExchangeError, match="not a regular file|Cannot read"):
            import_file(empty, special)
    assert row_counts(empty)["patients"] == 0


def test_an_integer_of_thousands_of_digits_is_refused_with_a_message(empty, tmp_path):
    path = tmp_path / "long.json"
    path.write_text('{"format": "bodymap", "schema_version": ' + "9" * 5000 + "}")
    with pytest.raises(ExchangeError, match=r"5,000 digits.*\$\.schema_version"):
        import_file(empty, path)


def test_a_file_over_the_limit_is_refused_before_it_is_read(empty, tmp_path, monkeypatch):
    from bodymap.exchange import json_stream
    path = tmp_path / "big.json"
    path.write_bytes(b" " * 2048)
    monkeypatch.setattr(json_stream, "MAX_FILE_BYTES", 1024)
    with pytest.raises(ExchangeError, match="too large"):
        import_file(empty, path)
