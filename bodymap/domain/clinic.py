"""Clinic settings: what the printed handout says about the clinic, and per-muscle home care."""
from __future__ import annotations

import base64
from dataclasses import dataclass, field
from typing import Any

from bodymap.domain.charting import clean_text
from bodymap.domain.languages import clean_language
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_LOGO_BYTES = 2 * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"

# the name of a clinic that has not set its own: stored in English, printed in the handout's language
DEFAULT_NAME = QT_TRANSLATE_NOOP("Handout", "Your clinic")


@dataclass(frozen=True)
class ClinicSettings:
    name: str = DEFAULT_NAME
    address: str = ""
    phone: str = ""
    logo_png: bytes = b""                     # PNG or JPEG bytes, at most 2 MB
    home_care: dict[str, str] = field(default_factory=dict)   # muscle id -> advice text
    show_home_care: bool = True
    # language code -> muscle id -> the clinic's advice written in that language; home_care is
    # the clinic's own wording for every language it did not write one for
    home_care_languages: dict[str, dict[str, str]] = field(default_factory=dict)

    @property
    def shown_name(self) -> str:
        """The name as printed: the clinic's own, or the default one as a Message (a clinic that has
        not set its name reads "Ihre Praxis" on a German handout; the stored value stays English)."""
        return DEFAULT_NAME if self.name.strip() == DEFAULT_NAME else self.name

    def advice(self, muscle: str, language: str | None = None) -> str:
        """The clinic's home-care advice for a muscle, in `language` when the clinic wrote it in
        that language, else its general text ('' when it has none)."""
        own = (self.home_care_languages or {}).get(language or "", {}).get(muscle, "")
        return own or (self.home_care or {}).get(muscle, "")

    def stored(self) -> dict[str, Any]:
        """The JSON form kept in the settings table and written to exchange files."""
        return {"name": self.name, "address": self.address, "phone": self.phone,
                "logo_png_b64": base64.b64encode(self.logo_png).decode("ascii"),
                "home_care": dict(self.home_care), "show_home_care": self.show_home_care,
                "home_care_languages": {code: dict(care) for code, care in self.home_care_languages.items()}}

    @classmethod
    def from_stored(cls, v: dict[str, Any]) -> ClinicSettings:
        """Read back stored(); an unreadable logo reads as none, missing keys as their defaults."""
        try:
            logo = base64.b64decode(v.get("logo_png_b64", "") or "")
        except (ValueError, TypeError):
            logo = b""
        languages = v.get("home_care_languages")
        return cls(name=v.get("name") or cls.name, address=v.get("address", ""), phone=v.get("phone", ""),
                   logo_png=logo, home_care=dict(v.get("home_care") or {}),
                   show_home_care=bool(v.get("show_home_care", True)),
                   home_care_languages={str(code): dict(care) for code, care in languages.items()
                                        if isinstance(care, dict)} if isinstance(languages, dict) else {})

    def validated(self) -> ClinicSettings:
        logo = bytes(self.logo_png or b"")
        if len(logo) > MAX_LOGO_BYTES:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The logo is too large ({size} MB; at most 2 MB).").format(size=f"{len(logo) / 1e6:.1f}"))
        if logo and not (logo.startswith((PNG_MAGIC, JPEG_MAGIC))):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The logo must be a PNG or JPEG image."))
        languages = {}
        for code, texts in (self.home_care_languages or {}).items():
            try:
                language = clean_language(code)
            except ValueError as exc:
                raise ValidationError(f"Home care: {exc}") from None
            if language and (care := _care(texts)):
                languages[language] = care
        return ClinicSettings(
            name=clean_text(self.name, QT_TRANSLATE_NOOP("Validation", "Clinic name"), 120, True),
            address=clean_text(self.address, QT_TRANSLATE_NOOP("Validation", "Clinic address"), 400),
            phone=clean_text(self.phone, QT_TRANSLATE_NOOP("Validation", "Clinic phone"), 60),
            logo_png=logo, home_care=_care(self.home_care), show_home_care=bool(self.show_home_care),
            home_care_languages=languages)


def _care(texts: dict[str, str] | None) -> dict[str, str]:
    """muscle id -> advice, checked; empty advice left out."""
    care = {}
    for muscle, text in (texts or {}).items():
        text = clean_text(text, QT_TRANSLATE_NOOP("Validation", "Home care for {muscle}").format(muscle=muscle), 4000)
        if text:
            care[clean_text(muscle, QT_TRANSLATE_NOOP("Validation", "Muscle id"), 60, True)] = text
    return care
