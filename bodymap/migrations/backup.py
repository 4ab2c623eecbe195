"""Backups of the embedded SQLite database: online copies, rolling retention, checked restores.

Qt-free. Every copy goes through SQLite's online backup API (a consistent snapshot, even while
another connection is writing in WAL mode), is written to a temporary file and renamed into
place, and is readable by its owner only (files 0600, the backup folder 0700).

PostgreSQL databases are not backed up here: the server is backed up with `pg_dump -Fc` (see
docs/SECURITY.md); the functions below say so with BackupError.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from bodymap.errors import QT_TRANSLATE_NOOP, BackupError, CorruptDatabaseError

log = logging.getLogger("bodymap.migrations.backup")

DEFAULT_KEEP = 14
DAY = dt.timedelta(days=1)
# at start-up a backup is skipped when the newest one is younger than this, so a series of
# quick restarts (or a crash loop) does not rotate the good backups away
STARTUP_MIN_AGE = dt.timedelta(hours=1)
STAMP_FORMAT = "%Y%m%d-%H%M%S"            # UTC, so names sort in time order across DST changes
_NAME = re.compile(r"^bodymap-(\d{8}-\d{6})(?:-(\d+))?\.sqlite3$")
_SQLITE_MAGIC = b"SQLite format 3\x00"

PG_DUMP_HELP = QT_TRANSLATE_NOOP("Backups", "PostgreSQL databases are backed up on the server, not by bodymap: run "
                                            "`pg_dump -Fc -f bodymap-$(date +%F).dump \"$URL\"` (and restore with "
                                            "`pg_restore --clean --if-exists -d \"$URL\" FILE`); see docs/SECURITY.md.")




@dataclass(frozen=True)
class BackupInfo:
    path: Path
    taken_at: dt.datetime | None      # UTC, from the file name (None for a file named otherwise)
    size: int
    revision: str | None = None       # schema revision inside (only after check_backup_file)
    patients: int | None = None


# --------------------------------------------------------------------------- locations

def sqlite_path(url: str) -> Path | None:
    """The SQLite file behind URL; None for another backend. BackupError for in-memory databases."""
    from sqlalchemy.engine import make_url
    try:
        parsed = make_url(url)
    except Exception:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "Not a database URL.")) from None
    if parsed.get_backend_name() != "sqlite":
        return None
    if not parsed.database or parsed.database == ":memory:":
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "An in-memory database cannot be backed up."))
    return Path(parsed.database).expanduser()


def default_folder(db_path: Path) -> Path:
    """`backups` beside the database (for the default database: <user-data>/backups)."""
    return Path(db_path).expanduser().resolve().parent / "backups"


def ensure_folder(folder: Path) -> Path:
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(folder, 0o700)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "Cannot use the backup folder {folder}: {reason}.").format(folder=str(folder), reason=str(exc.strerror or exc))) from None
    return folder


def _stamp(now: dt.datetime | None) -> str:
    return _utc(now or dt.datetime.now(dt.UTC)).strftime(STAMP_FORMAT)


def _utc(when: dt.datetime) -> dt.datetime:
    return when.replace(tzinfo=dt.UTC) if when.tzinfo is None else when.astimezone(dt.UTC)


# --------------------------------------------------------------------------- copying

def _connect(path: Path, *, read_only: bool) -> sqlite3.Connection:
    mode = "ro" if read_only else "rw"
    conn = sqlite3.connect(f"{Path(path).resolve().as_uri()}?mode={mode}", uri=True, timeout=10,
                           isolation_level=None)
    conn.execute("PRAGMA busy_timeout=10000")
    return conn


def _fsync_dir(folder: Path) -> None:
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _copy(src_path: Path, dest: Path, *, journal_mode: str = "DELETE", verify: bool = True,
          source_read_only: bool = False, check_source: bool = False) -> Path:
    """Consistent copy of the database at src_path to dest (temp file, fsync, rename, 0600).

    check_source: the full PRAGMA quick_check of the source first; a damaged source raises
    CorruptDatabaseError (the message at opening) and nothing is written."""
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.tmp-{os.getpid()}")
    with contextlib.suppress(FileNotFoundError):
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)   # never readable by others
    os.close(fd)
    src = dst = None
    try:
        src = _connect(src_path, read_only=source_read_only)
        if check_source:
            from bodymap import db
            if db.sqlite_damage(src) is not None:
                raise CorruptDatabaseError(Path(src_path))
        dst = sqlite3.connect(tmp, isolation_level=None)
        src.backup(dst)
        dst.execute(f"PRAGMA journal_mode={journal_mode}").fetchone()
        if verify:
            result = dst.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                problem = str(result[0][0]).splitlines()[-1]
                raise BackupError(QT_TRANSLATE_NOOP("Backups", "The copy of {path} failed its check ({problem}); the database may "
                                                                    "be damaged.").format(path=str(src_path), problem=problem))
        dst.close()
        dst = None
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o600)
        os.replace(tmp, dest)
        _fsync_dir(dest.parent)
    except sqlite3.DatabaseError as exc:
        from bodymap import db
        if check_source and getattr(exc, "sqlite_errorcode", 0) & 0xFF in db.SQLITE_DAMAGE_CODES:
            raise CorruptDatabaseError(Path(src_path)) from None
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "Cannot copy {path}: {reason}.").format(path=str(src_path), reason=str(exc))) from None
    finally:
        for conn in (src, dst):
            if conn is not None:
                with contextlib.suppress(Exception):
                    conn.close()
        for leftover in (tmp, Path(f"{tmp}-journal"), Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return dest


def backup_to(db_path: Path, dest: Path) -> Path:
    """An online backup of the SQLite database at db_path written to dest (0600).

    The database is checked in full first (PRAGMA quick_check): a damaged one raises
    CorruptDatabaseError, so a damaged copy never enters the rotation."""
    db_path, dest = Path(db_path), Path(dest).expanduser()
    if not db_path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "There is no database at {path}.").format(path=str(db_path)))
    if dest.exists() and dest.resolve() == db_path.resolve():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "The backup cannot overwrite the database itself."))
    if not dest.parent.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "The folder {folder} does not exist.").format(folder=str(dest.parent)))
    try:
        return _copy(db_path, dest, check_source=True)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "Cannot write {path}: {reason}.").format(path=str(dest), reason=str(exc.strerror or exc))) from None


# --------------------------------------------------------------------------- rolling backups

def list_backups(folder: Path) -> list[BackupInfo]:
    """Backups named bodymap-YYYYmmdd-HHMMSS.sqlite3 in folder, newest first."""
    folder = Path(folder)
    found = []
    if not folder.is_dir():
        return []
    for entry in folder.iterdir():
        m = _NAME.match(entry.name)
        if not m or not entry.is_file():
            continue
        taken = dt.datetime.strptime(m[1], STAMP_FORMAT).replace(tzinfo=dt.UTC)
        found.append((taken, int(m[2] or 0), BackupInfo(entry, taken, entry.stat().st_size)))
    found.sort(key=lambda t: (t[0], t[1]), reverse=True)
    return [info for _t, _n, info in found]


def latest_backup(folder: Path) -> Path | None:
    backups = list_backups(folder)
    return backups[0].path if backups else None


def backup_due(folder: Path, now: dt.datetime | None = None, every: dt.timedelta = DAY) -> bool:
    """True when the folder holds no backup taken within `every` before now."""
    backups = list_backups(folder)
    if not backups:
        return True
    now = _utc(now or dt.datetime.now(dt.UTC))
    return now - backups[0].taken_at >= every


def prune(folder: Path, keep: int = DEFAULT_KEEP) -> list[Path]:
    """Deletes all but the `keep` newest rolling backups; returns what was deleted."""
    if keep < 1:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "At least one backup must be kept."))
    removed = []
    for info in list_backups(folder)[keep:]:
        with contextlib.suppress(FileNotFoundError):
            info.path.unlink()
            removed.append(info.path)
    return removed


def rolling_backup(db_path: Path, folder: Path | None = None, keep: int = DEFAULT_KEEP,
                   now: dt.datetime | None = None) -> Path:
    """A new bodymap-<UTC stamp>.sqlite3 in folder (default: beside the database), then prune."""
    if keep < 1:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "At least one backup must be kept."))
    db_path = Path(db_path)
    folder = ensure_folder(Path(folder) if folder is not None else default_folder(db_path))
    stamp = _stamp(now)
    dest, n = folder / f"bodymap-{stamp}.sqlite3", 1
    while dest.exists():
        n += 1
        dest = folder / f"bodymap-{stamp}-{n}.sqlite3"
    backup_to(db_path, dest)     # a failed or damaged copy raises before anything is pruned
    prune(folder, keep)
    return dest


def startup_backup(url: str, keep: int = DEFAULT_KEEP, folder: Path | None = None,
                   now: dt.datetime | None = None, min_age: dt.timedelta = STARTUP_MIN_AGE) -> Path | None:
    """Backup at start-up, before the database is opened and migrated.

    SQLite only (None for PostgreSQL, for a database that does not exist yet, or when the newest
    backup is younger than min_age). Call scheduled_backup() hourly while the app runs for the
    daily one. Raises BackupError when a backup was due and failed (warn the clinician)."""
    return _backup_if_due(url, keep, folder, now, min_age)


def scheduled_backup(url: str, keep: int = DEFAULT_KEEP, folder: Path | None = None,
                     now: dt.datetime | None = None, every: dt.timedelta = DAY) -> Path | None:
    """The daily backup while the app runs: a backup when the newest is `every` old or older."""
    return _backup_if_due(url, keep, folder, now, every)


def _backup_if_due(url, keep, folder, now, every) -> Path | None:
    db_path = sqlite_path(url)
    if db_path is None or not db_path.is_file() or db_path.stat().st_size == 0:
        return None
    folder = Path(folder) if folder is not None else default_folder(db_path)
    if not backup_due(folder, now, every):
        return None
    path = rolling_backup(db_path, folder, keep, now)
    log.info("backup written: %s", path.name)
    return path


# --------------------------------------------------------------------------- leftovers

# What a copy writes before its rename: ".<name>.tmp-<pid>" (and SQLite's companions of it), and
# ".<db>.restoring-<pid>" beside the database during a restore.
_LEFTOVER = re.compile(r"^\..+\.(?:tmp|restoring)-(?P<pid>\d+)(?:-journal|-wal|-shm)?$")


def _process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":                 # os.kill(pid, 0) there would *terminate* the process
        return _windows_process_alive(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:                 # alive, someone else's (or a platform without signals)
        return True
    return True


def _windows_process_alive(pid: int) -> bool:
    """Whether a process with this id runs (Windows): OpenProcess fails with ERROR_INVALID_PARAMETER
    for an id nobody has; a process that ended but whose handle is still held reports an exit code
    other than STILL_ACTIVE. Anything unclear counts as alive, so its files are left alone."""
    import ctypes
    kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)        # type: ignore[attr-defined]
    handle = kernel32.OpenProcess(0x1000, False, pid)                 # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.get_last_error() != 87                          # ERROR_INVALID_PARAMETER: no such process
    try:
        code = ctypes.c_ulong()
        if not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)):
            return True
        return code.value == 259                                      # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)


def remove_leftovers(url: str, folder: Path | None = None) -> list[Path]:
    """Removes the hidden full copies that a backup or restore killed part-way left behind (beside
    the database and in its backup folder), when the process that wrote them is gone. They are
    whole copies of patient data that nothing else would ever delete. Returns what was removed."""
    try:
        db_path = sqlite_path(url)
    except BackupError:             # not a file database: opening it will say what is wrong
        return []
    if db_path is None:
        return []
    removed = []
    for place in {db_path.parent, Path(folder) if folder is not None else default_folder(db_path)}:
        try:
            entries = list(place.iterdir())
        except OSError:
            continue
        for entry in entries:
            m = _LEFTOVER.match(entry.name)
            if m is None or _process_alive(int(m["pid"])) or not entry.is_file():
                continue
            with contextlib.suppress(OSError):
                entry.unlink()
                removed.append(entry)
    if removed:
        log.info("removed %d leftover temporary copies", len(removed))
    return removed


# --------------------------------------------------------------------------- checking and restoring

def _known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    from bodymap import db
    script = ScriptDirectory.from_config(db.alembic_config(None))
    return {rev.revision for rev in script.walk_revisions()}


def check_backup_file(path: Path) -> BackupInfo:
    """Checks that path is a sound bodymap database this version can open; BackupError otherwise."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "There is no file {path}.").format(path=str(path)))
    with open(path, "rb") as fh:
        if fh.read(16) != _SQLITE_MAGIC:
            raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} is not a SQLite database, so it is not a bodymap backup.").format(path=str(path)))
    conn = None
    try:
        conn = _connect(path, read_only=True)
        result = conn.execute("PRAGMA integrity_check").fetchall()
        if result != [("ok",)]:
            raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} is damaged (integrity check: {result}); choose another backup.").format(
                path=str(path), result=str(result[0][0])))
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "alembic_version" not in tables or "patients" not in tables:
            raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} is a SQLite database but not a bodymap database.").format(path=str(path)))
        revision = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        revision = revision[0] if revision else None
        if revision not in _known_revisions():
            raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} was made by a newer version of bodymap (schema {revision}); "
                                                                "update bodymap before restoring it.").format(path=str(path), revision=revision))
        _check_schema(conn, path, revision, tables)
        patients = conn.execute("SELECT count(*) FROM patients").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} cannot be read as a bodymap database ({reason}).").format(path=str(path), reason=str(exc))) from None
    finally:
        if conn is not None:
            conn.close()
    taken = None
    m = _NAME.match(path.name)
    if m:
        taken = dt.datetime.strptime(m[1], STAMP_FORMAT).replace(tzinfo=dt.UTC)
    return BackupInfo(path, taken, path.stat().st_size, revision, patients)


def _check_schema(conn: sqlite3.Connection, path: Path, revision: str, tables: set[str]) -> None:
    """A backup at the current schema must hold every table of it and the triggers that keep the
    audit trail append-only: a file that lacks them (made by hand, or tampered with) would leave a
    database every command fails on, or an audit trail that can be rewritten."""
    from bodymap import db
    if revision != db.HEAD_REVISION:
        return                      # an older schema: start-up migrates it and checks it then
    missing = sorted(set(db.Base.metadata.tables) - tables)
    if missing:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} is not a complete bodymap database (missing: {tables}).").format(
            path=str(path), tables=", ".join(missing[:5])))
    triggers = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    absent = sorted(set(db.AUDIT_TRIGGERS_SQLITE) - triggers)
    if absent:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "{path} has lost the protection of its audit trail (trigger {trigger} is "
                                                    "missing), so it is not restored.").format(path=str(path), trigger=absent[0]))


def _keep_current(db_path: Path, stamp: str) -> Path | None:
    """Keeps the current database as <db>.before-restore-<stamp>; never deleted by bodymap."""
    if not db_path.exists():
        return None
    kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}")
    n = 1
    while kept.exists() or Path(f"{kept}-wal").exists():
        n += 1
        kept = db_path.with_name(f"{db_path.name}.before-restore-{stamp}-{n}")
    try:
        _copy(db_path, kept, verify=False)          # consistent, includes what is still in the WAL
    except BackupError:
        # damaged: keep the bytes exactly as they are, with the WAL beside them
        import shutil
        for suffix in ("", "-wal"):
            source = Path(f"{db_path}{suffix}")
            if source.exists():
                target = Path(f"{kept}{suffix}")
                fd = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                os.close(fd)
                shutil.copyfile(source, target)
                os.chmod(target, 0o600)
    return kept


def restore(backup_path: Path, db_path: Path, now: dt.datetime | None = None) -> Path | None:
    """Replaces the database at db_path with the checked backup; returns where the old one is kept.

    Close bodymap on every workstation first. The check runs before anything is touched: a bad
    backup leaves the current database exactly as it was."""
    backup_path, db_path = Path(backup_path).expanduser(), Path(db_path).expanduser()
    check_backup_file(backup_path)
    if db_path.exists() and backup_path.resolve() == db_path.resolve():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "The backup is the current database itself."))
    if not db_path.parent.is_dir():
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "The folder {folder} does not exist.").format(folder=str(db_path.parent)))
    try:
        kept = _keep_current(db_path, _stamp(now))
        incoming = db_path.with_name(f".{db_path.name}.restoring-{os.getpid()}")
        _copy(backup_path, incoming, journal_mode="WAL", source_read_only=True)
        # the old WAL and shared-memory files belong to the old database: they must not be replayed
        for stale in (Path(f"{db_path}-wal"), Path(f"{db_path}-shm"), Path(f"{db_path}-journal")):
            with contextlib.suppress(FileNotFoundError):
                stale.unlink()
        os.replace(incoming, db_path)
        os.chmod(db_path, 0o600)
        _fsync_dir(db_path.parent)
    except OSError as exc:
        raise BackupError(QT_TRANSLATE_NOOP("Backups", "Cannot restore into {path}: {reason}.").format(path=str(db_path), reason=str(exc.strerror or exc))) from None
    return kept


# --------------------------------------------------------------------------- clinic choices

KEEP_KEY = "backup_keep"


def configured_keep(url: str) -> int:
    """How many rolling backups the clinic keeps (setting "backup_keep"), read without opening
    the database for writing, so it works before start-up migrations; DEFAULT_KEEP otherwise."""
    import json
    import sqlite3
    db_path = sqlite_path(url)
    if db_path is None or not db_path.is_file():
        return DEFAULT_KEEP
    try:
        con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True, timeout=2)
        try:
            row = con.execute("SELECT value FROM settings WHERE key = ?", (KEEP_KEY,)).fetchone()
        finally:
            con.close()
        value = row[0] if row else None          # SQLite's JSON type stores a number as a number
        keep = DEFAULT_KEEP if value is None else int(json.loads(value) if isinstance(value, str) else value)
    except (sqlite3.Error, ValueError, TypeError):
        return DEFAULT_KEEP
    return min(max(keep, 1), 365)


def corrupt_database_message(exc) -> str:
    """The corrupt-database message, naming the newest backup to restore when there is one."""
    try:
        newest = latest_backup(default_folder(Path(exc.path)))
    except OSError:
        newest = None
    if newest is None:
        return f"{exc} No backup was found in {default_folder(Path(exc.path))}."
    return f"{exc} The newest backup is {newest}: bodymap restore \"{newest}\""
