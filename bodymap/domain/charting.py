"""Clinical vocabulary and validated inputs for charting. Pure Python: no Qt, no SQL.

Left and right are always the patient's left and right.
"""
from __future__ import annotations

import datetime as dt
import enum
import string
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from bodymap.errors import QT_TRANSLATE_NOOP, Number, ValidationError

MAX_NAME = 200
MAX_CHART_NUMBER = 40
MAX_SHORT_TEXT = 200
MAX_NOTES = 20_000
MAX_POLYGON_POINTS = 5_000
MAX_POLYGONS = 50

NOTES = QT_TRANSLATE_NOOP("Validation", "Notes")

_EnumT = TypeVar("_EnumT", bound=enum.Enum)


def chart_key(chart_number: str) -> str:
    """A chart number as compared everywhere: trimmed, with ASCII letters folded, so "demo-0001 "
    and "DEMO-0001" are the same chart. Only ASCII: that is what SQLite's lower() folds, and the
    database compares the same way (services.patients.chart_key_of)."""
    return chart_number.strip().translate(_ASCII_LOWER)


_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)


class _SimpleLower(dict[int, str]):
    """Each character's own lowercase, looked up once: str.translate uses it one character at a
    time, so no context rule applies (str.lower() writes a final sigma as "ς")."""

    def __missing__(self, code: int) -> str:
        low = chr(code).lower()
        # kept as they are: "İ" (whose lowercase is two characters) and the Kelvin sign (whose
        # lowercase is ASCII "k"): one character stays one, and a non-ASCII one stays non-ASCII
        value = low if len(low) == 1 and (low.isascii() == (code < 128)) else chr(code)
        self[code] = value
        return value


_SIMPLE_LOWER = _SimpleLower()


def search_fold(text: str) -> str:
    """Text as the patient search compares it: every letter lowercased on its own, Unicode's
    simple mapping, as PostgreSQL's ILIKE does in a UTF-8 locale ("MÜLLER" -> "müller",
    "ÉLODIE" -> "élodie"). Two exceptions are kept as they are: "İ" and the Kelvin sign "K"
    (PostgreSQL makes them "i" and "k").
    Chart keys are a different rule and fold ASCII letters only (chart_key)."""
    if text.isascii():
        return text.lower()
    return text.translate(_SIMPLE_LOWER)


class Sex(str, enum.Enum):
    FEMALE = "female"
    MALE = "male"
    OTHER = "other"
    UNKNOWN = "unknown"


class VisitStatus(str, enum.Enum):
    DRAFT = "draft"
    SIGNED = "signed"


class MarkKind(str, enum.Enum):
    """The two kinds of mark on a diagram. A str enum, so a kind that crossed a Qt signal as its
    plain value still compares equal."""
    TRIGGER_POINT = "tp"
    ZONE = "zone"


class TriggerPointStatus(str, enum.Enum):
    ACTIVE = "active"
    LATENT = "latent"


class PainQuality(str, enum.Enum):
    ACHING = "aching"
    BURNING = "burning"
    STABBING = "stabbing"
    PINS_AND_NEEDLES = "pins_and_needles"
    NUMBNESS = "numbness"
    THROBBING = "throbbing"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.replace("_", " ").capitalize()


class Depth(str, enum.Enum):
    SUPERFICIAL = "superficial"
    DEEP = "deep"


class Side(str, enum.Enum):
    LEFT = "left"
    RIGHT = "right"
    MIDLINE = "midline"

    @property
    def label(self) -> str:
        return self.value.capitalize()


FINDINGS: tuple[tuple[str, str], ...] = (
    ("taut_band", "Taut band"),
    ("spot_tenderness", "Spot tenderness"),
    ("pain_recognition", "Pain recognition"),
    ("local_twitch", "Local twitch response"),
    ("referred_pain", "Referred pain reproduced"),
)
FINDING_LABELS = dict(FINDINGS)


def clean_text(value: str | None, what: str, limit: int, required: bool = False) -> str:
    text = (value or "").strip()
    if required and not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{what} is required.").format(what=what))
    if len(text) > limit:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{what} is too long ({count} characters; at most {most}).").format(
            what=what, count=Number(len(text)), most=Number(limit)))
    if "\x00" in text:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{what} contains a NUL character.").format(what=what))
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{what} contains characters that are not valid text.").format(
            what=what)) from None
    return text


def as_enum(cls: type[_EnumT], value: object, what: str) -> _EnumT:
    try:
        return cls(value)
    except ValueError:
        choices = ", ".join(m.value for m in cls)
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{what} must be one of: {choices}.").format(
            what=what, choices=choices)) from None


def check_score(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= 10:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{what} must be a whole number from 0 to {most}.").format(what=what, most=10))
    return value


def check_count(value: int, what: str, limit: int) -> int:
    """A whole number from 0 to limit (a bool is not a count)."""
    if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= limit:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{what} must be a whole number from 0 to {most}.").format(what=what, most=limit))
    return value


def check_unit(value: float, what: str) -> float:
    v = float(value)
    if not (0.0 <= v <= 1.0):
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "{what} must lie on the diagram (0 to 1), not {value}.").format(
            what=what, value=f"{v:g}"))
    return v


@dataclass(frozen=True)
class PatientInput:
    chart_number: str
    name: str
    date_of_birth: dt.date | None = None
    sex: Sex = Sex.UNKNOWN
    notes: str = ""
    language: str = ""               # preferred language of the handout: a code of domain.languages

    def validated(self, today: dt.date | None = None) -> PatientInput:
        today = today or dt.date.today()
        dob = self.date_of_birth
        if dob is not None:
            if not isinstance(dob, dt.date):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Date of birth must be a date."))
            if dob > today:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Date of birth {day} is in the future.").format(day=dob.isoformat()))
            if dob.year < 1890:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Date of birth {day} is before {year}.").format(
                    day=dob.isoformat(), year=1890))
        return PatientInput(
            chart_number=clean_text(self.chart_number, QT_TRANSLATE_NOOP("Validation", "Chart number"), MAX_CHART_NUMBER, True),
            name=clean_text(self.name, QT_TRANSLATE_NOOP("Validation", "Name"), MAX_NAME, True),
            date_of_birth=dob,
            sex=as_enum(Sex, self.sex, QT_TRANSLATE_NOOP("Validation", "Sex")),
            notes=clean_text(self.notes, NOTES, MAX_NOTES),
            language=_clean_language(self.language),
        )


def _clean_language(value: str | None) -> str:
    from bodymap.domain.languages import clean_language
    try:
        return clean_language(value)
    except ValueError as exc:
        raise ValidationError(str(exc)) from None


@dataclass(frozen=True)
class VisitInput:
    """A visit's details. The treating clinician is an account (clinician_id); `clinician` is the
    name shown, which the service fills in from the account (free text only for a visit that has
    no account yet, e.g. one imported from another system)."""

    started_at: dt.datetime | None = None  # aware or naive-UTC; None = now
    clinician: str = ""
    chief_complaint: str = ""
    overall_pain: int | None = None
    notes: str = ""
    clinician_id: int | None = None

    def validated(self) -> VisitInput:
        started = self.started_at or dt.datetime.now(dt.UTC)
        if started.tzinfo is None:
            started = started.replace(tzinfo=dt.UTC)
        started = started.astimezone(dt.UTC)
        if started > dt.datetime.now(dt.UTC) + dt.timedelta(days=1):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A visit cannot be dated in the future."))
        if started.year < 1990:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A visit date before 1990 is not plausible."))
        return VisitInput(
            started_at=started,
            clinician=clean_text(self.clinician, QT_TRANSLATE_NOOP("Validation", "Clinician"), MAX_SHORT_TEXT),
            chief_complaint=clean_text(self.chief_complaint, QT_TRANSLATE_NOOP("Validation", "Chief complaint"), MAX_NOTES),
            overall_pain=check_score(self.overall_pain, QT_TRANSLATE_NOOP("Validation", "Overall pain")),
            notes=clean_text(self.notes, NOTES, MAX_NOTES),
            clinician_id=self.clinician_id,
        )


@dataclass(frozen=True)
class TriggerPointDetails:
    """Everything about a trigger point that the clinician edits in the inspector."""

    status: TriggerPointStatus = TriggerPointStatus.ACTIVE
    findings: frozenset[str] = field(default_factory=frozenset)
    pressure_pain: int | None = None
    needled: bool = False
    needle_size: str = ""
    depth_mm: float | None = None
    twitch_responses: int | None = None
    notes: str = ""

    def validated(self) -> TriggerPointDetails:
        unknown = set(self.findings) - set(FINDING_LABELS)
        if unknown:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown finding(s): {items}.").format(items=", ".join(sorted(unknown))))
        depth = self.depth_mm
        if depth is not None and not (0 <= float(depth) <= 150):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Needling depth must be between 0 and 150 mm."))
        twitches = self.twitch_responses
        if twitches is not None:
            check_count(twitches, QT_TRANSLATE_NOOP("Validation", "Twitch responses"), 100)
        return TriggerPointDetails(
            status=as_enum(TriggerPointStatus, self.status, QT_TRANSLATE_NOOP("Validation", "Status")),
            findings=frozenset(self.findings),
            pressure_pain=check_score(self.pressure_pain, QT_TRANSLATE_NOOP("Validation", "Pressure pain")),
            needled=bool(self.needled),
            needle_size=clean_text(self.needle_size, QT_TRANSLATE_NOOP("Validation", "Needle size"), 40),
            depth_mm=None if depth is None else float(depth),
            twitch_responses=twitches,
            notes=clean_text(self.notes, NOTES, MAX_NOTES),
        )


@dataclass(frozen=True)
class ZoneDetails:
    quality: PainQuality = PainQuality.ACHING
    intensity: int = 5
    depth: Depth = Depth.SUPERFICIAL
    notes: str = ""
    source_trigger_point_ids: frozenset[int] = field(default_factory=frozenset)

    def validated(self) -> ZoneDetails:
        intensity = check_score(self.intensity, QT_TRANSLATE_NOOP("Validation", "Intensity"))
        return ZoneDetails(
            quality=as_enum(PainQuality, self.quality, QT_TRANSLATE_NOOP("Validation", "Pain quality")),
            intensity=5 if intensity is None else intensity,
            depth=as_enum(Depth, self.depth, QT_TRANSLATE_NOOP("Validation", "Depth")),
            notes=clean_text(self.notes, NOTES, MAX_NOTES),
            source_trigger_point_ids=frozenset(int(i) for i in self.source_trigger_point_ids),
        )


Polygon = tuple[tuple[float, float], ...]


def clean_polygons(polygons: Iterable[Iterable[Sequence[float]]]) -> tuple[Polygon, ...]:
    """Normalised polygons for a zone: each at least 3 points, all on the diagram.

    A point is an (x, y) pair: a tuple, or a list as decoded from JSON."""
    out: list[Polygon] = []
    for poly in polygons:
        pts = tuple((round(check_unit(x, QT_TRANSLATE_NOOP("Validation", "A zone point")), 5), round(check_unit(y, QT_TRANSLATE_NOOP("Validation", "A zone point")), 5))
                    for x, y in poly)
        if len(pts) > MAX_POLYGON_POINTS:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A zone outline has too many points ({count}).").format(count=Number(len(pts))))
        if len(pts) >= 3:
            out.append(pts)
    if not out:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A zone needs an outline of at least three points."))
    if len(out) > MAX_POLYGONS:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A zone has too many separate parts."))
    return tuple(out)
