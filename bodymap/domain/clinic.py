"""Clinic settings: what the printed handout says about the clinic, and per-muscle home care."""
from __future__ import annotations

from dataclasses import dataclass, field

from bodymap.domain.charting import clean_text
from bodymap.errors import ValidationError

MAX_LOGO_BYTES = 2 * 1024 * 1024
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"
JPEG_MAGIC = b"\xff\xd8\xff"


@dataclass(frozen=True)
class ClinicSettings:
    name: str = "Your clinic"
    address: str = ""
    phone: str = ""
    logo_png: bytes = b""                     # PNG or JPEG bytes, at most 2 MB
    home_care: dict[str, str] = field(default_factory=dict)   # muscle id -> advice text
    show_home_care: bool = True

    def validated(self) -> ClinicSettings:
        logo = bytes(self.logo_png or b"")
        if len(logo) > MAX_LOGO_BYTES:
            raise ValidationError(f"The logo is too large ({len(logo) / 1e6:.1f} MB; at most 2 MB).")
        if logo and not (logo.startswith((PNG_MAGIC, JPEG_MAGIC))):
            raise ValidationError("The logo must be a PNG or JPEG image.")
        care = {}
        for muscle, text in (self.home_care or {}).items():
            text = clean_text(text, f"Home care for {muscle}", 4000)
            if text:
                care[clean_text(muscle, "Muscle id", 60, True)] = text
        return ClinicSettings(
            name=clean_text(self.name, "Clinic name", 120, True),
            address=clean_text(self.address, "Clinic address", 400),
            phone=clean_text(self.phone, "Clinic phone", 60),
            logo_png=logo, home_care=care, show_home_care=bool(self.show_home_care))
