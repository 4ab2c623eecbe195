"""Precaution areas on the canvas: a dark-red cross-hatched overlay with a label, and the polygon
tool that draws one (click corners, double-click or Enter to finish, Esc to cancel).

An area's name in the window is area_label(): its kind and side in the interface language (the
precaution dialog's words, context "PrecautionDialog"; the side "PrecautionAreas"), the note as
written. The domain keeps the kind's id and its English label (domain.safety.precaution_label)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSimpleTextItem

from bodymap.render.i18n import translate
from bodymap.ui.canvas.tools import PolygonTool
from bodymap.ui.safety.dialogs import KIND_WORDS

PRECAUTION = "precaution"
PRECAUTION_COLOR = QColor("#8B0000")
AREA_Z = 15.0                 # above zones (10), below trigger points (20)
# the patient's side inside an area's name: 'Lymphoedema (right)'
AREA_SIDES = {"left": QT_TRANSLATE_NOOP("PrecautionAreas", "left"),
              "right": QT_TRANSLATE_NOOP("PrecautionAreas", "right"),
              "both": QT_TRANSLATE_NOOP("PrecautionAreas", "both")}
AREA_TEXTS = (QT_TRANSLATE_NOOP("PrecautionAreas", "{kind} ({side})"),
              QT_TRANSLATE_NOOP("PrecautionAreas", "{kind}: {note}"))


def area_label(record) -> str:
    """A precaution area's name in the interface language, e.g. 'Lymphödem (rechts): Axilla 2019'
    (as domain.safety.precaution_label writes it in English)."""
    if record.kind in KIND_WORDS:
        text = translate("PrecautionDialog", KIND_WORDS[record.kind])
    else:
        text = record.kind.replace("_", " ").capitalize()
    if record.side in AREA_SIDES:
        text = translate("PrecautionAreas", "{kind} ({side})").format(
            kind=text, side=translate("PrecautionAreas", AREA_SIDES[record.side]))
    return translate("PrecautionAreas", "{kind}: {note}").format(kind=text, note=record.note) if record.note else text


def hatch_brush() -> QBrush:
    color = QColor(PRECAUTION_COLOR)
    color.setAlphaF(0.75)
    return QBrush(color, Qt.BrushStyle.DiagCrossPattern)


class PrecautionAreaItem(QGraphicsPathItem):
    """Paints one precaution area; it takes no clicks, so the tools work through it."""

    def __init__(self, record, width_units: float, height_units: float):
        super().__init__()
        self.record = record
        path = QPainterPath()
        for poly in record.polygons:
            pts = [QPointF(x * width_units, y * height_units) for x, y in poly]
            path.moveTo(pts[0])
            for p in pts[1:]:
                path.lineTo(p)
            path.closeSubpath()
        self.setPath(path)
        pen = QPen(PRECAUTION_COLOR, 2.0, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self.setPen(pen)
        self.setBrush(hatch_brush())
        self.setZValue(AREA_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        name = area_label(record)
        self.setToolTip(name)
        self.label = QGraphicsSimpleTextItem("⚠ " + _short(name), self)
        font = QFont()
        font.setPixelSize(15)
        font.setBold(True)
        self.label.setFont(font)
        self.label.setBrush(PRECAUTION_COLOR)
        self.label.setPen(QPen(QColor(255, 255, 255, 230), 3.2))     # a halo keeps it readable
        self.label.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        box = path.boundingRect()
        text_w = self.label.boundingRect().width()
        x = box.center().x() - text_w / 2
        x = min(max(x, 2.0), width_units - text_w - 2.0)
        self.label.setPos(x, max(box.top() - 20, 2.0))
        self._paint_label_twice()

    def _paint_label_twice(self):
        # the halo pen paints over the glyphs; a second item on top paints the glyphs cleanly
        top = QGraphicsSimpleTextItem(self.label.text(), self)
        top.setFont(self.label.font())
        top.setBrush(PRECAUTION_COLOR)
        top.setPos(self.label.pos())
        top.setAcceptedMouseButtons(Qt.MouseButton.NoButton)


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def show_areas(scene, areas) -> list[PrecautionAreaItem]:
    """Replace the precaution overlays of a ChartScene with areas of its view."""
    for item in getattr(scene, "_precaution_items", []):
        if item.scene() is scene:
            scene.removeItem(item)
    items = []
    for record in areas:
        if record.view == scene.view_id:
            item = PrecautionAreaItem(record, scene.width_units, scene.height_units)
            scene.addItem(item)
            items.append(item)
    scene._precaution_items = items
    return items


class PrecautionTool(PolygonTool):
    """Draws a precaution area; on finishing, on_finished(view_id, [points]) stores it."""

    def __init__(self, canvas, on_finished):
        super().__init__(canvas)
        self.on_finished = on_finished

    def finish(self):
        points = [self.scene.to_normalised(p) for p in self._points]
        unique = [p for i, p in enumerate(points) if i == 0 or p != points[i - 1]]
        self.cancel()
        if len(unique) < 3:
            self.canvas.notify(translate("CanvasTools", "A precaution area needs at least three corners."))
            return
        self.on_finished(self.scene.view_id, [unique])

    def _redraw(self, cursor):
        super()._redraw(cursor)
        pen = QPen(PRECAUTION_COLOR, 2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._preview.setPen(pen)
