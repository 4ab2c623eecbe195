"""The engine factory: URL resolution, SQLite pragmas, owner-only files."""
from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import (
    create_engine,
    event,
)
from sqlalchemy.engine import URL, Engine, make_url

from bodymap.db.base import ENV_URL
from bodymap.db.locations import data_folder, restrict_to_owner
from bodymap.errors import CorruptDatabaseError, DatabaseError

# --------------------------------------------------------------------------- engine

def default_database_path() -> Path:
    return data_folder() / "bodymap.sqlite3"


def resolve_url(explicit: str | None = None) -> str:
    """--database beats BODYMAP_DATABASE_URL beats the embedded SQLite file."""
    if explicit:
        return explicit
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    return f"sqlite:///{default_database_path()}"


def _redact(url: str) -> str:
    """Hide anything that looks like a password in a URL that SQLAlchemy cannot parse."""
    return re.sub(r"(//[^/@:]*:)[^@/]*@", r"\1***@", str(url))


def mask_url(url: str | URL) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


def _sqlite_pragmas(dbapi_conn, _record):
    register_search_fold(dbapi_conn)
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


# How long the page check at opening may run (PRAGMA quick_check, stopped by a progress handler):
# a small database is checked whole, a large one (about 1 GB and up) only as far as this allows, so
# that it still opens promptly. Backups run the check in full (migrations/backup.py).
OPEN_CHECK_SECONDS = 0.5
SQLITE_DAMAGE_CODES = (11, 26)          # SQLITE_CORRUPT, SQLITE_NOTADB (primary result codes)


def sqlite_damage(dbapi_conn, seconds: float | None = None) -> str | None:
    """PRAGMA quick_check on a sqlite3 connection: None when nothing is wrong, else the first
    problem found. With seconds, the check is stopped after that long and reports what it found
    so far (None when nothing): the pages it did not reach are not checked.

    Two brakes, as SQLite runs the check in two kinds of steps: a progress handler stops the row
    checks, and sqlite3_interrupt() from a thread stops the b-tree walk, which SQLite (3.40) runs
    as one step without calling the handler. A limit of zero or less checks nothing: the walk of a
    file in the page cache can reach a damaged page before the brake's thread is first scheduled,
    so "stopped at once" is kept by not starting."""
    import sqlite3
    import threading
    import time
    if seconds is not None and seconds <= 0:
        return None
    done = threading.Event()
    brake = None
    if seconds is not None:
        deadline = time.monotonic() + seconds
        dbapi_conn.set_progress_handler(lambda: int(time.monotonic() >= deadline), 1000)

        def interrupt_when_due() -> None:
            # sqlite3_interrupt() does nothing while no statement runs: repeat until the check ends
            if not done.wait(seconds):
                while not done.wait(0.005):
                    dbapi_conn.interrupt()
        brake = threading.Thread(target=interrupt_when_due, name="bodymap-check-brake", daemon=True)
        brake.start()
    try:
        rows = dbapi_conn.execute("PRAGMA quick_check(1)").fetchall()
    except sqlite3.OperationalError as exc:
        if seconds is not None and "interrupt" in str(exc).lower():
            return None
        if getattr(exc, "sqlite_errorcode", 0) & 0xFF in SQLITE_DAMAGE_CODES:
            return str(exc)
        raise
    except sqlite3.DatabaseError as exc:          # "database disk image is malformed", "not a database"
        return str(exc)
    finally:
        done.set()
        if brake is not None:
            brake.join()                # no interrupt can reach a later statement
            dbapi_conn.set_progress_handler(None, 0)
    first = str(rows[0][0]) if rows else "no answer"
    return None if first == "ok" else first.splitlines()[-1]


def register_search_fold(dbapi_conn) -> None:
    """bodymap_fold(text) on a sqlite3 connection: the patient search's case folding
    (domain.charting.search_fold), which SQLite's lower() and LIKE lack beyond ASCII."""
    from bodymap.domain.charting import search_fold

    def fold(value):
        return search_fold(value) if isinstance(value, str) else value
    dbapi_conn.create_function("bodymap_fold", 1, fold, deterministic=True)


def make_engine(url: str, check_seconds: float | None = OPEN_CHECK_SECONDS) -> Engine:
    """An engine for URL, checked by connecting once. Raises DatabaseError with a clear message.

    A SQLite file is refused as damaged (CorruptDatabaseError) when it is empty, not a database,
    or its pages fail PRAGMA quick_check within check_seconds (None: the full check; 0: none)."""
    try:
        parsed = make_url(url)
    except Exception:
        raise DatabaseError(f"Not a database URL: {_redact(url)!r}. Expected for example "
                            "sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/db.") from None
    shown = mask_url(parsed)
    # hide_parameters: even with SQL logging switched on, patient data never reaches a log
    kwargs: dict = {"future": True, "hide_parameters": True}
    sqlite_file = None
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            sqlite_file = Path(db).expanduser()
            if sqlite_file.is_file() and sqlite_file.stat().st_size == 0:
                # SQLite would quietly make a new, empty database of it: a file emptied by a crash,
                # a failed copy or a sync tool is damage to report, not a fresh start
                raise CorruptDatabaseError(sqlite_file)
            try:
                if not sqlite_file.parent.exists():
                    sqlite_file.parent.mkdir(parents=True, mode=0o700)
            except OSError as exc:
                raise DatabaseError(f"Cannot create the folder for {shown}: {exc.strerror}.") from None
    elif parsed.get_backend_name() == "postgresql":
        kwargs.update(pool_pre_ping=True, connect_args={"connect_timeout": 5})
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as exc:
        raise DatabaseError(f"Cannot use database {shown}: {exc.__class__.__name__}: {_first_line(exc)}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.connect() as connection:
            if sqlite_file is not None:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
                if check_seconds != 0:
                    damage = sqlite_damage(connection.connection.driver_connection, check_seconds)
                    if damage is not None:
                        raise CorruptDatabaseError(sqlite_file)
    except CorruptDatabaseError:
        engine.dispose()
        raise
    except Exception as exc:
        engine.dispose()
        text = str(exc).lower()
        if sqlite_file is not None and ("not a database" in text or "malformed" in text):
            raise CorruptDatabaseError(sqlite_file) from None
        raise DatabaseError(f"Cannot connect to database {shown}: {_first_line(exc)}") from None
    if sqlite_file is not None:
        restrict_to_owner(sqlite_file)
    return engine


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def alembic_config(engine: Engine):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent.parent / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


# The newest migration. A test checks it against the Alembic scripts, so that a database already
