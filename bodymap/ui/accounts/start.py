"""The first window: the sign-in form (or the first administrator's) painted at once, while the
clinic database opens behind it on a loader thread.

The clinician can choose and type while it loads; Sign in pressed before the database is open
waits for it ("Opening the clinic database…") and then goes on. A database that cannot be opened
shows its one-line message here, keeps what was typed and offers to try again. Imports no
database code: bodymap/startup.py does the loading, app.py wires the two."""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from bodymap.errors import AccessDenied, BodymapError
from bodymap.render import i18n
from bodymap.ui.accounts.auth import FirstAdminForm, SignInForm
from bodymap.ui.widgets import theme

log = logging.getLogger("bodymap.ui.start")
# in the English source; shown through StartWindow.tr
OPENING = QT_TRANSLATE_NOOP("StartWindow", "Opening the clinic database…")
CHECKING = QT_TRANSLATE_NOOP("StartWindow", "Checking the password…")
LAST_USER, LAST_LABEL = "signin/last_user", "signin/last_label"


class LoadFailure:
    """What a load that did not work hands back: the one-line message for the clinician."""

    def __init__(self, message: str):
        self.message = message


class _CheckedSignIn(SignInForm):
    """The sign-in form whose password check the start window runs off the GUI thread."""

    submitted = Signal(str, str)       # user name, password

    def submit(self) -> None:
        if self.accounts is not None:      # before the database is open the start window waits
            self.submitted.emit(self.who.currentData() or "", self.password.text())


class StartWindow(QDialog):
    """Sign in (or create the first administrator) while `job` opens the clinic on a thread.

    `job()` returns an object with `.accounts` (an AccountService) or raises BodymapError. After
    accept(): `user` is who signed in and `clinic` what the job returned.

    The password check (argon2, ~0.2-0.5 s; argon2-cffi lets go of the GIL while it hashes) runs on
    its own thread: `checking` is emitted on the GUI thread as it begins, so that the main window
    can be built meanwhile, hidden and without any patient (app.py)."""

    _finished = Signal(object)     # emitted on the loader thread; delivered on the GUI thread
    _checked = Signal(object)      # emitted on the password-check thread: the user, or AccessDenied
    checking = Signal()            # a password check has begun
    loaded = Signal(object)        # the clinic, before the forms use it (warnings go here)
    failed = Signal(str)

    def __init__(self, settings: QSettings | None = None, parent=None):
        super().__init__(parent)
        self.settings = settings
        self.user = None
        self.clinic = None
        self.failure: str | None = None
        self._job: Callable[[Callable[[object], None]], object] | None = None
        self._thread: threading.Thread | None = None
        self._painted = False
        self._pending = False
        self._check: threading.Thread | None = None
        self._finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)
        self._checked.connect(self._on_checked, Qt.ConnectionType.QueuedConnection)
        self.setWindowTitle(self.tr("bodymap — sign in"))
        self.setMinimumWidth(460)

        self.form = _CheckedSignIn(None)
        self.form.submitted.connect(self._check_password)
        self.form.button.clicked.connect(self._sign_in_requested)
        self.form.password.returnPressed.connect(self._sign_in_requested)
        last_user, last_label = self._remembered()
        if last_user:                  # who signed in last on this computer, before the list loads
            self.form.who.addItem(last_label or last_user, last_user)
        else:
            self.form.who.setPlaceholderText(self.tr("The clinicians appear once the database is open"))
        sign_in = QWidget()
        column = QVBoxLayout(sign_in)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(self.tr("<b>Who is charting?</b>")))
        column.addWidget(self.form)
        self.first = FirstAdminForm(None)
        self.first.created.connect(self._done)
        create = QPushButton(self.tr("Create account"))
        create.setDefault(True)
        create.clicked.connect(self.first.submit)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(create)
        first_page = QWidget()
        first_column = QVBoxLayout(first_page)
        first_column.setContentsMargins(0, 0, 0, 0)
        first_column.addWidget(self.first)
        first_column.addLayout(row)
        self.sign_in_page, self.first_page = sign_in, first_page
        first_page.hide()                # shown instead of sign-in when the clinic has no account yet

        self.status = QLabel(self.tr(OPENING))
        theme.style(self.status, "color: @muted;")
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        theme.style(self.problem, "color: @danger; font-weight: 600;")
        self.problem.hide()
        self.retry = QPushButton(self.tr("Try again"))
        self.retry.clicked.connect(self._try_again)
        self.retry.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(sign_in)
        layout.addWidget(first_page)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addWidget(self.retry, 0, Qt.AlignmentFlag.AlignRight)
        layout.addStretch(1)
        self.form.password.setFocus()

    # loading ---------------------------------------------------------------------
    def begin_loading(self, job: Callable[[Callable[[object], None]], object]) -> None:
        """Run `job` on the loader thread once this window has been painted (so the load does not
        slow the first paint; at the latest after 300 ms, e.g. when it is not shown).

        `job(ready)` opens the clinic: it calls ready(clinic) as soon as the accounts can be used
        and may go on loading (the main window's modules) while the clinician signs in; or it
        returns the clinic. BodymapError raised before ready() is the failure shown here."""
        self._job = job
        self.failure = None
        self.status.setText(self.tr(OPENING))
        self.status.show()
        if self._painted:
            self._start()
        else:
            QTimer.singleShot(300, self._start)

    def event(self, event) -> bool:
        result = super().event(event)
        if event.type() == QEvent.Type.Paint and not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._start)
        return result

    @property
    def loading(self) -> bool:
        """A load was asked for and has not finished (it may wait for the first paint to begin)."""
        return self._job is not None and self.clinic is None and self.failure is None

    def _start(self) -> None:
        if self._job is None or (self._thread is not None and self._thread.is_alive()) or \
                self.clinic is not None or self.failure is not None:
            return
        job = self._job
        self._thread = threading.Thread(target=self._run, args=(job,), name="bodymap-loader", daemon=True)
        self._thread.start()

    def _run(self, job) -> None:
        delivered: list[object] = []

        def ready(clinic: object) -> None:
            delivered.append(clinic)
            self._deliver(clinic)
        try:
            outcome = job(ready)
        except BodymapError as exc:
            outcome = LoadFailure(i18n.message(exc))
        except Exception as exc:          # startup.open_clinic logs these; a stand-in job may not
            log.error("the clinic database could not be opened: %s", exc.__class__.__name__)
            outcome = LoadFailure(QCoreApplication.translate(
                "StartWindow", "bodymap could not open the clinic database ({kind}).").format(
                kind=exc.__class__.__name__))
        if not delivered:
            self._deliver(outcome)

    def _deliver(self, outcome: object) -> None:
        try:
            self._finished.emit(outcome)
        except RuntimeError:              # the window was closed and deleted meanwhile
            pass

    def wait_for_loader(self, seconds: float = 60.0) -> None:
        """Let a load that is under way finish: before the main window is built from what it
        imports, and at exit (a migration or backup is not cut off)."""
        if self._thread is not None:
            self._thread.join(seconds)

    def _on_finished(self, outcome) -> None:
        if isinstance(outcome, LoadFailure):
            self._failed(outcome.message)
            return
        self.clinic = outcome
        self.status.hide()
        self.loaded.emit(outcome)            # warnings before anyone signs in
        accounts = outcome.accounts
        try:
            has_users = accounts.has_users()
        except BodymapError as exc:
            self.clinic = None
            self._failed(i18n.message(exc))
            return
        if not has_users:
            self.setWindowTitle(self.tr("bodymap — first start"))
            self.first.accounts = accounts
            self.sign_in_page.hide()
            self.first_page.show()
            self.adjustSize()
            self.first.full_name.setFocus()
            self._pending = False
            self._restore_button()
            return
        self.form.accounts = accounts
        chosen = self.form.who.currentData()
        self.form.fill(chosen or self._remembered()[0])
        self._restore_button()
        if self._pending:
            self._pending = False
            if chosen or self.form.who.count() == 1:
                self.form.submit()
            else:
                self.form.error.setText(self.tr("Choose your name, then sign in."))
                self.form.error.show()

    def _failed(self, message: str) -> None:
        self.failure = message
        self._pending = False
        self.status.hide()
        self.problem.setText(message)
        self.problem.show()
        self.retry.show()
        self.retry.setFocus()
        self.form.button.setText(self.tr("Sign in"))
        self.form.button.setEnabled(False)       # until the database opens: Try again
        self.adjustSize()
        self.failed.emit(message)

    def _try_again(self) -> None:
        self.form.button.setEnabled(True)
        self.problem.hide()
        self.retry.hide()
        if self._job is not None:
            self.begin_loading(self._job)

    # signing in -----------------------------------------------------------------
    def _sign_in_requested(self) -> None:
        if self.form.accounts is not None or self.failure is not None:
            return                                 # open: SignInForm.submit did it
        self._pending = True                       # the load finishes, then this goes on
        self.form.error.hide()
        self.form.button.setEnabled(False)
        self.form.button.setText(self.tr(OPENING))

    def _restore_button(self) -> None:
        self.form.button.setEnabled(True)
        self.form.button.setText(self.tr("Sign in"))

    @property
    def checking_password(self) -> bool:
        return self._check is not None and self._check.is_alive()

    def _check_password(self, username: str, password: str) -> None:
        if self.checking_password:
            return
        self.form.error.hide()
        for widget in (self.form.who, self.form.password, self.form.button):
            widget.setEnabled(False)
        self.form.button.setText(self.tr(CHECKING))
        self._check = threading.Thread(target=self._verify, args=(self.form.accounts, username, password),
                                       name="bodymap-signin", daemon=True)
        self._check.start()
        self.checking.emit()             # the main window is built meanwhile (app.py), hidden

    def _verify(self, accounts, username: str, password: str) -> None:
        try:
            outcome: object = accounts.authenticate(username, password)
        except BodymapError as exc:      # AccessDenied (wrong password, throttled) or the database
            outcome = AccessDenied(exc.args[0] if len(exc.args) == 1 else str(exc))   # its Message kept
        except Exception as exc:         # a bug: the clinician is told, the log has the kind only
            log.error("the password check failed: %s", exc.__class__.__name__)
            outcome = AccessDenied(QCoreApplication.translate(
                "StartWindow", "The password could not be checked ({kind}).").format(kind=exc.__class__.__name__))
        try:
            self._checked.emit(outcome)
        except RuntimeError:             # the window was closed and deleted meanwhile
            pass

    def _on_checked(self, outcome) -> None:
        check, self._check = self._check, None
        if check is not None:            # it ends right after its answer: never let it hold this
            check.join(5)                # window's last reference (a QDialog freed off the GUI thread)
        for widget in (self.form.who, self.form.password):
            widget.setEnabled(True)
        self._restore_button()
        if isinstance(outcome, AccessDenied):
            self.form.error.setText(i18n.message(outcome))
            self.form.error.show()
            self.form.password.setFocus()
            self.form.password.selectAll()     # kept: typing again replaces it
            return
        self.form.password.clear()
        self._done(outcome)

    def _done(self, user) -> None:
        self.user = user
        if self.settings is not None:
            self.settings.setValue(LAST_USER, user.username)
            self.settings.setValue(LAST_LABEL, f"{user.display_name} ({user.username})")
        self.accept()

    def _remembered(self) -> tuple[str | None, str | None]:
        if self.settings is None:
            return None, None
        user, label = self.settings.value(LAST_USER), self.settings.value(LAST_LABEL)
        return (str(user) if user else None), (str(label) if label else None)
