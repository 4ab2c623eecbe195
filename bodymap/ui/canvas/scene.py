"""A scene for one diagram view and the marks of one visit on it.

Used by the interactive canvas, the PNG renderer and the printed report, so a mark looks the
same on screen and on paper. Scene units: the view is SCENE_HEIGHT tall and aspect * that wide.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtWidgets import QGraphicsScene

from bodymap.domain.diagrams import SCENE_HEIGHT, load_view
from bodymap.records import TriggerPointRecord, VisitChart, ZoneRecord
from bodymap.ui.canvas.diagram_item import DiagramItem
from bodymap.ui.canvas.items import TriggerPointItem, ZoneItem


class ChartScene(QGraphicsScene):
    def __init__(self, view_id: str, interactive: bool = True, parent=None):
        super().__init__(parent)
        self.view_id = view_id
        self.diagram = load_view(view_id)
        self.interactive = interactive
        self.width_units = self.diagram.aspect * SCENE_HEIGHT
        self.height_units = SCENE_HEIGHT
        self.diagram_item = DiagramItem(self.diagram)
        self.addItem(self.diagram_item)
        self.setSceneRect(QRectF(0, 0, self.width_units, self.height_units))
        self.setBackgroundBrush(QColor("white"))
        self._tps: dict[int, TriggerPointItem] = {}
        self._zones: dict[int, ZoneItem] = {}

    # coordinates -----------------------------------------------------------
    def to_scene(self, x: float, y: float) -> QPointF:
        return QPointF(x * self.width_units, y * self.height_units)

    def to_normalised(self, point: QPointF) -> tuple[float, float]:
        return point.x() / self.width_units, point.y() / self.height_units

    def on_diagram(self, point: QPointF) -> bool:
        x, y = self.to_normalised(point)
        return 0 <= x <= 1 and 0 <= y <= 1 and self.diagram.contains(x, y)

    # marks -----------------------------------------------------------------
    def show_chart(self, chart: VisitChart | None) -> None:
        self.clear_marks()
        if chart is None:
            return
        for tp in chart.trigger_points:
            self.put_trigger_point(tp)
        for zone in chart.zones:
            self.put_zone(zone)

    def clear_marks(self) -> None:
        for item in (*self._tps.values(), *self._zones.values()):
            self.removeItem(item)
        self._tps.clear()
        self._zones.clear()

    def put_trigger_point(self, record: TriggerPointRecord) -> TriggerPointItem | None:
        self.remove_mark("tp", record.id)
        if record.view != self.view_id:
            return None
        item = TriggerPointItem(record, selectable=self.interactive)
        item.setPos(self.to_scene(record.x, record.y))
        self.addItem(item)
        self._tps[record.id] = item
        return item

    def put_zone(self, record: ZoneRecord) -> ZoneItem | None:
        self.remove_mark("zone", record.id)
        if record.view != self.view_id:
            return None
        item = ZoneItem(record, self.width_units, self.height_units, selectable=self.interactive)
        self.addItem(item)
        self._zones[record.id] = item
        return item

    def remove_mark(self, kind: str, mark_id: int) -> None:
        table = self._tps if kind == "tp" else self._zones
        item = table.pop(mark_id, None)
        if item is not None:
            self.removeItem(item)

    def item_for(self, kind: str, mark_id: int):
        return (self._tps if kind == "tp" else self._zones).get(mark_id)

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


def render_view_image(view_id: str, chart: VisitChart | None, height_px: int = 1600) -> QImage:
    """The view with the chart's marks as an opaque white image height_px tall."""
    scene = ChartScene(view_id, interactive=False)
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
