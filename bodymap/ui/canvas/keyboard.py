"""Charting from the keyboard alone, and what a screen reader hears about the canvas.

One KeyboardCharting per canvas, installed as an event filter on it (ui/canvas/workspace.py), so
the mouse tools stay as they are. The keys (docs/ACCESSIBILITY.md):

- arrows move a crosshair over the diagram (Shift: five times further); with a trigger point of
  this view selected they nudge that point instead, and one series of nudges of one point is one
  undo step (ChartDocument.move_trigger_point with a series);
- Enter places a trigger point at the crosshair with the Select or Trigger point tool, through the
  same TriggerPointTool.place a click uses (one service call, one audit row, one undo step);
- with the Zone polygon tool (P) or the Zone brush (B), Space or Enter adds a corner at the
  crosshair; Enter on the last corner again (the crosshair not moved) closes the zone; Backspace
  takes the last corner back; Esc drops the outline and stores nothing;
- with the Eraser (E), Enter deletes the mark under the crosshair;
- Tab and Shift+Tab walk the marks of this view in reading order (top to bottom, then left to
  right), selecting each; past the last (or before the first) focus moves on as usual, and
  Ctrl+Tab / Ctrl+Shift+Tab leave the canvas at once.

Whatever is under the crosshair (a mark, else the muscle and region of the diagram, the side
always the patient's) is shown in the status bar and set as the canvas's accessible description.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPointF, QRectF, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QColor, QKeySequence, QPainter, QPen
from PySide6.QtWidgets import QGraphicsItem

from bodymap.domain.charting import PainQuality, Side
from bodymap.domain.diagrams import view_label
from bodymap.domain.languages import SOURCE_LANGUAGE
from bodymap.render import i18n
from bodymap.render.i18n import translate
from bodymap.render.items import TriggerPointItem, ZoneItem
from bodymap.ui.canvas.tools import BRUSH, ERASER, POLYGON, SELECT, TRIGGER_POINT, PolygonTool

STEP, BIG_STEP = 0.005, 0.025          # of the diagram's height: a small and a Shift step
ARROWS = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# keys the canvas takes before the window's shortcuts see them (Backspace is also Delete there)
OUTLINE_KEYS = (*ENTER, Qt.Key.Key_Space, Qt.Key.Key_Backspace, Qt.Key.Key_Escape)

# for Help > Keyboard shortcuts (ui/help.py): the canvas's own keys, which are not actions. The
# commands in English (context "CanvasKeys", translated where shown); the keys as QKeySequence reads
# them (Qt writes them in the interface language), "Arrows" a word of the same context.
CANVAS_KEYS: tuple[tuple[str, str], ...] = (
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: move the crosshair (Shift: further)"), "Arrows"),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: place a trigger point at the crosshair"), "Enter"),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: nudge the selected trigger point"), "Arrows"),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: zone outline, add a corner (after P)"), "Space, Enter"),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: close the outline (on the last corner)"), "Enter"),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: take back the last corner"), "Backspace"),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: cancel the outline or the selection"), "Esc"),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: next / previous mark"), "Tab, Shift+Tab"),
    (QT_TRANSLATE_NOOP("CanvasKeys", "Diagram: leave the diagram"), "Ctrl+Tab"),
)
ARROWS_WORD = QT_TRANSLATE_NOOP("CanvasKeys", "Arrows")


def canvas_key_rows() -> list[tuple[str, str]]:
    """CANVAS_KEYS in the interface language: the command translated, the keys as Qt names them."""
    def keys(text: str) -> str:
        return ", ".join(translate("CanvasKeys", ARROWS_WORD) if part == ARROWS_WORD else
                         QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText)
                         for part in text.split(", "))
    return [(translate("CanvasKeys", command), keys(key)) for command, key in CANVAS_KEYS]


def _t(text: str) -> str:
    """A word of the tables above in the interface language (context CanvasDescription)."""
    return translate("CanvasDescription", text)


def _english_plural(text: str, n: int, singular: str, plural: str) -> str:
    """A count from self.tr("…%n…(s)…", "", n): the language's own plural form; English (the source, which
    has no translation to give the forms) takes singular or plural here."""
    return text.replace(f"{n} {singular}(s)", f"{n} {singular if n == 1 else plural}") if "(s)" in text else text


def _english() -> bool:
    return i18n.current().code == SOURCE_LANGUAGE


def _lower_first(text: str) -> str:
    """Mid-sentence in English a name starts in lower case ('right upper trapezius'); the other
    languages keep the name table's capitals ('M. trapezius', German nouns)."""
    return f"{text[:1].lower()}{text[1:]}" if _english() else text


SIDE_WORDS = {"left": QT_TRANSLATE_NOOP("CanvasDescription", "left {name}"),
              "right": QT_TRANSLATE_NOOP("CanvasDescription", "right {name}")}
PATIENT_SIDE = {"left": QT_TRANSLATE_NOOP("CanvasDescription", "Patient's left"),
                "right": QT_TRANSLATE_NOOP("CanvasDescription", "Patient's right")}
STATUS_WORDS = {"active": QT_TRANSLATE_NOOP("CanvasDescription", "Active trigger point, {place}"),
                "latent": QT_TRANSLATE_NOOP("CanvasDescription", "Latent trigger point, {place}")}
ZONE_SIDES = {"left": QT_TRANSLATE_NOOP("CanvasDescription", "left"),
              "right": QT_TRANSLATE_NOOP("CanvasDescription", "right")}


def patient_side(side: str | None) -> str:
    """'Patient's right' ('' on the midline)."""
    return _t(PATIENT_SIDE[side]) if side in PATIENT_SIDE else ""


def muscle_text(muscle) -> str:
    """A diagram muscle (Muscle or MuscleHit) by the name table: 'Piriformis (deep)'."""
    muscle_id = getattr(muscle, "muscle_id", None) or getattr(muscle, "id", None)
    name = i18n.current().name("muscles", muscle_id, muscle.name)
    return translate("CanvasDescription", "{name} (deep)").format(name=name) if muscle.layer == "deep" else name


def region_text(region) -> str:
    """A diagram region (Region or RegionHit) by the name table."""
    region_id = getattr(region, "region_id", None) or getattr(region, "id", None)
    return i18n.current().name("regions", region_id, region.label)


def describe_trigger_point(record) -> str:
    """'Active trigger point, right upper trapezius' (the patient's side)."""
    lang = i18n.current()
    where = ((lang.name("muscles", record.muscle, record.muscle_label) if record.muscle_label else "")
             or (lang.name("regions", getattr(record, "region", None), record.region_label)
                 if record.region_label else "")
             or translate("CanvasDescription", "unlabelled site"))
    where = _lower_first(where)
    place = _t(SIDE_WORDS[record.side]).format(name=where) if record.side in SIDE_WORDS else where
    text = _t(STATUS_WORDS.get(record.status, QT_TRANSLATE_NOOP("CanvasDescription", "Trigger point, {place}")))
    text = text.format(place=place)
    if record.carried:
        text = translate("CanvasDescription", "{description}, carried forward, not yet confirmed").format(description=text)
    return text


def describe_zone(record, diagram) -> str:
    """'Burning zone, intensity 6 of 10, right and left, Posterior neck'."""
    try:
        quality = QCoreApplication.translate("MainWindow", PainQuality(record.quality).label)
    except ValueError:
        quality = record.quality.replace("_", " ").capitalize()
    shown = [_t(ZONE_SIDES[s]) for s in record.sides if s in ZONE_SIDES]
    sides = (translate("CanvasDescription", "{first} and {second}").format(first=shown[0], second=shown[1]) if len(shown) == 2
             else shown[0] if shown else translate("CanvasDescription", "midline"))
    labels = {r.id: r.label for r in diagram.regions}
    names = list(dict.fromkeys(r.split(":")[-1] for r in record.regions))      # "left:posterior_neck"
    lang = i18n.current()
    regions = ", ".join(lang.name("regions", r, labels.get(r, r.replace("_", " "))) for r in names[:3])
    more = translate("CanvasDescription", " and {count} more").format(count=len(names) - 3) if len(names) > 3 else ""
    return translate("CanvasDescription", "{quality} zone, intensity {intensity} of 10, {sides}, {regions}").format(
        quality=quality, intensity=record.intensity, sides=sides, regions=f"{regions}{more}").rstrip(", ")


def describe_place(diagram, x: float, y: float, include_deep: bool) -> str:
    """The diagram under a point: 'Patient's right, Upper trapezius, Upper trapezius ridge'."""
    if not (0 <= x <= 1 and 0 <= y <= 1) or not diagram.contains(x, y):
        return translate("CanvasDescription", "Off the body")
    where = diagram.locate(x, y, include_deep)
    if where.region is None:
        return translate("CanvasDescription", "On the body, no region")
    muscle = where.muscle
    side = muscle.side if muscle is not None and muscle.side != Side.MIDLINE.value else where.region.side
    parts = [patient_side(side)] if patient_side(side) else []
    if muscle is not None:
        parts.append(muscle_text(muscle))
    parts.append(region_text(where.region))
    return ", ".join(parts)


class Crosshair(QGraphicsItem):
    """The keyboard's pointer: a ring with a cross, the same size on screen at every zoom, in a
    dark line with a white halo so it shows on the white page, the line art and every zone."""

    RADIUS = 11.0

    def __init__(self):
        super().__init__()
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(60)

    def boundingRect(self) -> QRectF:
        r = self.RADIUS + 8
        return QRectF(-r, -r, 2 * r, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.RADIUS
        for color, width in ((QColor(255, 255, 255, 230), 5.0), (QColor("#0B57D0"), 2.0)):
            painter.setPen(QPen(color, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r, r)
            for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1)):
                painter.drawLine(QPointF(dx * (r - 5), dy * (r - 5)), QPointF(dx * (r + 6), dy * (r + 6)))


class KeyboardCharting(QObject):
    """The keyboard half of one canvas (a CanvasView)."""

    def __init__(self, canvas):
        super().__init__(canvas)
        self.canvas = canvas
        self.scene = canvas.chart_scene
        self.crosshair = Crosshair()
        self.crosshair.setVisible(False)
        self.scene.addItem(self.crosshair)
        # start on the middle of the body, where most charting happens
        self.crosshair.setPos(self.scene.to_scene(0.5, 0.35))
        self._series = 0                 # the nudge series; moves on when anything else happens
        self._nudged: tuple[int, int] | None = None
        view = self.scene.view_id
        canvas.setAccessibleName(self.tr("Body diagram, {view}").format(
            view=i18n.current().name("views", view, view_label(view))))
        canvas.setAccessibleDescription(self.tr("Arrow keys move the crosshair; Enter places a trigger point."))
        self.scene.selectionChanged.connect(self._selection_changed)
        canvas.installEventFilter(self)
        canvas.viewport().installEventFilter(self)

    # state ------------------------------------------------------------------
    @property
    def position(self) -> QPointF:
        return self.crosshair.pos()

    def normalised(self) -> tuple[float, float]:
        return self.scene.to_normalised(self.position)

    def outline(self) -> list[QPointF]:
        tool = self.canvas.tool
        return tool.corners if isinstance(tool, PolygonTool) else []

    def marks(self) -> list[QGraphicsItem]:
        """This view's own marks (not the echoes of other views'), in reading order."""
        items: list[QGraphicsItem] = [*self.scene.trigger_point_items(), *self.scene.zone_items()]

        def centre(item):
            c = item.sceneBoundingRect().center()
            return round(c.y() / 20), c.x()          # rows of 2 % of the height, then left to right
        return sorted(items, key=centre)

    def selected_own(self) -> QGraphicsItem | None:
        own = [i for i in self.scene.selectedItems() if isinstance(i, (TriggerPointItem, ZoneItem))
               and not getattr(i, "echo", False)]
        return own[0] if len(own) == 1 else None

    # events -----------------------------------------------------------------
    def eventFilter(self, obj, event) -> bool:
        kind = event.type()
        if obj is not self.canvas:
            if kind == QEvent.Type.MouseButtonPress:
                # the mouse is in use: the crosshair waits where it clicked, hidden until a key
                self.crosshair.setVisible(False)
                self.crosshair.setPos(self.canvas.mapToScene(event.position().toPoint()))
            return False
        if kind == QEvent.Type.FocusIn:
            if event.reason() in (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                                  Qt.FocusReason.ShortcutFocusReason, Qt.FocusReason.OtherFocusReason):
                self.crosshair.setVisible(True)
                self.announce()
        elif kind == QEvent.Type.FocusOut:
            self.crosshair.setVisible(False)
            self._series += 1
        elif kind == QEvent.Type.ShortcutOverride:
            if self._takes(event):
                event.accept()
                return True
        elif kind == QEvent.Type.KeyPress:
            return self._key(event)
        return False

    def _takes(self, event) -> bool:
        """Keys the canvas needs before the window's shortcuts: Backspace (Delete in the window)
        while an outline is drawn, arrows always."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods & ~Qt.KeyboardModifier.ShiftModifier:
            return False
        return event.key() in ARROWS or (bool(self.outline()) and event.key() in OUTLINE_KEYS)

    def _key(self, event) -> bool:
        key = event.key()
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        shift = bool(mods & Qt.KeyboardModifier.ShiftModifier)
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._series += 1
            if mods & Qt.KeyboardModifier.ControlModifier:       # leave the canvas at once
                self.canvas.focusNextPrevChild(key == Qt.Key.Key_Tab and not shift)
                return True
            return self.walk(-1 if key == Qt.Key.Key_Backtab or shift else 1)
        if mods & ~Qt.KeyboardModifier.ShiftModifier:
            return False                                         # Ctrl/Alt keys: the window's
        if key in ARROWS:
            self.crosshair.setVisible(True)
            dx, dy = ARROWS[key]
            step = (BIG_STEP if shift else STEP) * self.scene.height_units
            item = self.selected_own()
            if isinstance(item, TriggerPointItem) and not self.outline() and self.canvas.document.editable:
                self.nudge(item, dx * step, dy * step)
            else:
                self.move_by(dx * step, dy * step)
            return True
        self._series += 1
        if event.isAutoRepeat() and key not in ARROWS:
            return key in (*ENTER, Qt.Key.Key_Space)            # a held Enter places one point
        if self.outline():
            return self._outline_key(key)
        tool = self.canvas.tool_name
        if (key in ENTER or key == Qt.Key.Key_Space) and self.crosshair.isVisible():   # keyboard in use
            if tool in (POLYGON, BRUSH):
                self.start_outline()
                return True
            if key == Qt.Key.Key_Space:
                return False                                     # held Space pans with the mouse
            if tool in (SELECT, TRIGGER_POINT):
                self.place_trigger_point()
                return True
            if tool == ERASER:
                self.erase()
                return True
        return False

    def _outline_key(self, key) -> bool:
        keyboard = self.crosshair.isVisible()
        if key in ENTER:
            corners = self.outline()
            # Enter closes on the last corner again, or after a corner clicked with the mouse (a
            # click hides the crosshair until a key is used)
            if not keyboard or corners[-1] == self.position:
                self.close_outline()
            else:
                self.add_corner()
            return True
        if key == Qt.Key.Key_Space and keyboard:
            self.add_corner()
            return True
        if key == Qt.Key.Key_Backspace:
            self.canvas.tool.remove_corner()
            self.announce()
            return True
        if key == Qt.Key.Key_Escape:
            self.cancel_outline()
            return True
        return False

    # actions ----------------------------------------------------------------
    def move_by(self, dx: float, dy: float) -> None:
        rect = self.scene.sceneRect()
        p = self.position + QPointF(dx, dy)
        self.crosshair.setPos(min(max(p.x(), rect.left()), rect.right()),
                              min(max(p.y(), rect.top()), rect.bottom()))
        self._follow()

    def move_to(self, pos: QPointF) -> None:
        self.crosshair.setPos(pos)
        self._follow()

    def _follow(self) -> None:
        if self.outline():
            self.canvas.tool.move(self.position, None)          # the rubber line to the crosshair
        self.canvas.ensureVisible(QRectF(self.position, self.position).adjusted(-30, -30, 30, 30))
        self.announce()

    def place_trigger_point(self) -> None:
        record = self.canvas.tool_named(TRIGGER_POINT).place(self.position)     # a click's own path
        if record is not None:
            self.announce(self.tr("Placed {description}").format(description=_lower_first(describe_trigger_point(record))))

    def nudge(self, item: TriggerPointItem, dx: float, dy: float) -> None:
        target = item.pos() + QPointF(dx, dy)
        if not self.scene.on_diagram(target):
            self.canvas.notify(self.tr("Not moved: that would leave the body outline."))
            return
        x, y = self.scene.to_normalised(target)
        tp_id = item.record.id
        if self._nudged is None or self._nudged[0] != tp_id:
            self._series += 1
        self._nudged = (tp_id, self._series)
        record = self.canvas.document.move_trigger_point(
            tp_id, x, y, include_deep=self.canvas.workspace.include_deep, series=(tp_id, self._series))
        if record is not None:
            self.move_to(self.scene.to_scene(record.x, record.y))

    def erase(self) -> None:
        item = self._mark_under_crosshair()
        if item is None:
            self.announce(self.tr("Nothing to erase here"))
            return
        self.canvas.document.delete_marks([item.mark_id()])
        self.announce()

    def start_outline(self) -> None:
        if not self.canvas.document.editable:
            self.canvas.document._check_editable()              # says why (no visit, signed)
            return
        if self.canvas.tool_name != POLYGON:
            self.canvas.workspace.set_tool(POLYGON)
        self.add_corner()

    def add_corner(self) -> None:
        corners = self.outline()
        if corners and corners[-1] == self.position:
            return
        self.canvas.tool.add_corner(QPointF(self.position))
        self.crosshair.setVisible(True)
        self.announce()

    def close_outline(self) -> None:
        if len(self.outline()) < 3:
            self.announce(self.tr("An outline needs three corners; it has {count}").format(count=len(self.outline())))
            return
        self.canvas.tool.finish()
        zone = self.selected_own()
        self.announce(self.tr("Zone stored: {zone}").format(zone=describe_zone(zone.record, self.scene.diagram))
                      if isinstance(zone, ZoneItem) else None)

    def cancel_outline(self) -> None:
        self.canvas.tool.cancel()
        self.announce(self.tr("Outline cancelled"))

    def walk(self, direction: int) -> bool:
        """Selects the next (or previous) mark; False past the end, so focus moves on."""
        marks = self.marks()
        current = self.selected_own()
        index = marks.index(current) if current in marks else (-1 if direction > 0 else len(marks))
        index += direction
        if not 0 <= index < len(marks):
            self.scene.clearSelection()
            return False
        item = marks[index]
        self.canvas.select_mark(*item.mark_id())
        self.move_to(item.pos() if isinstance(item, TriggerPointItem) else self._inside(item))
        return True

    @staticmethod
    def _inside(zone: ZoneItem) -> QPointF:
        """A point inside the zone (its centre when that is inside, else a point of its outline)."""
        centre = zone.boundingRect().center()
        if zone.shape().contains(centre):
            return centre
        path = zone.path()
        return path.pointAtPercent(0.0) if not path.isEmpty() else centre

    # what is heard ------------------------------------------------------------
    def _mark_under_crosshair(self):
        for item in self.scene.items(self.position):
            if isinstance(item, (TriggerPointItem, ZoneItem)) and not getattr(item, "echo", False):
                return item
        return None

    def describe(self) -> str:
        item = self._mark_under_crosshair()
        if isinstance(item, TriggerPointItem):
            text = describe_trigger_point(item.record)
        elif isinstance(item, ZoneItem):
            text = describe_zone(item.record, self.scene.diagram)
        else:
            x, y = self.normalised()
            text = describe_place(self.scene.diagram, x, y, self.canvas.workspace.include_deep)
        if item is not None and item.isSelected():
            text = self.tr("Selected: {mark}").format(mark=text)
        corners = len(self.outline())
        if corners:
            outline = _english_plural(self.tr("Outline, %n corner(s); crosshair: {place}", "", corners), corners,
                                      "corner", "corners")
            text = outline.format(place=text)
        return text

    def announce(self, text: str | None = None) -> None:
        """Shows text (else what is under the crosshair) in the status bar and gives it to the
        screen reader as the canvas's accessible description."""
        text = text or self.describe()
        self.canvas.setAccessibleDescription(text)
        self.canvas.hoverText.emit(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.canvas, QAccessible.Event.DescriptionChanged))

    def _selection_changed(self) -> None:
        if self.canvas.hasFocus():
            self.announce()

