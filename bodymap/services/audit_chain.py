"""Checking the audit trail's hash chain: the whole trail (`bodymap audit --verify`) or its last
rows (at every start). Reads only: nothing here writes, so nothing here is audited.

The chain head is read before the rows, so rows another workstation adds meanwhile are checked
like any other and never reported as a problem. Reports name row ids only, never their content.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, cast

from sqlalchemy import Table, select
from sqlalchemy.engine import Connection

from bodymap import db
from bodymap.domain.audit_chain import GENESIS, ChainProblem, ChainReport, walk
from bodymap.errors import QT_TRANSLATE_NOOP
from bodymap.services.common import BaseService

TAIL_ROWS = 100
BATCH = 2000
HEAD_MISSING = "chain head missing"

_AUDIT = cast(Table, db.AuditEntry.__table__)
_HEAD = cast(Table, db.AuditChainHead.__table__)
_READ_HEAD = select(_HEAD.c.last_id, _HEAD.c.last_hash).where(_HEAD.c.id == 1)


class AuditChainService(BaseService):
    """Verifies the audit trail's hash chain (bodymap.domain.audit_chain)."""

    def verify(self, expect_head: str | None = None) -> ChainReport:
        """Walks every row in id order from the first. expect_head: a head hash recorded earlier,
        which must be the hash of one of the rows (the trail grows, it is never rewritten)."""
        with self._core_tx() as connection:
            head = connection.execute(_READ_HEAD).first()
            if head is None:
                return _head_missing()
            return walk(self._all_rows(connection), recorded_head=(head.last_id, head.last_hash),
                        expect_head=expect_head)

    def check_tail(self, rows: int = TAIL_ROWS) -> ChainReport:
        """Checks the last `rows` rows against the one before them, and the chain head: cheap enough
        for every start. A change further back is found by verify()."""
        with self._core_tx() as connection:
            head = connection.execute(_READ_HEAD).first()
            if head is None:
                return _head_missing()
            last = [dict(r) for r in connection.execute(
                select(_AUDIT).order_by(_AUDIT.c.id.desc()).limit(rows + 1)).mappings()]
            last.reverse()
            if len(last) <= rows:           # the whole trail: from the start
                return walk(last, recorded_head=(head.last_id, head.last_hash))
            anchor, tail = last[0], last[1:]
            return walk(tail, prev_id=anchor["id"], prev_hash=anchor["hash"] or GENESIS,
                        recorded_head=(head.last_id, head.last_hash))

    @staticmethod
    def _all_rows(connection: Connection) -> Iterator[Mapping[str, Any]]:
        """Every row in id order, a batch at a time (keyset paging: memory stays flat)."""
        after: int | None = None
        while True:
            query = select(_AUDIT).order_by(_AUDIT.c.id).limit(BATCH)
            if after is not None:
                query = query.where(_AUDIT.c.id > after)
            batch = connection.execute(query).mappings().all()
            if not batch:
                return
            yield from cast(list[Mapping[str, Any]], batch)
            after = batch[-1]["id"]


def _head_missing() -> ChainReport:
    return ChainReport(0, None, GENESIS, ChainProblem(None, HEAD_MISSING,
                                                      QT_TRANSLATE_NOOP("Records", "table audit_chain has no row: it was deleted")))
