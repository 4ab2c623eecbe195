"""ReferralOverlayItem: a muscle's expected referral pattern and trigger-point sites on a scene.

Primary zone: solid translucent cyan; spillover zone: cyan hatching with a dashed outline; TP
sites: small crosshair circles; optionally the muscle's outline (when a suggestion is examined).
Cyan is not a zone-quality colour (bodymap.render.style), so the overlay never reads as charted pain.
The item sits below the marks (z 5; marks use 10-20), is not selectable and accepts no mouse
buttons, so every click goes to the marks and tools as before.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from bodymap.domain.referral import PRIMARY, PatternOnView

OVERLAY_Z = 5.0
PRIMARY_FILL = QColor(0, 188, 212, 80)          # cyan 500, translucent
PRIMARY_LINE = QColor("#00838F")                # cyan 800
SPILL_HATCH = QColor(0, 151, 167, 170)          # cyan 700
SITE_COLOR = QColor("#006064")                  # cyan 900
MUSCLE_LINE = QColor("#00ACC1")
SITE_RADIUS = 8.0                               # scene units (a view is 1000 tall)


def _polygons_path(scene, polygons) -> QPainterPath:
    if hasattr(scene, "zone_path"):
        return scene.zone_path(polygons)
    path = QPainterPath()
    path.setFillRule(Qt.FillRule.WindingFill)
    for poly in polygons:
        path.addPolygon(QPolygonF([scene.to_scene(x, y) for x, y in poly]))
        path.closeSubpath()
    return path


class ReferralOverlayItem(QGraphicsItem):
    """Paints one PatternOnView (or nothing) on its ChartScene."""

    def __init__(self, scene):
        super().__init__()
        self._scene = scene
        self.pattern: PatternOnView | None = None
        self.muscle_polygons: tuple = ()
        self._primary = QPainterPath()
        self._spill = QPainterPath()
        self._muscle = QPainterPath()
        self._sites: list[QPointF] = []
        self.setZValue(OVERLAY_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.setVisible(False)
        scene.addItem(self)
        scene.sceneRectChanged.connect(lambda _r: self._rebuild())

    # state -----------------------------------------------------------------
    def set_pattern(self, pattern: PatternOnView | None, muscle_polygons=()) -> None:
        """Show a pattern (None hides the overlay); muscle_polygons outline the muscle itself."""
        self.pattern = pattern
        self.muscle_polygons = tuple(muscle_polygons)
        self._rebuild()

    @property
    def showing(self) -> bool:
        return self.isVisible() and self.pattern is not None

    @property
    def highlighted(self) -> bool:
        return bool(self.muscle_polygons)

    def _rebuild(self) -> None:
        self.prepareGeometryChange()
        p = self.pattern
        self._primary, self._spill = QPainterPath(), QPainterPath()
        self._primary.setFillRule(Qt.FillRule.WindingFill)
        self._spill.setFillRule(Qt.FillRule.WindingFill)
        self._sites = []
        self._muscle = QPainterPath()
        if p is not None:
            for shape in p.shapes:
                path = _polygons_path(self._scene, shape.polygons)
                target = self._primary if shape.region.kind == PRIMARY else self._spill
                target.addPath(path)
            self._sites = [self._scene.to_scene(s.x, s.y) for s in p.sites]
            for polys in self.muscle_polygons:
                self._muscle.addPath(_polygons_path(self._scene, polys))
        self.setVisible(p is not None and bool(p.shapes or p.sites or self.muscle_polygons))
        self.update()

    # painting ----------------------------------------------------------------
    def boundingRect(self) -> QRectF:
        return self._scene.sceneRect().adjusted(-20, -20, 20, 20)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        if self.pattern is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if not self._spill.isEmpty():
            hatch = QBrush(SPILL_HATCH, Qt.BrushStyle.BDiagPattern)
            pen = QPen(PRIMARY_LINE, 1.4, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(QBrush(QColor(0, 188, 212, 22)))
            painter.drawPath(self._spill)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(hatch)
            painter.drawPath(self._spill)
        if not self._primary.isEmpty():
            pen = QPen(PRIMARY_LINE, 1.8)
            pen.setCosmetic(True)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(QBrush(PRIMARY_FILL))
            painter.drawPath(self._primary)
        if not self._muscle.isEmpty():
            halo = QPen(QColor(255, 255, 255, 220), 5.0)
            halo.setCosmetic(True)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(halo)
            painter.drawPath(self._muscle)
            line = QPen(MUSCLE_LINE.darker(115), 2.6, Qt.PenStyle.DashLine)
            line.setCosmetic(True)
            painter.setPen(line)
            painter.drawPath(self._muscle)
        r = SITE_RADIUS
        for c in self._sites:
            painter.setBrush(QBrush(QColor(255, 255, 255, 200)))
            halo = QPen(QColor("white"), 4.0)
            halo.setCosmetic(True)
            painter.setPen(halo)
            painter.drawEllipse(c, r, r)
            pen = QPen(SITE_COLOR, 1.8)
            pen.setCosmetic(True)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(c, r, r)
            painter.drawLine(QPointF(c.x() - r * 1.6, c.y()), QPointF(c.x() + r * 1.6, c.y()))
            painter.drawLine(QPointF(c.x(), c.y() - r * 1.6), QPointF(c.x(), c.y() + r * 1.6))
