"""Clinic diagram templates on SQLite and PostgreSQL: import checks, calibration, listing."""
from __future__ import annotations

import io

import pytest
from PIL import Image
from sqlalchemy import func, select

from bodymap import db
from bodymap.db import DiagramTemplate
from bodymap.domain.calibration import calibration_landmarks
from bodymap.domain.diagrams import load_view
from bodymap.errors import NotFound, ValidationError
from bodymap.services.templates import MAX_BYTES, TemplateService

SCALE, OFFSET = 1.3, (40.0, 25.0)


def _template_geometry(view_id="anterior", height=800):
    view = load_view(view_id)
    size = (round(view.aspect * height * SCALE + 2 * OFFSET[0]), round(height * SCALE + 2 * OFFSET[1]))

    def to_px(x, y):
        return (OFFSET[0] + x * view.aspect * height * SCALE, OFFSET[1] + y * height * SCALE)
    return view, size, to_px


def _pairs(view_id="anterior"):
    view, _size, to_px = _template_geometry(view_id)
    return [(lm.id, lm.side, *to_px(lm.x, lm.y)) for lm in calibration_landmarks(view)]


@pytest.fixture
def templates(opened_database):
    return TemplateService(opened_database[1])


@pytest.fixture
def png(tmp_path):
    _view, size, _ = _template_geometry()
    path = tmp_path / "front.png"
    Image.new("RGB", size, "white").save(path)
    return path


def _count(sessions) -> int:
    with sessions() as s:
        return s.scalar(select(func.count()).select_from(DiagramTemplate))


def test_import_calibrate_list_get_deactivate_delete(templates, png, sessions):
    rec = templates.import_image(png, "  Clinic front  ", "anterior")
    assert rec.name == "Clinic front" and rec.view_id == "anterior" and rec.image_format == "png"
    assert (rec.width, rec.height) == Image.open(png).size
    assert rec.image == png.read_bytes()                      # stored exactly as uploaded
    assert not rec.calibrated and rec.active and rec.created_by
    with pytest.raises(ValidationError, match="not been calibrated"):
        rec.calibration

    saved = templates.save_calibration(rec.id, _pairs())
    assert saved.calibrated and len(saved.pairs) == len(_pairs())
    got = templates.get(rec.id)
    assert got.image == png.read_bytes()
    lm = load_view("anterior").landmark("acromion", "right")
    ix, iy = got.calibration.to_image(lm.x, lm.y)
    assert (ix, iy) == pytest.approx(_template_geometry()[2](lm.x, lm.y), abs=1e-6)

    templates.import_image(png, "Another", "posterior")
    listed = templates.list_templates()
    assert [t.name for t in listed] == ["Another", "Clinic front"]
    assert all(t.image == b"" for t in listed)               # listings do not carry the bytes
    assert [t.name for t in templates.list_templates("anterior")] == ["Clinic front"]

    templates.set_active(rec.id, False)
    assert templates.list_templates("anterior", active_only=True) == []
    assert not templates.get(rec.id).active
    templates.set_active(rec.id, True)
    assert templates.list_templates("anterior", active_only=True)[0].id == rec.id

    templates.delete(rec.id)
    assert _count(sessions) == 1
    with pytest.raises(NotFound):
        templates.get(rec.id)
    with sessions() as s:                                      # every change is in the audit trail
        actions = s.scalars(select(db.AuditEntry.action).where(db.AuditEntry.entity == "diagram_template")
                            .order_by(db.AuditEntry.id)).all()
    assert actions == ["create", "update", "create", "update", "update", "delete"]


def test_a_bad_calibration_is_refused_and_nothing_changes(templates, png):
    rec = templates.import_image(png, "Front", "anterior")
    pairs = _pairs()
    with pytest.raises(ValidationError, match="at least 4"):
        templates.save_calibration(rec.id, pairs[:3])
    swapped = [(i, "left" if s == "right" else "right" if s == "left" else s, x, y) for i, s, x, y in pairs]
    with pytest.raises(ValidationError, match="mirrored"):
        templates.save_calibration(rec.id, swapped)
    assert not templates.get(rec.id).calibrated
    with pytest.raises(NotFound):
        templates.save_calibration(rec.id + 100, pairs)


def _refused(templates, sessions, path, match, name="Clinic", view="anterior"):
    with pytest.raises(ValidationError, match=match):
        templates.import_image(path, name, view)
    assert _count(sessions) == 0


def test_refused_files_write_nothing(templates, sessions, tmp_path, png):
    text = tmp_path / "notes.png"
    text.write_text("this is a text file, renamed\n" * 20)
    _refused(templates, sessions, text, "not an image")

    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (2, 1), "white").save(tiny)
    _refused(templates, sessions, tiny, "too small")

    # 50 megapixels, cheaply: a 1-bit image (6 MB in memory, a few kB as PNG)
    huge = tmp_path / "huge.png"
    Image.new("1", (10_000, 5_000), 1).save(huge, optimize=True)
    assert huge.stat().st_size < 1_000_000
    _refused(templates, sessions, huge, "too many pixels")

    big = tmp_path / "big.jpg"
    with open(big, "wb") as handle:
        handle.truncate(MAX_BYTES + 1)                         # sparse: no 15 MB written
    _refused(templates, sessions, big, "too large")

    buf = io.BytesIO()
    Image.new("RGB", (600, 900), "white").save(buf, format="PNG")
    broken = tmp_path / "broken.png"
    broken.write_bytes(buf.getvalue()[: len(buf.getvalue()) // 2])
    _refused(templates, sessions, broken, "damaged")

    gif = tmp_path / "front.gif"
    Image.new("RGB", (600, 900), "white").save(gif)
    _refused(templates, sessions, gif, "PNG or JPEG")

    _refused(templates, sessions, tmp_path / "missing.png", "does not exist")
    _refused(templates, sessions, png, "name", name="   ")
    _refused(templates, sessions, png, "Unknown diagram view", view="side")


def test_jpeg_is_accepted(templates, tmp_path):
    path = tmp_path / "front.jpg"
    Image.new("RGB", (500, 1000), (250, 240, 230)).save(path, quality=90)
    rec = templates.import_image(path, "Photo of the wall chart", "posterior")
    assert rec.image_format == "jpeg" and (rec.width, rec.height) == (500, 1000)
