"""Composition root for the window: database, services, Qt application, main window."""
from __future__ import annotations

import logging
import os
import sys

from bodymap import __version__
from bodymap.startup import audit_chain_warning, network_share_warning

__all__ = ["audit_chain_warning", "network_share_warning", "run_gui"]

log = logging.getLogger("bodymap.app")


def _no_display() -> bool:
    return (sys.platform.startswith("linux") and not os.environ.get("DISPLAY")
            and not os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("QT_QPA_PLATFORM"))


def load_modules() -> None:
    """Import what the main window needs, in the order that starts fastest, for a window built
    without the start window (benchmarks/_startup_child.py, tests/ui/test_startup_imports.py);
    run_gui itself imports these on the start window's loader thread (startup.open_clinic).

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


def install_crash_handler() -> None:
    """An exception nobody caught (in a slot, say) is logged as a crash report without patient
    data (services.logfile.crash_report) and shown in a dialog; the window carries on."""
    previous = sys.excepthook

    def handle(exc_type, exc, tb):
        if issubclass(exc_type, KeyboardInterrupt):
            return previous(exc_type, exc, tb)
        from bodymap.services.logfile import current_log, log_crash
        report = log_crash(exc_type, exc, tb)
        try:
            from bodymap.ui.help import CrashDialog
            CrashDialog(report, current_log()).exec()
        except Exception:                 # no dialog possible: the report on stderr at least
            print(report, file=sys.stderr)
    sys.excepthook = handle


def run_gui(database: str | None = None) -> int:
    if _no_display():
        print("bodymap: no display found (DISPLAY is not set). Run it on a desktop session, or try "
              "`xvfb-run bodymap` for a virtual one; the command-line tools (bodymap --help) "
              "work without a display.", file=sys.stderr)
        return 1
    previous_hook = sys.excepthook
    try:
        return _run_window(database)
    finally:
        sys.excepthook = previous_hook
        if "bodymap.services.logfile" in sys.modules:   # started by the loader (startup.open_clinic)
            from bodymap.services.logfile import stop_log
            stop_log()


def _run_window(database: str | None) -> int:
    """The start window (sign-in) first; the database, services and the window's modules load
    behind it (startup.open_clinic on its loader thread); then the main window."""
    from functools import partial

    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from bodymap.startup import open_clinic
    from bodymap.ui.accounts.start import StartWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bodymap")
    app.setOrganizationName("bodymap")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("org.bodymap.bodymap")          # packaging/linux/*.desktop
    install_crash_handler()
    from bodymap.render import i18n
    i18n.install(app)                     # View > Language, else the system's (docs/TRANSLATIONS.md)
    from bodymap.ui.widgets.theme_menu import apply_saved_theme
    apply_saved_theme()                   # View > Theme, from the start window (sign-in) on
    start = StartWindow(QSettings("bodymap", "bodymap"))
    start.loaded.connect(partial(_clinic_opened, start))
    start.failed.connect(lambda text: print(f"bodymap: {text}", file=sys.stderr))
    built: list = []                 # the main window, built while the password is checked
    start.checking.connect(partial(_prebuild, start, built))
    start.show()
    start.begin_loading(partial(open_clinic, database))     # open_clinic(database, ready)
    signed_in = start.exec() and start.user is not None and start.clinic is not None
    start.wait_for_loader()          # the window's modules, imported while the clinician signed in
    if not signed_in:
        return 1 if start.failure else 0
    if not built:                    # the first administrator: no password was checked
        _prebuild(start, built)
    return _main_window(app, start.clinic, start.user, built[0])


def _prebuild(start, built: list) -> None:
    """While the password is checked (on its own thread): the main window, hidden, with no patient
    and acting for nobody. A wrong password leaves it hidden, for the next try."""
    if built:
        return
    start.wait_for_loader()          # its modules, imported on the loader thread
    built.append(_build_window(start.clinic))


def _clinic_opened(start, clinic) -> None:
    """On the GUI thread once the database is open: the icon, then what whoever starts bodymap is
    told at once (before signing in)."""
    from importlib import resources

    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication, QMessageBox

    QApplication.setWindowIcon(QIcon(str(resources.files("bodymap.assets") / "icons" / "bodymap-256.png")))
    from bodymap.render import i18n
    if clinic.share_warning:
        QMessageBox.warning(start, i18n.translate("Records", "bodymap — database on a network share"),
                            i18n.message(clinic.share_warning))
    if clinic.chain_warning:
        QMessageBox.warning(start, "bodymap — audit trail", i18n.message(clinic.chain_warning))


def _build_window(clinic):
    from PySide6.QtCore import QSettings

    from bodymap.errors import BackupError
    from bodymap.migrations import backup
    from bodymap.render.fonts import register_fonts
    from bodymap.services import ChartService
    from bodymap.services.bundle import Services
    from bodymap.ui.main_window import MainWindow
    from bodymap.ui.opening import prepare
    register_fonts()                      # printouts and diagrams use the shipped font, never the system's
    services = Services(ChartService(clinic.sessions), clinic.accounts)
    window = MainWindow(services, database_label=clinic.label, settings=QSettings("bodymap", "bodymap"),
                        prebuilt=True)
    prepare(window)
    try:
        sqlite_file = backup.sqlite_path(clinic.url)
    except BackupError:                  # an in-memory database: no folder
        sqlite_file = None
    window.help.data_folder = sqlite_file.expanduser().resolve().parent if sqlite_file else None
    window.backups.attach(clinic.url, release=clinic.engine.dispose)  # a restore closes the connections first
    return window


def _main_window(app, clinic, user, window) -> int:
    """The pre-built window for the clinician whose password was verified: patients, then shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from bodymap.ui.opening import open_for
    open_for(window, user)
    window.show()
    timer = QTimer(window, interval=3_600_000)
    timer.timeout.connect(window.backups.daily)   # a backup when the newest is a day old, and its copy
    timer.start()
    if clinic.backup_warning:
        QMessageBox.warning(window, "bodymap — backup", clinic.backup_warning)
    return app.exec()
