"""The one way the window runs a service call (as Anki's operations do).

Every feature (charting, safety, templates, the window's own menus) calls services through an
Operations object, so what happens on an error is decided here once:

- any BodymapError becomes a message for the clinician (``failed``, or ``notice`` for a quiet
  read), never a traceback;
- a change to the open visit carries the version the window last saw and moves it on, so two
  workstations never overwrite each other; a ConflictError reloads the visit and says why.

Marks on the canvas go through ChartDocument (one undo step per action, kept and retried when the
connection drops), which keeps the version this runner reads and moves on.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from bodymap.errors import BodymapError, ConflictError
from bodymap.render import i18n

T = TypeVar("T")


class Operations(QObject):
    failed = Signal(str)       # a refused or failed action: shown to the clinician
    notice = Signal(str)       # a quiet message (a read that failed while refreshing a panel)
    visitChanged = Signal()    # a change to the open visit was saved (panels refresh)

    def __init__(self, document, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.document = document

    def run(self, fn: Callable[..., T], *args) -> T | None:
        """fn(*args); a BodymapError is reported and gives None."""
        return self._reported(self.failed, fn, *args)

    def read(self, fn: Callable[..., T], *args) -> T | None:
        """Like run(), for reads that refresh a panel: a failure is a quiet notice."""
        return self._reported(self.notice, fn, *args)

    @staticmethod
    def _reported(signal, fn: Callable[..., T], *args) -> T | None:
        try:
            return fn(*args)
        except BodymapError as exc:
            signal.emit(i18n.message(exc))
            return None

    def change_visit(self, call: Callable[[int | None], T]) -> T | None:
        """call(expected_version) on the open visit; errors are reported and give None. After a
        conflict the visit is reloaded at once, so the clinician sees what is stored."""
        try:
            result = self.document.change(call)
        except ConflictError as exc:
            self.document.reload_after_conflict()
            self.failed.emit(i18n.message(exc))
            return None
        except BodymapError as exc:
            self.failed.emit(i18n.message(exc))
            return None
        self.visitChanged.emit()
        return result

    def change_visit_or_raise(self, call: Callable[[int | None], T]) -> T:
        """call(expected_version) on the open visit, for a dialog that shows errors in place.

        On success the version moves on and visitChanged is emitted; on a conflict the error is
        raised to the dialog and the visit is reloaded once the dialog's handling is over."""
        try:
            result = self.document.change(call)
        except ConflictError:
            QTimer.singleShot(0, self.document.reload_after_conflict)
            raise
        self.visitChanged.emit()
        return result
