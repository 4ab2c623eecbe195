"""The record's rules through the real window: the same-person question, the Sign action's list of
unmet rules (a refusal changes nothing), text saved once when typing ends, and every menu shortcut."""
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton
from sqlalchemy import func, select

from bodymap import db
from bodymap.domain.signoff import Blocker
from bodymap.services.demo import region_point
from tests.accounts import act_as_clinician
from tests.ui.conftest import click_scene, fill_dialog, press_tool_key
from tests.ui.flows import charted_window, new_patient


def _answer_when_asked(object_name: str, button: str, seen: dict) -> None:
    """When the modal box object_name appears, remember its text and press button."""
    def handle():
        box = QApplication.activeModalWidget()
        if box is None or box.objectName() != object_name:
            QTimer.singleShot(20, handle)
            return
        seen["question"] = box.text() if isinstance(box, QMessageBox) else box.windowTitle()
        box.findChild(QPushButton, button).click()
    QTimer.singleShot(0, handle)


def _same_person(qtbot, window, answer: str, chart="A-200"):
    seen: dict = {}

    def fill(d):
        d.chart_number.setText(chart)
        d.name.setText("  jamie RIVERA")
        d.dob.setText("1979-06-02")
        d.sex.setCurrentIndex(d.sex.findData("female"))
        _answer_when_asked("samePersonQuestion", answer, seen)
    seen.update(fill_dialog(qtbot, window.new_patient, fill))
    return seen


def _charts(window):
    return sorted(p.chart_number for p in window.service.search_patients(""))


@pytest.mark.parametrize("answer, charts", [("goBack", ["A-100"]), ("saveDifferent", ["A-100", "A-200"]),
                                            ("openExisting", ["A-100"])])
def test_a_second_chart_for_the_same_name_and_birth_date_is_asked_about(qtbot, open_window, answer, charts):
    window = open_window()
    new_patient(qtbot, window)                            # Jamie Rivera, 2 Jun 1979
    seen = _same_person(qtbot, window, answer)
    assert "A-100" in seen["question"] and "Jamie Rivera" in seen["question"] and "02 Jun 1979" in seen["question"]
    assert _charts(window) == charts
    if answer == "goBack":                                 # the dialog stayed open with what was typed
        assert seen["dialog"].chart_number.text() == "A-200"
    if answer == "openExisting":
        assert window.patient.chart_number == "A-100"


def test_new_patient_assumes_no_birth_date_or_sex(qtbot, open_window):
    window = open_window()
    seen = fill_dialog(qtbot, window.new_patient, lambda d: (d.chart_number.setText("N-1"), d.name.setText("Nobody")))
    assert "Choose the patient's sex" in seen["error"]
    seen = fill_dialog(qtbot, window.new_patient, lambda d: (d.chart_number.setText("N-1"), d.name.setText("Nobody"),
                                                             d.sex.setCurrentIndex(d.sex.findData("unknown"))))
    assert "Enter the date of birth" in seen["error"]
    seen = fill_dialog(qtbot, window.new_patient, lambda d: (d.chart_number.setText("N-1"), d.name.setText("Nobody"),
                                                             d.sex.setCurrentIndex(d.sex.findData("unknown")),
                                                             d.dob.setText("14 Mar")))
    assert "14 Mar" in seen["error"] and window.service.search_patients("") == []
    new_patient(qtbot, window, chart="N-2", name="Typed", dob="14 Mar 1975", sex="unknown")
    stored = window.service.search_patients("Typed")[0]
    assert (stored.date_of_birth.isoformat(), stored.sex) == ("1975-03-14", "unknown")


def _needled_point(qtbot, window):
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    click_scene(qtbot, canvas, *region_point("posterior", "buttock", "right"))   # not over the thorax
    window.inspector.tp_form.needled.setChecked(True)
    point = window.document.trigger_points()[0]
    assert point.needled
    return point


def _sign_and_look(window, then) -> dict:
    seen: dict = {}

    def handle():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog) or dialog is window:
            QTimer.singleShot(20, handle)
            return
        seen["title"] = dialog.windowTitle()
        seen["kinds"] = [p.kind for p, _b in getattr(dialog, "buttons_by_problem", [])]
        then(dialog)
    QTimer.singleShot(0, handle)
    window.sign_visit()
    return seen


def test_sign_lists_every_unmet_rule_and_a_refusal_changes_nothing(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    point = _needled_point(qtbot, window)
    stack = window.document.undo_stack
    before = (stack.count(), stack.index(), window.workspace.current_canvas().chart_scene.view_id, window.safety.panel.currentIndex())
    seen = _sign_and_look(window, lambda d: d.reject())
    assert seen["title"] == "This visit cannot be signed yet"
    assert {Blocker.CONSENT, Blocker.SCREEN} <= set(seen["kinds"]), seen["kinds"]
    assert not window.document.chart.visit.is_signed
    after = (stack.count(), stack.index(), window.workspace.current_canvas().chart_scene.view_id, window.safety.panel.currentIndex())
    assert after == before
    window.menu_actions["undo"].trigger()                  # the undo history is still there
    assert not window.service.get_chart(window.document.visit_id).trigger_points[0].needled
    assert point.id == window.document.trigger_points()[0].id


def test_a_problems_button_goes_to_what_fixes_it(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    _needled_point(qtbot, window)

    def press_screen(dialog):
        row = next(i for i, (p, _b) in enumerate(dialog.buttons_by_problem) if p.kind is Blocker.SCREEN)
        dialog.findChild(QPushButton, f"goTo_screen_{row}").click()
    _sign_and_look(window, press_screen)
    assert window.safety.dock.isVisible()
    assert window.safety.panel.tabText(window.safety.panel.currentIndex()) == "Screen"


def _audit_rows(window) -> int:
    with window.service._sessions() as s:
        return s.scalar(select(func.count()).select_from(db.AuditEntry))


def test_a_typed_needle_size_is_saved_once_as_typed(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    _needled_point(qtbot, window)
    field = window.inspector.tp_form.needle_size.lineEdit()
    field.setFocus()
    field.selectAll()
    rows = _audit_rows(window)
    qtbot.keyClicks(field, "0.30 x 50 mm")
    assert _audit_rows(window) == rows                     # nothing written while typing
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert window.service.get_chart(window.document.visit_id).trigger_points[0].needle_size == "0.30 x 50 mm"
    assert _audit_rows(window) == rows + 1
    window.inspector.tp_form.notes.setFocus()              # leaving the field unchanged writes nothing more
    field.setFocus()
    window.inspector.tp_form.notes.setFocus()
    assert _audit_rows(window) == rows + 1


def test_every_menu_shortcut_runs_its_action(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, *region_point("anterior", "pectoral", "left"))     # something to delete
    closer = QTimer()                                      # answer every dialog a shortcut opens: Cancel
    closer.timeout.connect(lambda: (QApplication.activeModalWidget() or window).close()
                           if QApplication.activeModalWidget() not in (None, window) else None)
    closer.start(30)
    tried = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if not isinstance(action, QAction) or action.shortcut().isEmpty() or not action.isEnabled():
                continue
            for sequence in action.shortcuts():
                if action is window.menu_actions["redo"] and not action.isEnabled():
                    window.menu_actions["undo"].trigger()   # something to redo for each of its keys
                ran = []
                action.triggered.connect(lambda *_a, ran=ran: ran.append(1))
                window.windowHandle().requestActivate()    # a dialog just closed: back to the window
                qtbot.waitUntil(window.isActiveWindow, timeout=3000)
                window.workspace.current_canvas().setFocus()
                qtbot.keySequence(window.workspace.current_canvas(), sequence)
                qtbot.wait(10)
                tried.append(sequence.toString())
                assert ran, f"{action.text()!r}: {sequence.toString()} did nothing"
                if window.document.chart is None or not window.document.editable:
                    break
    closer.stop()
    assert {"Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y"} <= set(tried), tried


def test_a_visit_names_its_treating_clinician_from_the_accounts(qtbot, open_window):
    window = open_window()
    me = act_as_clinician(window.service)
    act_as_clinician(window.service, "ana", "Ana Ruiz, DPT")
    window.service.actor = me
    new_patient(qtbot, window)
    seen = fill_dialog(qtbot, window.new_visit, lambda d: d.clinician.setCurrentIndex(0))   # "Choose…"
    assert "Choose the treating clinician" in seen["error"] and window.document.chart is None

    def choose_ana(d):
        assert d.clinician.currentText() == me.display_name             # the signed-in clinician by default
        d.clinician.setCurrentIndex(d.clinician.findText("Ana Ruiz, DPT"))
    fill_dialog(qtbot, window.new_visit, choose_ana)
    visit = window.document.chart.visit
    ana = next(u for u in window.service.clinicians() if u.username == "ana")
    assert (visit.clinician, visit.clinician_id) == ("Ana Ruiz, DPT", ana.id)
    assert "Treated by Ana Ruiz, DPT" in window.banner.visit.text()
