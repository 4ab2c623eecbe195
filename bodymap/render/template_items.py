"""Graphics items for clinic diagrams: the template image, and the built-in view's regions,
muscles, landmarks and R / L labels mapped onto it through the calibration (an overlay that
shows at a glance whether the calibration is right).

Both items paint in a rect ``width x height`` scene units; ``scale`` converts image pixels to
those units (the canvas keeps its views SCENE_HEIGHT tall, so marks look the same size on a
template as on the line art).
"""
from __future__ import annotations

import io

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem

from bodymap.domain.calibration import Calibration
from bodymap.domain.diagrams import describe_side
from bodymap.render.diagram_item import DEEP_COLOR, LABEL_COLOR, LANDMARK_COLOR, MUSCLE_COLOR
from bodymap.render.fonts import shipped_font

OVERLAY_REGION_COLOR = QColor(30, 100, 210, 210)
MIN_LEVEL_HEIGHT = 700          # smallest pre-scaled copy of the image (pixels tall)


def decode_image(data: bytes) -> QImage:
    """The template's PNG / JPEG bytes as a QImage, decoded by Pillow (which checked them on
    import), so the size always matches the stored width and height."""
    from PIL import Image

    with Image.open(io.BytesIO(data)) as img:
        rgba = img.convert("RGBA")
    raw = rgba.tobytes("raw", "RGBA")
    image = QImage(raw, rgba.width, rgba.height, 4 * rgba.width, QImage.Format.Format_RGBA8888)
    return image.copy()          # own the pixels (raw is freed when this returns)


class TemplateBackgroundItem(QGraphicsItem):
    """Paints the template image into QRectF(0, 0, width, height) (scene units)."""

    def __init__(self, image: QImage | bytes, width: float, height: float, parent=None):
        super().__init__(parent)
        self._image = decode_image(image) if isinstance(image, (bytes, bytearray)) else image
        self._rect = QRectF(0.0, 0.0, width, height)
        self._levels: list[QImage] = [self._image]
        level = self._image
        while level.height() // 2 >= MIN_LEVEL_HEIGHT:
            level = level.scaled(level.width() // 2, level.height() // 2,
                                 Qt.AspectRatioMode.IgnoreAspectRatio,
                                 Qt.TransformationMode.SmoothTransformation)
            self._levels.append(level)
        self.setZValue(-10)

    @property
    def image(self) -> QImage:
        return self._image

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._rect

    def _level_for(self, painter: QPainter) -> QImage:
        t = painter.worldTransform()
        scale = max(abs(t.m22()), abs(t.m12()), 1e-6)
        needed = self._rect.height() * scale            # device pixels for the full height
        best = self._levels[0]
        for level in self._levels:
            if level.height() >= needed:
                best = level
        return best

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        painter.fillRect(self._rect, Qt.GlobalColor.white)
        level = self._level_for(painter)
        painter.drawImage(self._rect, level, QRectF(level.rect()))
        painter.restore()


def _mapped_path(calibration: Calibration, rings, scale: float, closed: bool = True) -> QPainterPath:
    path = QPainterPath()
    for ring in rings:
        pts = calibration.ring_to_image(ring) if closed else \
            [calibration.to_image(x, y) for x, y in ring]
        path.addPolygon(QPolygonF([QPointF(x * scale, y * scale) for x, y in pts]))
        if closed:
            path.closeSubpath()
    return path


class TemplateOverlayItem(QGraphicsItem):
    """The built-in view's layers mapped onto a template image.

    Layers, as on the line art: "regions" (region borders), "muscles", "deep", "landmarks"
    (every landmark of the view where the calibration puts it) and "labels" (R / L). The
    "outline" layer is the template image itself, so it is not drawn."""

    def __init__(self, calibration: Calibration, scale: float, layers=frozenset(), parent=None):
        super().__init__(parent)
        self._cal = calibration
        self._scale = scale
        self._rect = QRectF(0.0, 0.0, calibration.width * scale, calibration.height * scale)
        self._layers = frozenset(layers)
        self._paths: dict[str, object] = {}
        self.setZValue(-5)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def layers(self) -> frozenset[str]:
        return self._layers

    def set_layers(self, layers) -> None:
        layers = frozenset(layers)
        if layers != self._layers:
            self._layers = layers
            self.update()

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return self._rect

    def _path(self, key: str):
        """Mapped paths are built on first use (a few tens of ms for all regions)."""
        if key not in self._paths:
            view, cal, k = self._cal.view, self._cal, self._scale
            if key == "regions":
                self._paths[key] = [_mapped_path(cal, r.polygons, k) for r in view.regions]
            elif key in ("superficial", "deep"):
                self._paths[key] = [_mapped_path(cal, m.polygons, k) for m in view.muscles
                                    if m.layer == key]
        return self._paths[key]

    def paint(self, painter: QPainter, option, widget=None) -> None:
        layers = self._layers
        if not layers & {"regions", "muscles", "deep", "landmarks", "labels"}:
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        round_pen = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin

        def pen(color, style=Qt.PenStyle.SolidLine):
            p = QPen(color, 1.3, style, *round_pen)
            p.setCosmetic(True)        # a check on screen: same width at every zoom
            return p
        if "regions" in layers:
            painter.setPen(pen(OVERLAY_REGION_COLOR))
            for path in self._path("regions"):
                painter.drawPath(path)
        if "muscles" in layers:
            painter.setPen(pen(MUSCLE_COLOR))
            for path in self._path("superficial"):
                painter.drawPath(path)
        if "deep" in layers:
            dashed = pen(DEEP_COLOR, Qt.PenStyle.CustomDashLine)
            dashed.setDashPattern([4.0, 2.5])
            painter.setPen(dashed)
            for path in self._path("deep"):
                painter.drawPath(path)
        if "landmarks" in layers:
            self._paint_landmarks(painter)
        if "labels" in layers:
            self._paint_labels(painter)
        painter.restore()

    def _point(self, x: float, y: float) -> QPointF:
        ix, iy = self._cal.to_image(x, y)
        return QPointF(ix * self._scale, iy * self._scale)

    def _paint_landmarks(self, painter: QPainter) -> None:
        font = shipped_font()
        font.setPixelSize(8)
        painter.setFont(font)
        for lm in self._cal.view.landmarks:
            c = self._point(lm.x, lm.y)
            painter.setPen(QPen(QColor("white"), 1.0))
            painter.setBrush(LANDMARK_COLOR)
            painter.drawEllipse(c, 2.6, 2.6)
            painter.setPen(LANDMARK_COLOR)
            painter.drawText(QRectF(c.x() + 4, c.y() - 5, 110, 10),
                             Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                             lm.label.split(" (")[0])

    def _paint_labels(self, painter: QPainter) -> None:
        """R / L where the line art has them, on a white disc so they read on any image."""
        font = shipped_font()
        font.setBold(True)
        font.setPixelSize(30)
        painter.setFont(font)
        for side, (x, y) in sorted(self._cal.view.side_labels.items()):
            c = self._point(x, y)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(255, 255, 255, 215))
            painter.drawEllipse(c, 22, 22)
            painter.setPen(LABEL_COLOR)
            painter.drawText(QRectF(c.x() - 22, c.y() - 22, 44, 44), Qt.AlignmentFlag.AlignCenter,
                             describe_side(side)[0])
