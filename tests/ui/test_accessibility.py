"""Every control of the main window and of every dialog has a name a screen reader can say, the
window's Tab order runs patient list → visit → canvas → docks, and the check fails on a nameless
control (ui/accessibility.py, docs/ACCESSIBILITY.md)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QPushButton, QVBoxLayout, QWidget

from bodymap.services.demo import region_point
from bodymap.ui.accessibility import exposed_name, unnamed_controls
from tests.accounts import act_as_clinician
from tests.ui.flows import new_patient, new_visit


def _names(root) -> str:
    return "\n".join(f"{type(w).__name__} {w.objectName()!r} in {type(w.parentWidget()).__name__}"
                     for w in unnamed_controls(root))


def test_the_check_fails_on_a_nameless_control(qtbot):
    """A button with no text, tooltip or accessible name is what the check exists to catch."""
    root = QWidget()
    qtbot.addWidget(root)
    column = QVBoxLayout(root)
    named, nameless = QPushButton("Save"), QPushButton()
    column.addWidget(named)
    column.addWidget(nameless)
    assert unnamed_controls(root) == [nameless]
    nameless.setAccessibleName("Delete the zone")
    assert unnamed_controls(root) == []
    assert exposed_name(nameless) == "Delete the zone"
    # the name is what Qt's accessibility tree says, not just the Python property
    iface = QAccessible.queryAccessibleInterface(named)
    assert iface is not None and iface.text(QAccessible.Text.Name) == "Save" == exposed_name(named)


@pytest.fixture
def charted(qtbot, open_window):
    window = open_window()
    act_as_clinician(window.service)
    new_patient(qtbot, window)
    new_visit(qtbot, window)
    window.workspace.show_view("posterior")
    tp = window.document.add_trigger_point("posterior", *region_point("posterior", "upper_trapezius_ridge", "right"))
    window.workspace.select_mark("tp", tp.id)
    return window


def test_every_control_of_the_main_window_has_a_name(qtbot, charted):
    window = charted
    assert _names(window) == ""
    canvas = window.workspace.current_canvas()
    assert exposed_name(canvas) == "Body diagram, Posterior (back)"
    iface = QAccessible.queryAccessibleInterface(canvas)
    assert iface.text(QAccessible.Text.Description)


def _tab_cycle(window, start, limit=300):
    """The widgets Tab visits from start until it comes back to start."""
    seen = []
    start.setFocus()
    QApplication.processEvents()
    for _ in range(limit):
        widget = QApplication.focusWidget()
        if seen and widget is start:
            return seen
        seen.append(widget)
        QTest.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never came back: {[(type(w).__name__, exposed_name(w)) for w in seen[:80]]}")


def test_tab_runs_patients_then_visit_then_canvas_then_docks(qtbot, charted):
    window = charted
    canvas = window.workspace.current_canvas()
    canvas.chart_scene.clearSelection()
    chain = _tab_cycle(window, window.patients.search)
    right = [window.docks[d] for d in ("inspectorDock", "suggestionsDock", "safetyDock", "legendDock")]
    in_right = [i for i, w in enumerate(chain) if any(d.isAncestorOf(w) for d in right)]
    in_reference = [i for i, w in enumerate(chain) if window.docks["referenceDock"].isAncestorOf(w)]
    assert in_right and in_reference
    order = [window.patients.search, window.patients.patients, window.patients.visits,
             window.workspace.tp_status, window.workspace.tabs.tabBar(), canvas]
    positions = [chain.index(w) for w in order] + [min(in_right), max(in_right), min(in_reference)]
    assert positions == sorted(positions), [(type(w).__name__, exposed_name(w)) for w in chain]
    # the canvas's one trigger point is a Tab stop of its own on the way (it is selected)
    assert chain.count(canvas) == 2
    assert all(exposed_name(w) for w in chain)            # every stop says what it is
    # the safety screen's answer boxes say their question, not only "Unknown"
    table = window.safety.panel.screen_table
    answers = [w for w in chain if table.isAncestorOf(w) and w is not table]
    assert answers and all(":" in exposed_name(w) for w in answers)


# ---------------------------------------------------------------------------- dialogs
@pytest.fixture
def caught(monkeypatch):
    """Dialogs the window opens, recorded and closed at once (shown first, so they are built and
    laid out as the clinician sees them)."""
    seen: list[QDialog] = []

    def fake_exec(dialog):
        dialog.show()
        QApplication.processEvents()
        seen.append(dialog)
        problems[dialog] = _names(dialog)
        dialog.hide()
        return 0
    problems: dict = {}
    from PySide6.QtPrintSupport import QPageSetupDialog, QPrintDialog, QPrintPreviewDialog
    for cls in (QDialog, QMessageBox, QFileDialog, QPageSetupDialog, QPrintDialog, QPrintPreviewDialog):
        monkeypatch.setattr(cls, "exec", fake_exec)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    for name in ("question", "warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(lambda *a, **k: QMessageBox.StandardButton.Cancel))
    return seen, problems


def _open_every_dialog(window):
    w = window
    w.edit_patient()
    w.new_patient()
    w.new_visit()
    w.edit_visit()
    w.sign_visit()
    w.show_history()
    w.exports.export_visit()
    w.exports.batch_export()
    w.exports.edit_clinic()
    w.exports.page_setup()
    w.help.about()
    w.help.shortcuts()
    w.safety.record_consent()
    w.safety.edit_after_care()
    w.safety.edit_event(None)
    tp = w.document.trigger_points()[0]
    w.safety.ask_thorax(tp.id, force=True)
    w.open_compare()
    w.open_trends()
    w.open_heatmap()
    w.use_diagram()
    w.import_diagram()
    w.backups.restore()


def test_every_dialog_names_every_control(qtbot, charted, caught):
    seen, problems = caught
    _open_every_dialog(charted)
    for widget in QApplication.topLevelWidgets():     # the non-modal ones (progress charts)
        if isinstance(widget, QDialog) and widget.isVisible() and widget not in problems:
            seen.append(widget)
            problems[widget] = _names(widget)
    kinds = {type(d).__name__ for d in seen}
    print(sorted(kinds))
    bad = {type(d).__name__: text for d, text in problems.items() if text}
    assert bad == {}, "\n".join(f"{k}: {v}" for k, v in bad.items())


def test_the_dialogs_made_elsewhere_name_every_control(qtbot, charted, caught):
    """The dialogs that need a state the window above is not in (a signed visit, accounts, sign-in,
    a sign-off with problems, the lock screen) are made as their callers make them."""
    from bodymap.domain.signoff import Blocker, SignOffProblem
    from bodymap.services.accounts import AccountService
    from bodymap.ui.accounts.admin import AccountsDialog, AddendumDialog, NewAccountDialog
    from bodymap.ui.accounts.auth import FirstAdminDialog, LockScreen, SignInDialog
    from bodymap.ui.panels.signoff import SignOffDialog
    from bodymap.ui.safety.consent import WithdrawConsentDialog
    from bodymap.ui.safety.dialogs import PrecautionDialog
    window = charted
    accounts = AccountService.for_service(window.service)
    admin = next(u for u in accounts.list_users() if u.is_admin)
    problems = [SignOffProblem(Blocker.CLINICIAN, "Choose the treating clinician."),
                SignOffProblem(Blocker.CARRIED, "Confirm the carried-forward point.", 1)]
    made = [SignOffDialog(problems, window), AddendumDialog(window), NewAccountDialog(window),
            AccountsDialog(accounts, window.services.settings, admin, window), FirstAdminDialog(accounts, window),
            SignInDialog(accounts, window), WithdrawConsentDialog(window), PrecautionDialog(window)]
    window.exports.print_visit()                       # the print preview and its copy choice
    seen, problems_found = caught
    for dialog in made:
        dialog.exec()
    lock = LockScreen(accounts)
    qtbot.addWidget(lock)
    lock.show()
    from bodymap.ui.accounts.start import StartWindow
    start = StartWindow(None)                          # the sign-in shown at start-up
    qtbot.addWidget(start)
    start.show()
    assert "QPrintPreviewDialog" in {type(d).__name__ for d in seen}
    bad = {type(d).__name__: text for d, text in problems_found.items() if text}
    bad["LockScreen"] = _names(lock)
    bad["StartWindow"] = _names(start)
    assert {k: v for k, v in bad.items() if v} == {}, "\n".join(f"{k}: {v}" for k, v in bad.items() if v)
