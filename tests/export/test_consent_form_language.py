"""The consent form PDF in the patient's language (docs/TRANSLATIONS.md), read back with pdftotext
(needs poppler-utils): its own words, the shipped statement and items, the health questions, the
handout's words (method, scope, banner), the dates; a clinic's own wording prints as written."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil
import subprocess

import pytest

from bodymap.domain import safety as dom
from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.consent import CONSENT_ITEMS
from bodymap.domain.records import PatientRecord
from tests.export.pdf import pdf_words

SHOTS = os.environ.get("BODYMAP_SHOTS")
POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdftoppm"))
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")
PATIENT = PatientRecord(1, "CH-7731", "Morgan Needlewell", dt.date(1980, 4, 2), "female", "")
CLINIC = ClinicSettings(name="Harbour Physio Clinic", address="12 Quay Street\nPortside", phone="555-0100")
OWN = "Our own words about what needling is"


@pytest.fixture(autouse=True)
def qapp():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([])


def _consent(**kw):
    from bodymap.services.safety import ConsentRecord
    discussed = tuple((i.id, i.text) for i in CONSENT_ITEMS if i.id != "alternatives")
    base = dict(id=1, patient_id=1, visit_id=3, given_on=dt.date(2026, 3, 2), method="written", method_note="",
                scope="course", valid_until=dt.date(2026, 6, 30), max_visits=6,
                statement=dom.DEFAULT_CONSENT_TEXT, notes="", obtained_by="Dr. Sam Lee",
                created_at=dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC), discussed=discussed,
                risk_factors=(dom.SCREEN_ITEMS[0].label,), copy_given=True,
                withdrawn_at=dt.datetime(2026, 3, 20, 9, 30, tzinfo=dt.UTC),
                withdrawn_reason="Prefers exercise only", withdrawn_by="Dr. Sam Lee")
    return dataclasses.replace(ConsentRecord(**base), **kw)


EXPECTED = {
    "es": ("Consentimiento para la punción seca", "02/03/2026", "Escrito",
           "Ciclo de tratamiento hasta el 30/06/2026 o durante 6 visitas", "Se me ha explicado en qué consiste",
           "neumotórax", "Qué es la punción seca", "(no registrado)", "Del cribado de salud:",
           "Antes del tratamiento, indíquenos", "Sí, se entregó una copia al paciente", "Consentimiento retirado",
           "Prefers exercise only", "Paciente: Morgan Needlewell", "Profesional: Dr. Sam Lee", "Tel. 555-0100"),
    "de": ("Einwilligung in Dry Needling", "02.03.2026", "Schriftlich",
           "Behandlungsserie bis 30.06.2026 oder für 6 Sitzungen", "Mir wurde erklärt, was Dry Needling ist",
           "Lungenkollaps (Pneumothorax)", "Was Dry Needling ist", "(nicht erfasst)", "Aus dem Gesundheitsfragebogen:",
           "Bitte sagen Sie uns vor der Behandlung", "Ja, dem Patienten wurde eine Kopie ausgehändigt",
           "Einwilligung widerrufen", "Patient: Morgan Needlewell", "Therapeut: Dr. Sam Lee"),
}
ENGLISH = ("Consent to dry needling", "Discussed with the patient", "What dry needling is", "I have been told",
           "Course of treatment", "How given", "Obtained by", "Copy given", "Before treatment", "not recorded",
           "From the health screen", "Anticoagulant", "Clinician", "Withdrawn", "I agree to dry needling", "Born ")


@pytest.mark.parametrize("code", sorted(EXPECTED))
def test_consent_form_in_the_patients_language(tmp_path, code):
    from bodymap.export.consent_form import export_consent_pdf
    from bodymap.render import i18n
    patient = dataclasses.replace(PATIENT, language=code)
    path = export_consent_pdf(tmp_path / f"consent_{code}.pdf", patient, _consent(), CLINIC)
    text = pdf_words(path)
    for expected in EXPECTED[code]:
        assert expected in text, expected
    for english in ENGLISH:
        assert english not in text, english
    health = i18n.language(code).translate("SafetyScreen", dom.SCREEN_ITEMS[0].label)
    assert health != dom.SCREEN_ITEMS[0].label and health in text
    if SHOTS:
        subprocess.run(["pdftoppm", "-png", "-r", "70", str(path), os.path.join(SHOTS, f"consent_{code}")], check=True)


def test_blank_form_and_language_argument(tmp_path):
    """language= wins over the patient's preference; the blank form's boxes are translated too."""
    from bodymap.export.consent_form import export_consent_pdf
    patient = dataclasses.replace(PATIENT, language="es")
    text = pdf_words(export_consent_pdf(tmp_path / "blank.pdf", patient, None, CLINIC, clinician="Dr. Ada", language="de"))
    for expected in ("☐ Schriftlich ☐ Mündlich ☐ Andere:", "☐ Nur diese Sitzung ☐ Behandlungsserie bis",
                     "☐ Ja ☐ Nein", "Therapeut: Dr. Ada", "ich willige in die Behandlung mit Dry Needling ein"):
        assert expected in text, expected
    assert "Consentimiento" not in text and "Written" not in text


def test_clinic_wording_prints_as_written(tmp_path):
    from bodymap.export.consent_form import export_consent_pdf
    own_statement = "The clinic's own statement, as typed."
    discussed = (("what", OWN),) + tuple((i.id, i.text) for i in CONSENT_ITEMS[1:])
    consent = _consent(statement=own_statement, discussed=discussed)
    text = pdf_words(export_consent_pdf(tmp_path / "own.pdf", dataclasses.replace(PATIENT, language="de"),
                                    consent, CLINIC))
    assert OWN in text and own_statement in text
    assert "Mir wurde erklärt" not in text and "Häufige Risiken" in text     # the defaults still translated
    blank = pdf_words(export_consent_pdf(tmp_path / "blank.pdf", PATIENT, None, CLINIC, language="es",
                                     wording={"what": OWN}))
    assert OWN in blank and "Se me ha explicado" in blank
