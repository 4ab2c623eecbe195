"""The audit trail's hash chain: the canonical encoding of an audit row, its hash, and the walk
that checks a run of rows (pure Python: the services read the rows, the migration backfills).

Each row's hash is sha256 over the hash of the row before it and a canonical encoding of the
row's content, including its own id and the id of the row it follows (prev_id). Changing,
deleting or inserting a row in the middle breaks the chain from there on, and the walk names the
first row that does not match and why. Whoever can write the database can recompute the whole
chain: only a head hash recorded elsewhere (bodymap audit --verify --expect-head) shows that.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from bodymap.errors import QT_TRANSLATE_NOOP, Message

GENESIS = "0" * 64          # the "previous hash" of the first row
HASH_LENGTH = 64
# the chained columns of audit_log, in the order they are encoded
CONTENT = ("id", "prev_id", "at", "actor_id", "actor_name", "action", "entity", "entity_id",
           "patient_id", "visit_id", "before", "after")

CONTENT_CHANGED = "content changed"
ROW_MISSING = "row missing"
LINK_BROKEN = "link broken"
NOT_CHAINED = "not chained"


def _time(value: object) -> object:
    if isinstance(value, dt.datetime):        # UTC, to the microsecond, whatever the backend returned
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")
    return value


def canonical(row: Mapping[str, Any]) -> bytes:
    """One byte string per row content: a JSON array in CONTENT order, keys sorted, ASCII only."""
    values = [_time(row.get(name)) for name in CONTENT]
    return json.dumps(values, sort_keys=True, separators=(",", ":"), ensure_ascii=True,
                      allow_nan=True).encode("ascii")


def link_hash(prev_hash: str, row: Mapping[str, Any]) -> str:
    """The hash a row must carry: sha256(previous row's hash, newline, canonical content), hex."""
    digest = hashlib.sha256(prev_hash.encode("ascii"))
    digest.update(b"\n")
    digest.update(canonical(row))
    return digest.hexdigest()


@dataclass(frozen=True)
class ChainProblem:
    """The first row that does not verify: its id and why (one of the four kinds, and a sentence)."""

    row_id: int | None
    kind: str
    detail: str

    def message(self) -> Message:
        """Where the chain breaks, e.g. "row 12: content changed (its hash does not match its content)";
        translated where it is shown."""
        kind = _KIND_WORDS.get(self.kind, self.kind)
        if self.row_id is None:
            return QT_TRANSLATE_NOOP("Records", "the chain head: {kind} ({detail})").format(kind=kind, detail=self.detail)
        return QT_TRANSLATE_NOOP("Records", "row {row}: {kind} ({detail})").format(row=self.row_id, kind=kind,
                                                                                   detail=self.detail)


_KIND_WORDS = {CONTENT_CHANGED: QT_TRANSLATE_NOOP("Records", "content changed"),
               ROW_MISSING: QT_TRANSLATE_NOOP("Records", "row missing"),
               LINK_BROKEN: QT_TRANSLATE_NOOP("Records", "link broken"),
               NOT_CHAINED: QT_TRANSLATE_NOOP("Records", "not chained"),
               "chain head missing": QT_TRANSLATE_NOOP("Records", "chain head missing")}


def _row_or_nothing(row_id: int | None) -> Message:
    return (QT_TRANSLATE_NOOP("Records", "row {row}").format(row=row_id) if row_id is not None
            else QT_TRANSLATE_NOOP("Records", "nothing"))


@dataclass(frozen=True)
class ChainReport:
    """The result of a walk: how many rows were checked, the last one and its hash, the first problem."""

    rows: int
    head_id: int | None
    head_hash: str
    problem: ChainProblem | None = None

    @property
    def intact(self) -> bool:
        return self.problem is None


def walk(rows: Iterable[Mapping[str, Any]], *, prev_id: int | None = None, prev_hash: str = GENESIS,
         recorded_head: tuple[int | None, str] | None = None,
         expect_head: str | None = None) -> ChainReport:
    """Checks rows (in id order, each with CONTENT and its stored "hash") against the chain.

    prev_id/prev_hash: the row before the first one (none, for a walk from the start).
    recorded_head: (last_id, last_hash) of the chain head table, read before the rows; the row it
    names must be among them with that hash (rows after it were added meanwhile, chained as usual).
    expect_head: a head hash recorded elsewhere earlier; it must be the hash of one of the rows."""
    count = 0
    # a tail walk starts after the head may be (it was read first): only a head among the rows is checked
    head_seen = (recorded_head is None or recorded_head[0] is None
                 or (prev_id is not None and recorded_head[0] <= prev_id))
    expected_found = expect_head is None or expect_head == prev_hash

    def report(problem: ChainProblem | None) -> ChainReport:
        return ChainReport(count, prev_id, prev_hash, problem)

    for row in rows:
        row_id: int = row["id"]
        stored = row.get("hash")
        if not isinstance(stored, str) or len(stored) != HASH_LENGTH:
            return report(ChainProblem(row_id, NOT_CHAINED, QT_TRANSLATE_NOOP("Records", "it has no hash: it was not written by bodymap")))
        link = row.get("prev_id")
        if link != prev_id:
            # rows come in id order: an id between the last row and this one is not in the trail
            if link is not None and (prev_id is None or prev_id < link) and link < row_id:
                return report(ChainProblem(row_id, ROW_MISSING,
                                           QT_TRANSLATE_NOOP("Records", "the row it follows, {row}, is not in the trail").format(row=link)))
            return report(ChainProblem(row_id, LINK_BROKEN, QT_TRANSLATE_NOOP(
                "Records", "it says it follows {said}, but it follows {follows}").format(
                said=_row_or_nothing(link), follows=_row_or_nothing(prev_id))))
        if link_hash(prev_hash, row) != stored:
            return report(ChainProblem(row_id, CONTENT_CHANGED, QT_TRANSLATE_NOOP("Records", "its hash does not match its content")))
        count += 1
        prev_id, prev_hash = row_id, stored
        if recorded_head is not None and row_id == recorded_head[0]:
            if stored != recorded_head[1]:
                return report(ChainProblem(row_id, CONTENT_CHANGED,
                                           QT_TRANSLATE_NOOP("Records", "its hash is not the one the chain head recorded")))
            head_seen = True
        if expect_head is not None and stored == expect_head:
            expected_found = True
    if not head_seen:
        assert recorded_head is not None
        return report(ChainProblem(recorded_head[0], ROW_MISSING,
                                   QT_TRANSLATE_NOOP("Records", "the chain head names it as the last row written, but it is not in the trail")))
    if not expected_found:
        return report(ChainProblem(None, LINK_BROKEN, QT_TRANSLATE_NOOP("Records", "the expected head hash is not the hash of any row: the trail "
                                                                       "was rewritten or is not the one the hash was recorded from")))
    return report(None)
