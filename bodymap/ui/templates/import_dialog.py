"""Importing a clinic diagram: choose the image and the view, then click the view's landmarks
on the image (the calibration).

CalibrationDialog shows the image large; the landmarks are asked for one at a time ("Click the
patient's right acromion"), each click leaves a numbered marker, Backspace undoes the last,
Skip passes over a landmark the image does not show, and a thumbnail of the built-in diagram
shows which landmark is meant. As soon as four or more are placed and they validate, the
view's regions are drawn onto the image through the calibration so the clinician sees whether
it fits. Save is refused with the calibration's own message otherwise.
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QImage, QKeySequence, QPainter, QPen, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGraphicsItem,
    QGraphicsScene,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.calibration import Calibration, LandmarkPair, calibration_landmarks, landmark_phrase
from bodymap.domain.diagrams import available_views, load_view
from bodymap.errors import BodymapError, ConflictError, ValidationError
from bodymap.render import i18n
from bodymap.render.diagram_item import DiagramItem
from bodymap.render.template_items import TemplateBackgroundItem, TemplateOverlayItem
from bodymap.ui.canvas.view import FitZoomView
from bodymap.ui.widgets import folders, theme

PLACED = QColor("#1b7f3a")
CURRENT = QColor("#d62828")
SKIPPED = QColor("#9a9a9a")
ERROR_STYLE = "color: @danger;"
OK_STYLE = "color: @ok;"
THUMB_HEIGHT = 330
PANEL_WIDTH = 330         # the calibration dialog's side panel


class ImportDialog(QDialog):
    """Image file, name and view of a new clinic diagram; Import stores it (not yet calibrated)."""

    def __init__(self, service, default_view: str = "anterior", parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import clinic diagram"))
        self.service = service
        self.record = None
        self.path = QLineEdit()
        self.path.setPlaceholderText(self.tr("A PNG or JPEG image of the diagram"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.name = QLineEdit()
        self.name.setMaxLength(200)
        self.view = QComboBox()
        for view_id in available_views():
            self.view.addItem(i18n.current().name("views", view_id, load_view(view_id).label), view_id)
        self.view.setCurrentIndex(max(0, self.view.findData(default_view)))
        form = QFormLayout()
        form.addRow(self.tr("Image file"), row)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Diagram view"), self.view)
        hint = QLabel(self.tr("The image must show the same view as the built-in diagram (same side facing "
                              "the viewer). Next you click its landmarks so charting on it lands on the "
                              "right regions."))
        hint.setWordWrap(True)
        theme.style(hint, "color: @muted;")
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.style(self.error, ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Import and calibrate…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(560, 0)

    def browse(self) -> None:
        start = self.path.text() or folders.start_folder(folders.IMAGES)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the diagram image"), start,
                                              self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"))
        if path:
            folders.remember(folders.IMAGES, path)
            self.path.setText(path)
            if not self.name.text().strip():
                self.name.setText(Path(path).stem.replace("_", " "))

    def accept(self) -> None:
        path = self.path.text().strip()
        if not path:
            self.error.setText(self.tr("Choose an image file."))
            return
        name = self.name.text().strip() or Path(path).stem
        try:
            self.record = self.service.import_image(path, name, self.view.currentData())
        except BodymapError as exc:
            self.error.setText(i18n.message(exc))
            return
        super().accept()


class _Marker(QGraphicsItem):
    """A placed landmark: a ring around the exact spot and a numbered badge (screen-sized)."""

    def __init__(self, number: int, pos: QPointF):
        super().__init__()
        self.number = number
        self.setPos(pos)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, True)
        self.setZValue(30)

    def boundingRect(self) -> QRectF:  # noqa: N802 (Qt API)
        return QRectF(-9, -30, 44, 40)

    def paint(self, painter: QPainter, option, widget=None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(QColor("white"), 4))
        painter.drawEllipse(QPointF(0, 0), 6, 6)
        painter.setPen(QPen(PLACED, 2))
        painter.drawEllipse(QPointF(0, 0), 6, 6)
        painter.setBrush(PLACED)
        painter.drawEllipse(QPointF(0, 0), 1.5, 1.5)
        badge = QRectF(7, -26, 24 if self.number > 9 else 18, 18)
        painter.setPen(QPen(QColor("white"), 1.5))
        painter.drawRoundedRect(badge, 9, 9)
        font = QFont(painter.font())
        font.setPixelSize(11)
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.number))


class CalibrationCanvas(FitZoomView):
    """The template image; a left click reports the image position (pixels)."""

    clicked = Signal(QPointF)

    def __init__(self, scene: QGraphicsScene, parent=None):
        super().__init__(scene, parent)
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform)
        self.setBackgroundBrush(QColor("#e9e9e9"))
        self.viewport().setCursor(Qt.CursorShape.CrossCursor)
        self._pan: QPointF | None = None

    fit_margin = 0.0
    min_scale, max_scale = 0.02, 20.0        # a clinic's scan may be thousands of pixels tall

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.MiddleButton:
            self._pan = event.position()
            return
        if event.button() == Qt.MouseButton.LeftButton:
            p = self.mapToScene(event.position().toPoint())
            if self.sceneRect().contains(p):
                self.clicked.emit(p)
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._pan is not None:
            d = event.position() - self._pan
            self._pan = event.position()
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - int(d.x()))
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - int(d.y()))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        self._pan = None
        super().mouseReleaseEvent(event)


def _list_text(lm) -> str:
    """"Patient's right acromion", "Sternal notch" (in another language: the landmark's name from the
    name tables, with the patient's side in that language)."""
    if i18n.current().code != "en":
        return _landmark(lm)
    text = landmark_phrase(lm)[4:]
    return text[:1].upper() + text[1:]


def _landmark(lm) -> str:
    """The landmark to click: 'the patient's right acromion' (English), else 'Acromion (rechte Seite des Patienten)'."""
    if i18n.current().code == "en":
        return landmark_phrase(lm)
    sides = {"right": QCoreApplication.translate("CalibrationDialog", "patient's right"),
             "left": QCoreApplication.translate("CalibrationDialog", "patient's left")}
    name = i18n.current().name("landmarks", lm.id, lm.label)        # names_<code>.json, by the landmark's id
    return QCoreApplication.translate("CalibrationDialog", "{landmark} ({side})").format(
        landmark=name, side=sides[lm.side]) if lm.side in sides else name


def diagram_thumbnail(view, height: int = THUMB_HEIGHT) -> QImage:
    """The built-in line art, height pixels tall."""
    item = DiagramItem(view)
    item.set_layers({"outline", "labels"})
    scene = QGraphicsScene()
    scene.addItem(item)
    rect = item.boundingRect()
    image = QImage(round(height * rect.width() / rect.height()), height, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    scene.removeItem(item)
    return image


class CalibrationDialog(QDialog):
    """Click the view's landmarks on the template image; Save stores the calibration."""

    def __init__(self, template, service=None, parent=None):
        super().__init__(parent)
        self.template = template
        self.service = service
        self.view = load_view(template.view_id)
        self.setWindowTitle(self.tr("Calibrate “{name}” — {view}").format(
            name=template.name, view=i18n.current().name("views", self.view.id, self.view.label)))
        self.landmarks = calibration_landmarks(self.view)
        self.positions: dict[int, QPointF | None] = {}      # None: skipped
        self.history: list[int] = []
        self.current: int | None = 0
        self.calibration: Calibration | None = None
        self.saved = None
        index = {(lm.id, lm.side): i for i, lm in enumerate(self.landmarks)}
        for pair in template.pairs:                          # re-calibrating: start from the saved clicks
            i = index.get((pair.landmark_id, pair.side))
            if i is not None:
                self.positions[i] = QPointF(pair.image_x, pair.image_y)
                self.history.append(i)

        self.scene = QGraphicsScene(self)
        self.background = TemplateBackgroundItem(template.image, template.width, template.height)
        self.scene.addItem(self.background)
        self.scene.setSceneRect(QRectF(0, 0, template.width, template.height))
        self.canvas = CalibrationCanvas(self.scene)
        self.canvas.clicked.connect(self.place)
        self.canvas.setMinimumSize(520, 560)
        self._markers: dict[int, _Marker] = {}
        self._overlay: TemplateOverlayItem | None = None

        self.prompt = QLabel()
        self.prompt.setWordWrap(True)
        font = self.prompt.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.prompt.setFont(font)
        self.thumb_base = diagram_thumbnail(self.view)
        self.thumb = QLabel()
        self.thumb.setAlignment(Qt.AlignmentFlag.AlignCenter)
        theme.style(self.thumb, "background: @paper; border: 1px solid @paper_border;")
        self.list = QListWidget()
        for i, lm in enumerate(self.landmarks):
            self.list.addItem(QListWidgetItem(f"{i + 1}. {_list_text(lm)}"))
        self.list.itemClicked.connect(lambda item: self.choose(self.list.row(item)))
        self.undo_button = QPushButton(self.tr("Undo last (Backspace)"))
        self.undo_button.clicked.connect(self.undo)
        self.skip_button = QPushButton(self.tr("Skip — not on the image"))
        self.skip_button.clicked.connect(self.skip)
        self.show_regions = QCheckBox(self.tr("Show the regions as calibrated"))
        self.show_regions.setChecked(True)
        self.show_regions.toggled.connect(lambda _on: self._update_overlay())
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.style(self.error, ERROR_STYLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence(Qt.Key.Key_Backspace), self, self.undo)

        side = QVBoxLayout()
        side.addWidget(self.prompt)
        side.addWidget(self.thumb)
        # side by side when both fit the panel (English), else one under the other (German)
        wide = self.undo_button.sizeHint().width() + self.skip_button.sizeHint().width() + 8 > PANEL_WIDTH - 20
        buttons_row = QVBoxLayout() if wide else QHBoxLayout()
        buttons_row.addWidget(self.undo_button)
        buttons_row.addWidget(self.skip_button)
        side.addLayout(buttons_row)
        side.addWidget(self.list, 1)
        side.addWidget(self.show_regions)
        side.addWidget(self.status)
        side.addWidget(self.error)
        panel = QWidget()
        panel.setLayout(side)
        panel.setFixedWidth(PANEL_WIDTH)
        main = QHBoxLayout()
        main.addWidget(self.canvas, 1)
        main.addWidget(panel)
        layout = QVBoxLayout(self)
        layout.addLayout(main, 1)
        layout.addWidget(self.buttons)
        self.resize(1100, 820)
        self.current = self._next_pending(-1)
        self._refresh()

    # state -----------------------------------------------------------------------
    def _next_pending(self, after: int) -> int | None:
        n = len(self.landmarks)
        for k in range(1, n + 1):
            i = (after + k) % n
            if i not in self.positions:
                return i
        return None

    def pairs(self) -> list[LandmarkPair]:
        return [LandmarkPair(self.landmarks[i].id, self.landmarks[i].side, p.x(), p.y())
                for i, p in sorted(self.positions.items()) if p is not None]

    def placed_count(self) -> int:
        return sum(p is not None for p in self.positions.values())

    def place(self, pos: QPointF) -> None:
        if self.current is None:
            self.error.setText(self.tr("Every landmark is placed or skipped. Press Backspace to redo the last "
                                       "one, or pick one in the list to move it."))
            return
        i = self.current
        self.positions[i] = QPointF(pos)
        if i in self.history:
            self.history.remove(i)
        self.history.append(i)
        self.current = self._next_pending(i)
        self._refresh()

    def skip(self) -> None:
        if self.current is None:
            return
        i = self.current
        self.positions[i] = None
        self.history.append(i)
        self.current = self._next_pending(i)
        self._refresh()

    def undo(self) -> None:
        if not self.history:
            return
        i = self.history.pop()
        self.positions.pop(i, None)
        self.current = i
        self._refresh()

    def choose(self, i: int) -> None:
        """Pick a landmark in the list: the next click places (or moves) it."""
        if 0 <= i < len(self.landmarks):
            self.current = i
            self._refresh()

    # display -----------------------------------------------------------------------
    def _refresh(self) -> None:
        for i in list(self._markers):
            if self.positions.get(i) is None or self._markers[i].pos() != self.positions[i]:
                self.scene.removeItem(self._markers.pop(i))
        for i, p in self.positions.items():
            if p is not None and i not in self._markers:
                self._markers[i] = _Marker(i + 1, p)
                self.scene.addItem(self._markers[i])
        n = len(self.landmarks)
        if self.current is not None:
            lm = self.landmarks[self.current]
            self.prompt.setText(self.tr("{number} of {total} · Click {landmark}").format(
                number=self.current + 1, total=n, landmark=_landmark(lm)))
        else:
            self.prompt.setText(self.tr("All landmarks done: check the regions on the image, then Save."))
        self.skip_button.setEnabled(self.current is not None)
        self.undo_button.setEnabled(bool(self.history))
        for i in range(n):
            item = self.list.item(i)
            p = self.positions.get(i, False)
            mark = "✓ " if p else "– " if p is None else "   "
            item.setText(f"{mark}{i + 1}. {_list_text(self.landmarks[i])}"
                         + ("  " + self.tr("(skipped)") if p is None else ""))
            item.setForeground(PLACED if p else SKIPPED if p is None else
                               CURRENT if i == self.current else QColor("#222"))
            font = item.font()
            font.setBold(i == self.current)
            item.setFont(font)
        if self.current is not None:
            self.list.scrollToItem(self.list.item(self.current))
        self._paint_thumb()
        self._validate()
        self._update_overlay()

    def _paint_thumb(self) -> None:
        image = self.thumb_base.copy()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, h = image.width(), image.height()
        for i, lm in enumerate(self.landmarks):
            c = QPointF(lm.x * w, lm.y * h)
            p = self.positions.get(i, False)
            if i == self.current:
                continue
            if p is False:                       # still to do: a hollow ring
                painter.setPen(QPen(SKIPPED, 1.2))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(c, 2.8, 2.8)
            else:                                # placed (green) or skipped (pale grey)
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(PLACED if p else QColor("#d0d0d0"))
                painter.drawEllipse(c, 2.8, 2.8)
        if self.current is not None:
            lm = self.landmarks[self.current]
            c = QPointF(lm.x * w, lm.y * h)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(QColor(255, 255, 255, 230), 5))
            painter.drawEllipse(c, 8, 8)
            painter.setPen(QPen(CURRENT, 2.5))
            painter.drawEllipse(c, 8, 8)
            painter.setBrush(CURRENT)
            painter.drawEllipse(c, 2.5, 2.5)
        painter.end()
        self.thumb.setPixmap(QPixmap.fromImage(image))

    def _validate(self) -> None:
        self.calibration = None
        placed = self.placed_count()
        if placed < 4:
            theme.style(self.status, "")
            self.status.setText(self.tr("{placed} placed — place at least 4, spread over the body "
                                        "(all of them gives the best fit).").format(placed=placed))
            self.error.setText("")
            self._set_save(False)
            return
        try:
            self.calibration = Calibration(self.view.id, self.pairs(),
                                           (self.template.width, self.template.height))
        except ValidationError as exc:
            self.status.setText("")
            self.error.setText(i18n.message(exc))
            self._set_save(False)
            return
        self.error.setText("")
        theme.style(self.status, OK_STYLE)
        self.status.setText(self.tr("Calibrated on {placed} landmarks. Check that the blue region borders "
                                    "follow the body on the image.").format(placed=placed))
        self._set_save(True)

    def _set_save(self, ok: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)

    def _update_overlay(self) -> None:
        if self._overlay is not None:
            self.scene.removeItem(self._overlay)
            self._overlay = None
        if self.calibration is not None and self.show_regions.isChecked():
            self._overlay = TemplateOverlayItem(self.calibration, 1.0, {"regions", "labels"})
            self.scene.addItem(self._overlay)

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return                   # Save only with the button: Enter must not end a calibration
        if event.key() == Qt.Key.Key_Backspace:
            self.undo()
            return
        super().keyPressEvent(event)

    def accept(self) -> None:
        self._validate()
        if self.calibration is None:
            if not self.error.text():
                self.error.setText(self.tr("Place at least 4 landmarks first ({placed} placed).").format(
                    placed=self.placed_count()))
            return
        if self.service is not None:
            try:
                self.saved = self.service.save_calibration(self.template.id, self.pairs(),
                                                           expected_version=self.template.version)
            except ConflictError as exc:
                # changed on another workstation: the landmarks placed here stay on screen, the
                # next Save carries the version stored now (the message asks to check them)
                message = i18n.message(exc)
                try:
                    self.template = self.service.get(self.template.id)
                except BodymapError as gone:        # removed meanwhile
                    message = str(gone)
                self.error.setText(message)
                return
            except BodymapError as exc:
                self.error.setText(i18n.message(exc))
                return
        super().accept()
