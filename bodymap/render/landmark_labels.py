"""Where the landmark labels of a diagram go: never on top of each other, never off the canvas.

Each label is tried beside its dot (away from the body's midline first, so the paired labels of
the two sides do not meet in the middle), then above and below, then farther out; the first place
that overlaps no label, dot, side letter or title and stays on the canvas, and crosses the fewest
outline strokes, wins. A label that had to move away from its dot gets a leader line. The layout is
made once per view (DiagramItem caches it) with the shipped font's metrics.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QLineF, QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QPainterPathStroker

from bodymap.domain.diagrams import SCENE_HEIGHT, DiagramView, Landmark, describe_side
from bodymap.render import i18n
from bodymap.render.fonts import shipped_font

LABEL_PX = 7.0          # landmark label font size, in scene units
DOT_RADIUS = 2.2
GAP = 1.3               # between a dot and its label when the label sits beside it
PAD = 0.6               # labels keep this much clear of each other and of the canvas edge
SIDE_LETTER_PX = 36    # the "R" / "L" letters (DiagramItem._paint_labels)
SIDE_WORDS_PX = 20     # "Left side" on views showing one side
TITLE_PX = 13           # the view's title, in the strip at the bottom
TITLE_SHARE = 0.028     # that strip's share of the height
# what crossing a stroke costs, against 10 per 6 units a label moves away from its dot
CROSS_OUTLINE = 70.0
CROSS_LINE = 35.0


@dataclass(frozen=True)
class PlacedLabel:
    landmark: Landmark
    text: str
    rect: QRectF          # the text's box, scene units
    leader: QLineF | None  # from the dot to the box, when the label is not beside its dot


def label_font() -> QFont:
    font = shipped_font()
    font.setPixelSize(int(LABEL_PX))
    return font


def label_text(lm: Landmark) -> str:
    return lm.label.split(" (")[0]


def side_label(view: DiagramView, side: str, lang: i18n.Language | None = None) -> tuple[str, QFont]:
    """The side label's text and font: a big "R" / "L" on views showing both sides; on views
    showing one side the words ("Left side"), which a lone letter beside the figure did not say.
    In lang (default: the interface language): "D" / "I", "Lado izquierdo", ..."""
    translate = (lang or i18n.current()).translate
    font = shipped_font()
    font.setBold(True)
    if view.single_side is not None:
        font.setPixelSize(SIDE_WORDS_PX)
        words = {"left": translate("Handout", "Left side"), "right": translate("Handout", "Right side")}
        return words.get(side, f"{describe_side(side)} side"), font
    font.setPixelSize(SIDE_LETTER_PX)
    return translate("Handout", describe_side(side))[:1].upper(), font


def fixed_boxes(view: DiagramView) -> list[QRectF]:
    """What the labels must not cover besides each other: the side labels and the title."""
    w, h = view.aspect * SCENE_HEIGHT, SCENE_HEIGHT
    boxes = []
    for side, (x, y) in view.side_labels.items():
        text, font = side_label(view, side)
        metrics = QFontMetricsF(font)
        lw = metrics.horizontalAdvance(text)
        boxes.append(QRectF(x * w - lw / 2, y * h - metrics.height() / 2, lw, metrics.height()))
    title = shipped_font()
    title.setPixelSize(TITLE_PX)
    tw = QFontMetricsF(title).horizontalAdvance(view.label)
    boxes.append(QRectF((w - tw) / 2, h - TITLE_SHARE * h, tw, TITLE_SHARE * h))
    return boxes


def _strokes(view: DiagramView) -> tuple[QPainterPath, QPainterPath]:
    """The body's contour and its inner lines as thin filled shapes (to test what a box crosses)."""
    w, h = view.aspect * SCENE_HEIGHT, SCENE_HEIGHT
    outline, inner = QPainterPath(), QPainterPath()
    for path, lines, closed in ((outline, view.outline, True), (inner, view.inner_lines, False),
                                (inner, view.contour_lines, False)):
        for line in lines:
            path.moveTo(line[0][0] * w, line[0][1] * h)
            for x, y in line[1:]:
                path.lineTo(x * w, y * h)
            if closed:
                path.closeSubpath()
    stroker = QPainterPathStroker()
    stroker.setWidth(2.0)
    return stroker.createStroke(outline), stroker.createStroke(inner)


def _candidates(c: QPointF, tw: float, th: float, outward: int) -> list[tuple[QRectF, float]]:
    """(box, cost) for the places a label may take, nearest first; outward is +1 when the side
    away from the midline is the viewer's right, -1 when it is the left."""
    out = []
    first, second = (1, -1) if outward > 0 else (-1, 1)
    for step in range(13):
        far = step * 6.0
        for k, (dx, dy) in enumerate(((first, 0), (second, 0), (0, -1), (0, 1),
                                      (first, -1), (first, 1), (second, -1), (second, 1))):
            if dx > 0:
                x = c.x() + DOT_RADIUS + GAP + far
            elif dx < 0:
                x = c.x() - DOT_RADIUS - GAP - far - tw
            else:
                x = c.x() - tw / 2
            if dy < 0:
                y = c.y() - DOT_RADIUS - GAP - far * 0.6 - th - (0 if dx == 0 else 2.0)
            elif dy > 0:
                y = c.y() + DOT_RADIUS + GAP + far * 0.6 + (0 if dx == 0 else 2.0)
            else:
                y = c.y() - th / 2
            out.append((QRectF(x, y, tw, th), step * 10.0 + k))
    return out


def layout(view: DiagramView) -> list[PlacedLabel]:
    """Every landmark's label placed; boxes pairwise disjoint and inside the canvas.

    On views showing both sides the viewer's left half is laid out and mirrored, so the labels
    of a pair sit as the pair does."""
    w, h = view.aspect * SCENE_HEIGHT, SCENE_HEIGHT
    canvas = QRectF(PAD, PAD, w - 2 * PAD, h - 2 * PAD)
    metrics = QFontMetricsF(label_font())
    th = metrics.height()
    outline, inner = _strokes(view)
    taken = fixed_boxes(view)
    dots = [QRectF(lm.x * w - DOT_RADIUS - PAD, lm.y * h - DOT_RADIUS - PAD,
                   2 * (DOT_RADIUS + PAD), 2 * (DOT_RADIUS + PAD)) for lm in view.landmarks]
    partner = _mirror_partners(view)
    todo = [lm for lm in view.landmarks if partner is None or lm.x <= 0.5 + 1e-9]
    placed = []

    def free(rect: QRectF) -> bool:
        grown = rect.adjusted(-PAD, -PAD, PAD, PAD)
        return canvas.contains(rect) and not any(grown.intersects(t) for t in taken) and \
            not any(grown.intersects(d) for d in dots)

    def crossing(rect: QRectF, leader: QLineF | None) -> float:
        cost = (CROSS_OUTLINE if outline.intersects(rect) else 0.0) + (
            CROSS_LINE if inner.intersects(rect) else 0.0)
        if leader is not None:
            line = QPainterPath(leader.p1())
            line.lineTo(leader.p2())
            cost += CROSS_OUTLINE if outline.intersects(line) else 0.0
        return cost

    for lm in sorted(todo, key=lambda lm: (lm.y, lm.x)):
        text = label_text(lm)
        tw = metrics.horizontalAdvance(text)
        c = QPointF(lm.x * w, lm.y * h)
        pair = partner.get((lm.id, lm.side)) if partner is not None else None
        if view.single_side is not None:
            outward = 1 if view.facing == "left" else -1   # toward the back, away from the face
        else:
            outward = -1 if lm.x < 0.5 - 1e-9 else 1
        best: tuple[float, QRectF, QRectF | None] | None = None
        for rect, cost in _candidates(c, tw, th, outward):
            twin = _mirror(rect, w) if pair is not None else None
            if not free(rect) or (twin is not None and (
                    not free(twin) or rect.adjusted(-PAD, -PAD, PAD, PAD).intersects(twin))):
                continue
            total = cost + crossing(rect, _leader(c, rect))
            if best is None or total < best[0]:
                best = (total, rect, twin)
            if total < 10.0:       # beside the dot and clear of every stroke: no better place
                break
        if best is None:
            raise RuntimeError(f"{view.id}: no room for the label {text!r}")
        _total, rect, twin = best
        taken.append(rect)
        placed.append(PlacedLabel(lm, text, rect, _leader(c, rect)))
        if pair is not None and twin is not None:
            taken.append(twin)
            pc = QPointF(pair.x * w, pair.y * h)
            placed.append(PlacedLabel(pair, label_text(pair), twin, _leader(pc, twin)))
    return placed


def _mirror(rect: QRectF, width: float) -> QRectF:
    return QRectF(width - rect.right(), rect.top(), rect.width(), rect.height())


def _mirror_partners(view: DiagramView) -> dict[tuple[str, str], Landmark] | None:
    """For views drawn as mirror images of one half: each viewer-left landmark's twin on the
    right; None when the view is not (one side only, or a landmark without its twin)."""
    if view.viewer_sides is None:
        return None
    out = {}
    for lm in view.landmarks:
        if abs(lm.x - 0.5) <= 1e-9:
            continue
        twin = next((o for o in view.landmarks if o.id == lm.id and o.side != lm.side
                     and abs(o.x - (1 - lm.x)) < 1e-4 and abs(o.y - lm.y) < 1e-4), None)
        if twin is None:
            return None
        if lm.x < 0.5:
            out[(lm.id, lm.side)] = twin
    return out


def _leader(c: QPointF, rect: QRectF) -> QLineF | None:
    """A line from the dot to the nearest point of the box, when the box is not beside the dot."""
    nx = min(max(c.x(), rect.left()), rect.right())
    ny = min(max(c.y(), rect.top()), rect.bottom())
    if math.hypot(nx - c.x(), ny - c.y()) <= DOT_RADIUS + GAP + 2.5:
        return None
    return QLineF(c, QPointF(nx, ny))
