"""Graphics items for marks. They only paint; the scene positions them from records."""
from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPaintEngine, QPainter, QPainterPath, QPen, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPathItem, QStyle

from bodymap.domain.charting import MarkKind
from bodymap.domain.records import TriggerPointRecord, ZoneRecord
from bodymap.render import style

TP_Z = 20.0
ZONE_Z = 10.0
ZONE_OUTLINE_WIDTH = 2.0      # scene units (a view is 1000 units tall): same on screen and paper
HATCH_SPACING = 8.0           # scene units from one hatch line to the next
QT_PATTERN_CELL = 8.0         # Qt's hatch patterns repeat every 8 pattern pixels


class TriggerPointItem(QGraphicsItem):
    """A trigger point: a solid red disc (active) or an amber ring (latent); an X when needled."""

    def __init__(self, record: TriggerPointRecord, selectable: bool = True):
        super().__init__()
        self.record = record
        self.setZValue(TP_Z)
        self.setAcceptHoverEvents(True)
        if selectable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)

    def mark_id(self) -> tuple[str, int]:
        return (MarkKind.TRIGGER_POINT, self.record.id)

    def boundingRect(self) -> QRectF:
        r = style.TP_RADIUS + 5
        return QRectF(-r, -r, 2 * r, 2 * r)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        r = style.TP_RADIUS + 3
        path.addEllipse(QPointF(0, 0), r, r)
        return path

    def paint(self, painter: QPainter, option, widget=None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        look = (self.record.status, self.record.needled, self.record.carried, selected)
        if not _stamp(painter, look):      # printing, SVG, a rotated view: draw it as vectors
            _draw_trigger_point(painter, *look)


# On screen a trigger point is stamped from a pixmap drawn once per look and zoom level, instead
# of stroking four antialiased ellipses per point per repaint (most of the cost of painting a
# visit with 1,000 points). Printers and SVG get the vector drawing.
_SPRITES: dict[tuple, QPixmap] = {}
_SPRITE_LIMIT = 256


def _raster_scale(painter: QPainter) -> float | None:
    """Device pixels per item unit when painting to pixels with a plain scale, else None."""
    engine = painter.paintEngine()
    if engine is None or engine.type() != QPaintEngine.Type.Raster:
        return None
    transform = painter.deviceTransform()
    # (no enum ordering here: comparing Qt enums with > crashes this PySide6 build)
    if (not transform.isAffine() or transform.m12() or transform.m21()
            or transform.m11() <= 0 or transform.m11() != transform.m22()):
        return None
    return round(transform.m11(), 3)


def _stamp(painter: QPainter, look: tuple) -> bool:
    """Draw the point centred on the item's origin from its sprite, pixel for pixel (the stamp
    snaps to whole device pixels, at most half a pixel from the exact spot, so it stays as crisp
    as the vector drawing). False when the painter does not paint pixels at a plain scale."""
    scale = _raster_scale(painter)
    if scale is None:
        return False
    sprite = _sprite(look, scale)
    side = sprite.width()
    transform = painter.deviceTransform()
    left = round(transform.dx()) - side // 2
    top = round(transform.dy()) - side // 2
    painter.save()
    painter.resetTransform()
    # what is left is the device's own transform (a widget's offset in its window, the
    # device pixel ratio): place the stamp through it so it lands on those device pixels
    base = painter.deviceTransform()
    ratio = base.m11() if base.m11() > 0 else 1.0
    sprite.setDevicePixelRatio(ratio)
    painter.drawPixmap(QPointF((left - base.dx()) / ratio, (top - base.dy()) / ratio), sprite)
    painter.restore()
    return True


def _sprite(look: tuple, scale: float) -> QPixmap:
    key = (*look, scale)
    pixmap = _SPRITES.get(key)
    if pixmap is None:
        if len(_SPRITES) >= _SPRITE_LIMIT:        # zoomed through many levels: start afresh
            _SPRITES.clear()
        half = style.TP_RADIUS + 5                    # the item's bounding box, item units
        side = 2 * max(1, math.ceil(half * scale))      # even: the centre is a pixel corner
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.translate(side / 2, side / 2)
        painter.scale(scale, scale)
        _draw_trigger_point(painter, *look)
        painter.end()
        _SPRITES[key] = pixmap
    return pixmap


def _draw_trigger_point(painter: QPainter, status: str, needled: bool, carried: bool, selected: bool) -> None:
    """A point centred on (0, 0) in item units: a solid red disc (active) or an amber ring
    (latent), a halo when selected, an X when needled, dashed outline when carried forward."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    r = style.TP_RADIUS
    color = style.tp_color(status)
    if selected:
        halo = QColor(style.SELECTION_COLOR)
        halo.setAlphaF(0.35)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(halo)
        painter.drawEllipse(QPointF(0, 0), r + 5, r + 5)
    outline = QPen(style.OUTLINE_COLOR, 1.4)
    if carried:
        outline.setStyle(Qt.PenStyle.DashLine)
    if status == "active":
        painter.setPen(outline)
        painter.setBrush(QBrush(color))
        painter.drawEllipse(QPointF(0, 0), r, r)
        painter.setPen(QPen(QColor("white"), 1.6))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r - 2.6, r - 2.6)
    else:
        painter.setPen(QPen(color, 3.6))
        painter.setBrush(QBrush(QColor("white")))
        painter.drawEllipse(QPointF(0, 0), r - 1.6, r - 1.6)
        painter.setPen(outline)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r, r)
    if needled:
        d = r * 0.5
        painter.setPen(QPen(QColor("white") if status == "active" else style.OUTLINE_COLOR, 2.2,
                            Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))
        painter.drawLine(QPointF(-d, -d), QPointF(d, d))
        painter.drawLine(QPointF(-d, d), QPointF(d, -d))


def polygons_path(polygons, width: float, height: float) -> QPainterPath:
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for poly in polygons:
        path.addPolygon(QPolygonF([QPointF(x * width, y * height) for x, y in poly]))
        path.closeSubpath()
    return path


def zone_outline_pen(quality: str, deep: bool, carried: bool = False,
                     width: float = ZONE_OUTLINE_WIDTH) -> QPen:
    """The zone outline: a non-cosmetic pen, width in the painter's units (scene units on the
    canvas), so it scales with the drawing and prints as wide as it looks on screen."""
    pen = QPen(style.zone_pen(quality, deep))
    pen.setCosmetic(False)
    pen.setWidthF(width)
    if carried:                        # carried forward, not yet confirmed
        pen.setStyle(Qt.PenStyle.DotLine)
        pen.setWidthF(width * 1.5)
    return pen


def zone_hatch_brush(quality: str, spacing: float = HATCH_SPACING) -> QBrush | None:
    """The quality's hatch with its lines `spacing` painter units apart (drawn with
    QPainter.RenderHint.NonCosmeticBrushPatterns, so the pattern scales with the drawing)."""
    hatch = style.zone_hatch(quality)
    if hatch is None:
        return None
    brush = QBrush(hatch)
    scale = spacing / QT_PATTERN_CELL
    brush.setTransform(QTransform.fromScale(scale, scale))
    return brush


def paint_zone_shape(painter: QPainter, path: QPainterPath, quality: str, intensity: int, deep: bool,
                     carried: bool = False, outline_width: float = ZONE_OUTLINE_WIDTH,
                     hatch_spacing: float = HATCH_SPACING, outline: QPen | None = None) -> None:
    """Fill, hatch and outline of a zone (also used for the legend's swatches)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.NonCosmeticBrushPatterns)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(style.zone_fill(quality, intensity))
    painter.drawPath(path)
    hatch = zone_hatch_brush(quality, hatch_spacing)
    if hatch is not None:
        painter.setBrush(hatch)
        painter.drawPath(path)
    painter.setPen(outline or zone_outline_pen(quality, deep, carried, outline_width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPath(path)
    painter.restore()


class ZoneItem(QGraphicsPathItem):
    """A referred-pain zone: translucent colour by quality, hatch by quality, dashed when deep.

    Outline width and hatch spacing are in scene units, so the zone looks the same on screen, in
    a PNG and on paper at any scale."""

    def __init__(self, record: ZoneRecord, width: float, height: float, selectable: bool = True):
        super().__init__(polygons_path(record.polygons, width, height))
        self.record = record
        self.setZValue(ZONE_Z + record.intensity / 100.0)
        self.setBrush(style.zone_fill(record.quality, record.intensity))
        self.setPen(zone_outline_pen(record.quality, record.depth == "deep", record.carried))
        if selectable:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)

    def mark_id(self) -> tuple[str, int]:
        return (MarkKind.ZONE, self.record.id)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        outline = None
        if selected:
            outline = QPen(style.SELECTION_COLOR, 3.0, Qt.PenStyle.DashLine)
            outline.setCosmetic(True)          # selection is a screen cue, never printed
        paint_zone_shape(painter, self.path(), self.record.quality, self.record.intensity,
                         self.record.depth == "deep", self.record.carried, outline=outline)
