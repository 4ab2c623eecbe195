"""The password policy: long enough, not trivial, not one of the most common passwords."""
from __future__ import annotations

import pytest

from bodymap.domain.accounts import MIN_PASSWORD, check_password
from bodymap.errors import ValidationError


@pytest.mark.parametrize("password, message", [
    ("12345678", "at least 10"),
    ("        ", "at least 10"),
    ("          ", "one character repeated"),
    ("aaaaaaaaaaaa", "one character repeated"),
    ("1234567890", "most common"),
    ("Password123", "most common"),
    ("QWERTYUIOP", "most common"),
    ("dr.ada.admin", "user name"),
])
def test_weak_passwords_are_refused(password, message):
    with pytest.raises(ValidationError, match=message):
        check_password(password, "dr.ada.admin")


@pytest.mark.parametrize("password", ["correct horse battery", "needles-and-pins", "7 wet lemons at noon"])
def test_a_passphrase_is_accepted(password):
    assert len(password) >= MIN_PASSWORD
    assert check_password(password, "ada") == password
