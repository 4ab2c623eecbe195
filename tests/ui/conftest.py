"""UI fixtures: a real MainWindow on a real SQLite database in a temporary folder."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bodymap import db
from bodymap.services import ChartService


@pytest.fixture(autouse=True)
def no_browser_or_file_manager(monkeypatch):
    """Help > User guide (F1) and the folder commands would start the system's browser or file
    manager: the tests record what would have been opened instead."""
    from PySide6.QtGui import QDesktopServices
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    return opened


@pytest.fixture(autouse=True)
def own_settings(tmp_path_factory):
    """QSettings (the folders the file dialogs remember) in a folder of the test's own, not the
    user's (and not in tmp_path, which tests list)."""
    folder = tmp_path_factory.mktemp("settings")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    return folder


@pytest.fixture
def db_url(tmp_path):
    return f"sqlite:///{tmp_path / 'chart.sqlite3'}"


@pytest.fixture
def open_window(qtbot, db_url):
    """Opens a window on db_url; call again to 'restart the app' on the same database."""
    engines = []

    def make():
        from bodymap.ui.main_window import MainWindow
        engine, sessions = db.open_database(db_url)
        engines.append(engine)
        window = MainWindow(ChartService(sessions), database_label="test")
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        window.windowHandle().requestActivate()   # keyboard shortcuts need the active window
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
        return window

    yield make
    for engine in engines:
        engine.dispose()


def fill_dialog(qtbot, trigger, fill, accept=True):
    """Runs trigger() (which opens a modal dialog), fills it with fill(dialog) and presses Save."""
    seen = {}

    def handle():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, handle)
            return
        seen["dialog"] = dialog
        fill(dialog)
        if accept:
            dialog.buttons.accepted.emit()
            if dialog.isVisible():           # refused: remember the message, then cancel
                seen["error"] = dialog.error.text()
                dialog.reject()
        else:
            dialog.reject()

    QTimer.singleShot(0, handle)
    trigger()
    owner = getattr(trigger, "__self__", None)
    if owner is not None and owner.windowHandle() is not None:   # focus returns to the window
        owner.windowHandle().requestActivate()
        QApplication.processEvents()
    return seen


def click_scene(qtbot, canvas, x: float, y: float, button=Qt.MouseButton.LeftButton):
    pos = canvas.mapFromScene(canvas.chart_scene.to_scene(x, y))
    qtbot.mouseClick(canvas.viewport(), button, pos=pos)
    return pos


def drag_scene(qtbot, canvas, points):
    """Press at the first normalised point, move through the others, release at the last."""
    to_view = [canvas.mapFromScene(canvas.chart_scene.to_scene(x, y)) for x, y in points]
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=to_view[0])
    for p in to_view[1:]:
        qtbot.mouseMove(canvas.viewport(), pos=p)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=to_view[-1])
    return to_view


def press_tool_key(qtbot, window, key: str = "T") -> None:
    """Choose a drawing tool as a clinician does, with its key on the canvas (V select, T trigger
    point, B brush, P polygon, E eraser, A precaution area): the window opens with Select, so a
    stray click never writes."""
    if not window.isActiveWindow():          # back from a dialog or the lock screen
        window.windowHandle().requestActivate()
        qtbot.waitUntil(window.isActiveWindow, timeout=3000)
    canvas = window.workspace.current_canvas()
    canvas.setFocus()
    qtbot.keyClick(canvas, key)
    chosen = window.workspace.tool_actions.checkedAction()
    assert chosen is not None and chosen.shortcut().toString() == key, f"{key} did not choose its tool"


@pytest.fixture
def interface_language(qapp, monkeypatch):
    """Installs the language LANGUAGE names, as start-up does; English again afterwards."""
    from bodymap.render import i18n

    def install(code: str) -> str:
        monkeypatch.setenv("LANGUAGE", code)
        return i18n.install(qapp)
    yield install
    i18n.install(qapp, "en")
