"""The main window's words in the interface language (context "MainWindow", docs/TRANSLATIONS.md).

The window builds its menus, tool bar and docks in English from ui/actions.py and the feature
modules; `translate_window(window)` then puts every menu title, action text, status tip, explicit
tool tip, dock and tool bar title through QCoreApplication.translate, and the diagram views through
the name tables. Keeping the translation here (one call at the end of MainWindow.__init__) leaves
the tables of ui/actions.py as they are. The labels, buttons, combo box items and placeholders
of the panels as the window opens (the patient list, the new-mark defaults, the inspector) go the
same way, where SOURCE_TEXTS has them; texts the panels set later stay English. lupdate reads the strings from SOURCE_TEXTS below;
tests/ui/test_window_language.py fails when a command, menu or layer of the tables is missing
there or untranslated.
"""
from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QLabel,
    QLineEdit,
    QMainWindow,
    QTabWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from bodymap.render import i18n

CONTEXT = "MainWindow"
_TIP_WITH_KEY = re.compile(r"^(?P<text>[^(]+?) \((?P<key>[^)]{1,12})\)(?P<rest>.*)$")

SOURCE_TEXTS = (
    # menus (ui/actions.MENUS) and the View menu's own
    QT_TRANSLATE_NOOP("MainWindow", "&File"), QT_TRANSLATE_NOOP("MainWindow", "&Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "&Visit"), QT_TRANSLATE_NOOP("MainWindow", "&Progress"),
    QT_TRANSLATE_NOOP("MainWindow", "&View"), QT_TRANSLATE_NOOP("MainWindow", "&Tools"),
    QT_TRANSLATE_NOOP("MainWindow", "&Clinician"), QT_TRANSLATE_NOOP("MainWindow", "&Help"),
    QT_TRANSLATE_NOOP("MainWindow", "Layers"),
    # commands (ui/actions.COMMANDS): text, then tip
    QT_TRANSLATE_NOOP("MainWindow", "New patient…"), QT_TRANSLATE_NOOP("MainWindow", "Edit patient…"),
    QT_TRANSLATE_NOOP("MainWindow", "New visit…"), QT_TRANSLATE_NOOP("MainWindow", "Visit details…"),
    QT_TRANSLATE_NOOP("MainWindow", "Sign visit…"), QT_TRANSLATE_NOOP("MainWindow", "Add addendum…"),
    QT_TRANSLATE_NOOP("MainWindow", "History (audit trail)…"), QT_TRANSLATE_NOOP("MainWindow", "Print…"),
    QT_TRANSLATE_NOOP("MainWindow", "Export PDF…"), QT_TRANSLATE_NOOP("MainWindow", "Export visit…"),
    QT_TRANSLATE_NOOP("MainWindow", "PDF, PNG, CSV, JSON or FHIR of the open visit"),
    QT_TRANSLATE_NOOP("MainWindow", "Export handouts…"), QT_TRANSLATE_NOOP("MainWindow", "Import…"),
    QT_TRANSLATE_NOOP("MainWindow", "Page setup…"), QT_TRANSLATE_NOOP("MainWindow", "Clinic settings…"),
    QT_TRANSLATE_NOOP("MainWindow", "Import clinic diagram…"), QT_TRANSLATE_NOOP("MainWindow", "Use clinic diagram…"),
    QT_TRANSLATE_NOOP("MainWindow", "Delete"), QT_TRANSLATE_NOOP("MainWindow", "Back up now"),
    QT_TRANSLATE_NOOP("MainWindow", "A dated copy of the database in its backup folder"),
    QT_TRANSLATE_NOOP("MainWindow", "Backups on another disk…"),
    QT_TRANSLATE_NOOP("MainWindow", "A USB disk or network folder that receives a copy of every backup"),
    QT_TRANSLATE_NOOP("MainWindow", "Restore from a backup…"), QT_TRANSLATE_NOOP("MainWindow", "Quit"),
    QT_TRANSLATE_NOOP("MainWindow", "Zoom in"), QT_TRANSLATE_NOOP("MainWindow", "Zoom out"),
    QT_TRANSLATE_NOOP("MainWindow", "Fit to window"), QT_TRANSLATE_NOOP("MainWindow", "Compare visits…"),
    QT_TRANSLATE_NOOP("MainWindow", "Progress chart…"), QT_TRANSLATE_NOOP("MainWindow", "Clinic pain map…"),
    QT_TRANSLATE_NOOP("MainWindow", "Reset layout"),
    QT_TRANSLATE_NOOP("MainWindow", "Put the panels back where they start"),
    QT_TRANSLATE_NOOP("MainWindow", "Lock screen"), QT_TRANSLATE_NOOP("MainWindow", "Switch clinician…"),
    QT_TRANSLATE_NOOP("MainWindow", "Accounts and security…"), QT_TRANSLATE_NOOP("MainWindow", "Open data folder"),
    QT_TRANSLATE_NOOP("MainWindow", "The folder of the database and its backups"),
    QT_TRANSLATE_NOOP("MainWindow", "Open log folder"),
    QT_TRANSLATE_NOOP("MainWindow", "bodymap's log files and crash reports"),
    QT_TRANSLATE_NOOP("MainWindow", "User guide"), QT_TRANSLATE_NOOP("MainWindow", "Keyboard shortcuts"),
    QT_TRANSLATE_NOOP("MainWindow", "About bodymap"),
    QT_TRANSLATE_NOOP("MainWindow", "Undo"), QT_TRANSLATE_NOOP("MainWindow", "Redo"),
    # layers (ui/actions.LAYERS)
    QT_TRANSLATE_NOOP("MainWindow", "Outline"), QT_TRANSLATE_NOOP("MainWindow", "Surface regions"),
    QT_TRANSLATE_NOOP("MainWindow", "Muscles (superficial)"), QT_TRANSLATE_NOOP("MainWindow", "Deep muscles"),
    QT_TRANSLATE_NOOP("MainWindow", "Landmarks"), QT_TRANSLATE_NOOP("MainWindow", "Muscle and region names"),
    QT_TRANSLATE_NOOP("MainWindow", "Labels"), QT_TRANSLATE_NOOP("MainWindow", "Muscle fibre direction"),
    # View > Theme (ui/widgets/theme_menu)
    QT_TRANSLATE_NOOP("MainWindow", "Theme"), QT_TRANSLATE_NOOP("MainWindow", "System"),
    QT_TRANSLATE_NOOP("MainWindow", "Light"), QT_TRANSLATE_NOOP("MainWindow", "Dark"),
    QT_TRANSLATE_NOOP("MainWindow", "Light or dark as the system's colours are"),
    QT_TRANSLATE_NOOP("MainWindow", "Dark text on light backgrounds"),
    QT_TRANSLATE_NOOP("MainWindow", "Light text on dark backgrounds"),
    # View > Pen pressure sets (ui/canvas/pen_menu)
    QT_TRANSLATE_NOOP("MainWindow", "Pen pressure sets"), QT_TRANSLATE_NOOP("MainWindow", "Brush width"),
    QT_TRANSLATE_NOOP("MainWindow", "Zone intensity"), QT_TRANSLATE_NOOP("MainWindow", "Nothing"),
    # drawing tools (ui/canvas/tools.TOOL_LABELS, the safety tool)
    QT_TRANSLATE_NOOP("MainWindow", "Select / move"), QT_TRANSLATE_NOOP("MainWindow", "Trigger point"),
    QT_TRANSLATE_NOOP("MainWindow", "Zone brush"), QT_TRANSLATE_NOOP("MainWindow", "Zone polygon"),
    QT_TRANSLATE_NOOP("MainWindow", "Eraser"), QT_TRANSLATE_NOOP("MainWindow", "Precaution area"),
    QT_TRANSLATE_NOOP("MainWindow", "draw a place not to needle, shown at every visit"),
    # docks, tool bars, the title and the status bar
    QT_TRANSLATE_NOOP("MainWindow", "Patients and visits"), QT_TRANSLATE_NOOP("MainWindow", "Inspector"),
    QT_TRANSLATE_NOOP("MainWindow", "Legend"), QT_TRANSLATE_NOOP("MainWindow", "Safety"),
    QT_TRANSLATE_NOOP("MainWindow", "Suggestions"), QT_TRANSLATE_NOOP("MainWindow", "Reference"),
    QT_TRANSLATE_NOOP("MainWindow", "Tools"), QT_TRANSLATE_NOOP("MainWindow", "New-mark defaults"),
    QT_TRANSLATE_NOOP("MainWindow", "bodymap — trigger-point charting"),
    QT_TRANSLATE_NOOP("MainWindow", "No visit open"), QT_TRANSLATE_NOOP("MainWindow", "Signed — read only"),
    QT_TRANSLATE_NOOP("MainWindow", "All changes saved"),
    QT_TRANSLATE_NOOP("MainWindow", "Database connection lost — retrying…"),
    QT_TRANSLATE_NOOP("MainWindow", "Addendum saved."),
    # the patient list, the new-mark defaults and the inspector as the window opens
    QT_TRANSLATE_NOOP("MainWindow", "Patients"), QT_TRANSLATE_NOOP("MainWindow", "Visits"),
    QT_TRANSLATE_NOOP("MainWindow", "New patient"), QT_TRANSLATE_NOOP("MainWindow", "Edit"),
    QT_TRANSLATE_NOOP("MainWindow", "New visit"), QT_TRANSLATE_NOOP("MainWindow", "Search name or chart number…"),
    QT_TRANSLATE_NOOP("MainWindow", "New point:"), QT_TRANSLATE_NOOP("MainWindow", "New zone:"),
    QT_TRANSLATE_NOOP("MainWindow", "Intensity"), QT_TRANSLATE_NOOP("MainWindow", "Depth"),
    QT_TRANSLATE_NOOP("MainWindow", "Brush"), QT_TRANSLATE_NOOP("MainWindow", "Active"),
    QT_TRANSLATE_NOOP("MainWindow", "Latent"), QT_TRANSLATE_NOOP("MainWindow", "Aching"),
    QT_TRANSLATE_NOOP("MainWindow", "Burning"), QT_TRANSLATE_NOOP("MainWindow", "Stabbing"),
    QT_TRANSLATE_NOOP("MainWindow", "Pins and needles"), QT_TRANSLATE_NOOP("MainWindow", "Numbness"),
    QT_TRANSLATE_NOOP("MainWindow", "Throbbing"), QT_TRANSLATE_NOOP("MainWindow", "Other"),
    QT_TRANSLATE_NOOP("MainWindow", "Superficial"), QT_TRANSLATE_NOOP("MainWindow", "Deep"),
    QT_TRANSLATE_NOOP("MainWindow", "Quality"), QT_TRANSLATE_NOOP("MainWindow", "Referred from"),
    QT_TRANSLATE_NOOP("MainWindow", "Notes"), QT_TRANSLATE_NOOP("MainWindow", "Status"),
    QT_TRANSLATE_NOOP("MainWindow", "Findings"), QT_TRANSLATE_NOOP("MainWindow", "Pressure pain"),
    QT_TRANSLATE_NOOP("MainWindow", "Needle"), QT_TRANSLATE_NOOP("MainWindow", "Twitches"),
    QT_TRANSLATE_NOOP("MainWindow", "Taut band"), QT_TRANSLATE_NOOP("MainWindow", "Spot tenderness"),
    QT_TRANSLATE_NOOP("MainWindow", "Pain recognition"), QT_TRANSLATE_NOOP("MainWindow", "Local twitch response"),
    QT_TRANSLATE_NOOP("MainWindow", "Referred pain reproduced"), QT_TRANSLATE_NOOP("MainWindow", "Needled"),
    QT_TRANSLATE_NOOP("MainWindow", "Confirm carried-forward mark"),
    QT_TRANSLATE_NOOP("MainWindow", "Select a trigger point or a zone to see and edit its findings.\n\n"
                                    "T places a trigger point, B paints a zone, P draws a zone polygon."),
)



def ui_text(text: str) -> str:
    """text in the interface language (context MainWindow); unchanged when it has no translation."""
    return QCoreApplication.translate(CONTEXT, text) if text else text


def _tip(text: str) -> str:
    """'Select / move (V)' and 'Precaution area (A): draw …': the words translated, the key kept."""
    match = _TIP_WITH_KEY.match(text)
    if match is None:
        return ui_text(text)
    rest = match["rest"]
    if rest.startswith(": "):
        rest = ": " + ui_text(rest[2:])
    return f"{ui_text(match['text'])} ({match['key']}){rest}"


def _words(text: str) -> str:
    """text translated with its surrounding spaces kept (' New point:'), or as it was."""
    core = text.strip()
    return text.replace(core, ui_text(core)) if core else text


def translate_words(root: QWidget) -> None:
    """The words of root's widgets (not root's own), as translate_window does for the window's
    (for a part made later, the lock screen)."""
    for widget in root.findChildren(QWidget):
        _translate_words(widget)


def _translate_words(widget: QWidget) -> None:
    """A label's, button's, combo box's items' or line edit's placeholder words, where they have a
    translation (what the user or the record typed has none and stays as it is)."""
    if isinstance(widget, QLabel):
        if widget.textFormat() != Qt.TextFormat.RichText and not widget.text().startswith("<"):
            widget.setText(_words(widget.text()))
    elif isinstance(widget, QAbstractButton) and not isinstance(widget, QToolButton):
        widget.setText(_words(widget.text()))
    elif isinstance(widget, QComboBox) and not widget.isEditable():
        for index in range(widget.count()):
            widget.setItemText(index, _words(widget.itemText(index)))
    elif isinstance(widget, QLineEdit) and widget.placeholderText():
        widget.setPlaceholderText(_words(widget.placeholderText()))


def _in_language_menu(action: QAction) -> bool:
    parent = action.parent()
    return parent is not None and parent.objectName() == "languageMenu"


def apply_language(window: QMainWindow) -> None:
    """View > Language (ui/language_menu.py), then every static word in the interface language."""
    from bodymap.ui.language_menu import add_language_menu
    add_language_menu(window)
    translate_window(window)


def translate_window(window: QMainWindow) -> None:
    """Every static word of the window in the interface language (see the module's docstring)."""
    from bodymap.domain.diagrams import available_views, view_label
    lang = i18n.current()
    views = {view_label(v): lang.name("views", v, view_label(v)) for v in available_views()}
    window.setWindowTitle(ui_text(window.windowTitle()))
    for action in window.findChildren(QAction):
        text = action.text()
        explicit_tip = action.toolTip() not in ("", text.replace("&", "").rstrip("…"))
        tip = action.toolTip()
        if action.menu() is not None:
            action.menu().setTitle(ui_text(action.menu().title()))
        elif text in views:
            action.setText(views[text])
        elif text and not isinstance(action.parent(), QDockWidget) and not _in_language_menu(action):
            action.setText(ui_text(text))
        if action.statusTip():
            action.setStatusTip(ui_text(action.statusTip()))
        if explicit_tip:
            action.setToolTip(_tip(tip))
    for tabs in window.findChildren(QTabWidget):
        for index in range(tabs.count()):
            if tabs.tabText(index) in views:
                tabs.setTabText(index, views[tabs.tabText(index)])
    translate_words(window)
    for dock in window.findChildren(QDockWidget):
        dock.setWindowTitle(ui_text(dock.windowTitle()))
    for bar in window.findChildren(QToolBar):
        bar.setWindowTitle(ui_text(bar.windowTitle()))
