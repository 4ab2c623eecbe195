"""Small wording rules shared by the window, the printouts and the command line."""
from __future__ import annotations

from bodymap.errors import Message


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """'1 trigger point', '3 trigger points', '0 zones': the count with the noun in agreement."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"


def counted_message(n: int, one: Message, many: Message) -> Message:
    """counted() for a translatable message: `one` ("1 patient") when n is 1, else `many` with its
    {count} filled ("3 patients", "0 patients"); both made with QT_TRANSLATE_NOOP by the caller."""
    return one if n == 1 else many.format(count=n)
