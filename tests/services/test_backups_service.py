"""services/backups.py: what the window shows of the SQLite backups."""
from __future__ import annotations

import datetime as dt

import pytest

from bodymap import db
from bodymap.errors import BackupError
from bodymap.services.backups import Backups, age_text

NOW = dt.datetime(2026, 12, 6, 12, 0, tzinfo=dt.UTC)


@pytest.mark.parametrize("ago, text", [
    (None, "never"), (dt.timedelta(seconds=20), "just now"), (dt.timedelta(minutes=12), "12 min ago"),
    (dt.timedelta(hours=5, minutes=59), "5 h ago"), (dt.timedelta(hours=47), "47 h ago"),
    (dt.timedelta(days=3, hours=1), "3 days ago"), (-dt.timedelta(minutes=5), "just now"),
])
def test_age_text(ago, text):
    assert age_text(None if ago is None else NOW - ago, NOW) == text


def test_back_up_now_then_status_and_list(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    engine, _sessions = db.open_database(url)
    engine.dispose()
    backups = Backups(url)
    assert backups.available and backups.folder == (tmp_path / "backups").resolve()
    assert backups.status() == "Last backup: never"
    path = backups.back_up_now()
    assert path.parent == backups.folder and backups.newest().path == path
    assert backups.status() == "Last backup: just now"
    assert backups.check(path).revision == db.HEAD_REVISION


def test_a_server_database_has_no_backups_here():
    backups = Backups("postgresql+psycopg://u@server/bodymap")
    assert not backups.available and backups.all_backups() == [] and backups.status() == "Backups: on the database server"
    with pytest.raises(BackupError, match="pg_dump"):
        backups.back_up_now()


def test_the_daily_run_brings_a_stale_second_folder_up_to_date(tmp_path):
    url = f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    engine, _sessions = db.open_database(url)
    engine.dispose()
    usb = tmp_path / "usb"
    usb.mkdir()
    backups = Backups(url, usb)
    local = backups.back_up_now()                            # the local backup is fresh
    (usb / "bodymap-20200101-000000.sqlite3").write_bytes(local.read_bytes())   # the disk's is years old
    written = backups.scheduled()
    assert len(written) == 1 and written[0].parent == usb
    assert backups.scheduled() == []                         # both fresh now: nothing more
    assert len(backups.all_backups()) == 1
