"""The optional names layer: muscle and region names written on the diagram, as printed charts
carry them.

It names what the other layers show: the superficial muscles with "muscles", the deep ones with
"deep", the regions with "regions" (and the regions when none of those is on). Each structure is
named once, on the viewer's left where the view shows both sides, at a point well inside its
outline; a name that would cover another name, a landmark label, the side labels or the title,
run off the body or leave the canvas, is tried a little higher and lower and otherwise left out
(the hover text still names everything).
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QPolygonF

from bodymap.domain.diagrams import SCENE_HEIGHT, DiagramView
from bodymap.render import landmark_labels
from bodymap.render.fonts import shipped_font

NAME_PX = 6
PAD = 0.8
SHIFTS = (0.0, -7.0, 7.0, -14.0, 14.0)


@dataclass(frozen=True)
class PlacedName:
    kind: str        # 'muscle' | 'deep' | 'region'
    key: str         # muscle or region id
    text: str
    rect: QRectF


def name_font() -> QFont:
    font = shipped_font()
    font.setPixelSize(NAME_PX)
    return font


def _path(polygons: Iterable[Sequence[tuple[float, float]]], w: float, h: float) -> QPainterPath:
    path = QPainterPath()
    for ring in polygons:
        path.addPolygon(QPolygonF([QPointF(x * w, y * h) for x, y in ring]))
        path.closeSubpath()
    return path


def _inside_point(path: QPainterPath) -> QPointF:
    """A point well inside the outline: the centre of the longest run across its middle rows."""
    box = path.boundingRect()
    best: tuple[float, QPointF] | None = None
    for k in range(1, 8):
        y = box.top() + box.height() * k / 8
        run_start, n = None, 48
        for i in range(n + 1):
            x = box.left() + box.width() * i / n
            inside = path.contains(QPointF(x, y))
            if inside and run_start is None:
                run_start = x
            if run_start is not None and (not inside or i == n):
                length = x - run_start
                centre_bias = 1.0 - abs(k - 4) / 8      # prefer the middle rows a little
                score = length * centre_bias
                if best is None or score > best[0]:
                    best = (score, QPointF((run_start + x) / 2, y))
                run_start = None
    return best[1] if best is not None else box.center()


def _items(view: DiagramView, layers: frozenset[str]) -> list[tuple[str, str, str, QPainterPath]]:
    w, h = view.aspect * SCENE_HEIGHT, SCENE_HEIGHT
    keep_side = view.viewer_sides[0] if view.viewer_sides is not None else None
    out = []
    wanted = {"superficial"} if "muscles" in layers else set()
    if "deep" in layers:
        wanted.add("deep")
    for m in view.muscles:
        if m.layer in wanted and (keep_side is None or m.side == keep_side):
            out.append(("deep" if m.layer == "deep" else "muscle", m.id, m.name,
                        _path(m.polygons, w, h)))
    if "regions" in layers or not wanted:
        for r in view.regions:
            if keep_side is None or r.side in (keep_side, "midline"):
                out.append(("region", r.id, r.label, _path(r.polygons, w, h)))
    # the large structures first: they have room, the small ones squeeze in between
    out.sort(key=lambda item: -item[3].boundingRect().width() * item[3].boundingRect().height())
    return out


def layout(view: DiagramView, layers: Iterable[str]) -> list[PlacedName]:
    layers = frozenset(layers)
    w, h = view.aspect * SCENE_HEIGHT, SCENE_HEIGHT
    canvas = QRectF(PAD, PAD, w - 2 * PAD, h - 2 * PAD)
    metrics = QFontMetricsF(name_font())
    taken = landmark_labels.fixed_boxes(view)
    if "landmarks" in layers:
        taken += [p.rect for p in landmark_labels.layout(view)]
    body = _path(view.outline, w, h)
    placed = []
    for kind, key, text, path in _items(view, layers):
        text = re.sub(r"\s*\([^)]*\)", "", text)   # "Radial (thumb-side) forearm" -> "Radial forearm"
        tw, th = metrics.horizontalAdvance(text), metrics.height()
        c = _inside_point(path)
        for dy in SHIFTS:
            rect = QRectF(c.x() - tw / 2, c.y() - th / 2 + dy, tw, th)
            grown = rect.adjusted(-PAD, -PAD, PAD, PAD)
            on_body = all(body.contains(QPointF(rect.left() + 0.5 + (tw - 1) * i / 6,
                                                rect.center().y())) for i in range(7))
            if on_body and canvas.contains(rect) and not any(grown.intersects(t) for t in taken):
                taken.append(rect)
                placed.append(PlacedName(kind, key, text, rect))
                break
    return placed
