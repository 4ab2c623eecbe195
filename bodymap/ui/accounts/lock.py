"""The screen lock: while locked nothing of the patient shows and nothing can run.

Locking (idle time, Ctrl+L or Switch clinician):
- the window shows an empty page; docks and tool bars are hidden, the menu bar is disabled;
- every action of the window is disabled, so no shortcut reaches a command (undo included);
- every other open window (a dialog half filled in, a message, a print preview) is veiled: its
  contents and title are hidden while it stays open, so a dialog's own event loop is not ended;
- the sign-in form is a window of its own, modal over everything, so it takes the input even
  when a modal dialog was open when the lock came.

Unlocking restores all of it to the clinician who signs back in; when another clinician signs
in, the veiled dialogs are cancelled (what the first one typed is not handed to the second).
"""
from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMainWindow, QWidget

VEILED_TITLE = QT_TRANSLATE_NOOP("ScreenLock", "bodymap (locked)")     # shown in the interface language


@dataclass
class _Veiled:
    window: QWidget
    title: str
    children: list[QWidget] = field(default_factory=list)


class ScreenLock:
    def __init__(self, window: QMainWindow, lock_screen: QWidget, locked_page: QWidget):
        self.window = window
        self.lock_screen = lock_screen
        self.locked_page = locked_page
        lock_screen.setParent(window, Qt.WindowType.Window)
        lock_screen.setWindowModality(Qt.WindowModality.ApplicationModal)
        lock_screen.setWindowTitle(QCoreApplication.translate("ScreenLock", "bodymap is locked"))
        self._actions: list[QAction] = []
        self._veiled: list[_Veiled] = []
        self._page: QWidget | None = None
        self.active = False

    def lock(self) -> None:
        if self.active:
            return
        self.active = True
        self._actions = [a for a in self.window.findChildren(QAction) if a.isEnabled()]
        for action in self._actions:
            action.setEnabled(False)
        self._veiled = [self._veil(w) for w in QApplication.topLevelWidgets()
                        if w.isVisible() and w is not self.window and w is not self.lock_screen]
        pages = self.window.centralWidget()
        self._page = pages.currentWidget()
        pages.setCurrentWidget(self.locked_page)
        self.lock_screen.setGeometry(self.window.geometry())
        self.lock_screen.show()
        self.lock_screen.raise_()
        self.lock_screen.activateWindow()

    def unlock(self, same_clinician: bool) -> None:
        if not self.active:
            return
        self.lock_screen.hide()
        self.window.centralWidget().setCurrentWidget(self._page)
        for action in self._actions:
            action.setEnabled(True)
        self._actions = []
        veiled, self._veiled = self._veiled, []
        for item in veiled:
            if same_clinician:
                self._unveil(item)
            elif isinstance(item.window, QDialog):
                item.window.reject()
            else:
                item.window.close()
        self.active = False

    @staticmethod
    def _veil(window: QWidget) -> _Veiled:
        item = _Veiled(window, window.windowTitle())
        for child in window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly):
            if child.isVisible():
                child.hide()
                item.children.append(child)
        window.setWindowTitle(QCoreApplication.translate("ScreenLock", VEILED_TITLE))
        return item

    @staticmethod
    def _unveil(item: _Veiled) -> None:
        item.window.setWindowTitle(item.title)
        for child in item.children:
            child.show()
