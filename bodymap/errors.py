"""The errors a clinician can be told about, under one root.

Every error that crosses a layer is a BodymapError; its message is one line fit to show as it is
(no patient data, passwords masked). Widgets and the command line catch BodymapError and never a
database or library type. The built-in bases (ValueError, LookupError, PermissionError) are kept
so that generic callers still recognise the kind. This module imports nothing of ours.
"""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any


class Message(str):
    """A sentence for the user that can be shown in the interface's language: the English text
    (what str() gives, for logs and tests) that also keeps its lupdate context, its template with
    {fields} and the fields' values. Made by the marker below; where a message is shown to the
    user (render/i18n.message, the command line) the template is translated, then filled.

        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "No month {month}.").format(month=m))

    A field may itself be a Message (translated in turn) or a Joined list of them."""

    context: str
    template: str
    fields: Mapping[str, object]

    def __new__(cls, context: str, template: str, fields: Mapping[str, object] | None = None) -> Message:
        values = dict(fields or {})
        self = super().__new__(cls, template.format(**values) if values else template)
        self.context, self.template, self.fields = context, template, values
        return self

    def format(self, *args: object, **fields: object) -> Message:
        """The message with its fields filled (English str), the template kept for translation."""
        if args:
            raise TypeError("a Message takes {named} fields only")
        return Message(self.context, self.template, {**self.fields, **fields})

    def __reduce__(self) -> tuple[Any, ...]:
        return (Message, (self.context, self.template, dict(self.fields)))


class Joined(str):
    """Messages shown one after another (each translated on its own), e.g. a list of problems."""

    parts: tuple[str, ...]
    separator: str

    def __new__(cls, parts: Iterable[str], separator: str = " ") -> Joined:
        items = tuple(parts)
        self = super().__new__(cls, separator.join(items))
        self.parts, self.separator = items, separator
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Joined, (self.parts, self.separator))


class Day(str):
    """A calendar day in a Message's field: '3 Dec 2026' in English, the language's date where
    the message is translated."""

    date: dt.date

    def __new__(cls, day: dt.date, english: str | None = None) -> Day:
        self = super().__new__(cls, f"{day.day} {day:%b %Y}" if english is None else english)
        self.date = day
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Day, (self.date, str(self)))


class Number(str):
    """A count in a Message's field, grouped by thousands: '1,000' in English, the language's
    grouping where the message is translated ('1.000' in German)."""

    value: int

    def __new__(cls, value: int) -> Number:
        self = super().__new__(cls, f"{value:,}")
        self.value = value
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Number, (self.value,))


class Named(str):
    """A name from the name tables (assets/i18n/names_<code>.json) in a Message's field: the
    English text as given ('the patient's right acromion'); where the message is translated, the
    table's name for key (default when it has none), with the patient's side when one is given."""

    table: str
    key: str
    default: str
    side: str | None

    def __new__(cls, english: str, table: str, key: str, default: str | None = None,
                side: str | None = None) -> Named:
        self = super().__new__(cls, english)
        self.table, self.key, self.default, self.side = table, key, english if default is None else default, side
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (Named, (str(self), self.table, self.key, self.default, self.side))


def QT_TRANSLATE_NOOP(context: str, text: str) -> Message:
    """Marks text for lupdate (its Python parser knows calls of this name whatever their import)
    under context, and returns it as a Message; pure Python, for the layers without Qt."""
    return Message(context, text)


def said(exc: BaseException) -> str:
    """What an exception says: its Message (or Joined) when it carries one, so that it can be passed
    on and still be translated where it is shown; else str(exc)."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Message | Joined) else str(exc)


class BodymapError(Exception):
    """Root: something went wrong that the user can be told in one line; nothing was half-done."""


class ValidationError(BodymapError, ValueError):
    """Input refused by a rule; nothing was written."""


class NotFound(BodymapError, LookupError):
    """The patient, visit, mark or account asked for does not exist (any more)."""


class ConflictError(BodymapError):
    """Another workstation changed the same record since it was loaded; nothing was overwritten."""


class AccessDenied(BodymapError, PermissionError):
    """The signed-in clinician's role does not allow this action."""


class DatabaseError(BodymapError):
    """The database could not be reached or used; the message names it with the password masked."""


class CorruptDatabaseError(DatabaseError):
    """The SQLite file is not a database (damaged or something else). It is never overwritten."""

    def __init__(self, path: Path):
        self.path = path
        super().__init__(QT_TRANSLATE_NOOP("Records", "{path} is not a readable bodymap database (it may be damaged). "
                                           "It has not been changed. Restore the latest backup with "
                                           "`bodymap restore BACKUP` or choose another database with --database.")
                         .format(path=str(path)))


class BackupError(BodymapError):
    """A backup could not be made, checked or restored; the live database is unchanged."""


class ExchangeError(ValidationError):
    """A file cannot be imported (or exported); the message names the problem and where it is."""

    def __init__(self, message: str, path: str = ""):
        self.problem, self.path = message, path
        super().__init__(QT_TRANSLATE_NOOP("Exchange", "{problem} (at {path})").format(problem=message, path=path)
                         if path else message)


class ChartNumberConflict(ExchangeError):
    """An imported patient's chart number is already used by another patient."""


class PossibleDuplicatePatient(ValidationError):
    """A patient being saved has the name and date of birth of another patient: the clinician
    must say it is a different person (or open the existing one). `matches` are the records."""

    def __init__(self, matches: tuple[object, ...]):
        self.matches = matches
        n = len(matches)
        super().__init__(f"{n} patient{'s' if n != 1 else ''} already on record with this name and "
                         "date of birth: is this the same person?")
