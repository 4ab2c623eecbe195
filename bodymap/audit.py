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

from sqlalchemy import select
from sqlalchemy.orm import sessionmaker

from bodymap import db


@dataclass(frozen=True)
class Actor:
    """Who is acting: a signed-in clinician, or the command line run by an operating-system user."""

    id: int | None
    display_name: str

    @staticmethod
    def command_line() -> "Actor":
        try:
            who = getpass.getuser()
        except Exception:
            who = "unknown"
        return Actor(None, f"command line ({who})")


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    actor_name: str
    action: str
    entity: str
    entity_id: int | None
    visit_id: int | None
    before: dict | None
    after: dict | None


def _jsonable(value):
    if dataclasses.is_dataclass(value):
        return {k: _jsonable(v) for k, v in dataclasses.asdict(value).items()}
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


def record_audit(session, actor, action: str, entity: str, entity_id: int | None, *,
                 patient_id: int | None = None, visit_id: int | None = None, before=None, after=None) -> None:
    session.add(db.AuditEntry(
        actor_id=getattr(actor, "id", None), actor_name=getattr(actor, "display_name", None) or "unknown",
        action=action, entity=entity, entity_id=entity_id, patient_id=patient_id, visit_id=visit_id,
        before=None if before is None else _jsonable(before),
        after=None if after is None else _jsonable(after)))


class AuditService:
    """Reads the trail. There is deliberately no way to change it."""

    def __init__(self, sessions: sessionmaker):
        self._sessions = sessions

    def for_visit(self, visit_id: int) -> list[AuditRecord]:
        return self._read(select(db.AuditEntry).where(db.AuditEntry.visit_id == visit_id))

    def for_patient(self, patient_id: int) -> list[AuditRecord]:
        return self._read(select(db.AuditEntry).where(db.AuditEntry.patient_id == patient_id))

    def _read(self, query) -> list[AuditRecord]:
        with self._sessions() as s:
            return [AuditRecord(id=e.id, at=e.at, actor_name=e.actor_name, action=e.action, entity=e.entity,
                                entity_id=e.entity_id, visit_id=e.visit_id, before=e.before, after=e.after)
                    for e in s.scalars(query.order_by(db.AuditEntry.id))]
