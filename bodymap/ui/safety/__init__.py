"""Needling safety in the window: the Safety dock, the precaution-area tool and the warnings.

MainWindow makes a SafetyController with what it needs (the open visit's document, the charting
workspace, the operations runner and the services) and places its dock and tool action itself.
Service calls go through the runner, which carries the visit version the document last saw and
moves it on, so charting and safety changes never conflict with each other.
"""
from __future__ import annotations

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog, QMessageBox, QWidget

from bodymap.domain import safety as dom
from bodymap.domain.charting import MarkKind
from bodymap.errors import ConflictError
from bodymap.render import i18n
from bodymap.render.i18n import translate
from bodymap.services.safety import SafetyService, precautions_containing
from bodymap.ui.safety.areas import PRECAUTION, PrecautionTool, area_label, show_areas
from bodymap.ui.safety.caution_words import precaution_text, say, thorax_text
from bodymap.ui.safety.consent import ConsentDetailsDialog, ConsentFormDialog, WithdrawConsentDialog
from bodymap.ui.safety.dialogs import (
    AfterCareDialog,
    CautionDialog,
    PrecautionDialog,
    local,
)
from bodymap.ui.safety.events import AdverseEventDialog
from bodymap.ui.safety.panel import SafetyPanel
from bodymap.ui.widgets import folders

# the panel's tabs by their English titles (the Sign action's go-to names them so; the titles
# shown are translated)
TABS = {"Screen": 0, "Consent": 1, "Needle count": 2, "Response": 3}


class SafetyController(QObject):
    def __init__(self, document, workspace, operations, services, host: QWidget):
        """host: the window the dialogs open over."""
        super().__init__(host)
        self.host = host
        self.document = document
        self.workspace = workspace
        self.operations = operations
        self.services = services
        self._panel = SafetyPanel()
        self._stale = False          # the panel missed a refresh while nobody could see it
        self.dock = QDockWidget("Safety", host)
        self.dock.setObjectName("safetyDock")
        self.dock.setWidget(self._panel)
        self.dock.visibilityChanged.connect(lambda shown: shown and self._catch_up())
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                              | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.areas: list = []
        self._needled: dict[int, bool] = {}
        self._where: dict[int, tuple] = {}
        self._queue: list = []
        self._busy = False
        self.last_dialog = None
        self._add_tool()
        p = self._panel
        p.screenReviewed.connect(self.review_screen)
        p.copyLastRequested.connect(self.copy_last_screen)
        p.roomyRequested.connect(self.toggle_window)
        self.dock.topLevelChanged.connect(
            lambda floating: p.roomy.setText(self.tr("Dock again") if floating else self.tr("Open in a window")))
        p.name_point = self.point_name
        p.consentRequested.connect(self.record_consent)
        p.consentFormRequested.connect(self.consent_form)
        p.consentDetailsRequested.connect(self.consent_details)
        p.areaRemoveRequested.connect(self.remove_area)
        p.needlesChanged.connect(self.set_needles)
        p.thoraxAckRequested.connect(lambda tp_id: self.ask_thorax(tp_id, force=True))
        p.countSaved.connect(self.save_count)
        p.responseSaved.connect(self.save_response)
        p.eventAddRequested.connect(lambda: self.edit_event(None))
        p.eventEditRequested.connect(self.edit_event)
        p.eventDeleteRequested.connect(self.delete_event)
        p.session_box.sessionSaved.connect(self.save_session)
        p.afterCareRequested.connect(self.edit_after_care)
        self.document.chartReset.connect(self._chart_reset)
        self.document.markChanged.connect(self._mark_changed)
        self.document.markRemoved.connect(lambda *_a: self._follow())
        self.workspace.selectionChanged.connect(self._selection)
        self._chart_reset(self.document.chart)

    def point_name(self, tp_id: int, label: str) -> str:
        """A needled point as the panel names it: the muscle (or region) by the name tables and the
        patient's side, in the interface language; the stored label when the chart lacks it."""
        record = self.document.record(MarkKind.TRIGGER_POINT, tp_id)
        if record is None or not (record.muscle or record.region):
            return label
        place = i18n.current().place(record)
        side = translate("Handout", record.side.capitalize()).lower() if record.side in ("left", "right") else ""
        return f"{place} ({side})" if side else place

    @property
    def panel(self) -> SafetyPanel:
        """The Safety tabs, up to date with the open visit (a refresh missed while the dock was
        out of sight, behind the Inspector's tab say, is made now)."""
        self._catch_up()
        return self._panel

    @property
    def service(self) -> SafetyService:
        return self.services.safety

    # ------------------------------------------------------------------ plumbing
    def _add_tool(self) -> None:
        """The precaution-area tool joins the workspace's tools (MainWindow puts the action in the
        Tools menu and the tool bar with the others)."""
        self.tool_action = QAction("Precaution area", self.workspace, checkable=True)
        self.tool_action.setData(PRECAUTION)
        self.tool_action.setShortcut(QKeySequence("A"))
        self.tool_action.setToolTip("Precaution area (A): draw a place not to needle, shown at every visit")
        self.workspace.tool_actions.addAction(self.tool_action)
        for view_id, canvas in self.workspace.canvases.items():
            self._canvas_created(view_id, canvas)
        self.workspace.canvasCreated.connect(self._canvas_created)
        self.tool_action.setEnabled(self.document.editable)

    @property
    def visit_id(self):
        return self.document.visit_id

    @property
    def patient_id(self):
        chart = self.document.chart
        return chart.patient.id if chart else None

    def call(self, call):
        """call(expected_version) for a dialog that shows errors in place: raised, not reported."""
        result = self.operations.change_visit_or_raise(call)
        QTimer.singleShot(0, self.refresh)
        return result

    def write(self, call):
        """call(expected_version); errors are reported to the clinician and give None."""
        result = self.operations.change_visit(call)
        self.refresh()
        return result

    def read(self, fn, *args):
        return self.operations.read(fn, *args)

    def refresh(self) -> None:
        self._show_record()
        self.tool_action.setEnabled(self.document.editable)

    def _show_record(self) -> None:
        self._stale = False
        chart = self.document.chart
        safety = self.read(self.service.visit_safety, chart.visit.id) if chart else None
        self._panel.show_safety(safety, self.document.editable, self.areas)

    def _follow(self) -> None:
        """The open visit changed (opened, a point placed or removed). While the dock is out of
        sight (behind another tab, closed, or the window not shown yet) the record is read once
        the change has been painted (a zero timer), or sooner when the dock is shown or the panel
        looked at (`panel`): opening a visit or placing a point does not wait for it."""
        if self._panel.visibleRegion().isEmpty():
            if not self._stale:
                self._stale = True
                QTimer.singleShot(0, self, self._catch_up)
            self.tool_action.setEnabled(self.document.editable)
            return
        self.refresh()

    def _catch_up(self) -> None:
        """The record missed while out of sight (the tool's state was set then: not again here,
        which could enable it under the screen lock)."""
        if self._stale:
            self._show_record()

    def _canvas_created(self, _view_id: str, canvas) -> None:
        canvas.add_tool(PRECAUTION, PrecautionTool(canvas, self.area_drawn))
        show_areas(canvas.chart_scene, self.areas)

    def _chart_reset(self, chart) -> None:
        self._queue.clear()
        self.areas = (self.read(self.service.precaution_areas, chart.patient.id) or []) if chart else []
        for canvas in self.workspace.canvases.values():
            show_areas(canvas.chart_scene, self.areas)
        self._needled = {tp.id: tp.needled for tp in chart.trigger_points} if chart else {}
        self._where = {tp.id: (tp.view, tp.x, tp.y) for tp in chart.trigger_points} if chart else {}
        self._follow()

    def _selection(self, mark) -> None:
        if mark is not None and mark[0] == MarkKind.TRIGGER_POINT:
            self._panel.show_selected(mark[1], self.document.record(MarkKind.TRIGGER_POINT, mark[1]))
        else:
            self._panel.show_selected(None)

    # ------------------------------------------------------------------ warnings
    def _mark_changed(self, kind: str, record) -> None:
        if kind != MarkKind.TRIGGER_POINT:
            return
        was_needled = self._needled.get(record.id)
        moved = self._where.get(record.id) != (record.view, record.x, record.y)
        self._needled[record.id] = record.needled
        self._where[record.id] = (record.view, record.x, record.y)
        if self.document.editable:
            areas = precautions_containing(self.areas, record.view, record.x, record.y)
            newly_needled = record.needled and not was_needled
            if areas and (was_needled is None or moved or newly_needled):
                self._queue.append(("precaution", record.id, [a.id for a in areas]))
            if newly_needled and dom.over_thorax(record.muscle, record.region):
                self._queue.append(("thorax", record.id, None))
            if self._queue:
                QTimer.singleShot(0, self._next_warning)     # after the action has finished
        self._follow()

    def _next_warning(self) -> None:
        if self._busy or not self._queue:
            return
        self._busy = True
        try:
            kind, tp_id, areas = self._queue.pop(0)
            if kind == "thorax":
                self.ask_thorax(tp_id)
            else:
                self.ask_precaution(tp_id, areas)
        finally:
            self._busy = False
        if self._queue:
            QTimer.singleShot(0, self._next_warning)

    def _dialog(self, dialog) -> bool:
        self.last_dialog = dialog
        return bool(dialog.exec())

    def ask_thorax(self, tp_id: int, force: bool = False) -> bool:
        record = self.document.record(MarkKind.TRIGGER_POINT, tp_id)
        if record is None or not self.document.editable:
            return False
        log = self.read(self.service.needle_log, tp_id)
        if log is not None and log.thorax_ack_at is not None and not force:
            return True
        if not self._dialog(CautionDialog(say("Needling over the thorax"), thorax_text(record),
                                          say("I acknowledge the caution"), say("Not now"), self.host)):
            self.operations.notice.emit(say("Thorax caution not acknowledged: the visit cannot be signed until it is."))
            return False
        return self.write(lambda v: self.service.acknowledge_thorax(tp_id, expected_version=v)) is not None

    def ask_precaution(self, tp_id: int, area_ids: list[int]) -> bool:
        record = self.document.record(MarkKind.TRIGGER_POINT, tp_id)
        if record is None:
            return False
        labels = "\n".join("•  " + area_label(a) for a in self.areas if a.id in area_ids)
        if self._dialog(CautionDialog(say("Precaution area"), precaution_text(record, labels), say("Keep and acknowledge"),
                                      say("Remove the point"),
                                      self.host)):
            return self.write(lambda v: self.service.acknowledge_precaution(tp_id, area_ids,
                                                                            expected_version=v)) is not None
        self.document.delete_marks([(MarkKind.TRIGGER_POINT, tp_id)])
        return False

    # ------------------------------------------------------------------ precaution areas
    def area_drawn(self, view_id: str, polygons) -> None:
        if self.patient_id is None:
            return
        dialog = PrecautionDialog(self.host)
        dialog.view, dialog.polygons = view_id, polygons
        patient_id = self.patient_id
        dialog.submit = lambda data: self.service.add_precaution_area(patient_id, data)
        self.last_dialog = dialog
        if dialog.exec():
            self._reload_areas()

    def remove_area(self, area_id: int) -> None:
        answer = QMessageBox.question(self.host, self.tr("Remove precaution area"),
                                      self.tr("Remove this precaution area from every visit of the patient?"))
        if answer == QMessageBox.StandardButton.Yes and self.read(self.service.remove_precaution_area, area_id):
            self._reload_areas()

    def _reload_areas(self) -> None:
        self.areas = self.read(self.service.precaution_areas, self.patient_id) or []
        for canvas in self.workspace.canvases.values():
            show_areas(canvas.chart_scene, self.areas)
        self.refresh()

    # ------------------------------------------------------------------ the panel's actions
    def review_screen(self, answers: dict) -> None:
        """Record the screen; the panel then goes on to consent when none covers the visit yet."""
        if self.visit_id is None:
            return
        reviewed = self.write(lambda v: self.service.review_screen(self.visit_id, answers, expected_version=v))
        safety = self.panel.safety
        if reviewed is not None and safety is not None and (safety.consent is None or safety.consent_problems):
            self._go_to("Consent")

    def copy_last_screen(self) -> None:
        """The patient's last screen into the form; the clinician changes what differs, then
        presses Reviewed."""
        if self.visit_id is None:
            return
        previous = self.read(self.service.previous_screen, self.visit_id)
        if previous is None:
            self.workspace.notify(self.tr("No earlier health screen for this patient."))
            return
        self.panel.fill_screen(previous.answers)
        self.workspace.notify(self.tr("Answers copied from the screen reviewed {when} — change what differs, then "
                                      "press “Reviewed with the patient”.").format(when=local(previous.reviewed_at)))

    def record_consent(self) -> None:
        if self.visit_id is None:
            return
        visit_id = self.visit_id
        screen = self.read(self.service.screen, visit_id)
        dialog = ConsentFormDialog(self.services.chart.actor.display_name,
                                   self.read(self.service.consent_wording) or {},
                                   [f.label for f in screen.flags] if screen else [], self.host)
        dialog.submit = lambda data: self.call(
            lambda v: self.service.record_consent(visit_id, data, expected_version=v))
        self.last_dialog = dialog
        recorded = dialog.exec()
        self.refresh()
        if recorded:
            self._go_to("Needle count")          # the next safety step of the visit

    def consent_details(self) -> None:
        """The consent covering the visit as recorded, with withdrawal."""
        if self.visit_id is None:
            return
        safety = self.read(self.service.visit_safety, self.visit_id)
        if safety is None or safety.consent is None:
            return
        dialog = ConsentDetailsDialog(safety.consent, safety.consent_problems, True, self._withdraw, self.host)
        self.last_dialog = dialog
        dialog.exec()
        self.refresh()

    def _withdraw(self, details):
        dialog = WithdrawConsentDialog(details)
        consent_id = details.consent.id
        dialog.submit = lambda data: self.service.withdraw_consent(consent_id, data[1], at=data[0])
        self.last_dialog = dialog
        result = dialog.result_value if dialog.exec() else None
        self.last_dialog = details
        self.refresh()
        return result

    def consent_form(self) -> None:
        chart = self.document.chart
        if chart is None:
            return
        path, _f = QFileDialog.getSaveFileName(
            self.host, self.tr("Save consent form"),
            folders.start_path(folders.EXPORTS, f"consent-{chart.patient.chart_number}.pdf"), "PDF (*.pdf)")
        if path:
            folders.remember(folders.EXPORTS, path)
            self.save_consent_form(path)

    def save_consent_form(self, path):
        from bodymap.export.consent_form import export_consent_pdf
        chart = self.document.chart
        consent = self.read(self.service.consent_for_visit, chart.visit.id)
        try:
            return export_consent_pdf(path, chart.patient, consent, self.services.settings.clinic(),
                                      clinician=self.services.chart.actor.display_name,
                                      wording=self.read(self.service.consent_wording))
        except OSError as exc:
            self.operations.failed.emit(self.tr("Could not save the consent form: {error}").format(
                error=exc.strerror or exc))
            return None

    def set_needles(self, tp_id: int, needles: int, passes) -> None:
        self.write(lambda v: self.service.set_needles(tp_id, needles, passes, expected_version=v))

    def save_count(self, removed, note: str) -> None:
        if self.visit_id is not None:
            self.write(lambda v: self.service.set_count_out(self.visit_id, removed, note, expected_version=v))

    def save_response(self, pain_after, rom_note: str) -> None:
        if self.visit_id is not None:
            self.write(lambda v: self.service.set_response(self.visit_id, dom.ResponseInput(pain_after, rom_note),
                                                           expected_version=v))

    def save_session(self, tolerance, outcome, note: str) -> None:
        from bodymap.domain.adverse import SessionInput
        if self.visit_id is not None:
            self.write(lambda v: self.service.set_session(self.visit_id, SessionInput(tolerance, outcome, note),
                                                          expected_version=v))

    def edit_event(self, event_id) -> None:
        if self.visit_id is None:
            return
        events = self.read(self.service.adverse_events, self.visit_id) or []
        event = next((e for e in events if e.id == event_id), None)
        dialog = AdverseEventDialog(event, self.host)
        visit_id = self.visit_id
        if event is None:
            dialog.submit = lambda data: self.call(
                lambda v: self.service.add_adverse_event(visit_id, data, expected_version=v))
        else:
            dialog.submit = lambda data: self.call(
                lambda v: self.service.update_adverse_event(event.id, data, expected_version=v))
        self.last_dialog = dialog
        if dialog.exec() and dialog.result_value is not None and dialog.result_value.urgent:
            self.panel.setCurrentIndex(TABS["Response"])
            QMessageBox.critical(self.host, self.tr("Possible pneumothorax"),
                                 i18n.current().name("texts", "pneumothorax_advice", dom.PNEUMOTHORAX_ADVICE))

    def delete_event(self, event_id: int) -> None:
        answer = QMessageBox.question(self.host, self.tr("Delete adverse event"), self.tr("Delete this adverse event?"))
        if answer == QMessageBox.StandardButton.Yes:
            self.write(lambda v: self.service.delete_adverse_event(event_id, expected_version=v))

    def edit_after_care(self) -> None:
        loaded = {"version": self.read(self.service.after_care_version) or 0}
        dialog = AfterCareDialog(self.read(self.service.after_care) or dom.DEFAULT_AFTER_CARE, self.host)

        def submit(text: str | None) -> str:
            try:
                return self.service.set_after_care(text, expected_version=loaded["version"])
            except ConflictError:       # changed on another workstation: show what is stored now
                loaded["version"] = self.read(self.service.after_care_version) or 0
                dialog.text.setPlainText(self.read(self.service.after_care) or dom.DEFAULT_AFTER_CARE)
                raise                   # the dialog shows the message and stays open
        dialog.submit = submit
        self.last_dialog = dialog
        dialog.exec()

    def counting(self) -> bool:
        """The needle count is in front (docked and showing, or in its own window)."""
        return (self._panel.currentIndex() == TABS["Needle count"]
                and not self._panel.visibleRegion().isEmpty())

    def toggle_window(self) -> None:
        """The safety record in a roomy window of its own over the main window (the 17-item screen
        needs more than a side panel), or back into its dock."""
        if self.dock.isFloating():
            self.dock.setFloating(False)
            self.dock.raise_()
            return
        host = self.host.frameGeometry()
        width, height = min(980, int(host.width() * 0.8)), min(780, int(host.height() * 0.9))
        self.dock.setFloating(True)
        self.dock.resize(width, height)
        self.dock.move(host.center().x() - width // 2, host.center().y() - height // 2)
        self.dock.show()
        self.dock.raise_()
        self.dock.activateWindow()

    def show_tab(self, title: str) -> None:
        """Bring the Safety dock forward on the tab with this English title (the Sign action's go-to)."""
        self.dock.show()
        self.dock.raise_()
        self._go_to(title)

    def _go_to(self, title: str) -> None:
        """The tab of this English title (TABS), whatever the interface language shows."""
        if title in TABS:
            self.panel.setCurrentIndex(TABS[title])
