"""The canvas, the undo steps, the visit list's counts and the safety record's Needle count and
Response tabs in the interface language (docs/TRANSLATIONS.md). Set BODYMAP_SHOTS=<folder> to
keep renderings of the window with those tabs."""
from __future__ import annotations

import json

from PySide6.QtWidgets import QFormLayout, QLabel

from bodymap.domain.charting import MarkKind, TriggerPointDetails, ZoneDetails
from bodymap.render import i18n
from bodymap.services.demo import region_point
from tests.ui.flows import form_labels, safety_window, shot


def _visit_counts(window) -> str:
    return window.patients.visits.item(0).text().split("\n")[1]


def _labels(box) -> list[str]:
    """The row labels of a group box's form."""
    form = box.layout()
    labels = (form.itemAt(i, QFormLayout.ItemRole.LabelRole) for i in range(form.rowCount()))
    return [item.widget().text() for item in labels if item is not None and isinstance(item.widget(), QLabel)]


def _names(code: str) -> dict:
    return json.loads((i18n.I18N_DIR / f"names_{code}.json").read_text("utf-8"))


def test_visit_list_counts_take_the_german_plural(interface_language, qtbot, open_window):
    assert interface_language("de") == "de"
    window, _ctl = safety_window(qtbot, open_window)
    doc = window.document
    assert _visit_counts(window) == "0 Triggerpunkte · 0 Zonen"
    doc.add_trigger_point("posterior", *region_point("posterior", "buttock", "right"))
    qtbot.waitUntil(lambda: _visit_counts(window).startswith("1 Triggerpunkt "), timeout=3000)
    assert _visit_counts(window) == "1 Triggerpunkt · 0 Zonen"
    doc.add_trigger_point("posterior", *region_point("posterior", "buttock", "left"))
    x, y = region_point("posterior", "buttock", "left")
    doc.add_zone("posterior", [[(x - 0.02, y - 0.02), (x + 0.02, y - 0.02), (x, y + 0.02)]],
                 ZoneDetails(quality="burning", intensity=4))
    qtbot.waitUntil(lambda: _visit_counts(window).startswith("2 "), timeout=3000)
    assert _visit_counts(window) == "2 Triggerpunkte · 1 Zone"


def test_visit_list_counts_in_english_keep_singular_and_plural(qtbot, open_window):
    window, _ctl = safety_window(qtbot, open_window)
    window.document.add_trigger_point("posterior", *region_point("posterior", "buttock", "right"))
    qtbot.waitUntil(lambda: _visit_counts(window).startswith("1 "), timeout=3000)
    assert _visit_counts(window) == "1 trigger point · 0 zones"


def test_undo_steps_are_named_in_spanish(interface_language, qtbot, open_window):
    assert interface_language("es") == "es"
    window, _ctl = safety_window(qtbot, open_window)
    doc, stack = window.document, window.document.undo_stack
    x, y = region_point("posterior", "buttock", "right")
    doc.add_zone("posterior", [[(x - 0.02, y - 0.02), (x + 0.02, y - 0.02), (x, y + 0.02)]],
                 ZoneDetails(quality="throbbing", intensity=6))
    assert stack.undoText() == "Dibujar zona de dolor pulsátil"
    tp = doc.add_trigger_point("posterior", x, y, TriggerPointDetails(status="active"))
    muscle = _names("es")["muscles"][tp.muscle]
    assert stack.undoText() == f"Colocar punto gatillo ({muscle})"
    doc.delete_marks([(MarkKind.TRIGGER_POINT, tp.id)])
    assert stack.undoText() == "Eliminar marca"
    stack.undo()
    assert stack.redoText() == "Eliminar marca" and stack.undoText() == f"Colocar punto gatillo ({muscle})"


def test_the_canvas_describes_a_point_in_german(interface_language, qtbot, open_window):
    assert interface_language("de") == "de"
    window, _ctl = safety_window(qtbot, open_window)
    window.workspace.show_view("posterior")
    canvas = window.workspace.current_canvas()
    x, y = region_point("posterior", "buttock", "right")
    tp = window.document.add_trigger_point("posterior", x, y, TriggerPointDetails(status="active"))
    window.workspace.select_mark(MarkKind.TRIGGER_POINT, tp.id)
    canvas.keyboard.move_to(canvas.chart_scene.to_scene(tp.x, tp.y))
    muscle = _names("de")["muscles"][tp.muscle]
    assert canvas.accessibleDescription() == f"Ausgewählt: Aktiver Triggerpunkt, {muscle} rechts"
    assert canvas.accessibleName() == f"Körperdiagramm, {_names('de')['views']['posterior']}"


def _needled_point(window, qtbot, ctl):
    """One needled trigger point on the right buttock (no thorax, no precaution area)."""
    window.workspace.show_view("posterior")
    tp = window.document.add_trigger_point("posterior", *region_point("posterior", "buttock", "right"),
                                           TriggerPointDetails(status="active"))
    window.workspace.select_mark(MarkKind.TRIGGER_POINT, tp.id)
    window.inspector.tp_form.needled.setChecked(True)
    qtbot.waitUntil(lambda: bool(ctl.panel.safety and ctl.panel.safety.needled), timeout=5000)
    return tp


def test_needle_count_tab_in_german(interface_language, qtbot, open_window):
    assert interface_language("de") == "de"
    window, ctl = safety_window(qtbot, open_window)
    panel = ctl.panel
    tp = _needled_point(window, qtbot, ctl)
    ctl.show_tab("Needle count")                # the Sign action's go-to, by the English title
    assert panel.currentIndex() == 2 and panel.tabText(2) == "Nadelzählung"
    assert ctl.counting()
    counted = panel.inserted.parentWidget()
    assert counted.title() == "Nadelabgleich"
    assert _labels(counted) == ["Gesetzt (genadelte Punkte)", "Entfernt (gezählt)", "Notiz zur Abweichung"]
    assert panel.save_count.text() == "Zählung speichern" and panel.removed.specialValueText() == "nicht gezählt"
    headers = [panel.needled_table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers == ["Genadelter Punkt", "Nadeln", "Durchgänge", "Thorax"]
    muscle = _names("de")["muscles"][tp.muscle]
    assert panel.needled_table.item(0, 0).text() == f"{muscle} (rechts)"
    assert panel.problems.text() == "1 Nadel gesetzt, aber die entfernten Nadeln wurden nicht gezählt."
    assert panel.light.text() == "●  NICHT abgeglichen  — noch nicht unterzeichenbar"
    assert panel.selected.title() == "Ausgewählter Triggerpunkt" and panel.save_needles.text() == "Nadeln speichern"
    window.resize(1366, 768)
    shot(window, "needle_count_de")
    panel.removed.setValue(3)
    panel.save_count.click()
    qtbot.waitUntil(lambda: panel.problems.text().startswith("Die Nadelzählung geht nicht auf: 1 gesetzt, 3 entfernt."),
                    timeout=3000)
    panel.removed.setValue(1)
    panel.save_count.click()
    qtbot.waitUntil(lambda: panel.problems.text() == "", timeout=3000)
    assert panel.light.text() == "●  Abgeglichen" and panel.count_by.text().startswith("Gezählt von ")


def test_response_tab_in_spanish(interface_language, qtbot, open_window):
    assert interface_language("es") == "es"
    window, ctl = safety_window(qtbot, open_window)
    panel = ctl.panel
    _needled_point(window, qtbot, ctl)
    ctl.show_tab("Response")
    assert panel.currentIndex() == 3 and panel.tabText(3) == "Respuesta"
    response = panel.rom.parentWidget()
    assert response.title() == "Respuesta inmediata"
    assert _labels(response) == ["Dolor antes (visita)", "Dolor tras el tratamiento", "Rango de movimiento"]
    box = panel.session_box
    assert box.title() == "Sesión de punción" and box.save.text() == "Guardar sesión"
    assert [box.tolerance.itemText(i) for i in range(box.tolerance.count())][:2] == ["No registrado", "Bien tolerado"]
    assert (panel.add_event.text(), panel.edit_event.text(), panel.delete_event.text()) == ("Añadir…", "Editar…",
                                                                                             "Eliminar")
    window.resize(1366, 768)
    shot(window, "response_es")


def test_adverse_event_dialog_in_german(interface_language, qtbot):
    from bodymap.ui.safety.events import AdverseEventDialog
    assert interface_language("de") == "de"
    dialog = AdverseEventDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Unerwünschtes Ereignis hinzufügen"
    assert form_labels(dialog)[:2] == ["Art", "Schweregrad"]
    assert dialog.severity.itemText(0) != "Mild" and dialog.meaning.text().startswith("Kurzzeitig")
    dialog.near_miss.setChecked(True)
    assert dialog.meaning.text() == "Ein Beinahe-Ereignis hat keinen Schweregrad: niemand kam zu Schaden."
    dialog.show()
    qtbot.waitExposed(dialog)
    shot(dialog, "adverse_event_de")
    assert dialog.near_miss.width() >= dialog.near_miss.sizeHint().width()      # the longer German not cut off
