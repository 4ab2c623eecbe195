"""The consent form PDF and the handout's safety sections (needs poppler-utils)."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import subprocess

import pytest

from bodymap.domain import safety as dom
from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.records import PatientRecord
from tests.export.pdf import pdf_words

SHOTS = os.environ.get("BODYMAP_SHOTS")
POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdftoppm"))
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")
PATIENT = PatientRecord(1, "CH-7731", "Morgan Needlewell", dt.date(1980, 4, 2), "female", "")
CLINIC = ClinicSettings(name="Harbour Physio Clinic", address="12 Quay Street\nPortside", phone="555-0100")


@pytest.fixture(autouse=True)
def qapp():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([])


def _consent(**kw):
    from bodymap.services.safety import ConsentRecord
    base = dict(id=1, patient_id=1, visit_id=3, given_on=dt.date(2026, 3, 2), method="written", method_note="",
                scope="course", valid_until=dt.date(2026, 6, 30), max_visits=6,
                statement=dom.DEFAULT_CONSENT_TEXT, notes="", obtained_by="Dr. Sam Lee",
                created_at=dt.datetime(2026, 3, 2, tzinfo=dt.UTC))
    return ConsentRecord(**(base | kw))


def test_recorded_consent_form(tmp_path):
    from bodymap.export.consent_form import export_consent_pdf
    path = export_consent_pdf(tmp_path / "consent.pdf", PATIENT, _consent(), CLINIC)
    assert oct(path.stat().st_mode & 0o777) == "0o600"
    text = pdf_words(path)
    for expected in ("Harbour Physio Clinic", "12 Quay Street, Portside", "Tel. 555-0100",
                     "Consent to dry needling", "Morgan Needlewell", "CH-7731", "02 Mar 2026", "Written",
                     "Course of treatment until 30 Jun 2026 or for 6 visits", "Dr. Sam Lee",
                     "collapsed lung (pneumothorax)", "withdraw my consent", "Anticoagulant", "Patient: Morgan"):
        assert expected in text, expected


def test_blank_form_has_boxes_to_tick(tmp_path):
    from bodymap.export.consent_form import export_consent_pdf
    text = pdf_words(export_consent_pdf(tmp_path / "blank.pdf", PATIENT, None, CLINIC, clinician="Dr. Ada"))
    assert "Harbour Physio Clinic" in text and "Morgan Needlewell" in text
    assert "This visit only" in text and "Clinician: Dr. Ada" in text and "I agree to dry needling" in text


def _visit_safety(**kw):
    from bodymap.services.safety import AdverseEventRecord, NeededPointRecord, NeedleLogRecord, ScreenState, VisitSafety
    at = dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC)
    base = dict(
        visit_id=3, patient_id=1, overall_pain=7,
        screen=ScreenState(3, 1, dom.clean_screen({}), True, "Dr. Sam Lee", at), consent=_consent(),
        needled=(NeededPointRecord(5, "Pectoralis major (right)", True,
                                   NeedleLogRecord(5, 2, 6, "Dr. Sam Lee", at)),),
        count=dom.count_out([dom.NeededPoint(5, "Pectoralis major (right)", 2, True, True)], 2),
        counted_by="Dr. Sam Lee", pain_after=3, rom_note="Shoulder flexion 150° → 170°",
        events=(AdverseEventRecord(1, 3, "pneumothorax", "serious", "Breathless after 10 min",
                                   "Ambulance called", "Phone next day", at, "Dr. Sam Lee"),),
        after_care=dom.DEFAULT_AFTER_CARE)
    return VisitSafety(**(base | kw))


def test_safety_sections_in_a_paged_layout(tmp_path):
    from PySide6.QtGui import QPdfWriter

    from bodymap.export.layout import PagedLayout, page_layout
    from bodymap.export.safety_sections import safety_sections
    path = tmp_path / "sections.pdf"
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(page_layout("A4"))
    layout = PagedLayout(writer)
    safety_sections(layout, _visit_safety())
    layout.paint_on_device()
    del writer
    text = pdf_words(path)
    for expected in ("Treatment safety", "URGENT: possible pneumothorax", "2 inserted, 2 removed — Reconciled",
                     "Pectoralis major (right): acknowledged by Dr. Sam Lee", "7/10 before → 3/10 after (4 less)",
                     "Shoulder flexion", "Suspected pneumothorax", "Ambulance called",
                     "After your treatment", "24 to 48 hours"):
        assert expected in text, expected


def test_recorded_consent_prints_items_who_when_copy_signature_and_withdrawal(tmp_path):
    from bodymap.domain.consent import CONSENT_ITEMS
    from bodymap.export.consent_form import export_consent_pdf
    discussed = tuple((i.id, i.text) for i in CONSENT_ITEMS if i.id != "alternatives")
    strokes = (((0.1, 0.6), (0.2, 0.2), (0.3, 0.7), (0.45, 0.25), (0.6, 0.65)), ((0.65, 0.5), (0.9, 0.4)))
    consent = _consent(discussed=discussed, risk_factors=("Anticoagulant or antiplatelet medication",),
                       copy_given=True, signature=strokes,
                       withdrawn_at=dt.datetime(2026, 3, 20, 9, 30, tzinfo=dt.UTC),
                       withdrawn_reason="Prefers exercise only", withdrawn_by="Dr. Sam Lee")
    path = export_consent_pdf(tmp_path / "consent.pdf", PATIENT, consent, CLINIC)
    text = pdf_words(path)
    for expected in ("Discussed with the patient", "☑ What dry needling is", "not acupuncture",
                     "pneumothorax", "(not recorded)", "From the health screen: Anticoagulant",
                     "Yes, a copy was given", "Signed on screen by the patient", "recorded 02 Mar 2026",
                     "Consent withdrawn", "Prefers exercise only", "does not cover visits after"):
        assert expected in text, expected
    assert text.count("☐") == 1                                            # only "alternatives" unticked
    if SHOTS:
        subprocess.run(["pdftoppm", "-png", "-r", "60", str(path), os.path.join(SHOTS, "consent_pdf")], check=True)
    # the strokes are drawn: the signature area is not blank, and blank without strokes
    plain = export_consent_pdf(tmp_path / "paper.pdf", PATIENT, _consent(signed_on_paper=True, method="written"),
                               CLINIC)
    assert "Signed on paper: the signed original is kept on file" in pdf_words(plain)
    assert _ink(path) > _ink(plain)


def _ink(path) -> int:
    """Dark pixels on the last page (where the signatures are)."""
    out = subprocess.run(["pdftoppm", "-gray", "-r", "40", "-l", "9", str(path)], capture_output=True, check=True)
    data = out.stdout
    pages = data.split(b"P5\n")[1:]
    last = pages[-1].split(b"\n", 2)[2]
    return sum(1 for b in last if b < 100)
