"""Batch export of handouts: a patient's visits or a date range; Cancel leaves only complete files."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from bodymap import db
from bodymap.services import ChartService
from bodymap.services.demo import create_demo


@pytest.fixture
def demo_service(tmp_path_factory):
    engine, sessions = db.open_database(f"sqlite:///{tmp_path_factory.mktemp('db') / 'b.sqlite3'}")
    service = ChartService(sessions)
    create_demo(service)
    yield service
    engine.dispose()


def test_generator_yields_progress_and_names_files(qapp, demo_service, tmp_path):
    from bodymap.exchange.charts import select_visits
    from bodymap.export.batch import batch_export_pdfs
    out = tmp_path / "out"
    out.mkdir()
    steps = list(batch_export_pdfs(demo_service, select_visits(demo_service, chart_number="DEMO-0001"), out))
    assert [s.done for s in steps] == [0, 1, 2, 3] and steps[-1].total == 3
    names = sorted(p.name for p in out.iterdir())
    visits = sorted(demo_service.list_visits(), key=lambda v: v.started_at)
    assert names == sorted(f"DEMO-0001_{v.local_time().date().isoformat()}_{v.id}.pdf" for v in visits)


def test_dialog_exports_a_patient(qtbot, demo_service, tmp_path):
    from bodymap.ui.exports.batch_export import BatchExportDialog
    dialog = BatchExportDialog(demo_service, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    assert dialog.by_patient.isChecked() and dialog.patient.currentData() == "DEMO-0001"
    dialog.run_export()
    assert len(dialog.written) == 3 and not dialog.cancelled
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in dialog.written)
    assert all(p.read_bytes().startswith(b"%PDF") and p.read_bytes().rstrip().endswith(b"%%EOF")
               for p in dialog.written)


def test_date_range_and_empty_range(qtbot, demo_service, tmp_path):
    from bodymap.ui.exports.batch_export import BatchExportDialog
    visits = sorted(demo_service.list_visits(), key=lambda v: v.started_at)
    dialog = BatchExportDialog(demo_service, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.by_dates.setChecked(True)
    day = visits[1].local_time().date()
    dialog.since.setDate(QDate(day.year, day.month, day.day))
    dialog.until.setDate(QDate(day.year, day.month, day.day))
    assert [v.id for v in dialog.chosen_visits()] == [visits[1].id]
    far = day + dt.timedelta(days=400)
    dialog.since.setDate(QDate(far.year, far.month, far.day))
    dialog.until.setDate(QDate(far.year, far.month, far.day))
    dialog.run_export()
    assert "No visits match" in dialog.error.text() and not list(tmp_path.iterdir())
    dialog.folder.setText(str(tmp_path / "absent"))
    dialog.run_export()
    assert "existing folder" in dialog.error.text()


def test_cancel_leaves_only_complete_files(qtbot, demo_service, tmp_path):
    from bodymap.ui.exports.batch_export import BatchExportDialog
    dialog = BatchExportDialog(demo_service, folder=str(tmp_path))
    qtbot.addWidget(dialog)
    dialog.file_written.connect(lambda _path: dialog.progress.cancel())   # Cancel after the first file
    dialog.run_export()
    assert dialog.cancelled and len(dialog.written) == 1
    files = list(tmp_path.iterdir())
    assert files == dialog.written                                      # no temporary or partial files
    data = files[0].read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")


def test_dialog_makes_patient_copies_by_default_and_clinician_copies_on_request(qtbot, demo_service, tmp_path):
    import subprocess

    from bodymap.ui.exports.batch_export import BatchExportDialog
    for copy, wanted in (("patient", "Your trigger point and pain chart"), ("clinician", "(clinician copy)")):
        out = tmp_path / copy
        out.mkdir()
        dialog = BatchExportDialog(demo_service, folder=str(out))
        qtbot.addWidget(dialog)
        assert dialog.copy.currentData() == "patient"               # a handout is for the patient
        dialog.copy.setCurrentIndex(dialog.copy.findData(copy))
        dialog.run_export()
        assert len(dialog.written) == 3
        for path in dialog.written:
            text = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True).stdout
            assert wanted in " ".join(text.split())
