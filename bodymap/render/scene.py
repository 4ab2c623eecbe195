"""A scene for one diagram view and the marks of one visit on it.

Used by the interactive canvas, the PNG renderer and the printed report, so a mark looks the
same on screen and on paper. Scene units: the view is SCENE_HEIGHT tall and aspect * that wide.

A clinic diagram (``use_template``) replaces the line art with the clinic's own image, scaled to
SCENE_HEIGHT tall; marks stay stored in the view's normalised coordinates and ``to_scene`` /
``to_normalised`` go through the template's landmark calibration.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from bodymap.domain.charting import MarkKind
from bodymap.domain.diagrams import SCENE_HEIGHT, load_view
from bodymap.domain.records import TriggerPointRecord, VisitChart, ZoneRecord
from bodymap.render.diagram_item import DiagramItem
from bodymap.render.echoes import EchoTriggerPointItem, EchoZoneItem, echo_point, echo_polygons
from bodymap.render.items import TriggerPointItem, ZoneItem, polygons_path


class _SceneDiagramItem(DiagramItem):
    """The line art; its layers also drive the overlay drawn on a clinic diagram."""

    def __init__(self, view, on_layers):
        super().__init__(view)
        self._on_layers = on_layers

    def set_layers(self, layers) -> None:
        super().set_layers(layers)
        self._on_layers(self.layers())


class ChartScene(QGraphicsScene):
    def __init__(self, view_id: str, interactive: bool = True, parent=None):
        super().__init__(parent)
        self.view_id = view_id
        self.diagram = load_view(view_id)
        self.interactive = interactive
        self.width_units = self.diagram.aspect * SCENE_HEIGHT
        self.height_units = SCENE_HEIGHT
        self.diagram_item = _SceneDiagramItem(self.diagram, self._layers_changed)
        if interactive:
            # on screen, keep the line art as a cached pixmap so a brush stroke or a drag repaints
            # a bitmap instead of thousands of path segments; print scenes stay vector
            self.diagram_item.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.addItem(self.diagram_item)
        self.setSceneRect(QRectF(0, 0, self.width_units, self.height_units))
        self.setBackgroundBrush(QColor("white"))
        self._tps: dict[int, TriggerPointItem] = {}
        self._zones: dict[int, ZoneItem] = {}
        # marks made on another view of the same body surface, drawn lighter (render/echoes.py)
        self._echo_tps: dict[int, TriggerPointItem] = {}
        self._echo_zones: dict[int, ZoneItem] = {}
        self.template = None             # the clinic diagram in use (a TemplateRecord) or None
        self._calibration = None
        self._px = 1.0                   # scene units per template image pixel
        self._template_item = None
        self._overlay_item = None

    # clinic diagram ----------------------------------------------------------
    def use_template(self, template) -> None:
        """Show a calibrated clinic diagram (a bodymap.services.templates.TemplateRecord with its image)
        instead of the line art, or the line art again with None. Marks are re-placed; they
        stay stored in the view's coordinates. ValidationError if it is not calibrated."""
        from bodymap.render.template_items import TemplateBackgroundItem, TemplateOverlayItem

        if template is not None and template.view_id != self.view_id:
            raise ValueError(f"the clinic diagram is for the {template.view_id} view, not {self.view_id}")
        calibration = template.calibration if template is not None else None
        for item in (self._template_item, self._overlay_item):
            if item is not None:
                self.removeItem(item)
        self._template_item = self._overlay_item = None
        self.template, self._calibration = template, calibration
        if template is None:
            self._px = 1.0
            self.width_units = self.diagram.aspect * SCENE_HEIGHT
            self.diagram_item.setVisible(True)
        else:
            self._px = SCENE_HEIGHT / template.height
            self.width_units = template.width * self._px
            self._template_item = TemplateBackgroundItem(template.image, self.width_units, SCENE_HEIGHT)
            self._overlay_item = TemplateOverlayItem(calibration, self._px, self.diagram_item.layers())
            self.addItem(self._template_item)
            self.addItem(self._overlay_item)
            self.diagram_item.setVisible(False)
        self.height_units = SCENE_HEIGHT
        self.setSceneRect(QRectF(0, 0, self.width_units, self.height_units))
        for item in self._tps.values():
            item.setPos(self.to_scene(item.record.x, item.record.y))
        for item in self._zones.values():
            item.setPath(self.zone_path(item.record.polygons))
        self.update()

    @property
    def calibration(self):
        return self._calibration

    @property
    def template_item(self):
        return self._template_item

    @property
    def overlay_item(self):
        return self._overlay_item

    def _layers_changed(self, layers) -> None:
        if self._overlay_item is not None:
            self._overlay_item.set_layers(layers)

    def current_point(self, version: int, x: float, y: float) -> tuple[float, float]:
        """A point stored on an older version of this diagram, where it lies on the current one
        (mapped through the landmarks), so redrawing a diagram never moves anyone's marks."""
        if version == self.diagram.version:
            return x, y
        try:
            return self.diagram.map_from_version(version, x, y)
        except KeyError:            # a version this build does not know: show it where it was
            return x, y

    def zone_path(self, polygons) -> QPainterPath:
        """Scene path of zone polygons (normalised); on a clinic diagram mapped vertex by vertex
        after densifying the edges, so curves follow the calibration."""
        if self._calibration is None:
            return polygons_path(polygons, self.width_units, self.height_units)
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        k = self._px
        for poly in polygons:
            ring = self._calibration.ring_to_image(poly, step=0.003)
            path.addPolygon(QPolygonF([QPointF(x * k, y * k) for x, y in ring]))
            path.closeSubpath()
        return path

    # coordinates -----------------------------------------------------------
    def to_scene(self, x: float, y: float) -> QPointF:
        if self._calibration is not None:
            ix, iy = self._calibration.to_image(x, y)
            return QPointF(ix * self._px, iy * self._px)
        return QPointF(x * self.width_units, y * self.height_units)

    def to_normalised(self, point: QPointF) -> tuple[float, float]:
        if self._calibration is not None:
            return self._calibration.to_canonical(point.x() / self._px, point.y() / self._px)
        return point.x() / self.width_units, point.y() / self.height_units

    def on_diagram(self, point: QPointF) -> bool:
        x, y = self.to_normalised(point)
        return 0 <= x <= 1 and 0 <= y <= 1 and self.diagram.contains(x, y)

    # marks -----------------------------------------------------------------
    def show_chart(self, chart: VisitChart | None) -> None:
        self.show_marks(chart.trigger_points if chart else (), chart.zones if chart else ())

    def show_marks(self, trigger_points, zones) -> None:
        """Replace the marks with those of this view among trigger_points and zones."""
        self.clear_marks()
        for tp in trigger_points:
            if tp.view == self.view_id:
                self.put_trigger_point(tp)
        for zone in zones:
            if zone.view == self.view_id:
                self.put_zone(zone)
        for tp in trigger_points:
            self.put_echo(MarkKind.TRIGGER_POINT, tp)
        for zone in zones:
            self.put_echo(MarkKind.ZONE, zone)

    def clear_marks(self) -> None:
        for item in (*self._tps.values(), *self._zones.values(),
                     *self._echo_tps.values(), *self._echo_zones.values()):
            self.removeItem(item)
        for table in (self._tps, self._zones, self._echo_tps, self._echo_zones):
            table.clear()

    def put_trigger_point(self, record: TriggerPointRecord) -> TriggerPointItem | None:
        self.remove_mark(MarkKind.TRIGGER_POINT, record.id)
        if record.view != self.view_id:
            return None
        item = TriggerPointItem(record, selectable=self.interactive)
        item.setPos(self.to_scene(*self.current_point(record.diagram_version, record.x, record.y)))
        self.addItem(item)
        self._tps[record.id] = item
        return item

    def put_zone(self, record: ZoneRecord) -> ZoneItem | None:
        self.remove_mark(MarkKind.ZONE, record.id)
        if record.view != self.view_id:
            return None
        item = ZoneItem(record, self.width_units, self.height_units, selectable=self.interactive)
        if record.diagram_version != self.diagram.version:
            polygons = [[self.current_point(record.diagram_version, x, y) for x, y in poly]
                        for poly in record.polygons]
            item.setPath(self.zone_path(polygons))
        elif self._calibration is not None:
            item.setPath(self.zone_path(record.polygons))
        self.addItem(item)
        self._zones[record.id] = item
        return item

    def put_echo(self, kind: str, record) -> QGraphicsItem | None:
        """Show a mark made on another view of this body surface as a lighter echo (None, and
        any old echo removed, when it does not project onto this view)."""
        table = self._echo_tps if kind == MarkKind.TRIGGER_POINT else self._echo_zones
        old = table.pop(record.id, None)
        if old is not None:
            self.removeItem(old)
        if record.view == self.view_id or self._calibration is not None:
            return None                  # (a clinic diagram shows only its own view's marks)
        item: QGraphicsItem
        if kind == MarkKind.TRIGGER_POINT:
            point = echo_point(record, self.view_id)
            if point is None:
                return None
            item = EchoTriggerPointItem(record, selectable=self.interactive, tagged=self.interactive)
            item.setPos(self.to_scene(*point))
        else:
            polygons = echo_polygons(record, self.view_id)
            if polygons is None:
                return None
            item = EchoZoneItem(record, self.width_units, self.height_units, selectable=self.interactive)
            item.setPath(polygons_path(polygons, self.width_units, self.height_units))
        self.addItem(item)
        table[record.id] = item
        return item

    def remove_mark(self, kind: str, mark_id: int) -> None:
        tables = ((self._tps, self._echo_tps) if kind == MarkKind.TRIGGER_POINT
                  else (self._zones, self._echo_zones))
        for table in tables:
            item = table.pop(mark_id, None)
            if item is not None:
                self.removeItem(item)

    def item_for(self, kind: str, mark_id: int):
        """The item showing a mark here: its own item, else its echo (None if neither)."""
        if kind == MarkKind.TRIGGER_POINT:
            return self._tps.get(mark_id) or self._echo_tps.get(mark_id)
        return self._zones.get(mark_id) or self._echo_zones.get(mark_id)

    def echo_items(self) -> list[QGraphicsItem]:
        """The echoes of marks made on other views (never counted with this view's marks)."""
        return [*self._echo_tps.values(), *self._echo_zones.values()]

    def trigger_point_items(self) -> list[TriggerPointItem]:
        return list(self._tps.values())

    def zone_items(self) -> list[ZoneItem]:
        return list(self._zones.values())

    # output ----------------------------------------------------------------
    def render_to(self, painter: QPainter, target: QRectF) -> None:
        """Paint the whole view into target, keeping its proportions."""
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.render(painter, target, self.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


def render_view_image(view_id: str, chart: VisitChart | None, height_px: int = 1600,
                      layers=None) -> QImage:
    """The view with the chart's marks as an opaque white image height_px tall.

    layers: the diagram layers to draw (outline, regions, muscles, deep, landmarks, labels);
    None keeps the default (outline and labels)."""
    scene = ChartScene(view_id, interactive=False)
    if layers is not None:
        scene.diagram_item.set_layers(set(layers))
    scene.show_chart(chart)
    width_px = max(1, round(height_px * scene.width_units / scene.height_units))
    image = QImage(width_px, height_px, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        scene.render_to(painter, QRectF(0, 0, width_px, height_px))
    finally:
        painter.end()
    return image
