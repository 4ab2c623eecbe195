"""What opens behind the start window: the log, SQLAlchemy, the database (leftovers, the start-up
backup, migrate to head), the accounts, the start warnings, the window's modules and the diagrams.

`open_clinic` runs on the start window's loader thread (ui/accounts/start.py), so the sign-in form
is painted before any of this is imported. This module imports nothing heavy at its top: app.py
imports it before the first window exists."""
from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from bodymap.errors import QT_TRANSLATE_NOOP, Message

log = logging.getLogger("bodymap.startup")


@dataclass
class Clinic:
    """The opened clinic database and what the clinician is told before signing in."""
    url: str
    label: str                       # the URL without its password, for the status bar
    engine: Any
    sessions: Any
    accounts: Any                    # AccountService
    backup_warning: str | None = None
    share_warning: Message | None = None
    chain_warning: Message | None = None


def open_clinic(database: str | None, ready: Callable[[Clinic], None] | None = None) -> Clinic:
    """Open (and migrate) the database and everything the window needs. Once the accounts can be
    used, ready(clinic) is called (the sign-in goes on from there: its password check runs while
    this thread imports the main window's modules). Raises DatabaseError with the one-line message
    for the clinician; anything unexpected is logged as a crash report (no patient data) and
    raised as a DatabaseError naming the log."""
    from bodymap.services.logfile import start_log
    start_log()                      # the platform's log folder; None (no file) when unwritable
    from bodymap.errors import BodymapError, DatabaseError
    try:
        clinic = _open(database)
    except BodymapError:
        raise
    except Exception as exc:         # a bug, or trouble nobody foresaw: the log has the details
        import sys

        from bodymap.services.logfile import current_log, log_crash
        log_crash(*sys.exc_info())
        where = current_log()
        raise DatabaseError(f"bodymap could not open the clinic database ({exc.__class__.__name__})"
                            + (f"; the details are in {where}." if where else ".")) from exc
    if ready is not None:
        ready(clinic)
    try:
        preload_window()
    except Exception:                # the main window's own import will raise it where it is seen
        log.warning("preloading the window failed", exc_info=True)
    return clinic


def _open(database: str | None) -> Clinic:
    from bodymap import db
    from bodymap.errors import BackupError, CorruptDatabaseError, DatabaseError
    from bodymap.migrations import backup
    from bodymap.services.accounts import AccountService
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
    except CorruptDatabaseError as exc:
        raise DatabaseError(backup.corrupt_database_message(exc)) from exc
    accounts = AccountService(sessions)
    accounts.list_users()            # the first query maps the rows and warms the connection here
    return Clinic(url, db.mask_url(url), engine, sessions, accounts, backup_warning,
                  network_share_warning(url), audit_chain_warning(sessions))


def preload_window() -> None:
    """Import the main window's modules and read the diagrams it opens with, so that building it
    after sign-in costs only its widgets. No widget is made here (this runs off the GUI thread)."""
    import gc

    from bodymap.db import watch  # noqa: F401  (the window's watch on other workstations' changes)
    from bodymap.domain.diagrams import available_views, load_view
    from bodymap.render.diagram_item import diagram_paths
    from bodymap.services import audit_chain, bundle, changes, chart  # noqa: F401

    # the window and what its constructor imports on its own (features, lock screen; ~50-90 ms)
    from bodymap.ui import (  # noqa: F401
        accessibility,
        backups,
        clinic_watch,
        exports,
        help,
        language_menu,
        main_window,
        opening,
        reference,
        safety,
    )
    from bodymap.ui.accounts import auth, lock  # noqa: F401
    from bodymap.ui.canvas import touch  # noqa: F401
    from bodymap.ui.reference import browser, suggestions  # noqa: F401
    from bodymap.ui.widgets import icons, legend, reload_bar, theme_menu  # noqa: F401
    for view_id in available_views()[:2]:         # the front and back open first; the rest load on demand
        diagram_paths(load_view(view_id))         # and the painter paths of their first paint
    gc.freeze()      # what lives all session is kept out of the collector's full walks (~35 ms)


def audit_chain_warning(sessions) -> Message | None:
    """The warning for the clinician when the last rows of the audit trail do not verify (None when
    they do). The log line names the row id and the kind of problem only, never a patient."""
    from bodymap.errors import DatabaseError
    from bodymap.services.audit_chain import AuditChainService
    try:
        report = AuditChainService(sessions).check_tail()
    except DatabaseError as exc:
        log.warning("audit trail could not be checked: %s", exc.__class__.__name__)
        return None
    if report.problem is None:
        return None
    log.warning("audit trail does not verify at %s", report.problem.message())
    return QT_TRANSLATE_NOOP("Records", "The audit trail of this database does not verify at {where}.\n\n"
                             "The record of who changed what may have been altered outside bodymap. Charting "
                             "still works and every change is still recorded. Tell whoever looks after the "
                             "clinic's data: `bodymap audit --verify` checks the whole trail (see "
                             "docs/SECURITY.md).").format(where=report.problem.message())


def network_share_warning(url: str) -> Message | None:
    """The warning for a SQLite database on a network share (None when local, or not SQLite)."""
    from bodymap.db.locations import network_share
    from bodymap.errors import BackupError
    from bodymap.migrations.backup import sqlite_path
    try:
        path = sqlite_path(url)
    except BackupError:
        return None
    where = network_share(path) if path is not None else None
    if where is None:
        return None
    log.warning("the SQLite database is on a network file system")
    return QT_TRANSLATE_NOOP("Records", "The database {path} is on {where}.\n\n"
                             "SQLite databases are not safe on network shares: file locking there is unreliable, so "
                             "two workstations using the file can damage it, and even one can lose its last changes. "
                             "Keep the database on this computer's own disk (the default), or let several treatment "
                             "rooms share a PostgreSQL server (docs/INSTALL.md).").format(path=str(path), where=where)
