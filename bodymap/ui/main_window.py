"""Main window: patient panel, banner, charting workspace and the feature docks, menus from a table.

It gets its services from the composition root (app.py) and runs every service call through one
Operations runner (ui/operations.py); marks go through ChartDocument. It makes each feature
(reference, safety, templates, progress, exports, accounts) with what that feature needs and
places the feature's docks and actions itself: features never reach into the window.
"""
from __future__ import annotations

import operator

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.charting import MarkKind
from bodymap.domain.diagrams import view_label
from bodymap.services import ChartService
from bodymap.services.bundle import Services
from bodymap.ui import actions as table
from bodymap.ui.accounts.window_lock import WindowLocking
from bodymap.ui.canvas.workspace import ChartWorkspace
from bodymap.ui.document import ChartDocument
from bodymap.ui.operations import Operations
from bodymap.ui.panels.inspector import Inspector
from bodymap.ui.panels.patients import PatientPanel
from bodymap.ui.visit_commands import VisitCommands
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.banner import PatientBanner
from bodymap.ui.widgets.docks import scrolling_contents
from bodymap.ui.window_text import apply_language, ui_text

RIGHT, LEFT = Qt.DockWidgetArea.RightDockWidgetArea, Qt.DockWidgetArea.LeftDockWidgetArea


class MainWindow(VisitCommands, WindowLocking, QMainWindow):
    def __init__(self, services: Services | ChartService, database_label: str = "",
                 settings: QSettings | None = None, user=None, accounts=None, prebuilt: bool = False):
        super().__init__()
        if isinstance(services, ChartService):          # a window without sign-in (tests, tools)
            services = Services(services, accounts)
        self.services = services
        self.service = services.chart
        self.settings = settings
        self.user = user
        self.accounts = services.accounts
        if user is not None:
            self.service.actor = user
        self.setWindowTitle("bodymap — trigger-point charting")
        self.document = ChartDocument(self.service, self)
        self.operations = Operations(self.document, self)
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

        self.patients = PatientPanel(self.service)
        self.patients.setMinimumWidth(270)
        self.inspector = Inspector(self.document)
        self.inspector.setMinimumWidth(290)
        from bodymap.ui.widgets.legend import LegendWidget
        self.legend = LegendWidget()
        self._build_features()
        self._status_bar(database_label)
        self._build_actions()
        self._connect()
        self._arrange_docks()
        self._fit_docks()
        self.layout().activate()     # the minimum size now reflects the scrolling docks
        self._default_state = self.saveState()      # what View > Reset layout goes back to
        screen = QApplication.primaryScreen()
        room = screen.availableGeometry() if screen is not None else None
        self.resize(min(1400, int(room.width() * 0.95)) if room else 1400,
                    min(900, int(room.height() * 0.92)) if room else 900)
        if settings is not None and settings.value("geometry"):
            self.restoreGeometry(settings.value("geometry"))
            self.restoreState(settings.value("state"))
        if self.accounts is not None:
            self._setup_locking()
        from bodymap.ui import accessibility
        accessibility.set_up_window(self)           # names and Tab order (ui/accessibility.py)
        apply_language(self)                        # View > Language and the words (ui/window_text.py)
        if not prebuilt:             # built during the password check: it waits (ui/opening.py)
            from bodymap.ui.opening import open_for
            open_for(self, user)

    # building -------------------------------------------------------------------
    def _made_later(self, part: QWidget) -> None:
        """A part made after the window (the lock screen, on the first lock): its words in the
        interface language and its controls named, as __init__ did the rest."""
        from bodymap.ui import accessibility
        from bodymap.ui.window_text import translate_words
        translate_words(part)
        accessibility.complete_names(part)

    def _build_features(self) -> None:
        from bodymap.ui import reference
        from bodymap.ui.backups import BackupController
        from bodymap.ui.exports import ExportsController
        from bodymap.ui.help import HelpController
        from bodymap.ui.safety import SafetyController
        self.reference_feature = reference.build(self.workspace, self.document, self)
        self.reference = self.reference_feature.controller
        self.reference_browser = self.reference_feature.browser
        self.suggestions = self.reference_feature.suggestions
        self.safety = SafetyController(self.document, self.workspace, self.operations, self.services, self)
        self.exports = ExportsController(self.services, self.document, self.operations, self,
                                         patient=lambda: self.patient, user=lambda: self.user)
        self.exports.imported.connect(lambda: self.operations.run(self.patients.refresh_patients))
        self.help = HelpController(self)
        self.backups = BackupController(self)
        self.docks = {
            "patientsDock": self._dock("Patients and visits", self.patients, LEFT, "patientsDock"),
            "inspectorDock": self._dock("Inspector", self.inspector, RIGHT, "inspectorDock"),
            "legendDock": self._dock("Legend", self.legend, RIGHT, "legendDock"),
            "safetyDock": self._place(self.safety.dock, RIGHT),
            "suggestionsDock": self._place(self.reference_feature.suggestions_dock, RIGHT),
            "referenceDock": self._place(self.reference_feature.browser_dock, LEFT),
        }

    def _status_bar(self, database_label: str) -> None:
        self.saved_label = QLabel(ui_text("No visit open"))
        self.hover_label = QLabel()
        self.hover_label.setMinimumWidth(260)
        self.statusBar().addWidget(self.hover_label, 1)
        self.user_label = QLabel()
        self.statusBar().addPermanentWidget(self.user_label)
        self.statusBar().addPermanentWidget(QLabel(database_label))
        self.statusBar().addPermanentWidget(self.saved_label)
        self._show_user()

    def _connect(self) -> None:
        self.patients.patientSelected.connect(self._patient_selected)
        self.patients.visitSelected.connect(self._visit_selected)
        self.patients.newPatientRequested.connect(self.new_patient)
        self.patients.editPatientRequested.connect(self.edit_patient)
        self.patients.newVisitRequested.connect(self.new_visit)
        self.workspace.selectionChanged.connect(self.inspector.show_mark)
        self.workspace.selectionChanged.connect(self._show_inspector)
        self.workspace.hoverText.connect(self.hover_label.setText)
        self.workspace.message.connect(lambda t: self.statusBar().showMessage(t, 5000))
        self.document.saved.connect(self._saved)
        # the tools follow whatever opened (or closed) a visit: editable or not
        self.document.chartReset.connect(lambda _chart: self._update_actions())
        self.document.failed.connect(self._failed)
        self.document.connectionLost.connect(self._connection_lost)
        self.document.connectionRestored.connect(self._connection_restored)
        self.operations.failed.connect(self._failed)
        self.operations.notice.connect(lambda t: self.statusBar().showMessage(t, 8000))

    def _arrange_docks(self) -> None:
        """Right column: the per-mark and per-visit panels share one tall tab group (Inspector in
        front), the legend sits below; the patient list and the reference share the left (the
        reference needs height, and the patient list is not needed while charting)."""
        d = self.docks
        self.tabifyDockWidget(d["inspectorDock"], d["suggestionsDock"])
        self.tabifyDockWidget(d["patientsDock"], d["referenceDock"])
        d["patientsDock"].raise_()
        self.tabifyDockWidget(d["inspectorDock"], d["safetyDock"])
        d["inspectorDock"].raise_()
        self.resizeDocks([d["inspectorDock"], d["legendDock"]], [640, 260], Qt.Orientation.Vertical)

    def _show_inspector(self, mark) -> None:
        """A mark was selected: its findings come forward, even over Suggestions or Safety, except
        over the needle count, whose "Selected trigger point" box is what the selection is for."""
        if mark is not None and not (mark[0] == MarkKind.TRIGGER_POINT and self.safety.counting()):
            dock = self.docks["inspectorDock"]
            if dock.isHidden():
                dock.show()
            dock.raise_()

    def reset_layout(self) -> None:
        """Every dock back where a new window has it (closed, floated or moved ones too)."""
        for dock in self.docks.values():
            dock.setFloating(False)
        self.restoreState(self._default_state)
        for name in ("patientsDock", "inspectorDock", "legendDock", "safetyDock"):
            self.docks[name].show()
        self.docks["inspectorDock"].raise_()
        self.docks["patientsDock"].raise_()

    def _fit_docks(self) -> None:
        for dock in self.docks.values():
            scrolling_contents(dock)

    def _dock(self, title, widget, area, name) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        return self._place(dock, area)

    def _place(self, dock: QDockWidget, area) -> QDockWidget:
        self.addDockWidget(area, dock)
        return dock

    # actions ------------------------------------------------------------------
    def _build_actions(self) -> None:
        """Actions, menus and the tool bar, from the tables in ui/actions.py."""
        stack = self.document.undo_stack
        undo = stack.createUndoAction(self, ui_text("Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = stack.createRedoAction(self, ui_text("Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.menu_actions: dict[str, QAction] = {"undo": undo, "redo": redo}
        self._commands = [c for c in table.COMMANDS if self.accounts is not None or not c.needs_accounts]
        for command in self._commands:
            action = QAction(command.text, self)
            action.setShortcuts(table.key_sequences(command.keys))
            if command.tip:
                action.setStatusTip(command.tip)
            action.triggered.connect(operator.attrgetter(command.slot)(self))
            self.menu_actions[command.name] = action
        tools = self.workspace.tool_actions.actions()      # the drawing tools, the safety tool among them
        for action in [*self.menu_actions.values(), *tools]:
            self.addAction(action)

        for title, names in table.MENUS:
            names = tuple(n for n in names if n is None or n in self.menu_actions)
            if not names and title not in ("&View", "&Tools"):
                continue
            menu = self.menuBar().addMenu(title)
            if title == "&View":
                self._view_menu_head(menu)
            for name in names:
                menu.addSeparator() if name is None else menu.addAction(self.menu_actions[name])
            if title == "&View":
                menu.addSeparator()
                for dock in ("suggestionsDock", "referenceDock"):
                    menu.addAction(self.docks[dock].toggleViewAction())
                menu.addSeparator()
                menu.addAction(self.menu_actions["reset_layout"])
                from bodymap.ui.widgets.theme_menu import add_theme_menu
                self.theme_actions = add_theme_menu(self, menu)       # View > Theme (issue 19)
            if title == "&Tools":
                for action in tools:
                    menu.addAction(action)

        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self._tool_bar(tools))
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.workspace.defaults_bar)

    def _tool_bar(self, tools: list[QAction]) -> QToolBar:
        """The tools (a key cap with each one's letter), then the commands. Nothing on it changes
        width: Undo and Redo are icons whose tooltip says what they would undo or redo, so a click
        aimed at Sign visit lands on Sign visit whatever was done last."""
        from bodymap.ui.widgets.icons import key_icon, turn_icon
        bar = QToolBar("Tools")
        bar.setObjectName("toolsBar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        for action in tools:
            action.setIcon(key_icon(action.shortcut().toString()))
            bar.addAction(action)
        icon_only = {"undo": turn_icon(redo=False), "redo": turn_icon(redo=True)}
        for name in table.TOOLBAR:
            if name is None:
                bar.addSeparator()
                continue
            action = self.menu_actions[name]
            bar.addAction(action)
            if name in icon_only:
                action.setIcon(icon_only[name])
                button = bar.widgetForAction(action)
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
                button.setObjectName(f"{name}Button")
            else:
                bar.widgetForAction(action).setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        return bar

    def _view_menu_head(self, menu) -> None:
        """The views and the diagram layers, at the top of the View menu."""
        for view_id in self.workspace.views:
            action = QAction(view_label(view_id), self)
            action.triggered.connect(lambda _c=False, v=view_id: self.workspace.show_view(v))
            menu.addAction(action)
        menu.addSeparator()
        layers = menu.addMenu("Layers")
        self.layer_actions = {}
        for layer, label, key in table.LAYERS:
            action = QAction(label, self, checkable=True)
            action.setChecked(layer in self.workspace.layers)
            if key:
                action.setShortcut(QKeySequence(key))
            action.toggled.connect(lambda on, layer=layer: self.workspace.set_layer(layer, on))
            layers.addAction(action)
            self.addAction(action)
            self.layer_actions[layer] = action
        from bodymap.ui.canvas.pen import pressure_menu
        menu.addMenu(pressure_menu(self))           # this workstation's pen (docs/PEN_AND_TOUCH.md)
        menu.addSeparator()

    def _update_actions(self) -> None:
        if self.locked:              # everything stays disabled until someone signs in
            return
        chart = self.document.chart
        admin = self.user is None or self.user.is_admin
        state = {"always": True, "patient": self.patient is not None, "chart": chart is not None,
                 "editable": self.document.editable, "signed": chart is not None and chart.visit.is_signed,
                 "admin": admin, "signed_in_admin": bool(self.user and self.user.is_admin)}
        for command in self._commands:
            self.menu_actions[command.name].setEnabled(state[command.when])
        for action in self.workspace.tool_actions.actions():
            action.setEnabled(self.document.editable or action.data() == "select")

    # what is open ---------------------------------------------------------------
    def _patient_selected(self, patient) -> None:
        self.patient = patient
        self.banner.set_patient(patient)
        self._update_actions()

    def _visit_selected(self, visit) -> None:
        opened = self.operations.run(self.document.open_visit, visit.id if visit else None)
        if opened is None and visit is not None and self.document.chart is None:
            return
        chart = self.document.chart
        self.banner.set_patient(self.patient, chart.visit if chart else None)
        if chart is None:
            self.saved_label.setText(ui_text("No visit open"))
        elif chart.visit.is_signed:
            self.saved_label.setText(ui_text("Signed — read only"))
        else:
            self.saved_label.setText(ui_text("All changes saved"))
        if chart is not None and chart.views_with_marks():
            self.workspace.show_view(chart.views_with_marks()[0])
        self._update_actions()

    def _saved(self, text: str) -> None:
        self.saved_label.setText(text)
        self.operations.run(self.patients.refresh_visits)

    def _connection_lost(self, text: str) -> None:
        self.saved_label.setText(ui_text("Database connection lost — retrying…"))
        theme.style(self.saved_label, "color: @connection_fg; background: @connection_bg; padding: 2px 6px; font-weight: 600;")
        self.statusBar().showMessage(text, 10000)
        QMessageBox.warning(self, "bodymap — database connection lost", text)

    def _connection_restored(self, text: str) -> None:
        theme.style(self.saved_label, "")
        self.saved_label.setText(text)
        self.statusBar().showMessage(text, 8000)
        self.operations.run(self.patients.refresh_visits)

    def _failed(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)
        QMessageBox.warning(self, "bodymap", text)


    def delete_selected(self) -> None:
        marks = self.workspace.selected_marks()
        if marks:
            self.document.delete_marks(marks)

    # the canvas -----------------------------------------------------------------
    def zoom_in(self) -> None:
        self.workspace.current_canvas().zoom(1.25)

    def zoom_out(self) -> None:
        self.workspace.current_canvas().zoom(0.8)

    def fit_view(self) -> None:
        self.workspace.current_canvas().fit()

    def import_diagram(self) -> None:
        from bodymap.ui import templates
        templates.open_import(self, self.services.templates, self.workspace, self.operations)

    def use_diagram(self) -> None:
        from bodymap.ui import templates
        templates.choose_template(self, self.services.templates, self.workspace, self.operations)

    # progress ---------------------------------------------------------------------
    @property
    def progress(self):
        return self.services.progress

    def open_compare(self) -> None:
        from bodymap.ui import progress
        progress.open_compare(self, self.service, self.progress, self.patient)

    def open_trends(self) -> None:
        from bodymap.ui import progress
        progress.open_trends(self, self.progress, self.patient)

    def open_heatmap(self) -> None:
        from bodymap.ui import progress
        progress.open_heatmap(self, self.progress, self.patient)

    # the record -------------------------------------------------------------------
    def add_addendum(self) -> None:
        chart = self.document.chart
        if chart is None or not chart.visit.is_signed:
            return
        from bodymap.ui.accounts.admin import AddendumDialog
        dialog = AddendumDialog(self)
        if dialog.exec() and self.operations.run(self.service.add_addendum, chart.visit.id,
                                                 dialog.text.toPlainText()) is not None:
            self.operations.run(self.document.reload)
            self.banner.set_patient(self.patient, self.document.chart.visit)
            self.statusBar().showMessage(ui_text("Addendum saved."), 5000)

    def show_history(self) -> None:
        if self.document.chart is not None:
            from bodymap.ui.accounts.admin import HistoryDialog
            HistoryDialog(self.services.history, self.document.chart.visit.id, self).exec()


    def closeEvent(self, event) -> None:
        for canvas in self.workspace.canvases.values():
            canvas.tool.cancel()
        if self.settings is not None:
            self.settings.setValue("geometry", self.saveGeometry())
            self.settings.setValue("state", self.saveState())
        super().closeEvent(event)
