"""The command line's words in the user's language: the language LANGUAGE, LC_ALL, LC_MESSAGES or
LANG ask for (as the window's, docs/TRANSLATIONS.md), else the system's. English needs no Qt at
all; another language loads its QTranslator with QtCore only (no QApplication, no widgets), once,
when the first word is translated.

- ``translate(context, text)``: a string of the command line (lupdate reads these calls);
- ``message(value)``: what a service or the domain says (bodymap.errors.Message, or an error
  carrying one), translated and filled; anything else as str() gives it.
"""
from __future__ import annotations

import argparse
import os
from typing import Any

from bodymap.domain.languages import SOURCE_LANGUAGE, environment_language
from bodymap.errors import QT_TRANSLATE_NOOP

CONTEXT = "CommandLine"


def language_code() -> str:
    code = environment_language(os.environ)
    if code is None:                      # nothing in the environment: the system's setting (QtCore)
        from bodymap.render.i18n import system_language
        code = system_language()
    return code


def _language() -> Any:
    code = language_code()
    if code == SOURCE_LANGUAGE:
        return None
    from bodymap.render.i18n import language
    return language(code)            # cached there: the .qm is read once per language


def translate(context: str, text: str) -> str:
    lang = _language()
    return text if lang is None else lang.translate(context, text)


def message(value: object) -> str:
    lang = _language()
    if lang is None:
        return value.args[0] if isinstance(value, BaseException) and len(value.args) == 1 \
            and isinstance(value.args[0], str) else str(value)
    from bodymap.render.i18n import message as translated
    return translated(value, lang)


# argparse's own words (usage, the headings, --help), in the same language
_ARGPARSE = {
    "usage: ": QT_TRANSLATE_NOOP("CommandLine", "usage: "),
    "positional arguments": QT_TRANSLATE_NOOP("CommandLine", "positional arguments"),
    "options": QT_TRANSLATE_NOOP("CommandLine", "options"),
    "show this help message and exit": QT_TRANSLATE_NOOP("CommandLine", "show this help message and exit"),
    "show program's version number and exit": QT_TRANSLATE_NOOP("CommandLine", "show program's version number and exit"),
    "%(prog)s: error: %(message)s\n": QT_TRANSLATE_NOOP("CommandLine", "%(prog)s: error: %(message)s\n"),
    "the following arguments are required: %s": QT_TRANSLATE_NOOP("CommandLine",
                                                                  "the following arguments are required: %s"),
    "unrecognized arguments: %s": QT_TRANSLATE_NOOP("CommandLine", "unrecognized arguments: %s"),
    "invalid choice: %(value)r (choose from %(choices)s)": QT_TRANSLATE_NOOP(
        "CommandLine", "invalid choice: %(value)r (choose from %(choices)s)"),
    "argument %(argument_name)s: %(message)s": QT_TRANSLATE_NOOP("CommandLine",
                                                                 "argument %(argument_name)s: %(message)s"),
    "invalid %(type)s value: %(value)r": QT_TRANSLATE_NOOP("CommandLine", "invalid %(type)s value: %(value)r"),
    "expected one argument": QT_TRANSLATE_NOOP("CommandLine", "expected one argument"),
}


def translate_argparse() -> None:
    """argparse's own words through the same translation (it looks `_` up at each call)."""
    if _language() is None or getattr(argparse._, "bodymap", False):  # type: ignore[attr-defined]
        return
    english = argparse._  # type: ignore[attr-defined]

    def _(text: str) -> str:
        return translate(CONTEXT, _ARGPARSE[text]) if text in _ARGPARSE else english(text)
    _.bodymap = True  # type: ignore[attr-defined]
    argparse._ = _  # type: ignore[attr-defined]
