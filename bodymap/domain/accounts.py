"""Clinician accounts: roles and the rules for names and passwords (no Qt, no SQL)."""
from __future__ import annotations

import enum
import functools
import re
from dataclasses import dataclass

from bodymap.domain.charting import clean_text
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError

MIN_PASSWORD = 10
MAX_PASSWORD = 256
USERNAME_RE = re.compile(r"^[a-z0-9][a-z0-9._-]{1,39}$")


class Role(str, enum.Enum):
    CLINICIAN = "clinician"
    ADMIN = "admin"


@dataclass(frozen=True)
class UserRecord:
    id: int
    username: str
    display_name: str
    role: str
    active: bool
    version: int = 1            # bumped by every change to the account; an edit passes it back

    @property
    def is_admin(self) -> bool:
        return self.role == Role.ADMIN.value


def check_username(username: str) -> str:
    name = (username or "").strip().lower()
    if not USERNAME_RE.match(name):
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "A user name is 2-40 characters: letters, digits, "
                                                "'.', '_' or '-', starting with a letter or digit."))
    return name


def check_password(password: str, username: str = "") -> str:
    """The password policy for a new or changed password (existing ones still sign in):
    at least MIN_PASSWORD characters, not one character repeated, not the user name, and not one of
    the 30,000 most common passwords (the list zxcvbn ships, compared case-insensitively)."""
    if not isinstance(password, str) or len(password) < MIN_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "A password needs at least {least} characters.").format(
            least=MIN_PASSWORD))
    if len(password) > MAX_PASSWORD:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "A password has at most {most} characters.").format(
            most=MAX_PASSWORD))
    if len(set(password)) == 1:
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "A password must not be one character repeated."))
    if username and password.strip().lower() == username.lower():
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "The password must not be the user name."))
    if password.strip().lower() in common_passwords():
        raise ValidationError(QT_TRANSLATE_NOOP("Accounts", "That password is one of the most common ones; choose "
                                                "another (a few unrelated words make a good one)."))
    return password


@functools.cache
def common_passwords() -> frozenset[str]:
    """The common-password list, loaded on first use (it is about 0.8 MB)."""
    from zxcvbn.frequency_lists import FREQUENCY_LISTS
    return frozenset(word.lower() for word in FREQUENCY_LISTS["passwords"])


def check_display_name(name: str) -> str:
    return clean_text(name, QT_TRANSLATE_NOOP("Validation", "Full name"), 200, required=True)
