"""The printed treatment-safety section carries the needling session (tolerance, immediate
outcome, note) and adverse events with their onset, and near misses flagged as such."""
from __future__ import annotations

import dataclasses
import datetime as dt
import os
import shutil

import pytest

from bodymap.services.safety import AdverseEventRecord, SessionRecord
from tests.export.pdf import pdf_words
from tests.export.test_consent_form import POPPLER, _visit_safety

pytestmark = pytest.mark.skipif(not POPPLER, reason="poppler-utils is not installed")

AT = dt.datetime(2026, 3, 2, 10, 15, tzinfo=dt.UTC)


def _print(path, safety) -> str:
    from PySide6.QtGui import QPdfWriter

    from bodymap.export.layout import PagedLayout, page_layout
    from bodymap.export.safety_sections import safety_sections
    writer = QPdfWriter(str(path))
    writer.setResolution(300)
    writer.setPageLayout(page_layout("A4"))
    layout = PagedLayout(writer)
    safety_sections(layout, safety)
    layout.paint_on_device()
    del writer
    return pdf_words(path)


def test_session_and_near_miss_are_printed(qapp, tmp_path):
    safety = _visit_safety(
        session=SessionRecord("poorly", "worse", "Felt faint after the third needle; needles out, lying down"),
        events=(AdverseEventRecord(1, 3, "fainting", "significant", "Pale and clammy", "Legs raised, water",
                                   "Phone call this evening", AT, "Dr. Sam Lee", "during"),
                AdverseEventRecord(2, 3, "other", None, "Used needle found on the couch", "Sharps bin, recount",
                                   "", AT, "Dr. Sam Lee", None, True)))
    path = tmp_path / "session.pdf"
    text = _print(path, safety)
    shutil.copy(path, "/tmp/e_shots/session.pdf") if os.path.isdir("/tmp/e_shots") else None
    for expected in ("Tolerance Tolerated poorly, stopped early", "Outcome Worse",
                     "Felt faint after the third needle",
                     "Fainting or feeling faint", "Onset: During needling", "Significant", "Near miss",
                     "Used needle found on the couch"):
        assert expected in text, expected
    assert "URGENT" not in text                 # no suspected pneumothorax at this visit


def test_nothing_recorded_prints_no_session_rows(qapp, tmp_path):
    safety = dataclasses.replace(_visit_safety(), session=SessionRecord())
    text = _print(tmp_path / "none.pdf", safety)
    assert "Tolerance" not in text and "Outcome" not in text
