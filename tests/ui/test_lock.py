"""Nothing gets past the lock: no shortcut runs while locked, and a dialog open when the lock came
shows nothing and goes back only to the clinician who signs in again (driving the real window)."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from sqlalchemy import func, select

from bodymap import db
from bodymap.services.demo import region_point
from bodymap.ui.accounts.lock import VEILED_TITLE
from bodymap.ui.panels.dialogs import PatientDialog
from tests.ui.conftest import click_scene, press_tool_key
from tests.ui.test_security_ui import _patient_and_visit, _signed_in_window

TABLES = (db.Patient, db.Visit, db.TriggerPoint, db.PainZone, db.AuditEntry, db.Setting)


def _counts(window) -> dict[str, int]:
    with window.service.sessions() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m)) for m in TABLES}


def _sign_in(qtbot, window, username: str, password: str) -> None:
    form = window.lock_screen.form
    form.who.setCurrentIndex(form.who.findData(username))
    qtbot.keyClicks(form.password, password)
    qtbot.keyClick(form.password, Qt.Key.Key_Return)


def _close_any_dialog(seen: list) -> None:
    """Safety net: a dialog that a shortcut opened (it must not) is recorded and closed."""
    dialog = QApplication.activeModalWidget()
    if isinstance(dialog, QDialog) and dialog is not None:
        seen.append(type(dialog).__name__)
        dialog.reject()


def test_every_shortcut_is_dead_while_locked(qtbot, db_url):
    window, _admin = _signed_in_window(qtbot, db_url)
    _patient_and_visit(qtbot, window)
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, *region_point("posterior", "buttock", "right"))
    tp = window.document.trigger_points()[0]
    window.workspace.select_mark("tp", tp.id)                    # Delete would remove it
    before = _counts(window)
    window.lock()
    assert window.locked
    shortcuts = {seq.toString() for action in window.findChildren(QAction) for seq in action.shortcuts()
                 if not seq.isEmpty()}
    assert {"Ctrl+Z", "Ctrl+N", "Ctrl+P", "Del", "Ctrl+Shift+N", "Ctrl+E"} <= shortcuts
    opened: list = []
    guard = QTimer(interval=50)
    guard.timeout.connect(lambda: _close_any_dialog(opened))
    guard.start()
    try:
        for text in sorted(shortcuts):
            for target in (window, canvas, window.lock_screen):
                qtbot.keySequence(target, text)
        QApplication.processEvents()
    finally:
        guard.stop()
    assert opened == []
    assert all(not a.isEnabled() for a in window.findChildren(QAction))
    assert _counts(window) == before
    assert window.document.undo_stack.count() == 1               # the placement, still not undone
    _sign_in(qtbot, window, "ada", "correct horse battery")
    assert not window.locked and window.menu_actions["undo"].isEnabled()


def _dialog_open_when_the_lock_comes(qtbot, window, then):
    """Opens New patient, types a name, locks the window, then runs then(dialog)."""
    result = {}

    def step():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PatientDialog):
            QTimer.singleShot(20, step)
            return
        dialog.chart_number.setText("L-7")
        dialog.name.setText("Typed Before Lock")
        dialog.dob_unknown.setChecked(True)
        dialog.sex.setCurrentIndex(dialog.sex.findData("unknown"))
        window.lock()
        result["veiled"] = (dialog.windowTitle(),
                            [w for w in dialog.findChildren(QWidget) if w.isVisible()])
        then(dialog, result)
    QTimer.singleShot(0, step)
    window.new_patient()
    return result


def test_a_dialog_open_at_lock_is_hidden_and_returned_to_the_same_clinician(qtbot, db_url):
    window, _admin = _signed_in_window(qtbot, db_url)

    def then(dialog, result):
        _sign_in(qtbot, window, "ada", "correct horse battery")
        result["after"] = dialog.name.text(), dialog.name.isVisible()
        dialog.buttons.accepted.emit()
    result = _dialog_open_when_the_lock_comes(qtbot, window, then)
    assert result["veiled"] == (VEILED_TITLE, [])           # nothing of the form shows while locked
    assert result["after"] == ("Typed Before Lock", True)
    assert [p.name for p in window.service.search_patients("")] == ["Typed Before Lock"]


def test_another_clinician_does_not_get_the_dialog(qtbot, db_url):
    window, _admin = _signed_in_window(qtbot, db_url)

    def then(dialog, result):
        _sign_in(qtbot, window, "bo", "needles-and-pins")
        result["visible_after"] = dialog.isVisible()
    result = _dialog_open_when_the_lock_comes(qtbot, window, then)
    assert result["visible_after"] is False
    assert window.service.search_patients("") == []
    assert window.user.username == "bo"


def test_the_lock_screen_is_made_on_the_first_lock_with_its_controls_named(qtbot, db_url):
    """Signing in does not build the lock screen; the first lock does, and a screen reader hears
    every control of it, as when it was built with the window."""
    from bodymap.ui.accessibility import unnamed_controls
    window, _admin = _signed_in_window(qtbot, db_url)
    assert window.lock_screen is None
    window.lock()
    assert window.locked and window.lock_screen is not None and window.lock_screen.isVisible()
    assert window.pages.currentWidget() is window.locked_page
    assert unnamed_controls(window.lock_screen) == []
    first = window.lock_screen
    _sign_in(qtbot, window, "ada", "correct horse battery")
    qtbot.waitUntil(lambda: not window.locked, timeout=5000)
    window.lock()
    assert window.lock_screen is first                               # made once
