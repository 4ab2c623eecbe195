"""bodymap's log file: rotating, in the platform's log folder, readable by its owner only, and
crash reports that name no patient.

The window (app.run_gui) starts the log; the command line does not (its messages go to stderr).
What reaches the file is what bodymap's loggers already say, which names no patient
(tests/integrity/test_privacy.py), plus WARNING and worse from the libraries. A crash report
holds the version, the system, the exception's *type* and the stack (files, lines, functions)
but never the exception's message or any variable, since either may hold what was typed.
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import platform
import traceback
from pathlib import Path
from types import TracebackType

from bodymap import __version__
from bodymap.db.locations import log_folder, permissions_protect_files

LOG_NAME = "bodymap.log"
ENV_LOG_DIR = "BODYMAP_LOG_DIR"      # another folder for the log (the tests use one of their own)
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5                     # bodymap.log.1 .. .5: at most about 6 MB in all
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"
log = logging.getLogger("bodymap.log")


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A rotating file handler whose files are mode 0600 where modes mean anything."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed's private return type
        stream = super()._open()
        if permissions_protect_files():
            try:
                os.chmod(self.baseFilename, 0o600)
            except OSError:
                pass
        return stream


_handler: logging.Handler | None = None
_level_before: int | None = None       # the bodymap logger's level before start_log


def start_log(folder: Path | None = None, max_bytes: int = MAX_BYTES) -> Path | None:
    """Send bodymap's INFO lines and everyone's WARNING lines to <folder>/bodymap.log (folder:
    $BODYMAP_LOG_DIR, else the platform's log folder; once;
    again with another folder moves it). None, and nothing changed, when the folder cannot be
    made: the program runs on without a file."""
    global _handler
    if folder is None:
        folder = Path(os.environ[ENV_LOG_DIR]) if os.environ.get(ENV_LOG_DIR) else log_folder()
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if permissions_protect_files():
            os.chmod(folder, 0o700)
        handler = _PrivateRotatingFileHandler(folder / LOG_NAME, maxBytes=max_bytes, backupCount=BACKUP_COUNT,
                                              encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.setLevel(logging.INFO)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    _handler = handler
    bodymap_logger = logging.getLogger("bodymap")
    global _level_before
    if _level_before is None:
        _level_before = bodymap_logger.level
    if bodymap_logger.level == logging.NOTSET or bodymap_logger.level > logging.INFO:
        bodymap_logger.setLevel(logging.INFO)
    log.info("bodymap %s started (Python %s, %s %s)", __version__, platform.python_version(),
             platform.system(), platform.release())
    return folder / LOG_NAME


def stop_log() -> None:
    global _handler, _level_before
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None
    if _level_before is not None:
        logging.getLogger("bodymap").setLevel(_level_before)
        _level_before = None


def current_log() -> Path | None:
    return Path(_handler.baseFilename) if isinstance(_handler, logging.FileHandler) else None


def crash_report(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    """What went wrong, for the log and for whoever supports the clinic: no message, no values."""
    lines = [f"bodymap {__version__} crashed: {exc_type.__module__}.{exc_type.__qualname__}",
             f"system: {platform.system()} {platform.release()} ({platform.machine()}), "
             f"Python {platform.python_version()}", "stack (most recent call last):"]
    for frame in traceback.extract_tb(tb):
        path = Path(frame.filename)
        parts = path.parts
        where = "/".join(parts[parts.index("bodymap"):]) if "bodymap" in parts else path.name
        lines.append(f"  {where}:{frame.lineno} in {frame.name}")
    cause = (exc.__cause__ or exc.__context__) if exc is not None else None
    if cause is not None:
        lines.append(f"while handling: {type(cause).__module__}.{type(cause).__qualname__}")
    return "\n".join(lines)


def log_crash(exc_type: type[BaseException], exc: BaseException | None, tb: TracebackType | None) -> str:
    report = crash_report(exc_type, exc, tb)
    log.error("%s", report)
    return report


def data_folder_for(url: str | None) -> Path:
    """The folder of the SQLite database behind url (the default one when None), or bodymap's
    data folder for a server database."""
    from bodymap import db
    from bodymap.db.locations import data_folder
    resolved = db.resolve_url(url)
    if resolved.startswith("sqlite"):
        from sqlalchemy.engine import make_url
        database = make_url(resolved).database
        if database and database != ":memory:":
            return Path(database).expanduser().resolve().parent
    return data_folder()


__all__ = ["LOG_NAME", "crash_report", "current_log", "data_folder_for", "log_crash", "log_folder", "start_log",
           "stop_log"]
