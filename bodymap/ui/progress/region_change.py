"""Per-region change drawn on the body: green where pain went, red where it came, grey where it
stayed. Each also has its own hatch (went: diagonal stripes, came: dense dots, stayed: cross-hatch)
so the map still reads in greyscale and in print, and for red-green colour blindness."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPixmap, QPolygonF

from bodymap.domain.diagrams import load_view

REGION_STYLES = {
    "went": (QT_TRANSLATE_NOOP("CompareDialog", "Pain went"), QColor("#1B7837"), 0.30, Qt.BrushStyle.BDiagPattern),
    "came": (QT_TRANSLATE_NOOP("CompareDialog", "Pain came"), QColor("#B2182B"), 0.45, Qt.BrushStyle.Dense5Pattern),
    "stayed": (QT_TRANSLATE_NOOP("CompareDialog", "Pain stayed"), QColor("#6E6E6E"), 0.35, Qt.BrushStyle.DiagCrossPattern),
}


def _fill(painter: QPainter, path_or_rect, kind: str) -> None:
    _label, color, alpha, pattern = REGION_STYLES[kind]
    fill = QColor(color)
    fill.setAlphaF(alpha)
    hatch = QBrush(QColor(color).darker(120), pattern)
    if isinstance(path_or_rect, QPainterPath):
        painter.fillPath(path_or_rect, fill)
        painter.fillPath(path_or_rect, hatch)
        painter.strokePath(path_or_rect, QPen(QColor(color).darker(120), 1.2))
    else:
        painter.fillRect(path_or_rect, fill)
        painter.fillRect(path_or_rect, hatch)


def overlay_regions(target: QImage, view_id: str, changes: dict[tuple[str, str], str]) -> int:
    """Fill the view's regions that changed; returns how many regions were drawn."""
    view = load_view(view_id)
    w, h = target.width(), target.height()
    painter = QPainter(target)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    drawn = 0
    try:
        for region in view.regions:
            kind = changes.get((region.id, region.side))
            if kind is None:
                continue
            path = QPainterPath()
            for poly in region.polygons:
                if len(poly) >= 3:
                    path.addPolygon(QPolygonF([QPointF(x * w, y * h) for x, y in poly]))
                    path.closeSubpath()
            _fill(painter, path, kind)
            drawn += 1
    finally:
        painter.end()
    return drawn


def region_swatch(kind: str, size: int = 22) -> QPixmap:
    pix = QPixmap(size, size)
    pix.fill(QColor("white"))
    p = QPainter(pix)
    _fill(p, pix.rect(), kind)
    p.setPen(QColor("#444"))
    p.drawRect(pix.rect().adjusted(0, 0, -1, -1))
    p.end()
    return pix
