"""The interactive canvas for one view: zoom (wheel, fit; pinch in touch.py), pan, and tool dispatch."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPointF, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsView, QLabel

from bodymap.domain.charting import Side
from bodymap.render.scene import ChartScene
from bodymap.ui.canvas.keyboard import muscle_text, patient_side, region_text
from bodymap.ui.canvas.pen import attach as attach_pen
from bodymap.ui.canvas.tools import SELECT, TOOL_CLASSES
from bodymap.ui.widgets import theme

MIN_SCALE, MAX_SCALE = 0.15, 12.0
SIDE_STYLE = ("QLabel { background: @overlay_bg; color: @overlay_fg; font-weight: 600; "
              "border-radius: 4px; padding: 2px 8px; }")


# the corner badges' words (translated where they are shown; context "CanvasView")
SIDE_WORDS = {
    "both": {("left", 0): QT_TRANSLATE_NOOP("CanvasView", "◀ Patient's LEFT"),
             ("right", 0): QT_TRANSLATE_NOOP("CanvasView", "◀ Patient's RIGHT"),
             ("left", 1): QT_TRANSLATE_NOOP("CanvasView", "Patient's LEFT ▶"),
             ("right", 1): QT_TRANSLATE_NOOP("CanvasView", "Patient's RIGHT ▶")},
    "shown": {"left": QT_TRANSLATE_NOOP("CanvasView", "Patient's LEFT side"),
              "right": QT_TRANSLATE_NOOP("CanvasView", "Patient's RIGHT side")},
    "facing": (QT_TRANSLATE_NOOP("CanvasView", "◀ Front · {shown}"), QT_TRANSLATE_NOOP("CanvasView", "Back ▶"),
               QT_TRANSLATE_NOOP("CanvasView", "◀ Back"), QT_TRANSLATE_NOOP("CanvasView", "{shown} · Front ▶")),
}


def side_texts(diagram) -> tuple[str, str]:
    """What the viewport's top-left and top-right corners say about the patient's sides, in the
    interface language: on views showing both sides, whose side is on the viewer's left and right;
    on a lateral view, which side is shown and where the patient's front is."""
    def tr(text: str) -> str:
        return QCoreApplication.translate("CanvasView", text)
    both = diagram.viewer_sides
    if both is not None:
        return tr(SIDE_WORDS["both"][(both[0], 0)]), tr(SIDE_WORDS["both"][(both[1], 1)])
    side = diagram.single_side
    if side is None:
        return "", ""
    shown = tr(SIDE_WORDS["shown"][side])
    front_left, back_right, back_left, front_right = SIDE_WORDS["facing"]
    if diagram.facing == "left":
        return tr(front_left).format(shown=shown), tr(back_right)
    if diagram.facing == "right":
        return tr(back_left), tr(front_right).format(shown=shown)
    return shown, ""


class FitZoomView(QGraphicsView):
    """A view that keeps its scene fitted until the user zooms (wheel), within min..max_scale."""

    fit_margin = 10.0
    min_scale, max_scale = MIN_SCALE, MAX_SCALE

    def __init__(self, scene, parent=None):
        super().__init__(scene, parent)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self._fitted = True

    def fit(self) -> None:
        m = self.fit_margin
        self.fitInView(self.sceneRect().adjusted(-m, -m, m, m), Qt.AspectRatioMode.KeepAspectRatio)
        self._fitted = True

    def zoom(self, factor: float) -> None:
        current = self.transform().m11()
        factor = max(self.min_scale / current, min(self.max_scale / current, factor))
        self._fitted = False
        self.scale(factor, factor)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fitted:
            self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._fitted:
            self.fit()

    def wheelEvent(self, event) -> None:
        delta = event.angleDelta().y()
        if delta:
            self.zoom(1.0015 ** delta)
        event.accept()


class CanvasView(FitZoomView):
    hoverText = Signal(str)

    def __init__(self, scene: ChartScene, workspace, parent=None):
        super().__init__(scene, parent)
        self.chart_scene = scene
        self.workspace = workspace
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._tools = {name: cls(self) for name, cls in TOOL_CLASSES.items()}
        self._tool_name = SELECT
        self._panning: QPointF | None = None
        self.pen_input = attach_pen(self)       # pen tablet and touch (ui/canvas/pen.py, touch.py)
        # the patient's sides, fixed in the viewport's top corners: the diagram's big L and R
        # scroll away when zoomed in, these do not (children of the view, not of the viewport,
        # which scrolls its children with the scene)
        self.side_labels = []
        for text in side_texts(scene.diagram):
            label = QLabel(text, self)
            label.setObjectName("sideLabel")
            theme.style(label, SIDE_STYLE)
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
            label.setVisible(bool(text))
            label.adjustSize()
            self.side_labels.append(label)
        self._place_side_labels()

    def _place_side_labels(self) -> None:
        area = self.viewport().geometry()
        left, right = self.side_labels
        left.move(area.left() + 8, area.top() + 8)
        right.move(area.right() - 8 - right.width(), area.top() + 8)
        left.raise_()
        right.raise_()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._place_side_labels()

    # the tools ask these ----------------------------------------------------
    @property
    def document(self):
        return self.workspace.document

    @property
    def brush_radius(self) -> float:
        return self.workspace.brush_radius

    def zone_defaults(self):
        return self.workspace.zone_defaults()

    def new_tp_details(self):
        return self.workspace.new_tp_details()

    def notify(self, text: str) -> None:
        self.workspace.notify(text)

    def select_mark(self, kind: str, mark_id: int) -> None:
        self.chart_scene.clearSelection()
        item = self.chart_scene.item_for(kind, mark_id)
        if item is not None:
            item.setSelected(True)

    # tools -------------------------------------------------------------------
    @property
    def tool(self):
        return self._tools[self._tool_name]

    @property
    def tool_name(self) -> str:
        """The name of the current tool (SELECT, TRIGGER_POINT, POLYGON, ...)."""
        return self._tool_name

    def tool_named(self, name: str):
        """One of this canvas's tools, whether or not it is the current one (the keyboard places
        a trigger point through the trigger-point tool, the path a click takes)."""
        return self._tools[name]

    def add_tool(self, name: str, tool) -> None:
        """A tool a feature brings (the precaution-area outline), chosen by name like the others."""
        self._tools[name] = tool

    def set_tool(self, name: str) -> None:
        self.tool.cancel()
        self._tool_name = name
        self.viewport().setCursor(self.tool.cursor)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag if name == SELECT
                         else QGraphicsView.DragMode.NoDrag)

    # mouse -----------------------------------------------------------------
    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton or (
                event.button() == Qt.MouseButton.LeftButton and self.workspace.space_held):
            self._panning = event.position()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            return
        if self.tool.press(self.mapToScene(event.position().toPoint()), event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._panning is not None:
            delta = event.position() - self._panning
            self._panning = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(delta.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(delta.y()))
            return
        pos = self.mapToScene(event.position().toPoint())
        self.report_hover(pos)
        if self.tool.move(pos, event):
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._panning is not None:
            self._panning = None
            self.viewport().setCursor(self.tool.cursor)
            return
        if self.tool.release(self.mapToScene(event.position().toPoint()), event):
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event) -> None:
        if self.tool.double_click(self.mapToScene(event.position().toPoint()), event):
            return
        super().mouseDoubleClickEvent(event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.workspace.space_held = True
            return
        if self.tool.key(event):
            return
        if event.key() == Qt.Key.Key_Escape:
            self.tool.cancel()
            self.chart_scene.clearSelection()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.workspace.space_held = False
            return
        super().keyReleaseEvent(event)

    def leaveEvent(self, event) -> None:
        self.hoverText.emit("")
        super().leaveEvent(event)

    def report_hover(self, pos: QPointF) -> None:
        """Say (hoverText) which side, muscle and region lie at scene position pos."""
        x, y = self.chart_scene.to_normalised(pos)
        if not (0 <= x <= 1 and 0 <= y <= 1):
            self.hoverText.emit("")
            return
        diagram = self.chart_scene.diagram
        hit = diagram.region_at(x, y)
        if hit is None:
            self.hoverText.emit("")
            return
        muscle = diagram.muscle_at(x, y, self.workspace.include_deep)
        side_of = muscle.side if muscle is not None and muscle.side != Side.MIDLINE.value else hit.side
        parts = [patient_side(side_of), muscle_text(muscle) if muscle else "", region_text(hit)]
        self.hoverText.emit(" · ".join(part for part in parts if part))
