"""The needling session and adverse events in the Safety dock, driven through the real window:
the clinician records how the patient tolerated the needling, an adverse event and a near miss."""
from __future__ import annotations

import os

from PySide6.QtWidgets import QMessageBox

from bodymap.services.demo import region_point
from bodymap.ui.safety.events import AdverseEventDialog
from tests.ui.conftest import click_scene
from tests.ui.flows import safety_window
from tests.ui.test_safety_ui import answer_modal

SHOTS = "/tmp/e_shots"          # screenshots for a person to look at, when that folder exists


def _shot(widget, name: str) -> None:
    if os.path.isdir(SHOTS):
        widget.grab().save(os.path.join(SHOTS, name))


def _needled_point(qtbot, window):
    window.workspace.show_view("anterior")
    window.workspace.set_tool("trigger_point")
    click_scene(qtbot, window.workspace.current_canvas(), *region_point("anterior", "anterior_thigh", "left"))
    tp = window.document.trigger_points()[0]
    window.inspector.tp_form.needled.setChecked(True)
    qtbot.waitUntil(lambda: window.document.record("tp", tp.id).needled, timeout=5000)
    return tp


def test_tolerance_and_outcome_are_recorded_in_the_safety_panel(qtbot, open_window):
    window, ctl = safety_window(qtbot, open_window)
    panel, box = ctl.panel, ctl.panel.session_box
    panel.setCurrentIndex(3)
    assert not box.save.isEnabled() and box.hint.isVisible()       # nothing needled yet
    _needled_point(qtbot, window)
    qtbot.waitUntil(lambda: box.save.isEnabled(), timeout=5000)
    assert not box.hint.isVisible()
    box.tolerance.setCurrentIndex(box.tolerance.findData("poorly"))
    box.outcome.setCurrentIndex(box.outcome.findData("unchanged"))
    seen = {}
    answer_modal(QMessageBox, lambda d: (seen.setdefault("message", d.text()), d.accept()), seen)
    box.save.click()                                   # refused: stopping early needs a note
    assert "stopped early" in seen["message"]
    assert not ctl.service.session(window.document.visit_id).recorded
    box.tolerance.setCurrentIndex(box.tolerance.findData("poorly"))
    box.outcome.setCurrentIndex(box.outcome.findData("unchanged"))
    box.note.setText("Guarding, asked to stop after two needles")
    box.save.click()
    session = ctl.service.session(window.document.visit_id)
    assert (session.tolerance, session.outcome) == ("poorly", "unchanged")
    assert session.note == "Guarding, asked to stop after two needles"
    assert box.tolerance.currentData() == "poorly"                 # shown back from the database
    entries = [e for e in window.services.history.for_visit(window.document.visit_id)
               if e.entity == "needling_session"]
    assert len(entries) == 1
    ctl.dock.resize(420, 820)
    _shot(ctl.dock, "response_tab.png")


def test_recording_an_adverse_event_and_a_near_miss(qtbot, open_window):
    window, ctl = safety_window(qtbot, open_window)
    _needled_point(qtbot, window)
    panel = ctl.panel
    panel.setCurrentIndex(3)
    seen = {}

    def fill_event(d):
        d.kind.setCurrentIndex(d.kind.findData("nerve_irritation"))
        d.severity.setCurrentIndex(d.severity.findData("significant"))
        assert "changes function" in d.meaning.text()
        d.onset.setCurrentIndex(d.onset.findData("during"))
        d.description.setPlainText("Electric sensation down the leg")
        d.action.setPlainText("Needle withdrawn, reassured")
        d.follow_up.setPlainText("Phone call tomorrow")
        _shot(d, "event_dialog.png")
        d.buttons.accepted.emit()
    answer_modal(AdverseEventDialog, fill_event, seen)
    panel.add_event.click()
    events = ctl.service.adverse_events(window.document.visit_id)
    assert [(e.kind, e.severity, e.onset, e.near_miss) for e in events] == [
        ("nerve_irritation", "significant", "during", False)]

    def fill_near_miss(d):
        d.kind.setCurrentIndex(d.kind.findData("other"))
        d.near_miss.setChecked(True)
        assert not d.severity.isEnabled() and "no severity" in d.meaning.text()
        d.buttons.accepted.emit()                    # refused: "Other" needs a description
        seen["error"] = d.error.text()
        d.description.setPlainText("Needle cap found on the floor after the count")
        _shot(d, "near_miss_dialog.png")
        d.buttons.accepted.emit()
    answer_modal(AdverseEventDialog, fill_near_miss, seen)
    panel.add_event.click()
    assert "Describe" in seen["error"]
    events = ctl.service.adverse_events(window.document.visit_id)
    assert [(e.kind, e.severity, e.near_miss) for e in events][1] == ("other", None, True)
    qtbot.waitUntil(lambda: panel.events.count() == 2, timeout=5000)       # the dock refreshes after the dialog
    texts = [panel.events.item(i).text() for i in range(panel.events.count())]
    assert "Nerve irritation · Significant" in texts[0] and "Onset: During needling" in texts[0]
    assert texts[1].startswith("○") and "Near miss" in texts[1]
    assert panel.urgent.isHidden()
    ctl.dock.resize(420, 820)
    _shot(ctl.dock, "response_events.png")
