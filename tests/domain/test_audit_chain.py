"""The audit chain's encoding and walk, without a database."""
from __future__ import annotations

import datetime as dt

import pytest

from bodymap.domain import audit_chain as chain

T0 = dt.datetime(2026, 12, 6, 1, 2, 3, 456789, tzinfo=dt.UTC)


def _rows(n: int, start_id: int = 1, gap_after: int | None = None) -> list[dict]:
    rows, prev_id, prev_hash = [], None, chain.GENESIS
    ident = start_id
    for k in range(n):
        row = {"id": ident, "prev_id": prev_id, "at": T0 + dt.timedelta(seconds=k), "actor_id": 1,
               "actor_name": "Dr. A", "action": "update", "entity": "visit", "entity_id": 7, "patient_id": 3,
               "visit_id": 7, "before": {"b": 1, "a": [1.5, None]}, "after": {"notes": "ä\u200d"}}
        row["hash"] = chain.link_hash(prev_hash, row)
        rows.append(row)
        prev_id, prev_hash = ident, row["hash"]
        ident += 3 if ident == gap_after else 1
    return rows


def test_the_encoding_does_not_depend_on_key_order_or_how_the_time_is_given():
    row = _rows(1)[0]
    same = {**row, "before": {"a": [1.5, None], "b": 1},
            "at": T0.astimezone(dt.timezone(dt.timedelta(hours=2))), "hash": "ignored"}
    assert chain.canonical(same) == chain.canonical(row)
    assert chain.canonical({**row, "at": T0.replace(tzinfo=None)}) == chain.canonical(row)   # naive = UTC
    assert chain.canonical(row).isascii()


@pytest.mark.parametrize("field, value", [("id", 2), ("prev_id", 1), ("at", T0 + dt.timedelta(microseconds=1)),
                                          ("actor_id", None), ("actor_name", "Dr. B"), ("action", "sign"),
                                          ("entity", "patient"), ("entity_id", 8), ("patient_id", 4),
                                          ("visit_id", None), ("before", {"b": 1}), ("after", None)])
def test_every_field_and_the_previous_hash_are_in_the_hash(field, value):
    row = _rows(1)[0]
    assert chain.link_hash(chain.GENESIS, {**row, field: value}) != row["hash"]
    assert chain.link_hash("1" * 64, row) != row["hash"]


def test_an_intact_run_with_id_gaps_verifies():
    rows = _rows(6, gap_after=3)                       # ids 1, 2, 3, 6, 7, 8
    report = chain.walk(rows, recorded_head=(8, rows[-1]["hash"]))
    assert report == chain.ChainReport(6, 8, rows[-1]["hash"])
    assert chain.walk(rows, expect_head=rows[2]["hash"]).intact
    assert chain.walk(rows[3:], prev_id=3, prev_hash=rows[2]["hash"]).intact        # a tail


def test_each_kind_of_damage_is_named_at_the_first_row_that_shows_it():
    rows = _rows(5)
    changed = [*rows[:2], {**rows[2], "actor_name": "Dr. X"}, *rows[3:]]
    assert chain.walk(changed).problem == chain.ChainProblem(3, chain.CONTENT_CHANGED,
                                                             "its hash does not match its content")
    missing = chain.walk([*rows[:2], *rows[3:]]).problem
    assert (missing.row_id, missing.kind) == (4, chain.ROW_MISSING) and "3" in missing.detail
    first_missing = chain.walk(rows[1:]).problem
    assert (first_missing.row_id, first_missing.kind) == (2, chain.ROW_MISSING)
    assert chain.walk([*rows[:2], {**rows[2], "hash": None}]).problem.kind == chain.NOT_CHAINED
    # a forged row 3 that links to row 1 correctly: row 3's own link is fine, its place is not
    forged = {**rows[2], "prev_id": 1}
    forged["hash"] = chain.link_hash(rows[0]["hash"], forged)
    broken = chain.walk([*rows[:2], forged]).problem
    assert (broken.row_id, broken.kind) == (3, chain.LINK_BROKEN)
    tail_gone = chain.walk(rows[:3], recorded_head=(5, rows[-1]["hash"])).problem
    assert (tail_gone.row_id, tail_gone.kind) == (5, chain.ROW_MISSING)
    assert chain.walk(rows, expect_head="e" * 64).problem.kind == chain.LINK_BROKEN
    assert chain.walk(rows, recorded_head=(5, "e" * 64)).problem.row_id == 5
