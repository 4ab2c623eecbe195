"""Small wording rules shared by the window, the printouts and the command line."""
from __future__ import annotations


def counted(n: int, singular: str, plural: str | None = None) -> str:
    """'1 trigger point', '3 trigger points', '0 zones': the count with the noun in agreement."""
    return f"{n} {singular if n == 1 else (plural or singular + 's')}"
