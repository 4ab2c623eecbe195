"""What other workstations (and the command line) changed: the window asks, a few times a second.

ClinicChanges.start() begins watching the database (db/watch.py: LISTEN/NOTIFY on PostgreSQL,
PRAGMA data_version on SQLite); poll() returns, without blocking and without raising, the changes
seen since the last call as frozen Change records: which kind of record, and the ids of the
patient and the visit when the database says (PostgreSQL does; SQLite only says that something
changed, a Change of kind UNKNOWN, and the window then refreshes what it shows). The window's own
changes are seen too: it tells them apart by the visit's version (visit_version()).
"""
from __future__ import annotations

import enum
import logging
from dataclasses import dataclass

from sqlalchemy import select

from bodymap import db
from bodymap.db import watch
from bodymap.services.common import BaseService

log = logging.getLogger("bodymap.services.changes")


class ChangeKind(enum.StrEnum):
    PATIENT = "patient"
    VISIT = "visit"              # the visit's details, its status, an addendum
    MARK = "mark"                # a trigger point or a zone
    SAFETY = "safety"            # a safety row of the visit or the patient
    UNKNOWN = "unknown"          # something changed; the database does not say what


_KINDS = {"patients": ChangeKind.PATIENT, "visits": ChangeKind.VISIT, "visit_addenda": ChangeKind.VISIT,
          "trigger_points": ChangeKind.MARK, "pain_zones": ChangeKind.MARK}


@dataclass(frozen=True)
class Change:
    kind: ChangeKind
    op: str | None = None                # insert, update, delete; None when unknown
    patient_id: int | None = None
    visit_id: int | None = None

    @property
    def unknown(self) -> bool:
        return self.kind is ChangeKind.UNKNOWN

    def may_concern_patients(self) -> bool:
        """Could the patient list (names, chart numbers, birth dates) have changed?"""
        return self.unknown or self.kind is ChangeKind.PATIENT

    def may_concern_visit(self, visit_id: int) -> bool:
        return self.unknown or self.visit_id == visit_id


UNKNOWN_CHANGE = Change(ChangeKind.UNKNOWN)


def _change(raw: watch.RawChange) -> Change:
    if raw.table is None:
        return UNKNOWN_CHANGE
    kind = _KINDS.get(raw.table, ChangeKind.SAFETY if raw.table.startswith("safety_") else ChangeKind.UNKNOWN)
    return Change(kind, raw.op, raw.patient_id, raw.visit_id)


class ClinicChanges(BaseService):
    """The changes made elsewhere to the database this service works on."""

    _watcher: watch.NullWatcher | watch.SqliteWatcher | watch.PostgresWatcher | None = None

    def start(self) -> None:
        """Begin watching (once); what is stored now is the baseline. Never raises: a database
        that cannot be watched is simply not watched (the window still works)."""
        if self._watcher is None:
            try:
                self._watcher = watch.watcher_for(self._sessions.kw["bind"])
            except Exception as exc:          # the watch is a convenience: it never stops the window
                log.warning("change watch not started: %s", exc.__class__.__name__)
                self._watcher = watch.NullWatcher()

    @property
    def backend(self) -> str:
        """postgresql, sqlite, or none (not started, or a database nobody else can change)."""
        return self._watcher.backend if self._watcher is not None else "none"

    @property
    def watcher(self) -> watch.NullWatcher | watch.SqliteWatcher | watch.PostgresWatcher | None:
        return self._watcher

    def poll(self) -> list[Change]:
        """The changes seen since the last call (empty when none, or when not watching)."""
        if self._watcher is None:
            return []
        try:
            return [_change(raw) for raw in self._watcher.poll()]
        except Exception as exc:          # never let the watch break the window; the next poll retries
            log.warning("change watch poll failed: %s", exc.__class__.__name__)
            return []

    def visit_version(self, visit_id: int) -> int | None:
        """The stored version of a visit, None when it no longer exists."""
        with self._core_tx() as connection:
            version = connection.scalar(select(db.Visit.version).where(db.Visit.id == visit_id))
        return None if version is None else int(version)

    def stop(self) -> None:
        """Stop watching: the thread (PostgreSQL) is ended and its connection closed."""
        watcher, self._watcher = self._watcher, None
        if watcher is not None:
            watcher.stop()


__all__ = ["Change", "ChangeKind", "ClinicChanges", "UNKNOWN_CHANGE"]
