"""The audit trail: one append-only row per create, update, delete, sign and addendum.

Rows are written inside the same transaction as the change they describe, so a change and its
trace are committed together or not at all. Every row is written by append_audit, which chains it
to the row before it by its hash (bodymap.domain.audit_chain) under the chain head's lock.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import getpass
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, cast

from sqlalchemy import Table, bindparam, func, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.audit_chain import link_hash
from bodymap.errors import QT_TRANSLATE_NOOP, DatabaseError


class ActorLike(Protocol):
    """Whoever acts: an Actor, or a UserRecord (bodymap.domain.accounts) once someone has signed in."""

    @property
    def id(self) -> int | None: ...

    @property
    def display_name(self) -> str: ...


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in clinician, or the command line run by an operating-system user."""

    id: int | None
    display_name: str

    @staticmethod
    def command_line() -> Actor:
        try:
            who = getpass.getuser()
        except Exception:
            who = "unknown"
        return Actor(None, f"command line ({who})")


_PLAIN = frozenset({str, int, float, bool, type(None)})


def _jsonable(value: object) -> Any:     # JSON-ish: the value as a JSON column stores it
    if type(value) in _PLAIN:              # most values; exact types, so str-based enums go below
        return value
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        # field by field, like dataclasses.asdict (same keys, same order) without its deep copy
        return {f.name: _jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_jsonable(v) for v in value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def audit_values(actor: ActorLike, action: str, entity: str, entity_id: int | None, *,
                 patient_id: int | None = None, visit_id: int | None = None, before: object = None,
                 after: object = None) -> dict[str, object]:
    """The content of one audit row (append_audit adds its id, time, link and hash when it is written).

    Both ways of writing a row use it, so what an audit row holds is defined here only."""
    return {"actor_id": getattr(actor, "id", None),
            "actor_name": getattr(actor, "display_name", None) or "unknown",
            "action": action, "entity": entity, "entity_id": entity_id,
            "patient_id": patient_id, "visit_id": visit_id,
            "before": None if before is None else _jsonable(before),
            "after": None if after is None else _jsonable(after)}


# a mapped class's __table__ is typed as any FromClause; a declarative model's is its Table
_AUDIT = cast(Table, db.AuditEntry.__table__)
_HEAD = cast(Table, db.AuditChainHead.__table__)
_INSERT_AUDIT = insert(_AUDIT)
# Built once. Taking the head's lock comes first and reads the last row, its hash and the next id:
# PostgreSQL locks the head row until commit (a second workstation waits here) and draws the id
# from the table's sequence; on SQLite the no-op UPDATE takes the database's write lock, so the
# largest id read next is final until commit.
_LOCK_HEAD_PG = (select(_HEAD.c.last_id, _HEAD.c.last_hash,
                        func.nextval(func.pg_get_serial_sequence("audit_log", "id")))
                 .where(_HEAD.c.id == 1).with_for_update())
_LOCK_HEAD_SQLITE = (update(_HEAD).where(_HEAD.c.id == 1).values(last_id=_HEAD.c.last_id)
                     .returning(_HEAD.c.last_id, _HEAD.c.last_hash,
                                select(func.coalesce(func.max(_AUDIT.c.id), 0) + 1).scalar_subquery()))
_MOVE_HEAD = update(_HEAD).where(_HEAD.c.id == 1)
# PostgreSQL: the row and the head's move in one statement (a data-modifying CTE), one round trip
# less over the network. Its parameters are the row's values under "v_" names (the two tables
# share the column name id).
_APPEND_PG = (insert(_AUDIT).values({c.name: bindparam(f"v_{c.name}", type_=c.type) for c in _AUDIT.c})
              .add_cte(update(_HEAD).where(_HEAD.c.id == 1)
                       .values(last_id=bindparam("v_id", type_=_HEAD.c.last_id.type),
                               last_hash=bindparam("v_hash", type_=_HEAD.c.last_hash.type)).cte("moved_head")))


_HEAD_MISSING = QT_TRANSLATE_NOOP("Records", "The audit trail's chain head (table audit_chain) is missing, so no change can "
                                             "be recorded. Run `bodymap audit --verify` and see docs/SECURITY.md.")


def append_audit(connection: Connection, values: dict[str, object]) -> None:
    """The one way an audit row is written: under the chain head's lock, with the next id, the id
    and hash of the row before it, the time, and its own hash; then the head moves on to it.

    values: audit_values(...). Same transaction as the change, which keeps the lock until commit."""
    postgres = connection.dialect.name == "postgresql"
    head = connection.execute(_LOCK_HEAD_PG if postgres else _LOCK_HEAD_SQLITE).first()
    if head is None:
        raise DatabaseError(_HEAD_MISSING)
    prev_id, prev_hash, next_id = head
    row = {**values, "id": next_id, "prev_id": prev_id, "at": db.utcnow()}
    row["hash"] = digest = link_hash(prev_hash, row)
    if postgres:
        connection.execute(_APPEND_PG, {f"v_{name}": value for name, value in row.items()})
    else:
        connection.execute(_INSERT_AUDIT, row)
        connection.execute(_MOVE_HEAD, {"last_id": next_id, "last_hash": digest})


def append_audits(connection: Connection, values_list: Sequence[dict[str, object]]) -> None:
    """Many rows of one action (an import's per-visit rows) under one lock of the chain head: ids
    drawn in order, each row linked to the one before, then the head moved once to the last."""
    if not values_list:
        return
    postgres = connection.dialect.name == "postgresql"
    head = connection.execute(_LOCK_HEAD_PG if postgres else _LOCK_HEAD_SQLITE).first()
    if head is None:
        raise DatabaseError(_HEAD_MISSING)
    prev_id, prev_hash, next_id = head
    more = len(values_list) - 1
    if postgres and more:
        drawn = select(func.nextval(func.pg_get_serial_sequence("audit_log", "id"))).select_from(
            func.generate_series(1, more))
        ids = [next_id, *sorted(connection.execute(drawn).scalars())]
    else:
        ids = list(range(next_id, next_id + more + 1))
    now = db.utcnow()
    rows = []
    for values, new_id in zip(values_list, ids, strict=True):
        row = {**values, "id": new_id, "prev_id": prev_id, "at": now}
        row["hash"] = prev_hash = link_hash(prev_hash, row)
        prev_id = new_id
        rows.append(row)
    for start in range(0, len(rows), 1000):
        connection.execute(_INSERT_AUDIT, rows[start:start + 1000])
    connection.execute(_MOVE_HEAD, {"last_id": prev_id, "last_hash": prev_hash})


def record_audit(session: Session, actor: ActorLike, action: str, entity: str, entity_id: int | None, *,
                 patient_id: int | None = None, visit_id: int | None = None, before: object = None,
                 after: object = None) -> None:
    """The row for a use case written with the ORM: its pending changes are flushed first, so the
    chain head is locked last and held for the shortest time."""
    session.flush()
    append_audit(session.connection(), audit_values(actor, action, entity, entity_id, patient_id=patient_id,
                                                    visit_id=visit_id, before=before, after=after))


def insert_audit(connection: Connection, actor: ActorLike, action: str, entity: str, entity_id: int | None, *,
                 patient_id: int | None = None, visit_id: int | None = None, before: object = None,
                 after: object = None) -> None:
    """Writes the same row as record_audit, at once, on the transaction's connection (no unit of
    work to flush): the path of the services' per-click actions."""
    append_audit(connection, audit_values(actor, action, entity, entity_id, patient_id=patient_id,
                                          visit_id=visit_id, before=before, after=after))
