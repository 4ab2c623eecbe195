"""The locator in a corner of a handout close-up: the whole view's silhouette in miniature with the
close-up's area filled in, so a patient sees where on the body the enlarged piece lies.

The silhouette is drawn from the view's outline (not the scene), plain and light, so it reads at
about a centimetre tall; the corner is the one whose box covers the fewest of the close-up's marks,
numbers and side letters (a bottom corner when it is a tie).
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen

LOCATOR_MM = (13.0, 0.42)     # the locator's height: at most this, and at most this share of the close-up's
SILHOUETTE = QColor("#D5DBE1")
OUTLINE = QColor("#7A8691")


def locator_rect(panel: QRectF, aspect: float, height: float, pad: float, avoid: list[QRectF]) -> QRectF:
    """Where the locator goes inside panel: aspect is the view's width / height, height the
    locator's; the corner box (with pad) meeting the fewest rectangles of avoid wins."""
    w = height * aspect
    corners = [QRectF(panel.right() - pad - w, panel.bottom() - pad - height, w, height),
               QRectF(panel.left() + pad, panel.bottom() - pad - height, w, height),
               QRectF(panel.right() - pad - w, panel.top() + pad, w, height),
               QRectF(panel.left() + pad, panel.top() + pad, w, height)]

    def covered(box: QRectF) -> float:
        grown = box.adjusted(-pad, -pad, pad, pad)
        return sum(1.0 + grown.intersected(a).width() * grown.intersected(a).height() / max(1.0, a.width() * a.height())
                   for a in avoid if grown.intersects(a))
    return min(corners, key=covered)


def paint_locator(p: QPainter, view, crop: tuple, box: QRectF, frame: QColor, line_w: float) -> None:
    """view: the DiagramView; crop: the close-up's scene rectangle (x0, y0, x1, y1); box: where."""
    width_units = view.aspect * 1000.0
    s = box.height() / 1000.0
    x_off = box.left() + (box.width() - width_units * s) / 2

    def at(x: float, y: float) -> QPointF:
        sx, sy = view.to_scene(x, y)
        return QPointF(x_off + sx * s, box.top() + sy * s)
    p.save()
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(255, 255, 255, 235))
    p.drawRoundedRect(box.adjusted(-line_w * 3, -line_w * 3, line_w * 3, line_w * 3), line_w * 4, line_w * 4)
    path = QPainterPath()
    for line in view.outline:
        if len(line) < 3:
            continue
        path.moveTo(at(*line[0]))
        for point in line[1:]:
            path.lineTo(at(*point))
        path.closeSubpath()
    p.setBrush(SILHOUETTE)
    p.setPen(QPen(OUTLINE, line_w * 0.6))
    p.drawPath(path)
    x0, y0, x1, y1 = crop
    area = QRectF(QPointF(x_off + x0 * s, box.top() + y0 * s), QPointF(x_off + x1 * s, box.top() + y1 * s))
    least = line_w * 5                      # a crop never shrinks to a speck
    if area.width() < least or area.height() < least:
        area = QRectF(area.center().x() - max(area.width(), least) / 2, area.center().y() - max(area.height(), least) / 2,
                      max(area.width(), least), max(area.height(), least))
    fill = QColor(frame)
    fill.setAlphaF(0.35)
    p.setBrush(fill)
    p.setPen(QPen(frame, line_w))
    p.drawRect(area)
    p.restore()
