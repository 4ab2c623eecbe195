"""Light and dark themes (issue 19): every visible text, measured on the RENDERED widgets, is at
least 4.5:1 (WCAG 2) against the background actually painted behind it, in both themes.

For each visible QLabel / QAbstractButton / QLineEdit with text, the grab of its top-level window
is cut to the widget's text area (a label's contents, a check box's text beside its box, the text
of a push or tool button without its frame or icon); there the background is the most common colour
and the text is the colour (seen at least twice, so not one stray antialiasing pixel) with the
highest contrast against it. Rich text with several colours is measured at its strongest colour.
"""
from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QAbstractListModel, QPoint, QRect
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionButton,
    QToolButton,
    QWidget,
)

from bodymap.render.colour_vision import contrast_ratio, relative_luminance
from bodymap.services.demo import region_point
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.theme_menu import choose
from tests.ui.conftest import click_scene
from tests.ui.flows import charted_window

WCAG_AA = 4.5


@pytest.fixture(autouse=True)
def back_to_system():
    yield
    theme.apply_theme("system")


def _text(widget: QWidget) -> str:
    if isinstance(widget, QLabel):
        return "" if widget.pixmap() is not None and not widget.pixmap().isNull() else widget.text()
    if isinstance(widget, QAbstractButton | QLineEdit):
        return widget.text()
    return ""


def _text_rect(widget: QWidget) -> QRect | None:
    """The part of widget where its text is painted, in widget coordinates."""
    inner = widget.rect().adjusted(3, 3, -3, -3)
    if isinstance(widget, QLabel):
        return widget.contentsRect()
    if isinstance(widget, QCheckBox | QRadioButton):
        opt = QStyleOptionButton()
        opt.initFrom(widget)
        element = (QStyle.SubElement.SE_CheckBoxContents if isinstance(widget, QCheckBox)
                   else QStyle.SubElement.SE_RadioButtonContents)
        return widget.style().subElementRect(element, opt, widget)
    if isinstance(widget, QPushButton):
        fm = widget.fontMetrics()
        w = min(fm.horizontalAdvance(widget.text().replace("&", "")) + 2, inner.width())
        h = min(fm.height(), inner.height())
        return QRect(widget.rect().center().x() - w // 2, widget.rect().center().y() - h // 2, w, h)
    if isinstance(widget, QToolButton):
        from PySide6.QtCore import Qt
        if widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            return None
        h = min(widget.fontMetrics().height(), inner.height())
        text_row = QRect(inner.x(), widget.rect().center().y() - h // 2, inner.width(), h)
        if widget.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonTextBesideIcon and not widget.icon().isNull():
            return text_row.adjusted(widget.iconSize().width() + 4, 0, 0, 0)
        return text_row
    if isinstance(widget, QLineEdit):
        return inner
    return None


def _luminance(rgb: np.ndarray) -> np.ndarray:
    c = rgb / 255.0
    lin = np.where(c <= 0.04045, c / 12.92, ((c + 0.055) / 1.055) ** 2.4)
    return lin @ np.array([0.2126, 0.7152, 0.0722])


def _measure(image: QImage, rect: QRect) -> tuple[float, tuple, tuple] | None:
    """(contrast, text colour, background colour) of the pixels of image inside rect: the
    background is the most common colour; each line of text (a band of rows with a colour more than 12 RGB levels from it, at least
    3 rows tall) is measured at its strongest colour seen twice, and the weakest line counts, so
    a grey line under a black one is not hidden by it. Where nothing stands out from the
    background the whole area is one line (a text drawn in the background's colour is 1:1)."""
    rect = rect.intersected(image.rect())
    if rect.width() < 2 or rect.height() < 2:
        return None
    part = image.copy(rect).convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(part.constBits(), dtype=np.uint8, count=part.sizeInBytes())
    pixels = raw.reshape(part.height(), part.bytesPerLine() // 4, 4)[:, :part.width(), :3][..., ::-1]
    colours, counts = np.unique(pixels.reshape(-1, 3), axis=0, return_counts=True)
    background = tuple(int(v) for v in colours[counts.argmax()])
    lum_bg = relative_luminance(background)
    distance = np.linalg.norm(pixels.astype(float) - np.array(background, dtype=float), axis=2)
    inked = (distance > 12).any(axis=1)                     # not a gradient's step of a few levels
    bands, start = [], None
    for y, on in enumerate([*inked.tolist(), False]):
        if on and start is None:
            start = y
        elif not on and start is not None:
            bands.append((start, y))
            start = None
    worst = None
    bands = [(top, bottom) for top, bottom in bands if bottom - top >= 3]
    if not bands:                        # text is there but nothing stands out: all of it, one line
        bands = [(0, pixels.shape[0])]
    for top, bottom in bands:
        band = pixels[top:bottom].reshape(-1, 3)
        seen, n = np.unique(band, axis=0, return_counts=True)
        seen = seen[n >= 2]
        r = (np.maximum(_luminance(seen.astype(float)), lum_bg) + 0.05) / (
            np.minimum(_luminance(seen.astype(float)), lum_bg) + 0.05)
        best = int(r.argmax())
        line = (float(r[best]), tuple(int(v) for v in seen[best]), background)
        if worst is None or line[0] < worst[0]:
            worst = line
    return worst


def low_contrast_texts(top: QWidget, minimum: float = WCAG_AA) -> list[str]:
    """Every visible, enabled text in top (a window or dialog) below minimum, described: labels,
    buttons, line edits, and the items of lists and tables (their first 60 rows)."""
    QApplication.processEvents()
    image = top.grab().toImage()
    ratio = image.width() / max(1, top.width())
    failures, measured = [], 0
    for widget in top.findChildren(QWidget):
        text = _text(widget).strip()
        if not text or not widget.isVisible() or not widget.isEnabled() or widget.visibleRegion().isEmpty():
            continue
        rect = _text_rect(widget)
        if rect is None:
            continue
        rect = rect.intersected(widget.visibleRegion().boundingRect())
        origin = widget.mapTo(top, QPoint(0, 0))
        rect = QRect(round((rect.x() + origin.x()) * ratio), round((rect.y() + origin.y()) * ratio),
                     round(rect.width() * ratio), round(rect.height() * ratio))
        result = _measure(image, rect)
        if result is None:
            continue
        measured += 1
        contrast, fg, bg = result
        if contrast < minimum:
            failures.append(f"{type(widget).__name__} {widget.objectName() or ''} {text[:40]!r}: "
                            f"{contrast:.2f}:1 (text {fg} on {bg})")
    for view in top.findChildren(QAbstractItemView):
        if not view.isVisible() or view.visibleRegion().isEmpty():
            continue
        port = view.viewport()
        model = view.model()
        root = view.rootIndex()
        for row in range(min(model.rowCount(root), 60)):
            columns = model.columnCount(root) if not isinstance(model, QAbstractListModel) else 1
            for col in range(columns):
                index = model.index(row, col, root)
                text = str(index.data() or "").strip()
                rect = view.visualRect(index).adjusted(2, 1, -2, -1).intersected(port.rect())
                if not text or rect.isEmpty() or view.indexWidget(index) is not None:
                    continue
                origin = port.mapTo(top, QPoint(0, 0))
                result = _measure(image, QRect(round((rect.x() + origin.x()) * ratio),
                                               round((rect.y() + origin.y()) * ratio),
                                               round(rect.width() * ratio), round(rect.height() * ratio)))
                if result is None:
                    continue
                measured += 1
                if result[0] < minimum:
                    failures.append(f"{type(view).__name__} {view.objectName() or ''} item {text[:40]!r}: "
                                    f"{result[0]:.2f}:1 (text {result[1]} on {result[2]})")
    assert measured >= 3, f"only {measured} texts measured in {top!r}"
    return failures


def _grey_on_grey(parent: QWidget) -> QLabel:
    label = QLabel("Grey on grey", parent)
    label.setStyleSheet("color: #777777; background: #888888; padding: 4px;")
    label.setObjectName("greyOnGrey")
    label.adjustSize()
    label.move(40, 40)
    label.show()
    return label


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_main_window_with_a_visit_open_is_readable(qtbot, open_window, mode):
    """Charted in the other theme, then switched: the style sheets and the Inspector's rich text
    are redone; each dock tab is brought forward and measured."""
    window = charted_window(qtbot, open_window)
    choose("dark" if mode == "light" else "light")
    window.workspace.show_view("anterior")
    window.workspace.set_tool("trigger_point")
    click_scene(qtbot, window.workspace.current_canvas(), *region_point("anterior", "pectoral", "left"))
    window.workspace.set_tool("select")
    choose(mode)
    qtbot.wait(50)
    assert theme.current().name == mode
    assert window.banner.name.text() == "Jamie Rivera"
    for dock in ("inspectorDock", "safetyDock", "suggestionsDock", "referenceDock"):
        window.docks[dock].raise_()
        qtbot.wait(20)
        failures = low_contrast_texts(window)
        assert failures == [], f"{dock}:\n" + "\n".join(failures)


def test_the_check_catches_grey_on_grey(qtbot, open_window):
    """The measurement can fail: a label with a fixed grey-on-grey style sheet (about 1.3:1), and
    a list item in a fixed near-black on the dark theme's base."""
    window = charted_window(qtbot, open_window)
    choose("light")
    _grey_on_grey(window.banner)
    failures = low_contrast_texts(window)
    assert len(failures) == 1 and "Grey on grey" in failures[0]
    choose("dark")
    items = QListWidget(window.banner)
    item = QListWidgetItem("Fixed near-black item")
    item.setForeground(QColor("#1B1B1B"))
    items.addItem(item)
    items.setGeometry(300, 4, 220, 40)
    items.show()
    failures = low_contrast_texts(window)
    assert any("Fixed near-black item" in f for f in failures), failures


def test_the_check_catches_a_fixed_light_theme_colour_on_a_dark_palette(qtbot, open_window):
    """What issue 19 found: a banner name in a fixed dark colour on a dark palette."""
    window = charted_window(qtbot, open_window)
    choose("dark")
    window.banner.name.setStyleSheet("font-size: 17pt; font-weight: 700; color: #12263A; background: #1E2329;")
    failures = low_contrast_texts(window)
    assert any("Jamie Rivera" in f for f in failures), failures


def _dialogs(window):
    from bodymap.ui.clinic.settings_dialog import SettingsDialog
    from bodymap.ui.panels.patient_dialog import PatientDialog
    from bodymap.ui.safety.dialogs import CautionDialog
    patient = window.patient
    yield PatientDialog(patient, window)
    yield SettingsDialog(window.services.settings, window)
    yield CautionDialog("Over the thorax", "Needling over the thorax: pneumothorax risk. Confirm depth and "
                        "angle before needling.", parent=window)
    from bodymap.ui.exports.batch_export import BatchExportDialog
    from bodymap.ui.progress.heatmap_dialog import HeatmapDialog
    from bodymap.ui.progress.trends import TrendsDialog
    from bodymap.ui.templates.choose_dialog import ChooseTemplateDialog
    yield HeatmapDialog(window, window.progress, patient)
    yield TrendsDialog(window, window.progress, patient)
    yield ChooseTemplateDialog(window.services.templates, "anterior", parent=window)
    yield BatchExportDialog(window.service, parent=window)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_dialogs_are_readable(qtbot, open_window, mode):
    window = charted_window(qtbot, open_window)
    choose(mode)
    for dialog in _dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        if hasattr(dialog, "error"):                 # the error line, as after a refused Save
            dialog.error.setText("Name is required.")
            dialog.error.show()
        failures = low_contrast_texts(dialog)
        assert failures == [], f"{type(dialog).__name__}:\n" + "\n".join(failures)
        dialog.close()


def test_widgets_restyle_when_the_theme_changes(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    choose("light")
    light_name = window.banner.name.palette().color(QPalette.ColorRole.WindowText)
    light_sheet = window.banner.styleSheet()
    choose("dark")
    assert window.banner.styleSheet() != light_sheet
    assert theme.hex_colour("banner_name") in window.banner.styleSheet()
    image = window.grab().toImage()
    origin = window.banner.name.mapTo(window, QPoint(0, 0))
    contrast, fg, _bg = _measure(image, QRect(origin, window.banner.name.size()))
    assert contrast >= 7.0 and sum(fg) > 600             # a light name on the dark banner
    assert light_name != QApplication.palette().color(QPalette.ColorRole.Window)


def test_system_follows_the_palette(qtbot):
    """System takes the dark roles when the platform's window colour is dark."""
    app = QApplication.instance()
    theme.apply_theme("system")
    saved = QPalette(app.palette())
    try:
        app.setPalette(theme.palette_for(theme.DARK))          # as a dark desktop would
        assert theme.apply_theme("system").name == "dark"
        app.setPalette(theme.palette_for(theme.LIGHT))
        assert theme.apply_theme("system").name == "light"
    finally:
        app.setPalette(saved)


def test_the_choice_is_kept_and_in_the_view_menu(qtbot, open_window):
    window = open_window()
    window.theme_actions["dark"].trigger()
    assert theme.mode() == "dark" and window.theme_actions["dark"].isChecked()
    from bodymap.ui.widgets.theme_menu import saved_mode
    assert saved_mode() == "dark"
    second = open_window()                      # a restart: the saved choice is applied
    assert theme.mode() == "dark" and second.theme_actions["dark"].isChecked()


@pytest.mark.parametrize("name", ["light", "dark"])
def test_every_text_role_pair_meets_wcag(name):
    """The role pairs the style sheets use, on the background they are used on."""
    roles = (theme.LIGHT if name == "light" else theme.DARK).roles
    pairs = [("muted", "window"), ("muted", "base"), ("danger", "window"), ("danger", "base"),
             ("ok", "window"), ("warn", "window"), ("accent", "window"), ("text", "base"),
             ("window_text", "window"), ("banner_name", "banner_bg"), ("banner_text", "banner_bg"),
             ("signed_fg", "signed_bg"), ("draft_fg", "draft_bg"), ("urgent_fg", "urgent_bg"),
             ("caution_fg", "caution_bg"), ("notice_fg", "notice_bg"), ("notice_icon", "notice_bg"),
             ("connection_fg", "connection_bg"), ("card_text", "card_bg"), ("paper_muted", "paper"),
             ("paper_text", "paper"), ("grade_high_fg", "grade_high_bg"),
             ("grade_moderate_fg", "grade_moderate_bg"), ("grade_low_fg", "grade_low_bg"),
             ("note_fg", "note_bg"), ("bar_text", "bar_bg"), ("list_selected_text", "list_selected"),
             ("highlighted_text", "highlight"), ("button_text", "button"), ("tooltip_text", "tooltip_bg"),
             ("state_fg", "state_none_bg"), ("state_fg", "state_ok_bg"), ("state_fg", "state_warn_bg"),
             ("state_fg", "state_bad_bg"), ("link", "base"), ("placeholder", "base")]
    from bodymap.render.colour_vision import parse_hex
    low = [(fg, bg, round(contrast_ratio(parse_hex(roles[fg]), parse_hex(roles[bg])), 2))
           for fg, bg in pairs if contrast_ratio(parse_hex(roles[fg]), parse_hex(roles[bg])) < WCAG_AA]
    assert low == []


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_lock_screen_is_readable(qtbot, db_url, mode):
    """The locked window: the sign-in card over the locked page."""
    from tests.ui.test_security_ui import _signed_in_window
    window, _admin = _signed_in_window(qtbot, db_url)
    choose(mode)
    window.lock()
    qtbot.waitUntil(lambda: window.lock_screen is not None and window.lock_screen.isVisible(), timeout=3000)
    window.lock_screen.form.error.setText("Wrong password.")      # as after a failed sign-in
    window.lock_screen.form.error.show()
    failures = low_contrast_texts(window.lock_screen)       # a window of its own over the main one
    assert failures == [], "\n".join(failures)


@pytest.mark.parametrize("mode", ["light", "dark"])
def test_the_start_window_is_readable(qtbot, db_url, mode):
    """The start window while the database opens (its status line) and with a problem shown."""
    from bodymap.ui.accounts.start import StartWindow
    from tests.ui.test_start_window import SlowLoad
    choose(mode)
    from bodymap.errors import BodymapError
    load = SlowLoad(db_url, error=BodymapError("stopped by the test"))   # never opens the database
    window = StartWindow(None)
    qtbot.addWidget(window)
    window.show()
    window.begin_loading(load)
    qtbot.waitExposed(window)
    window.problem.setText("The clinic database could not be opened.")
    window.problem.show()
    try:
        assert window.status.isVisible()
        failures = low_contrast_texts(window)
        assert failures == [], "\n".join(failures)
    finally:
        load.gate.set()
        window.wait_for_loader()
