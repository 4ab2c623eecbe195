"""Backups and restores of the SQLite database: consistent, checked, private, never destructive."""
from __future__ import annotations

import datetime as dt
import hashlib
import os
import pty
import sqlite3
import subprocess
import threading

import pytest

from bodymap import db
from bodymap.domain.charting import PatientInput
from bodymap.errors import BackupError, CorruptDatabaseError
from bodymap.migrations import backup
from bodymap.services import ChartService
from bodymap.services.demo import create_demo
from tests.conftest import pg_database
from tests.integrity.cli_helpers import REPO_ROOT, cli_command, cli_env, one_line_failure, run_cli

UTC = dt.UTC


def _mode(path) -> int:
    return os.stat(path).st_mode & 0o777


def _sha(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


def _names(path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return sorted(r[0] for r in conn.execute("SELECT name FROM patients"))
    finally:
        conn.close()


@pytest.fixture
def db_file(tmp_path):
    """A migrated SQLite database with the demo patient, every connection closed."""
    path = tmp_path / "clinic" / "bodymap.sqlite3"
    engine, sessions = db.open_database(f"sqlite:///{path}")
    create_demo(ChartService(sessions))
    engine.dispose()
    return path


def _add_patient(path, chart: str, name: str) -> None:
    engine, sessions = db.open_database(f"sqlite:///{path}")
    try:
        ChartService(sessions).create_patient(PatientInput(chart_number=chart, name=name))
    finally:
        engine.dispose()


# --------------------------------------------------------------------------- backing up

def test_backup_while_another_connection_writes(db_file, tmp_path):
    engine, sessions = db.open_database(f"sqlite:///{db_file}")
    service = ChartService(sessions)
    stop, written, errors = threading.Event(), [], []

    def writer():
        n = 0
        while not stop.is_set():
            n += 1
            try:
                service.create_patient(PatientInput(chart_number=f"W-{n}", name=f"Writer {n}"))
                written.append(n)
            except Exception as exc:       # pragma: no cover - reported below
                errors.append(exc)
                return

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        copies = []
        for i in range(5):
            before = len(written)
            copy = backup.backup_to(db_file, tmp_path / f"copy-{i}.sqlite3")
            after = len(written)
            info = backup.check_backup_file(copy)       # integrity_check ok, bodymap schema
            # a snapshot: every patient committed before the copy began, none torn
            assert 1 + before <= info.patients <= 1 + after + 1
            copies.append(copy)
    finally:
        stop.set()
        thread.join(10)
        engine.dispose()
    assert not errors, errors
    assert len(written) > 0

    # an open write transaction on another connection: the copy has only committed data
    conn = sqlite3.connect(db_file, isolation_level=None, timeout=5)
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO patients (chart_number, name, sex, notes, created_at, updated_at) "
                 "VALUES ('U-1', 'Uncommitted Person', 'unknown', '', '2026-01-01', '2026-01-01')")
    try:
        copy = backup.backup_to(db_file, tmp_path / "during-write.sqlite3")
    finally:
        conn.execute("COMMIT")
        conn.close()
    assert "Uncommitted Person" not in _names(copy)
    assert "Uncommitted Person" in _names(db_file)


def test_backup_file_is_self_contained_and_private(db_file, tmp_path):
    copy = backup.backup_to(db_file, tmp_path / "copy.sqlite3")
    assert _mode(copy) == 0o600
    assert not (tmp_path / "copy.sqlite3-wal").exists()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".copy")]   # no temp left
    with open(copy, "rb") as fh:
        assert fh.read(20)[18:20] == b"\x01\x01"       # rollback journal: one file is the whole backup
    assert _names(copy) == _names(db_file)


def test_backup_refuses_missing_database_and_own_file(tmp_path, db_file):
    with pytest.raises(BackupError, match="no database"):
        backup.backup_to(tmp_path / "nothing.sqlite3", tmp_path / "x.sqlite3")
    with pytest.raises(BackupError, match="cannot overwrite the database itself"):
        backup.backup_to(db_file, db_file)
    with pytest.raises(BackupError, match="does not exist"):
        backup.backup_to(db_file, tmp_path / "missing-folder" / "x.sqlite3")


def test_permissions_database_backups_and_folder(db_file):
    engine, sessions = db.open_database(f"sqlite:///{db_file}")
    try:
        ChartService(sessions).create_patient(PatientInput(chart_number="P-1", name="Perm Check"))
        for companion in (db_file, db_file.with_name(db_file.name + "-wal"),
                          db_file.with_name(db_file.name + "-shm")):
            if companion.exists():
                assert _mode(companion) == 0o600, companion
    finally:
        engine.dispose()
    folder = backup.default_folder(db_file)
    folder.mkdir(mode=0o755)
    os.chmod(folder, 0o755)                    # made by someone else, too open
    path = backup.rolling_backup(db_file)
    assert path.parent == folder == db_file.parent / "backups"
    assert _mode(folder) == 0o700
    assert _mode(path) == 0o600


# --------------------------------------------------------------------------- rolling backups

def test_rolling_backups_are_named_listed_and_pruned(db_file, tmp_path):
    folder = tmp_path / "rolling"
    start = dt.datetime(2026, 3, 1, 8, 30, tzinfo=UTC)
    assert backup.latest_backup(folder) is None
    assert backup.backup_due(folder, start)
    made = [backup.rolling_backup(db_file, folder, keep=3, now=start + dt.timedelta(days=i)) for i in range(5)]
    assert made[0].name == "bodymap-20260301-083000.sqlite3"
    (folder / "notes.txt").write_text("not a backup")
    same_second = backup.rolling_backup(db_file, folder, keep=3, now=start + dt.timedelta(days=4))
    assert same_second != made[4] and same_second.exists()
    listed = backup.list_backups(folder)
    assert [b.path for b in listed] == [same_second, made[4], made[3]]
    assert not made[0].exists() and not made[2].exists()
    assert (folder / "notes.txt").exists()                  # only rolling backups are pruned
    assert backup.latest_backup(folder) == same_second
    last = start + dt.timedelta(days=4)
    assert not backup.backup_due(folder, last + dt.timedelta(hours=23))
    assert backup.backup_due(folder, last + dt.timedelta(days=1))
    assert backup.backup_due(folder, last + dt.timedelta(hours=2), every=dt.timedelta(hours=1))
    with pytest.raises(BackupError):
        backup.rolling_backup(db_file, folder, keep=0)


def test_startup_and_scheduled_backups(db_file, tmp_path):
    url = f"sqlite:///{db_file}"
    now = dt.datetime(2026, 5, 4, 7, 0, tzinfo=UTC)
    assert backup.startup_backup("postgresql+psycopg://u@h/db") is None
    assert backup.startup_backup(f"sqlite:///{tmp_path / 'not-yet.sqlite3'}") is None
    first = backup.startup_backup(url, now=now)
    assert first is not None and first.parent == db_file.parent / "backups"
    assert backup.startup_backup(url, now=now + dt.timedelta(minutes=5)) is None   # quick restart
    assert backup.startup_backup(url, now=now + dt.timedelta(hours=2)) is not None  # a later start
    assert backup.scheduled_backup(url, now=now + dt.timedelta(hours=20)) is None
    daily = backup.scheduled_backup(url, keep=2, now=now + dt.timedelta(days=1, hours=2))
    assert daily is not None
    assert len(backup.list_backups(first.parent)) == 2


def test_a_damaged_database_is_never_rotated_into_the_backups(db_file, tmp_path):
    folder = tmp_path / "b"
    good = backup.rolling_backup(db_file, folder, keep=1, now=dt.datetime(2026, 1, 1, tzinfo=UTC))
    with open(db_file, "r+b") as fh:
        fh.seek(0)
        fh.write(b"garbage garbage garbage")
    with pytest.raises(CorruptDatabaseError):        # the message at opening, not a copy failure
        backup.rolling_backup(db_file, folder, keep=1, now=dt.datetime(2026, 1, 2, tzinfo=UTC))
    assert [b.path for b in backup.list_backups(folder)] == [good]


# --------------------------------------------------------------------------- restoring

def test_restore_round_trip_keeps_the_replaced_database(db_file, tmp_path):
    copy = backup.backup_to(db_file, tmp_path / "before-visit.sqlite3")
    _add_patient(db_file, "LATE-1", "Added After Backup")
    # leave a WAL behind, as a crashed app would
    conn = sqlite3.connect(db_file)
    conn.execute("PRAGMA wal_autocheckpoint=0")
    conn.execute("UPDATE patients SET notes = 'in the wal only' WHERE chart_number = 'LATE-1'")
    conn.commit()
    wal = db_file.with_name(db_file.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    kept = backup.restore(copy, db_file, now=dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC))
    conn.close()
    assert kept == db_file.with_name("bodymap.sqlite3.before-restore-20260203-040506")
    assert _mode(kept) == 0o600 and _mode(db_file) == 0o600
    assert "Added After Backup" not in _names(db_file)
    assert "Added After Backup" in _names(kept)                    # nothing is lost by a restore
    with sqlite3.connect(kept) as k:
        assert k.execute("SELECT notes FROM patients WHERE chart_number='LATE-1'").fetchone() == ("in the wal only",)
    engine, sessions = db.open_database(f"sqlite:///{db_file}")
    try:
        service = ChartService(sessions)
        assert [p.name for p in service.search_patients("")] == _names(copy)
        assert service.list_visits()
    finally:
        engine.dispose()
    with sqlite3.connect(db_file) as check:
        assert check.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # restoring again never overwrites the first kept copy
    again = backup.restore(copy, db_file, now=dt.datetime(2026, 2, 3, 4, 5, 6, tzinfo=UTC))
    assert again != kept and kept.exists() and again.exists()


def test_restore_into_a_damaged_database_keeps_its_bytes(db_file, tmp_path):
    copy = backup.backup_to(db_file, tmp_path / "good.sqlite3")
    with open(db_file, "r+b") as fh:
        fh.write(b"this is not a database any more")
    damaged = _sha(db_file)
    with pytest.raises(CorruptDatabaseError):
        db.make_engine(f"sqlite:///{db_file}")
    kept = backup.restore(copy, db_file)
    assert _sha(kept) == damaged
    assert _names(db_file) == _names(copy)


def _write(path, data: bytes):
    path.write_bytes(data)
    return path


def _foreign_sqlite(path):
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (id INTEGER PRIMARY KEY, title TEXT)")
    conn.commit()
    conn.close()
    return path


def _newer_schema(src, path):
    backup.backup_to(src, path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    conn.commit()
    conn.close()
    return path


def _no_patients_table(src, path):
    backup.backup_to(src, path)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA foreign_keys=OFF")
    for table in ("zone_sources", "trigger_points", "pain_zones", "visit_addenda", "visits", "patients"):
        conn.execute(f"DROP TABLE {table}")
    conn.commit()
    conn.close()
    return path


def _corrupt(src, path):
    backup.backup_to(src, path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data), page):   # smash every b-tree page after the first two
        data[offset:offset + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("make, message", [
    (lambda src, p: _write(p, b"patient list\nJane Doe\n"), "not a SQLite database"),
    (lambda src, p: _write(p, b""), "not a SQLite database"),
    (lambda src, p: _write(p, b"SQLite format 3\x00" + b"\x00" * 200), "damaged|cannot be read|not a bodymap"),
    (lambda src, p: _foreign_sqlite(p), "not a bodymap database"),
    (_newer_schema, "newer version of bodymap"),
    (_no_patients_table, "not a bodymap database"),
    (_corrupt, "damaged|cannot be read"),
])
def test_bad_backups_are_refused_and_the_database_untouched(db_file, tmp_path, make, message):
    bad = make(db_file, tmp_path / "bad.sqlite3")
    before = _sha(db_file)
    listing = sorted(p.name for p in db_file.parent.iterdir())
    with pytest.raises(BackupError, match=message) as info:
        backup.check_backup_file(bad)
    assert "\n" not in str(info.value)
    with pytest.raises(BackupError):
        backup.restore(bad, db_file)
    assert _sha(db_file) == before
    assert sorted(p.name for p in db_file.parent.iterdir()) == listing     # no before-restore copy either


def test_check_accepts_an_older_schema_that_migrations_bring_up(tmp_path):
    from alembic import command
    path = tmp_path / "old.sqlite3"
    engine = db.make_engine(f"sqlite:///{path}")
    command.upgrade(db.alembic_config(engine), "0002")
    engine.dispose()
    info = backup.check_backup_file(path)
    assert info.revision == "0002" and info.patients == 0


def test_postgresql_is_not_file_backed_up():
    assert backup.sqlite_path("postgresql+psycopg://u:pw@db.example/clinic") is None
    assert "pg_dump -Fc" in backup.PG_DUMP_HELP
    with pytest.raises(BackupError, match="in-memory"):
        backup.sqlite_path("sqlite://")


# --------------------------------------------------------------------------- the command line

def test_cli_backup_backups_and_restore(db_file, tmp_path):
    url = f"sqlite:///{db_file}"
    out = tmp_path / "manual.sqlite3"
    result = run_cli("--database", url, "backup", "-o", out)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out) and _mode(out) == 0o600

    result = run_cli("--database", url, "backup")                    # a dated one in the folder
    assert result.returncode == 0, result.stderr
    rolling = backup.list_backups(backup.default_folder(db_file))
    assert len(rolling) == 1 and result.stdout.strip() == str(rolling[0].path)

    listing = run_cli("--database", url, "backups")
    assert listing.returncode == 0, listing.stderr
    date, size, path = listing.stdout.strip().split("\t")
    assert path == str(rolling[0].path) and size.endswith("KB")
    dt.datetime.strptime(date, "%Y-%m-%d %H:%M:%S")

    _add_patient(db_file, "LATE-2", "Added Later")
    refused = run_cli("--database", url, "restore", out)              # stdin is not a terminal
    one_line_failure(refused, "--yes")
    assert "Added Later" in _names(db_file)

    done = run_cli("--database", url, "restore", out, "--yes")
    assert done.returncode == 0, done.stderr
    assert "Added Later" not in _names(db_file)
    assert "before-restore" in done.stdout


def test_cli_restore_asks_on_a_terminal(db_file, tmp_path):
    url = f"sqlite:///{db_file}"
    out = backup.backup_to(db_file, tmp_path / "b.sqlite3")
    _add_patient(db_file, "LATE-3", "Typed No")
    for answer, code in ((b"n\n", 1), (b"y\n", 0)):
        leader, follower = pty.openpty()
        proc = subprocess.Popen(cli_command("--database", url, "restore", out), stdin=follower,
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=cli_env(), cwd=REPO_ROOT)
        os.close(follower)
        os.write(leader, answer)
        stdout, stderr = proc.communicate(timeout=60)
        os.close(leader)
        assert proc.returncode == code, stderr
        assert b"Replace the current database" in stdout and b"[y/N]" in stdout
        assert (("Typed No" in _names(db_file)) == (code == 1))


@pytest.mark.parametrize("content, message", [
    ("hello", "not a SQLite database"),
    (None, "no file"),
])
def test_cli_restore_refuses_bad_files_in_one_line(db_file, tmp_path, content, message):
    bad = tmp_path / "bad.sqlite3"
    if content is not None:
        bad.write_text(content)
    before = _sha(db_file)
    one_line_failure(run_cli("--database", f"sqlite:///{db_file}", "restore", bad, "--yes"), message)
    assert _sha(db_file) == before


def test_cli_restore_works_when_the_database_is_damaged(db_file, tmp_path):
    good = backup.backup_to(db_file, tmp_path / "good.sqlite3")
    db_file.write_bytes(b"x" * 8192)
    done = run_cli("--database", f"sqlite:///{db_file}", "restore", good, "--yes")
    assert done.returncode == 0, done.stderr
    assert _names(db_file) == _names(good)


def test_cli_backup_on_postgresql_points_to_pg_dump(pg_server):
    with pg_database(pg_server) as url:
        line = one_line_failure(run_cli("--database", url, "backup", "-o", "/tmp/never-written.dump"),
                                "pg_dump -Fc")
        assert "docs/SECURITY.md" in line
        one_line_failure(run_cli("--database", url, "restore", "x.dump", "--yes"), "pg_restore")


def test_clinic_chooses_how_many_backups_to_keep(tmp_path):
    from bodymap.services.settings import SettingsService
    url = f"sqlite:///{tmp_path / 'keep.sqlite3'}"
    engine, sessions = db.open_database(url)
    try:
        assert backup.configured_keep(url) == backup.DEFAULT_KEEP
        SettingsService(sessions).set_backup_keep(3)
        assert SettingsService(sessions).backup_keep() == 3
    finally:
        engine.dispose()
    assert backup.configured_keep(url) == 3
    folder = tmp_path / "backups"
    start = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)
    for day in range(5):
        backup.scheduled_backup(url, keep=backup.configured_keep(url), folder=folder,
                                now=start + dt.timedelta(days=day))
    assert len(backup.list_backups(folder)) == 3


def test_corrupt_database_names_the_newest_backup(tmp_path):
    url = f"sqlite:///{tmp_path / 'c.sqlite3'}"
    engine, _sessions = db.open_database(url)
    engine.dispose()
    newest = backup.rolling_backup(tmp_path / "c.sqlite3", backup.default_folder(tmp_path / "c.sqlite3"), 5)
    (tmp_path / "c.sqlite3").write_bytes(b"not a database at all " * 400)
    done = run_cli("--database", url, "visits")
    line = one_line_failure(done, "not a readable bodymap database", str(newest))
    assert "bodymap restore" in line


def test_an_empty_database_file_is_refused_as_damaged(tmp_path):
    """A 0-byte file (a crash, a failed copy, a sync tool) was silently made a new empty database."""
    from tests.integrity.cli_helpers import one_line_failure, run_cli
    path = tmp_path / "emptied.sqlite3"
    path.write_bytes(b"")
    with pytest.raises(CorruptDatabaseError):
        db.open_database(f"sqlite:///{path}")
    one_line_failure(run_cli("--database", f"sqlite:///{path}", "demo"), "not a readable bodymap database")
    assert path.stat().st_size == 0                      # never written into


def test_leftover_copies_of_a_killed_backup_are_removed_at_the_next_start(tmp_path):
    import subprocess
    import sys as _sys
    path = tmp_path / "clinic.sqlite3"
    engine, _sessions = db.open_database(f"sqlite:///{path}")
    engine.dispose()
    folder = backup.default_folder(path)
    backup.ensure_folder(folder)
    gone = subprocess.run([_sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()                   # a process that has ended
    dead = [folder / f".bodymap-20261201-101010.sqlite3.tmp-{gone}", tmp_path / f".clinic.sqlite3.restoring-{gone}",
            tmp_path / f"..clinic.sqlite3.restoring-{gone}.tmp-{gone}-journal"]
    alive = [folder / f".bodymap-20261201-101011.sqlite3.tmp-{os.getpid()}"]
    for leftover in dead + alive:
        leftover.write_bytes(b"SQLite format 3\x00 a whole copy of the patients")
    removed = backup.remove_leftovers(f"sqlite:///{path}")
    assert sorted(removed) == sorted(dead)
    assert all(not p.exists() for p in dead) and all(p.exists() for p in alive)
    assert path.exists()


def test_restore_refuses_a_backup_without_its_audit_protection_or_tables(tmp_path):
    path = tmp_path / "clinic.sqlite3"
    engine, sessions = db.open_database(f"sqlite:///{path}")
    engine.dispose()
    good = backup.backup_to(path, tmp_path / "good.sqlite3")
    stripped = tmp_path / "stripped.sqlite3"
    stripped.write_bytes(good.read_bytes())
    conn = sqlite3.connect(stripped)
    conn.execute("DROP TRIGGER audit_log_no_delete")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="protection of its audit trail"):
        backup.restore(stripped, path)
    fake = tmp_path / "fake.sqlite3"
    conn = sqlite3.connect(fake)
    conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
    conn.execute(f"INSERT INTO alembic_version VALUES ('{db.HEAD_REVISION}')")
    conn.execute("CREATE TABLE patients (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    with pytest.raises(BackupError, match="not a complete bodymap database"):
        backup.restore(fake, path)
    backup.restore(good, path)                           # a sound backup still restores
