"""PNG export of one diagram view with a visit's marks."""
from __future__ import annotations

import datetime as dt
import os

import pytest
from PIL import Image

from bodymap.domain.diagrams import load_view
from bodymap.domain.geometry import to_shape
from bodymap.domain.records import PatientRecord, TriggerPointRecord, VisitChart, VisitRecord
from bodymap.domain.reference import region_label

PATIENT_NAME = "Robin Pngtest"


def region_point(view_id: str, region_id: str, side: str) -> tuple[float, float]:
    view = load_view(view_id)
    for region in view.regions:
        if region.id == region_id and region.side == side:
            p = to_shape(region.polygons, view.aspect).representative_point()
            return p.x / view.aspect, p.y
    raise KeyError(region_id)


def chart_with_tp(view="anterior", region="pectoral", side="right") -> VisitChart:
    x, y = region_point(view, region, side)
    tp = TriggerPointRecord(
        id=1, visit_id=9, view=view, x=x, y=y, diagram_version=load_view(view).version, region=region,
        region_label=region_label(region), muscle=None, side=side, status="active", findings=frozenset(),
        pressure_pain=None, needled=False, needle_size="", depth_mm=None, twitch_responses=None, notes="")
    patient = PatientRecord(id=1, chart_number="PNG-0007", name=PATIENT_NAME,
                            date_of_birth=dt.date(1990, 1, 1), sex="other", notes="")
    visit = VisitRecord(id=9, patient_id=1, started_at=dt.datetime(2025, 4, 1, 12, 0, tzinfo=dt.UTC),
                        clinician="", chief_complaint="", overall_pain=None, notes="", status="draft")
    return VisitChart(patient=patient, visit=visit, trigger_points=(tp,), zones=())


def is_red(px) -> bool:
    r, g, b = px[:3]
    return (r - 0xC6) ** 2 + (g - 0x28) ** 2 + (b - 0x28) ** 2 < 45 ** 2


def test_png_has_size_metadata_and_red_mark_where_expected(qapp, tmp_path):
    from bodymap.export.png import save_view_png
    chart = chart_with_tp()
    tp = chart.trigger_points[0]
    path = tmp_path / "anterior.png"
    save_view_png("anterior", chart, path, height_px=800)
    image = Image.open(path)
    image.load()
    view = load_view("anterior")
    assert image.format == "PNG"
    assert image.height == 800
    assert abs(image.width - round(800 * view.aspect)) <= 1
    assert image.info["Software"] == "bodymap"
    assert image.info["View"] == "anterior"
    assert image.info["Visit id"] == "9"
    assert image.info["Visit date"] == chart.visit.local_time().date().isoformat()
    assert "Chart number" not in image.info and all("PNG-0007" not in str(v) for v in image.info.values())
    assert all(PATIENT_NAME not in str(value) for value in image.info.values())
    assert PATIENT_NAME.encode() not in path.read_bytes()

    rgb = image.convert("RGB")
    cx, cy = tp.x * image.width, tp.y * image.height
    radius = 12 * image.height / 1000          # a little more than the mark's radius
    near = [rgb.getpixel((x, y)) for x in range(int(cx - radius), int(cx + radius) + 1)
            for y in range(int(cy - radius), int(cy + radius) + 1)]
    assert sum(map(is_red, near)) >= 10
    # and nowhere far from it
    far = [rgb.getpixel((x, y)) for x in range(0, image.width, 2) for y in range(0, image.height, 2)
           if abs(x - cx) > 3 * radius or abs(y - cy) > 3 * radius]
    assert sum(map(is_red, far)) == 0


def test_png_without_chart_has_view_only(qapp, tmp_path):
    from bodymap.export.png import save_view_png
    path = tmp_path / "blank.png"
    save_view_png("posterior", None, path, height_px=400)
    image = Image.open(path)
    assert image.height == 400
    assert image.info["View"] == "posterior" and "Visit id" not in image.info
    data = image.convert("RGB").tobytes()
    assert not any(map(is_red, zip(data[0::3], data[1::3], data[2::3])))


def test_png_replaces_atomically_and_leaves_no_temp_file(qapp, tmp_path):
    from bodymap.export.png import save_view_png
    path = tmp_path / "view.png"
    path.write_bytes(b"old")
    save_view_png("anterior", chart_with_tp(), path, height_px=200)
    assert Image.open(path).height == 200
    assert [p.name for p in tmp_path.iterdir()] == ["view.png"]


def test_png_bad_path_or_height_raises_clear_errors(qapp, tmp_path):
    from bodymap.export.png import save_view_png
    with pytest.raises(FileNotFoundError) as missing:
        save_view_png("anterior", None, tmp_path / "nope" / "x.png", 200)
    assert "nope" in str(missing.value)
    with pytest.raises(IsADirectoryError):
        save_view_png("anterior", None, tmp_path, 200)
    with pytest.raises(ValueError):
        save_view_png("anterior", None, tmp_path / "x.png", 0)
    with pytest.raises(ValueError):
        save_view_png("anterior", None, tmp_path / "x.png", 12.5)
    if os.geteuid() != 0:
        locked = tmp_path / "locked"
        locked.mkdir()
        locked.chmod(0o500)
        try:
            with pytest.raises(PermissionError):
                save_view_png("anterior", None, locked / "x.png", 200)
        finally:
            locked.chmod(0o700)
        assert list(locked.iterdir()) == []
    assert not (tmp_path / "x.png").exists()
