"""QGraphicsItem that paints an anatomical body diagram (line art on white)."""
from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from bodymap.domain.diagrams import SCENE_HEIGHT, DiagramView, describe_side

CONTOUR_COLOR = QColor("#222222")
CONTOUR_WIDTH = 2.2
INNER_COLOR = QColor("#a9a9a9")
INNER_WIDTH = 1.3
LABEL_COLOR = QColor("#555555")
REGION_COLOR = QColor(64, 120, 200, 150)
REGION_FILLS = (QColor(64, 120, 200, 18), QColor(200, 120, 64, 18), QColor(80, 170, 90, 18))
FONT_FAMILY = "DejaVu Sans"

class DiagramItem(QGraphicsItem):
    """Paints ``view`` inside QRectF(0, 0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)."""

    def __init__(self, view: DiagramView, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self._show_regions = False
        self._paths: dict[str, object] | None = None
        self._rect = QRectF(0.0, 0.0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, False)
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    # -- properties --------------------------------------------------------
    @property
    def view(self) -> DiagramView:
        return self._view

    def show_regions(self) -> bool:
        return self._show_regions

    def set_show_regions(self, show: bool) -> None:
        show = bool(show)
        if show != self._show_regions:
            self._show_regions = show
            self.update()

    def scene_point(self, x: float, y: float) -> QPointF:
        """Normalised diagram coordinates -> item coordinates."""
        return QPointF(x * self._rect.width(), y * self._rect.height())

    def normalised_point(self, p: QPointF) -> tuple[float, float]:
        """Item coordinates -> normalised diagram coordinates."""
        return (p.x() / self._rect.width(), p.y() / self._rect.height())

    # -- geometry cache ------------------------------------------------------
    def _build_paths(self) -> dict[str, object]:
        # one QPolygonF per ring: a few Qt calls per path instead of thousands
        w, h = self._rect.width(), self._rect.height()

        def add(path: QPainterPath, points, closed: bool) -> None:
            path.addPolygon(QPolygonF([QPointF(x * w, y * h) for x, y in points]))
            if closed:
                path.closeSubpath()

        outline = QPainterPath()
        outline.setFillRule(Qt.FillRule.WindingFill)
        for ring in self._view.outline:
            add(outline, ring, True)
        inner = QPainterPath()
        for line in self._view.inner_lines:
            add(inner, line, False)
        regions = [QPainterPath() for _ in REGION_FILLS]
        for i, region in enumerate(self._view.regions):
            for ring in region.polygons:
                add(regions[i % len(REGION_FILLS)], ring, True)
        return {"outline": outline, "inner": inner, "regions": list(zip(regions, REGION_FILLS))}

    def paths(self) -> dict[str, object]:
        if self._paths is None:
            self._paths = self._build_paths()
        return self._paths

    # -- QGraphicsItem ---------------------------------------------------------
    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._rect

    def shape(self) -> QPainterPath:
        return self.paths()["outline"]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        paths = self.paths()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        round_pen = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawPath(paths["outline"])

        if self._show_regions:
            painter.setPen(QPen(REGION_COLOR, 0.8, Qt.PenStyle.SolidLine, *round_pen))
            for rp, fill in paths["regions"]:
                painter.setBrush(fill)
                painter.drawPath(rp)

        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(INNER_COLOR, INNER_WIDTH, Qt.PenStyle.SolidLine, *round_pen))
        painter.drawPath(paths["inner"])
        painter.setPen(QPen(CONTOUR_COLOR, CONTOUR_WIDTH, Qt.PenStyle.SolidLine, *round_pen))
        painter.drawPath(paths["outline"])
        self._paint_labels(painter)
        painter.restore()

    def _paint_labels(self, painter: QPainter) -> None:
        font = QFont(FONT_FAMILY)
        font.setBold(True)
        font.setPixelSize(36)
        painter.setFont(font)
        painter.setPen(LABEL_COLOR)
        box_w, box_h = 80.0, 50.0
        for side, (x, y) in sorted(self._view.side_labels.items()):
            c = self.scene_point(x, y)
            rect = QRectF(c.x() - box_w / 2, c.y() - box_h / 2, box_w, box_h)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, describe_side(side)[0])
        font.setBold(False)
        font.setPixelSize(13)
        painter.setFont(font)
        w, h = self._rect.width(), self._rect.height()
        painter.drawText(QRectF(0.0, h - 0.028 * h, w, 0.028 * h),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         self._view.label)
