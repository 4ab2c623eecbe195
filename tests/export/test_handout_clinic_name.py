"""A clinic that has not set its name: the handout prints the default name in its own language
("Ihre Praxis"), while the stored value stays the English "Your clinic"; a clinic's own name is
printed as written."""
from __future__ import annotations

import json
import shutil

import pytest

from bodymap.domain.clinic import ClinicSettings
from bodymap.export.report import export_pdf
from tests.export.pdf import pdf_words

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils (pdftotext) not installed")


def test_the_default_clinic_name_is_printed_in_the_handout_s_language(qtbot, demo_handout, tmp_path):
    _service, chart, extras = demo_handout
    extras = {k: v for k, v in extras.items() if k != "clinic"}
    stored = json.loads(json.dumps(ClinicSettings().stored()))          # as the settings table keeps it
    assert stored["name"] == "Your clinic"
    unnamed = ClinicSettings.from_stored(stored).validated()
    german = pdf_words(export_pdf(chart, tmp_path / "de.pdf", language="de", clinic=unnamed, **extras))
    spanish = pdf_words(export_pdf(chart, tmp_path / "es.pdf", language="es", clinic=unnamed, **extras))
    english = pdf_words(export_pdf(chart, tmp_path / "en.pdf", clinic=unnamed, **extras))
    assert "Ihre Praxis" in german and "Your clinic" not in german
    assert "Su clínica" in spanish and "Your clinic" not in spanish
    assert "Your clinic" in english
    named = ClinicSettings(name="Praxis Süd").validated()
    assert "Praxis Süd" in pdf_words(export_pdf(chart, tmp_path / "named.pdf", language="de", clinic=named, **extras))
