"""Main window: patient panel, banner, charting workspace, inspector and legend docks, menus.

Calls services only (through ChartDocument for marks), never SQL.
"""
from __future__ import annotations

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QApplication,
    QDockWidget,
    QFrame,
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.charting import MarkKind
from bodymap.domain.diagrams import view_label
from bodymap.errors import ConflictError, DatabaseError, ValidationError
from bodymap.services import ChartService
from bodymap.ui.banner import PatientBanner
from bodymap.ui.canvas.workspace import ChartWorkspace
from bodymap.ui.dialogs import PatientDialog, VisitDialog
from bodymap.ui.document import ChartDocument
from bodymap.ui.panels.inspector import Inspector
from bodymap.ui.panels.patients import PatientPanel

USER_ERRORS = (ValidationError, DatabaseError, LookupError, ConflictError)


class MainWindow(QMainWindow):
    def __init__(self, service: ChartService, database_label: str = "", settings: QSettings | None = None,
                 user=None, accounts=None):
        super().__init__()
        self.service = service
        self.settings = settings
        self.user = user
        self.accounts = accounts
        if user is not None:
            service.actor = user
        from bodymap.services.history import AuditService
        from bodymap.services.settings import SettingsService
        self.audit = AuditService(service.sessions)
        self.clinic_settings = SettingsService(service.sessions)
        self.setWindowTitle("bodymap — trigger-point charting")
        self.document = ChartDocument(service, self)
        self._progress = None
        self.patient = None

        self.banner = PatientBanner()
        self.workspace = ChartWorkspace(self.document)
        charting = QWidget()
        column = QVBoxLayout(charting)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.banner)
        column.addWidget(self.workspace, 1)
        self.pages = QStackedWidget()
        self.pages.addWidget(charting)
        self.setCentralWidget(self.pages)
        self.lock_screen = None
        self.idle = None
        self._locked_state = None

        self.patients = PatientPanel(service)
        self.patients.setMinimumWidth(270)
        self.inspector = Inspector(self.document)
        self.inspector.setMinimumWidth(290)
        self._dock("Patients and visits", self.patients, Qt.DockWidgetArea.LeftDockWidgetArea, "patientsDock")
        self._dock("Inspector", self.inspector, Qt.DockWidgetArea.RightDockWidgetArea, "inspectorDock")
        from bodymap.ui.legend import LegendWidget
        self.legend = LegendWidget()
        self._dock("Legend", self.legend, Qt.DockWidgetArea.RightDockWidgetArea, "legendDock")

        self.saved_label = QLabel("No visit open")
        self.hover_label = QLabel()
        self.hover_label.setMinimumWidth(260)
        self.statusBar().addWidget(self.hover_label, 1)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(database_label))
        self.statusBar().addPermanentWidget(self.saved_label)
        self._show_user()

        self._build_actions()
        from bodymap.ui.reference import install as install_reference
        install_reference(self)      # reference browser, referral overlays, suggestions dock
        self.patients.patientSelected.connect(self._patient_selected)
        self.patients.visitSelected.connect(self._visit_selected)
        self.patients.newPatientRequested.connect(self.new_patient)
        self.patients.editPatientRequested.connect(self.edit_patient)
        self.patients.newVisitRequested.connect(self.new_visit)
        self.workspace.selectionChanged.connect(self.inspector.show_mark)
        self.workspace.hoverText.connect(self.hover_label.setText)
        self.workspace.message.connect(lambda t: self.statusBar().showMessage(t, 5000))
        self.document.saved.connect(self._saved)
        self.document.failed.connect(self._failed)
        self.document.connectionLost.connect(self._connection_lost)
        self.document.connectionRestored.connect(self._connection_restored)
        from bodymap.ui.safety import install as install_safety
        install_safety(self)         # screening, consent, needle count, response; precaution areas
        self._arrange_docks()
        self._fit_docks()
        self.layout().activate()     # the minimum size now reflects the scrolling docks
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(1400, int(room.width() * 0.95)) if room else 1400,
                    min(900, int(room.height() * 0.92)) if room else 900)
        if settings is not None and settings.value("geometry"):
            self.restoreGeometry(settings.value("geometry"))
            self.restoreState(settings.value("state"))
        if accounts is not None:
            self._setup_locking()
        self._update_actions()
        self._guard(self.patients.refresh_patients)

    def _arrange_docks(self) -> None:
        """Right column: the per-mark and per-visit panels share one tall tab group (Inspector in
        front), the legend sits below; the patient list and the reference share the left."""
        docks = {d.objectName(): d for d in self.findChildren(QDockWidget)}
        inspector, safety, legend = docks.get("inspectorDock"), docks.get("safetyDock"), docks.get("legendDock")
        if inspector is not None and safety is not None:
            self.tabifyDockWidget(inspector, safety)
            inspector.raise_()
        if inspector is not None and legend is not None:
            self.resizeDocks([inspector, legend], [640, 260], Qt.Orientation.Vertical)

    def _fit_docks(self) -> None:
        """Dock contents scroll instead of forcing their full height on the window, so the window
        fits a 1366 x 768 laptop screen as well as a 1080p workstation."""
        for dock in self.findChildren(QDockWidget):
            content = dock.widget()
            if content is None or isinstance(content, QAbstractScrollArea):
                continue
            area = QScrollArea()
            area.setWidgetResizable(True)
            area.setFrameShape(QFrame.Shape.NoFrame)
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            holder = QWidget()           # forms keep their height at the top; lists still expand
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            grows = content.layout() is not None and bool(
                content.layout().expandingDirections() & Qt.Orientation.Vertical)
            column.addWidget(content, 1 if grows else 0)
            if not grows:
                column.addStretch(1)
            area.setWidget(holder)
            area.setMinimumWidth(content.minimumSizeHint().width() + 12)
            dock.setWidget(area)

    def _dock(self, title, widget, area, name) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        self.addDockWidget(area, dock)
        return dock

    # actions ------------------------------------------------------------------
    def _action(self, text, slot, shortcut=None, tip=None) -> QAction:
        action = QAction(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        stack = self.document.undo_stack
        self.undo_action = stack.createUndoAction(self, "Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, "Redo")
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence.StandardKey.Redo])
        self.new_patient_action = self._action("New patient…", self.new_patient, "Ctrl+N")
        self.edit_patient_action = self._action("Edit patient…", self.edit_patient)
        self.new_visit_action = self._action("New visit…", self.new_visit, "Ctrl+Shift+N")
        self.edit_visit_action = self._action("Visit details…", self.edit_visit)
        self.sign_action = self._action("Sign visit…", self.sign_visit)
        self.print_action = self._action("Print…", self.print_visit, QKeySequence.StandardKey.Print)
        self.pdf_action = self._action("Export PDF…", self.export_pdf, "Ctrl+Shift+E")
        self.export_action = self._action("Export visit…", self.export_visit, "Ctrl+E",
                                          "PDF, PNG, CSV, JSON or FHIR of the open visit")
        self.batch_action = self._action("Export handouts…", self.batch_export)
        self.import_action = self._action("Import…", self.import_file)
        self.page_setup_action = self._action("Page setup…", self.page_setup)
        self.clinic_action = self._action("Clinic settings…", self.edit_clinic)
        from bodymap.services.templates import TemplateService
        from bodymap.ui import templates as templates_ui
        self.templates = TemplateService.for_service(self.service)
        self.import_diagram_action = self._action(
            "Import clinic diagram…", lambda: templates_ui.open_import(self, self.templates, self.workspace))
        self.use_diagram_action = self._action(
            "Use clinic diagram…", lambda: templates_ui.choose_template(self, self.templates, self.workspace, None))
        self.delete_action = self._action("Delete", self.delete_selected, QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcuts([QKeySequence.StandardKey.Delete, QKeySequence(Qt.Key.Key_Backspace)])
        quit_action = self._action("Quit", self.close, QKeySequence.StandardKey.Quit)
        zoom_in = self._action("Zoom in", lambda: self.workspace.current_canvas().zoom(1.25), QKeySequence.StandardKey.ZoomIn)
        zoom_out = self._action("Zoom out", lambda: self.workspace.current_canvas().zoom(0.8), QKeySequence.StandardKey.ZoomOut)
        fit = self._action("Fit to window", lambda: self.workspace.current_canvas().fit(), "F")
        for a in (self.undo_action, self.redo_action):
            self.addAction(a)

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        for a in (self.new_patient_action, self.edit_patient_action, None, self.new_visit_action,
                  None, self.import_diagram_action, None, self.page_setup_action, self.print_action, self.pdf_action, None, self.export_action,
                  self.batch_action, self.import_action, None, quit_action):
            file_menu.addSeparator() if a is None else file_menu.addAction(a)
        edit_menu = menu.addMenu("&Edit")
        for a in (self.undo_action, self.redo_action, None, self.delete_action, None, self.clinic_action):
            edit_menu.addSeparator() if a is None else edit_menu.addAction(a)
        self.addendum_action = self._action("Add addendum…", self.add_addendum)
        self.history_action = self._action("History (audit trail)…", self.show_history)
        visit_menu = menu.addMenu("&Visit")
        for a in (self.edit_visit_action, self.sign_action, self.addendum_action, None, self.history_action):
            visit_menu.addSeparator() if a is None else visit_menu.addAction(a)
        progress_menu = menu.addMenu("&Progress")
        from bodymap.ui import progress as progress_ui
        self.compare_action = self._action("Compare visits…", lambda: progress_ui.open_compare(
            self, self.service, self.progress, self.patient))
        self.trends_action = self._action("Progress chart…", lambda: progress_ui.open_trends(
            self, self.progress, self.patient))
        self.heatmap_action = self._action("Clinic pain map…", lambda: progress_ui.open_heatmap(self, self.progress))
        for a in (self.compare_action, self.trends_action, None, self.heatmap_action):
            progress_menu.addSeparator() if a is None else progress_menu.addAction(a)
        view_menu = menu.addMenu("&View")
        for view_id in self.workspace.views:
            view_menu.addAction(self._action(view_label(view_id),
                                             lambda _c=False, v=view_id: self.workspace.show_view(v)))
        view_menu.addSeparator()
        view_menu.addAction(self.use_diagram_action)
        layers_menu = view_menu.addMenu("Layers")
        self.layer_actions = {}
        for layer, label, key in (("outline", "Outline", None), ("regions", "Surface regions", "Ctrl+1"),
                                  ("muscles", "Muscles (superficial)", "Ctrl+2"), ("deep", "Deep muscles", "Ctrl+3"),
                                  ("landmarks", "Landmarks", "Ctrl+4"), ("labels", "Labels", None)):
            action = QAction(label, self, checkable=True)
            action.setChecked(layer in self.workspace.layers)
            if key:
                action.setShortcut(QKeySequence(key))
            action.toggled.connect(lambda on, layer=layer: self.workspace.set_layer(layer, on))
            layers_menu.addAction(action)
            self.addAction(action)
            self.layer_actions[layer] = action
        view_menu.addSeparator()
        for a in (zoom_in, zoom_out, fit):
            view_menu.addAction(a)
        tools_menu = menu.addMenu("&Tools")
        for a in self.workspace.tool_actions.actions():
            tools_menu.addAction(a)
            self.addAction(a)
        if self.accounts is not None:
            self.lock_action = self._action("Lock screen", self.lock, "Ctrl+L")
            self.switch_action = self._action("Switch clinician…", self.lock)
            self.accounts_action = self._action("Accounts and security…", self.manage_accounts)
            self.accounts_action.setEnabled(bool(self.user and self.user.is_admin))
            people = menu.addMenu("&Clinician")
            for a in (self.lock_action, self.switch_action, None, self.accounts_action):
                people.addSeparator() if a is None else people.addAction(a)
        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self._action("About bodymap", self.about))

        tools = QToolBar("Tools")
        tools.setObjectName("toolsBar")
        tools.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for a in self.workspace.tool_actions.actions():
            tools.addAction(a)
        tools.addSeparator()
        for a in (self.undo_action, self.redo_action, self.delete_action):
            tools.addAction(a)
        tools.addSeparator()
        for a in (zoom_in, zoom_out, fit):
            tools.addAction(a)
        tools.addSeparator()
        tools.addAction(self.print_action)
        tools.addAction(self.sign_action)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, tools)

    def _update_actions(self) -> None:
        has_patient = self.patient is not None
        chart = self.document.chart
        editable = self.document.editable
        self.edit_patient_action.setEnabled(has_patient)
        self.new_visit_action.setEnabled(has_patient)
        self.compare_action.setEnabled(has_patient)
        self.trends_action.setEnabled(has_patient)
        for a in (self.edit_visit_action, self.sign_action, self.delete_action):
            a.setEnabled(editable)
        self.addendum_action.setEnabled(chart is not None and chart.visit.is_signed)
        self.history_action.setEnabled(chart is not None)
        for a in (self.print_action, self.pdf_action, self.export_action):
            a.setEnabled(chart is not None)
        # clinic settings and clinic diagrams are the administrator's (anyone without accounts)
        self.clinic_action.setEnabled(self.user is None or self.user.is_admin)
        self.import_diagram_action.setEnabled(self.user is None or self.user.is_admin)
        for a in self.workspace.tool_actions.actions():
            a.setEnabled(editable or a.data() == "select")

    # slots --------------------------------------------------------------------
    def _guard(self, fn, *args):
        try:
            return fn(*args)
        except USER_ERRORS as exc:
            self._failed(str(exc))
            return None

    def _patient_selected(self, patient) -> None:
        self.patient = patient
        self.banner.set_patient(patient)
        self._update_actions()

    def _visit_selected(self, visit) -> None:
        if self._guard(self.document.open_visit, visit.id if visit else None) is None and visit is not None \
                and self.document.chart is None:
            return
        chart = self.document.chart
        self.banner.set_patient(self.patient, chart.visit if chart else None)
        if chart is None:
            self.saved_label.setText("No visit open")
        elif chart.visit.is_signed:
            self.saved_label.setText("Signed — read only")
        else:
            self.saved_label.setText("All changes saved")
        if chart is not None and chart.views_with_marks():
            self.workspace.show_view(chart.views_with_marks()[0])
        self._update_actions()

    def _saved(self, text: str) -> None:
        self.saved_label.setText(text)
        self._guard(self.patients.refresh_visits)

    def _connection_lost(self, text: str) -> None:
        self.saved_label.setText("Database connection lost — retrying…")
        self.saved_label.setStyleSheet("color: white; background: #B00020; padding: 2px 6px; font-weight: 600;")
        self.statusBar().showMessage(text, 10000)
        QMessageBox.warning(self, "bodymap — database connection lost", text)

    def _connection_restored(self, text: str) -> None:
        self.saved_label.setStyleSheet("")
        self.saved_label.setText(text)
        self.statusBar().showMessage(text, 8000)
        self._guard(self.patients.refresh_visits)

    def _failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        QMessageBox.warning(self, "bodymap", text)

    def new_patient(self) -> None:
        dialog = PatientDialog(parent=self)
        dialog.submit = self.service.create_patient
        if dialog.exec():
            self.patients.search.clear()
            self._guard(self.patients.refresh_patients, dialog.result_value.id)

    def edit_patient(self) -> None:
        if self.patient is None:
            return
        dialog = PatientDialog(self.patient, parent=self)
        dialog.submit = lambda data: self.service.update_patient(self.patient.id, data)
        if dialog.exec():
            self._guard(self.patients.refresh_patients, dialog.result_value.id)
            self._patient_selected(dialog.result_value)
            self.banner.set_patient(dialog.result_value, self.document.chart.visit if self.document.chart else None)

    def new_visit(self) -> None:
        if self.patient is None:
            return
        previous = self._guard(self.service.list_visits, self.patient.id) or []
        clinician = previous[0].clinician if previous else ""
        previous_chart = self._guard(self.service.get_chart, previous[0].id) if previous else None
        dialog = VisitDialog(previous_chart=previous_chart, default_clinician=clinician, parent=self)
        patient_id = self.patient.id

        def submit(data):
            if previous_chart is None or not dialog.carry.isChecked():
                return self.service.create_visit(patient_id, data)
            return self.service.create_visit(patient_id, data, previous_chart.visit.id,
                                             carry_trigger_points=dialog.carried_marks(MarkKind.TRIGGER_POINT),
                                             carry_zones=dialog.carried_marks(MarkKind.ZONE))
        dialog.submit = submit
        if dialog.exec():
            self._guard(self.patients.refresh_visits, dialog.result_value.id)

    def edit_visit(self) -> None:
        chart = self.document.chart
        if chart is None or not self.document.editable:
            return
        dialog = VisitDialog(chart.visit, parent=self)
        dialog.submit = lambda data: self.service.update_visit(chart.visit.id, data,
                                                               expected_version=self.document.version)
        accepted = dialog.exec()
        self._guard(self.document.reload)      # also after a conflict: show what is stored
        if accepted:
            self._guard(self.patients.refresh_visits)
        if self.document.chart is not None:
            self.banner.set_patient(self.patient, self.document.chart.visit)

    def sign_visit(self) -> None:
        chart = self.document.chart
        if chart is None or not self.document.editable:
            return
        answer = QMessageBox.question(
            self, "Sign visit", "Sign this visit? A signed visit can no longer be changed.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
        if answer != QMessageBox.StandardButton.Yes:
            return
        signed = self._guard(lambda: self.service.sign_visit(chart.visit.id,
                                                             expected_version=self.document.version))
        self._guard(self.document.open_visit, chart.visit.id)
        if signed is not None:
            self._guard(self.patients.refresh_visits)
        if self.document.chart is not None:
            self._visit_selected(self.document.chart.visit)

    def delete_selected(self) -> None:
        marks = self.workspace.selected_marks()
        if marks:
            self.document.delete_marks(marks)

    def print_visit(self) -> None:
        if self.document.chart is not None:
            from bodymap.ui.print_dialogs import print_with_preview
            chart = self._fresh_chart()
            print_with_preview(self, chart, clinic=self._guard(self.clinic_settings.clinic),
                               extras=self._handout_extras(chart))

    def export_pdf(self) -> None:
        if self.document.chart is not None:
            from bodymap.ui.print_dialogs import export_pdf_dialog
            chart = self._fresh_chart()
            export_pdf_dialog(self, chart, clinic=self._guard(self.clinic_settings.clinic),
                              extras=self._handout_extras(chart))

    def export_visit(self) -> None:
        if self.document.chart is not None:
            from bodymap.ui import exchange_actions
            exchange_actions.export_visit_dialog(self, self.service, self.clinic_settings, self._fresh_chart())

    def batch_export(self) -> None:
        from bodymap.ui import exchange_actions
        exchange_actions.batch_export_dialog(self, self.service, self.clinic_settings,
                                             patient_id=self.patient.id if self.patient else None)

    def import_file(self) -> None:
        from bodymap.ui import exchange_actions
        if exchange_actions.import_dialog(self, self.service):
            self._guard(self.patients.refresh_patients)

    def page_setup(self) -> None:
        from bodymap.ui.print_dialogs import page_setup
        page_setup(self)

    def edit_clinic(self) -> None:
        if self.user is not None and not self.user.is_admin:
            return
        from bodymap.ui import exchange_actions
        exchange_actions.clinic_settings_dialog(self, self.clinic_settings)

    def _handout_extras(self, chart) -> dict:
        from bodymap.services.handout import handout_extras
        return self._guard(handout_extras, self.service, chart) or {}

    def _fresh_chart(self):
        return self._guard(self.service.get_chart, self.document.chart.visit.id) or self.document.chart

    # records -------------------------------------------------------------------
    def add_addendum(self) -> None:
        chart = self.document.chart
        if chart is None or not chart.visit.is_signed:
            return
        from bodymap.ui.admin import AddendumDialog
        dialog = AddendumDialog(self)
        if dialog.exec() and self._guard(self.service.add_addendum, chart.visit.id,
                                         dialog.text.toPlainText()) is not None:
            self._guard(self.document.reload)
            self.banner.set_patient(self.patient, self.document.chart.visit)
            self.statusBar().showMessage("Addendum saved.", 5000)

    def show_history(self) -> None:
        if self.document.chart is not None:
            from bodymap.ui.admin import HistoryDialog
            HistoryDialog(self.audit, self.document.chart.visit.id, self).exec()

    # who is charting -------------------------------------------------------------
    def _show_user(self) -> None:
        name = self.user.display_name if self.user else ""
        self.user_label.setText(f"Signed in: {name}" if name else "")
        self.setWindowTitle(f"bodymap — {name}" if name else "bodymap — trigger-point charting")

    def _setup_locking(self) -> None:
        from bodymap.ui.auth import IdleWatcher, LockScreen
        self.lock_screen = LockScreen(self.accounts)
        self.lock_screen.form.signedIn.connect(self.unlock)
        self.pages.addWidget(self.lock_screen)
        self.idle = IdleWatcher(QApplication.instance(), self.clinic_settings.lock_minutes(), self)
        self.idle.idle.connect(self.lock)

    @property
    def progress(self):
        """The ProgressService, made when first needed: its metrics pull in Pillow, which the
        window need not load to open."""
        if self._progress is None:
            from bodymap.services.progress import ProgressService
            self._progress = ProgressService.for_service(self.service)
        return self._progress

    @property
    def locked(self) -> bool:
        return self._locked_state is not None

    def lock(self) -> None:
        """Hide every patient detail until a clinician signs in again."""
        if self.lock_screen is None or self.locked:
            return
        for canvas in self.workspace.canvases.values():
            canvas.tool.cancel()
        self._locked_state = self.saveState()
        for widget in self.findChildren(QDockWidget) + self.findChildren(QToolBar):
            widget.hide()
        self.menuBar().setEnabled(False)
        self.pages.setCurrentWidget(self.lock_screen)
        self.lock_screen.form.refresh(self.user.username if self.user else None)
        self.lock_screen.form.password.setFocus()
        self.idle.pause()

    def unlock(self, user) -> None:
        changed = self.user is None or user.id != self.user.id
        self.user = user
        self.service.actor = user
        self.pages.setCurrentIndex(0)
        self.menuBar().setEnabled(True)
        self.restoreState(self._locked_state)
        for widget in self.findChildren(QDockWidget) + self.findChildren(QToolBar):
            widget.show()
        self._locked_state = None
        self.accounts_action.setEnabled(user.is_admin)
        self._update_actions()
        self._show_user()
        self.idle.set_minutes(self.clinic_settings.lock_minutes())
        if changed:
            self._guard(self.document.reload)
            self.statusBar().showMessage(f"{user.display_name} is now charting.", 5000)

    def manage_accounts(self) -> None:
        if self.user is None or not self.user.is_admin:
            return
        from bodymap.ui.admin import AccountsDialog
        AccountsDialog(self.accounts, self.clinic_settings, self.user, self).exec()
        self.idle.set_minutes(self.clinic_settings.lock_minutes())

    def about(self) -> None:
        QMessageBox.about(self, "About bodymap",
                          "<b>bodymap</b><br>Trigger-point and referred-pain charting for dry needling.<br><br>"
                          "Left and right are always the patient's left and right.")

    def closeEvent(self, event) -> None:
        for canvas in self.workspace.canvases.values():
            canvas.tool.cancel()
        if self.settings is not None:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("state", self.saveState())
        super().closeEvent(event)
