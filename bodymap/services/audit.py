"""The audit trail: one append-only row per create, update, delete, sign and addendum.

Rows are written inside the same transaction as the change they describe, so a change and its
trace are committed together or not at all.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum
import getpass
from dataclasses import dataclass
from typing import Any, Protocol, cast

from sqlalchemy import Table, insert
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from bodymap import db


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
    """The content of one audit row (its time comes from the column default when it is written).

    Both ways of writing a row use it, so what an audit row holds is defined here only."""
    return {"actor_id": getattr(actor, "id", None),
            "actor_name": getattr(actor, "display_name", None) or "unknown",
            "action": action, "entity": entity, "entity_id": entity_id,
            "patient_id": patient_id, "visit_id": visit_id,
            "before": None if before is None else _jsonable(before),
            "after": None if after is None else _jsonable(after)}


def record_audit(session: Session, actor: ActorLike, action: str, entity: str, entity_id: int | None, *,
                 patient_id: int | None = None, visit_id: int | None = None, before: object = None,
                 after: object = None) -> None:
    """Adds the row to the session: it is written with the session's next flush (at the latest on commit)."""
    session.add(db.AuditEntry(**audit_values(actor, action, entity, entity_id, patient_id=patient_id,
                                              visit_id=visit_id, before=before, after=after)))


# a mapped class's __table__ is typed as any FromClause; a declarative model's is its Table
_INSERT_AUDIT = insert(cast(Table, db.AuditEntry.__table__))


def insert_audit(connection: Connection, actor: ActorLike, action: str, entity: str, entity_id: int | None, *,
                 patient_id: int | None = None, visit_id: int | None = None, before: object = None,
                 after: object = None) -> None:
    """Writes the same row as record_audit, at once, with one Core INSERT on the transaction's
    connection (no unit of work to flush): the path of the services' per-click actions."""
    connection.execute(_INSERT_AUDIT, audit_values(actor, action, entity, entity_id, patient_id=patient_id,
                                                   visit_id=visit_id, before=before, after=after))
