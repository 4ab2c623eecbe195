"""A pen tablet on the canvas: the tip drives the current tool as the mouse does, its pressure
sets the brush width or the zone intensity (a setting of this workstation), the eraser end erases.

`attach(canvas)` puts one event filter on the canvas's viewport that takes the tablet events
(accepted, so Qt does not also make mouse events of them), hands touch events to
`touch.TouchInput` and drops mouse events that only repeat a pen or a resting palm. Whether a pen
is near the screen comes from Qt's proximity events, which go to the application object, not to
a widget: `PenProximity` watches for them.
"""
from __future__ import annotations

import statistics
import time
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QPointF, QRectF, QSettings, Qt
from PySide6.QtGui import (
    QActionGroup,
    QInputDevice,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPointingDevice,
)
from PySide6.QtWidgets import QApplication, QGraphicsItem, QMenu

from bodymap.domain.charting import MarkKind
from bodymap.render import style
from bodymap.render.i18n import translate
from bodymap.render.items import TriggerPointItem, ZoneItem
from bodymap.ui.canvas.tools import BrushTool, StrokePreview

PRESSURE_KEY = "pen/pressure"
WIDTH, INTENSITY, NOTHING = "width", "intensity", "nothing"
PRESSURE_CHOICES = ((WIDTH, "Brush width"), (INTENSITY, "Zone intensity"), (NOTHING, "Nothing"))
# the brush radius at full pressure and at the lightest touch, as a share of the Brush slider's
# radius (which is what a medium pressure, 0.5, paints)
MIN_SHARE, MAX_SHARE = 0.35, 1.65
ERASER_REACH = 4.0            # view pixels around the eraser's tip that count as under it
PEN_RECENT = 2.0              # seconds after a tablet event in which a pen's mouse events are repeats
PROXIMITY_EXPIRY = 10.0       # a missed "left proximity" stops blocking touch after this long

TE = QEvent.Type
TABLET = {TE.TabletPress, TE.TabletMove, TE.TabletRelease}
TOUCH = {TE.TouchBegin, TE.TouchUpdate, TE.TouchEnd, TE.TouchCancel}
MOUSE = {TE.MouseButtonPress, TE.MouseMove, TE.MouseButtonRelease, TE.MouseButtonDblClick}
TOUCHSCREEN, STYLUS = QInputDevice.DeviceType.TouchScreen, QInputDevice.DeviceType.Stylus


# the setting -----------------------------------------------------------------------
def _settings() -> QSettings:
    # a preference of this workstation's tablet and its clinician's hand, not of the clinic: kept
    # with the window layout and the dialogs' folders, not in the shared database
    return QSettings("bodymap", "bodymap")


def pressure_mode() -> str:
    mode = _settings().value(PRESSURE_KEY, WIDTH)
    return mode if mode in (WIDTH, INTENSITY, NOTHING) else WIDTH


def set_pressure_mode(mode: str) -> None:
    if mode not in (WIDTH, INTENSITY, NOTHING):
        raise ValueError(f"unknown pen pressure setting {mode!r}")
    _settings().setValue(PRESSURE_KEY, mode)


def pressure_menu(parent) -> QMenu:
    """View > Pen pressure sets: one checkable choice per setting."""
    menu = QMenu("Pen pressure sets", parent)
    menu.setObjectName("penPressureMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    current = pressure_mode()
    for mode, label in PRESSURE_CHOICES:
        action = menu.addAction(label)
        action.setCheckable(True)
        action.setChecked(mode == current)
        action.setData(mode)
        group.addAction(action)
    group.triggered.connect(lambda action: set_pressure_mode(action.data()))
    # another window (or the last session) may have changed it: show the stored choice
    menu.aboutToShow.connect(lambda: [a.setChecked(a.data() == pressure_mode()) for a in group.actions()])
    return menu


def radius_for(base: float, pressure: float) -> float:
    pressure = min(max(pressure, 0.0), 1.0)
    return base * (MIN_SHARE + (MAX_SHARE - MIN_SHARE) * pressure)


def intensity_for(pressures: list[float]) -> int:
    """A stroke's typical pressure (its median: the light start and end of a stroke do not pull it
    down) as an intensity of 1..10."""
    if not pressures:
        return 5
    return min(10, max(1, round(10 * statistics.median(pressures))))


# a pen near the screen -------------------------------------------------------------------
class PenProximity(QObject):
    """Whether a pen is near the screen: from TabletEnterProximity and TabletLeaveProximity, which
    Qt sends to the application object, and from tablet events on a canvas."""

    _instance: PenProximity | None = None

    def __init__(self):
        super().__init__()
        self.inside = False
        self.last_seen = float("-inf")

    @classmethod
    def shared(cls) -> PenProximity:
        if cls._instance is None:
            cls._instance = cls()
            QApplication.instance().installEventFilter(cls._instance)
        return cls._instance

    def eventFilter(self, obj, event) -> bool:      # every event of the application: keep it short
        kind = event.type()
        if kind == TE.TabletEnterProximity:
            self.inside = True
            self.last_seen = time.monotonic()
        elif kind == TE.TabletLeaveProximity:
            self.inside = False
        return False

    def seen(self) -> None:
        self.last_seen = time.monotonic()

    def near(self) -> bool:
        """A pen is near: it came into proximity and did not leave (for at most PROXIMITY_EXPIRY
        seconds since the pen last did anything, in case a driver never says it left)."""
        return self.inside and time.monotonic() - self.last_seen < PROXIMITY_EXPIRY

    def recent(self) -> bool:
        return time.monotonic() - self.last_seen < PEN_RECENT


# the brush under a pen --------------------------------------------------------------------
class TaperedPreview(StrokePreview):
    """The stroke while a pen draws it: each segment as wide as the pressure at its end.

    The segments' outlines are filled as one path (winding rule: they all turn the same way), so
    the see-through stroke does not darken where their round ends overlap. They are kept in chunks
    of CHUNK segments and a repaint fills only the chunks it exposes, so a segment added at the end
    of a long stroke costs what one at its start does."""

    CHUNK = 32

    def __init__(self, pen: QPen, bounds: QRectF):
        super().__init__(pen, bounds)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)     # exposedRect
        self._chunks: list[tuple[QPainterPath, QRectF]] = []
        self._count = 0
        self._last: QPointF | None = None

    def add_point(self, pos: QPointF, width: float | None = None) -> None:
        width = self._pen.widthF() if width is None else width
        last = pos if self._last is None else self._last
        self._last = pos
        segment = QPainterPath(last)
        segment.lineTo(pos + QPointF(0.01, 0) if last == pos else pos)     # a dot still has a width
        stroker = QPainterPathStroker(QPen(self._pen.color(), width, Qt.PenStyle.SolidLine,
                                           Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin))
        outline = stroker.createStroke(segment)
        if self._count % self.CHUNK == 0:
            chunk = QPainterPath()
            chunk.setFillRule(Qt.FillRule.WindingFill)
            self._chunks.append((chunk, QRectF()))
        chunk, rect = self._chunks[-1]
        chunk.addPath(outline)
        self._chunks[-1] = (chunk, rect.united(outline.boundingRect()))
        self._count += 1
        self.update(outline.boundingRect().adjusted(-2, -2, 2, 2))

    def paint(self, painter, option, widget=None) -> None:
        exposed = option.exposedRect if option is not None else self._bounds
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        for chunk, rect in self._chunks:
            if rect.intersects(exposed):
                path.addPath(chunk)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._pen.color())
        painter.drawPath(path)


class PressureBrush(BrushTool):
    """The zone brush under a pen: pressure sets the width of the stroke along its length or the
    zone's intensity (pressure_mode()), and the stroke is stored as one zone, one undo step."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self._pressures: list[float] = []
        self._mode = WIDTH

    def active(self) -> bool:
        return self._preview is not None

    def press_pen(self, pos: QPointF, pressure: float) -> None:
        self._mode = pressure_mode()
        self._points = [self.scene.to_normalised(pos)]
        self._pressures = [pressure]
        color = style.quality_color(self.canvas.zone_defaults().quality)
        color.setAlphaF(0.45)
        pen = QPen(color, self._width(pressure), Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap,
                   Qt.PenJoinStyle.RoundJoin)
        self._preview = TaperedPreview(pen, self.scene.sceneRect())
        self.scene.addItem(self._preview)
        self._preview.add_point(pos, self._width(pressure))

    def move_pen(self, pos: QPointF, pressure: float) -> None:
        if self._preview is None:
            return
        self._points.append(self.scene.to_normalised(pos))
        self._pressures.append(pressure)
        self._preview.add_point(pos, self._width(pressure))

    def release_pen(self) -> None:
        if self._preview is None:
            return
        from bodymap.domain.geometry import simplify_stroke, stroke_to_polygons, tapered_stroke_to_polygons
        points, pressures, mode = self._points, self._pressures, self._mode
        self.cancel()
        aspect, base = self.scene.diagram.aspect, self.canvas.brush_radius
        details = self.canvas.zone_defaults()
        if mode == WIDTH:
            kept = _thinned(points, pressures)
            polygons = tapered_stroke_to_polygons([p for p, _ in kept], [radius_for(base, q) for _, q in kept],
                                                  aspect)
        else:
            polygons = stroke_to_polygons(simplify_stroke(points), base, aspect)
        if mode == INTENSITY:
            details = replace(details, intensity=intensity_for(pressures))
        record = self.doc.add_zone(self.scene.view_id, polygons, details)
        if record is not None:
            self.canvas.select_mark(MarkKind.ZONE, record.id)
            if mode == INTENSITY:
                self.canvas.notify(translate("CanvasTools", "Zone intensity {intensity}/10 from the pen's pressure.").format(
                    intensity=record.intensity))

    def cancel(self):
        super().cancel()
        self._pressures = []

    def _width(self, pressure: float) -> float:
        radius = self.canvas.brush_radius
        if self._mode == WIDTH:
            radius = radius_for(radius, pressure)
        return 2 * radius * self.scene.height_units


def _thinned(points, pressures, step: float = 0.002):
    """Drops samples closer than step (normalised units) to the last kept one unless the pressure
    changed noticeably; the last sample is always kept."""
    kept = [(points[0], pressures[0])]
    for p, q in zip(points[1:], pressures[1:], strict=True):
        (x, y), last_q = kept[-1]
        if abs(p[0] - x) + abs(p[1] - y) >= step or abs(q - last_q) > 0.08:
            kept.append((p, q))
    if kept[-1][0] != points[-1]:
        kept.append((points[-1], pressures[-1]))
    return kept


# the canvas's pen, touch and mouse filter -----------------------------------------------------
class PenInput(QObject):
    """Takes a canvas viewport's tablet and touch events and drops repeated mouse events."""

    def __init__(self, canvas):
        super().__init__(canvas)
        from bodymap.ui.canvas.touch import TouchInput
        self.canvas = canvas
        self.proximity = PenProximity.shared()
        self.brush = PressureBrush(canvas)
        self.touch = TouchInput(canvas, self.proximity)
        self._erasing: dict[tuple[str, int], object] | None = None
        self._last_press: tuple[float, QPointF] | None = None

    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if kind in TABLET:
            self.proximity.seen()
            self._tablet(event)
            event.accept()
            return True
        if kind in TOUCH:
            self.touch.handle(event)
            event.accept()
            return True
        if kind in MOUSE:
            return self._repeated_mouse(event)
        if kind == TE.NativeGesture and event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture:
            self.canvas.zoom(1.0 + event.value())       # a trackpad's pinch (macOS, libinput)
            event.accept()
            return True
        return False

    # the pen -------------------------------------------------------------------------------
    def _tablet(self, event) -> None:
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            self._erase(event)
        else:
            self._draw(event)

    def _draw(self, event) -> None:
        canvas, kind = self.canvas, event.type()
        pos = canvas.mapToScene(event.position().toPoint())
        pressure = max(float(event.pressure()), 0.05)      # some pens report 0 on the first sample
        if kind == TE.TabletPress:
            if (event.button() == Qt.MouseButton.LeftButton and type(canvas.tool) is BrushTool
                    and not canvas.workspace.space_held):
                canvas.tool.cancel()
                self.brush.press_pen(pos, pressure)
                return
            double = self._double_tap(event.position())
            canvas_handler = canvas.mouseDoubleClickEvent if double else canvas.mousePressEvent
            canvas_handler(self._mouse(TE.MouseButtonDblClick if double else TE.MouseButtonPress, event))
        elif kind == TE.TabletMove:
            if self.brush.active():
                canvas.report_hover(pos)
                self.brush.move_pen(pos, pressure)
                return
            canvas.mouseMoveEvent(self._mouse(TE.MouseMove, event))
        else:
            if self.brush.active():
                if type(canvas.tool) is BrushTool:
                    self.brush.release_pen()
                else:                          # another tool was chosen mid-stroke (its key)
                    self.brush.cancel()
                return
            canvas.mouseReleaseEvent(self._mouse(TE.MouseButtonRelease, event))

    def _double_tap(self, at: QPointF) -> bool:
        """A second tap soon after the first and close to it is a double click (closes a polygon)."""
        now, hints = time.monotonic(), QApplication.styleHints()
        last, self._last_press = self._last_press, (now, at)
        if last is None:
            return False
        quick = (now - last[0]) * 1000 <= hints.mouseDoubleClickInterval()
        near = (at - last[1]).manhattanLength() <= hints.startDragDistance()
        if quick and near:
            self._last_press = None
            return True
        return False

    @staticmethod
    def _mouse(kind, event) -> QMouseEvent:
        return QMouseEvent(kind, event.position(), event.globalPosition(), event.button(), event.buttons(),
                           event.modifiers(), device=event.pointingDevice())

    # the eraser end: every mark it passes over goes in one undo step when it lifts ------------------
    def _erase(self, event) -> None:
        kind = event.type()
        if kind == TE.TabletPress:
            self.brush.cancel()
            self._erasing = {}
            self._erase_at(event.position())
        elif kind == TE.TabletMove and self._erasing is not None:
            self._erase_at(event.position())
        elif kind == TE.TabletRelease and self._erasing is not None:
            touched, self._erasing = self._erasing, None
            for item in touched.values():
                item.setOpacity(1.0)
            if touched:
                self.canvas.document.delete_marks(list(touched))

    def _erase_at(self, at: QPointF) -> None:
        r = ERASER_REACH
        area = self.canvas.mapToScene(QRectF(at.x() - r, at.y() - r, 2 * r, 2 * r).toRect())
        for item in self.canvas.chart_scene.items(area):
            if isinstance(item, (TriggerPointItem, ZoneItem)) and item.mark_id() not in self._erasing:
                self._erasing[item.mark_id()] = item
                if self.canvas.document.editable:
                    item.setOpacity(0.25)        # going: gone for good when the pen lifts

    # mouse events that repeat a pen or come from a palm -----------------------------------
    def _repeated_mouse(self, event) -> bool:
        """Qt (or the system) makes mouse events of pen and touch input nobody accepted: here the
        pen's and the fingers' own events did the work already (and a palm's must do nothing)."""
        device = event.device()
        source = device.type() if device is not None else None
        if source == STYLUS:
            return self.proximity.recent()
        return source == TOUCHSCREEN


def attach(canvas) -> PenInput:
    """Pen, touch and trackpad pinch on this canvas. Not Qt's QPinchGesture: made from the same
    touch events, it would zoom a second time what touch.py zooms."""
    viewport = canvas.viewport()
    viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
    viewport.setTabletTracking(True)       # a hovering pen moves the polygon tool's line and the hover text
    pen = PenInput(canvas)
    viewport.installEventFilter(pen)
    return pen
