"""QGraphicsItem that paints an anatomical body diagram (line art on white).

Layers (``set_layers``): "outline" (contour and light grey landmark lines), "regions"
(region borders, debug / teaching aid), "muscles" (superficial muscle outlines), "deep"
(deep muscles, dashed), "fibres" (each muscle of the top muscle layer shown carries a light
hatch of lines along its fibres, origin to insertion: domain/fibres.py; nothing without a muscle
layer), "landmarks" (small grey dots with tiny labels), "labels" (R / L side labels and the view
title) and "names" (the names of the muscles and regions the other layers show:
render/names.py).  Default: {"outline", "labels"}.
"""
from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from bodymap.domain.diagrams import SCENE_HEIGHT, DiagramView
from bodymap.domain.fibres import hatch_segments
from bodymap.render import i18n, landmark_labels, names
from bodymap.render.fonts import shipped_font

CONTOUR_COLOR = QColor("#222222")
CONTOUR_WIDTH = 2.2
INNER_CONTOUR_WIDTH = 1.6
INNER_COLOR = QColor("#a9a9a9")
INNER_WIDTH = 1.3
LABEL_COLOR = QColor("#555555")
REGION_COLOR = QColor(64, 120, 200, 150)
REGION_FILLS = (QColor(64, 120, 200, 18), QColor(200, 120, 64, 18), QColor(80, 170, 90, 18))
MUSCLE_COLOR = QColor(205, 70, 70, 190)
MUSCLE_FILL = QColor(220, 60, 60, 20)
DEEP_COLOR = QColor(125, 70, 180, 200)
DEEP_FILL = QColor(125, 70, 180, 12)
LANDMARK_COLOR = QColor("#8a8a8a")
FIBRE_WIDTH = 0.6       # scene units: a hairline on screen, thin in print
FIBRE_SHARE = 0.42      # the fibre hatch is its layer's colour at this share of its opacity


def fibre_color(base: QColor) -> QColor:
    """The hatch colour of a muscle layer: the layer's own colour, fainter."""
    color = QColor(base)
    color.setAlpha(round(base.alpha() * FIBRE_SHARE))
    return color

LAYERS = ("outline", "regions", "muscles", "deep", "fibres", "landmarks", "labels", "names")
DEFAULT_LAYERS = frozenset({"outline", "labels"})


_PATHS: dict[int, tuple[DiagramView, dict[str, object]]] = {}


def diagram_paths(view: DiagramView) -> dict[str, object]:
    """The painter paths of a view's outline, lines, regions and muscles, in its item's
    coordinates: built once per view and shared by its items (painting only reads them). The
    start window's loader thread builds those of the views the window opens with
    (startup.preload_window), so the first paint after sign-in does not; QPainterPath is
    reentrant and the loader has finished before any item paints them."""
    entry = _PATHS.get(id(view))
    if entry is None or entry[0] is not view:
        if len(_PATHS) >= 64:           # clinic diagrams imported and replaced: keep it bounded
            _PATHS.clear()
        entry = _PATHS[id(view)] = (view, _build_paths(view))
    return entry[1]


def _build_paths(view: DiagramView) -> dict[str, object]:
    # one QPolygonF per ring: a few Qt calls per path instead of thousands
    w, h = view.aspect * SCENE_HEIGHT, SCENE_HEIGHT

    def add(path: QPainterPath, points, closed: bool) -> None:
        path.addPolygon(QPolygonF([QPointF(x * w, y * h) for x, y in points]))
        if closed:
            path.closeSubpath()

    outline = QPainterPath()
    outline.setFillRule(Qt.FillRule.WindingFill)
    for ring in view.outline:
        add(outline, ring, True)
    inner = QPainterPath()
    for line in view.inner_lines:
        add(inner, line, False)
    contours = QPainterPath()
    for line in view.contour_lines:
        add(contours, line, False)
    regions = [QPainterPath() for _ in REGION_FILLS]
    for i, region in enumerate(view.regions):
        for ring in region.polygons:
            add(regions[i % len(REGION_FILLS)], ring, True)
    muscles = {"superficial": [], "deep": []}
    for m in view.muscles:
        path = QPainterPath()
        for ring in m.polygons:
            add(path, ring, True)
        muscles.setdefault(m.layer, []).append(path)
    return {"outline": outline, "inner": inner, "contours": contours,
            "regions": list(zip(regions, REGION_FILLS)), "muscles": muscles}


class DiagramItem(QGraphicsItem):
    """Paints ``view`` inside QRectF(0, 0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)."""

    def __init__(self, view: DiagramView, parent: QGraphicsItem | None = None) -> None:
        super().__init__(parent)
        self._view = view
        self.lang: i18n.Language | None = None     # its words' language (a handout's); None: the interface's
        self._layers = DEFAULT_LAYERS
        self._paths: dict[str, object] | None = None
        self._hatches: dict[str, QPainterPath] | None = None
        self._labels: list[landmark_labels.PlacedLabel] | None = None
        self._names: dict[frozenset[str], list[names.PlacedName]] = {}
        self._rect = QRectF(0.0, 0.0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption, False)
        self.setCacheMode(QGraphicsItem.CacheMode.NoCache)

    # -- properties --------------------------------------------------------
    @property
    def view(self) -> DiagramView:
        return self._view

    def layers(self) -> frozenset[str]:
        return self._layers

    def set_layers(self, layers: Iterable[str]) -> None:
        layers = frozenset(layers)
        unknown = layers - set(LAYERS)
        if unknown:
            raise ValueError(f"unknown layers: {', '.join(sorted(unknown))}")
        if layers != self._layers:
            self._layers = layers
            self.update()

    def show_regions(self) -> bool:
        return "regions" in self._layers

    def set_show_regions(self, show: bool) -> None:
        """Alias for toggling the "regions" layer."""
        self.set_layers(self._layers | {"regions"} if show else self._layers - {"regions"})

    def scene_point(self, x: float, y: float) -> QPointF:
        """Normalised diagram coordinates -> item coordinates."""
        return QPointF(x * self._rect.width(), y * self._rect.height())

    def normalised_point(self, p: QPointF) -> tuple[float, float]:
        """Item coordinates -> normalised diagram coordinates."""
        return (p.x() / self._rect.width(), p.y() / self._rect.height())

    # -- geometry cache ------------------------------------------------------
    def _build_paths(self) -> dict[str, object]:
        return diagram_paths(self._view)

    def hatches(self) -> dict[str, QPainterPath]:
        """Per muscle layer, one path of every outline's fibre lines (made on first use)."""
        if self._hatches is None:
            self._hatches = {}
            for m in self._view.muscles:
                path = self._hatches.setdefault(m.layer, QPainterPath())
                if m.fibres is None:
                    continue
                for (x0, y0), (x1, y1) in hatch_segments(m.polygons, m.fibres, self._view.aspect):
                    path.moveTo(x0, y0)
                    path.lineTo(x1, y1)
        return self._hatches

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
        layers = self._layers
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        round_pen = Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin

        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(Qt.GlobalColor.white))
        painter.drawPath(paths["outline"])

        if "regions" in layers:
            painter.setPen(QPen(REGION_COLOR, 0.8, Qt.PenStyle.SolidLine, *round_pen))
            for rp, fill in paths["regions"]:
                painter.setBrush(fill)
                painter.drawPath(rp)
        if "muscles" in layers:
            painter.setPen(QPen(MUSCLE_COLOR, 1.0, Qt.PenStyle.SolidLine, *round_pen))
            painter.setBrush(MUSCLE_FILL)
            for mp in paths["muscles"]["superficial"]:
                painter.drawPath(mp)
        if "deep" in layers:
            pen = QPen(DEEP_COLOR, 1.0, Qt.PenStyle.CustomDashLine, *round_pen)
            pen.setDashPattern([4.0, 2.5])
            painter.setPen(pen)
            painter.setBrush(DEEP_FILL)
            for mp in paths["muscles"]["deep"]:
                painter.drawPath(mp)
        top = "superficial" if "muscles" in layers else "deep" if "deep" in layers else None
        if top is not None and "fibres" in layers:
            base = MUSCLE_COLOR if top == "superficial" else DEEP_COLOR
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(fibre_color(base), FIBRE_WIDTH, Qt.PenStyle.SolidLine,
                                Qt.PenCapStyle.FlatCap))
            painter.save()
            texts = [p.rect for p in self.placed_names()] if "names" in layers else []
            if "landmarks" in layers:
                texts += [p.rect for p in self._landmark_layout()]
            if texts:               # no fibre line runs under a name or a landmark label
                clear = QPainterPath()
                clear.addRect(self._rect)
                for rect in texts:
                    clear.addRect(rect.adjusted(-1.5, -1.0, 1.5, 1.0))
                clear.setFillRule(Qt.FillRule.OddEvenFill)
                painter.setClipPath(clear, Qt.ClipOperation.IntersectClip)
            painter.drawPath(self.hatches().get(top, QPainterPath()))
            painter.restore()

        if "outline" in layers:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(INNER_COLOR, INNER_WIDTH, Qt.PenStyle.SolidLine, *round_pen))
            painter.drawPath(paths["inner"])
            painter.setPen(QPen(CONTOUR_COLOR, INNER_CONTOUR_WIDTH, Qt.PenStyle.SolidLine,
                                *round_pen))
            painter.drawPath(paths["contours"])
            painter.setPen(QPen(CONTOUR_COLOR, CONTOUR_WIDTH, Qt.PenStyle.SolidLine, *round_pen))
            painter.drawPath(paths["outline"])
        if "landmarks" in layers:
            self._paint_landmarks(painter)
        if "names" in layers:
            self._paint_names(painter)
        if "labels" in layers:
            self._paint_labels(painter)
        painter.restore()

    def placed_names(self) -> list[names.PlacedName]:
        """The names layer's layout for the layers now shown (made once per set of layers)."""
        key = self._layers & {"muscles", "deep", "regions", "landmarks"}
        if key not in self._names:
            self._names[key] = names.layout(self._view, key)
        return self._names[key]

    def _paint_names(self, painter: QPainter) -> None:
        painter.setFont(names.name_font())
        colors = {"muscle": MUSCLE_COLOR.darker(150), "deep": DEEP_COLOR.darker(130),
                  "region": REGION_COLOR.darker(150)}
        for placed in self.placed_names():
            painter.setPen(colors[placed.kind])
            painter.drawText(placed.rect, Qt.AlignmentFlag.AlignCenter, placed.text)

    def _landmark_layout(self) -> list[landmark_labels.PlacedLabel]:
        if self._labels is None:
            self._labels = landmark_labels.layout(self._view)
        return self._labels

    def _paint_landmarks(self, painter: QPainter) -> None:
        labels = self._landmark_layout()
        painter.setFont(landmark_labels.label_font())
        painter.setBrush(LANDMARK_COLOR)
        painter.setPen(Qt.PenStyle.NoPen)
        for lm in self._view.landmarks:
            painter.drawEllipse(self.scene_point(lm.x, lm.y), landmark_labels.DOT_RADIUS,
                                landmark_labels.DOT_RADIUS)
        painter.setPen(QPen(LANDMARK_COLOR, 0.5))
        for placed in labels:
            if placed.leader is not None:
                painter.drawLine(placed.leader)
        painter.setPen(LANDMARK_COLOR)
        for placed in labels:
            painter.drawText(placed.rect, Qt.AlignmentFlag.AlignCenter, placed.text)

    def _paint_labels(self, painter: QPainter) -> None:
        painter.setPen(LABEL_COLOR)
        for side, (x, y) in sorted(self._view.side_labels.items()):
            text, font = landmark_labels.side_label(self._view, side, self.lang)
            painter.setFont(font)
            c = self.scene_point(x, y)
            box_w, box_h = 200.0, 50.0
            rect = QRectF(c.x() - box_w / 2, c.y() - box_h / 2, box_w, box_h)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
        font = shipped_font()
        font.setPixelSize(landmark_labels.TITLE_PX)
        painter.setFont(font)
        w, h = self._rect.width(), self._rect.height()
        strip = landmark_labels.TITLE_SHARE * h
        painter.drawText(QRectF(0.0, h - strip, w, strip),
                         Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                         (self.lang or i18n.current()).name("views", self._view.id, self._view.label))
