"""The suggestions dock, the compare dialog and the batch export dialog in the interface language
(docs/TRANSLATIONS.md): with LANGUAGE=de or es they read in that language, the suggestions'
reasons and the radicular flag included (worded in ui/reference/suggestion_words.py from the
parts the domain returns, with the name tables' muscle and region names).
Set BODYMAP_SHOTS=<folder> to keep renderings of them."""
from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QLabel

from bodymap import db
from bodymap.domain import reference
from bodymap.domain.dermatomes import RadicularFlag
from bodymap.export.copies import COPY_LABELS
from bodymap.render.i18n import I18N_DIR
from bodymap.services import ChartService
from bodymap.services.demo import create_demo
from bodymap.services.progress import ProgressService
from bodymap.ui.exports import COPY_NAMES
from bodymap.ui.reference import suggestion_words as words
from tests.ui.flows import shot

WORDS = {
    "de": {"intro": "Muskeln, deren Schmerzübertragungsmuster", "primary": "Hauptschmerzzone umfasst",
           "caveat": "keine Diagnose", "compare": "Sitzungen vergleichen", "extent": "Schmerzausdehnung",
           "tps": "Triggerpunkte</b>", "sites": "Triggerpunkte in", "export": "Patientenblätter der Sitzungen exportieren",
           "copy": "Patientenexemplar (einfache Sprache)", "button": "Exportieren", "files": "Dateien"},
    "es": {"intro": "Músculos cuyos patrones de dolor referido", "primary": "La zona de dolor esencial cubre",
           "caveat": "no un diagnóstico", "compare": "Comparar visitas", "extent": "Extensión del dolor",
           "tps": "Puntos gatillo</b>", "sites": "Puntos gatillo en", "export": "Exportar hojas de las visitas",
           "copy": "Copia del paciente (lenguaje sencillo)", "button": "Exportar", "files": "Archivos"},
}
ENGLISH = ("zone covers", "Leaves unexplained", "Not on the views drawn", "Expected but not drawn", "more")


def _names(code: str) -> dict:
    return json.loads((I18N_DIR / f"names_{code}.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("code", ["de", "es"])
def test_suggestions_compare_and_export_read_in_the_interface_language(code, interface_language, open_window,
                                                                       qtbot, db_url):
    assert interface_language(code) == code
    engine, sessions = db.open_database(db_url)
    create_demo(ChartService(sessions))
    engine.dispose()
    window = open_window()
    window.patients.patients.setCurrentRow(0)
    window.patients.visits.setCurrentRow(1)           # the demo's right temple and neck visit
    panel = window.suggestions
    window.reference_feature.suggestions_dock.raise_()   # ranked once it comes forward
    qtbot.waitUntil(lambda: panel.list.count() > 0, timeout=3000)
    expect, names = WORDS[code], _names(code)

    # the suggestions dock: intro, the muscle names of the name tables, reasons, caveat
    texts = [panel.list.itemWidget(panel.list.item(i)) for i in range(panel.list.count())]
    titles = [row.findChildren(QLabel)[0].text() for row in texts]
    reasons = [row.reason.text() for row in texts]
    assert any(expect["intro"] in label.text() for label in panel.findChildren(QLabel))
    top = panel.suggestions[0]
    assert names["muscles"][top.muscle_id] in titles[0]
    assert expect["primary"] in reasons[0] and names["regions"]["temple"] in " ".join(reasons)
    assert not [r for r in reasons for english in ENGLISH if english in r], reasons
    caveat = panel.findChild(QLabel, "caveat")
    assert expect["caveat"] in caveat.text()
    qtbot.wait(50)                       # the rows refit to the list's width after a resize
    shot(window.reference_feature.suggestions_dock, f"suggestions_dock_{code}")

    # the compare dialog
    from bodymap.ui.progress import open_compare
    patient = window.service.find_patient("DEMO-0001")
    engine, sessions = db.open_database(db_url)
    try:
        dialog = open_compare(None, window.service, ProgressService(sessions), patient)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle().startswith(expect["compare"])
        summary = dialog.summary.text()
        assert expect["extent"] in summary and expect["tps"] in summary and "Pain extent" not in summary
        assert dialog.sites.horizontalHeaderItem(0).text() == expect["sites"]
        shot(dialog, f"compare_{code}")
        dialog.close()
    finally:
        engine.dispose()

    # the batch export dialog
    from bodymap.ui.exports.batch_export import BatchExportDialog
    export = BatchExportDialog(window.service, parent=window)
    qtbot.addWidget(export)
    assert export.windowTitle() == expect["export"]
    assert export.copy.currentText() == expect["copy"] and export.export_button.text() == expect["button"]
    export.show()
    shot(export, f"batch_export_{code}")
    export.close()


def test_the_radicular_flag_counts_its_dermatomes(interface_language):
    """One dermatome or two: the plural forms of the .ts (and English's own singular)."""
    one = RadicularFlag("right", ("L5",), 0.62, ("lateral_leg",))
    two = RadicularFlag("left", ("C6", "C7"), 0.5, ("forearm",))
    assert words.radicular(one) == ("Follows the right L5 dermatome (62 % of the drawn pain): "
                                    "consider radicular pain.")
    assert words.radicular(two).startswith("Follows the left C6–C7 dermatomes (50 %")
    assert interface_language("de") == "de"
    assert words.radicular(one).startswith("Folgt dem rechten Dermatom L5 (62 %")
    assert words.radicular(two).startswith("Folgt den linken Dermatomen C6–C7 (50 %")


def test_local_pain_reads_in_the_interface_language(interface_language):
    from bodymap.domain import suggest as sg
    from bodymap.domain.diagrams import load_view

    region = load_view("posterior").region("scapula_body", "right")

    class Zone:                                   # a pain zone over the back of the right shoulder blade
        id, view, polygons, intensity = 1, "posterior", tuple(region.polygons), 6
    infraspinatus = next(s for s in sg.suggest([Zone()]) if s.muscle_id == "infraspinatus")
    assert "Its trigger points lie in the painful area: Shoulder blade" in words.reason(infraspinatus)
    assert interface_language("de") == "de"
    assert "Seine Triggerpunkte liegen im schmerzhaften Bereich: " in words.reason(infraspinatus)


def test_the_word_tables_follow_the_domain():
    """The translated copies of texts the domain and export layers keep in English."""
    assert words.CAVEAT == reference.CAVEAT
    assert set(words.AREAS) == {area.label for area in reference.area_priors()}
    assert {copy.value: label for copy, label in COPY_LABELS.items()} == COPY_NAMES


def test_the_pain_map_draws_its_words_in_the_interface_language(interface_language, qtbot, tmp_path):
    """The map's title, subtitle and legend are drawn by the (Qt-free) domain in the words the
    dialog passes: German here, the filters worded by the dialog itself."""
    from bodymap.ui.progress import open_heatmap
    assert interface_language("de") == "de"
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'map.sqlite3'}")
    try:
        service = ChartService(sessions)
        create_demo(service)
        dialog = open_heatmap(None, ProgressService(sessions), service.find_patient("DEMO-0001"))
        qtbot.addWidget(dialog)
        dialog.patient_only.setChecked(True)
        words = dialog.words()
        assert words.title == "Schmerzhäufigkeit: Anterior (vorne)"
        assert words.subtitle == "Akte DEMO-0001 · 3 Sitzungen, 3 mit Schmerz in dieser Ansicht"
        assert words.legend == "Sitzungen mit\nSchmerz hier" and words.percent == "{value} %"
        assert "3 Sitzungen ausgewählt" in dialog.status.text()
        shot(dialog, "heatmap_de")
        dialog.close()
    finally:
        engine.dispose()


def test_the_calibration_dialog_asks_in_the_interface_language(interface_language, open_window, qtbot, tmp_path):
    """The prompt and the landmark list in German, the landmarks' and the view's names from the
    name tables."""
    from bodymap.services.templates import TemplateService
    from bodymap.ui.templates.import_dialog import CalibrationDialog
    from tests.ui.test_templates_ui import synthetic_template
    assert interface_language("de") == "de"
    png = tmp_path / "praxis.png"
    synthetic_template(png)
    window = open_window()
    service = TemplateService.for_service(window.service)
    record = service.import_image(png, "Praxis vorne", "anterior")
    dialog = CalibrationDialog(service.get(record.id), service, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.windowTitle() == "„Praxis vorne“ kalibrieren — Anterior (vorne)"
    assert dialog.prompt.text().startswith(f"1 von {len(dialog.landmarks)} · Klicken Sie auf: ")
    assert "gesetzt – setzen Sie mindestens 4" in dialog.status.text()
    assert dialog.skip_button.text() == "Überspringen – nicht im Bild"
    first = dialog.landmarks[0]
    assert (first.id, first.side) == ("vertex", "midline")
    assert dialog.prompt.text().endswith("Scheitel (Vertex)"), dialog.prompt.text()
    from PySide6.QtWidgets import QListWidget
    shown = " ".join(w.item(i).text() for w in dialog.findChildren(QListWidget) for i in range(w.count()))
    assert "Knie (rechts)" in shown and "Akromion (links)" in shown and "Incisura jugularis" in shown
    assert "Acromion" not in shown and "Knee" not in shown
    shot(dialog, "calibration_de")
