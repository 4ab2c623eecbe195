"""The languages bodymap speaks: codes, their names, and how a code written by a person or a
system (``pt-BR``, ``de_AT.UTF-8``, ``es``) maps onto one of them. Pure Python: the services
validate a patient's preferred language with it; render/i18n.py loads the translations."""
from __future__ import annotations

from collections.abc import Mapping

SOURCE_LANGUAGE = "en"
# code -> the language's own name (as a person choosing it reads it)
LANGUAGES: dict[str, str] = {
    "en": "English",
    "es": "Español",
    "de": "Deutsch",
    "pt_BR": "Português (Brasil)",
}
LANGUAGE_CODES: tuple[str, ...] = tuple(LANGUAGES)


def match_language(value: str | None) -> str | None:
    """The supported code for a language tag or locale name, or None when bodymap has no
    translation for it: 'de_AT.UTF-8' -> 'de', 'pt-br' -> 'pt_BR', 'pt' -> 'pt_BR', 'es_MX' -> 'es',
    'C'/'POSIX' -> None."""
    text = (value or "").strip().split(".")[0].split("@")[0].replace("-", "_")
    if not text or text.upper() in ("C", "POSIX"):
        return None
    lang, _, region = text.partition("_")
    lang = lang.lower()
    if region:
        exact = f"{lang}_{region.upper()}"
        if exact in LANGUAGES:
            return exact
    if lang in LANGUAGES:
        return lang
    same = [code for code in LANGUAGES if code.split("_")[0] == lang]
    return same[0] if same else None


def clean_language(value: str | None) -> str:
    """A patient's preferred language as stored: '' (none chosen: the interface language is used)
    or a supported code; ValueError naming the choices for anything else."""
    text = (value or "").strip()
    if not text:
        return ""
    code = match_language(text)
    if code is None:
        raise ValueError(f"Unknown language {text!r}; choose one of: {', '.join(LANGUAGE_CODES)}.")
    return code


def environment_language(environ: Mapping[str, str]) -> str | None:
    """The language the environment asks for, as render/i18n.system_language reads it without Qt:
    the first of LANGUAGE (a colon list), then LC_ALL, LC_MESSAGES or LANG (the first one set)
    that bodymap has; English for C/POSIX; None when they name nothing bodymap has (the system's
    own setting decides then)."""
    candidates = environ.get("LANGUAGE", "").split(":") if environ.get("LANGUAGE") else []
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(name):
            candidates.append(environ[name])
            break
    for value in candidates:
        if value.strip().split(".")[0].upper() in ("C", "POSIX"):
            return SOURCE_LANGUAGE
        code = match_language(value)
        if code:
            return code
    return None
