"""Service and domain messages (bodymap.errors.Message) read in the clinician's language where they
are shown (render/i18n.message), while str() keeps the English sentence for logs and tests."""
from __future__ import annotations

import datetime as dt
import pickle

import pytest

from bodymap.domain import signoff
from bodymap.domain.charting import MAX_NAME, PatientInput
from bodymap.domain.consent import consent_problems
from bodymap.domain.identity import parse_date_of_birth
from bodymap.domain.safety import NeededPoint, count_out
from bodymap.errors import QT_TRANSLATE_NOOP, Day, Joined, Message, ValidationError
from bodymap.render import i18n

DE, ES = i18n.Language("de"), i18n.Language("es")


def _facts() -> signoff.SignOffFacts:
    count = count_out([NeededPoint(1, "upper trapezius", 3)], removed=None)
    return signoff.SignOffFacts(clinician_id=None, signer_id=1, carried=(signoff.CarriedMark(7, "upper trapezius"),),
                                needled=True, consent_problems=None, screen_reviewed=False, count=count,
                                thorax_unacknowledged=((9, "left rhomboid"),))


def test_a_message_is_its_english_sentence_and_keeps_its_template():
    msg = QT_TRANSLATE_NOOP("SignOffProblems", "Acknowledge the thorax caution for {label}.").format(label="T4")
    assert msg == "Acknowledge the thorax caution for T4." and isinstance(msg, str)
    assert (msg.context, msg.template, dict(msg.fields)) == (
        "SignOffProblems", "Acknowledge the thorax caution for {label}.", {"label": "T4"})
    again = pickle.loads(pickle.dumps(ValidationError(msg)))
    assert str(again) == str(msg) and again.args[0].fields == {"label": "T4"}


def test_sign_off_problems_in_german():
    found = signoff.problems(_facts())
    english = [p.message for p in found]
    assert english == [
        "Choose the treating clinician in the visit's details.",
        "Carried-forward trigger point upper trapezius: confirm it was found at this visit, or remove it.",
        "Record the patient's consent to dry needling for this visit (no valid consent covers it).",
        "Review the health screen at this visit.",
        "3 needles inserted but the needles removed have not been counted.",
        "Acknowledge the thorax caution for left rhomboid.",
    ]
    german = [i18n.message(p.message, DE) for p in found]
    assert german[:4] == [
        "Wählen Sie die behandelnde Fachkraft in den Sitzungsdetails.",
        "Übernommener Triggerpunkt upper trapezius: Bestätigen Sie, dass er in dieser Sitzung gefunden wurde, "
        "oder entfernen Sie ihn.",
        "Erfassen Sie die Einwilligung des Patienten in Dry Needling für diese Sitzung (keine gültige "
        "Einwilligung gilt für sie).",
        "Sehen Sie den Gesundheitsfragebogen in dieser Sitzung durch.",
    ]
    assert german[4] == "3 Nadeln gesetzt, aber die entfernten Nadeln wurden nicht gezählt."
    assert german[5] == "Bestätigen Sie den Thorax-Warnhinweis für left rhomboid."
    summary = signoff.summary(found)
    assert summary.startswith("This visit cannot be signed yet: Choose the treating clinician")
    german_summary = i18n.message(ValidationError(summary), DE)
    assert german_summary.startswith("Diese Sitzung kann noch nicht unterschrieben werden: Wählen Sie die "
                                     "behandelnde Fachkraft") and "Gesundheitsfragebogen" in german_summary


def test_consent_problems_in_spanish_with_the_language_s_dates():
    withdrawn = _Consent(withdrawn_at=dt.datetime(2026, 3, 5, 12, tzinfo=dt.UTC))
    found = consent_problems(withdrawn, dt.datetime(2026, 3, 6, 12, tzinfo=dt.UTC))
    assert found[0] == "Consent was withdrawn on 5 Mar 2026."
    assert i18n.message(found[0], ES) == "El consentimiento se retiró el 05/03/2026."   # the language's date
    assert i18n.message(Joined(found), ES) == ("El consentimiento se retiró el 05/03/2026. "
                                               "El consentimiento no registra quién lo obtuvo.")


class _Consent:
    method, scope, valid_until, obtained_by = "verbal", "visit", None, ""
    discussed_ids = ("what", "common_risks", "material_risks", "own_risks", "alternatives", "right_to_stop")
    signature, signed_on_paper = (), False

    def __init__(self, withdrawn_at):
        self.withdrawn_at = withdrawn_at


def test_patient_validation_in_german_and_english_unchanged():
    with pytest.raises(ValidationError) as too_long:
        PatientInput("C-1", "x" * (MAX_NAME + 1), None, "female").validated()
    assert str(too_long.value) == "Name is too long (201 characters; at most 200)."
    assert i18n.message(too_long.value, DE) == "Name ist zu lang (201 Zeichen; höchstens 200)."
    assert i18n.message(too_long.value) == str(too_long.value)          # English interface: as it was
    with pytest.raises(ValidationError) as missing:
        PatientInput("", "Erika", None, "female").validated()
    assert i18n.message(missing.value, DE) == "Aktennummer ist erforderlich."
    with pytest.raises(ValidationError) as impossible:
        parse_date_of_birth("31 Feb 1990")
    assert str(impossible.value) == "\"31 Feb 1990\" is not a date (day 31 does not exist in that month)."
    assert i18n.message(impossible.value, DE) == "„31 Feb 1990“ ist kein Datum (den Tag 31 gibt es in diesem Monat nicht)."
    with pytest.raises(ValidationError) as future:
        parse_date_of_birth("2031-01-02", today=dt.date(2026, 1, 1))
    assert str(future.value) == "Date of birth 02 Jan 2031 is in the future."
    assert i18n.message(future.value, DE) == "Das Geburtsdatum 02.01.2031 liegt in der Zukunft."


def test_a_translation_that_lost_a_field_falls_back_to_english():
    class Broken:
        def translate(self, context, text):
            return "Kaputt {nothing}"
        date = DE.date
    msg = Message("Validation", "{what} is required.", {"what": "Name"})
    assert i18n.message(msg, Broken()) == "Name is required."
    assert i18n.message(Day(dt.date(2026, 12, 5))) == "5 Dec 2026"
