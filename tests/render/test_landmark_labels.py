"""The landmark labels never overprint each other, the side letters or the title, and never leave
the canvas (boxes measured with the shipped font's metrics, as they are painted)."""
from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from bodymap.domain.diagrams import SCENE_HEIGHT, VIEW_IDS, load_view
from bodymap.render import landmark_labels
from bodymap.render.diagram_item import DiagramItem
from bodymap.render.fonts import FONT_FAMILY


@pytest.fixture(params=VIEW_IDS)
def placed(request, qapp):
    view = load_view(request.param)
    return view, landmark_labels.layout(view)


def test_every_landmark_has_one_label(placed):
    view, labels = placed
    assert sorted((p.landmark.id, p.landmark.side) for p in labels) == sorted(
        (lm.id, lm.side) for lm in view.landmarks)


def test_label_boxes_fit_their_text_in_the_shipped_font(placed):
    _view, labels = placed
    font = landmark_labels.label_font()
    assert font.family() == FONT_FAMILY
    metrics = QFontMetricsF(font)
    for p in labels:
        assert p.rect.width() >= metrics.horizontalAdvance(p.text) - 1e-6
        assert p.rect.height() >= metrics.height() - 1e-6


def test_label_boxes_are_disjoint_and_inside_the_canvas(placed):
    view, labels = placed
    canvas = QRectF(0, 0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)
    boxes = [p.rect for p in labels]
    for p in labels:
        assert canvas.contains(p.rect), (view.id, p.text, p.rect)
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert not a.intersects(b), (view.id, a, b)
        for fixed in landmark_labels.fixed_boxes(view):   # side letters, title
            assert not a.intersects(fixed), (view.id, labels[i].text)
        for lm in view.landmarks:   # no label covers a landmark's dot
            c = (lm.x * canvas.width(), lm.y * canvas.height())
            assert not a.contains(*c), (view.id, labels[i].text, lm.id)


def test_moved_labels_have_a_leader_line(placed):
    view, labels = placed
    w = view.aspect * SCENE_HEIGHT
    for p in labels:
        cx, cy = p.landmark.x * w, p.landmark.y * SCENE_HEIGHT
        nx = min(max(cx, p.rect.left()), p.rect.right())
        ny = min(max(cy, p.rect.top()), p.rect.bottom())
        far = math.hypot(nx - cx, ny - cy)
        if p.leader is None:
            assert far <= landmark_labels.DOT_RADIUS + landmark_labels.GAP + 2.5, p.text
        else:
            assert (p.leader.p1().x(), p.leader.p1().y()) == pytest.approx((cx, cy))
            assert (p.leader.p2().x(), p.leader.p2().y()) == pytest.approx((nx, ny))


def test_paired_labels_at_the_midline_are_apart(qapp):
    """The pairs that overprinted at the midline (issue: inferior and superior angle of the
    scapula, popliteal fossa) are mirror images of each other now, clear of the centre line."""
    for view_id, lid in (("posterior", "inferior_scapular_angle"),
                         ("head_posterior", "superior_scapular_angle"),
                         ("posterior", "popliteal_fossa"), ("head_posterior", "inion")):
        view = load_view(view_id)
        labels = [p for p in landmark_labels.layout(view) if p.landmark.id == lid]
        assert labels, (view_id, lid)
        if len(labels) == 2:
            a, b = labels
            assert not a.rect.intersects(b.rect)
            w = view.aspect * SCENE_HEIGHT
            assert a.rect.left() == pytest.approx(w - b.rect.right(), abs=1e-6)


def test_the_item_paints_the_layout(qapp):
    view = load_view("posterior")
    item = DiagramItem(view)
    item.set_layers({"outline", "landmarks"})
    from tests.render.test_diagram_item import render
    image = render(item, 2.0)
    dark = 0
    for p in landmark_labels.layout(view):
        r = p.rect
        for i in range(12):
            x, y = r.left() + r.width() * (i + 0.5) / 12, r.center().y()
            c = image.pixelColor(int(x * 2), int(y * 2))
            dark += c.alpha() > 0 and c.red() < 200
    assert dark > 40
