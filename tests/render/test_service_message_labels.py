"""The field names inside validation messages ("{what} is required.") and the messages of templates,
progress, settings, imports and backups read in the clinician's language (render/i18n.message);
str() keeps the English sentence."""
from __future__ import annotations

import pytest

from bodymap.domain.adverse import AdverseEventInput
from bodymap.domain.audit_chain import CONTENT_CHANGED, ChainProblem
from bodymap.domain.clinic import ClinicSettings
from bodymap.errors import QT_TRANSLATE_NOOP, BackupError, ValidationError
from bodymap.render import i18n

DE, ES, PT = i18n.Language("de"), i18n.Language("es"), i18n.Language("pt_BR")


def _refusal(make) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        make()
    return caught.value


def test_a_required_field_names_itself_in_german():
    refused = _refusal(lambda: ClinicSettings(name="  ").validated())
    assert str(refused) == "Clinic name is required."
    assert i18n.message(refused, DE) == "Name der Praxis ist erforderlich."
    assert i18n.message(refused, ES) == "Nombre de la clínica: campo obligatorio."


def test_a_label_with_a_field_is_a_template():
    refused = _refusal(lambda: ClinicSettings(name="Praxis", home_care={"trapezius": "\x00"}).validated())
    assert str(refused) == "Home care for trapezius contains a NUL character."
    assert i18n.message(refused, DE) == "Hinweise für zu Hause zu trapezius enthält ein NUL-Zeichen."


def test_an_adverse_event_s_choice_names_its_field():
    refused = _refusal(lambda: AdverseEventInput(kind="nonsense").validated())  # type: ignore[arg-type]
    assert str(refused).startswith("Kind of adverse event must be one of: ")
    assert i18n.message(refused, PT).startswith("Tipo de evento adverso deve ser um destes: ")


def test_template_settings_and_backup_refusals_in_german(tmp_path):
    from bodymap.migrations.backup import check_backup_file
    from bodymap.services.templates import check_image_bytes
    refused = _refusal(lambda: check_image_bytes(b"not an image"))
    assert str(refused) == "The file is not an image Bodymap can read; choose a PNG or JPEG file."
    assert i18n.message(refused, DE) == ("Die Datei ist kein Bild, das Bodymap lesen kann; wählen Sie eine PNG- oder "
                                         "JPEG-Datei.")
    missing = tmp_path / "none.sqlite"
    with pytest.raises(BackupError) as caught:
        check_backup_file(missing)
    assert str(caught.value) == f"There is no file {missing}."
    assert i18n.message(caught.value, ES) == f"No existe el archivo {missing}."


def test_where_the_audit_chain_breaks_in_german():
    problem = ChainProblem(12, CONTENT_CHANGED, QT_TRANSLATE_NOOP("Records", "its hash does not match its content"))
    assert problem.message() == "row 12: content changed (its hash does not match its content)"
    assert i18n.message(problem.message(), DE) == "Zeile 12: Inhalt verändert (ihr Hash passt nicht zu ihrem Inhalt)"
