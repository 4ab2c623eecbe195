"""The Safety dock, the precaution-area tool and the cautions, driven through the real window."""
from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from bodymap.services.demo import region_point
from bodymap.ui.safety.dialogs import CautionDialog, PrecautionDialog
from tests.ui.conftest import click_scene
from tests.ui.test_charting_flow import _new_patient, _new_visit


def _window(qtbot, open_window):
    window = open_window()
    controller = window.safety
    _new_patient(qtbot, window)
    _new_visit(qtbot, window)
    assert window.document.chart is not None
    return window, controller


def answer_modal(cls, action, seen: dict):
    """When a modal dialog of cls opens, remember it and run action(dialog)."""
    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, poll)
            return
        seen.setdefault("dialogs", []).append(dialog)
        action(dialog)
    QTimer.singleShot(0, poll)


def test_ticking_needled_on_a_pectoral_point_asks_for_the_thorax_caution(qtbot, open_window):
    window, ctl = _window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    click_scene(qtbot, canvas, *region_point("anterior", "pectoral", "right"))
    tp = window.document.trigger_points()[0]
    assert tp.muscle == "pectoralis_major"
    seen = {}
    answer_modal(CautionDialog, lambda d: d.ack.click(), seen)
    window.inspector.tp_form.needled.setChecked(True)
    qtbot.waitUntil(lambda: ctl.service.needle_log(tp.id).thorax_ack_at is not None, timeout=5000)
    assert "thorax" in seen["dialogs"][0].text.text().lower()
    log = ctl.service.needle_log(tp.id)
    assert log.thorax_ack_by == window.service.actor.display_name
    entries = [e for e in window.services.history.for_visit(window.document.visit_id) if e.entity == "thorax_caution"]
    assert len(entries) == 1 and entries[0].action == "acknowledge"
    # the document kept step with the visit's version: charting still saves without a conflict
    window.inspector.tp_form.findings["taut_band"].setChecked(True)
    assert "taut_band" in window.service.get_chart(window.document.visit_id).trigger_points[0].findings
    # the dock shows it, and the count-out light turns green once every needle is counted out
    panel = ctl.panel
    assert panel.inserted.text() == "1"
    assert panel.light.property("state") == "not_reconciled"
    panel.removed.setValue(1)
    panel.save_count.click()
    assert panel.light.property("state") == "reconciled" and "Reconciled" in panel.light.text()
    panel.removed.setValue(0)
    panel.save_count.click()
    assert panel.light.property("state") == "not_reconciled" and "NOT reconciled" in panel.light.text()
    panel.count_note.setText("Needle dropped, found on the floor, in the sharps bin")
    panel.save_count.click()
    assert panel.light.property("state") == "documented"
    assert ctl.service.count(window.document.visit_id).can_sign


def test_declining_the_thorax_caution_leaves_the_visit_unsignable(qtbot, open_window):
    window, ctl = _window(qtbot, open_window)
    window.workspace.show_view("posterior")
    window.workspace.set_tool("trigger_point")
    click_scene(qtbot, window.workspace.current_canvas(), *region_point("posterior", "upper_trapezius_ridge", "right"))
    tp = window.document.trigger_points()[0]
    seen = {}
    answer_modal(CautionDialog, lambda d: d.decline.click(), seen)
    window.inspector.tp_form.needled.setChecked(True)
    qtbot.waitUntil(lambda: "dialogs" in seen and not seen["dialogs"][0].isVisible(), timeout=5000)
    assert ctl.service.needle_log(tp.id).thorax_ack_at is None
    ctl.save_count(1, "")
    problems = ctl.service.count(window.document.visit_id).problems
    assert len(problems) == 1 and "thorax caution" in problems[0]
    assert "thorax caution" in ctl.panel.problems.text()


def test_precaution_area_is_drawn_and_a_point_inside_warns(qtbot, open_window):
    window, ctl = _window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    x, y = region_point("anterior", "forearm_volar", "right")
    window.workspace.set_tool("precaution")
    assert ctl.tool_action.isChecked()
    for dx, dy in ((-0.03, -0.05), (0.03, -0.05), (0.03, 0.05), (-0.03, 0.05)):
        click_scene(qtbot, canvas, x + dx, y + dy)
    seen = {}

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("lymphoedema"))
        dialog.side.setCurrentIndex(dialog.side.findData("right"))
        dialog.note.setText("Axillary clearance 2019")
        dialog.buttons.accepted.emit()
    answer_modal(PrecautionDialog, fill, seen)
    qtbot.keyClick(canvas.viewport(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(ctl.areas) == 1, timeout=5000)
    area = ctl.areas[0]
    assert area.label == "Lymphoedema (right): Axillary clearance 2019" and area.view == "anterior"
    items = canvas.chart_scene._precaution_items
    assert len(items) == 1 and "Lymphoedema" in items[0].label.text()
    assert ctl.panel.areas.count() == 1

    window.workspace.set_tool("trigger_point")
    answer_modal(CautionDialog, lambda d: d.ack.click(), seen)
    click_scene(qtbot, canvas, x, y)
    tp = window.document.trigger_points()[0]
    qtbot.waitUntil(lambda: ctl.service.needle_log(tp.id).precaution_ack_at is not None, timeout=5000)
    assert "Lymphoedema (right)" in seen["dialogs"][-1].text.text()
    assert ctl.service.needle_log(tp.id).precaution_ack_areas[0]["id"] == area.id
    entities = [e.entity for e in window.services.history.for_visit(window.document.visit_id)]
    assert "precaution_warning" in entities

    # "Remove the point" deletes a point placed by mistake
    answer_modal(CautionDialog, lambda d: d.decline.click(), seen)
    click_scene(qtbot, canvas, x, y + 0.02)
    qtbot.waitUntil(lambda: len(window.document.trigger_points()) == 1, timeout=5000)

    # the area is the patient's: it is drawn at their next visit too
    _new_visit(qtbot, window, complaint="Follow-up")
    qtbot.waitUntil(lambda: window.document.chart is not None and len(window.document.trigger_points()) == 0)
    assert len(window.workspace.canvases["anterior"].chart_scene._precaution_items) == 1


def test_screen_review_and_adverse_event_banner(qtbot, open_window):
    window, ctl = _window(qtbot, open_window)
    panel = ctl.panel
    panel.answers["anticoagulants"].setCurrentIndex(panel.answers["anticoagulants"].findData("yes"))
    panel.screen_table.item(0, 2).setText("apixaban 5 mg")
    panel.review.click()
    screen = ctl.service.screen(window.document.visit_id)
    assert screen.reviewed and screen.answers["anticoagulants"].note == "apixaban 5 mg"
    assert "Reviewed by" in panel.screen_status.text() and "Anticoagulant" in panel.flags.text()
    assert panel.urgent.isHidden()
    from bodymap.domain import safety as dom
    ctl.call(lambda v: ctl.service.add_adverse_event(window.document.visit_id, dom.AdverseEventInput(
        "pneumothorax", "serious", "Breathless"), expected_version=v))
    ctl.refresh()
    assert not panel.urgent.isHidden() and "URGENT" in panel.urgent.text()


def test_all_no_then_copy_last_answers_only_the_differing_items_change(qtbot, open_window):
    """A new patient: "All no", then the one item that differs. At the next visit "Copy last
    answers" brings them back, so again only what changed needs a click."""
    from bodymap.domain import safety as dom
    window, ctl = _window(qtbot, open_window)
    panel = ctl.panel
    assert not panel.copy_last.isEnabled()                 # nothing earlier to copy
    panel.all_no.click()
    assert {c.currentData() for c in panel.answers.values()} == {"no"}
    panel.answers["anticoagulants"].setCurrentIndex(panel.answers["anticoagulants"].findData("yes"))
    panel.screen_table.item(0, 2).setText("apixaban")
    panel.review.click()
    first = window.document.visit_id
    screen = ctl.service.screen(first)
    assert screen.reviewed and [i.id for i in screen.flags] == ["anticoagulants"]
    assert all(a.answer is dom.Answer.NO for k, a in screen.answers.items() if k != "anticoagulants")

    _new_visit(qtbot, window, complaint="Follow-up")
    assert window.document.visit_id != first
    panel.all_no.click()                                   # e.g. pressed by mistake
    assert panel.answers["anticoagulants"].currentData() == "no" and panel.screen_table.item(0, 2).text() == ""
    assert panel.copy_last.isEnabled()
    panel.copy_last.click()
    assert panel.answers["anticoagulants"].currentData() == "yes"
    assert panel.screen_table.item(0, 2).text() == "apixaban"
    assert "copied" in window.statusBar().currentMessage()
    assert not ctl.service.screen(window.document.visit_id).reviewed     # the form only, until Reviewed
    panel.answers["pregnancy"].setCurrentIndex(panel.answers["pregnancy"].findData("yes"))
    panel.review.click()
    second = ctl.service.screen(window.document.visit_id)
    assert second.reviewed and [i.id for i in second.flags] == ["anticoagulants", "pregnancy"]
    assert second.answers["anticoagulants"].note == "apixaban"


def test_the_safety_record_opens_in_a_roomy_window_and_docks_again(qtbot, open_window):
    window, ctl = _window(qtbot, open_window)
    panel = ctl.panel
    ctl.show_tab("Screen")
    qtbot.mouseClick(panel.roomy, Qt.MouseButton.LeftButton)
    assert ctl.dock.isFloating() and panel.roomy.text() == "Dock again"
    qtbot.waitUntil(lambda: ctl.dock.width() >= 900, timeout=2000)
    qtbot.wait(50)
    assert not panel.screen_table.verticalScrollBar().isVisible()     # all 17 items at once
    qtbot.mouseClick(panel.roomy, Qt.MouseButton.LeftButton)
    assert not ctl.dock.isFloating() and panel.roomy.text() == "Open in a window"
    assert window.dockWidgetArea(ctl.dock) == Qt.DockWidgetArea.RightDockWidgetArea


def test_the_safety_record_is_read_once_the_chart_is_painted_or_the_dock_comes_forward(qtbot, open_window, monkeypatch):
    """Opening a visit with the Safety dock behind the Inspector's tab does not wait for the
    safety record: it is read after the change was painted (a zero timer), and at once when the
    dock is in front."""
    from bodymap.services.safety import SafetyService
    window, ctl = _window(qtbot, open_window)
    visit_id = window.document.visit_id
    reads: list = []
    real = SafetyService.visit_safety
    monkeypatch.setattr(SafetyService, "visit_safety", lambda self, vid: reads.append(vid) or real(self, vid))
    assert ctl._panel.visibleRegion().isEmpty()                  # behind the Inspector
    window.operations.run(window.document.open_visit, visit_id)
    assert reads == []                                            # the chart came first
    qtbot.waitUntil(lambda: reads == [visit_id], timeout=3000)
    assert ctl._panel.safety is not None and ctl._panel.safety.visit_id == visit_id
    assert ctl._panel.review.isEnabled()                          # the open, unsigned visit's form

    reads.clear()
    window.operations.run(window.document.open_visit, None)      # closed while out of sight ...
    assert reads == [] and ctl._panel.safety is not None
    assert ctl.panel.safety is None                               # ... up to date once looked at
    window.operations.run(window.document.open_visit, visit_id)
    ctl.dock.raise_()                                             # the dock comes forward
    qtbot.waitUntil(lambda: not ctl._panel.visibleRegion().isEmpty(), timeout=3000)
    assert reads == [visit_id] and ctl._panel.safety.visit_id == visit_id
    reads.clear()
    window.operations.run(window.document.open_visit, visit_id)  # in front: read at once
    assert reads == [visit_id]
