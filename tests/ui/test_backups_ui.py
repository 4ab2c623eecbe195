"""File > Back up now and File > Restore from a backup… in a real window (tests/ui/conftest.py)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from bodymap.domain.charting import PatientInput


def _engine_of(window):
    return window.service._sessions.kw["bind"]


def _attach(window, db_url):
    closed = []
    window.backups.attach(db_url, release=_engine_of(window).dispose)
    window.backups.after_restore = lambda: closed.append(True)
    return closed


def test_back_up_now_shows_the_age_in_the_status_bar(qtbot, open_window, db_url, tmp_path):
    window = open_window()
    _attach(window, db_url)
    assert window.backups.label.text() == "Last backup: never"
    assert window.menu_actions["backup_now"].isEnabled()
    window.menu_actions["backup_now"].trigger()
    written = sorted((tmp_path / "backups").glob("bodymap-*.sqlite3"))
    assert len(written) == 1
    assert window.backups.label.text() == "Last backup: just now"
    assert "Backup written" in window.statusBar().currentMessage()


def test_restore_from_the_window_replaces_the_database_after_the_checks(qtbot, open_window, db_url, tmp_path,
                                                                         monkeypatch):
    window = open_window()
    closed = _attach(window, db_url)
    window.service.create_patient(PatientInput(chart_number="KEEP-1", name="Before Backup"))
    backup_file = window.backups.back_up_now()
    window.service.create_patient(PatientInput(chart_number="LATE-2", name="After Backup"))
    asked, told = [], []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: told.append(a[2]))
    kept = window.backups.restore_file(backup_file)
    assert "(1 patient)" in asked[0] and closed == [True]
    assert kept is not None and kept.name.startswith("chart.sqlite3.before-restore-")
    assert "previous database is kept" in told[0]
    charts = {p.chart_number for p in window.service.search_patients("", limit=100)}   # a new connection
    assert charts == {"KEEP-1"}


def test_a_bad_file_is_refused_and_nothing_changes(qtbot, open_window, db_url, tmp_path, monkeypatch):
    window = open_window()
    _attach(window, db_url)
    window.service.create_patient(PatientInput(chart_number="STAY-1", name="Stays Here"))
    bad = tmp_path / "not-a-backup.sqlite3"
    bad.write_bytes(b"this is not a database" * 100)
    errors = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: errors.append(a[2]))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: (_ for _ in ()).throw(AssertionError("asked")))
    assert window.backups.restore_file(bad) is None
    assert "not a SQLite database" in errors[0] and "Nothing was changed" in errors[0]
    assert {p.chart_number for p in window.service.search_patients("", limit=100)} == {"STAY-1"}
    assert not list(Path(tmp_path).glob("*.before-restore-*"))


def test_restore_dialog_lists_the_backups_newest_first(qtbot, open_window, db_url):
    from bodymap.ui.backups import RestoreDialog
    window = open_window()
    _attach(window, db_url)
    first = window.backups.back_up_now()
    second = window.backups.back_up_now()
    dialog = RestoreDialog(window.backups.backups, window)
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 2
    dialog.accept()
    assert dialog.chosen == second and first != second


def test_a_second_folder_gets_a_copy_of_every_backup(qtbot, open_window, db_url, tmp_path, monkeypatch):
    window = open_window()
    _attach(window, db_url)
    usb = tmp_path / "usb"
    usb.mkdir()
    monkeypatch.setattr("bodymap.ui.backups.QFileDialog.getExistingDirectory", lambda *a, **k: str(usb))
    window.menu_actions["backup_folder"].trigger()          # chooses the folder and backs up at once
    assert len(list(usb.glob("bodymap-*.sqlite3"))) == 1
    assert len(list((tmp_path / "backups").glob("bodymap-*.sqlite3"))) == 1
    assert window.backups.label.text() == "Last backup: just now (other disk: just now)"
    window.backups.daily()                                  # nothing is due: no third copy
    assert len(list(usb.glob("bodymap-*.sqlite3"))) == 1


def test_an_unplugged_second_disk_is_said_and_the_local_backup_still_made(qtbot, open_window, db_url, tmp_path,
                                                                         monkeypatch):
    window = open_window()
    _attach(window, db_url)
    window.backups.set_second_folder(tmp_path / "unplugged")
    warned = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    path = window.backups.back_up_now()
    assert path is not None and path.is_file()
    assert "not to the other disk" in warned[0] and "plugged in" in warned[0]
    window.backups.daily()                                  # hourly: says so in the status bar
    assert "plugged in" in window.statusBar().currentMessage()
    assert window.backups.label.text() == "Last backup: just now (other disk: never)"
    window.backups.set_second_folder(None)
    assert window.backups.label.text() == "Last backup: just now"
