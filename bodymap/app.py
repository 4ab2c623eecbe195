"""Composition root for the window: database, services, Qt application, main window."""
from __future__ import annotations

import logging
import os
import sys

from bodymap import __version__, db
from bodymap.errors import BackupError, CorruptDatabaseError, DatabaseError

log = logging.getLogger("bodymap.app")


def _no_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def load_modules() -> None:
    """Import what the window needs, in the order that starts fastest (benchmarks/ uses this too).

    The non-Qt modules come first: once PySide6 is loaded it reads the source of every module
    imported after it (looking for its __feature__ switch), ~0.1 s at start-up. Then the
    objects that live for the whole session are frozen out of the garbage collector's sight, so
    the many small objects made while building the window do not trigger full collections that
    walk them all (~35 ms)."""
    import gc

    from PySide6 import QtWidgets  # noqa: F401

    from bodymap import services  # noqa: F401
    from bodymap.migrations import backup  # noqa: F401
    from bodymap.services import accounts, audit_chain  # noqa: F401
    from bodymap.ui import main_window  # noqa: F401
    from bodymap.ui.accounts import auth  # noqa: F401
    gc.freeze()


def audit_chain_warning(sessions) -> str | None:
    """The warning for the clinician when the last rows of the audit trail do not verify (None when
    they do). The log line names the row id and the kind of problem only, never a patient."""
    from bodymap.services.audit_chain import AuditChainService
    try:
        report = AuditChainService(sessions).check_tail()
    except DatabaseError as exc:
        log.warning("audit trail could not be checked: %s", exc.__class__.__name__)
        return None
    if report.problem is None:
        return None
    log.warning("audit trail does not verify at %s", report.problem.message())
    return (f"The audit trail of this database does not verify at {report.problem.message()}.\n\n"
            "The record of who changed what may have been altered outside bodymap. Charting still "
            "works and every change is still recorded. Tell whoever looks after the clinic's data: "
            "`bodymap audit --verify` checks the whole trail (see docs/SECURITY.md).")


def install_crash_handler() -> None:
    """An exception nobody caught (in a slot, say) is logged as a crash report without patient
    data (services.logfile.crash_report) and shown in a dialog; the window carries on."""
    from bodymap.services.logfile import current_log, log_crash
    previous = sys.excepthook

    def handle(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return previous(exc_type, exc, tb)
        report = log_crash(exc_type, exc, tb)
        try:
            from bodymap.ui.help import CrashDialog
            CrashDialog(report, current_log()).exec()
        except Exception:                 # no dialog possible: the report on stderr at least
            print(report, file=sys.stderr)
    sys.excepthook = handle


def network_share_warning(url: str) -> str | None:
    """The warning for a SQLite database on a network share (None when local, or not SQLite)."""
    from bodymap.db.locations import network_share
    from bodymap.migrations.backup import sqlite_path
    try:
        path = sqlite_path(url)
    except BackupError:
        return None
    where = network_share(path) if path is not None else None
    if where is None:
        return None
    log.warning("the SQLite database is on a network file system")
    return (f"The database {path} is on {where}.\n\n"
            "SQLite databases are not safe on network shares: file locking there is unreliable, so "
            "two workstations using the file can damage it, and even one can lose its last changes. "
            "Keep the database on this computer's own disk (the default), or let several treatment "
            "rooms share a PostgreSQL server (docs/INSTALL.md).")


def run_gui(database: str | None = None) -> int:
    if _no_display():
        print("bodymap: no display found (DISPLAY is not set). Run it on a desktop session, or try "
              "`xvfb-run bodymap` for a virtual one; the command-line tools (bodymap --help) "
              "work without a display.", file=sys.stderr)
        return 1
    from bodymap.services.logfile import start_log, stop_log
    start_log()                          # the platform's log folder; None (no file) when unwritable
    previous_hook = sys.excepthook
    try:
        return _run_window(database)
    finally:
        sys.excepthook = previous_hook
        stop_log()


def _run_window(database: str | None) -> int:
    load_modules()
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bodymap.migrations import backup
    from bodymap.services import ChartService
    from bodymap.services.accounts import AccountService
    from bodymap.services.bundle import Services

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bodymap")
    app.setOrganizationName("bodymap")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.bodymap.bodymap")          # packaging/linux/*.desktop
    from importlib import resources

    from PySide6.QtGui import QIcon
    app.setWindowIcon(QIcon(str(resources.files("bodymap.assets") / "icons" / "bodymap-256.png")))
    from bodymap.render.fonts import register_fonts
    register_fonts()                      # printouts and diagrams use the shipped font, never the system's
    from bodymap.render import i18n
    i18n.install(app)                     # View > Language, else the system's (docs/TRANSLATIONS.md)
    install_crash_handler()
    url = db.resolve_url(database)
    backup_warning = None
    try:
        try:
            backup.remove_leftovers(url)          # copies a killed backup or restore left behind
            # SQLite, before any migration; a damaged database (full check) is refused as at opening
            backup.startup_backup(url, keep=backup.configured_keep(url))
        except BackupError as exc:
            backup_warning = str(exc)
        engine, sessions = db.open_database(url)
    except DatabaseError as exc:            # CorruptDatabaseError from the backup's check included
        text = backup.corrupt_database_message(exc) if isinstance(exc, CorruptDatabaseError) else str(exc)
        print(f"bodymap: {text}", file=sys.stderr)
        QMessageBox.critical(None, "bodymap cannot open its database", text)
        return 1
    share_warning = network_share_warning(url)
    if share_warning:
        QMessageBox.warning(None, "bodymap — database on a network share", share_warning)
    chain_warning = audit_chain_warning(sessions)
    if chain_warning:                # before signing in: whoever starts bodymap is told at once
        QMessageBox.warning(None, "bodymap — audit trail", chain_warning)
    from bodymap.ui.accounts.auth import FirstAdminDialog, SignInDialog
    from bodymap.ui.main_window import MainWindow
    accounts = AccountService(sessions)
    dialog = SignInDialog(accounts) if accounts.has_users() else FirstAdminDialog(accounts)
    if not dialog.exec() or dialog.user is None:
        return 0
    services = Services(ChartService(sessions, actor=dialog.user), accounts)
    window = MainWindow(services, database_label=db.mask_url(url), settings=QSettings("bodymap", "bodymap"),
                        user=dialog.user)
    try:
        sqlite_file = backup.sqlite_path(url)
    except BackupError:                  # an in-memory database: no folder
        sqlite_file = None
    window.help.data_folder = sqlite_file.expanduser().resolve().parent if sqlite_file else None
    window.backups.attach(url, release=engine.dispose)      # a restore closes the connections first
    window.show()
    from PySide6.QtCore import QTimer

    timer = QTimer(window, interval=3_600_000)
    timer.timeout.connect(window.backups.daily)   # a backup when the newest is a day old, and its copy
    timer.start()
    if backup_warning:
        QMessageBox.warning(window, "bodymap — backup", backup_warning)
    return app.exec()
