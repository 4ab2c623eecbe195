"""The start window as a clinician meets it: painted before the clinic database is open, typing
while it opens, Sign in pressed too early waiting for it, a database that cannot be opened, and
the first start. The load is held back by a gate the test opens, on the window's loader thread."""
from __future__ import annotations

import threading
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt

from bodymap import db
from bodymap.errors import DatabaseError
from bodymap.services.accounts import AccountService
from bodymap.ui.accounts.start import CHECKING, LAST_LABEL, LAST_USER, OPENING, StartWindow

PASSWORD = "needles-and-pins"


class SlowLoad:
    """A load that opens a real clinic database once the test lets it (or fails with `error`)."""

    def __init__(self, url: str, error: Exception | None = None):
        self.url, self.error = url, error
        self.gate = threading.Event()
        self.finished = threading.Event()
        self.thread_name = None

    def __call__(self, ready):
        self.thread_name = threading.current_thread().name
        self.gate.wait(30)
        try:
            if self.error is not None:
                raise self.error
            _engine, sessions = db.open_database(self.url)
            return SimpleNamespace(accounts=AccountService(sessions))
        finally:
            self.finished.set()


@pytest.fixture
def clinic_url(db_url):
    _engine, sessions = db.open_database(db_url)
    accounts = AccountService(sessions)
    admin = accounts.create_first_admin("ada", "Dr. Ada Admin", "correct horse battery")
    accounts.create_user(admin, "bo", "Bo Clinician", PASSWORD)
    return db_url


def _window(qtbot, load, settings=None) -> StartWindow:
    window = StartWindow(settings)
    qtbot.addWidget(window)
    window.show()
    window.begin_loading(load)
    qtbot.waitExposed(window)
    return window


def test_the_window_shows_before_the_database_is_open(qtbot, clinic_url):
    load = SlowLoad(clinic_url)
    window = _window(qtbot, load)
    qtbot.waitUntil(lambda: load.thread_name is not None)       # the load has begun, off the GUI thread
    assert load.thread_name == "bodymap-loader" and threading.current_thread().name != load.thread_name
    assert window.isVisible() and window.loading and window.clinic is None
    assert window.status.isVisibleTo(window) and window.status.text() == OPENING
    assert window.form.password.isEnabled() and window.form.who.count() == 0      # nobody listed yet
    load.gate.set()
    qtbot.waitUntil(lambda: window.clinic is not None)
    assert not window.status.isVisibleTo(window) and not window.loading
    assert [window.form.who.itemText(i) for i in range(window.form.who.count())] == \
        ["Bo Clinician (bo)", "Dr. Ada Admin (ada)"]


def test_typing_while_it_loads_then_signing_in(qtbot, clinic_url):
    load = SlowLoad(clinic_url)
    window = _window(qtbot, load)
    qtbot.keyClicks(window.form.password, PASSWORD)              # typed while the database opens
    load.gate.set()
    qtbot.waitUntil(lambda: window.clinic is not None)
    assert window.form.password.text() == PASSWORD               # the load kept what was typed
    window.form.who.setCurrentIndex(window.form.who.findData("bo"))
    qtbot.mouseClick(window.form.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.user is not None)             # the check runs on its own thread
    assert window.user.username == "bo"
    assert window.result() == window.DialogCode.Accepted


def test_sign_in_pressed_while_loading_waits_then_goes_on(qtbot, clinic_url, own_settings):
    settings = QSettings("bodymap", "bodymap")
    settings.setValue(LAST_USER, "bo")                     # who signed in last on this computer
    settings.setValue(LAST_LABEL, "Bo Clinician (bo)")
    load = SlowLoad(clinic_url)
    window = _window(qtbot, load, settings)
    assert window.form.who.currentText() == "Bo Clinician (bo)"  # known before the database opens
    qtbot.keyClicks(window.form.password, PASSWORD)
    qtbot.keyClick(window.form.password, Qt.Key.Key_Return)
    assert window.user is None and window.loading
    assert window.form.button.text() == OPENING and not window.form.button.isEnabled()
    load.gate.set()
    qtbot.waitUntil(lambda: window.user is not None)
    assert window.user.username == "bo" and window.result() == window.DialogCode.Accepted
    assert settings.value(LAST_USER) == "bo"


def test_a_wrong_password_given_while_loading_is_refused_once_open(qtbot, clinic_url, own_settings):
    settings = QSettings("bodymap", "bodymap")
    settings.setValue(LAST_USER, "ada")
    load = SlowLoad(clinic_url)
    window = _window(qtbot, load, settings)
    qtbot.keyClicks(window.form.password, "not the password")
    qtbot.mouseClick(window.form.button, Qt.MouseButton.LeftButton)
    load.gate.set()
    qtbot.waitUntil(lambda: window.form.error.isVisibleTo(window))
    assert window.user is None and "Wrong" in window.form.error.text()
    assert window.form.button.isEnabled() and window.form.button.text() == "Sign in"
    assert window.form.who.currentData() == "ada"


def test_sign_in_pressed_before_anyone_was_chosen_asks_who(qtbot, clinic_url):
    load = SlowLoad(clinic_url)                 # no one remembered on this computer, two clinicians
    window = _window(qtbot, load)
    qtbot.keyClicks(window.form.password, PASSWORD)
    qtbot.mouseClick(window.form.button, Qt.MouseButton.LeftButton)
    load.gate.set()
    qtbot.waitUntil(lambda: window.form.error.isVisibleTo(window))
    assert window.user is None and window.form.error.text() == "Choose your name, then sign in."
    assert window.form.password.text() == PASSWORD        # nothing typed is lost
    window.form.who.setCurrentIndex(window.form.who.findData("bo"))
    qtbot.mouseClick(window.form.button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.user is not None)
    assert window.user.username == "bo"


def test_a_load_failure_shows_its_message_and_keeps_what_was_typed(qtbot, clinic_url):
    message = "The database server at clinic-db:5432 cannot be reached."
    load = SlowLoad(clinic_url, error=DatabaseError(message))
    window = _window(qtbot, load)
    qtbot.keyClicks(window.form.password, PASSWORD)
    qtbot.mouseClick(window.form.button, Qt.MouseButton.LeftButton)       # pressed too early
    failures: list[str] = []
    window.failed.connect(failures.append)
    load.gate.set()
    qtbot.waitUntil(lambda: window.failure is not None)
    assert window.problem.isVisibleTo(window) and window.problem.text() == message and failures == [message]
    assert "\n" not in window.problem.text()
    assert window.user is None and window.isVisible() and window.form.password.text() == PASSWORD
    assert not window.form.button.isEnabled() and window.retry.isVisibleTo(window)
    load.error = None                                      # the server is back: Try again
    qtbot.mouseClick(window.retry, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.clinic is not None)
    assert not window.problem.isVisibleTo(window) and window.form.button.isEnabled()
    window.form.who.setCurrentIndex(window.form.who.findData("bo"))
    qtbot.keyClick(window.form.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.user is not None)
    assert window.user.username == "bo"


def test_first_start_explains_the_administrator_account(qtbot, db_url):
    load = SlowLoad(db_url)                                 # a new database: no account yet
    window = _window(qtbot, load)
    assert window.sign_in_page.isVisibleTo(window) and not window.first_page.isVisibleTo(window)
    load.gate.set()
    qtbot.waitUntil(lambda: window.clinic is not None)
    assert window.first_page.isVisibleTo(window) and not window.sign_in_page.isVisibleTo(window)
    assert "carries the name of the clinician signed in" in window.first.why.text()
    assert window.windowTitle() == "bodymap — first start"
    qtbot.keyClicks(window.first.full_name, "Dr. Ada Admin")
    qtbot.keyClicks(window.first.username, "ada")
    qtbot.keyClicks(window.first.password, "correct horse battery")
    qtbot.keyClicks(window.first.repeat, "correct horse battery")
    window.first.submit()
    assert window.user is not None and window.user.is_admin and window.result() == window.DialogCode.Accepted
    assert window.clinic.accounts.has_users()


@pytest.fixture
def clinic_with_patient(clinic_url):
    from bodymap.domain.charting import PatientInput
    from bodymap.services import ChartService
    _engine, sessions = db.open_database(clinic_url)
    ChartService(sessions).create_patient(PatientInput(chart_number="NN-1", name="Nora Needle"))
    return clinic_url


def test_run_gui_builds_the_main_window_during_the_check_and_shows_it_only_after(
        qtbot, monkeypatch, clinic_with_patient, own_settings):
    """run_gui itself: while the password is checked the main window is built, hidden, with no
    patient and nobody signed in; a wrong password leaves it so (what was typed kept); the right
    one on the next try shows that same window with the patients."""
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bodymap import app
    from bodymap.ui.main_window import MainWindow
    gate = threading.Event()
    authenticate = AccountService.authenticate

    def held_check(self, username, password):       # the argon2 check, held until the test lets it go
        gate.wait(30)
        return authenticate(self, username, password)
    monkeypatch.setattr(AccountService, "authenticate", held_check)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: None)
    seen: dict = {}

    def windows() -> list:
        return [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)]

    def clinician(start):                           # StartWindow.exec: what the clinician does
        qtbot.waitUntil(lambda: start.clinic is not None and not start.loading, timeout=30_000)
        start.form.who.setCurrentIndex(start.form.who.findData("bo"))
        start.form.password.setText("not the password")
        start.form.button.click()
        assert start.checking_password and len(windows()) == 1    # built while the check runs
        built = windows()[0]
        seen["during"] = (built.isVisible(), built.patients.patients.model().rowCount(), built.user,
                          built.user_label.text(), hasattr(built, "clinic_watch"))
        gate.set()
        qtbot.waitUntil(lambda: start.form.error.isVisibleTo(start), timeout=30_000)
        seen["refused"] = (built.isVisible(), built.patients.patients.model().rowCount(),
                           start.form.error.text(), start.form.password.text())
        start.form.password.setText(PASSWORD)
        start.form.button.click()
        qtbot.waitUntil(lambda: start.user is not None, timeout=30_000)
        seen["built"] = built
        return start.result()

    def main_loop(_app):                            # QApplication.exec: the window as first shown
        window = windows()[0] if len(windows()) == 1 else None
        seen["shown"] = window is seen["built"] and (window.isVisible(), window.patients.patients.model().rowCount(),
                                                     window.user.username, window.user_label.text())
        qtbot.addWidget(window)
        return 0
    monkeypatch.setattr(StartWindow, "exec", clinician)
    monkeypatch.setattr(QApplication, "exec", main_loop)
    assert app.run_gui(clinic_with_patient) == 0
    assert seen["during"] == (False, 0, None, "", False)
    assert seen["refused"] == (False, 0, "Wrong user name or password.", "not the password")
    assert seen["shown"] == (True, 1, "bo", "Signed in: Bo Clinician")


def test_the_password_is_checked_off_the_gui_thread_with_the_form_held(qtbot, clinic_url, monkeypatch):
    """While the check runs: the form is held (nothing can be changed under it), `checking` has
    told the app, and the check is on its own thread; the right password then signs in."""
    gate = threading.Event()
    threads: list[str] = []
    authenticate = AccountService.authenticate

    def held_check(self, username, password):
        threads.append(threading.current_thread().name)
        gate.wait(30)
        return authenticate(self, username, password)
    monkeypatch.setattr(AccountService, "authenticate", held_check)
    load = SlowLoad(clinic_url)
    window = _window(qtbot, load)
    load.gate.set()
    qtbot.waitUntil(lambda: window.clinic is not None)
    began: list[bool] = []
    window.checking.connect(lambda: began.append(True))
    window.form.who.setCurrentIndex(window.form.who.findData("bo"))
    qtbot.keyClicks(window.form.password, PASSWORD)
    qtbot.keyClick(window.form.password, Qt.Key.Key_Return)
    assert began == [True] and window.checking_password and window.user is None
    assert window.form.button.text() == CHECKING
    assert not any(w.isEnabled() for w in (window.form.who, window.form.password, window.form.button))
    qtbot.mouseClick(window.form.button, Qt.MouseButton.LeftButton)     # a second press: one check only
    gate.set()
    qtbot.waitUntil(lambda: window.user is not None)
    assert threads == ["bodymap-signin"] and window.user.username == "bo"
    assert window.form.password.text() == ""                             # not kept once used
