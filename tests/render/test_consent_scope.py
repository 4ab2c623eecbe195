"""A consent's scope reads the same in the window, the handout and the consent form, in their
language: the course of treatment with its limits too (the domain's scope_text stays English)."""
from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from bodymap.domain.safety import scope_text
from bodymap.render import consent_words, i18n


def consent(scope="course", until=dt.date(2026, 6, 30), visits=6):
    return SimpleNamespace(scope=scope, valid_until=until, max_visits=visits)


@pytest.mark.parametrize("code, expected", [
    ("de", "Behandlungsserie bis 30.06.2026 oder für 6 Sitzungen"),
    ("es", "30/06/2026"),
    ("pt_BR", "30/06/2026"),
])
def test_course_of_treatment_in_the_language(qapp, code, expected):
    text = consent_words.scope(consent(), i18n.Language(code))
    assert expected in text and "Course of treatment" not in text and "6" in text


def test_english_reads_as_the_domain_words_it(qapp):
    lang = i18n.Language("en")
    assert consent_words.scope(consent(until=None), lang) == scope_text("course", None, 6)
    assert consent_words.scope(consent(visits=1, until=None), lang) == scope_text("course", None, 1)
    assert consent_words.scope(consent("visit"), lang) == scope_text("visit", None, None) == "This visit only"


def test_the_handout_safety_line_uses_it(qapp):
    from bodymap.export.safety_sections import consent_text
    c = SimpleNamespace(scope="course", valid_until=None, max_visits=3, method_text="Written", method_note="",
                        given_on=dt.date(2026, 3, 2), obtained_by="Dr. Ünal", withdrawn_at=None,
                        scope_text=scope_text("course", None, 3))
    text = consent_text(SimpleNamespace(consent=c), i18n.Language("de"))
    assert "für 3 Sitzungen" in text and "Course of treatment" not in text
