"""Reading the audit trail (Visit > History); bodymap.services.audit writes it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, select

from bodymap import db
from bodymap.services.common import BaseService


@dataclass(frozen=True)
class AuditRecord:
    id: int
    at: dt.datetime
    actor_name: str
    action: str
    entity: str
    entity_id: int | None
    visit_id: int | None
    before: dict[str, Any] | None          # JSON, as the audit row holds it
    after: dict[str, Any] | None


class AuditService(BaseService):
    """Reads the trail. There is deliberately no way to change it."""

    def for_visit(self, visit_id: int) -> list[AuditRecord]:
        return self._read(select(db.AuditEntry).where(db.AuditEntry.visit_id == visit_id))

    def for_patient(self, patient_id: int) -> list[AuditRecord]:
        return self._read(select(db.AuditEntry).where(db.AuditEntry.patient_id == patient_id))

    def _read(self, query: Select[db.AuditEntry]) -> list[AuditRecord]:
        with self._tx() as s:
            return [AuditRecord(id=e.id, at=e.at, actor_name=e.actor_name, action=e.action, entity=e.entity,
                                entity_id=e.entity_id, visit_id=e.visit_id, before=e.before, after=e.after)
                    for e in s.scalars(query.order_by(db.AuditEntry.id))]
