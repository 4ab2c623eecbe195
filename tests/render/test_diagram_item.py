"""Rendering tests for DiagramItem (offscreen)."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QColor, QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QGraphicsScene  # noqa: E402

from bodymap.domain.diagrams import SCENE_HEIGHT, VIEW_IDS, load_view  # noqa: E402
from bodymap.render.diagram_item import DiagramItem  # noqa: E402


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


FULL_BODY = ("anterior", "posterior")


@pytest.fixture(params=VIEW_IDS)
def view(request, qapp):
    return load_view(request.param)


@pytest.fixture(params=FULL_BODY)
def full_view(request, qapp):
    return load_view(request.param)


def test_bounding_rect_and_cache(view):
    item = DiagramItem(view)
    assert item.boundingRect() == QRectF(0, 0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)
    assert item.paths() is item.paths()
    assert not item.show_regions()
    assert item.layers() == {"outline", "labels"}
    item.set_show_regions(True)
    assert item.show_regions() and item.layers() == {"outline", "labels", "regions"}
    item.set_show_regions(False)
    assert item.layers() == {"outline", "labels"}
    with pytest.raises(ValueError):
        item.set_layers({"outline", "bones"})


def test_silhouette_fill_contour_and_background(full_view):
    view = full_view
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


def test_every_view_is_line_art_on_white(view):
    image = render(DiagramItem(view))
    for x, y in [(0.003, 0.003), (0.997, 0.5), (0.5, 0.997)]:
        assert px(image, x, y).alpha() == 0
    sample = [lm for lm in view.landmarks][:3]
    assert sample
    dark = sum(1 for y in range(image.height()) for x in range(0, image.width(), 2)
               if is_dark(image.pixelColor(x, y)))
    assert 1000 < dark < 25000, dark
    white = sum(1 for y in range(0, image.height(), 4) for x in range(0, image.width(), 4)
                if is_white(image.pixelColor(x, y)))
    assert white > 1000


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

    for side, (x, y) in view.side_labels.items():
        assert grey_pixels(x, y) > 40, side
    # patient's right is on the viewer's left on the anterior-like views only
    if "right" in view.side_labels and "left" in view.side_labels:
        assert (view.side_labels["right"][0] < 0.5) == (
            view.id in ("anterior", "hand_palmar", "foot_plantar"))
    else:
        assert set(view.side_labels) == {view.single_side}
    # title at the bottom centre
    assert grey_pixels(0.5, 0.99, r=0.08) > 20


def test_inner_lines_are_light_grey(full_view):
    view = full_view
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


def changed_pixels(a: QImage, b: QImage, step: int = 2) -> int:
    return sum(1 for y in range(0, a.height(), step) for x in range(0, a.width(), step)
               if a.pixel(x, y) != b.pixel(x, y))


def test_layers_change_the_rendering(view):
    item = DiagramItem(view)
    base = render(item)
    item.set_layers({"outline", "labels", "muscles"})
    muscles = render(item)
    assert changed_pixels(base, muscles) > 300
    if any(m.layer == "deep" for m in view.muscles):
        item.set_layers({"outline", "labels", "deep"})
        deep = render(item)
        assert changed_pixels(base, deep) > 100
        assert changed_pixels(muscles, deep) > 100
        # deep outlines are purple-ish, superficial ones red-ish
        purple = sum(1 for y in range(0, deep.height(), 2) for x in range(0, deep.width(), 2)
                     if (c := deep.pixelColor(x, y)).blue() > c.green() + 40
                     and c.red() > c.green() + 20)
        assert purple > 20
    item.set_layers({"outline", "labels", "landmarks"})
    assert changed_pixels(base, render(item)) > 50
    item.set_layers({"outline"})
    no_labels = render(item)
    assert changed_pixels(base, no_labels) > 50
    item.set_layers(set())
    bare = render(item)
    dark = sum(1 for y in range(0, bare.height(), 2) for x in range(0, bare.width(), 2)
               if is_dark(bare.pixelColor(x, y)))
    assert dark == 0  # no contour, no labels: only the white body
    assert bare.pixelColor(3, 3).alpha() == 0


def test_muscle_layer_colours_a_muscle(qapp):
    view = load_view("posterior")
    site = view.sites_of("gluteus_maximus", "left")[1]
    item = DiagramItem(view)
    item.set_layers({"outline", "muscles"})
    image = render(item, scale=2.0)
    c = px(image, site.x, site.y)
    assert c.red() > c.green() + 5 and c.red() > c.blue() + 5, c.name()  # faint red fill
