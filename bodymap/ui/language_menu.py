"""View > Language: the interface language, kept in QSettings for the next start.

"System language" follows LANGUAGE / LANG (render/i18n.system_language); a choice applies when
bodymap starts again, which the menu and its message say.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from bodymap.render import i18n


def _tr(text: str) -> str:
    return QCoreApplication.translate("Language", text)


def add_language_menu(window: QMainWindow) -> QMenu | None:
    """Adds the Language submenu at the end of the window's View menu; returns it."""
    view = next((a.menu() for a in window.menuBar().actions()
                 if a.menu() is not None and a.menu().title() == "&View"), None)
    if view is None:
        return None
    view.addSeparator()
    menu = view.addMenu(QCoreApplication.translate("Language", "Language (after restart)"))
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    chosen = i18n.chosen_language_setting()
    choices = [("", QCoreApplication.translate("Language", "System language"))]
    choices += list(i18n.LANGUAGES.items())
    for code, name in choices:
        action = QAction(name, menu, checkable=True)
        action.setData(code)
        action.setChecked(code == chosen)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose(window, action.data()))
    return menu


def _choose(window: QMainWindow, code: str) -> None:
    i18n.set_chosen_language(code)
    name = i18n.LANGUAGES.get(code) or _tr("System language")
    QMessageBox.information(window, "bodymap", QCoreApplication.translate(
        "Language", "bodymap will use {language} the next time it starts.").format(language=name))
