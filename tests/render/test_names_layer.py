"""The optional names layer: muscle and region names that never overprint, stay on the body and
on the canvas, and name what the other layers show."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPointF, QRectF

from bodymap.domain.diagrams import SCENE_HEIGHT, VIEW_IDS, load_view
from bodymap.render import landmark_labels, names
from bodymap.render.diagram_item import LAYERS, DiagramItem


@pytest.mark.parametrize("view_id", VIEW_IDS)
@pytest.mark.parametrize("layers", [{"muscles", "landmarks"}, {"regions"}, {"deep"}])
def test_names_are_disjoint_on_the_body_and_canvas(qapp, view_id, layers):
    view = load_view(view_id)
    placed = names.layout(view, layers)
    canvas = QRectF(0, 0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)
    others = landmark_labels.fixed_boxes(view)
    if "landmarks" in layers:
        others += [p.rect for p in landmark_labels.layout(view)]
    for i, a in enumerate(placed):
        assert canvas.contains(a.rect) and "(" not in a.text
        assert view.contains(a.rect.center().x() / canvas.width(), a.rect.center().y() / canvas.height())
        for b in placed[i + 1:]:
            assert not a.rect.intersects(b.rect), (view_id, a.text, b.text)
        assert not any(a.rect.intersects(o) for o in others), (view_id, a.text)
    kinds = {p.kind for p in placed}
    if "regions" in layers:
        assert kinds == {"region"} and len(placed) >= 4
    if "muscles" in layers:
        assert kinds <= {"muscle"}
    if "deep" in layers:
        assert kinds <= {"deep"}


def test_names_name_most_of_the_big_structures(qapp):
    view = load_view("posterior")
    named = {p.key for p in names.layout(view, {"muscles"})}
    assert {"upper_trapezius", "latissimus_dorsi", "gluteus_maximus", "infraspinatus"} <= named
    regions = {p.key for p in names.layout(load_view("anterior"), {"regions"})}
    assert {"forehead", "sternum", "upper_abdomen", "anterior_thigh"} <= regions


def test_the_names_layer_is_painted(qapp):
    from tests.render.test_diagram_item import render
    view = load_view("posterior")
    assert "names" in LAYERS
    plain, named = DiagramItem(view), DiagramItem(view)
    plain.set_layers({"outline", "muscles"})
    named.set_layers({"outline", "muscles", "names"})
    a, b = render(plain, 2.0), render(named, 2.0)
    rect = next(p.rect for p in named.placed_names() if p.key == "latissimus_dorsi")
    differ = 0
    for i in range(20):
        pt = QPointF(rect.left() + rect.width() * (i + 0.5) / 20, rect.center().y())
        x, y = int(pt.x() * 2), int(pt.y() * 2)
        differ += a.pixelColor(x, y) != b.pixelColor(x, y)
    assert differ >= 3
