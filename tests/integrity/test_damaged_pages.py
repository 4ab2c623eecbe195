"""A database damaged inside (a page overwritten in the middle of the file, the header intact) is
refused when it opens, when it is backed up and by every command, with the one message of
CorruptDatabaseError; the file itself is never written into."""
from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from bodymap import db
from bodymap.errors import CorruptDatabaseError
from bodymap.migrations import backup
from bodymap.services import ChartService
from bodymap.services.demo import create_demo
from tests.integrity.cli_helpers import one_line_failure, run_cli

MESSAGE = "is not a readable bodymap database"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _populated(path: Path) -> Path:
    engine, sessions = db.open_database(f"sqlite:///{path}")
    create_demo(ChartService(sessions))
    with sessions.begin() as s:
        s.add_all([db.Patient(chart_number=f"P{i:05d}", name=f"Patient {i}", notes="x" * 300)
                   for i in range(2000)])
    engine.dispose()
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    return path


def _damage_a_middle_page(path: Path) -> int:
    """Garbage over a leaf page of the patients table in the middle of the file (not its header)."""
    conn = sqlite3.connect(path)
    try:
        pages = [r[0] for r in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = 'patients' AND pagetype = 'leaf' ORDER BY pageno")]
        page_size = conn.execute("PRAGMA page_size").fetchone()[0]
        page_count = conn.execute("PRAGMA page_count").fetchone()[0]
    finally:
        conn.close()
    page = pages[len(pages) // 2]
    assert 10 < page < page_count - 10, "the damage must be inside the file, far from its header"
    with open(path, "r+b") as fh:
        fh.seek((page - 1) * page_size + 8)
        fh.write(b"\xde\xad\xbe\xef" * 200)
    return page


@pytest.fixture(scope="module")
def damaged_template(tmp_path_factory) -> Path:
    path = _populated(tmp_path_factory.mktemp("damaged") / "template.sqlite3")
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]
    _damage_a_middle_page(path)
    return path


@pytest.fixture
def damaged(damaged_template, tmp_path) -> Path:
    path = tmp_path / "clinic" / "bodymap.sqlite3"
    path.parent.mkdir()
    path.write_bytes(damaged_template.read_bytes())
    return path


def test_the_damaged_header_is_intact_so_only_a_page_check_can_tell(damaged):
    conn = sqlite3.connect(damaged)
    try:
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 10
    finally:
        conn.close()


def test_opening_a_damaged_database_is_refused_and_leaves_it_unchanged(damaged):
    before = _sha(damaged)
    with pytest.raises(CorruptDatabaseError, match=MESSAGE):
        db.open_database(f"sqlite:///{damaged}")
    assert _sha(damaged) == before


def test_a_sound_database_opens_with_the_check(tmp_path):
    path = _populated(tmp_path / "sound.sqlite3")
    engine, sessions = db.open_database(f"sqlite:///{path}")
    try:
        assert len(ChartService(sessions).search_patients("Patient 1", limit=5)) == 5
    finally:
        engine.dispose()


def test_the_check_at_opening_stops_at_its_time_limit(tmp_path):
    """A check cut short by its time limit reports nothing (it cannot tell) and the open goes on:
    damage in the last pages of a larger file is found only by the full check (the backup's)."""
    path = tmp_path / "larger.sqlite3"
    engine, _sessions = db.open_database(f"sqlite:///{path}")
    engine.dispose()
    with sqlite3.connect(path) as conn:                 # ~60 MB: the b-tree walk takes tens of ms
        conn.execute(
            "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 7000) "
            "INSERT INTO patients (chart_number, name, sex, notes, version, created_at, updated_at) "
            "SELECT 'B' || i, 'P ' || i, 'unknown', hex(randomblob(4000)), 1, "
            "'2026-01-01 00:00:00.000000', '2026-01-01 00:00:00.000000' FROM n")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage_a_middle_page(path)
    conn = sqlite3.connect(path)
    try:
        assert db.sqlite_damage(conn) is not None                   # the full check finds it
        assert db.sqlite_damage(conn, seconds=0.0) is None          # stopped at once: nothing found
        assert db.sqlite_damage(conn, seconds=60.0) is not None     # time enough: found
        assert conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] > 10   # usable after
    finally:
        conn.close()
    db.make_engine(f"sqlite:///{path}", check_seconds=0).dispose()           # opens: not checked
    with pytest.raises(CorruptDatabaseError):
        db.make_engine(f"sqlite:///{path}", check_seconds=None)              # the full check


def test_damage_found_after_opening_gives_the_same_message(damaged):
    """A page the bounded check did not reach: the service turns SQLite's "malformed" into the
    same CorruptDatabaseError, not a generic database error."""
    engine = db.make_engine(f"sqlite:///{damaged}", check_seconds=0)
    try:
        from sqlalchemy.orm import sessionmaker
        service = ChartService(sessionmaker(engine, expire_on_commit=False))
        with pytest.raises(CorruptDatabaseError, match=MESSAGE):
            service.search_patients("", limit=10**6)
    finally:
        engine.dispose()


def test_backup_of_a_damaged_database_is_refused(damaged, tmp_path):
    before = _sha(damaged)
    with pytest.raises(CorruptDatabaseError, match=MESSAGE):
        backup.backup_to(damaged, tmp_path / "copy.sqlite3")
    assert not (tmp_path / "copy.sqlite3").exists()
    folder = backup.default_folder(damaged)
    with pytest.raises(CorruptDatabaseError):
        backup.rolling_backup(damaged, folder)
    assert backup.list_backups(folder) == []
    with pytest.raises(CorruptDatabaseError):
        backup.startup_backup(f"sqlite:///{damaged}")
    assert _sha(damaged) == before
    assert [p.name for p in damaged.parent.iterdir() if p.name.startswith(".")] == []


@pytest.mark.parametrize("command", [
    ["export", "--all", "--format", "json", "-o", "{out}/all.json"],
    ["export", "--all", "--format", "csv", "-o", "{out}/all.csv"],
    ["demo"],
    ["backup", "-o", "{out}/copy.sqlite3"],
    ["backup"],
])
def test_every_command_gives_the_message_and_fails(damaged, tmp_path, command):
    before = _sha(damaged)
    out = tmp_path / "out"
    out.mkdir()
    result = run_cli("--database", f"sqlite:///{damaged}", *[a.format(out=out) for a in command])
    one_line_failure(result, MESSAGE, "bodymap restore")
    assert list(out.iterdir()) == []
    assert _sha(damaged) == before
