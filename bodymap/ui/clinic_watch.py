"""One clinic, many rooms: the window follows what other workstations (and the command line) change.

ClinicWatch asks the changes service (services/changes.py) every POLL_MS what was changed in the
database since it last asked; PostgreSQL says which patient and visit (LISTEN/NOTIFY), SQLite
only that something changed (PRAGMA data_version). Then, without announcing anything to the rest
of the window:
- the patient list is brought up to date for the same search, with the same patient chosen;
- the chosen patient's visit list likewise, with the same visit chosen;
- when the open visit's stored version is newer than the one the window last saw (the window's
  own changes move its version on, so they never count), the reload bar appears over the foot of
  the canvas (nothing moves). It takes no focus and reloads only when the clinician presses Reload.
While a dialog is open, the window is locked, or a change waits for the database to come back,
the changes are kept and applied afterwards. The watch stops (its thread, on PostgreSQL, ended)
when the window closes.
"""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QTime, QTimer, Signal
from PySide6.QtWidgets import QApplication

from bodymap.render import i18n
from bodymap.ui.widgets.reload_bar import ReloadBar
from bodymap.ui.window_text import ui_text

POLL_MS = 250
MAX_VISIT_IDS = 500            # more visits named at once than this: treated as "any visit"


class _Pending:
    """What the changes seen so far ask for, merged (a whole import is one refresh)."""

    def __init__(self) -> None:
        self.any = False
        self.patients = False
        self.every_visit = False
        self.visit_ids: set[int] = set()

    def add(self, change) -> None:
        self.any = True
        self.patients = self.patients or change.may_concern_patients()
        if change.unknown or len(self.visit_ids) >= MAX_VISIT_IDS:
            self.every_visit = True
        elif change.visit_id is not None:
            self.visit_ids.add(change.visit_id)

    def may_concern_visit(self, visit_id: int) -> bool:
        return self.every_visit or visit_id in self.visit_ids


class ClinicWatch(QObject):
    refreshed = Signal()                  # the lists were brought up to date (tests, benchmarks)
    visitChangedElsewhere = Signal(int)   # the open visit's id: the reload bar is showing

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.changes = window.services.changes
        # the bar lies over the foot of the canvas instead of taking a row of the layout: a row
        # would shrink the canvas, which refits its diagram, and a click aimed at a point would
        # land elsewhere (nothing moves under the pointer)
        self.bar = ReloadBar(window.workspace)
        self.bar.reloadRequested.connect(self.reload)
        window.workspace.installEventFilter(self)
        window.workspace.tabs.currentChanged.connect(lambda _i: self.place_bar())
        window.document.chartReset.connect(lambda _chart: self.bar.hide())   # what is shown is what is stored
        self._pending = _Pending()
        self.timer = QTimer(self, interval=POLL_MS)
        self.timer.timeout.connect(self.check)
        window.installEventFilter(self)
        changes = self.changes              # a window deleted without being closed ends it too
        window.destroyed.connect(lambda *_: changes.stop())
        self.changes.start()
        self.timer.start()

    # ------------------------------------------------------------------ watching
    def eventFilter(self, watched, event) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close:
            self.stop()
        elif watched is self.window.workspace and event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.place_bar()
        return False

    def place_bar(self) -> None:
        """Across the bottom of the canvas's visible area, above its scroll bar if it has one."""
        if self.bar.isHidden():
            return
        workspace = self.window.workspace
        canvas = workspace.canvases.get(workspace.views[max(0, workspace.tabs.currentIndex())])
        area = canvas.viewport() if canvas is not None else workspace
        height = self.bar.sizeHint().height()
        bottom_left = area.mapTo(workspace, QPoint(0, area.height()))
        geometry = QRect(bottom_left.x(), bottom_left.y() - height, area.width(), height)
        if self.bar.geometry() != geometry:
            self.bar.setGeometry(geometry)
        self.bar.raise_()

    def stop(self) -> None:
        """No more polling; the watch's thread and connection end here, not at exit."""
        self.timer.stop()
        self.changes.stop()

    def check(self) -> None:
        self.place_bar()                      # the canvas may have grown a scroll bar (zoomed in)
        for change in self.changes.poll():
            self._pending.add(change)
        if not self._pending.any or not self._free():
            return
        pending, self._pending = self._pending, _Pending()
        self._apply(pending)

    def _free(self) -> bool:
        """Not while a dialog is open (it may hold the patient or visit it was opened for), the
        window is locked, or a change waits to be saved."""
        window = self.window
        return not (window.locked or window.document.waiting
                    or QApplication.activeModalWidget() is not None)

    # ------------------------------------------------------------------ applying
    def _apply(self, pending: _Pending) -> None:
        window, read = self.window, self.window.operations.read
        if pending.patients:
            fresh = read(window.patients.update_patients)
            if fresh is not None:              # the chosen patient's details changed elsewhere
                window.patient = fresh
                chart = window.document.chart
                window.banner.set_patient(fresh, chart.visit if chart else None)
        read(window.patients.update_visits)
        document = window.document
        visit_id = document.visit_id
        if visit_id is not None and document.version is not None and pending.may_concern_visit(visit_id):
            stored = read(self.changes.visit_version, visit_id)
            if stored is not None and stored > document.version and self.bar.isHidden():
                self.bar.offer()
                self.place_bar()
                window.statusBar().showMessage(self.tr("The open visit was changed on another workstation."), 8000)
                self.visitChangedElsewhere.emit(visit_id)
        self.refreshed.emit()

    def reload(self) -> None:
        """Show the open visit as stored now. Like a conflict's reload, the undo history goes with
        it: its steps were made on a version that no longer exists."""
        window, document = self.window, self.window.document
        self.bar.hide()
        if document.visit_id is None:
            return
        window.operations.run(document.open_visit, document.visit_id)
        chart = document.chart
        if chart is not None:
            window.banner.set_patient(window.patient, chart.visit)
            now = dt.datetime.now()
            window.saved_label.setText(ui_text("Signed — read only") if chart.visit.is_signed else self.tr(
                "Reloaded · {time}").format(time=i18n.current().locale.toString(
                    QTime(now.hour, now.minute, now.second), "HH:mm:ss")))
        window.operations.read(window.patients.update_visits)
