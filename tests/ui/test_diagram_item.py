"""Rendering tests for DiagramItem (offscreen)."""
from __future__ import annotations

import pytest

pytest.importorskip("PySide6")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QGraphicsScene  # noqa: E402

from bodymap.domain.diagrams import SCENE_HEIGHT, VIEW_IDS, load_view  # noqa: E402
from bodymap.ui.canvas.diagram_item import DiagramItem  # noqa: E402


def render(item: DiagramItem, scale: float = 1.0) -> QImage:
    scene = QGraphicsScene()
    scene.addItem(item)
    rect = item.boundingRect()
    image = QImage(round(rect.width() * scale), round(rect.height() * scale),
                   QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    scene.removeItem(item)
    return image


def px(image: QImage, x: float, y: float) -> QColor:
    """Pixel at normalised diagram coordinates."""
    return image.pixelColor(min(image.width() - 1, int(x * image.width())),
                            min(image.height() - 1, int(y * image.height())))


def is_white(c: QColor) -> bool:
    return c.alpha() == 255 and min(c.red(), c.green(), c.blue()) >= 250


def is_dark(c: QColor) -> bool:
    return c.alpha() > 200 and max(c.red(), c.green(), c.blue()) < 90


@pytest.fixture(params=VIEW_IDS)
def view(request, qapp):
    return load_view(request.param)


def test_bounding_rect_and_cache(view):
    item = DiagramItem(view)
    assert item.boundingRect() == QRectF(0, 0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)
    assert item.paths() is item.paths()
    assert not item.show_regions()
    item.set_show_regions(True)
    assert item.show_regions()


def test_silhouette_fill_contour_and_background(view):
    image = render(DiagramItem(view))
    # interior points are white (chest, abdomen, mid-thigh on both sides)
    for x, y in [(0.45, 0.30), (0.55, 0.30), (0.47, 0.40), (0.40, 0.60), (0.60, 0.60)]:
        assert view.contains(x, y)
        assert is_white(px(image, x, y)), (x, y, px(image, x, y).name())
    # background (corners, between the legs, between arm and trunk) stays transparent
    for x, y in [(0.01, 0.5), (0.99, 0.6), (0.5, 0.6), (0.5, 0.9), (0.29, 0.40)]:
        assert not view.contains(x, y)
        assert px(image, x, y).alpha() == 0, (x, y)
    # walking across the waist we meet a dark contour before the white body
    row = int(0.37 * image.height())
    colours = [image.pixelColor(i, row) for i in range(image.width() // 2)]
    first_white = next(i for i, c in enumerate(colours) if is_white(c) and i > 150)
    assert any(is_dark(c) for c in colours[first_white - 6:first_white]), "no contour"
    dark = sum(1 for y in range(image.height()) for x in range(0, image.width(), 2)
               if is_dark(image.pixelColor(x, y)))
    assert 1500 < dark < 20000, dark  # a thin line-art contour, not a filled blob


def test_side_labels_and_title(view):
    image = render(DiagramItem(view))

    def grey_pixels(cx, cy, r=0.04):
        n = 0
        for i in range(int((cx - r) * image.width()), int((cx + r) * image.width())):
            for j in range(int((cy - r / 2) * image.height()), int((cy + r / 2) * image.height())):
                c = image.pixelColor(i, j)
                if c.alpha() > 200 and 60 < c.red() < 120 and abs(c.red() - c.blue()) < 8:
                    n += 1
        return n

    for side in ("left", "right"):
        x, y = view.side_labels[side]
        assert grey_pixels(x, y) > 40, side
    # patient's right is on the viewer's left on the anterior view only
    assert (view.side_labels["right"][0] < 0.5) == (view.id == "anterior")
    # title at the bottom centre
    assert grey_pixels(0.5, 0.99, r=0.08) > 20


def test_inner_lines_are_light_grey(view):
    image = render(DiagramItem(view), scale=2.0)
    # the sternum line (anterior) / spine line (posterior) at the midline of the chest
    cols = [image.pixelColor(int(0.5 * image.width()) + d, int(0.27 * image.height()))
            for d in range(-3, 4)]
    greys = [c for c in cols if c.alpha() == 255 and 120 < c.red() < 235]
    assert greys, [c.name() for c in cols]
    assert not any(is_dark(c) for c in cols)


def test_show_regions_draws_borders(view):
    item = DiagramItem(view)
    plain = render(item)
    item.set_show_regions(True)
    debug = render(item)
    assert plain.size() == debug.size()
    changed = sum(1 for y in range(0, plain.height(), 2) for x in range(0, plain.width(), 2)
                  if plain.pixel(x, y) != debug.pixel(x, y))
    assert changed > 2000
    # background is still untouched by region drawing
    assert debug.pixelColor(5, 500).alpha() == 0
