"""The progress dialogs on the demo patient (pytest-qt, offscreen)."""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PIL import Image
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter

from bodymap import db
from bodymap.render.trends import paint_trends
from bodymap.services import ChartService
from bodymap.services.demo import create_demo
from bodymap.services.progress import ProgressService
from bodymap.ui.progress import open_compare, open_heatmap, open_trends

SHOTS = os.environ.get("BODYMAP_SHOTS")       # folder to keep screenshots in, e.g. docs/images/progress


@pytest.fixture
def demo(tmp_path):
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'ui.sqlite3'}")
    service = ChartService(sessions)
    create_demo(service)
    yield service, ProgressService(sessions), service.find_patient("DEMO-0001")
    engine.dispose()


def shot(widget, name):
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def colour_count(image: QImage, color: QColor, tolerance=40) -> int:
    n = 0
    for y in range(0, image.height(), 2):
        for x in range(0, image.width(), 2):
            c = image.pixelColor(x, y)
            if abs(c.red() - color.red()) + abs(c.green() - color.green()) + abs(c.blue() - color.blue()) < tolerance:
                n += 1
    return n


def tint_counts(image: QImage) -> dict[str, int]:
    """Pixels tinted like resolved (blue), persisting (purple) and new (orange) change marks."""
    out = {"blue": 0, "purple": 0, "orange": 0}
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            if b > r + 40 and b > g + 15 and g > r:
                out["blue"] += 1
            elif b > g + 40 and r > g + 20:
                out["purple"] += 1
            elif r > b + 80 and g > b + 40:
                out["orange"] += 1
    return out


def test_compare_dialog_shows_both_visits_overlay_and_summary(qtbot, demo):
    service, progress, patient = demo
    dialog = open_compare(None, service, progress, patient)
    qtbot.addWidget(dialog)
    visits = sorted(service.list_visits(patient.id), key=lambda v: v.started_at)
    assert dialog.from_box.count() == 3 and dialog.from_box.currentData() == visits[0].id
    assert dialog.to_box.currentData() == visits[-1].id
    assert dialog.view_box.count() >= 2
    text = dialog.summary.text()
    assert "Pain extent</b> (share of the whole body surface)" in text and "1 resolved" in text and "7 → 3" in text
    assert "same place</b>: " in text and "jaccard" not in text.lower()
    labels = [dialog.sites.item(r, 0).text() for r in range(dialog.sites.rowCount())]
    assert any("Pectoral" in label for label in labels)
    dialog.view_box.setCurrentIndex(dialog.view_box.findData("posterior"))
    overlay = dialog.change_image.pixmap().toImage()
    assert not dialog.before_image.pixmap().isNull() and not dialog.after_image.pixmap().isNull()
    # the shrinking neck zone: resolved (blue hatch) around persisting (purple)
    tints = tint_counts(overlay)
    assert tints["blue"] > 50 and tints["purple"] > 20 and tints["orange"] == 0
    shot(dialog, "compare")
    dialog.from_box.setCurrentIndex(1)            # picking another visit recomputes
    assert dialog.comparison.from_visit == visits[1].id


def test_compare_dialog_same_visit_shows_no_change(qtbot, demo):
    service, progress, patient = demo
    dialog = open_compare(None, service, progress, patient)
    qtbot.addWidget(dialog)
    dialog.to_box.setCurrentIndex(0)
    assert dialog.comparison.change_points == pytest.approx(0)
    assert "No detectable change: within the measurement error" in dialog.summary.text()
    assert "same place</b>: 100%" in dialog.summary.text()


def test_trends_dialog_and_painting_on_any_painter(qtbot, demo):
    _service, progress, patient = demo
    dialog = open_trends(None, progress, patient)
    qtbot.addWidget(dialog)
    assert [p.overall_pain for p in dialog.chart.points] == [7, 5, 3]
    image = dialog.chart.grab().toImage()
    assert colour_count(image, QColor("#B2182B")) > 20          # the pain line is drawn
    shot(dialog, "trends")
    target = QImage(800, 600, QImage.Format.Format_ARGB32)
    target.fill(QColor("white"))
    painter = QPainter(target)
    paint_trends(painter, QRectF(0, 0, 800, 600), dialog.points)
    painter.end()
    assert colour_count(target, QColor("#2166AC")) > 20         # the pain-area line too
    empty = QImage(300, 200, QImage.Format.Format_ARGB32)
    painter = QPainter(empty)
    paint_trends(painter, QRectF(0, 0, 300, 200), [])
    painter.end()


def test_heatmap_dialog_filters_and_exports(qtbot, demo, tmp_path):
    _service, progress, _patient = demo
    dialog = open_heatmap(None, progress)
    qtbot.addWidget(dialog)
    dialog.view_box.setCurrentIndex(dialog.view_box.findData("posterior"))
    assert dialog.heat.visit_count == 3 and dialog.heat.max_count == 3
    assert "3 visits chosen" in dialog.status.text()
    shot(dialog, "heatmap")
    dialog.by_complaint.setChecked(True)
    dialog.complaint.setText("no such complaint")
    dialog.refresh()
    assert dialog.heat.visit_count == 0 and not dialog.export_button.isEnabled()
    dialog.complaint.setText("Follow-up")
    dialog.refresh()
    assert dialog.heat.visit_count == 2
    path = dialog.export(str(tmp_path / "map.png"))
    with Image.open(path) as image:
        assert image.format == "PNG" and image.text["Visits"] == "2"
        if SHOTS:
            image.save(os.path.join(SHOTS, "heatmap-export.png"))


def test_heatmap_dialog_composite_map_of_one_patient(qtbot, demo):
    from PySide6.QtCore import QDate
    service, progress, patient = demo
    dialog = open_heatmap(None, progress, patient)
    qtbot.addWidget(dialog)
    dialog.view_box.setCurrentIndex(dialog.view_box.findData("posterior"))
    dialog.patient_only.setChecked(True)
    assert dialog.heat.visit_count == 3
    visits = sorted(service.list_visits(patient.id), key=lambda v: v.started_at)
    first = visits[0].local_time().date()
    dialog.since.setDate(QDate(first.year, first.month, first.day))
    dialog.until.setDate(QDate(first.year, first.month, first.day))
    dialog.use_dates.setChecked(True)
    assert dialog.heat.visit_count == 1 and dialog.heat.max_count == 1
    assert "1 visit chosen" in dialog.status.text()
    shot(dialog, "heatmap_patient")


def test_compare_dialog_on_the_temple_example_shows_a_real_change(qtbot, tmp_path):
    """Issue 17: pain drawn on the head close-up only; the dialog used to say 0.00% -> 0.00%."""
    from tests.temple_example import VIEW, create_temple_patient
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'temple.sqlite3'}")
    try:
        service = ChartService(sessions)
        patient, _visits = create_temple_patient(service)
        dialog = open_compare(None, service, ProgressService(sessions), patient)
        qtbot.addWidget(dialog)
        c = dialog.comparison
        text = dialog.summary.text()
        assert f"{c.body_before.extent_percent:.2f}% → {c.body_after.extent_percent:.2f}%" in text
        assert c.body_before.extent_percent > 0 and c.body_change_points < 0
        assert "same place</b>: 25%" in text
        assert "No detectable change" in text          # 0.37 points, under the MDC of 0.38
        assert "jaccard" not in text.lower()
        assert dialog.view_box.currentData() == VIEW
        tints = tint_counts(dialog.change_image.pixmap().toImage())
        assert tints["blue"] > 50 and tints["purple"] > 20
        shot(dialog, "compare_temple")
    finally:
        engine.dispose()


def test_compare_dialog_change_by_body_region(qtbot, tmp_path):
    """Temple drawn on the head close-up, then on the side view, plus a calf that came: by region
    the temple stayed (grey) on both views, though no pixel of one view overlaps the other."""
    from bodymap.domain.charting import PatientInput, VisitInput
    from tests.domain.test_measures import region_zone
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'regions.sqlite3'}")
    try:
        service = ChartService(sessions)
        patient = service.create_patient(PatientInput(chart_number="R-1", name="Region Change"))
        import datetime as dt
        start = dt.datetime(2026, 1, 5, 9, tzinfo=dt.UTC)
        for days, zones in ((0, [region_zone("head_lateral_right", "temple", "right")]),
                            (7, [region_zone("lateral_right", "temple", "right"),
                                 region_zone("lateral_right", "lateral_leg", "right")])):
            v = service.create_visit(patient.id, VisitInput(started_at=start + dt.timedelta(days=days)))
            for z in zones:
                service.add_zone(v.id, z.view, [list(p) for p in z.polygons])
        dialog = open_compare(None, service, ProgressService(sessions), patient)
        qtbot.addWidget(dialog)
        dialog.view_box.setCurrentIndex(dialog.view_box.findData("lateral_right"))
        drawn = tint_counts(dialog.change_image.pixmap().toImage())
        assert drawn["orange"] > 50                                  # by pixels: all of it is new here
        dialog.mode_box.setCurrentIndex(dialog.mode_box.findData("regions"))
        assert dialog.region_legend.isVisibleTo(dialog) and not dialog.drawn_legend.isVisibleTo(dialog)
        image = dialog.change_image.pixmap().toImage()
        assert region_tints(image)["red"] > 50 and region_tints(image)["grey"] > 5
        assert region_tints(image)["green"] == 0
        shot(dialog, "compare_regions")
    finally:
        engine.dispose()


def region_tints(image: QImage) -> dict[str, int]:
    out = {"red": 0, "green": 0, "grey": 0}
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            r, g, b = c.red(), c.green(), c.blue()
            if r > g + 60 and r > b + 50:
                out["red"] += 1
            elif g > r + 40 and g > b + 20:
                out["green"] += 1
            elif abs(r - g) < 6 and abs(g - b) < 6 and 90 < r < 200:
                out["grey"] += 1
    return out
