"""The dialogs and panels covered by the translations (docs/TRANSLATIONS.md) in the interface
language: with LANGUAGE=de or es the visit dialog, the canvas's side badges, the sign-off dialog
and the inspector read in that language. Set BODYMAP_SHOTS=<folder> to keep renderings of them."""
from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFormLayout, QLabel

from bodymap.domain.charting import MarkKind
from bodymap.services.demo import region_point
from tests.accounts import act_as_clinician
from tests.ui.conftest import click_scene, fill_dialog, press_tool_key


def shot(widget, name: str) -> None:
    folder = os.environ.get("BODYMAP_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def form_labels(dialog) -> list[str]:
    form: QFormLayout = dialog.form
    out = []
    for i in range(form.rowCount()):
        item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            out.append(item.widget().text())
    return out


def patient(d):
    d.chart_number.setText("DE-7")
    d.name.setText("Erika Mustermann")
    d.dob.setText("1984-03-05")
    d.sex.setCurrentIndex(d.sex.findData("female"))


@pytest.fixture
def german_visit(interface_language, open_window, qtbot):
    """A German window with a patient whose first visit is open; the visit dialog's words kept."""
    assert interface_language("de") == "de"
    window = open_window()
    act_as_clinician(window.service)
    assert "error" not in fill_dialog(qtbot, window.new_patient, patient)
    seen = {}

    def visit(d):
        seen.update(title=d.windowTitle(), labels=form_labels(d), pain=d.pain.specialValueText(),
                    hint=d.complaint.placeholderText())
        shot(d, "visit_dialog_de")
        d.complaint.setText("Nackenschmerz rechts")
        d.pain.setValue(5)

    assert "error" not in fill_dialog(qtbot, window.new_visit, visit)
    window.visit_dialog_words = seen
    return window


def test_visit_dialog_and_side_badges_in_german(german_visit, qtbot):
    window = german_visit
    seen = window.visit_dialog_words
    assert seen["title"] == "Neue Sitzung"
    assert seen["labels"] == ["Datum und Uhrzeit", "Behandelnde Fachkraft", "Hauptbeschwerde",
                              "Schmerz insgesamt (0-10)", "Notizen"]
    assert seen["pain"] == "nicht bewertet" and seen["hint"].startswith("z. B.")
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    left, right = (label.text() for label in canvas.side_labels)
    assert (left, right) == ("◀ Patient: RECHTS", "Patient: LINKS ▶")     # facing the viewer
    shot(canvas, "canvas_de")
    # a mark carried into the next visit is offered in German
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, *region_point("anterior", "pectoral", "left"))
    assert len(window.document.trigger_points()) == 1
    # the inspector shows the new point in German: side, muscle name, view, and the panel's labels
    tp = window.document.trigger_points()[0]
    window.inspector.show_mark((MarkKind.TRIGGER_POINT, tp.id))
    assert window.inspector.currentIndex() == 1
    where = window.inspector.tp_form.where.text()
    assert "Linke Seite des Patienten" in where and "Patient's" not in where
    assert window.inspector.tp_form.active.text() == "Aktiv" and window.inspector.tp_form.latent.text() == "Latent"
    labels = [w.text() for w in window.inspector.tp_form.findChildren(QLabel)]
    assert {"Status", "Befunde", "Druckschmerz"} <= set(labels)
    assert {b.text() for b in window.inspector.tp_form.findings.values()} >= {"Tastbares Hartspannband",
                                                                              "Lokale Zuckungsreaktion"}
    assert window.inspector.tp_form.pressure.specialValueText() == "nicht bewertet"
    assert window.inspector.tp_form.notes.placeholderText() == "Notizen"
    shot(window.docks["inspectorDock"], "inspector_de")
    offered = {}

    def second(d):
        offered["items"] = [d.carry_list.item(i).text() for i in range(d.carry_list.count())]
        offered["carry"] = d.carry.text()
        d.carry.setChecked(True)
        d.adjustSize()
        shot(d, "visit_dialog_carry_de")

    fill_dialog(qtbot, window.new_visit, second, accept=False)
    assert offered["carry"] == "Mit den Markierungen der letzten Sitzung beginnen"
    assert len(offered["items"]) == 1 and offered["items"][0].startswith("Triggerpunkt: Links ")
    assert offered["items"][0].endswith("(aktiv)") or offered["items"][0].endswith("(latent)")


def test_lateral_view_badges_in_spanish(interface_language, open_window, qtbot):
    from bodymap.domain.diagrams import available_views, load_view
    from bodymap.ui.canvas.view import side_texts
    assert interface_language("es") == "es"
    lateral = [load_view(v) for v in available_views() if load_view(v).single_side is not None]
    assert lateral, "the reference has lateral views"
    texts = [" ".join(side_texts(d)) for d in lateral]
    assert all("paciente" in t and "Patient's" not in t for t in texts)
    assert any("Anterior" in t and "Posterior" in t for t in texts)


def test_sign_off_dialog_in_german(interface_language, qtbot):
    from bodymap.domain.signoff import Blocker, SignOffProblem
    from bodymap.ui.panels.signoff import SignOffDialog
    assert interface_language("de") == "de"
    problems = [SignOffProblem(Blocker.CLINICIAN, "Choose the treating clinician in the visit's details."),
                SignOffProblem(Blocker.CONSENT, "Record the patient's consent to dry needling for this visit."),
                SignOffProblem(Blocker.SCREEN, "Review the health screen at this visit.")]
    dialog = SignOffDialog(problems)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "Diese Sitzung kann noch nicht unterschrieben werden"
    intro = dialog.findChildren(QLabel)[0].text()
    assert "3 Punkte sind noch zu erledigen" in intro and "Es wurde nichts geändert." in intro
    buttons = [button.text() for _problem, button in dialog.buttons_by_problem]
    assert buttons == ["Sitzungsdetails…", "Einwilligung erfassen…", "Screening öffnen"]
    shot(dialog, "signoff_de")
    one = SignOffDialog(problems[:1])
    qtbot.addWidget(one)
    assert "1 Punkt ist noch zu erledigen" in one.findChildren(QLabel)[0].text()


def test_consent_and_precaution_dialogs_in_german(interface_language, qtbot):
    from PySide6.QtWidgets import QCheckBox, QGroupBox, QRadioButton

    from bodymap.ui.safety.consent import ConsentFormDialog, WithdrawConsentDialog
    from bodymap.ui.safety.dialogs import PrecautionDialog
    assert interface_language("de") == "de"
    consent = ConsentFormDialog("Dr. Casey Clinician", {}, ["Gerinnungshemmer"])
    qtbot.addWidget(consent)
    consent.show()
    qtbot.waitExposed(consent)
    assert consent.windowTitle() == "Einwilligung in Dry Needling erfassen"
    groups = {g.title() for g in consent.findChildren(QGroupBox)}
    assert {"Einwilligung", "Unterschrift des Patienten"} <= groups
    assert {r.text() for r in consent.findChildren(QRadioButton)} == {"Nur diese Sitzung", "Behandlungsserie"}
    assert [consent.method.itemText(i) for i in range(consent.method.count())][:2] == ["Mündlich", "Schriftlich"]
    assert "Stattdessen auf dem Ausdruck unterschrieben" in {b.text() for b in consent.findChildren(QCheckBox)}
    assert consent.visits.specialValueText() == "unbegrenzt"
    assert consent.risk_factors.text() == "Aus dem Gesundheitsfragebogen: Gerinnungshemmer"
    assert consent.pad.toolTip().startswith("Der Patient unterschreibt hier")
    # the shipped statement and items in German; the statement is kept as the shipped one (printed in
    # the patient's language) unless edited
    from bodymap.domain import safety as dom
    assert consent.statement.toPlainText().startswith("Mir wurde erklärt, was Dry Needling ist")
    item_texts = [label.text() for label in consent.findChildren(QLabel)]
    assert any(t.startswith("Was Dry Needling ist") for t in item_texts)
    assert any(t.startswith("Häufige Risiken") for t in item_texts)
    assert consent.build_input().statement == dom.DEFAULT_CONSENT_TEXT
    consent.statement.setPlainText("Eigener Text der Praxis")
    assert consent.build_input().statement == "Eigener Text der Praxis"
    consent.statement.setPlainText(consent.default_statement)
    shot(consent, "consent_form_de")
    own = ConsentFormDialog("Dr. Casey Clinician", {"what": "Our own words"}, [])
    qtbot.addWidget(own)
    assert "Our own words" in [label.text() for label in own.findChildren(QLabel)]

    withdraw = WithdrawConsentDialog()
    qtbot.addWidget(withdraw)
    withdraw.show()
    assert withdraw.windowTitle() == "Einwilligung widerrufen"
    assert form_labels(withdraw)[-2:] == ["Widerrufen am", "Grund"]
    shot(withdraw, "withdraw_consent_de")

    area = PrecautionDialog()
    qtbot.addWidget(area)
    area.show()
    assert area.windowTitle() == "Vorsichtszone"
    assert form_labels(area) == ["Art", "Seite des Patienten", "Notiz"]
    assert area.kind.itemText(area.kind.findData("lymphoedema")) == "Lymphödem"
    assert area.side.itemText(area.side.findData("both")) == "Beide"
    shot(area, "precaution_de")


def test_consent_form_in_spanish(interface_language, qtbot):
    from bodymap.ui.safety.consent import ConsentFormDialog
    assert interface_language("es") == "es"
    consent = ConsentFormDialog("Dra. Casey", {}, [])
    qtbot.addWidget(consent)
    assert consent.windowTitle() == "Registrar el consentimiento para la punción seca"
    assert consent.this_visit.text() == "Solo esta visita" and consent.clear_signature.text() == "Borrar la firma"
    assert consent.risk_factors.text() == "El cribado de salud no señala nada para este paciente."
    consent.show()
    qtbot.waitExposed(consent)
    shot(consent, "consent_form_es")


def test_consent_details_in_portuguese(interface_language, qtbot, open_window):
    from PySide6.QtWidgets import QApplication

    from bodymap.domain import safety as dom
    from bodymap.domain.consent import CONSENT_ITEM_IDS
    from bodymap.ui.safety.consent import ConsentDetailsDialog
    from tests.ui.test_safety_ui import _window
    assert interface_language("pt_BR") == "pt_BR"
    window, ctl = _window(qtbot, open_window)
    visit_id = window.document.visit_id
    ctl.call(lambda v: ctl.service.record_consent(visit_id, dom.ConsentInput(
        method="written", scope="visit", discussed=CONSENT_ITEM_IDS[:-1],
        signature=(((0.1, 0.6), (0.3, 0.3), (0.5, 0.7)),)), expected_version=v))
    seen = {}

    def details():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConsentDetailsDialog):
            qtbot.wait(20)
            return details()
        seen["title"] = dialog.windowTitle()
        seen["withdraw"] = dialog.withdraw.text()
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]
        seen["items"] = dialog.items.text()
        seen["status"] = dialog.status.text()
        seen["signature"] = dialog.signature_note.text()
        dialog.resize(dialog.sizeHint())
        shot(dialog, "consent_details_pt_BR")
        dialog.reject()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, details)
    ctl.consent_details()
    assert seen["title"] == "Consentimento para agulhamento seco"
    assert seen["withdraw"] == "Revogar o consentimento…"
    assert "<b>Conversado com o paciente</b>" in seen["labels"] and "<b>Assinatura do paciente</b>" in seen["labels"]
    assert "não registrado:" in seen["items"]          # the last item was not discussed
    assert "O que é o agulhamento seco" in seen["items"] and "Alternativas ao agulhamento seco" in seen["items"]
    assert "What dry needling is" not in seen["items"]
    assert "O consentimento está incompleto" in seen["status"] and "Somente esta consulta" in seen["status"]
    assert "Conversado: 5 de 6 itens" in seen["status"] and "Escrito" in seen["status"]
    assert seen["signature"] == "Assinado na tela pelo paciente"


def test_screen_words_follow_the_domain_items():
    """Every question of the health screen has its source text in ui/safety/screen_words.py, in
    the domain's English (a question reworded there must be reworded for the translators too)."""
    from bodymap.domain import safety as dom
    from bodymap.ui.safety import screen_words
    assert {i.id: (i.label, i.why) for i in dom.SCREEN_ITEMS} == screen_words.ITEMS
    assert set(screen_words.ANSWERS) == {a.value for a in dom.Answer}
    assert set(screen_words.KINDS) >= {i.kind for i in dom.SCREEN_ITEMS}


def test_safety_screen_in_german(interface_language, qtbot, open_window):
    from bodymap.domain import safety as dom
    from tests.ui.test_safety_ui import _window
    assert interface_language("de") == "de"
    window, ctl = _window(qtbot, open_window)
    panel = ctl.panel
    assert panel.tabText(0) == "Screening"
    headers = [panel.screen_table.horizontalHeaderItem(c).text() for c in range(3)]
    assert headers == ["Frage", "Antwort", "Notiz"]
    row = [i.id for i in dom.SCREEN_ITEMS].index("needle_phobia")
    assert panel.screen_table.item(row, 0).text() == "Nadelphobie oder starke Angst vor Nadeln"
    assert panel.screen_table.item(row, 0).toolTip().startswith("Kontraindikation: ")
    combo = panel.answers["needle_phobia"]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Ja", "Nein", "Unbekannt"]
    assert panel.all_no.text() == "Alle nein" and panel.review.text() == "Mit dem Patienten durchgesehen"
    assert panel.screen_status.text().startswith("In dieser Sitzung noch nicht durchgesehen")
    combo.setCurrentIndex(combo.findData("yes"))
    panel.review.click()
    qtbot.waitUntil(lambda: panel.screen_status.text().startswith("✔ Durchgesehen von"), timeout=3000)
    assert re.search(r", \d\d\.\d\d\.\d{4}, \d\d:\d\d\.$", panel.screen_status.text())     # 06.12.2026, 21:23
    assert panel.flags.text() == "Mit Ja beantwortet: Nadelphobie oder starke Angst vor Nadeln — KONTRAINDIKATION"
    panel.setCurrentIndex(0)
    shot(panel, "safety_screen_de")
    assert [panel.tabText(i) for i in range(1, 4)] == ["Einwilligung", "Nadelzählung", "Reaktion"]
    assert panel.record_consent.text() == "Einwilligung erfassen…" and panel.consent_details.text() == "Details / widerrufen…"
    assert panel.consent_status.text().count("Keine Einwilligung gilt für diese Sitzung.") == 1
    panel.setCurrentIndex(1)
    shot(panel, "safety_consent_tab_de")
    assert panel.urgent.text().startswith("DRINGEND: möglicher Pneumothorax.")     # the name table's text


def test_thorax_caution_in_spanish(interface_language, qtbot, open_window):
    from bodymap.domain import safety as dom
    from bodymap.ui.safety import caution_words
    from bodymap.ui.safety.dialogs import CautionDialog
    from tests.ui.test_safety_ui import _window, answer_modal
    assert caution_words.THORAX_CAUTION == dom.THORAX_CAUTION      # the translators' copy is the domain's
    assert interface_language("es") == "es"
    window, ctl = _window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    window.workspace.set_tool("trigger_point")
    click_scene(qtbot, canvas, *region_point("anterior", "pectoral", "right"))
    tp = window.document.trigger_points()[0]
    seen = {}

    def look(dialog):
        seen["title"], seen["text"] = dialog.windowTitle(), dialog.text.text()
        seen["buttons"] = (dialog.ack.text(), dialog.decline.text())
        shot(dialog, "thorax_caution_es")
        dialog.ack.click()

    answer_modal(CautionDialog, look, {})
    window.inspector.tp_form.needled.setChecked(True)
    qtbot.waitUntil(lambda: ctl.service.needle_log(tp.id).thorax_ack_at is not None, timeout=5000)
    assert seen["title"] == "Punción sobre el tórax"
    assert seen["buttons"] == ("Confirmo la advertencia", "Ahora no")
    assert "(derecho)" in seen["text"] and "neumotórax" in seen["text"] and "pneumothorax" not in seen["text"]
