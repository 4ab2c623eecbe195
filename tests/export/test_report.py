"""The printed visit report: PDF pages, text, pagination and what is drawn (needs poppler-utils)."""
from __future__ import annotations

import datetime as dt
import math
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from bodymap.domain.diagrams import load_view
from bodymap.domain.geometry import to_shape
from bodymap.domain.records import PatientRecord, TriggerPointRecord, VisitChart, VisitRecord, ZoneRecord
from bodymap.domain.reference import region_label

POPPLER = all(shutil.which(tool) for tool in ("pdftotext", "pdfinfo", "pdftoppm"))
needs_poppler = pytest.mark.skipif(not POPPLER, reason="poppler-utils (pdftotext, pdfinfo, pdftoppm) "
                                                       "is not installed")
PATIENT_NAME = "Jordan Quinlan-Test"
CHART_NUMBER = "CH-48213"


# --- building charts without a database ------------------------------------------------
def region_point(view_id: str, region_id: str, side: str) -> tuple[float, float]:
    view = load_view(view_id)
    for region in view.regions:
        if region.id == region_id and region.side == side:
            p = to_shape(region.polygons, view.aspect).representative_point()
            return p.x / view.aspect, p.y
    raise KeyError(f"{view_id} has no {side} {region_id}")


def make_tp(tp_id, view, region, side, status="active", muscle=None, needled=False, notes="", carried=False):
    x, y = region_point(view, region, side)
    return TriggerPointRecord(
        id=tp_id, visit_id=1, view=view, x=x, y=y, diagram_version=load_view(view).version, region=region,
        region_label=region_label(region), muscle=muscle, side=side, status=status,
        findings=frozenset({"taut_band", "spot_tenderness"}), pressure_pain=6, needled=needled,
        needle_size="0.30 x 50 mm" if needled else "", depth_mm=20.0 if needled else None,
        twitch_responses=2 if needled else None, notes=notes,
        carried_from_id=900 + tp_id if carried else None)


def make_zone(zone_id, view, region, side, quality="numbness", depth="superficial", notes=""):
    x, y = region_point(view, region, side)
    ring = tuple((x + 0.02 * math.cos(2 * math.pi * k / 20), y + 0.015 * math.sin(2 * math.pi * k / 20))
                 for k in range(20))
    return ZoneRecord(id=zone_id, visit_id=1, view=view, diagram_version=load_view(view).version, polygons=(ring,), sides=(side,),
                      regions=(f"{side}:{region}",), quality=quality, intensity=5, depth=depth, notes=notes)


def make_chart(trigger_points=(), zones=(), status="draft", notes="Stretch twice daily.") -> VisitChart:
    patient = PatientRecord(id=1, chart_number=CHART_NUMBER, name=PATIENT_NAME,
                            date_of_birth=dt.date(1979, 6, 2), sex="female", notes="")
    visit = VisitRecord(id=42, patient_id=1, started_at=dt.datetime(2025, 3, 12, 10, 15, tzinfo=dt.UTC),
                        clinician="Dr. Casey Lee", chief_complaint="Low back and neck pain", overall_pain=6,
                        notes=notes, status=status)
    return VisitChart(patient=patient, visit=visit, trigger_points=tuple(trigger_points), zones=tuple(zones))


def standard_chart(status="draft") -> VisitChart:
    return make_chart(
        trigger_points=[
            make_tp(1, "posterior", "upper_trapezius_ridge", "right", muscle="upper_trapezius", needled=True),
            make_tp(2, "posterior", "medial_scapular_border", "left", status="latent", carried=True),
            make_tp(3, "anterior", "pectoral", "right"),
        ],
        zones=[make_zone(1, "anterior", "temple", "right", "aching", "deep", "Afternoon headache"),
               make_zone(2, "posterior", "calf", "left", "numbness")],
        status=status)


# --- poppler helpers ----------------------------------------------------------------------
def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", str(path), "-"], check=True, capture_output=True, text=True).stdout


def flat(text: str) -> str:
    """Text with line breaks undone (table cells wrap)."""
    return " ".join(text.split())


def squash(text: str) -> str:
    """Text without spaces and hyphens: pdftotext joins a word broken after a hyphen."""
    return re.sub(r"[\s\-]+", "", text)


def pdf_info(path: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(path)], check=True, capture_output=True, text=True).stdout
    return {k.strip(): v.strip() for k, _, v in (line.partition(":") for line in out.splitlines())}


def red_pixels(png: Path) -> int:
    from PIL import Image
    data = Image.open(png).convert("RGB").tobytes()
    pixels = zip(data[0::3], data[1::3], data[2::3])
    return sum(1 for r, g, b in pixels if (r - 0xC6) ** 2 + (g - 0x28) ** 2 + (b - 0x28) ** 2 < 40 ** 2)


def export(chart, tmp_path, name="report.pdf", **kwargs) -> Path:
    from bodymap.export.report import export_pdf
    path = tmp_path / name
    assert export_pdf(chart, path, **kwargs) == path
    return path


# --- tests ------------------------------------------------------------------------------
@needs_poppler
def test_draft_report_names_patient_marks_and_status(qapp, tmp_path):
    chart = standard_chart("draft")
    path = export(chart, tmp_path)
    info = pdf_info(path)
    text = pdf_text(path)
    pages = int(info["Pages"])
    assert f"Page 1 of {pages}" in text
    assert all(f"Page {n} of {pages}" in text for n in range(1, pages + 1))
    assert PATIENT_NAME in text and CHART_NUMBER in text
    assert "DRAFT" in text and "Signed" not in text
    assert "Dr. Casey Lee" in text and "12 Mar 2025" in text
    body = flat(text)
    for tp in chart.trigger_points:
        assert squash(tp.region_label) in squash(text)
        assert tp.side.capitalize() in body
    assert "Upper trapezius" in body          # muscle name when there is one
    assert "Right temple" in body and "Left calf" in body
    assert "Afternoon headache" in body and "Stretch twice daily." in body
    # metadata: date only, never the patient
    assert info["Title"] == "bodymap visit 2025-03-12"
    assert info["Creator"] == "bodymap"
    assert PATIENT_NAME not in info.get("Title", "") and PATIENT_NAME not in info.get("Author", "")
    assert not list(tmp_path.glob("*.tmp")), "temporary file left behind"


@needs_poppler
def test_signed_report_says_signed_not_draft(qapp, tmp_path):
    text = pdf_text(export(standard_chart("signed"), tmp_path))
    assert "Signed" in text
    assert "DRAFT" not in text


@needs_poppler
def test_text_stays_text_and_diagrams_stay_vector(qapp, tmp_path):
    path = export(standard_chart(), tmp_path)
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True)
    if listing.returncode == 0:
        images = [line for line in listing.stdout.splitlines()[2:] if line.strip()]
        assert images == [], "the report should contain no raster images"
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True)
    if fonts.returncode == 0:
        assert "DejaVu" in fonts.stdout


@needs_poppler
@pytest.mark.parametrize("notes_in_table", [False, True], ids=["long-notes-below", "rows-split"])
def test_long_chart_breaks_rows_across_pages(qapp, tmp_path, monkeypatch, notes_in_table):
    from bodymap.export import report
    if notes_in_table:       # keep the long note in its cell, so its row must split across pages
        monkeypatch.setattr(report, "NOTE_SPILL_CHARS", 100_000)
    spots = [(view, r.id, r.side) for view in ("posterior", "anterior") for r in load_view(view).regions]
    long_tp_note = ("This trigger point note is deliberately long so that its row must break across "
                    "a page boundary. " * 40)[:2990] + " TAILTOKEN"
    tps = []
    for n in range(1, 61):
        view, region, side = spots[(n * 7) % len(spots)]
        note = long_tp_note if n == 30 else f"TPNOTE{n:02d} pressure reproduces the pain."
        tps.append(make_tp(n, view, region, side, status="active" if n % 3 else "latent",
                           needled=n % 2 == 0, notes=note))
    visit_note = ("Home programme: heat, gentle stretching and graded walking every day. " * 60)[:2990]
    chart = make_chart(tps, [make_zone(1, "posterior", "calf", "left")],
                       notes=visit_note + " ENDOFVISITNOTE")
    path = export(chart, tmp_path, copy="clinician")
    pages = int(pdf_info(path)["Pages"])
    text = pdf_text(path)
    body = flat(text)
    assert pages > 1
    assert f"Page {pages} of {pages}" in text
    assert text.count(PATIENT_NAME) == pages            # the banner is on every page
    for n in range(1, 61):
        if n != 30:
            assert f"TPNOTE{n:02d}" in body, f"row {n} is missing"
    # pdftotext may read the Side cell ("Left") between the lines of a wrapped location
    squashed = squash("\n".join(ln for ln in text.splitlines() if ln.strip() not in ("Left", "Right", "Midline")))
    for tp in tps:
        assert squash(tp.region_label) in squashed
    assert "TAILTOKEN" in body and "ENDOFVISITNOTE" in body
    assert "Trigger points (continued)" in body
    # nothing of the long note was lost at the page breaks
    in_full = long_tp_note.count("deliberately long")
    if notes_in_table:
        assert body.count("deliberately long") == in_full
    else:
        assert body.count("deliberately long") == in_full + 1      # + the preview in the table
        from bodymap.domain.mark_order import mark_keys
        number = mark_keys(chart)[0][30]                             # its number in page order
        assert "Trigger point notes" in body and f"continued below, #{number}" in body


@needs_poppler
def test_page_one_shows_red_active_trigger_points(qapp, tmp_path):
    # signed visits: the red DRAFT badge would count as red too
    marked = export(standard_chart("signed"), tmp_path, "marked.pdf")
    empty = export(make_chart(status="signed"), tmp_path, "empty.pdf")
    for pdf in (marked, empty):
        subprocess.run(["pdftoppm", "-r", "50", "-png", "-f", "1", "-l", "1", str(pdf),
                        str(tmp_path / pdf.stem)], check=True)
    marked_png = next(tmp_path.glob("marked*.png"))
    empty_png = next(tmp_path.glob("empty*.png"))
    assert red_pixels(empty_png) < 5
    assert red_pixels(marked_png) >= 10


@needs_poppler
def test_only_views_with_marks_are_printed(qapp, tmp_path):
    chart = make_chart([make_tp(1, "anterior", "pectoral", "left")],
                       [make_zone(1, "anterior", "anterior_thigh", "right", "burning")])
    text = pdf_text(export(chart, tmp_path))
    assert "Anterior (front)" in text
    assert "Posterior (back)" not in text


@needs_poppler
def test_visit_without_marks_says_so(qapp, tmp_path):
    text = flat(pdf_text(export(make_chart(status="signed"), tmp_path)))
    assert "No trigger points or pain zones were charted" in text
    assert "Anterior (front)" not in text and "Posterior (back)" not in text


@needs_poppler
@pytest.mark.parametrize("size, landscape, expected", [("Letter", True, "792 x 612"), ("A4", False, "595 x 842"),
                                                        ("letter", False, "612 x 792")])
def test_page_size_and_orientation(qapp, tmp_path, size, landscape, expected):
    path = export(standard_chart(), tmp_path, page_size=size, landscape=landscape)
    info = pdf_info(path)
    assert info["Page size"].startswith(expected)
    assert "Page 1 of" in pdf_text(path)


def test_unknown_page_size_is_refused(qapp, tmp_path):
    from bodymap.export.report import export_pdf
    with pytest.raises(ValueError):
        export_pdf(standard_chart(), tmp_path / "x.pdf", page_size="B17")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_paths_raise_oserror_and_leave_nothing(qapp, tmp_path):
    from bodymap.export.report import export_pdf
    with pytest.raises(OSError):
        export_pdf(standard_chart(), tmp_path / "missing-folder" / "x.pdf")
    with pytest.raises(OSError):
        export_pdf(standard_chart(), tmp_path)            # a folder, not a file
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(OSError):
                export_pdf(standard_chart(), locked / "x.pdf")
        finally:
            locked.chmod(0o700)
    assert [p.name for p in tmp_path.iterdir()] == (["locked"] if os.geteuid() != 0 else [])


def test_export_replaces_existing_file_atomically(qapp, tmp_path):
    path = tmp_path / "visit.pdf"
    path.write_bytes(b"old contents")
    export(standard_chart(), tmp_path, "visit.pdf")
    assert path.read_bytes().startswith(b"%PDF")
    assert [p.name for p in tmp_path.iterdir()] == ["visit.pdf"]


@needs_poppler
def test_paint_report_on_a_qprinter(qapp, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from bodymap.export.report import paint_report
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "printed.pdf"))
    pages = paint_report(printer, standard_chart())
    assert pages >= 1
    assert int(pdf_info(tmp_path / "printed.pdf")["Pages"]) == pages
    assert re.search(r"Page 1 of \d", pdf_text(tmp_path / "printed.pdf"))


def test_print_preview_paints_the_report(qapp, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.exports import print_dialogs
    calls = []
    real = print_dialogs.paint_report
    monkeypatch.setattr(print_dialogs, "paint_report",
                        lambda device, chart, clinic=None, **extras: calls.append(real(device, chart, clinic=clinic, **extras)))

    def close():
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(50, close)
        else:
            widget.reject()
    QTimer.singleShot(50, close)
    print_dialogs.print_with_preview(None, standard_chart())
    assert calls and calls[0] >= 1


def test_zone_keys():
    from bodymap.export.report import zone_key
    assert [zone_key(i) for i in (0, 1, 25, 26, 27, 51, 52)] == ["A", "B", "Z", "AA", "AB", "AZ", "BA"]


def test_legend_lists_every_symbol_and_fits_its_width(qapp):
    from PySide6.QtGui import QColor, QImage, QPainter

    from bodymap.domain.charting import PainQuality
    from bodymap.render.legend import draw_legend, legend_entries
    from bodymap.ui.widgets.legend import LegendWidget
    labels = [label for _kind, _key, label in legend_entries()]
    assert labels[:4] == ["Active trigger point", "Latent trigger point", "Needled (X)", "Carried forward (dashed)"]
    assert all(q.label in labels for q in PainQuality) and "Deep (dashed outline)" in labels
    image = QImage(300, 400, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    narrow = draw_legend(painter, 0, 0, 250, 12)
    wide = draw_legend(painter, 0, 0, 1000, 12)
    painter.end()
    assert narrow > wide > 0
    widget = LegendWidget()
    assert 200 <= widget.sizeHint().width() <= 300 and widget.sizeHint().height() > 100
    assert not widget.grab().isNull()
