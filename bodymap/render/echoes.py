"""Echoes: marks made on another view of the same body surface, drawn lighter on this one.

A trigger point charted on the whole-body posterior view also lies on the neck-and-shoulders
close-up (and the reverse); bodymap.domain.view_mapping says where. An echo carries the one
record (same ``mark_id``), so selecting, editing or deleting it acts on that record; it is drawn
at reduced opacity with a small dashed ring and a tag naming the view it was made on. Echoes are
kept apart from the scene's own marks, so figure numbering, legends and counts never see a
record twice.
"""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import QStyle

from bodymap.domain.diagrams import load_view
from bodymap.domain.records import TriggerPointRecord, ZoneRecord
from bodymap.domain.view_mapping import project, project_back, project_polygon, surface_partners
from bodymap.render import style
from bodymap.render.items import TriggerPointItem, ZoneItem, _draw_trigger_point, paint_zone_shape

ECHO_OPACITY = 0.45
ECHO_TAGS = {"posterior": "P", "head_posterior": "N", "lateral_left": "L", "lateral_right": "L",
             "head_lateral_left": "H", "head_lateral_right": "H"}


def _current(view_id: str, version: int, x: float, y: float) -> tuple[float, float]:
    diagram = load_view(view_id)
    if version == diagram.version:
        return x, y
    try:
        return diagram.map_from_version(version, x, y)
    except KeyError:
        return x, y


def echo_point(record: TriggerPointRecord, view_id: str) -> tuple[float, float] | None:
    """Where a trigger point made on another view lies on view_id (normalised), or None."""
    if record.view == view_id or view_id not in surface_partners(record.view):
        return None
    x, y = _current(record.view, record.diagram_version, record.x, record.y)
    return project(record.view, x, y, view_id)


def echo_polygons(record: ZoneRecord, view_id: str) -> list[list[tuple[float, float]]] | None:
    """A zone made on another view, its polygons on view_id (vertex by vertex), or None."""
    if record.view == view_id or view_id not in surface_partners(record.view):
        return None
    out = []
    for poly in record.polygons:
        ring = [_current(record.view, record.diagram_version, x, y) for x, y in poly]
        mapped = project_polygon(record.view, ring, view_id)
        if mapped is not None:
            out.append(mapped)
    return out or None


def stored_point(record: TriggerPointRecord, view_id: str, u: float, v: float) -> tuple[float, float] | None:
    """A point (u, v) on view_id where an echo of record was dropped, in the coordinates of the
    record's own view; None if it cannot be mapped back (outside the shared regions)."""
    return project_back(record.view, view_id, u, v)


class EchoTriggerPointItem(TriggerPointItem):
    """A trigger point made on another view: same symbol, lighter, dashed ring, view tag."""

    echo = True

    def __init__(self, record: TriggerPointRecord, selectable: bool = True, tagged: bool = True):
        super().__init__(record, selectable)
        self.tagged = tagged                       # the view tag helps a clinician, not a patient's handout
        self.setOpacity(ECHO_OPACITY)
        self.setZValue(self.zValue() - 1)          # own marks stay on top
        self.setToolTip(f"Charted on the {load_view(record.view).label} view")

    def boundingRect(self) -> QRectF:
        r = style.TP_RADIUS + 5
        return QRectF(-r, -r, 2 * r + 12, 2 * r)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        _draw_trigger_point(painter, self.record.status, self.record.needled, self.record.carried, selected)
        r = style.TP_RADIUS + 3
        ring = QPen(style.OUTLINE_COLOR, 1.0, Qt.PenStyle.DashLine)
        painter.setPen(ring)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(QPointF(0, 0), r, r)
        if not self.tagged:
            return
        font = QFont(painter.font())
        font.setPixelSize(9)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor(style.OUTLINE_COLOR))
        painter.drawText(QPointF(r + 1, -r + 8), ECHO_TAGS.get(self.record.view, "*"))


class EchoZoneItem(ZoneItem):
    """A zone made on another view: same fill and hatch, lighter."""

    echo = True

    def __init__(self, record: ZoneRecord, width: float, height: float, selectable: bool = True):
        super().__init__(record, width, height, selectable)
        self.setOpacity(ECHO_OPACITY)
        self.setZValue(self.zValue() - 1)
        self.setToolTip(f"Charted on the {load_view(record.view).label} view")

    def paint(self, painter: QPainter, option, widget=None) -> None:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        outline = QPen(style.SELECTION_COLOR if selected else style.OUTLINE_COLOR, 1.5, Qt.PenStyle.DashLine)
        outline.setCosmetic(True)
        paint_zone_shape(painter, self.path(), self.record.quality, self.record.intensity,
                         self.record.depth == "deep", self.record.carried, outline=outline)
