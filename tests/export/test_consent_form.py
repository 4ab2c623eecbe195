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

POPPLER = all(shutil.which(t) for t in ("pdftotext", "pdftoppm"))
pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")
PATIENT = PatientRecord(1, "CH-7731", "Morgan Needlewell", dt.date(1980, 4, 2), "female", "")
CLINIC = ClinicSettings(name="Harbour Physio Clinic", address="12 Quay Street\nPortside", phone="555-0100")


@pytest.fixture(autouse=True)
def qapp():
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([])


def _text(path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


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
    text = _text(path)
    for expected in ("Harbour Physio Clinic", "12 Quay Street, Portside", "Tel. 555-0100",
                     "Consent to dry needling", "Morgan Needlewell", "CH-7731", "02 Mar 2026", "Written",
                     "Course of treatment until 30 Jun 2026 or for 6 visits", "Dr. Sam Lee",
                     "collapsed lung (pneumothorax)", "withdraw my consent", "Anticoagulant", "Patient: Morgan"):
        assert expected in text, expected


def test_blank_form_has_boxes_to_tick(tmp_path):
    from bodymap.export.consent_form import export_consent_pdf
    text = _text(export_consent_pdf(tmp_path / "blank.pdf", PATIENT, None, CLINIC, clinician="Dr. Ada"))
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
    text = _text(path)
    for expected in ("Treatment safety", "URGENT: possible pneumothorax", "2 inserted, 2 removed — Reconciled",
                     "Pectoralis major (right): acknowledged by Dr. Sam Lee", "7/10 before → 3/10 after (4 less)",
                     "Shoulder flexion", "Suspected pneumothorax", "Ambulance called",
                     "After your treatment", "24 to 48 hours"):
        assert expected in text, expected
