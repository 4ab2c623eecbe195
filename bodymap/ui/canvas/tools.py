"""Canvas tools: one class per mode. Each gets scene positions and talks to the ChartDocument."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsEllipseItem, QGraphicsItem, QGraphicsPathItem

from bodymap.domain.charting import MarkKind
from bodymap.render import style
from bodymap.render.echoes import stored_point
from bodymap.render.i18n import translate
from bodymap.render.items import TriggerPointItem, ZoneItem

SELECT, TRIGGER_POINT, BRUSH, POLYGON, ERASER = "select", "trigger_point", "brush", "polygon", "eraser"
TOOL_ORDER = (SELECT, TRIGGER_POINT, BRUSH, POLYGON, ERASER)
TOOL_LABELS = {SELECT: "Select / move", TRIGGER_POINT: "Trigger point", BRUSH: "Zone brush",
               POLYGON: "Zone polygon", ERASER: "Eraser"}
TOOL_KEYS = {SELECT: "V", TRIGGER_POINT: "T", BRUSH: "B", POLYGON: "P", ERASER: "E"}


class Tool:
    cursor = Qt.CursorShape.ArrowCursor

    def __init__(self, canvas):
        self.canvas = canvas

    @property
    def scene(self):
        return self.canvas.chart_scene

    @property
    def doc(self):
        return self.canvas.document

    def press(self, pos: QPointF, event) -> bool:
        return False

    def move(self, pos: QPointF, event) -> bool:
        return False

    def release(self, pos: QPointF, event) -> bool:
        return False

    def double_click(self, pos: QPointF, event) -> bool:
        return False

    def key(self, event) -> bool:
        return False

    def cancel(self) -> None:
        pass

    def mark_at(self, pos: QPointF):
        for item in self.scene.items(pos):
            if isinstance(item, (TriggerPointItem, ZoneItem)):
                return item
        return None


class SelectTool(Tool):
    """Click selects a mark; dragging a trigger point moves it (one undo step)."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self._dragging: TriggerPointItem | None = None
        self._start = QPointF()

    def press(self, pos, event):
        item = self.mark_at(pos)
        if item is None:
            return False          # let the view rubber-band or pan
        if not (event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            self.scene.clearSelection()
        item.setSelected(True)
        if isinstance(item, TriggerPointItem) and self.doc.editable:
            self._dragging, self._start = item, item.pos()
        return True

    def move(self, pos, event):
        if self._dragging is None:
            return False
        if self.scene.on_diagram(pos):
            self._dragging.setPos(pos)
        return True

    def release(self, pos, event):
        item, self._dragging = self._dragging, None
        if item is None:
            return False
        if (item.pos() - self._start).manhattanLength() > 1.0:
            x, y = self.scene.to_normalised(item.pos())
            if getattr(item, "echo", False):      # made on another view: store it in that view's terms
                back = stored_point(item.record, self.scene.view_id, x, y)
                if back is None:
                    item.setPos(self._start)
                    self.canvas.notify(translate("CanvasTools", "Not moved: that spot is not on the view this point was charted on."))
                    return True
                x, y = back
            self.doc.move_trigger_point(item.record.id, x, y, include_deep=self.canvas.workspace.include_deep)
        return True

    def cancel(self):
        if self._dragging is not None:
            self._dragging.setPos(self._start)
            self._dragging = None


class TriggerPointTool(SelectTool):
    """Click on the body places a trigger point; click on a point selects or drags it."""

    cursor = Qt.CursorShape.CrossCursor

    def press(self, pos, event):
        if isinstance(self.mark_at(pos), TriggerPointItem):
            return super().press(pos, event)
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self.place(pos)
        return True

    def place(self, pos: QPointF):
        """A trigger point at pos (a click, or Enter at the keyboard crosshair): stored, selected,
        returned (None when refused)."""
        if not self.scene.on_diagram(pos):
            self.canvas.notify(translate("CanvasTools", "Place trigger points on the body outline."))
            return None
        x, y = self.scene.to_normalised(pos)
        record = self.doc.add_trigger_point(self.scene.view_id, x, y, self.canvas.new_tp_details(),
                                            include_deep=self.canvas.workspace.include_deep)
        if record is not None:
            self.canvas.select_mark(MarkKind.TRIGGER_POINT, record.id)
        return record


class StrokePreview(QGraphicsItem):
    """The brush stroke while it is drawn. Its bounds are fixed to the scene, so adding a segment
    repaints only that segment's neighbourhood instead of the whole stroke's bounding box."""

    def __init__(self, pen: QPen, bounds: QRectF):
        super().__init__()
        self._pen, self._bounds, self._path = pen, bounds, QPainterPath()
        self.setZValue(50)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self._bounds

    def add_point(self, pos: QPointF) -> None:
        last = self._path.currentPosition() if self._path.elementCount() else pos
        if not self._path.elementCount():
            self._path.moveTo(pos)
        self._path.lineTo(pos)
        half = self._pen.widthF() / 2 + 2
        self.update(QRectF(last, pos).normalized().adjusted(-half, -half, half, half))

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(self._pen)
        painter.drawPath(self._path)


class BrushTool(Tool):
    """Press and drag paints a zone with a round brush; release stores it (one undo step)."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas):
        super().__init__(canvas)
        self._points: list[tuple[float, float]] = []
        self._preview: StrokePreview | None = None

    def press(self, pos, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self._points = [self.scene.to_normalised(pos)]
        color = style.quality_color(self.canvas.zone_defaults().quality)
        color.setAlphaF(0.45)
        pen = QPen(color, 2 * self.canvas.brush_radius * self.scene.height_units,
                   Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
        self._preview = StrokePreview(pen, self.scene.sceneRect())
        self.scene.addItem(self._preview)
        self._preview.add_point(pos)
        return True

    def move(self, pos, event):
        if self._preview is None:
            return False
        self._points.append(self.scene.to_normalised(pos))
        self._preview.add_point(pos)
        return True

    def release(self, pos, event):
        if self._preview is None:
            return False
        # imported here: shapely is needed once a stroke ends, not to open the window
        from bodymap.domain.geometry import simplify_stroke, stroke_to_polygons
        points = simplify_stroke(self._points)
        self.cancel()
        polygons = stroke_to_polygons(points, self.canvas.brush_radius, self.scene.diagram.aspect)
        record = self.doc.add_zone(self.scene.view_id, polygons, self.canvas.zone_defaults())
        if record is not None:
            self.canvas.select_mark(MarkKind.ZONE, record.id)
        return True

    def cancel(self):
        if self._preview is not None:
            self.scene.removeItem(self._preview)
            self._preview = None
        self._points = []


class PolygonTool(Tool):
    """Click adds corners; double-click or Enter closes the zone; Backspace undoes a corner; Esc cancels."""

    cursor = Qt.CursorShape.CrossCursor

    def __init__(self, canvas):
        super().__init__(canvas)
        self._points: list[QPointF] = []
        self._preview: QGraphicsPathItem | None = None
        self._handles: list[QGraphicsEllipseItem] = []

    def press(self, pos, event):
        if event.button() != Qt.MouseButton.LeftButton:
            return False
        self.add_corner(pos)
        return True

    def move(self, pos, event):
        if self._points:
            self._redraw(pos)
        return bool(self._points)

    def double_click(self, pos, event):
        self.finish()
        return True

    def key(self, event):
        k = event.key()
        if k in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._points:
            self.finish()
            return True
        if k == Qt.Key.Key_Backspace and self._points:
            self.remove_corner()
            return True
        if k == Qt.Key.Key_Escape and self._points:
            self.cancel()
            return True
        return False

    @property
    def corners(self) -> list[QPointF]:
        return list(self._points)

    def add_corner(self, pos: QPointF) -> None:
        """A corner at pos (a click, or Space/Enter at the keyboard crosshair)."""
        self._points.append(pos)
        self._redraw(pos)

    def remove_corner(self) -> None:
        if self._points:
            self._points.pop()
            self._redraw(self._points[-1] if self._points else None)

    def finish(self):
        points = [self.scene.to_normalised(p) for p in self._points]
        # a double-click adds the same corner twice; drop exact repeats
        unique = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        self.cancel()
        if len(unique) < 3:
            self.canvas.notify(translate("CanvasTools", "A zone polygon needs at least three corners."))
            return
        record = self.doc.add_zone(self.scene.view_id, [unique], self.canvas.zone_defaults())
        if record is not None:
            self.canvas.select_mark(MarkKind.ZONE, record.id)

    def _redraw(self, cursor: QPointF | None):
        if self._preview is None:
            self._preview = QGraphicsPathItem()
            pen = QPen(style.quality_color(self.canvas.zone_defaults().quality), 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._preview.setPen(pen)
            self._preview.setZValue(50)
            self.scene.addItem(self._preview)
        path = QPainterPath()
        if self._points:
            path.moveTo(self._points[0])
            for p in self._points[1:]:
                path.lineTo(p)
            if cursor is not None:
                path.lineTo(cursor)
        self._preview.setPath(path)
        for handle in self._handles:
            self.scene.removeItem(handle)
        self._handles = []
        for p in self._points:
            h = QGraphicsEllipseItem(p.x() - 3, p.y() - 3, 6, 6)
            h.setBrush(QColor("white"))
            h.setPen(QPen(QColor("#333"), 1))
            h.setZValue(51)
            self.scene.addItem(h)
            self._handles.append(h)

    def cancel(self):
        if self._preview is not None:
            self.scene.removeItem(self._preview)
            self._preview = None
        for handle in self._handles:
            self.scene.removeItem(handle)
        self._handles, self._points = [], []


class EraserTool(Tool):
    """Click on a mark deletes it (one undo step)."""

    cursor = Qt.CursorShape.PointingHandCursor

    def press(self, pos, event):
        item = self.mark_at(pos)
        if item is None:
            return event.button() == Qt.MouseButton.LeftButton
        self.doc.delete_marks([item.mark_id()])
        return True


TOOL_CLASSES = {SELECT: SelectTool, TRIGGER_POINT: TriggerPointTool, BRUSH: BrushTool,
                POLYGON: PolygonTool, ERASER: EraserTool}
