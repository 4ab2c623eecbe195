"""The window in the interface language: LANGUAGE=es gives Spanish menus, View > Language keeps a
choice for the next start, and the patient dialog (German here) keeps a preferred handout language."""
from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel

from bodymap.render import i18n
from tests.ui.conftest import fill_dialog


def _menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def test_menus_are_spanish_with_language_es(interface_language, open_window):
    assert interface_language("es") == "es"
    window = open_window()
    titles = _menu_titles(window)
    assert titles[:5] == ["&Archivo", "&Editar", "&Visita", "E&volución", "&Ver"] and "Ay&uda" in titles
    actions = window.menu_actions
    assert actions["new_patient"].text() == "Nuevo paciente…" and actions["pdf"].text() == "Exportar PDF…"
    assert actions["undo"].text().startswith("Deshacer")
    assert window.docks["patientsDock"].windowTitle() == "Pacientes y visitas"
    assert window.saved_label.text() == "Ninguna visita abierta"
    assert window.windowTitle() == "bodymap — registro de puntos gatillo"
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Ver")
    texts = [a.text() for a in view.actions()]
    assert "Anterior (frente)" in texts and "Idioma (tras reiniciar)" in texts
    tools = {a.text() for a in window.workspace.tool_actions.actions()}
    assert {"Punto gatillo", "Borrador"} <= tools
    # the panels' words as the window opens: the patient list, the view tabs
    assert window.patients.search.placeholderText() == "Buscar nombre o número de historia…"
    tabs = window.workspace.tabs
    assert tabs.tabText(0) == "Anterior (frente)"


def test_english_window_is_unchanged(interface_language, open_window):
    interface_language("en")
    window = open_window()
    assert _menu_titles(window)[:3] == ["&File", "&Edit", "&Visit"]
    assert window.menu_actions["new_patient"].text() == "New patient…"


def test_view_language_keeps_the_choice_for_the_next_start(interface_language, open_window, qtbot, monkeypatch):
    interface_language("en")
    window = open_window()
    from PySide6.QtWidgets import QMessageBox
    told = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    menu = window.findChild(type(window.menuBar().actions()[0].menu()), "languageMenu")
    german = next(a for a in menu.actions() if a.data() == "de")
    german.trigger()
    assert i18n.chosen_language_setting() == "de" and i18n.chosen_language() == "de"
    assert told and "Deutsch" in told[0] and "next time" in told[0]
    system = next(a for a in menu.actions() if a.data() == "")
    system.trigger()
    assert i18n.chosen_language_setting() == ""


def test_patient_dialog_in_german_saves_a_handout_language(interface_language, open_window, qtbot):
    interface_language("de")
    window = open_window()
    seen = {}

    def fill(dialog):
        seen["title"] = dialog.windowTitle()
        form: QFormLayout = dialog.form
        seen["labels"] = [form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget().text()
                          for i in range(form.rowCount())
                          if form.itemAt(i, QFormLayout.ItemRole.LabelRole) is not None
                          and isinstance(form.itemAt(i, QFormLayout.ItemRole.LabelRole).widget(), QLabel)]
        dialog.chart_number.setText("DE-1")
        dialog.name.setText("Erika Mustermann")
        dialog.dob.setText("1984-03-05")
        seen["reading"] = dialog.dob_reading.text()
        sex: QComboBox = dialog.sex
        sex.setCurrentIndex(sex.findData("female"))
        seen["sex_items"] = [sex.itemText(i) for i in range(sex.count())]
        dialog.language.setCurrentIndex(dialog.language.findData("pt_BR"))

    fill_dialog(qtbot, window.new_patient, fill)
    assert seen["title"] == "Neuer Patient"
    assert seen["labels"][:3] == ["Aktennummer", "Name", "Geburtsdatum"]
    assert "Sprache des Patientenblatts" in seen["labels"]
    assert seen["reading"].startswith("Gelesen als 05.03.1984")
    assert "Weiblich" in seen["sex_items"]
    patient = window.service.find_patient("DE-1")
    assert patient.language == "pt_BR"


def test_visit_list_status_and_the_signed_in_line_follow_the_language(interface_language, open_window):
    from types import SimpleNamespace

    from bodymap.domain.charting import PatientInput, VisitInput
    interface_language("de")
    window = open_window()
    patient = window.service.create_patient(PatientInput(chart_number="DE-1", name="Erika Muster"))
    window.service.create_visit(patient.id, VisitInput(chief_complaint="Nacken"))
    window.patients.refresh_patients(patient.id)
    window.patients.refresh_visits()
    first_line = window.patients.visits.item(0).text().splitlines()[0]
    assert first_line.endswith("·  Entwurf") and "draft" not in first_line
    window.user = SimpleNamespace(display_name="Dr. Anna Berg")
    window._show_user()
    assert window.user_label.text() == "Angemeldet: Dr. Anna Berg"
