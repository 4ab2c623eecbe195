"""Consent through the real window: ticked items, a signature drawn with the mouse on the canvas,
the Consent tab's state, and the details dialog that withdraws consent and shows it withdrawn."""
from __future__ import annotations

import os

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication

from bodymap.domain import safety as dom
from bodymap.domain.consent import CONSENT_ITEM_IDS
from bodymap.ui.safety.consent import ConsentDetailsDialog, ConsentFormDialog, WithdrawConsentDialog
from tests.ui.conftest import fill_dialog
from tests.ui.flows import safety_window

SHOTS = os.environ.get("BODYMAP_SHOTS")       # a folder: save what the tests show, to look at


def _shot(widget, name: str) -> None:
    if SHOTS:
        widget.grab().save(os.path.join(SHOTS, f"{name}.png"))


def _on_modal(cls, action):
    def poll():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, cls):
            QTimer.singleShot(20, poll)
            return
        action(dialog)
    QTimer.singleShot(0, poll)


def _sign(qtbot, pad, strokes):
    for stroke in strokes:
        qtbot.mousePress(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[0]))
        for x, y in stroke[1:]:
            qtbot.mouseMove(pad, pos=QPoint(x, y))
        qtbot.mouseRelease(pad, Qt.MouseButton.LeftButton, pos=QPoint(*stroke[-1]))


def test_record_consent_with_items_and_a_signature_drawn_on_the_canvas(qtbot, open_window):
    window, ctl = safety_window(qtbot, open_window)
    panel = ctl.panel
    panel.answers["anticoagulants"].setCurrentIndex(panel.answers["anticoagulants"].findData("yes"))
    panel.review.click()
    panel.setCurrentIndex(1)
    assert "No consent covers this visit" in panel.consent_status.text()
    seen = {}

    def fill(d):
        assert isinstance(d, ConsentFormDialog)
        seen["risks"] = d.risk_factors.text()
        for item_id in CONSENT_ITEM_IDS:
            qtbot.mouseClick(d.items[item_id], Qt.MouseButton.LeftButton)
        d.copy_given.setChecked(True)
        d.pad.setFocus()
        _sign(qtbot, d.pad, [[(40, 80), (60, 40), (80, 70), (110, 35), (140, 75)], [(170, 60), (230, 50)]])
        seen["strokes"] = d.pad.strokes()
        _shot(d, "consent_form_dialog")
    result = fill_dialog(qtbot, lambda: ctl.record_consent(), fill)
    assert "error" not in result, result.get("error")
    assert "Anticoagulant" in seen["risks"]
    consent = ctl.service.consent_for_visit(window.document.visit_id)
    assert consent.discussed_ids == CONSENT_ITEM_IDS and consent.copy_given and consent.method == "written"
    assert len(consent.signature) == 2 and consent.signature == seen["strokes"]
    assert len(consent.signature[0]) >= 5 and all(0 <= x <= 1 and 0 <= y <= 1 for s in consent.signature
                                                  for x, y in s)
    assert consent.risk_factors == (dom.screen_item("anticoagulants").label,)
    assert consent.obtained_by == window.service.actor.display_name
    assert "Consent covers this visit" in panel.consent_status.text()
    assert "6 of 6 items" in panel.consent_status.text()
    qtbot.wait(50)
    _shot(ctl.dock, "consent_tab")


def test_a_written_consent_without_items_or_signature_is_refused_in_place_then_shown_incomplete(qtbot, open_window):
    window, ctl = safety_window(qtbot, open_window)
    result = fill_dialog(qtbot, lambda: ctl.record_consent(), lambda d: None)   # written, unticked, unsigned
    assert "error" not in result
    text = ctl.panel.consent_status.text()
    assert "Consent is incomplete" in text and "risks discussed" in text and "not signed" in text


def test_the_details_dialog_withdraws_consent_and_shows_it_withdrawn(qtbot, open_window):
    window, ctl = safety_window(qtbot, open_window)
    visit_id = window.document.visit_id
    ctl.call(lambda v: ctl.service.record_consent(visit_id, dom.ConsentInput(
        method="written", scope="course", max_visits=6, discussed=CONSENT_ITEM_IDS,
        signature=(((0.1, 0.6), (0.3, 0.3), (0.5, 0.7)),)), expected_version=v))
    ctl.refresh()
    assert ctl.panel.consent_details.isEnabled()
    seen = {}

    def withdraw(w):
        w.reason.setPlainText("Prefers exercise only.")
        w.buttons.accepted.emit()

    def details(d):
        seen["before"] = d.status.text()
        assert not d.pad.isHidden() and d.withdraw.isEnabled()
        _on_modal(WithdrawConsentDialog, withdraw)
        d.withdraw.click()
        seen["after"] = d.status.text()
        seen["can_withdraw"] = d.withdraw.isEnabled()
        d.resize(d.sizeHint())
        _shot(d, "consent_details_withdrawn")
        d.reject()
    _on_modal(ConsentDetailsDialog, details)
    ctl.consent_details()
    assert "Consent covers this visit" in seen["before"]
    assert "WITHDRAWN" in seen["after"] and "Prefers exercise only." in seen["after"]
    assert seen["can_withdraw"] is False
    consent = ctl.service.consents(window.document.chart.patient.id)[0]
    assert consent.withdrawn_at is not None and consent.withdrawn_by == window.service.actor.display_name
    assert "WITHDRAWN" in ctl.panel.consent_status.text()
    ctl.panel.setCurrentIndex(1)
    qtbot.wait(50)
    _shot(ctl.dock, "consent_tab_withdrawn")
