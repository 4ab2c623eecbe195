"""What a screen reader hears and where Tab goes, for the main window and every dialog.

Qt names most controls itself: a button by its text, a field by the label whose buddy it is (a
QFormLayout row sets that), a tool button by its action. This module names the controls where that
is not enough (lists, the patient search, the view tabs, the docks' scroll areas), gives the main
regions descriptions, and sets the window's Tab order: patient search → patient list → patient
buttons → visit list → new-mark defaults → view tabs → canvas → the right docks → the left ones.
Every dialog gets the same check when it is shown (complete_names, from an application-wide event
filter): a control still nameless there takes its tooltip or placeholder text as its name.

unnamed_controls(root) is the check itself (tests/ui/test_accessibility.py): the controls of a
window that take focus or clicks and that Qt's accessibility tree would expose without a name.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QDialog,
    QDockWidget,
    QGraphicsView,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QTextEdit,
    QWidget,
)

from bodymap.render.i18n import translate


def exposed_name(widget: QWidget) -> str:
    """The name Qt's accessibility tree gives widget (what a screen reader says)."""
    iface = QAccessible.queryAccessibleInterface(widget)
    if iface is None:
        return ""
    if isinstance(widget, QComboBox):
        # on Linux Qt gives a combo box's value as its name and its label through the "labelled
        # by" relation (a buddy QLabel); elsewhere the accessible name: either names it
        labels = [other.text(QAccessible.Text.Name) for other, _flag in iface.relations(QAccessible.RelationFlag.Label)]
        return (widget.accessibleName() or next((t for t in labels if t.strip()), "")).strip()
    return iface.text(QAccessible.Text.Name).strip()


def _internal(widget: QWidget, root: QWidget) -> bool:
    """Parts Qt exposes through their owner, not as controls of their own: a spin box's or an
    editable combo box's line edit, a line edit's clear button, a scroll area's viewport, the
    corner and overflow buttons Qt makes (qt_...), and anything in another window (popups)."""
    parent = widget.parentWidget()
    if widget.window() is not root:
        return True
    if widget.objectName().startswith("qt_"):
        return True
    if isinstance(parent, (QAbstractSpinBox, QComboBox, QLineEdit)):
        return True
    return isinstance(parent, QAbstractScrollArea) and parent.viewport() is widget


def interactive(widget: QWidget) -> bool:
    """Takes focus or clicks: what a keyboard or screen-reader user reaches."""
    return isinstance(widget, QAbstractButton) or widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def unnamed_controls(root: QWidget) -> list[QWidget]:
    """The interactive controls of root's window (shown or on a page not shown now; not ones
    hidden themselves) that have no accessible name."""
    found = []
    for widget in root.findChildren(QWidget):
        if widget.isHidden():
            continue                              # hidden itself (a control not used in this window)
        if _internal(widget, root) or not interactive(widget):
            continue
        if not exposed_name(widget):
            found.append(widget)
    return found


def name(widget: QWidget, text: str, description: str = "") -> None:
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


def _t(text: str) -> str:
    """A name or description of the tables here in the interface language (context Accessibility)."""
    return translate("Accessibility", text) if text else text


def _layout_of(widget: QWidget):
    """The layout that holds widget, and its index there."""
    parent = widget.parentWidget()
    stack = [parent.layout()] if parent is not None and parent.layout() is not None else []
    while stack:
        layout = stack.pop()
        index = layout.indexOf(widget)
        if index >= 0:
            return layout, index
        stack += [layout.itemAt(i).layout() for i in range(layout.count()) if layout.itemAt(i).layout()]
    return None, -1


def label_beside(widget: QWidget) -> QLabel | None:
    """The text label a sighted user reads as the control's caption: just left of it in a grid,
    or just before it in a row or column, and not already the caption of another control."""
    layout, index = _layout_of(widget)
    if layout is None:
        return None
    before = None
    if isinstance(layout, QGridLayout):
        row, column, _rs, _cs = layout.getItemPosition(index)
        item = layout.itemAtPosition(row, column - 1) if column > 0 else None
        before = item.widget() if item is not None else None
    elif isinstance(layout, QBoxLayout) and index > 0:
        before = layout.itemAt(index - 1).widget()
    if isinstance(before, QLabel) and before.buddy() is None and before.text().strip() and not before.isHidden():
        return before
    return None


def complete_names(root: QWidget) -> None:
    """Names a control Qt leaves nameless from what it shows the sighted: the names set for its
    dialog (DIALOG_NAMES), else the label beside it (made its buddy, which Qt exposes as the
    "labelled by" relation too), its tooltip, or its placeholder text; a dock's scroll area after
    the dock (and it takes no Tab stop of its own: Tab goes to the controls inside, which the area
    scrolls into view)."""
    for path, text, description in DIALOG_NAMES.get(type(root).__name__, ()):
        widget = _find(root, path) if path else None
        if widget is not None and not widget.accessibleName():
            name(widget, _t(text), _t(description))
    if type(root).__name__ == "QPrintPreviewDialog":
        _print_preview(root)
    for widget in unnamed_controls(root):
        label = label_beside(widget)
        if label is not None:
            label.setBuddy(widget)
            if not exposed_name(widget):
                widget.setAccessibleName(label.text().replace("&", "").rstrip(": "))
            continue
        dock = widget.parentWidget()
        if isinstance(widget, QScrollArea) and isinstance(dock, QDockWidget):
            widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            name(widget, dock.windowTitle())
            continue
        if isinstance(widget, QScrollArea):       # a picture that scrolls: the window's subject
            inner = widget.widget()
            name(widget, (inner.accessibleName() if inner is not None else "") or root.windowTitle())
            continue
        text = widget.toolTip() or (widget.placeholderText() if isinstance(
            widget, (QLineEdit, QPlainTextEdit, QTextEdit)) else "")
        if text:
            widget.setAccessibleName(text)


class _DialogNames(QObject):
    """Completes the names of every dialog as it is first shown."""

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Show and isinstance(obj, QDialog) and not obj.property("a11yDone"):
            obj.setProperty("a11yDone", True)
            complete_names(obj)
        return False


def install(app: QApplication | None = None) -> None:
    """The dialogs' check, once per application."""
    app = app or QApplication.instance()
    if app is not None and app.property("a11yFilter") is None:
        keeper = _DialogNames(app)
        app.installEventFilter(keeper)
        app.setProperty("a11yFilter", True)


# the dialogs' controls that show no caption of their own: (attribute path, name, description)
DIALOG_NAMES: dict[str, tuple[tuple[str, str, str], ...]] = {
    "HistoryDialog": (("table", QT_TRANSLATE_NOOP("Accessibility", "Audit trail"), QT_TRANSLATE_NOOP("Accessibility", "Every change to this visit: when, who, action, what, details")),),
    "BatchExportDialog": (("patient", QT_TRANSLATE_NOOP("Accessibility", "Patient"), QT_TRANSLATE_NOOP("Accessibility", "The patient whose visits are exported")),
        ("since", QT_TRANSLATE_NOOP("Accessibility", "From date"), ""),
        ("until", QT_TRANSLATE_NOOP("Accessibility", "To date"), "")),
    "SettingsDialog": (("address", QT_TRANSLATE_NOOP("Accessibility", "Clinic address"), QT_TRANSLATE_NOOP("Accessibility", "Printed on every handout")),
        ("muscles", QT_TRANSLATE_NOOP("Accessibility", "Muscles"), QT_TRANSLATE_NOOP("Accessibility", "Choose a muscle to write its home-care advice")),
        ("advice", QT_TRANSLATE_NOOP("Accessibility", "Home-care advice for the chosen muscle"), "")),
    "AboutDialog": (("notices", QT_TRANSLATE_NOOP("Accessibility", "Third-party notices"), QT_TRANSLATE_NOOP("Accessibility", "The licences of the software bodymap ships")),),
    "ShortcutsDialog": (("table", QT_TRANSLATE_NOOP("Accessibility", "Keyboard shortcuts"), QT_TRANSLATE_NOOP("Accessibility", "Each command and its keys")),),
    "AfterCareDialog": (("text", QT_TRANSLATE_NOOP("Accessibility", "After-care advice"), QT_TRANSLATE_NOOP("Accessibility", "The after-care text given to patients")),),
    "ChooseTemplateDialog": (("list", QT_TRANSLATE_NOOP("Accessibility", "Clinic diagrams"), QT_TRANSLATE_NOOP("Accessibility", "Choose the diagram to use for a view")),),
    "CompareDialog": (("from_box", QT_TRANSLATE_NOOP("Accessibility", "Earlier visit"), ""),
        ("to_box", QT_TRANSLATE_NOOP("Accessibility", "Later visit"), ""),
        ("view_box", QT_TRANSLATE_NOOP("Accessibility", "View"), QT_TRANSLATE_NOOP("Accessibility", "The diagram view compared")),
        ("mode_box", QT_TRANSLATE_NOOP("Accessibility", "Show change"), QT_TRANSLATE_NOOP("Accessibility", "Where it was drawn, or by body region")),
        ("sites", QT_TRANSLATE_NOOP("Accessibility", "Change by site"), QT_TRANSLATE_NOOP("Accessibility", "Each charted site and how it changed"))),
    "HeatmapDialog": (("since", QT_TRANSLATE_NOOP("Accessibility", "Visits from date"), ""),
        ("until", QT_TRANSLATE_NOOP("Accessibility", "Visits to date"), ""),
        ("view_box", QT_TRANSLATE_NOOP("Accessibility", "View"), QT_TRANSLATE_NOOP("Accessibility", "The diagram view of the pain map"))),
    "QPageSetupDialog": (("#unitCombo", QT_TRANSLATE_NOOP("Accessibility", "Units"), QT_TRANSLATE_NOOP("Accessibility", "The units of the margins")),),    # Qt's own dialog
    "QPrintPreviewDialog": (("#handoutCopy", QT_TRANSLATE_NOOP("Accessibility", "Copy"), QT_TRANSLATE_NOOP("Accessibility", "Patient copy in plain words, or the clinician's full record")),),
    "AccountsDialog": (("table", QT_TRANSLATE_NOOP("Accessibility", "Accounts"), QT_TRANSLATE_NOOP("Accessibility", "Each clinician's name, user name, role and whether active")),),
}


def _print_preview(root: QWidget) -> None:
    """Qt's print preview leaves its page, page number and zoom boxes nameless."""
    for widget in unnamed_controls(root):
        if isinstance(widget, QGraphicsView):
            name(widget, translate("Accessibility", "Page preview"), translate("Accessibility", "The pages as they will print"))
        elif isinstance(widget, QLineEdit):
            name(widget, translate("Accessibility", "Page number"))
        elif isinstance(widget, QComboBox):
            name(widget, translate("Accessibility", "Zoom"))

# the features' own lists and panels: (attribute path from the window, name, description)
FEATURE_NAMES: tuple[tuple[str, str, str], ...] = (
    ("reference_browser.results", QT_TRANSLATE_NOOP("Accessibility", "Reference muscles found"), QT_TRANSLATE_NOOP("Accessibility", "Choosing one shows its trigger points and referral")),
    ("reference_browser.details", QT_TRANSLATE_NOOP("Accessibility", "Reference details"), QT_TRANSLATE_NOOP("Accessibility", "The chosen muscle's trigger points, referral and notes")),
    ("suggestions.list", QT_TRANSLATE_NOOP("Accessibility", "Suggested muscles"), QT_TRANSLATE_NOOP("Accessibility", "Muscles whose referral matches the charted zones")),
    ("safety.panel", QT_TRANSLATE_NOOP("Accessibility", "Safety record"), QT_TRANSLATE_NOOP("Accessibility", "Screen, consent, precaution areas, needle count and events")),
    ("safety.panel.screen_table", QT_TRANSLATE_NOOP("Accessibility", "Safety screen"), QT_TRANSLATE_NOOP("Accessibility", "One row per screening question; answer each")),
    ("safety.panel.needled_table", QT_TRANSLATE_NOOP("Accessibility", "Needles used"), QT_TRANSLATE_NOOP("Accessibility", "Needles and passes per needled trigger point")),
    ("safety.panel.areas", QT_TRANSLATE_NOOP("Accessibility", "Precaution areas"), QT_TRANSLATE_NOOP("Accessibility", "Places not to needle, shown at every visit")),
    ("safety.panel.events", QT_TRANSLATE_NOOP("Accessibility", "Adverse events"), QT_TRANSLATE_NOOP("Accessibility", "Events recorded at this visit; Enter edits one")),
    ("reference_browser.search", QT_TRANSLATE_NOOP("Accessibility", "Search the reference"), QT_TRANSLATE_NOOP("Accessibility", "A muscle, body area or condition")),
    ("reference_browser.side_box", QT_TRANSLATE_NOOP("Accessibility", "Side"), QT_TRANSLATE_NOOP("Accessibility", "The patient's side the referral pattern is shown on")),
    ("workspace.tp_status", QT_TRANSLATE_NOOP("Accessibility", "Status of new trigger points"), QT_TRANSLATE_NOOP("Accessibility", "Active or latent, for points placed next")),
    ("workspace.quality", QT_TRANSLATE_NOOP("Accessibility", "Pain quality of new zones"), ""),
    ("workspace.intensity", QT_TRANSLATE_NOOP("Accessibility", "Intensity of new zones"), QT_TRANSLATE_NOOP("Accessibility", "0 to 10")),
    ("workspace.depth", QT_TRANSLATE_NOOP("Accessibility", "Depth of new zones"), ""),
    ("workspace.brush", QT_TRANSLATE_NOOP("Accessibility", "Brush size"), QT_TRANSLATE_NOOP("Accessibility", "The width of the zone brush")),
    ("inspector.zone_form.sources", QT_TRANSLATE_NOOP("Accessibility", "Source trigger points"), QT_TRANSLATE_NOOP("Accessibility", "The trigger points this zone is referred from")),
)


def name_cells(table) -> None:
    """A box in a table cell is named by its row and column ("Pregnancy: Answer"), not by the
    value it shows; its description is the row's tooltip (why the question is asked)."""
    for row in range(table.rowCount()):
        head = table.item(row, 0)
        for column in range(table.columnCount()):
            widget = table.cellWidget(row, column)
            header = table.horizontalHeaderItem(column)
            if widget is not None and head is not None:
                name(widget, f"{head.text()}: {header.text() if header else column + 1}", head.toolTip())


def _find(root, path: str):
    """The widget at an attribute path from root ("safety.panel.areas"), or "#name": the child
    of that object name (a dialog Qt builds itself)."""
    if path.startswith("#"):
        return root.findChild(QWidget, path[1:])
    obj = root
    for part in path.split("."):
        obj = getattr(obj, part, None)
        if obj is None:
            return None
    return obj if isinstance(obj, QWidget) else None


def set_up_window(window) -> None:
    """Names, descriptions and Tab order of the main window (called once it is built)."""
    install()
    panel, ws = window.patients, window.workspace
    name(panel.search, translate("Accessibility", "Search patients"), translate("Accessibility", "Type part of a name or chart number"))
    name(panel.patients, translate("Accessibility", "Patients"), translate("Accessibility", "The patients found; Enter or a click opens one"))
    name(panel.visits, translate("Accessibility", "Visits"), translate("Accessibility", "The selected patient's visits, newest first; choosing one opens it"))
    name(ws.tabs, translate("Accessibility", "Diagram views"))
    name(ws.tabs.tabBar(), translate("Accessibility", "Diagram views"), translate("Accessibility", "Left and right arrows choose a view"))
    name(window.banner, translate("Accessibility", "Patient"), translate("Accessibility", "The open patient and visit"))
    for dock in window.docks.values():
        dock.setAccessibleName(dock.windowTitle())
    for path, text, description in FEATURE_NAMES:
        widget = _find(window, path)
        if widget is not None:
            name(widget, _t(text), _t(description))
    complete_names(window)
    # Tab in a table of answer boxes went cell to box and back to the table forever: Tab leaves
    # tables (the boxes inside are Tab stops of their own), arrows move between cells
    for table in (_find(window, "safety.panel.screen_table"), _find(window, "safety.panel.needled_table")):
        if table is not None:
            table.setTabKeyNavigation(False)
            name_cells(table)
    tab_order(window)
    ws.canvasCreated.connect(lambda _view, canvas: _canvas_in_chain(window, canvas))


def focus_chain(window) -> list[QWidget]:
    """The widgets Tab can reach, in the window's focus chain order now."""
    found, widget = [], window.nextInFocusChain()
    for _ in range(20000):
        if widget is window:
            break
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and not _internal(widget, window):
            found.append(widget)
        widget = widget.nextInFocusChain()
    return found


def tab_order(window) -> None:
    """Tab runs: the patient list and its buttons → the new-mark defaults → the view tabs and the
    canvas → the right docks (Inspector, Suggestions, Safety, Legend) → the Reference → the rest.
    Within each part the order stays the one the part was built in."""
    ws, docks = window.workspace, window.docks
    parts = [docks["patientsDock"], ws.defaults_bar, ws, *(docks[n] for n in (
        "inspectorDock", "suggestionsDock", "safetyDock", "legendDock", "referenceDock"))]

    def part(widget) -> int:
        return next((i for i, p in enumerate(parts) if p is widget or p.isAncestorOf(widget)), len(parts))
    chain = sorted(focus_chain(window), key=part)          # stable: each part keeps its own order
    for first, second in zip(chain, chain[1:]):
        QWidget.setTabOrder(first, second)


def _canvas_in_chain(window, canvas) -> None:
    """A canvas made later (its tab first shown) takes the first canvas's place after the tabs."""
    QWidget.setTabOrder(window.workspace.tabs.tabBar(), canvas)
