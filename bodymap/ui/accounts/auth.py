"""Who is charting: the first administrator, signing in, and the lock screen.

Imports no database code (AccountService only for typing): the start window (start.py) shows
these forms while the clinic database is still being opened behind it."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.errors import AccessDenied, BodymapError
from bodymap.render import i18n
from bodymap.ui.widgets import theme

if TYPE_CHECKING:
    from bodymap.services.accounts import AccountService

DEFAULT_LOCK_MINUTES = 5


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class FirstAdminForm(QFrame):
    """First run: create the administrator account, and why in one line. Emits created(user)."""

    created = Signal(object)       # UserRecord

    def __init__(self, accounts: AccountService | None, parent=None):
        super().__init__(parent)
        self.accounts = accounts
        self.intro = QLabel(self.tr("<b>Welcome to bodymap.</b> Create the administrator account."))
        self.intro.setWordWrap(True)
        # why an account before anything else, in one line
        self.why = QLabel(self.tr("Every chart entry and signature carries the name of the clinician signed in, "
                                  "so the clinic starts with this one account; the administrator then adds the "
                                  "other clinicians and sets up the clinic."))
        self.why.setWordWrap(True)
        self.full_name = QLineEdit()
        self.full_name.setPlaceholderText(self.tr("e.g. Dr. Sam Rivera, PT"))
        self.username = QLineEdit()
        self.username.setPlaceholderText(self.tr("e.g. srivera"))
        self.password = _password_field()
        self.repeat = _password_field()
        self.error = QLabel()
        theme.style(self.error, "color: @danger; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat password"), self.repeat)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.intro)
        layout.addWidget(self.why)
        layout.addLayout(form)
        layout.addWidget(self.error)

    def submit(self) -> None:
        if self.password.text() != self.repeat.text():
            self.show_error(self.tr("The two passwords differ."))
            return
        if self.accounts is None:
            return
        try:
            user = self.accounts.create_first_admin(self.username.text(), self.full_name.text(),
                                                    self.password.text())
        except BodymapError as exc:
            self.show_error(i18n.message(exc))
            return
        self.error.hide()
        self.created.emit(user)

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()


class FirstAdminDialog(QDialog):
    """First run as a dialog of its own (the start window embeds FirstAdminForm instead)."""

    def __init__(self, accounts: AccountService, parent=None):
        super().__init__(parent)
        self.user = None
        self.setWindowTitle(self.tr("bodymap — first start"))
        self.setMinimumWidth(460)
        self.form = FirstAdminForm(accounts)
        self.form.created.connect(self._done)
        for name in ("why", "full_name", "username", "password", "repeat", "error"):
            setattr(self, name, getattr(self.form, name))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create account"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(buttons)

    def submit(self) -> None:
        self.form.submit()

    def _done(self, user) -> None:
        self.user = user
        self.accept()


class SignInForm(QFrame):
    """Choose who you are and give your password; used at start and on the lock screen."""

    signedIn = Signal(object)      # UserRecord

    def __init__(self, accounts: AccountService | None, parent=None):
        super().__init__(parent)
        self.accounts = accounts
        self.who = QComboBox()
        # the names (or the waiting text) never push the labels out of the window
        self.who.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.who.setMinimumContentsLength(24)
        self.password = _password_field()
        self.password.returnPressed.connect(self.submit)
        self.error = QLabel()
        theme.style(self.error, "color: @danger; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.button = QPushButton(self.tr("Sign in"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        form = QFormLayout(self)
        form.addRow(self.tr("Clinician"), self.who)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.error)
        form.addRow(self.button)
        self.refresh()

    def refresh(self, preferred: str | None = None) -> None:
        self.fill(preferred)
        self.password.clear()
        self.error.hide()

    def fill(self, preferred: str | None = None) -> None:
        """The active clinicians in the chooser (none before the database is open); keeps what is
        typed in the password field."""
        if self.accounts is None:
            return
        self.who.clear()
        for user in self.accounts.list_users():
            if user.active:
                self.who.addItem(f"{user.display_name} ({user.username})", user.username)
        if preferred:
            index = self.who.findData(preferred)
            if index >= 0:
                self.who.setCurrentIndex(index)
        if self.who.currentIndex() < 0 and self.who.count():     # past a placeholder text
            self.who.setCurrentIndex(0)

    def submit(self) -> None:
        if self.accounts is None:          # the start window waits for the database first
            return
        try:
            user = self.accounts.authenticate(self.who.currentData() or "", self.password.text())
        except AccessDenied as exc:
            self.error.setText(i18n.message(exc))
            self.error.show()
            self.password.clear()
            self.password.setFocus()
            return
        self.password.clear()
        self.error.hide()
        self.signedIn.emit(user)


class SignInDialog(QDialog):
    def __init__(self, accounts: AccountService, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("bodymap — sign in"))
        self.setMinimumWidth(420)
        self.user = None
        self.form = SignInForm(accounts)
        self.form.signedIn.connect(self._done)
        title = QLabel(self.tr("<b>Who is charting?</b>"))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.form)
        self.form.password.setFocus()

    def _done(self, user) -> None:
        self.user = user
        self.accept()


class LockScreen(QWidget):
    """Covers the window while locked: no patient data is visible until someone signs in."""

    def __init__(self, accounts: AccountService, parent=None):
        super().__init__(parent)
        self.setObjectName("lockScreen")
        theme.style(self, "#lockScreen { background: @locked_bg; } #lockCard { background: @card_bg; "
                           "border-radius: 8px; } #lockCard QLabel { color: @card_text; } #lockTitle { font-size: 16pt; font-weight: 700; }")
        card = QFrame()
        card.setObjectName("lockCard")
        card.setFixedWidth(440)
        self.title = QLabel(self.tr("bodymap is locked"))
        self.title.setObjectName("lockTitle")
        self.note = QLabel(self.tr("Patient data is hidden. Sign in to continue charting."))
        self.note.setWordWrap(True)
        self.form = SignInForm(accounts)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(24, 20, 24, 20)
        inner.addWidget(self.title)
        inner.addWidget(self.note)
        inner.addWidget(self.form)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)


class IdleWatcher(QObject):
    """Emits idle() after `minutes` without keyboard or mouse input anywhere in the application."""

    idle = Signal()
    INPUT = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}

    def __init__(self, app, minutes: float, parent=None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        app.installEventFilter(self)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))
        self._timer.start()

    def pause(self) -> None:
        self._timer.stop()

    def resume(self) -> None:
        self._timer.start()

    def eventFilter(self, obj, event) -> bool:
        if event.type() in self.INPUT and self._timer.isActive():
            self._timer.start()
        return False
