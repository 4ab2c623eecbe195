"""The fibre hatch on the muscle layers: drawn inside the outlines only, light, under the names."""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene
from shapely.geometry import Polygon
from shapely.ops import unary_union
from shapely.prepared import prep

from bodymap.domain.diagrams import load_view
from bodymap.render.diagram_item import DEEP_COLOR, MUSCLE_COLOR, DiagramItem, fibre_color

SCALE = 1.0          # one pixel per scene unit: a full-body view is 500 x 1000 px
LUMA = np.array([0.299, 0.587, 0.114])


@pytest.fixture(autouse=True)
def _app(qapp):
    return qapp


def render(view_id: str, layers, fibres: bool) -> np.ndarray:
    """The view painted on white, as an (h, w, 3) array."""
    view = load_view(view_id)
    item = DiagramItem(view)
    item.set_layers(set(layers) | {"fibres"} if fibres else set(layers) - {"fibres"})
    scene = QGraphicsScene()
    scene.addItem(item)
    rect = item.boundingRect()
    image = QImage(round(rect.width() * SCALE), round(rect.height() * SCALE),
                   QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    scene.removeItem(item)
    w, h = image.width(), image.height()
    raw = np.frombuffer(image.constBits(), dtype=np.uint8, count=h * image.bytesPerLine())
    return raw.reshape(h, image.bytesPerLine())[:, : w * 4].reshape(h, w, 4)[:, :, 2::-1].copy()


def changed(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.argwhere(np.abs(a.astype(int) - b.astype(int)).max(axis=2) > 6)


def outlines(view_id: str, layer: str, pad_px: float = 1.5):
    """The union of a layer's muscle outlines in pixels, grown by ``pad_px`` (antialiasing)."""
    view = load_view(view_id)
    w, h = view.aspect * 1000 * SCALE, 1000 * SCALE
    return prep(unary_union([Polygon([(x * w, y * h) for x, y in ring])
                             for m in view.muscles if m.layer == layer
                             for ring in m.polygons]).buffer(pad_px))


def outside(pixels: np.ndarray, where) -> list[tuple[int, int]]:
    from shapely.geometry import Point
    return [(int(c), int(r)) for r, c in pixels if not where.contains(Point(c + 0.5, r + 0.5))]


@pytest.mark.parametrize("view_id", ["anterior", "posterior", "lateral_left", "lateral_right"])
def test_the_hatch_is_drawn_inside_the_muscle_outlines_only(view_id):
    layers = {"outline", "labels", "muscles"}
    plain, hatched = render(view_id, layers, False), render(view_id, layers, True)
    diff = changed(plain, hatched)
    assert len(diff) > 3000, len(diff)               # there is a hatch, over many muscles
    stray = outside(diff, outlines(view_id, "superficial"))
    assert not stray, stray[:10]
    # low contrast: the hatch darkens what is under it by less than a third of what the
    # muscle outline's own colour does to white
    darker = (plain[diff[:, 0], diff[:, 1]].astype(float) @ LUMA
              - hatched[diff[:, 0], diff[:, 1]].astype(float) @ LUMA)
    a = MUSCLE_COLOR.alphaF()
    outline = 255 * a - a * (np.array([MUSCLE_COLOR.red(), MUSCLE_COLOR.green(),
                                       MUSCLE_COLOR.blue()]) @ LUMA)
    assert darker.max() < outline / 3 and np.median(darker) < outline / 5, (darker.max(), outline)


def test_without_a_muscle_layer_there_is_no_hatch():
    layers = {"outline", "labels"}
    assert not len(changed(render("anterior", layers, False), render("anterior", layers, True)))


def test_the_deep_layer_alone_is_hatched_and_under_the_superficial_one_it_is_not():
    deep = {"outline", "deep"}
    diff = changed(render("posterior", deep, False), render("posterior", deep, True))
    assert len(diff) > 500 and not outside(diff, outlines("posterior", "deep"))
    both = {"outline", "muscles", "deep"}
    diff = changed(render("posterior", both, False), render("posterior", both, True))
    assert len(diff) > 3000 and not outside(diff, outlines("posterior", "superficial"))


def test_the_hatch_colour_is_the_layer_colour_fainter():
    for base in (MUSCLE_COLOR, DEEP_COLOR):
        c = fibre_color(base)
        assert (c.red(), c.green(), c.blue()) == (base.red(), base.green(), base.blue())
        assert 0 < c.alpha() < base.alpha() / 2


@pytest.mark.parametrize("view_id", ["anterior", "lateral_left"])
def test_no_fibre_line_runs_under_a_name_or_a_landmark_label(view_id):
    from bodymap.render import landmark_labels
    layers = {"outline", "labels", "muscles", "names", "landmarks"}
    item = DiagramItem(load_view(view_id))
    item.set_layers(layers)
    rects = [p.rect for p in item.placed_names()]
    rects += [p.rect for p in landmark_labels.layout(load_view(view_id))]
    assert len(rects) > 10
    plain, hatched = render(view_id, layers, False), render(view_id, layers, True)
    for r in rects:
        box = (slice(int(r.top()), int(r.bottom()) + 1), slice(int(r.left()), int(r.right()) + 1))
        # the text's box is painted exactly as without the hatch
        assert np.array_equal(plain[box], hatched[box]), (r.x(), r.y())
    assert len(changed(plain, hatched)) > 2000
