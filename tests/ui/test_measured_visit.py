"""The standard visit, measured (issue 21): from the patient list to the PDF handout, driven through
the real window with clicks and keys, every input counted. docs/MEASURED_VISIT.md publishes the
count; MEASURED_INPUTS holds it here so it cannot creep up (lower it when a change saves inputs).

What counts as one input: a mouse click (or one drag: press, move, release), one key press or
shortcut, and typing into one text field (whatever its length). Every widget clicked must be on
screen, in the 1400 x 900 window a new clinician gets, without scrolling first.
"""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QMessageBox, QPushButton, QTabBar, QToolBar

from bodymap.services.demo import region_point
from bodymap.ui.panels.dialogs import PatientDialog, VisitDialog
from bodymap.ui.safety.consent import ConsentFormDialog
from tests.accounts import act_as_clinician

MEASURED_INPUTS = 45
DOC = Path(__file__).resolve().parents[2] / "docs" / "MEASURED_VISIT.md"
VIEW = "head_lateral_right"
POINTS = (("lateral_neck", "sternocleidomastoid_clavicular"), ("jaw_angle", "masseter"),
          ("mastoid", "sternocleidomastoid_clavicular"))


class Inputs:
    """qtbot's clicks and keys, counted per step of the visit."""

    def __init__(self, qtbot):
        self.qtbot = qtbot
        self.steps: Counter[str] = Counter()
        self.step = ""

    def _count(self, widget) -> None:
        assert widget.isVisible() and not widget.visibleRegion().isEmpty(), \
            f"{self.step}: {widget!r} is not on screen"
        self.steps[self.step] += 1

    @property
    def total(self) -> int:
        return sum(self.steps.values())

    def click(self, widget, pos: QPoint | None = None) -> None:
        self._count(widget)
        if pos is None and isinstance(widget, QCheckBox):
            pos = QPoint(8, widget.height() // 2)      # on the box: a wide row's middle is not the box
        if pos is None:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        else:
            self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos)

    def key(self, widget, key) -> None:
        self._count(widget)
        self.qtbot.keyClick(widget, key)

    def shortcut(self, widget, key, modifiers) -> None:
        self._count(widget)
        self.qtbot.keyClick(widget, key, modifiers)

    def type(self, widget, text: str) -> None:
        """Click into a field and type: one input."""
        self._count(widget)
        self.qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        self.qtbot.wait(5)
        self.qtbot.keyClicks(widget, text)

    def choose(self, combo, text: str) -> None:
        """Open a drop-down and click one of its entries: two inputs."""
        self.click(combo)
        view = combo.view()
        self.qtbot.waitUntil(view.isVisible, timeout=2000)
        # the drop-down ignores a release within a double-click interval of opening (a person
        # takes longer than that to aim at the entry)
        self.qtbot.wait(QApplication.doubleClickInterval() + 50)
        index = combo.findText(text)
        assert index >= 0, text
        self.click(view.viewport(), view.visualRect(view.model().index(index, 0)).center())
        assert combo.currentText() == text

    def drag(self, widget, points: list[QPoint]) -> None:
        self._count(widget)
        self.qtbot.mousePress(widget, Qt.MouseButton.LeftButton, pos=points[0])
        for p in points[1:]:
            self.qtbot.mouseMove(widget, pos=p)
        self.qtbot.mouseRelease(widget, Qt.MouseButton.LeftButton, pos=points[-1])

    def scene_click(self, canvas, x: float, y: float) -> None:
        self.click(canvas.viewport(), canvas.mapFromScene(canvas.chart_scene.to_scene(x, y)))

    def tab(self, bar: QTabBar, text: str) -> None:
        """Click a tab by its text, on its part that shows."""
        index = next(i for i in range(bar.count()) if bar.tabText(i) == text)
        shown = bar.tabRect(index).intersected(bar.rect())
        assert not shown.isEmpty(), f"{self.step}: tab {text!r} is scrolled out of sight"
        self.click(bar, shown.center())


def _when_modal(kind, action) -> None:
    """Run action(dialog) once a modal dialog of that kind is up (dialogs block the click that
    opens them)."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, kind):
            QTimer.singleShot(20, poll)
            return
        action(dialog)
    QTimer.singleShot(0, poll)


def _back_to(qtbot, window) -> None:
    """A modal dialog closed: the window is active again (the offscreen platform needs asking)."""
    window.windowHandle().requestActivate()
    qtbot.waitUntil(window.isActiveWindow, timeout=3000)


def _button(parent, text: str) -> QPushButton:
    return next(b for b in parent.findChildren(QPushButton) if b.text() == text and b.isVisible())


def _tool_button(window, action):
    return window.findChild(QToolBar, "toolsBar").widgetForAction(action)


def _dock_tabs(window, text: str) -> QTabBar:
    return next(bar for bar in window.findChildren(QTabBar)
                if bar.isVisible() and text in [bar.tabText(i) for i in range(bar.count())])


def test_a_standard_visit_takes_at_most_the_measured_inputs(qtbot, open_window, monkeypatch, tmp_path):
    window = open_window()
    act_as_clinician(window.service)                  # the treating and signing clinician
    inputs = Inputs(qtbot)

    # 1. the patient ---------------------------------------------------------------------------
    inputs.step = "new patient"

    def patient(d):
        inputs.type(d.chart_number, "A-200")
        inputs.type(d.name, "Jamie Rivera")
        inputs.type(d.dob, "2 Jun 1979")
        inputs.choose(d.sex, d.sex.itemText(d.sex.findData("female")))
        inputs.click(d.buttons.button(d.buttons.StandardButton.Save))
    _when_modal(PatientDialog, patient)
    inputs.click(_button(window.patients, "New patient"))
    _back_to(qtbot, window)
    assert window.patient is not None and window.patient.name == "Jamie Rivera"

    # 2. the visit ------------------------------------------------------------------------------
    inputs.step = "new visit"

    def visit(d):
        inputs.type(d.complaint, "Right neck pain, temple headache")
        inputs.type(d.pain.lineEdit(), "6")
        inputs.click(d.buttons.button(d.buttons.StandardButton.Save))
    _when_modal(VisitDialog, visit)
    inputs.click(_button(window.patients, "New visit"))
    _back_to(qtbot, window)
    chart = window.document.chart
    assert chart is not None and chart.visit.overall_pain == 6 and chart.visit.clinician_id is not None

    # 3. three trigger points with findings, needled ---------------------------------------------
    inputs.step = "trigger points"
    inputs.tab(window.workspace.tabs.tabBar(), "Head and neck, right side")
    canvas = window.workspace.current_canvas()
    assert canvas.chart_scene.view_id == VIEW
    inputs.key(canvas, Qt.Key.Key_T)
    form = window.inspector.tp_form
    for region, muscle in POINTS:
        inputs.scene_click(canvas, *region_point(VIEW, region, "right"))
        assert form.isVisibleTo(window.inspector)
        for finding in ("taut_band", "referred_pain"):
            inputs.click(form.findings[finding])
        inputs.click(form.needled)
        tp = window.document.trigger_points()[-1]
        assert tp.muscle == muscle and tp.needled and {"taut_band", "referred_pain"} <= tp.findings
    assert len(window.document.trigger_points()) == 3

    # 4. one temple zone ------------------------------------------------------------------------
    inputs.step = "temple zone"
    inputs.key(canvas, Qt.Key.Key_B)
    x, y = region_point(VIEW, "temple", "right")
    inputs.drag(canvas.viewport(), [canvas.mapFromScene(canvas.chart_scene.to_scene(x + dx, y - 0.02))
                                    for dx in (-0.03, -0.01, 0.01, 0.03)])
    zones = window.document.zones()
    assert len(zones) == 1 and zones[0].sides == ("right",)

    # 5. the health screen: all no but one ------------------------------------------------------
    inputs.step = "health screen"
    inputs.tab(_dock_tabs(window, "Safety"), "Safety")
    panel = window.safety.panel
    assert panel.currentIndex() == 0
    inputs.click(panel.all_no)
    inputs.click(panel.review)
    assert window.safety.service.screen(window.document.visit_id).reviewed

    # 6. consent, signed on the pad -------------------------------------------------------------
    inputs.step = "consent"
    assert panel.tabText(panel.currentIndex()) == "Consent"      # the panel went on to the next step

    def consent(d):
        for box in d.items.values():
            inputs.click(box)
        pad = d.pad
        inputs.drag(pad, [QPoint(40, 80), QPoint(70, 40), QPoint(100, 75), QPoint(140, 35), QPoint(180, 70)])
        inputs.click(d.buttons.button(d.buttons.StandardButton.Save))
    _when_modal(ConsentFormDialog, consent)
    inputs.click(panel.record_consent)
    _back_to(qtbot, window)
    assert "Consent covers this visit" in panel.consent_status.text()

    # 7. the needle count-out -------------------------------------------------------------------
    inputs.step = "count-out"
    assert panel.tabText(panel.currentIndex()) == "Needle count"
    assert panel.inserted.text() == "3"
    inputs.type(panel.removed.lineEdit(), "3")
    inputs.click(panel.save_count)
    assert window.safety.service.count(window.document.visit_id).can_sign

    # 8. sign -----------------------------------------------------------------------------------
    inputs.step = "sign"

    def yes(box):
        inputs.click(box.button(QMessageBox.StandardButton.Yes))
    _when_modal(QMessageBox, yes)
    inputs.click(_tool_button(window, window.menu_actions["sign"]))
    _back_to(qtbot, window)
    assert window.document.chart.visit.is_signed

    # 9. the handout as PDF ---------------------------------------------------------------------
    inputs.step = "handout"
    saved = []

    def save_as(_parent, _title, start, _filters, selected):
        saved.append(start)                            # the suggested name in Documents: Enter
        inputs.steps[inputs.step] += 1
        return str(tmp_path / Path(start).name), selected
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    inputs.shortcut(canvas, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    pdfs = list(tmp_path.glob("*.pdf"))
    assert len(pdfs) == 1 and pdfs[0].stat().st_size > 10_000

    report = "\n".join(f"{step}: {n}" for step, n in inputs.steps.items())
    print(f"\n{report}\ntotal: {inputs.total}")
    assert inputs.total <= MEASURED_INPUTS, report
    published = re.search(r"\*\*(\d+) inputs\*\*", DOC.read_text(encoding="utf-8"))
    assert published and int(published.group(1)) == MEASURED_INPUTS, "docs/MEASURED_VISIT.md: update the count"
