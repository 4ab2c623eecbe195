"""Who is charting, as a clinician meets it: first admin, sign-in, idle lock, addenda, history."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QMessageBox

from bodymap import db
from bodymap.services import ChartService
from bodymap.services.accounts import AccountService
from bodymap.services.demo import region_point
from bodymap.ui.accounts.auth import FirstAdminDialog, SignInDialog
from tests.ui.conftest import click_scene, fill_dialog, press_tool_key


def _accounts(db_url):
    _engine, sessions = db.open_database(db_url)
    return AccountService(sessions), sessions


def test_first_run_creates_the_admin(qtbot, db_url):
    accounts, _ = _accounts(db_url)
    dialog = FirstAdminDialog(accounts)
    qtbot.addWidget(dialog)
    assert "carries the name of the clinician signed in" in dialog.why.text()   # why an account first
    dialog.full_name.setText("Dr. Ada Admin")
    dialog.username.setText("ada")
    dialog.password.setText("correct horse battery")
    dialog.repeat.setText("correct horse batterY")
    dialog.submit()
    assert "differ" in dialog.error.text() and not accounts.has_users()
    dialog.repeat.setText("correct horse battery")
    dialog.submit()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.user.is_admin
    assert accounts.has_users()


def test_sign_in_with_the_password(qtbot, db_url):
    accounts, _ = _accounts(db_url)
    admin = accounts.create_first_admin("ada", "Dr. Ada Admin", "correct horse battery")
    accounts.create_user(admin, "bo", "Bo Clinician", "needles-and-pins")
    dialog = SignInDialog(accounts)
    qtbot.addWidget(dialog)
    form = dialog.form
    # by full name
    assert [form.who.itemText(i) for i in range(form.who.count())] == ["Bo Clinician (bo)", "Dr. Ada Admin (ada)"]
    form.who.setCurrentIndex(form.who.findData("bo"))
    qtbot.keyClicks(form.password, "wrong password")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert form.error.isVisibleTo(form) and dialog.user is None and form.password.text() == ""
    qtbot.keyClicks(form.password, "needles-and-pins")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert dialog.user is not None and dialog.user.username == "bo"


def _signed_in_window(qtbot, db_url):
    from bodymap.ui.main_window import MainWindow
    accounts, sessions = _accounts(db_url)
    admin = accounts.create_first_admin("ada", "Dr. Ada Admin", "correct horse battery")
    accounts.create_user(admin, "bo", "Bo Clinician", "needles-and-pins")
    window = MainWindow(ChartService(sessions), database_label="test", user=admin, accounts=accounts)
    qtbot.addWidget(window)
    window.resize(1400, 900)
    window.show()
    qtbot.waitExposed(window)
    return window, admin


def _patient_and_visit(qtbot, window):
    def patient(d):
        d.chart_number.setText("S-1")
        d.name.setText("Private Person")
        d.dob_unknown.setChecked(True)
        d.sex.setCurrentIndex(d.sex.findData("unknown"))
    fill_dialog(qtbot, window.new_patient, patient)
    fill_dialog(qtbot, window.new_visit, lambda d: d.complaint.setText("Low back"))
    assert window.document.chart is not None


def test_idle_lock_hides_patient_data_until_sign_in(qtbot, db_url):
    window, admin = _signed_in_window(qtbot, db_url)
    _patient_and_visit(qtbot, window)
    window.services.settings.set_lock_minutes(1)
    window.idle.set_minutes(0.002)              # ~0.1 s, as if the minutes had passed
    qtbot.waitUntil(lambda: window.locked, timeout=3000)
    assert window.pages.currentWidget() is window.locked_page and window.lock_screen.isVisible()
    assert all(not d.isVisible() for d in window.findChildren(QDockWidget))
    shot = window.grab().toImage()
    assert not window.banner.isVisible()
    assert shot.width() > 0
    form = window.lock_screen.form
    form.who.setCurrentIndex(form.who.findData("bo"))
    qtbot.keyClicks(form.password, "needles-and-pins")
    qtbot.keyClick(form.password, Qt.Key.Key_Return)
    assert not window.locked and window.banner.isVisible()
    assert window.user.username == "bo" and window.service.actor.display_name == "Bo Clinician"
    assert "Bo Clinician" in window.user_label.text()
    assert not window.menu_actions["accounts"].isEnabled()          # Bo is not an administrator
    window.workspace.show_view("posterior")
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, window.workspace.current_canvas(), *region_point("posterior", "buttock", "right"))
    history = window.services.history.for_visit(window.document.visit_id)
    assert history[-1].actor_name == "Bo Clinician" and history[0].actor_name == "Dr. Ada Admin"


def test_signed_visit_takes_addenda_and_shows_history(qtbot, db_url, monkeypatch):
    window, _admin = _signed_in_window(qtbot, db_url)
    _patient_and_visit(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.sign_visit()
    assert window.menu_actions["addendum"].isEnabled() and not window.menu_actions["edit_visit"].isEnabled()

    def write(d):
        d.text.setPlainText("Phoned next day: soreness gone.")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.accounts.admin import AddendumDialog, HistoryDialog

    def answer():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AddendumDialog):
            QTimer.singleShot(20, answer)
            return
        write(dialog)
        dialog.accept()
    QTimer.singleShot(0, answer)
    window.add_addendum()
    assert [a.text for a in window.document.chart.addenda] == ["Phoned next day: soreness gone."]
    dialog = HistoryDialog(window.services.history, window.document.visit_id)
    qtbot.addWidget(dialog)
    actions = [dialog.table.item(r, 2).text() for r in range(dialog.table.rowCount())]
    assert actions == ["Created", "Signed", "Addendum"]
    assert dialog.table.item(2, 4).text().startswith("text: Phoned next day")
    assert dialog.table.editTriggers() == dialog.table.EditTrigger.NoEditTriggers
