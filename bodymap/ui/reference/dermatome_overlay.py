"""DermatomeOverlayItem: the dermatome(s) the drawn pain follows, outlined on a scene.

Shown when the clinician asks for it from the suggestions dock's radicular-pain note: the regions
of the layer (bodymap/domain/dermatomes.py) in amber, dashed, translucent, so it reads neither as
charted pain nor as a muscle's referral pattern (cyan). It lies above the marks (z 30: the
outline is usually drawn over the very zones that raised the note) but takes no clicks, so every
click still reaches the marks and tools.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem

from bodymap.ui.reference.overlay import _polygons_path

DERMATOME_Z = 30.0
FILL = QColor(255, 167, 38, 45)          # amber 400, translucent
LINE = QColor("#E65100")                 # orange 900


class DermatomeOverlayItem(QGraphicsItem):
    def __init__(self, scene):
        super().__init__()
        self._scene = scene
        self.shapes: tuple = ()
        self._path = QPainterPath()
        self.setZValue(DERMATOME_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setAcceptHoverEvents(False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, False)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable, False)
        self.setVisible(False)
        scene.addItem(self)
        scene.sceneRectChanged.connect(lambda _r: self._rebuild())

    def set_shapes(self, shapes) -> None:
        """Region polygons to outline (each a tuple of polygons); () hides the item."""
        self.shapes = tuple(shapes)
        self._rebuild()

    @property
    def showing(self) -> bool:
        return self.isVisible() and bool(self.shapes)

    def _rebuild(self) -> None:
        self.prepareGeometryChange()
        self._path = QPainterPath()
        self._path.setFillRule(Qt.FillRule.WindingFill)
        for polygons in self.shapes:
            self._path.addPath(_polygons_path(self._scene, polygons))
        self.setVisible(bool(self.shapes))
        self.update()

    def boundingRect(self) -> QRectF:
        return self._scene.sceneRect().adjusted(-20, -20, 20, 20)

    def paint(self, painter: QPainter, _option, _widget=None) -> None:
        if self._path.isEmpty():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(LINE, 2.2, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        painter.setPen(pen)
        painter.setBrush(QBrush(FILL))
        painter.drawPath(self._path)
