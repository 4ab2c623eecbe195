"""The two handout copies, read back from the PDF: what each says, the key, the close-ups, the
after-care rule, headings kept with their sections, page fill and the two-page typical visit."""
from __future__ import annotations

import dataclasses
import subprocess

import pytest
from PIL import Image

from bodymap import db
from bodymap.domain.charting import MarkKind
from bodymap.domain.safety import CountOut, CountState
from bodymap.export import figures, insets
from tests.export.test_report import (
    export,
    flat,
    make_chart,
    make_tp,
    make_zone,
    needs_poppler,
    pdf_info,
    pdf_text,
)

MM_PER_PX_AT_72 = 25.4 / 72
MIN_FILL = 1 / 3


def typical_chart(notes: str = "Posture advice given. Stretch the neck twice a day.", needled: bool = True):
    """A typical visit: 4 marked views, 8 trigger points, 4 zones."""
    tps = [make_tp(1, "posterior", "upper_trapezius_ridge", "right", muscle="upper_trapezius", needled=needled),
           make_tp(2, "posterior", "upper_trapezius_ridge", "left", muscle="upper_trapezius"),
           make_tp(3, "posterior", "medial_scapular_border", "right", status="latent", muscle="rhomboid_major"),
           make_tp(4, "anterior", "pectoral", "right", muscle="pectoralis_major"),
           make_tp(5, "head_lateral_right", "jaw_angle", "right", muscle="masseter"),
           make_tp(6, "head_lateral_right", "temple", "right", status="latent", muscle="temporalis"),
           make_tp(7, "lateral_left", "lateral_hip", "left", muscle="gluteus_medius", carried=True),
           make_tp(8, "lateral_left", "lateral_thigh", "left", status="latent")]
    zones = [make_zone(1, "anterior", "temple", "right", "aching", "deep", "Afternoon headache"),
             make_zone(2, "posterior", "posterior_neck", "right", "throbbing"),
             make_zone(3, "head_lateral_right", "tmj", "right", "stabbing"),
             make_zone(4, "lateral_left", "lateral_leg", "left", "burning")]
    return make_chart(tps, zones, status="signed", notes=notes)


def page_texts(path) -> list[str]:
    pages = int(pdf_info(path)["Pages"])
    return [subprocess.run(["pdftotext", "-layout", "-f", str(n), "-l", str(n), str(path), "-"], check=True,
                           capture_output=True, text=True).stdout for n in range(1, pages + 1)]


def page_fills(path, tmp_path) -> list[float]:
    """How full each page is, from its pixels: the lowest ink between the patient banner and the
    footer, as a share of that room."""
    stem = tmp_path / f"fill-{path.stem}"
    subprocess.run(["pdftoppm", "-r", "50", "-png", str(path), str(stem)], check=True)
    fills = []
    for png in sorted(tmp_path.glob(f"{stem.name}-*.png")):
        image = Image.open(png).convert("RGB")
        w, h = image.size
        px = image.load()
        mm = 50 / 25.4
        band = [y for y in range(h // 3) if sum(1 for x in range(w // 4, w // 2) if px[x, y] == (0xEE, 0xF2, 0xF6)) > w // 8]
        top = max(band) + 1
        bottom = h - round(mm * (12 + 9))              # bottom margin and footer
        ink = [y for y in range(top, bottom) if any(sum(px[x, y]) < 600 for x in range(round(15 * mm), w - round(15 * mm)))]
        fills.append(((max(ink) - top) / (bottom - top)) if ink else 0.0)
    return fills


def layout(chart, copy="patient", safety=None, page_size="A4", landscape=False, tmp_path=None, trends=None,
           language=None):
    from PySide6.QtGui import QPdfWriter

    from bodymap.export.layout import page_layout
    from bodymap.export.report import PDF_RESOLUTION, layout_report
    writer = QPdfWriter(str(tmp_path / "layout.pdf"))
    writer.setResolution(PDF_RESOLUTION)
    writer.setPageLayout(page_layout(page_size, landscape))
    return layout_report(writer, chart, safety=safety, trends=trends, copy=copy, language=language)


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from bodymap.services import ChartService
    from bodymap.services.demo import create_demo
    engine, sessions = db.open_database(f"sqlite:///{tmp_path_factory.mktemp('copies') / 'demo.sqlite3'}")
    service = ChartService(sessions)
    create_demo(service)
    yield service
    engine.dispose()


def staff_visit(demo):
    """The demo's needled, signed visit with a count that does not reconcile and an account of the
    command line as its clinician and signer."""
    from bodymap.services.handout import handout_extras
    chart = demo.get_chart(1)
    extras = handout_extras(demo, chart)
    safety = dataclasses.replace(extras["safety"], count=CountOut(2, 1, "", CountState.NOT_RECONCILED))
    visit = dataclasses.replace(chart.visit, clinician="command line (root)", signed_by="command line (root)")
    chart = dataclasses.replace(chart, visit=visit)
    return chart, {**extras, "safety": safety}


@needs_poppler
def test_patient_copy_has_no_staff_text_and_clinician_copy_the_full_record(qapp, demo, tmp_path):
    chart, extras = staff_visit(demo)
    sizes = [tp.needle_size for tp in chart.trigger_points if tp.needle_size]
    assert sizes and extras["safety"].consent is not None
    patient = flat(pdf_text(export(chart, tmp_path, "patient.pdf", **extras)))
    clinician = flat(pdf_text(export(chart, tmp_path, "clinician.pdf", copy="clinician", **extras)))
    default = flat(pdf_text(export(chart, tmp_path, "default.pdf", **extras)))
    for staff in ("NOT reconciled", "command line (", "Consent", "Needle count", "Taut band", "twitch response",
                  "Treatment safety", "obtained by", "After-care", *sizes):
        assert staff not in patient, staff
        assert staff in clinician, staff
    assert "a tight band in the muscle" in patient.lower() and "Dry needling" in patient
    assert "After your treatment" in patient and "Pain after treatment" in patient
    assert "After your treatment" not in clinician and "After-care" in clinician
    assert "Your trigger point and pain chart" in default and "clinician copy" not in default   # patient by default
    assert "(clinician copy)" in clinician


@needs_poppler
def test_after_care_for_needling_only_when_something_was_needled(qapp, demo, tmp_path):
    from bodymap.services.handout import handout_extras
    for visit_id, needled in ((1, True), (3, False)):
        chart = demo.get_chart(visit_id)
        extras = handout_extras(demo, chart)
        assert extras["safety"].after_care                # the clinic has after-care text either way
        assert any(tp.needled for tp in chart.trigger_points) == needled
        patient = flat(pdf_text(export(chart, tmp_path, f"{visit_id}-patient.pdf", **extras)))
        assert ("After your treatment" in patient) == needled, visit_id
        assert ("After dry needling" in patient) == needled
        # the clinician copy names the standard advice in one row rather than printing it again
        clinician = flat(pdf_text(export(chart, tmp_path, f"{visit_id}-clinician.pdf", copy="clinician", **extras)))
        assert ("after-care advice for dry needling" in clinician) == needled, visit_id
        assert "After dry needling" not in clinician


@needs_poppler
@pytest.mark.parametrize("copy", ["patient", "clinician"])
def test_key_lists_only_the_symbols_used_beside_the_first_figure(qapp, tmp_path, copy):
    chart = make_chart([make_tp(1, "posterior", "upper_trapezius_ridge", "right", status="latent")],
                       [make_zone(1, "posterior", "calf", "left", "aching")])
    text = flat(pdf_text(export(chart, tmp_path, copy=copy)))
    assert "Latent trigger point" in text and "Aching" in text
    for unused in ("Active trigger point", "Needled (X)", "dry needling (X)", "Carried forward", "earlier visit",
                   "Burning", "Stabbing", "Throbbing", "Numbness", "Pins and needles", "Other", "dashed outline"):
        assert unused not in text, unused
    report = layout(chart, copy, tmp_path=tmp_path)
    key = next(f for f in report.figure_log if f["kind"] == "key")
    first = next(f for f in report.figure_log if f["kind"] == "full")
    assert key["entries"] == [(MarkKind.TRIGGER_POINT, "latent"), (MarkKind.ZONE, "aching")]
    kx, ky, kw, kh = key["rect"]
    fx, fy, fw, fh = first["rect"]
    assert key["page"] == first["page"] == 0
    assert kx >= fx + fw and ky < fy + fh and ky + kh > fy        # to the right of it, level with it


@needs_poppler
@pytest.mark.parametrize("copy", ["patient", "clinician"])
def test_typical_visit_fits_two_full_pages(qapp, demo, tmp_path, copy):
    """With its safety record and the after-care for the needling (a first visit: no progress yet)."""
    from bodymap.services.handout import handout_extras
    safety = handout_extras(demo, demo.get_chart(1))["safety"]
    assert safety.after_care and safety.consent is not None
    path = export(typical_chart(), tmp_path, f"typical-{copy}.pdf", copy=copy, safety=safety)
    assert int(pdf_info(path)["Pages"]) == 2
    fills = page_fills(path, tmp_path)
    assert len(fills) == 2 and min(fills) >= MIN_FILL, fills


def follow_up_extras(demo) -> dict:
    """The safety record of the demo's needled visit and the progress of the patient's 3 visits."""
    from bodymap.services.handout import handout_extras
    return {"safety": handout_extras(demo, demo.get_chart(1))["safety"],
            "trends": handout_extras(demo, demo.get_chart(3))["trends"]}


@needs_poppler
@pytest.mark.parametrize("copy", ["patient", "clinician"])
def test_follow_up_visit_fits_two_full_pages(qapp, demo, tmp_path, copy):
    """The typical visit at a follow-up: its safety record and the progress chart of 3 visits too,
    at today's text sizes and close-up marks of at least 4 mm."""
    extras = follow_up_extras(demo)
    assert len(extras["trends"]) == 3
    path = export(typical_chart(), tmp_path, f"follow-up-{copy}.pdf", copy=copy, **extras)
    assert int(pdf_info(path)["Pages"]) == 2
    fills = page_fills(path, tmp_path)
    assert len(fills) == 2 and min(fills) >= MIN_FILL, fills
    text = flat(pdf_text(path))
    for words in ("Your progress", "Overall pain", "Pain area", "Active trigger", "Visit date"):
        assert words in text, words
    report = layout(typical_chart(), copy, **extras, tmp_path=tmp_path)
    assert len(report.pages) == 2 and not report.dense            # tables keep their padding
    close_ups = [f for f in report.figure_log if f["kind"] == "inset"]
    assert min(insets.MARK_UNITS * f["mm_per_unit"] for f in close_ups) >= insets.MIN_MARK_MM - 1e-6
    progress = [f for f in report.figure_log if f["kind"] == "progress"]
    if progress:                   # beside the last figure row: as tall as the stacked chart needs
        assert progress[0]["rect"][3] * 25.4 / report.dpi >= figures.PROGRESS_MM[2]


@needs_poppler
@pytest.mark.parametrize("copy", ["patient", "clinician"])
@pytest.mark.parametrize("language", ["es", "de", "pt_BR"])
def test_follow_up_visit_fits_two_pages_in_spanish_german_and_portuguese(qapp, demo, tmp_path, copy, language):
    """Longer words must not add a page: the figures are sized so the progress chart still goes
    beside the last row (the key is wider, captions take two lines), and the trigger-point table's
    columns so rows that wrap alike (the patient copy's repeated findings) take a line less."""
    extras = follow_up_extras(demo)
    path = export(typical_chart(), tmp_path, f"follow-up-{language}-{copy}.pdf", copy=copy, language=language, **extras)
    report = layout(typical_chart(), copy, **extras, tmp_path=tmp_path, language=language)
    assert [f["page"] for f in report.figure_log if f["kind"] == "progress"] == [0]
    close_ups = [f for f in report.figure_log if f["kind"] == "inset"]
    assert min(insets.MARK_UNITS * f["mm_per_unit"] for f in close_ups) >= insets.MIN_MARK_MM - 1e-6
    assert int(pdf_info(path)["Pages"]) == 2
    fills = page_fills(path, tmp_path)
    assert len(fills) == 2 and min(fills) >= MIN_FILL, fills


@needs_poppler
@pytest.mark.parametrize("record", ["chart only", "with safety and progress"])
def test_no_page_under_a_third_full_and_no_heading_ends_a_page(qapp, demo, tmp_path, record):
    """Visit notes from short to long move every section boundary across the page ends."""
    from bodymap.services.handout import handout_extras
    extras = {}
    if record != "chart only":
        extras = {"safety": handout_extras(demo, demo.get_chart(1))["safety"],
                  "trends": handout_extras(demo, demo.get_chart(3))["trends"]}
        assert len(extras["trends"]) == 3
    headings = {"Your body chart", "Body chart", "Trigger points (tight, tender spots in the muscle)",
                "Trigger points", "Where you feel the pain", "Referred pain zones", "Notes from your visit",
                "Visit notes", "Your progress", "After your treatment", "How the treatment went"}
    sentence = "Keep the shoulders low and relaxed while working at the desk. "
    for words in (0, 25, 50, 80, 120):
        chart = typical_chart(notes=sentence * words)
        for copy in ("patient", "clinician"):
            path = export(chart, tmp_path, f"n{words}-{copy}.pdf", copy=copy, **extras)
            texts = page_texts(path)
            for number, text in enumerate(texts, start=1):
                lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
                body = [ln for ln in lines if not ln.startswith("Printed ")]
                assert body[-1] not in headings, (words, copy, number, body[-1])
            fills = page_fills(path, tmp_path)
            if len(fills) > 1:
                assert min(fills) >= MIN_FILL, (words, copy, fills)


def test_close_up_marks_are_at_least_4_mm_and_numbered_in_page_order(qapp, tmp_path):
    from bodymap.domain.mark_order import mark_keys
    chart = typical_chart()
    numbers = mark_keys(chart)[0]
    for copy, size, landscape in (("patient", "A4", False), ("clinician", "Letter", True), ("patient", "A5", False)):
        report = layout(chart, copy, page_size=size, landscape=landscape, tmp_path=tmp_path)
        close_ups = [f for f in report.figure_log if f["kind"] == "inset"]
        for tp in chart.trigger_points:
            shown = [f for f in close_ups if ("tp", tp.id) in f["marks"]]
            assert len(shown) == 1, tp.id
            assert insets.MARK_UNITS * shown[0]["mm_per_unit"] >= insets.MIN_MARK_MM - 1e-6, (size, tp.id)
            fx, fy, fw, fh = shown[0]["rect"]
            assert fw <= report.W + 1 and fh <= report.bottom - report.top
        # page order: figure by figure the numbers only grow, and on a figure top to bottom
        views = [f["view"] for f in report.figure_log if f["kind"] == "full"]
        by_view = [sorted(int(numbers[tp.id]) for tp in chart.trigger_points if tp.view == v) for v in views]
        assert [n for ns in by_view for n in ns] == list(range(1, 9))
        for view in views:
            tps = sorted((tp for tp in chart.trigger_points if tp.view == view), key=lambda tp: int(numbers[tp.id]))
            assert all(a.y <= b.y + 0.04 for a, b in zip(tps, tps[1:])), view


@pytest.mark.parametrize("copy, size", [("patient", "A4"), ("clinician", "Letter"), ("patient", "A5")])
def test_each_close_up_shows_where_it_is_on_the_body(qapp, tmp_path, copy, size):
    """A locator in a corner of every close-up: the view's silhouette with the close-up's area,
    inside the close-up, clear of its marks and numbers, and about a centimetre tall."""
    report = layout(typical_chart(), copy, page_size=size, tmp_path=tmp_path)
    close_ups = [f for f in report.figure_log if f["kind"] == "inset"]
    assert len(close_ups) >= 7
    mm = report.dpi / 25.4
    for f in close_ups:
        x, y, w, h = f["locator"]
        fx, fy, fw, fh = f["rect"]
        assert fx <= x and x + w <= fx + fw and fy <= y and y + h <= fy + fh, f["view"]
        assert 8 * mm <= h <= 13 * mm + 1, h / mm
        for bx, by, bw, bh in f["label_boxes"] + f["mark_boxes"]:
            apart = bx >= x + w or bx + bw <= x or by >= y + h or by + bh <= y
            assert apart, (f["view"], f["labels"])


@needs_poppler
def test_single_side_views_say_which_side_in_words(qapp, tmp_path):
    chart = make_chart([make_tp(1, "lateral_left", "lateral_hip", "left"),
                        make_tp(2, "head_lateral_right", "temple", "right")])
    text = flat(pdf_text(export(chart, tmp_path)))
    assert "Left side, seen from the patient's left" in text
    assert "Right side, seen from the patient's right" in text


def test_copy_names():
    from bodymap.export.copies import DEFAULT_COPY, Copy, copy_of
    assert DEFAULT_COPY is Copy.PATIENT and copy_of(None) is Copy.PATIENT
    assert copy_of("Clinician") is Copy.CLINICIAN
    with pytest.raises(ValueError, match="patient, clinician"):
        copy_of("nurse")


def test_print_preview_offers_both_copies(qapp, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QComboBox

    from bodymap.ui.exports import print_dialogs
    copies = []
    monkeypatch.setattr(print_dialogs, "paint_report",
                        lambda device, chart, clinic=None, copy=None, **extras: copies.append(copy) or 1)
    monkeypatch.setattr(print_dialogs, "_copy", print_dialogs.DEFAULT_COPY)
    seen = []

    def switch_then_close():
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, switch_then_close)
            return
        combo = dialog.findChild(QComboBox, "handoutCopy")
        seen.append(combo.currentData())
        combo.setCurrentIndex(combo.findData("clinician"))
        QTimer.singleShot(200, dialog.reject)
    QTimer.singleShot(50, switch_then_close)
    print_dialogs.print_with_preview(None, typical_chart())
    assert seen == ["patient"]
    assert copies[0].value == "patient" and copies[-1].value == "clinician"


@needs_poppler
def test_window_exports_default_to_the_patient_copy_with_a_choice(qapp, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from bodymap.services.settings import SettingsService
    from bodymap.ui.exports import exchange_actions, print_dialogs
    chart = demo.get_chart(1)
    settings = SettingsService(demo._sessions)
    assert next(iter(exchange_actions.EXPORT_FILTERS.values())) == "pdf"          # the first, the default
    for fmt, wanted in (("pdf", "Your trigger point and pain chart"), ("pdf-clinician", "(clinician copy)")):
        [path] = exchange_actions.export_visit(demo, settings, chart, fmt, tmp_path / f"{fmt}.pdf")
        assert wanted in flat(pdf_text(path))
    offered = []

    def save_as(_parent, _title, start, filters, selected):
        offered.append((filters.split(";;"), selected))
        clinician = next(f for f in filters.split(";;") if f.startswith("Clinician") and "A4" in f)
        return str(tmp_path / "dialog.pdf"), clinician
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    monkeypatch.setattr(print_dialogs, "_copy", print_dialogs.DEFAULT_COPY)
    path = print_dialogs.export_pdf_dialog(None, chart, folder=str(tmp_path))
    filters, selected = offered[0]
    assert selected.startswith("Patient copy") and len(filters) == 4
    assert "(clinician copy)" in flat(pdf_text(path))


@needs_poppler
@pytest.mark.parametrize("visit_id", [1, 2, 3])
def test_every_close_up_title_carries_its_own_letter(qapp, demo, tmp_path, visit_id):
    """Frames and close-ups are lettered a, b, c ... across the whole page, one letter each (a lone
    close-up of a view is lettered too, so its title names the frame drawn on the figure)."""
    import re
    chart = demo.get_chart(visit_id)
    text = pdf_text(export(chart, tmp_path, f"letters-{visit_id}.pdf"))
    titles = re.findall(r"Close-up(?: ([a-z])\b)?", text)
    assert titles, "the demo visit has close-ups"
    assert "" not in titles, "a close-up title without a letter"
    assert titles == [chr(ord("a") + i) for i in range(len(titles))]


def test_a_mark_seen_on_two_figures_carries_one_number_on_both(qapp, tmp_path):
    """A suboccipital point charted on the head-and-neck close-up also lies on the whole-body
    posterior figure (render/echoes.py); where a close-up shows that echo, it carries the point's
    own number and no view tag, so the patient never sees an unexplained dot."""
    from bodymap.domain.mark_order import mark_keys
    from bodymap.render.echoes import EchoTriggerPointItem
    from bodymap.render.scene import ChartScene
    chart = typical_chart()
    extra = make_tp(9, "head_posterior", "suboccipital", "right", muscle="suboccipitals")
    chart = dataclasses.replace(chart, trigger_points=(*chart.trigger_points, extra))
    number = mark_keys(chart)[0][extra.id]
    report = layout(chart, tmp_path=tmp_path)
    close_ups = [f for f in report.figure_log if f["kind"] == "inset"]
    own = [f for f in close_ups if f["view"] == "head_posterior"]
    echoed = [f for f in close_ups if f["view"] == "posterior" and number in f["labels"]]
    assert len(own) == 1 and number in own[0]["labels"]
    assert echoed, [(f["view"], f["labels"]) for f in close_ups]
    for f in close_ups:            # each close-up names a mark at most once
        assert len(f["labels"]) == len(set(f["labels"])), f["labels"]
    printed = ChartScene("posterior", interactive=False)
    printed.show_chart(chart)
    echoes = [e for e in printed.echo_items() if isinstance(e, EchoTriggerPointItem)]
    assert [e.record.id for e in echoes] == [extra.id] and not echoes[0].tagged
    on_screen = ChartScene("posterior")
    on_screen.show_chart(chart)
    assert all(e.tagged for e in on_screen.echo_items() if isinstance(e, EchoTriggerPointItem))
