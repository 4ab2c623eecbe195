"""bodymap's log file (services/logfile.py): where it goes, that it rotates and is the owner's
only, and that a crash report names no patient."""
from __future__ import annotations

import logging
import os
import sys

import pytest

from bodymap.services import logfile

SECRET = "Zenobia Quillfeather, chart SECRET-4711"


@pytest.fixture
def log_in(tmp_path):
    yield tmp_path / "logs"
    logfile.stop_log()


def test_the_log_goes_to_the_folder_given_and_says_the_version(log_in):
    path = logfile.start_log(log_in)
    assert path == log_in / "bodymap.log" and logfile.current_log() == path
    logging.getLogger("bodymap.services").info("database unavailable: OperationalError")
    logging.getLogger("sqlalchemy.engine").info("not a warning: left out")
    logging.getLogger("somelib").warning("a library's warning")
    text = path.read_text("utf-8")
    assert f"bodymap {logfile.__version__} started" in text
    assert "database unavailable: OperationalError" in text and "a library's warning" in text
    assert "left out" not in text


def test_env_chooses_the_folder_else_the_platforms(monkeypatch, tmp_path, log_in):
    monkeypatch.setenv(logfile.ENV_LOG_DIR, str(tmp_path / "elsewhere"))
    assert logfile.start_log() == tmp_path / "elsewhere" / "bodymap.log"
    monkeypatch.delenv(logfile.ENV_LOG_DIR)
    monkeypatch.setattr(logfile, "log_folder", lambda: log_in)
    assert logfile.start_log() == log_in / "bodymap.log"


def test_the_log_rotates(log_in):
    path = logfile.start_log(log_in, max_bytes=2_000)
    for n in range(200):
        logging.getLogger("bodymap.test").info("line %d of a long session", n)
    files = sorted(p.name for p in log_in.iterdir())
    assert files[0] == "bodymap.log" and "bodymap.log.1" in files
    assert len(files) <= 1 + logfile.BACKUP_COUNT
    assert all((log_in / name).stat().st_size <= 2_100 for name in files)
    assert "line 199" in path.read_text("utf-8")


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_the_log_is_the_owners_only(log_in):
    old = os.umask(0o022)
    try:
        path = logfile.start_log(log_in)
        logging.getLogger("bodymap.test").info("x")
    finally:
        os.umask(old)
    assert path.stat().st_mode & 0o777 == 0o600
    assert log_in.stat().st_mode & 0o777 == 0o700


def test_an_unwritable_folder_means_no_file_not_a_failure(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert logfile.start_log(blocker / "logs") is None


def _raise_with_patient_data():
    patient_name = SECRET                     # a local variable that must not be reported  # noqa: F841
    try:
        {}["missing"]
    except KeyError as exc:
        raise ValueError(f"cannot save {SECRET}") from exc


def test_a_crash_report_names_the_error_and_the_stack_but_no_patient(log_in):
    path = logfile.start_log(log_in)
    try:
        _raise_with_patient_data()
    except ValueError:
        report = logfile.log_crash(*sys.exc_info())
    assert "crashed: builtins.ValueError" in report
    assert "in _raise_with_patient_data" in report and "while handling: builtins.KeyError" in report
    assert "Quillfeather" not in report and "SECRET-4711" not in report
    text = path.read_text("utf-8")
    assert "builtins.ValueError" in text and "Quillfeather" not in text


def test_the_data_folder_is_the_databases(tmp_path):
    assert logfile.data_folder_for(f"sqlite:///{tmp_path / 'clinic' / 'x.sqlite3'}") == (tmp_path / "clinic").resolve()
    from bodymap.db.locations import data_folder
    assert logfile.data_folder_for("postgresql+psycopg://u@server/bodymap") == data_folder()
