"""The errors a clinician can be told about, under one root.

Every error that crosses a layer is a BodymapError; its message is one line fit to show as it is
(no patient data, passwords masked). Widgets and the command line catch BodymapError and never a
database or library type. The built-in bases (ValueError, LookupError, PermissionError) are kept
so that generic callers still recognise the kind. This module imports nothing of ours.
"""
from __future__ import annotations

from pathlib import Path


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
        super().__init__(f"{path} is not a readable bodymap database (it may be damaged). "
                         "It has not been changed. Restore the latest backup with "
                         "`bodymap restore BACKUP` or choose another database with --database.")


class BackupError(BodymapError):
    """A backup could not be made, checked or restored; the live database is unchanged."""


class ExchangeError(ValidationError):
    """A file cannot be imported (or exported); the message names the problem and where it is."""

    def __init__(self, message: str, path: str = ""):
        self.problem, self.path = message, path
        super().__init__(f"{message} (at {path})" if path else message)


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
