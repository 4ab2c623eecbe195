"""The handout shows the patient's progress (visits so far) as a vector chart, from the 2nd visit on."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from bodymap import db
from bodymap.export.report import export_pdf
from bodymap.services import ChartService
from bodymap.services.demo import create_demo
from bodymap.services.handout import handout_extras

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


def _text(path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout


def test_progress_chart_from_the_second_visit(qtbot, tmp_path):
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'h.sqlite3'}")
    try:
        service = ChartService(sessions)
        create_demo(service)
        first, _second, third = sorted(service.list_visits(), key=lambda v: v.started_at)
        charts = {v.id: service.get_chart(v.id) for v in (first, third)}
        extras = {vid: handout_extras(service, chart) for vid, chart in charts.items()}
        assert len(extras[first.id]["trends"]) == 1 and len(extras[third.id]["trends"]) == 3
        out_first = export_pdf(charts[first.id], tmp_path / "first.pdf", **extras[first.id])
        out_third = export_pdf(charts[third.id], tmp_path / "third.pdf", **extras[third.id])
    finally:
        engine.dispose()
    assert "Your progress" not in _text(out_first)
    text = _text(out_third)
    for words in ("Your progress", "Overall pain", "Pain area", "Active trigger points", "Visit date"):
        assert words in text
    images = subprocess.run(["pdfimages", "-list", str(out_third)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) == 2          # header lines only: the chart is vector


def test_batch_computes_a_patients_trends_once(qtbot, tmp_path, monkeypatch):
    from bodymap.export.batch import batch_export_pdfs
    from bodymap.services.progress import ProgressService
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'b.sqlite3'}")
    try:
        service = ChartService(sessions)
        create_demo(service)
        calls = []
        real = ProgressService.trends
        monkeypatch.setattr(ProgressService, "trends", lambda self, pid: calls.append(pid) or real(self, pid))
        out = tmp_path / "out"
        out.mkdir()
        steps = list(batch_export_pdfs(service, service.list_visits(), out))
    finally:
        engine.dispose()
    assert len([s for s in steps if s.path is not None]) == 3
    assert len(calls) == 1


def test_temple_example_plots_the_whole_body_extent(qtbot, tmp_path):
    """Issue 17: pain drawn on the head close-up only used to plot a flat line at zero."""
    from tests.temple_example import create_temple_patient
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 't.sqlite3'}")
    try:
        service = ChartService(sessions)
        _patient, visits = create_temple_patient(service)
        chart = service.get_chart(visits[1].id)
        extras = handout_extras(service, chart)
        out = export_pdf(chart, tmp_path / "temple.pdf", **extras)
    finally:
        engine.dispose()
    first, second = (p.pain_area_percent for p in extras["trends"])
    assert first > second > 0
    text = _text(out)
    assert "Pain area (% of body surface)" in text
    # the points are labelled in percent with one decimal (0.63 reads "0.6 %"), on a percent axis
    assert f"{first:.1f} %" in text and f"{second:.1f} %" in text
    assert f"{first:.2f}" not in text
    assert "0.5 %" in text or "1 %" in text                          # a tick of the percent axis


def test_pain_area_reads_in_percent():
    from bodymap.render.trends import percent_text, tick_text
    assert percent_text(0.63) == "0.6 %" and percent_text(12.345) == "12.3 %"
    assert percent_text(0.02) == "<0.1 %" and percent_text(0) == "0.0 %"
    assert tick_text(0.5, "pain_area_percent") == "0.5 %" and tick_text(2.0, "overall_pain") == "2"
