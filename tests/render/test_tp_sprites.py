"""On screen a trigger point is stamped from a cached pixmap; it must look like the vector drawing
(which printers and SVG still get) at every zoom, for every look."""
from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from bodymap.render import items


class _Record:
    def __init__(self, status, needled, carried):
        self.status, self.needled, self.carried = status, needled, carried


LOOKS = list(itertools.product(("active", "latent"), (False, True), (False, True), (False, True)))


def _render(look, scale: float, vector: bool, monkeypatch) -> QImage:
    status, needled, carried, selected = look
    scene = QGraphicsScene(0, 0, 40, 40)
    item = items.TriggerPointItem(_Record(status, needled, carried))
    scene.addItem(item)
    item.setPos(20, 20)
    item.setSelected(selected)
    image = QImage(round(40 * scale), round(40 * scale), QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    with monkeypatch.context() as m:
        if vector:
            m.setattr(items, "_raster_scale", lambda _painter: None)
        scene.render(painter, QRectF(0, 0, image.width(), image.height()), scene.sceneRect())
    painter.end()
    return image


def _mean_abs_difference(a: QImage, b: QImage) -> tuple[float, int]:
    """Mean absolute channel difference over the picture, and how many pixels are not white."""
    total, inked = 0, 0
    for y in range(a.height()):
        for x in range(a.width()):
            pa, pb = QColor(a.pixel(x, y)), QColor(b.pixel(x, y))
            total += abs(pa.red() - pb.red()) + abs(pa.green() - pb.green()) + abs(pa.blue() - pb.blue())
            inked += pa != QColor("white")
    return total / (3 * a.width() * a.height()), inked


@pytest.mark.parametrize("scale", [0.75, 2.0, 5.0])
@pytest.mark.parametrize("look", LOOKS, ids=lambda look: "-".join(str(v) for v in look))
def test_the_stamp_matches_the_vector_drawing(qtbot, monkeypatch, look, scale):
    items._SPRITES.clear()
    vector = _render(look, scale, True, monkeypatch)
    stamped = _render(look, scale, False, monkeypatch)
    assert items._SPRITES, "the on-screen path must have used a sprite"
    difference, inked = _mean_abs_difference(vector, stamped)
    assert inked > 20                      # there is a point to compare
    assert difference < 4.0                # out of 255: only antialiasing at the edges differs


def test_a_different_look_is_a_different_stamp(qtbot, monkeypatch):
    items._SPRITES.clear()
    active = _render(("active", False, False, False), 2.0, False, monkeypatch)
    latent = _render(("latent", False, False, False), 2.0, False, monkeypatch)
    difference, _ = _mean_abs_difference(active, latent)
    assert difference > 10
    assert len(items._SPRITES) == 2


def test_on_the_canvas_the_stamps_land_where_the_vectors_would(qtbot, open_window, monkeypatch):
    """Through the real window: a widget paints with an offset inside its window (and a device
    pixel ratio on HiDPI screens), which the stamp must honour."""
    from bodymap.services.demo import region_point
    from tests.ui.conftest import click_scene, press_tool_key
    from tests.ui.flows import charted_window

    window = charted_window(qtbot, open_window)
    canvas = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    for dx in (-0.03, 0.0, 0.03):
        x, y = region_point("anterior", "anterior_thigh", "left")
        click_scene(qtbot, canvas, x, y + dx)
    assert len(canvas.chart_scene.trigger_point_items()) == 3
    canvas.chart_scene.clearSelection()
    stamped = canvas.grab().toImage()
    with monkeypatch.context() as m:
        m.setattr(items, "_raster_scale", lambda _painter: None)
        canvas.viewport().update()
        vector = canvas.grab().toImage()
    assert stamped.size() == vector.size()
    # compare around each point (the rest of the canvas is the same line art either way)
    for item in canvas.chart_scene.trigger_point_items():
        centre = canvas.mapFromScene(item.scenePos())
        box = (centre.x() - 20, centre.y() - 20, 40, 40)
        a, b = stamped.copy(*box), vector.copy(*box)
        difference, inked = _mean_abs_difference(a, b)
        assert inked > 50
        assert difference < 6.0, (difference, centre)
