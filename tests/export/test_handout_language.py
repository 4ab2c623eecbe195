"""The handout in the patient's language (docs/TRANSLATIONS.md): printed in Spanish and German and
read back with pdftotext: headings, key, names and after-care translated, dates and the pain-area
percentages written as the language writes them; the patient copy follows the patient's preferred
language, the clinician copy the interface's, and `export --language` overrides both."""
from __future__ import annotations

import dataclasses
import re
import shutil
import subprocess

import pytest

from bodymap.domain.charting import PatientInput
from bodymap.export.report import export_pdf
from bodymap.services.handout import handout_extras
from tests.export.pdf import pdf_words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


def _without_scores(text: str) -> str:
    """text without the pain scores ("2/10"): pdftotext may read the next column's score between
    the lines of a wrapped findings cell."""
    return re.sub(r" \d+/10(?= )", "", text)


SPANISH = ("Su mapa de puntos gatillo y dolor", "Su mapa corporal", "Puntos gatillo (zonas tensas y sensibles del músculo)",
           "Dónde siente el dolor", "Su evolución", "Leyenda", "Punto gatillo latente", "Página 1 de 2",
           "Izquierda y derecha son las del propio paciente")
GERMAN = ("Ihre Triggerpunkt- und Schmerzkarte", "Ihr Körperschema", "Wo Sie den Schmerz spüren", "Ihr Verlauf",
          "Latenter Triggerpunkt", "Seite 1 von 2", "Links und rechts aus Sicht des Patienten")


def test_spanish_and_german_handouts(qtbot, demo_handout, tmp_path):
    _service, chart, extras = demo_handout
    visit_day = chart.visit.local_time()
    born = chart.patient.date_of_birth
    es = pdf_words(export_pdf(chart, tmp_path / "es.pdf", language="es", **extras))
    de = pdf_words(export_pdf(chart, tmp_path / "de.pdf", language="de", **extras))
    for words in SPANISH:
        assert words in es, words
    for words in GERMAN:
        assert words in de, words
    assert f"Visita {visit_day:%d/%m/%Y}, {visit_day:%H:%M}" in es and f"Nacimiento {born:%d/%m/%Y}" in es
    assert f"Termin {visit_day:%d.%m.%Y}, {visit_day:%H:%M}" in de and f"Geboren {born:%d.%m.%Y}" in de
    # the pain-area chart's percentages with a decimal comma, the axis dates as the language writes them
    import re
    assert re.search(r"\b\d+,\d %", de) and re.search(r"\b\d+,\d %", es)
    assert not re.search(r"\b\d+\.\d %", de)
    assert f"{visit_day:%d.%m.}" in de and "Datum des Termins" in de
    # muscle and region names from the name tables, never the English ones
    assert "Trapecio superior" in es or "Infraespinoso" in es
    assert "Upper trapezius" not in es and "Upper trapezius" not in de
    for english in ("Your body chart", "Where you feel the pain", "Page 1 of", "Printed"):
        assert english not in es and english not in de
    assert "…" not in es and "…" not in de            # nothing elided: the longer words fit the header


def test_after_care_in_the_patients_language(qtbot, demo_handout, tmp_path):
    """The shipped default after-care text is printed translated; a clinic's own text as written."""
    from bodymap.domain.safety import DEFAULT_AFTER_CARE
    from bodymap.export.safety_sections import after_care_text
    from bodymap.render import i18n
    german = after_care_text(DEFAULT_AFTER_CARE, i18n.Language("de"))
    assert german.startswith("Nach dem Dry Needling") and "Pneumothorax" in german
    assert after_care_text("Rest today.", i18n.Language("de")) == "Rest today."


def test_clinic_home_care_in_the_patients_language_else_the_clinics_own_text(qtbot, demo_handout, tmp_path):
    """A clinic that wrote its home-care advice in Spanish gets it on the Spanish patient copy; the
    English clinician copy, and a language the clinic wrote nothing in, print its general text."""
    from bodymap.domain.clinic import ClinicSettings
    _service, chart, extras = demo_handout
    muscle = next(tp.muscle for tp in chart.trigger_points if tp.muscle)
    clinic = ClinicSettings(name="Clínica", home_care={muscle: "Stretch GENERALTEXT twice a day."},
                            home_care_languages={"es": {muscle: "Estiramiento ESTEXTO dos veces al día."}}).validated()
    spanish = pdf_words(export_pdf(chart, tmp_path / "es.pdf", language="es", clinic=clinic, **extras))
    english = pdf_words(export_pdf(chart, tmp_path / "en.pdf", copy="clinician", clinic=clinic, **extras))
    german = pdf_words(export_pdf(chart, tmp_path / "de.pdf", language="de", clinic=clinic, **extras))
    assert "ESTEXTO" in spanish and "GENERALTEXT" not in spanish
    assert "GENERALTEXT" in english and "ESTEXTO" not in english
    assert "GENERALTEXT" in german and "ESTEXTO" not in german


def test_patient_copy_follows_the_patients_language(qtbot, demo_handout, tmp_path):
    service, chart, extras = demo_handout
    p = chart.patient
    service.update_patient(p.id, PatientInput(p.chart_number, p.name, p.date_of_birth, p.sex, p.notes, language="pt_BR"))
    chart = service.get_chart(chart.visit.id)
    assert chart.patient.language == "pt_BR"
    patient_copy = pdf_words(export_pdf(chart, tmp_path / "p.pdf", **extras))
    clinician_copy = pdf_words(export_pdf(chart, tmp_path / "c.pdf", copy="clinician", **extras))
    override = pdf_words(export_pdf(chart, tmp_path / "o.pdf", language="de", **extras))
    assert "Seu mapa corporal" in patient_copy and "Página 1 de" in patient_copy
    assert "Body chart" in clinician_copy and "Referred pain zones" in clinician_copy     # the interface: English
    assert "Ihr Körperschema" in override


def test_german_clinician_copy_names_the_findings_as_the_literature_does(qtbot, demo_handout, tmp_path):
    _service, chart, extras = demo_handout
    tps = tuple(dataclasses.replace(tp, findings=frozenset({"taut_band", "local_twitch"}), needled=True,
                                    depth_mm=12.5, twitch_responses=2) for tp in chart.trigger_points)
    chart = dataclasses.replace(chart, trigger_points=tps)
    de = pdf_words(export_pdf(chart, tmp_path / "de.pdf", copy="clinician", language="de", **extras), layout=False)
    de = _without_scores(de)
    assert "Myofasziale Triggerpunkte" in de and "Tastbares Hartspannband" in de
    assert "Lokale Zuckungsreaktion" in de and "Tiefe 12,5 mm" in de and "2 lokale Zuckungsreaktionen" in de
    es = _without_scores(pdf_words(export_pdf(chart, tmp_path / "es.pdf", copy="patient", language="es", **extras), layout=False))
    assert "Punción seca" in es and "una banda tensa en el músculo" in es.lower()


def test_cli_export_language_overrides_and_refuses_an_unknown_code(tmp_path):
    import os
    import sys
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "LANGUAGE": "en"}
    run = [sys.executable, "-m", "bodymap.cli", "--database", url]
    subprocess.run([*run, "demo"], check=True, capture_output=True, env=env, timeout=300)
    out = tmp_path / "v.pdf"
    done = subprocess.run([*run, "export", "--visit", "3", "--format", "pdf", "--language", "es", "-o", str(out)],
                          capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    assert "Su mapa corporal" in pdf_words(out)
    bad = subprocess.run([*run, "export", "--visit", "3", "--format", "pdf", "--language", "xx", "-o",
                          str(tmp_path / "x.pdf")], capture_output=True, text=True, env=env, timeout=300)
    assert bad.returncode != 0 and "choose one of: en, es, de, pt_BR" in bad.stderr
    assert not (tmp_path / "x.pdf").exists()


def test_signed_header_fits_in_german_and_spanish(qtbot, demo_handout, tmp_path):
    """The clinician copy of a signed visit: 'Signed by …, date time' is longer in German and
    Spanish and still printed whole (the header elides with '…' what does not fit)."""
    service, _chart, _extras = demo_handout
    first = min(service.list_visits(), key=lambda v: v.started_at)
    chart = service.get_chart(first.id)
    assert chart.visit.is_signed
    for code, words in (("de", "Unterzeichnet von"), ("es", "Firmado por")):
        text = pdf_words(export_pdf(chart, tmp_path / f"{code}.pdf", copy="clinician", language=code,
                                **handout_extras(service, chart)))
        signed = chart.visit.signed_at.astimezone()
        assert f"{words} {chart.visit.signed_by}" in text and f"{signed:%H:%M}" in text
        assert "…" not in text, code
