"""The open visit: service calls for the canvas, as undoable commands, with change signals.

Each user action is one service call (one transaction) and one undo step. The first call happens
before the command is pushed, so a refused action never lands on the undo stack. Every call
carries the visit version this workstation last saw, so a visit changed on another workstation
is reloaded instead of overwritten. When the database connection drops, the action in hand is
kept and retried until the database is back.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import weakref

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from bodymap.domain.charting import MarkKind, TriggerPointDetails, ZoneDetails
from bodymap.domain.placement import is_deep_muscle
from bodymap.domain.records import TriggerPointRecord, VisitChart, ZoneRecord
from bodymap.errors import BodymapError, ConflictError, DatabaseError, ValidationError
from bodymap.render import i18n
from bodymap.render.i18n import translate
from bodymap.services import ChartService, details_of, zone_details_of

RETRY_MS = 3000

# the undo steps' names (Edit > Undo "…", the tool bar's tip), context "ChartDocument": one name per
# pain quality, so each language words the zone as its grammar wants
DRAW_ZONE = {
    "aching": QT_TRANSLATE_NOOP("ChartDocument", "Draw aching zone"),
    "burning": QT_TRANSLATE_NOOP("ChartDocument", "Draw burning zone"),
    "stabbing": QT_TRANSLATE_NOOP("ChartDocument", "Draw stabbing zone"),
    "pins_and_needles": QT_TRANSLATE_NOOP("ChartDocument", "Draw pins-and-needles zone"),
    "numbness": QT_TRANSLATE_NOOP("ChartDocument", "Draw numbness zone"),
    "throbbing": QT_TRANSLATE_NOOP("ChartDocument", "Draw throbbing zone"),
    "other": QT_TRANSLATE_NOOP("ChartDocument", "Draw zone"),
}


def _t(text: str) -> str:
    """text (of DRAW_ZONE) in the interface language (context ChartDocument)."""
    return translate("ChartDocument", text)


class ChartDocument(QObject):
    """Marks of the open visit, kept in step with the database."""

    markChanged = Signal(str, object)      # kind (a MarkKind value), record
    markRemoved = Signal(str, int)         # kind, id
    chartReset = Signal(object)            # VisitChart | None
    saved = Signal(str)                    # human message, e.g. "All changes saved · 14:05:09"
    failed = Signal(str)                   # message for the clinician
    connectionLost = Signal(str)           # the database went away; an action waits to be retried
    connectionRestored = Signal(str)

    def __init__(self, service: ChartService, parent=None):
        super().__init__(parent)
        self.service = service
        self.undo_stack = QUndoStack(self)
        self.chart: VisitChart | None = None
        self.version: int | None = None
        self._tps: dict[int, TriggerPointRecord] = {}
        self._zones: dict[int, ZoneRecord] = {}
        self._pending = None               # (call, apply) kept while the database is away
        self._retry = QTimer(self, interval=RETRY_MS)
        self._retry.timeout.connect(self.retry_pending)

    # ------------------------------------------------------------------ state
    @property
    def visit_id(self) -> int | None:
        return self.chart.visit.id if self.chart else None

    @property
    def editable(self) -> bool:
        return self.chart is not None and not self.chart.visit.is_signed

    @property
    def waiting(self) -> bool:
        return self._pending is not None

    def trigger_points(self) -> list[TriggerPointRecord]:
        return list(self._tps.values())

    def zones(self) -> list[ZoneRecord]:
        return list(self._zones.values())

    def record(self, kind: str, mark_id: int):
        return (self._tps if kind == MarkKind.TRIGGER_POINT else self._zones).get(mark_id)

    def open_visit(self, visit_id: int | None) -> None:
        self.undo_stack.clear()
        self.chart = self.service.get_chart(visit_id) if visit_id is not None else None
        self._reset_from_chart()

    def reload(self) -> None:
        if self.chart is not None:
            self.chart = self.service.get_chart(self.chart.visit.id)
        self._reset_from_chart()

    def _reset_from_chart(self) -> None:
        self.version = self.chart.visit.version if self.chart else None
        self._tps = {tp.id: tp for tp in self.chart.trigger_points} if self.chart else {}
        self._zones = {z.id: z for z in self.chart.zones} if self.chart else {}
        self.chartReset.emit(self.chart)

    # ------------------------------------------------------------------ applying results
    def _changed(self, kind: str, record) -> None:
        (self._tps if kind == MarkKind.TRIGGER_POINT else self._zones)[record.id] = record
        self.markChanged.emit(kind, record)
        self._saved()

    def _removed(self, kind: str, mark_id: int) -> None:
        (self._tps if kind == MarkKind.TRIGGER_POINT else self._zones).pop(mark_id, None)
        self.markRemoved.emit(kind, mark_id)
        if kind == MarkKind.TRIGGER_POINT:          # the database dropped it from the zones it was a source of
            for zone in list(self._zones.values()):
                if mark_id in zone.source_ids:
                    self._zones[zone.id] = dataclasses.replace(zone, source_ids=zone.source_ids - {mark_id})
        self._saved()

    def _saved(self) -> None:
        self.saved.emit(self.tr("All changes saved · {time}").format(time=f"{dt.datetime.now():%H:%M:%S}"))

    # ------------------------------------------------------------------ calling the service
    def change(self, call):
        """call(expected_version) -> result, for a change to the open visit that is not a mark
        (safety record, visit details): the version moves on by one on success and the change
        is reported as saved. Errors are raised (ui.operations.Operations reports them)."""
        result = self._write(call)
        self._saved()
        return result

    def _write(self, call):
        """call(expected_version) -> result; the visit's version moves on by one on success."""
        result = call(self.version)
        if self.version is not None:
            self.version += 1
        return result

    def _perform(self, call, apply):
        """Runs an action now; on success apply(result). Refusals are reported, a conflict reloads
        the visit, and a lost connection keeps the action to retry."""
        try:
            result = self._write(call)
        except ConflictError as exc:
            self._conflict(i18n.message(exc))
            return None
        except DatabaseError as exc:
            self._pending = (call, apply)
            self._retry.start()
            self.connectionLost.emit(self.tr("{error} Your last change is kept and will be saved when the "
                                             "database is back.").format(error=i18n.message(exc)))
            return None
        except BodymapError as exc:
            self.failed.emit(i18n.message(exc))
            return None
        apply(result)
        return result

    def retry_pending(self) -> bool:
        """Tries the kept action again; True once it is saved (or resolved by a reload)."""
        if self._pending is None:
            self._retry.stop()
            return True
        call, apply = self._pending
        try:
            result = self._write(call)
        except DatabaseError:
            return False
        except ConflictError as exc:
            self._pending = None
            self._retry.stop()
            self._conflict(i18n.message(exc))
            return True
        except BodymapError as exc:
            self._pending = None
            self._retry.stop()
            self.connectionRestored.emit(self.tr("The database is back."))
            self.failed.emit(i18n.message(exc))
            return True
        self._pending = None
        self._retry.stop()
        apply(result)
        self.connectionRestored.emit(self.tr("The database is back; your last change was saved."))
        return True

    def reload_after_conflict(self) -> None:
        """Another workstation changed the visit: show what is stored now. The undo history is
        dropped with it, since its steps were made on the version that no longer exists."""
        try:
            self.open_visit(self.visit_id)
        except BodymapError:
            pass

    def _conflict(self, message: str) -> None:
        self.reload_after_conflict()
        self.failed.emit(message)

    # ------------------------------------------------------------------ actions
    def add_trigger_point(self, view: str, x: float, y: float,
                          details: TriggerPointDetails = TriggerPointDetails(),
                          include_deep: bool = False) -> TriggerPointRecord | None:
        if not self._check_editable():
            return None
        visit_id = self.visit_id

        def apply(record):
            self._changed(MarkKind.TRIGGER_POINT, record)
            self.undo_stack.push(_AddMark(self, MarkKind.TRIGGER_POINT, record, self.tr(
                "Place trigger point ({place})").format(place=i18n.current().place(record))))
        return self._perform(lambda v: self.service.add_trigger_point(
            visit_id, view, x, y, details, expected_version=v, include_deep=include_deep), apply)

    def move_trigger_point(self, tp_id: int, x: float, y: float, include_deep: bool = False,
                           series: object = None) -> TriggerPointRecord | None:
        """Moves a point (one undo step). Moves given the same series (the keyboard's nudges of
        one point, ui/canvas/keyboard.py) merge into one undo step while nothing comes between."""
        old = self._tps.get(tp_id)
        if old is None or not self._check_editable():
            if old is not None:
                self.markChanged.emit(MarkKind.TRIGGER_POINT, old)      # put the item back where it was
            return None

        def apply(record):
            self._changed(MarkKind.TRIGGER_POINT, record)
            self.undo_stack.push(_MoveTriggerPoint(self, old, record) if series is None
                                 else _NudgeTriggerPoint(self, old, record, series))
        result = self._perform(lambda v: self.service.move_trigger_point(
            tp_id, x, y, expected_version=v, include_deep=include_deep), apply)
        if result is None and tp_id in self._tps:
            self.markChanged.emit(MarkKind.TRIGGER_POINT, self._tps[tp_id])
        return result

    def edit_trigger_point(self, tp_id: int, details: TriggerPointDetails) -> TriggerPointRecord | None:
        old = self._tps.get(tp_id)
        if old is None or not self._valid(details) or details_of(old) == details.validated() \
                or not self._check_editable():
            return None

        def apply(record):
            self._changed(MarkKind.TRIGGER_POINT, record)
            self.undo_stack.push(_EditMark(self, MarkKind.TRIGGER_POINT, old, record, self.tr("Edit trigger point")))
        result = self._perform(lambda v: self.service.update_trigger_point(tp_id, details, expected_version=v),
                               apply)
        if result is None and tp_id in self._tps:
            self.markChanged.emit(MarkKind.TRIGGER_POINT, self._tps[tp_id])
        return result

    def add_zone(self, view: str, polygons, details: ZoneDetails) -> ZoneRecord | None:
        if not self._check_editable():
            return None
        visit_id = self.visit_id

        def apply(record):
            self._changed(MarkKind.ZONE, record)
            self.undo_stack.push(_AddMark(self, MarkKind.ZONE, record, _t(DRAW_ZONE.get(record.quality, DRAW_ZONE["other"]))))
        return self._perform(lambda v: self.service.add_zone(visit_id, view, polygons, details,
                                                             expected_version=v), apply)

    def edit_zone(self, zone_id: int, details: ZoneDetails) -> ZoneRecord | None:
        old = self._zones.get(zone_id)
        if old is None or not self._valid(details) or zone_details_of(old) == details.validated() \
                or not self._check_editable():
            return None

        def apply(record):
            self._changed(MarkKind.ZONE, record)
            self.undo_stack.push(_EditMark(self, MarkKind.ZONE, old, record, self.tr("Edit zone")))
        result = self._perform(lambda v: self.service.update_zone(zone_id, details, expected_version=v), apply)
        if result is None and zone_id in self._zones:
            self.markChanged.emit(MarkKind.ZONE, self._zones[zone_id])
        return result

    def confirm_carried(self, kind: str, mark_id: int):
        """The clinician re-examined a carried-forward mark and keeps it (one undo step)."""
        old = self.record(kind, mark_id)
        if old is None or not old.carried or not self._check_editable():
            return None

        def apply(record):
            self._changed(kind, record)
            self.undo_stack.push(_ConfirmCarried(self, kind, mark_id))
        return self._perform(lambda v: self.service.confirm_carried(kind, mark_id, expected_version=v), apply)

    def delete_marks(self, marks: list[tuple[str, int]]) -> int:
        """Deletes marks as one undo step; returns how many were deleted."""
        if not marks or not self._check_editable():
            return 0
        done: list[tuple[str, object]] = []
        # zones first: a zone may name a trigger point as its source
        for kind, mark_id in sorted(marks, key=lambda m: m[0] != MarkKind.ZONE):
            fn = self.service.delete_trigger_point if kind == MarkKind.TRIGGER_POINT else self.service.delete_zone

            def apply(record, kind=kind):
                done.append((kind, record))
                self._removed(kind, record.id)
            if self._perform(lambda v, fn=fn, mark_id=mark_id: fn(mark_id, expected_version=v), apply) is None:
                break
        if done:
            label = self.tr("Delete mark") if len(done) == 1 else self.tr("Delete {count} marks").format(count=len(done))
            self.undo_stack.push(_DeleteMarks(self, done, label))
        return len(done)

    def _valid(self, details) -> bool:
        try:
            details.validated()
        except ValidationError as exc:
            self.failed.emit(i18n.message(exc))
            return False
        return True

    def _check_editable(self) -> bool:
        if self.chart is None:
            self.failed.emit(self.tr("Open or create a visit first."))
            return False
        if self.chart.visit.is_signed:
            self.failed.emit(self.tr("This visit is signed and can no longer be changed."))
            return False
        if self._pending is not None:
            self.failed.emit(self.tr("Waiting for the database: your last change will be saved first."))
            return False
        return True

    # ------------------------------------------------------------------ used by undo and redo
    def _restore(self, kind: str, record) -> None:
        fn = self.service.restore_trigger_point if kind == MarkKind.TRIGGER_POINT else self.service.restore_zone
        restored = self._write(lambda v: fn(record, expected_version=v))
        self._changed(kind, restored)
        for zone_id in getattr(restored, "zone_ids", ()):   # zones linked to it again
            self._changed(MarkKind.ZONE, self.service.get_zone(zone_id))

    def _delete(self, kind: str, mark_id: int) -> None:
        fn = self.service.delete_trigger_point if kind == MarkKind.TRIGGER_POINT else self.service.delete_zone
        self._write(lambda v: fn(mark_id, expected_version=v))
        self._removed(kind, mark_id)

    def _set_details(self, kind: str, record) -> None:
        if kind == MarkKind.TRIGGER_POINT:
            new = self._write(lambda v: self.service.update_trigger_point(record.id, details_of(record),
                                                                          expected_version=v))
        else:
            new = self._write(lambda v: self.service.update_zone(record.id, zone_details_of(record),
                                                                 expected_version=v))
        self._changed(kind, new)

    def _move(self, record) -> None:
        """Puts the point back where record had it, on the same layer: a point recorded on a deep
        muscle resolves the deep layer again, whatever layer the canvas shows now."""
        deep = is_deep_muscle(record.view, record.muscle)
        self._changed(MarkKind.TRIGGER_POINT, self._write(lambda v: self.service.move_trigger_point(
            record.id, record.x, record.y, expected_version=v, include_deep=deep)))

    def _confirm(self, kind: str, mark_id: int, confirmed: bool) -> None:
        fn = self.service.confirm_carried if confirmed else self.service.unconfirm_carried
        self._changed(kind, self._write(lambda v: fn(kind, mark_id, expected_version=v)))

    def _run_step(self, command: QUndoCommand, fn) -> None:
        """Undo/redo after the fact: on failure say so and show what the database holds."""
        if self._pending is not None:
            command.setObsolete(True)
            self.failed.emit(self.tr("Waiting for the database: undo and redo are paused."))
            return
        try:
            fn()
        except ConflictError as exc:
            command.setObsolete(True)
            message = i18n.message(exc)           # `exc` is unbound once the except block ends
            QTimer.singleShot(0, lambda: self._conflict(message))   # not inside the undo stack's call
        except BodymapError as exc:
            command.setObsolete(True)
            self.failed.emit(self.tr("Could not undo or redo “{step}”: {error}").format(step=command.actionText(), error=i18n.message(exc)))
            try:
                self.reload()
            except BodymapError:
                pass


class _Step(QUndoCommand):
    def __init__(self, doc: ChartDocument, text: str):
        super().__init__(text)
        # a weak reference: the document's undo stack owns the command, so the document always
        # outlives it, and a strong one made a document <-> command cycle that the garbage
        # collector tore down in an order Qt did not survive (a segmentation fault)
        self.doc = weakref.proxy(doc)
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
        for kind, record in sorted(self.done, key=lambda m: m[0] != MarkKind.ZONE):
            self.doc._delete(kind, record.id)

    def undo_action(self):
        for kind, record in sorted(self.done, key=lambda m: m[0] != MarkKind.TRIGGER_POINT):
            self.doc._restore(kind, record)


class _MoveTriggerPoint(_Step):
    def __init__(self, doc, old, new):
        super().__init__(doc, translate("ChartDocument", "Move trigger point"))
        self.old, self.new = old, new

    def do(self):
        self.doc._move(self.new)

    def undo_action(self):
        self.doc._move(self.old)


class _NudgeTriggerPoint(_MoveTriggerPoint):
    """A series of key nudges of one point: one undo step back to where the series started."""

    def __init__(self, doc, old, new, series):
        super().__init__(doc, old, new)
        self.setText(translate("ChartDocument", "Nudge trigger point"))
        self.series = series

    def id(self) -> int:
        return 0x4E55      # QUndoStack merges only commands of one id ("NU")

    def mergeWith(self, other) -> bool:
        if not (isinstance(other, _NudgeTriggerPoint) and other.series == self.series
                and other.new.id == self.new.id):
            return False
        self.new = other.new
        return True


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
        super().__init__(doc, translate("ChartDocument", "Confirm carried-forward mark"))
        self.kind, self.mark_id = kind, mark_id

    def do(self):
        self.doc._confirm(self.kind, self.mark_id, True)

    def undo_action(self):
        self.doc._confirm(self.kind, self.mark_id, False)
