"""Who is charting: the signed-in name, the idle lock and its unlock, and account management.
A mixin of MainWindow (ui/main_window.py); the lock itself is ui/accounts/lock.py."""
from __future__ import annotations

from PySide6.QtWidgets import QApplication, QDockWidget, QToolBar, QWidget

from bodymap.render.i18n import translate
from bodymap.ui.widgets import theme


class WindowLocking:
    # who is charting -------------------------------------------------------------
    def _show_user(self) -> None:
        name = self.user.display_name if self.user else ""
        self.user_label.setText(translate("MainWindow", "Signed in: {name}").format(name=name) if name else "")
        self.setWindowTitle(f"bodymap — {name}" if name else "bodymap — trigger-point charting")

    def _setup_locking(self) -> None:
        """The idle watch now; the lock screen itself is made when the window first locks."""
        from bodymap.ui.accounts.auth import IdleWatcher
        self.idle = IdleWatcher(QApplication.instance(), self.services.settings.lock_minutes(), self)
        self.idle.idle.connect(self.lock)

    def _make_lock_screen(self) -> None:
        """The sign-in card over the window and the empty page behind it; the window then names
        its controls and puts its words in the interface language, as it did its own
        (MainWindow._made_later)."""
        from bodymap.ui.accounts.auth import LockScreen
        from bodymap.ui.accounts.lock import ScreenLock
        self.lock_screen = LockScreen(self.accounts)
        self.lock_screen.form.signedIn.connect(self.unlock)
        self.locked_page = QWidget()
        self.locked_page.setObjectName("lockedPage")
        theme.style(self.locked_page, "#lockedPage { background: @locked_bg; }")
        self.pages.addWidget(self.locked_page)
        self._screen_lock = ScreenLock(self, self.lock_screen, self.locked_page)
        self._made_later(self.lock_screen)

    @property
    def locked(self) -> bool:
        return self._locked_state is not None

    def lock(self) -> None:
        """Hide every patient detail, and stop every action, until a clinician signs in again
        (ui/accounts/lock.py)."""
        if self.idle is None or self.locked:       # no accounts: nothing to lock
            return
        if self.lock_screen is None:
            self._make_lock_screen()
        for canvas in self.workspace.canvases.values():
            canvas.tool.cancel()
        self._locked_state = self.saveState()
        for widget in self.findChildren(QDockWidget) + self.findChildren(QToolBar):
            widget.hide()
        self.menuBar().setEnabled(False)
        self._screen_lock.lock()
        self.lock_screen.form.refresh(self.user.username if self.user else None)
        self.lock_screen.form.password.setFocus()
        self.idle.pause()

    def unlock(self, user) -> None:
        changed = self.user is None or user.id != self.user.id
        self.user = user
        self.service.actor = user
        self._screen_lock.unlock(same_clinician=not changed)
        self.menuBar().setEnabled(True)
        self.restoreState(self._locked_state)
        for widget in self.findChildren(QDockWidget) + self.findChildren(QToolBar):
            widget.show()
        self._locked_state = None
        self._update_actions()
        self._show_user()
        self.idle.set_minutes(self.services.settings.lock_minutes())
        if changed:
            self.operations.run(self.document.reload)
            self.statusBar().showMessage(f"{user.display_name} is now charting.", 5000)

    def manage_accounts(self) -> None:
        if self.user is None or not self.user.is_admin:
            return
        from bodymap.ui.accounts.admin import AccountsDialog
        AccountsDialog(self.accounts, self.services.settings, self.user, self).exec()
        self.idle.set_minutes(self.services.settings.lock_minutes())
