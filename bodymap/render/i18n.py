"""Translations: Qt's own mechanism (QTranslator and .qm files from the .ts sources in
bodymap/assets/i18n, docs/TRANSLATIONS.md), plus name tables for the reference's muscles,
regions and diagram views (assets/i18n/names_<code>.json, keyed by their ids).

- The interface: ``install(app)`` at start-up loads the chosen language (View > Language, kept in
  QSettings, else the system's: LANGUAGE, LC_ALL, LC_MESSAGES, LANG, then QLocale) into the
  application; widgets then use ``self.tr`` / ``translate(context, text)``.
- A printout in another language than the interface (the patient's copy of the handout in the
  patient's language): ``Language(code)`` holds its own QTranslator and QLocale, never installed
  into the application, so painting a Spanish handout leaves a German window German.
"""
from __future__ import annotations

import datetime as dt
import functools
import json
import os
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCollator,
    QCollatorSortKey,
    QCoreApplication,
    QDate,
    QDateTime,
    QLibraryInfo,
    QLocale,
    QSettings,
    Qt,
    QTime,
    QTranslator,
)

from bodymap.domain.languages import LANGUAGE_CODES, LANGUAGES, SOURCE_LANGUAGE, environment_language, match_language
from bodymap.errors import QT_TRANSLATE_NOOP, Day, Joined, Message, Named, Number

if TYPE_CHECKING:        # the reference (8 ms to import) is not needed before the start window shows
    from bodymap.domain.reference import NameTables

__all__ = ["LANGUAGES", "LANGUAGE_CODES", "Language", "chosen_language", "chosen_language_setting", "current", "install", "language",
           "message", "qm_path", "set_chosen_language", "system_language", "translate"]

I18N_DIR = Path(__file__).resolve().parent.parent / "assets" / "i18n"
SETTINGS_KEY = "view/language"          # "" follows the system
_installed: list[QTranslator] = []
_current: str = SOURCE_LANGUAGE


def qm_path(code: str) -> Path:
    return I18N_DIR / f"bodymap_{code}.qm"


def translate(context: str, text: str) -> str:
    """text in the interface language (for code that is not a QObject)."""
    return QCoreApplication.translate(context, text)


def message(value: object, lang: Language | None = None) -> str:
    """What a service or the domain says (a bodymap.errors.Message, a Joined list of them, a
    BodymapError carrying one, or any text) in the interface language, or in lang's: the template
    translated, then its fields filled (a field that is a Message is translated too, a Day is
    written as the language writes dates). Plain text
    and exceptions without a Message read as str() does."""
    if isinstance(value, BaseException):
        value = value.args[0] if len(value.args) == 1 and isinstance(value.args[0], Message | Joined) else str(value)
    if isinstance(value, Joined):
        return value.separator.join(message(part, lang) for part in value.parts)
    if not isinstance(value, Message):
        return str(value)
    text = lang.translate(value.context, value.template) if lang is not None else translate(value.context, value.template)
    fields = {name: _field(field, lang) for name, field in value.fields.items()}
    try:
        return text.format(**fields) if fields else text
    except (KeyError, IndexError, ValueError):      # a translation that lost or broke a field
        return str(value)


# a landmark on one side, as the calibration dialog names it ('Akromion (rechte Seite des Patienten)')
_SIDES = {"right": QT_TRANSLATE_NOOP("CalibrationDialog", "patient's right"),
          "left": QT_TRANSLATE_NOOP("CalibrationDialog", "patient's left")}
_LANDMARK = QT_TRANSLATE_NOOP("CalibrationDialog", "{landmark} ({side})")


def _field(field: object, lang: Language | None) -> object:
    """One field of a message as the language writes it: a Message translated, a Day as its dates,
    a Number grouped by its thousands, a number with its decimal separator (English as str())."""
    if isinstance(field, Message | Joined):
        return message(field, lang)
    lang = lang or current()
    if isinstance(field, Day):
        return lang.date(field.date)
    if not isinstance(field, Number | Named | float) or lang.code == SOURCE_LANGUAGE:
        return field
    if isinstance(field, Number):
        return lang.locale.toString(int(field.value))
    if isinstance(field, Named):
        name = lang.name(field.table, field.key, field.default)
        side = _SIDES.get(field.side or "")
        return lang.translate(_LANDMARK.context, _LANDMARK.template).format(
            landmark=name, side=lang.translate(side.context, side.template)) if side is not None else name
    if isinstance(field, float):
        return str(field).replace(".", lang.locale.decimalPoint())
    return field


def system_language(environ=None) -> str:
    """The supported language the system asks for: the first of LANGUAGE (a colon list), LC_ALL,
    LC_MESSAGES, LANG that bodymap has (domain.languages.environment_language, which the command
    line uses too), then Qt's idea of the system locale; English otherwise."""
    code = environment_language(os.environ if environ is None else environ)
    if code is None and environ is None:
        code = environment_language({"LANGUAGE": ":".join(QLocale.system().uiLanguages())})
    return code or SOURCE_LANGUAGE


def _settings() -> QSettings:
    return QSettings("bodymap", "bodymap")


def chosen_language(settings: QSettings | None = None) -> str:
    """The language chosen in View > Language, or the system's when none was chosen."""
    value = str((settings or _settings()).value(SETTINGS_KEY, "") or "")
    return match_language(value) or system_language()


def chosen_language_setting(settings: QSettings | None = None) -> str:
    """What View > Language holds: a code, or '' for the system's language."""
    return match_language(str((settings or _settings()).value(SETTINGS_KEY, "") or "")) or ""


def set_chosen_language(code: str, settings: QSettings | None = None) -> None:
    """Keep code ('' = follow the system) for the next start."""
    (settings or _settings()).setValue(SETTINGS_KEY, code if code in LANGUAGES else "")


def install(app: QCoreApplication | None = None, code: str | None = None) -> str:
    """Install the translations of code (default: chosen_language()) into the application and
    make its locale the default one; returns the code installed."""
    global _current
    app = app or QCoreApplication.instance()
    code = match_language(code) if code else chosen_language()
    code = code or SOURCE_LANGUAGE
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    lang = language(code)
    if lang.translator is not None and app is not None:
        QCoreApplication.installTranslator(lang.translator)
        _installed.append(lang.translator)
        qt = QTranslator(app)            # Qt's own words (Save, Cancel, the file dialogs)
        import PySide6
        folders = (QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
                   str(Path(PySide6.__file__).parent / "Qt" / "translations"))     # a PyInstaller bundle
        if any(qt.load(f"qtbase_{code}", folder) for folder in folders):
            QCoreApplication.installTranslator(qt)
            _installed.append(qt)
    # widgets (spin boxes, date fields) take the language's formats; English keeps the system's
    QLocale.setDefault(lang.locale if code != SOURCE_LANGUAGE else QLocale.system())
    _current = code
    return code


def current() -> Language:
    """The interface language (what install() set; English before)."""
    return language(_current)


class Language:
    """One language for one printout: its translations, its names and its locale's formats."""

    def __init__(self, code: str | None):
        self.code = match_language(code) or SOURCE_LANGUAGE
        self.locale = QLocale("en_GB" if self.code == SOURCE_LANGUAGE else self.code)
        self.translator: QTranslator | None = None
        if self.code != SOURCE_LANGUAGE:
            translator = QTranslator()
            if translator.load(str(qm_path(self.code))):
                self.translator = translator
        self._names = _names(self.code)

    def translate(self, context: str, text: str) -> str:
        if self.translator is not None:
            out = self.translator.translate(context, text)
            if out:
                return out
        return text

    def name(self, table: str, key: str | None, default: str) -> str:
        """A muscle's, region's or view's name ('muscles', 'regions', 'views') by its id, or a
        text of the reference: 'groups' (group id), 'locations' ('muscle_id/TP1'), 'conditions'
        (the English condition), 'notes' (muscle id); default (the English) when there is none."""
        return self._names.get(table, {}).get(key or "", default)

    def sort_key(self, text: str) -> QCollatorSortKey:
        """A key that sorts names as this language's alphabet does ("Bíceps" before
        "Braquiorradial" in Spanish, "Ä" with "A" in German), case-insensitively."""
        return self._collator.sortKey(text)

    @functools.cached_property
    def _collator(self) -> QCollator:
        collator = QCollator(self.locale)
        collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        return collator

    def name_tables(self) -> NameTables:
        """These tables for the reference's search (empty in English)."""
        from bodymap.domain.reference import NameTables
        return NameTables(self.code, self._names)

    def place(self, record) -> str:
        """Where a trigger point lies: its muscle's name, else its region's, else the stored label."""
        if record.muscle:
            return self.name("muscles", record.muscle, record.location_label)
        if getattr(record, "region", None):
            return self.name("regions", record.region, record.location_label)
        return record.location_label

    # formats -----------------------------------------------------------------
    def date(self, value: dt.date | None) -> str:
        """A date as the language writes it, day and month in two digits and the year in full:
        05 Dec 2026, 05.12.2026 (de), 05/12/2026 (es, pt_BR)."""
        if value is None:
            return ""
        if self.code == SOURCE_LANGUAGE:
            fmt = "dd MMM yyyy"
        else:
            fmt = self.locale.dateFormat(QLocale.FormatType.ShortFormat)
            fmt = re.sub(r"(?<!d)d(?!d)", "dd", re.sub(r"(?<!M)M(?!M)", "MM", fmt))    # 05/03, not 5/3
            if "yyyy" not in fmt:
                fmt = fmt.replace("yy", "yyyy")
        return self.locale.toString(QDate(value.year, value.month, value.day), fmt)

    def time(self, value: dt.datetime | dt.time) -> str:
        return self.locale.toString(QTime(value.hour, value.minute), "HH:mm")

    def date_time(self, value: dt.datetime) -> str:
        return f"{self.date(value)}, {self.time(value)}"

    def short_date(self, value: dt.date) -> str:
        """Day and month only, for a chart's axis: 05 Dec, 05.12., 5/12."""
        if self.code == SOURCE_LANGUAGE:
            return self.locale.toString(QDate(value.year, value.month, value.day), "dd MMM")
        return self.date(value).rsplit(str(value.year), 1)[0].rstrip("/-") or self.date(value)

    def number(self, value: float, decimals: int = 1) -> str:
        return self.locale.toString(float(value), "f", decimals)

    def short_number(self, value: float) -> str:
        """As few digits as the value needs (12.5, 15), with the locale's decimal separator."""
        return f"{value:g}".replace(".", self.locale.decimalPoint())

    def percent(self, value: float, decimals: int = 1) -> str:
        """'0.6 %' / '0,6 %': the locale's decimal separator, a space before the sign."""
        return f"{self.number(value, decimals)} %"

    def datetime_of(self, value: dt.datetime) -> QDateTime:
        return QDateTime(QDate(value.year, value.month, value.day), QTime(value.hour, value.minute))


@functools.cache
def language(code: str | None) -> Language:
    return Language(code)


@functools.cache
def _names(code: str) -> dict[str, dict[str, str]]:
    path = I18N_DIR / f"names_{code}.json"
    if code == SOURCE_LANGUAGE or not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return {table: dict(values) for table, values in data.items() if isinstance(values, dict)}

