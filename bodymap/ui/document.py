"""The open visit: service calls for the canvas, as undoable commands, with change signals.

Each user action is one service call (one transaction) and one undo step. The first call happens
before the command is pushed, so a refused action never lands on the undo stack.
"""
from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bodymap.db import DatabaseError
from bodymap.domain.charting import TriggerPointDetails, ValidationError, ZoneDetails
from bodymap.records import TriggerPointRecord, VisitChart, ZoneRecord
from bodymap.services import ChartService, NotFound, details_of, zone_details_of

USER_ERRORS = (ValidationError, DatabaseError, NotFound)


class ChartDocument(QObject):
    """Marks of the open visit, kept in step with the database."""

    markChanged = Signal(str, object)      # kind ("tp" | "zone"), record
    markRemoved = Signal(str, int)         # kind, id
    chartReset = Signal(object)            # VisitChart | None
    saved = Signal(str)                    # human message, e.g. "Saved 14:05:09"
    failed = Signal(str)                   # message for the clinician

    def __init__(self, service: ChartService, parent=None):
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)
        self.chart: VisitChart | None = None
        self._tps: dict[int, TriggerPointRecord] = {}
        self._zones: dict[int, ZoneRecord] = {}

    # ------------------------------------------------------------------ state
    @property
    def visit_id(self) -> int | None:
        return self.chart.visit.id if self.chart else None

    @property
    def editable(self) -> bool:
        return self.chart is not None and not self.chart.visit.is_signed

    def trigger_points(self) -> list[TriggerPointRecord]:
        return list(self._tps.values())

    def zones(self) -> list[ZoneRecord]:
        return list(self._zones.values())

    def record(self, kind: str, mark_id: int):
        return (self._tps if kind == "tp" else self._zones).get(mark_id)

    def open_visit(self, visit_id: int | None) -> None:
        self.undo_stack.clear()
        self.chart = self.service.get_chart(visit_id) if visit_id is not None else None
        self._reset_from_chart()

    def reload(self) -> None:
        if self.chart is not None:
            self.chart = self.service.get_chart(self.chart.visit.id)
        self._reset_from_chart()

    def _reset_from_chart(self) -> None:
        self._tps = {tp.id: tp for tp in self.chart.trigger_points} if self.chart else {}
        self._zones = {z.id: z for z in self.chart.zones} if self.chart else {}
        self.chartReset.emit(self.chart)

    # ------------------------------------------------------------------ applying results
    def _changed(self, kind: str, record) -> None:
        (self._tps if kind == "tp" else self._zones)[record.id] = record
        self.markChanged.emit(kind, record)
        self._saved()

    def _removed(self, kind: str, mark_id: int) -> None:
        (self._tps if kind == "tp" else self._zones).pop(mark_id, None)
        self.markRemoved.emit(kind, mark_id)
        if kind == "tp":          # the database dropped it from the zones it was a source of
            for zone in list(self._zones.values()):
                if mark_id in zone.source_ids:
                    self._zones[zone.id] = dataclasses.replace(zone, source_ids=zone.source_ids - {mark_id})
        self._saved()

    def _saved(self) -> None:
        self.saved.emit(f"All changes saved · {dt.datetime.now():%H:%M:%S}")

    def _attempt(self, fn, *args):
        try:
            return fn(*args)
        except USER_ERRORS as exc:
            self.failed.emit(str(exc))
            return None

    # ------------------------------------------------------------------ actions
    def add_trigger_point(self, view: str, x: float, y: float,
                          details: TriggerPointDetails = TriggerPointDetails()) -> TriggerPointRecord | None:
        if not self._check_editable():
            return None
        record = self._attempt(self.service.add_trigger_point, self.visit_id, view, x, y, details)
        if record is not None:
            self._changed("tp", record)
            self.undo_stack.push(_AddMark(self, "tp", record, f"Place trigger point ({record.location_label})"))
        return record

    def move_trigger_point(self, tp_id: int, x: float, y: float) -> TriggerPointRecord | None:
        old = self._tps.get(tp_id)
        if old is None or not self._check_editable():
            return None
        record = self._attempt(self.service.move_trigger_point, tp_id, x, y)
        if record is None:
            self.markChanged.emit("tp", old)   # put the item back where it was
            return None
        self._changed("tp", record)
        self.undo_stack.push(_MoveTriggerPoint(self, old, record))
        return record

    def edit_trigger_point(self, tp_id: int, details: TriggerPointDetails) -> TriggerPointRecord | None:
        old = self._tps.get(tp_id)
        if old is None or not self._check_editable() or details_of(old) == details:
            return None
        record = self._attempt(self.service.update_trigger_point, tp_id, details)
        if record is None:
            self.markChanged.emit("tp", old)
            return None
        self._changed("tp", record)
        self.undo_stack.push(_EditMark(self, "tp", old, record, "Edit trigger point"))
        return record

    def add_zone(self, view: str, polygons, details: ZoneDetails) -> ZoneRecord | None:
        if not self._check_editable():
            return None
        record = self._attempt(self.service.add_zone, self.visit_id, view, polygons, details)
        if record is not None:
            self._changed("zone", record)
            self.undo_stack.push(_AddMark(self, "zone", record, f"Draw {record.quality.replace('_', ' ')} zone"))
        return record

    def edit_zone(self, zone_id: int, details: ZoneDetails) -> ZoneRecord | None:
        old = self._zones.get(zone_id)
        if old is None or not self._check_editable() or zone_details_of(old) == details:
            return None
        record = self._attempt(self.service.update_zone, zone_id, details)
        if record is None:
            self.markChanged.emit("zone", old)
            return None
        self._changed("zone", record)
        self.undo_stack.push(_EditMark(self, "zone", old, record, "Edit zone"))
        return record

    def confirm_carried(self, kind: str, mark_id: int):
        """The clinician re-examined a carried-forward mark and keeps it (one undo step)."""
        old = self.record(kind, mark_id)
        if old is None or not old.carried or not self._check_editable():
            return None
        record = self._attempt(self.service.confirm_carried, kind, mark_id)
        if record is not None:
            self._changed(kind, record)
            self.undo_stack.push(_ConfirmCarried(self, kind, mark_id))
        return record

    def delete_marks(self, marks: list[tuple[str, int]]) -> int:
        """Deletes marks as one undo step; returns how many were deleted."""
        if not marks or not self._check_editable():
            return 0
        done: list[tuple[str, object]] = []
        # zones first: a zone may name a trigger point as its source
        for kind, mark_id in sorted(marks, key=lambda m: m[0] != "zone"):
            fn = self.service.delete_trigger_point if kind == "tp" else self.service.delete_zone
            record = self._attempt(fn, mark_id)
            if record is None:
                break
            done.append((kind, record))
            self._removed(kind, mark_id)
        if done:
            label = "Delete mark" if len(done) == 1 else f"Delete {len(done)} marks"
            self.undo_stack.push(_DeleteMarks(self, done, label))
        return len(done)

    def _check_editable(self) -> bool:
        if self.chart is None:
            self.failed.emit("Open or create a visit first.")
            return False
        if self.chart.visit.is_signed:
            self.failed.emit("This visit is signed and can no longer be changed.")
            return False
        return True

    # ------------------------------------------------------------------ used by commands
    def _restore(self, kind: str, record) -> None:
        fn = self.service.restore_trigger_point if kind == "tp" else self.service.restore_zone
        restored = fn(record)
        self._changed(kind, restored)
        for zone_id in getattr(restored, "zone_ids", ()):   # zones linked to it again
            self._changed("zone", self.service.get_zone(zone_id))

    def _delete(self, kind: str, mark_id: int) -> None:
        fn = self.service.delete_trigger_point if kind == "tp" else self.service.delete_zone
        fn(mark_id)
        self._removed(kind, mark_id)

    def _set_details(self, kind: str, record) -> None:
        if kind == "tp":
            new = self.service.update_trigger_point(record.id, details_of(record))
        else:
            new = self.service.update_zone(record.id, zone_details_of(record))
        self._changed(kind, new)

    def _run_step(self, command: QUndoCommand, fn) -> None:
        """Undo/redo after the fact: on failure say so and show what the database holds."""
        try:
            fn()
        except USER_ERRORS as exc:
            command.setObsolete(True)
            self.failed.emit(f"Could not {command.actionText().lower()}: {exc}")
            try:
                self.reload()
            except USER_ERRORS:
                pass


class _Step(QUndoCommand):
    def __init__(self, doc: ChartDocument, text: str):
        super().__init__(text)
        self.doc = doc
        self._first = True

    def redo(self) -> None:
        if self._first:          # the action itself already ran before the push
            self._first = False
            return
        self.doc._run_step(self, self.do)

    def undo(self) -> None:
        self.doc._run_step(self, self.undo_action)

    def do(self) -> None: ...
    def undo_action(self) -> None: ...


class _AddMark(_Step):
    def __init__(self, doc, kind, record, text):
        super().__init__(doc, text)
        self.kind, self.record = kind, record

    def do(self):
        self.doc._restore(self.kind, self.record)

    def undo_action(self):
        self.doc._delete(self.kind, self.record.id)


class _DeleteMarks(_Step):
    def __init__(self, doc, done, text):
        super().__init__(doc, text)
        self.done = done

    def do(self):
        for kind, record in sorted(self.done, key=lambda m: m[0] != "zone"):
            self.doc._delete(kind, record.id)

    def undo_action(self):
        for kind, record in sorted(self.done, key=lambda m: m[0] != "tp"):
            self.doc._restore(kind, record)


class _MoveTriggerPoint(_Step):
    def __init__(self, doc, old, new):
        super().__init__(doc, "Move trigger point")
        self.old, self.new = old, new

    def do(self):
        self.doc._changed("tp", self.doc.service.move_trigger_point(self.new.id, self.new.x, self.new.y))

    def undo_action(self):
        self.doc._changed("tp", self.doc.service.move_trigger_point(self.old.id, self.old.x, self.old.y))


class _EditMark(_Step):
    def __init__(self, doc, kind, old, new, text):
        super().__init__(doc, text)
        self.kind, self.old, self.new = kind, old, new

    def do(self):
        self.doc._set_details(self.kind, self.new)

    def undo_action(self):
        self.doc._set_details(self.kind, self.old)


class _ConfirmCarried(_Step):
    def __init__(self, doc, kind, mark_id):
        super().__init__(doc, "Confirm carried-forward mark")
        self.kind, self.mark_id = kind, mark_id

    def do(self):
        self.doc._changed(self.kind, self.doc.service.confirm_carried(self.kind, self.mark_id))

    def undo_action(self):
        self.doc._changed(self.kind, self.doc.service.unconfirm_carried(self.kind, self.mark_id))
