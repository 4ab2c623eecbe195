"""Patient identity rules: a typed date of birth is read in full or refused, and two patients
with the same name and date of birth (or the same name where a date is unknown) may be one person.

Dates are never guessed: "14 Mar 1975", "14 March 1975", "1975-03-14" and "14.03.1975" are read;
"03/04/1975" is refused because it is March in one country and April in another.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata

from bodymap.errors import QT_TRANSLATE_NOOP, Day, ValidationError

_MONTHS = {name: i for i, names in enumerate(
    (("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
     ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
     ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}

_DAY_MONTH_YEAR = re.compile(r"(\d{1,2})\s+([a-z]+)\.?,?\s+(\d{4})")
_MONTH_DAY_YEAR = re.compile(r"([a-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})")
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_DOTTED = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4})")
EARLIEST_BIRTH_YEAR = 1890
FORMAT_HINT = QT_TRANSLATE_NOOP("Validation", "e.g. 14 Mar 1975 or 1975-03-14")


def parse_date_of_birth(text: str, today: dt.date | None = None) -> dt.date:
    """The date typed, read in full, or ValidationError saying why it cannot be."""
    today = today or dt.date.today()
    raw = " ".join((text or "").split())
    if not raw:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Enter the date of birth, or choose \"Unknown\"."))
    value = raw.lower()
    year, month, day = _fields(value, raw)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "\"{text}\" is not a date (day {day} does not exist in that month).")
                              .format(text=raw, day=day)) from None
    if date > today:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Date of birth {day} is in the future.").format(
            day=Day(date, f"{date:%d %b %Y}")))
    if date.year < EARLIEST_BIRTH_YEAR:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Date of birth {day} is before {year}.").format(
            day=Day(date, f"{date:%d %b %Y}"), year=EARLIEST_BIRTH_YEAR))
    return date


def _fields(value: str, raw: str) -> tuple[int, int, int]:
    if m := _ISO.fullmatch(value):
        return int(m[1]), _month_number(m[2], raw), int(m[3])
    if m := _DOTTED.fullmatch(value):
        return int(m[3]), _month_number(m[2], raw), int(m[1])
    if m := _DAY_MONTH_YEAR.fullmatch(value):
        return int(m[3]), _month_named(m[2], raw), int(m[1])
    if m := _MONTH_DAY_YEAR.fullmatch(value):
        return int(m[3]), _month_named(m[1], raw), int(m[2])
    if "/" in value:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "\"{text}\" could be read two ways: write the month as a word or the "
                                                 "year first ({hint}).").format(text=raw, hint=FORMAT_HINT))
    raise ValidationError(QT_TRANSLATE_NOOP("Validation", "\"{text}\" is not a date this form can read ({hint}).").format(
        text=raw, hint=FORMAT_HINT))


def _month_named(word: str, raw: str) -> int:
    if word not in _MONTHS:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "\"{text}\": \"{word}\" is not a month.").format(text=raw, word=word))
    return _MONTHS[word]


def _month_number(digits: str, raw: str) -> int:
    month = int(digits)
    if not 1 <= month <= 12:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "\"{text}\": there is no month {month}.").format(text=raw, month=month))
    return month


def name_key(name: str) -> str:
    """A name as compared for identity: accents kept, case and spacing folded."""
    return " ".join(unicodedata.normalize("NFC", name or "").casefold().split())


def may_be_same_person(name_a: str, born_a: dt.date | None, name_b: str, born_b: dt.date | None) -> bool:
    """Same name, and the same date of birth, or a date missing on either side."""
    if name_key(name_a) != name_key(name_b):
        return False
    return born_a is None or born_b is None or born_a == born_b
