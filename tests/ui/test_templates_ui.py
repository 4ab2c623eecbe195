"""Clinic diagrams through real widgets: import a synthetic template, calibrate it by clicking
its landmarks, chart on it, and refuse files that are not usable images."""
from __future__ import annotations

import math

import pytest
from PIL import Image, ImageDraw
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from bodymap.domain.calibration import densify
from bodymap.domain.diagrams import load_view
from bodymap.services.demo import region_point
from bodymap.services.templates import TemplateService
from bodymap.ui import templates as templates_ui
from bodymap.ui.templates.choose_dialog import ChooseTemplateDialog
from bodymap.ui.templates.import_dialog import CalibrationDialog, ImportDialog
from tests.ui.conftest import click_scene, drag_scene
from tests.ui.flows import charted_window

HEIGHT, SCALE, OFFSET = 800, 1.3, (60.0, 30.0)


def synthetic_template(path, view_id="anterior"):
    """The built-in line art redrawn with Pillow (paper tone, skin fill), scaled 1.3 and shifted:
    what a clinic's scanned chart could look like. Returns the canonical -> pixel map."""
    view = load_view(view_id)

    def to_px(x, y):
        return (OFFSET[0] + x * view.aspect * HEIGHT * SCALE, OFFSET[1] + y * HEIGHT * SCALE)
    size = (round(view.aspect * HEIGHT * SCALE + 2 * OFFSET[0]), round(HEIGHT * SCALE + 2 * OFFSET[1]))
    img = Image.new("RGB", size, (250, 247, 238))
    draw = ImageDraw.Draw(img)
    for ring in view.outline:
        draw.polygon([to_px(x, y) for x, y in densify(ring, 0.004, view.aspect)], fill=(244, 226, 208))
    for line in (*view.inner_lines, *view.contour_lines):
        draw.line([to_px(x, y) for x, y in line], fill=(150, 120, 100), width=2)
    for ring in view.outline:
        pts = [to_px(x, y) for x, y in ring]
        draw.line(pts + pts[:1], fill=(70, 45, 30), width=3)
    draw.text((12, 10), "CLINIC FRONT CHART", fill=(90, 60, 40))
    img.save(path)
    return to_px


def run_modal(handlers, trigger):
    """trigger() opens modal dialogs one after the other; handlers[i](dialog) handles the i-th."""
    seen, errors = [], []

    def handle():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog in seen:
            QTimer.singleShot(20, handle)
            return
        seen.append(dialog)
        try:
            handlers[len(seen) - 1](dialog)
        except BaseException as exc:            # never leave a modal dialog open on failure
            errors.append(exc)
            dialog.reject()
            return
        if len(seen) < len(handlers):
            QTimer.singleShot(20, handle)

    QTimer.singleShot(0, handle)
    result = trigger()
    if errors:
        raise errors[0]
    return result, seen


def click_landmarks(qtbot, dialog: CalibrationDialog, to_px, skip=()):
    """Click every landmark the dialog asks for at its true place on the synthetic image."""
    dialog.canvas.fit()
    for _ in range(3 * len(dialog.landmarks)):
        if dialog.current is None:
            break
        lm = dialog.landmarks[dialog.current]
        if (lm.id, lm.side) in skip:
            dialog.skip_button.click()
            continue
        pos = dialog.canvas.mapFromScene(QPointF(*to_px(lm.x, lm.y)))
        qtbot.mouseClick(dialog.canvas.viewport(), Qt.MouseButton.LeftButton, pos=pos)


@pytest.fixture
def template_png(tmp_path):
    path = tmp_path / "clinic_front.png"
    return path, synthetic_template(path)


def test_import_calibrate_and_chart_on_a_clinic_diagram(qtbot, open_window, template_png):
    png, to_px = template_png
    window = charted_window(qtbot, open_window)
    service = TemplateService.for_service(window.service)
    window.workspace.show_view("anterior")

    def fill_import(d: ImportDialog):
        d.path.setText(str(png))
        d.name.setText("Clinic front")
        d.view.setCurrentIndex(d.view.findData("anterior"))
        d.buttons.accepted.emit()

    def calibrate(d: CalibrationDialog):
        assert d.prompt.text().startswith("1 of ") and "vertex" in d.prompt.text()
        d.buttons.accepted.emit()                       # nothing placed: refused, stays open
        assert d.isVisible() and "at least 4" in d.error.text()
        click_landmarks(qtbot, d, to_px, skip={("wrist", "left")})
        # Backspace undoes the last click; clicking again puts it back
        last = d.history[-1]
        qtbot.keyClick(d, Qt.Key.Key_Backspace)
        assert last not in d.positions and d.current == last
        lm = d.landmarks[last]
        qtbot.mouseClick(d.canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=d.canvas.mapFromScene(QPointF(*to_px(lm.x, lm.y))))
        assert d.calibration is not None, d.error.text()
        assert d._overlay is not None                     # the regions drawn on the image
        d.buttons.accepted.emit()

    template, dialogs = run_modal([fill_import, calibrate],
                                  lambda: templates_ui.open_import(window, service, window.workspace, window.operations))
    assert template is not None and template.calibrated
    assert len(template.pairs) == len(dialogs[1].landmarks) - 1          # one skipped
    # the clicks are where the landmarks are on the image (view pixels -> a pixel or two)
    for pair in template.pairs:
        lm = load_view("anterior").landmark(pair.landmark_id, pair.side)
        assert math.dist((pair.image_x, pair.image_y), to_px(lm.x, lm.y)) < 2.5

    canvas = window.workspace.current_canvas()
    scene = canvas.chart_scene
    assert scene.view_id == "anterior" and scene.template.id == template.id
    assert not scene.diagram_item.isVisible() and scene.template_item is not None
    assert scene.sceneRect().height() == pytest.approx(1000.0)
    assert scene.sceneRect().width() == pytest.approx(1000.0 * template.width / template.height)

    # click on the image where the right pectoral is drawn (computed from the synthetic image,
    # not through the calibration)
    window.workspace.set_tool("trigger_point")
    px, py = region_point("anterior", "pectoral", "right")
    ix, iy = to_px(px, py)
    k = 1000.0 / template.height
    qtbot.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=canvas.mapFromScene(QPointF(ix * k, iy * k)))
    tps = window.service.get_chart(window.document.visit_id).trigger_points
    assert len(tps) == 1
    tp = tps[0]
    assert (tp.view, tp.region, tp.side) == ("anterior", "pectoral", "right")
    assert math.hypot((tp.x - px) * 0.5, tp.y - py) < 0.004           # canonical coordinates
    item = scene.item_for("tp", tp.id)
    assert math.dist((item.pos().x(), item.pos().y()), (ix * k, iy * k)) < 3.0

    # a brush zone painted on the template is stored on the view and drawn on the image
    window.workspace.set_tool("brush")
    bx, by = region_point("anterior", "anterior_thigh", "left")
    drag_scene(qtbot, canvas, [(bx, by - 0.02), (bx, by), (bx, by + 0.02)])
    zone = window.document.zones()[0]
    assert zone.view == "anterior" and "left" in zone.sides and "left:anterior_thigh" in zone.regions
    rect = scene.item_for("zone", zone.id).path().boundingRect()
    tx, ty = to_px(bx, by)
    assert rect.contains(QPointF(tx * k, ty * k))

    # layers drive the overlay of mapped regions
    window.workspace.set_layer("regions", True)
    assert "regions" in scene.overlay_item.layers()

    # back to the line art: marks go back to the built-in geometry
    def pick_builtin(d: ChooseTemplateDialog):
        assert d.list.count() == 2
        d.list.setCurrentRow(0)
        d.buttons.accepted.emit()
    chosen, _ = run_modal([pick_builtin], lambda: templates_ui.choose_template(
        window, service, window.workspace, window.operations, "anterior"))
    assert chosen is None and scene.template is None and scene.diagram_item.isVisible()
    assert scene.item_for("tp", tp.id).pos() == scene.to_scene(tp.x, tp.y)
    assert scene.sceneRect().width() == pytest.approx(500.0)

    # and on it again, through the chooser
    def pick_clinic(d: ChooseTemplateDialog):
        d.select(template.id)
        d.buttons.accepted.emit()
    chosen, _ = run_modal([pick_clinic], lambda: templates_ui.choose_template(
        window, service, window.workspace, window.operations, "anterior"))
    assert chosen.id == template.id and scene.template.id == template.id
    x, y = scene.to_normalised(scene.to_scene(tp.x, tp.y))
    assert (x, y) == pytest.approx((tp.x, tp.y), abs=1e-9)
    click_scene(qtbot, canvas, *region_point("anterior", "pectoral", "left"))   # tools still work


def _import_refused(qtbot, window, service, path) -> str:
    seen = {}

    def fill(d: ImportDialog):
        d.path.setText(str(path))
        d.name.setText("Bad")
        d.buttons.accepted.emit()
        seen["visible"] = d.isVisible()
        seen["error"] = d.error.text()
        d.reject()

    result, _ = run_modal([fill], lambda: templates_ui.open_import(window, service, window.workspace, window.operations))
    assert result is None and seen["visible"]
    return seen["error"]


def test_unusable_files_are_refused_with_a_message(qtbot, open_window, tmp_path):
    window = open_window()
    service = TemplateService.for_service(window.service)
    text = tmp_path / "chart.png"
    text.write_text("Not an image at all, just text with a .png name.\n")
    assert "not an image" in _import_refused(qtbot, window, service, text)

    huge = tmp_path / "huge.png"                          # 50 megapixels, a few kB on disk
    Image.new("1", (10_000, 5_000), 1).save(huge)
    assert "too many pixels" in _import_refused(qtbot, window, service, huge)

    tiny = tmp_path / "tiny.png"
    Image.new("RGB", (2, 1), "white").save(tiny)
    assert "too small" in _import_refused(qtbot, window, service, tiny)
    assert service.list_templates() == []                 # nothing was written


def test_a_fold_over_is_shown_and_save_is_refused(qtbot, open_window, template_png):
    png, to_px = template_png
    window = open_window()
    service = TemplateService.for_service(window.service)
    record = service.import_image(png, "Front", "anterior")
    dialog = CalibrationDialog(service.get(record.id), service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    # right and left acromion clicked the wrong way round
    order = {(lm.id, lm.side): lm for lm in dialog.landmarks}
    swap = {("acromion", "right"): order[("acromion", "left")], ("acromion", "left"): order[("acromion", "right")]}
    dialog.canvas.fit()
    for _ in range(3 * len(dialog.landmarks)):
        if dialog.current is None:
            break
        lm = dialog.landmarks[dialog.current]
        target = swap.get((lm.id, lm.side), lm)
        qtbot.mouseClick(dialog.canvas.viewport(), Qt.MouseButton.LeftButton,
                         pos=dialog.canvas.mapFromScene(QPointF(*to_px(target.x, target.y))))
    assert dialog.calibration is None
    assert "acromion" in dialog.error.text()
    dialog.buttons.accepted.emit()
    assert dialog.isVisible() and not service.get(record.id).calibrated
    # picking the landmark in the list and clicking again fixes it
    right = dialog.landmarks.index(order[("acromion", "right")])
    dialog.choose(right)
    lm = order[("acromion", "right")]
    qtbot.mouseClick(dialog.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.canvas.mapFromScene(QPointF(*to_px(lm.x, lm.y))))
    left = dialog.landmarks.index(order[("acromion", "left")])
    dialog.choose(left)
    lm = order[("acromion", "left")]
    qtbot.mouseClick(dialog.canvas.viewport(), Qt.MouseButton.LeftButton,
                     pos=dialog.canvas.mapFromScene(QPointF(*to_px(lm.x, lm.y))))
    assert dialog.calibration is not None, dialog.error.text()
    dialog.buttons.accepted.emit()
    assert service.get(record.id).calibrated
