"""The field names inside validation messages ("{what} is required.") and the messages of templates,
progress, settings, imports and backups read in the clinician's language (render/i18n.message);
str() keeps the English sentence."""
from __future__ import annotations

import pytest

from bodymap.domain.adverse import AdverseEventInput
from bodymap.domain.clinic import ClinicSettings
from bodymap.errors import ValidationError
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
