"""The handout's clinic header, home-care section, file mode, layout split and per-view drawing."""
from __future__ import annotations

import io
import os
import stat
import subprocess
from pathlib import Path

import pytest
from PIL import Image

from bodymap.domain.clinic import ClinicSettings
from tests.export.test_report import (
    PATIENT_NAME,
    export,
    flat,
    make_chart,
    make_tp,
    make_zone,
    needs_poppler,
    pdf_info,
    pdf_text,
    standard_chart,
)

REPO = Path(__file__).resolve().parents[2]


def logo_bytes(size=(400, 160), fmt="PNG") -> bytes:
    image = Image.new("RGB", size, "white")
    for x in range(size[0] // 3):
        for y in range(size[1]):
            image.putpixel((x, y), (0x12, 0x6E, 0x2A))       # a green block on the left
    buf = io.BytesIO()
    image.save(buf, fmt)
    return buf.getvalue()


def pixels(image) -> list[tuple[int, int, int]]:
    data = image.convert("RGB").tobytes()
    return list(zip(data[0::3], data[1::3], data[2::3]))


CLINIC = ClinicSettings(name="Harbour Street Physiotherapy", address="12 Harbour Street\nPortsmouth PO1 2AB",
                        phone="023 9200 1234", logo_png=logo_bytes(),
                        home_care={"upper_trapezius": "Side-bend stretch HOMECARETOKEN three times a day."})


def test_modules_stay_small_and_the_hack_is_gone():
    for name in ("layout.py", "report.py"):
        lines = (REPO / "bodymap" / "export" / name).read_text().count("\n")
        assert lines < 600, f"{name} has {lines} lines"
    report = (REPO / "bodymap" / "export" / "report.py").read_text()
    assert "_for_paper" not in report and "_hatch" not in report


def test_zone_item_uses_scene_unit_pen_and_hatch(qapp):
    from PySide6.QtGui import QPainter

    from bodymap.render import items
    chart = standard_chart()
    item = items.ZoneItem(chart.zones[0], 700.0, 1000.0)
    assert not item.pen().isCosmetic()
    assert item.pen().widthF() == pytest.approx(items.ZONE_OUTLINE_WIDTH)
    assert 1.5 <= items.ZONE_OUTLINE_WIDTH <= 3.0
    hatch = items.zone_hatch_brush("numbness")
    assert hatch is not None and hatch.transform().m11() * items.QT_PATTERN_CELL == pytest.approx(items.HATCH_SPACING)
    assert items.zone_hatch_brush("aching") is None
    assert hasattr(QPainter.RenderHint, "NonCosmeticBrushPatterns")


def test_zone_outline_scales_with_the_drawing(qapp):
    """The same zone rendered at 400 px and 1600 px: the outline is 4x as wide (not 1 px both)."""
    from bodymap.render.scene import render_view_image
    chart = make_chart(zones=[make_zone(1, "anterior", "anterior_thigh", "right", "aching")])
    zone = chart.zones[0]

    def outline_width(height):
        image = render_view_image("anterior", chart, height)
        xs = [x for x, _y in zone.polygons[0]]
        y = int(sum(p[1] for p in zone.polygons[0]) / len(zone.polygons[0]) * height)
        x0 = int(min(xs) * image.width()) - 5
        run = 0
        for x in range(x0, x0 + 40 * height // 400):
            c = image.pixelColor(x, y)
            if c.red() < 200 and c.green() < 120:          # the dark red outline
                run += 1
        return run
    small, large = outline_width(400), outline_width(1600)
    assert small >= 1 and large >= 3 * small


@needs_poppler
def test_clinic_header_logo_and_home_care(qapp, tmp_path):
    chart = make_chart([make_tp(1, "posterior", "upper_trapezius_ridge", "right", muscle="upper_trapezius"),
                        make_tp(2, "posterior", "upper_trapezius_ridge", "left", muscle="upper_trapezius"),
                        make_tp(3, "anterior", "pectoral", "right", muscle="pectoralis_major")], status="signed")
    path = export(chart, tmp_path, clinic=CLINIC)
    text = flat(pdf_text(path))
    assert "Harbour Street Physiotherapy" in text
    assert "12 Harbour Street, Portsmouth PO1 2AB" in text and "023 9200 1234" in text
    assert "Looking after yourself at home" in text
    assert text.count("HOMECARETOKEN") == 1                  # once per muscle, not per point
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True).stdout
    assert len([ln for ln in listing.splitlines()[2:] if ln.strip()]) >= 1      # the logo
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(path), str(tmp_path / "p")], check=True)
    page = Image.open(next(tmp_path.glob("p*.png"))).convert("RGB")
    top = page.crop((0, 0, page.width // 3, page.height // 8))
    greens = sum(1 for r, g, b in pixels(top) if g > 80 and r < 60 and b < 80)
    assert greens > 20, "the logo is not drawn top left"


@needs_poppler
def test_home_care_hidden_when_switched_off_or_no_text(qapp, tmp_path):
    chart = make_chart([make_tp(1, "posterior", "upper_trapezius_ridge", "right", muscle="upper_trapezius")])
    off = ClinicSettings(name="X", home_care=dict(CLINIC.home_care), show_home_care=False)
    assert "Looking after yourself" not in pdf_text(export(chart, tmp_path, "off.pdf", clinic=off))
    other = ClinicSettings(name="X", home_care={"gastrocnemius": "Calf stretch"})
    assert "Looking after yourself" not in pdf_text(export(chart, tmp_path, "none.pdf", clinic=other))


@needs_poppler
def test_default_clinic_when_none(qapp, tmp_path):
    text = pdf_text(export(standard_chart(), tmp_path))
    assert ClinicSettings().name in text


def test_pdf_is_readable_by_its_owner_only(qapp, tmp_path):
    path = export(standard_chart(), tmp_path)
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


@needs_poppler
def test_three_page_report_has_banner_and_numbers_on_every_page(qapp, tmp_path):
    from bodymap.domain.diagrams import load_view
    spots = [(v, r.id, r.side) for v in ("posterior", "anterior") for r in load_view(v).regions]
    tps = [make_tp(n, *spots[(n * 5) % len(spots)], notes=f"Note {n} " + "word " * 30) for n in range(1, 41)]
    path = export(make_chart(tps, [make_zone(1, "anterior", "temple", "right")]), tmp_path, clinic=CLINIC)
    pages = int(pdf_info(path)["Pages"])
    assert pages >= 3
    text = pdf_text(path)
    assert text.count(PATIENT_NAME) == pages
    assert text.count("Harbour Street Physiotherapy") == pages
    assert all(f"Page {n} of {pages}" in text for n in range(1, pages + 1))


def test_a_mark_on_one_view_never_appears_on_another(qapp, tmp_path):
    from bodymap.export.png import save_view_png
    from tests.export.test_png import is_red
    chart = make_chart([make_tp(1, "anterior", "pectoral", "right")],
                       [make_zone(1, "anterior", "anterior_thigh", "right", "burning")])
    save_view_png("posterior", chart, tmp_path / "post.png", 600)
    save_view_png("anterior", chart, tmp_path / "ant.png", 600)
    post = pixels(Image.open(tmp_path / "post.png"))
    ant = pixels(Image.open(tmp_path / "ant.png"))
    assert sum(map(is_red, ant)) >= 10
    assert sum(map(is_red, post)) == 0
    orange = [p for p in post if p[0] > 200 and 80 < p[1] < 160 and p[2] < 90]       # burning zone
    assert not orange


@needs_poppler
def test_posterior_page_of_a_report_shows_no_anterior_mark(qapp, tmp_path):
    """Only the views with marks are printed: a visit charted on the front prints no back view."""
    chart = make_chart([make_tp(1, "anterior", "pectoral", "right")], status="signed")
    text = pdf_text(export(chart, tmp_path))
    assert "Anterior (front)" in text and "Posterior (back)" not in text


def test_layout_module_is_generic(qapp, tmp_path):
    """layout.PagedLayout paginates without knowing anything about visits."""
    from PySide6.QtGui import QPdfWriter

    from bodymap.export.layout import PagedLayout, page_layout
    writer = QPdfWriter(str(tmp_path / "plain.pdf"))
    writer.setResolution(300)
    writer.setPageLayout(page_layout("A5"))
    doc = PagedLayout(writer)
    doc.heading("Hello")
    doc.paragraph("word " * 4000)
    rows = [[{"paras": [(str(i), "cell")]}, {"paras": [("x " * 50, "cell")]}] for i in range(80)]
    doc.table([("#", 5), ("Text", 50)], rows, title="Table")
    assert len(doc.pages) >= 4
    assert doc.paint_on_device() == len(doc.pages)
