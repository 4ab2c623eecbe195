"""The key of symbols and colours, painted the same way in the window and on print-outs.

Trigger-point symbols are painted by the canvas item itself (so they cannot drift from the
chart); zone swatches use the fill, hatch and outline from style.py.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QStyleOptionGraphicsItem

from bodymap.domain.charting import MarkKind, PainQuality
from bodymap.render import style
from bodymap.render.fonts import shipped_font

TEXT_COLOR = QColor("#1B1B1B")
DEFAULT_FONT_PT = 8.5
SWATCH_HATCH_LINES = 2.5     # hatch lines across a swatch's height (about as on a printed view)
SWATCH_INTENSITY = 6          # zone swatches show a mid intensity fill

_TP_ENTRIES = (
    (MarkKind.TRIGGER_POINT, "active", "Active trigger point"),
    (MarkKind.TRIGGER_POINT, "latent", "Latent trigger point"),
    (MarkKind.TRIGGER_POINT, "needled", "Needled (X)"),
    (MarkKind.TRIGGER_POINT, "carried", "Carried forward (dashed)"),
)


def legend_entries() -> list[tuple[str, str, str]]:
    """(kind, key, label) for every symbol in the key, in drawing order.

    kind is MarkKind.TRIGGER_POINT (a trigger-point symbol), MarkKind.ZONE (a pain-quality swatch, key = PainQuality value)
    or "depth" (the deep-zone outline).
    """
    entries = list(_TP_ENTRIES)
    entries += [(MarkKind.ZONE, q.value, q.label) for q in PainQuality]
    entries.append(("depth", "deep", "Deep (dashed outline)"))
    return entries


def interface_entries() -> list[tuple[str, str, str]]:
    """legend_entries() with the labels in the interface language (the window's legend)."""
    from bodymap.render import i18n
    translate = i18n.current().translate
    return [(kind, key, translate("Handout", label)) for kind, key, label in legend_entries()]


def _default_font_px(painter: QPainter) -> float:
    device = painter.device()
    dpi = device.logicalDpiY() if device is not None else 96
    return DEFAULT_FONT_PT * dpi / 72.0


def _legend_font(font_px: float) -> QFont:
    font = shipped_font()
    font.setPixelSize(max(1, round(font_px)))
    if hasattr(font, "setFeature") and hasattr(QFont, "Tag"):
        font.setFeature(QFont.Tag("liga"), 0)      # keep 'fi' searchable in PDFs
    return font


class _Metrics:
    """Sizes of one legend layout, all derived from the font size."""

    def __init__(self, font_px: float, device=None):
        self.font = _legend_font(font_px)
        self.fm = QFontMetricsF(self.font, device) if device is not None else QFontMetricsF(self.font)
        self.px = font_px
        self.symbol = font_px * 1.55          # symbol box edge
        self.gap = font_px * 0.6              # symbol to label
        self.col_gap = font_px * 1.6          # between columns
        self.row_h = max(self.symbol, self.fm.height()) + font_px * 0.55

    def column_width(self, labels) -> float:
        text = max((self.fm.horizontalAdvance(label) for label in labels), default=0.0)
        return self.symbol + self.gap + text


def legend_layout(width: float, font_px: float, device=None, entries=None) -> tuple[int, int, float, float]:
    """(columns, rows, column width, height) for the legend in width at font_px.

    entries: the (kind, key, label) to show (default: every symbol, legend_entries())."""
    m = _Metrics(font_px, device)
    entries = interface_entries() if entries is None else list(entries)
    if not entries:
        return 1, 0, 0.0, 0.0
    col_w = m.column_width(label for _k, _key, label in entries)
    columns = max(1, min(len(entries), int((width + m.col_gap) // (col_w + m.col_gap))))
    rows = math.ceil(len(entries) / columns)
    return columns, rows, col_w, rows * m.row_h


def _tp_record(key: str):
    """A stand-in trigger point for painting the key's symbol with the canvas item."""
    import dataclasses

    from bodymap.domain.records import TriggerPointRecord
    fields = {f.name for f in dataclasses.fields(TriggerPointRecord)}
    extra = {}
    if "carried_from_id" in fields:
        extra["carried_from_id"] = -1 if key == "carried" else None
    elif "carried" in fields:
        extra["carried"] = key == "carried"
    return TriggerPointRecord(
        id=0, visit_id=0, view="", x=0.0, y=0.0, diagram_version=0, region=None, region_label="",
        muscle=None, side="midline", status="latent" if key == "latent" else "active",
        findings=frozenset(), pressure_pain=None, needled=key == "needled", needle_size="",
        depth_mm=None, twitch_responses=None, notes="", **extra)


def _draw_tp_symbol(painter: QPainter, center: QPointF, size: float, key: str) -> None:
    from bodymap.render.items import TriggerPointItem
    item = TriggerPointItem(_tp_record(key), selectable=False)
    scale = (size / 2.0) / (style.TP_RADIUS + 1.0)
    painter.save()
    painter.translate(center)
    painter.scale(scale, scale)
    item.paint(painter, QStyleOptionGraphicsItem(), None)
    painter.restore()


def _draw_zone_swatch(painter: QPainter, rect: QRectF, quality: str, deep: bool) -> None:
    """Painted by the canvas's own zone painter; hatch spacing and outline width are scaled to the
    swatch as the canvas scales them to the diagram, so key and chart keep matching."""
    from bodymap.render.items import paint_zone_shape
    path = QPainterPath()
    radius = rect.height() * 0.22
    path.addRoundedRect(rect, radius, radius)
    paint_zone_shape(painter, path, quality, SWATCH_INTENSITY, deep,
                     outline_width=max(rect.height() * 0.1, _device_pixel(painter)),
                     hatch_spacing=rect.height() / SWATCH_HATCH_LINES)


def _device_pixel(painter: QPainter) -> float:
    """One device pixel in the painter's units."""
    t = painter.worldTransform()
    scale = math.sqrt(abs(t.determinant())) or 1.0
    return 1.0 / scale


def _draw_depth_swatch(painter: QPainter, rect: QRectF) -> None:
    path = QPainterPath()
    radius = rect.height() * 0.22
    path.addRoundedRect(rect, radius, radius)
    painter.save()
    pen = QPen(style.OUTLINE_COLOR, max(1.0, rect.height() * 0.1), Qt.PenStyle.DashLine)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(QColor("white"))
    painter.drawPath(path)
    painter.restore()


def draw_symbol(painter: QPainter, kind: str, key: str, rect: QRectF) -> None:
    """Paint one legend symbol centred in rect (a square)."""
    size = min(rect.width(), rect.height())
    center = rect.center()
    if kind == MarkKind.TRIGGER_POINT:
        _draw_tp_symbol(painter, center, size, key)
        return
    swatch = QRectF(center.x() - size / 2, center.y() - size * 0.36, size, size * 0.72)
    if kind == MarkKind.ZONE:
        _draw_zone_swatch(painter, swatch, key, False)
    else:
        _draw_depth_swatch(painter, swatch)


def draw_legend(painter: QPainter, x: float, y: float, width: float, font_px: float | None = None,
                entries=None) -> float:
    """Paint the key at (x, y) in columns that fit width; returns the height used.

    font_px is the text size in the painter's units; by default 8.5 pt at the device's DPI.
    entries: the (kind, key, label) to show (default: every symbol); a printout lists only the
    symbols it uses.
    """
    if font_px is None:
        font_px = _default_font_px(painter)
    m = _Metrics(font_px, painter.device())
    entries = interface_entries() if entries is None else list(entries)
    if not entries:
        return 0.0
    columns, rows, col_w, height = legend_layout(width, font_px, painter.device(), entries)
    spare = max(0.0, width - columns * col_w - (columns - 1) * m.col_gap)
    col_gap = m.col_gap + (spare / (columns - 1) if columns > 1 else 0.0)
    col_gap = min(col_gap, m.col_gap * 3)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setFont(m.font)
    for index, (kind, key, label) in enumerate(entries):
        col, row = divmod(index, rows)
        left = x + col * (col_w + col_gap)
        top = y + row * m.row_h
        mid = top + m.row_h / 2
        symbol = QRectF(left, mid - m.symbol / 2, m.symbol, m.symbol)
        draw_symbol(painter, kind, key, symbol)
        painter.setPen(TEXT_COLOR)
        baseline = mid + (m.fm.ascent() - m.fm.descent()) / 2
        painter.drawText(QPointF(left + m.symbol + m.gap, baseline), label)
    painter.restore()
    return height
