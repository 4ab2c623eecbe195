"""Validation of a bodymap JSON document before anything is written.

Every problem is an ExchangeError naming the JSON path of the offending value, e.g.
`$.patients[0].visits[2].trigger_points[1].x`. The checked document comes back as plain, typed
Python values (datetimes aware in UTC, dates, tuples), ready to be written.
"""
from __future__ import annotations

import datetime as dt
import functools
import math
import re

from bodymap.domain.charting import (
    FINDING_LABELS,
    MAX_CHART_NUMBER,
    MAX_NAME,
    MAX_NOTES,
    MAX_POLYGON_POINTS,
    MAX_POLYGONS,
    MAX_SHORT_TEXT,
    Depth,
    PainQuality,
    Sex,
    Side,
    TriggerPointStatus,
    VisitStatus,
)
from bodymap.errors import QT_TRANSLATE_NOOP, ExchangeError, Message, Number, ValidationError, said

FORMAT = "bodymap"
SCHEMA_VERSION = 1
SCOPES = ("visit", "patient", "database")
MAX_ID = 2**62
MAX_ROWS = 1_000_000           # trigger points or zones in one file
MAX_DIGITS = 30                # a whole number longer than this is no bodymap value (ids are 19 digits)


class LongNumber:
    """A whole number of the file with more than MAX_DIGITS digits, kept as its length only: the
    reader (json_io.read_document) never converts it, and the check refuses it with its path."""

    __slots__ = ("digits",)

    def __init__(self, digits: int) -> None:
        self.digits = digits


def parse_int(text: str):
    """json.loads' parse_int: an int, or a LongNumber for an over-long digit string."""
    return int(text) if len(text) <= MAX_DIGITS else LongNumber(len(text.lstrip("-")))


def iso_date(value: object, here: str, example: str) -> dt.date:
    """A YYYY-MM-DD date of the file, or ExchangeError at `here`."""
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected a date like {example}, found {value}").format(example=example, value=_short(value)), here)
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Not a date: {value}").format(value=value), here) from None


class Checker:
    """Typed getters that raise ExchangeError with the JSON path."""

    # containers ----------------------------------------------------------
    @staticmethod
    def obj(value, path: str) -> dict:
        if not isinstance(value, dict):
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected an object, found {kind}").format(kind=_kind(value)), path)
        return value

    @staticmethod
    def items(value, path: str, limit: int = MAX_ROWS) -> list:
        if not isinstance(value, list):
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected a list, found {kind}").format(kind=_kind(value)), path)
        if len(value) > limit:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Too many entries ({count}; at most {most})").format(count=Number(len(value)), most=Number(limit)), path)
        return value

    @staticmethod
    def field(d: dict, key: str, path: str):
        if key not in d:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Missing field {name}").format(name=repr(key)), path)
        return d[key]

    # scalars ---------------------------------------------------------------
    def text(self, d: dict, key: str, path: str, limit: int, required: bool = False,
             nullable: bool = False, default=None):
        here = f"{path}.{key}"
        if key not in d and default is not None:
            return default
        value = self.field(d, key, path)
        if value is None and nullable:
            return None
        if not isinstance(value, str):
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected text, found {kind}").format(kind=_kind(value)), here)
        if required and not value.strip():
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Must not be empty"), here)
        if len(value) > limit:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Too long ({count} characters; at most {most})").format(count=Number(len(value)), most=Number(limit)), here)
        if "\x00" in value:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Contains a NUL character"), here)
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Contains an invalid character (a lone surrogate)"), here) from None
        return value

    def integer(self, d: dict, key: str, path: str, lo: int, hi: int, nullable: bool = False):
        here = f"{path}.{key}"
        value = self.field(d, key, path)
        if value is None and nullable:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected a whole number, found {kind}").format(kind=_kind(value)), here)
        if not lo <= value <= hi:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Out of range: {value} (allowed {lo} to {hi})").format(value=_number(value), lo=lo, hi=hi), here)
        return value

    def number(self, d: dict, key: str, path: str, lo: float, hi: float, nullable: bool = False):
        here = f"{path}.{key}"
        value = self.field(d, key, path)
        if value is None and nullable:
            return None
        return self.unit_number(value, here, lo, hi)

    @staticmethod
    def unit_number(value, here: str, lo: float, hi: float) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected a number, found {kind}").format(kind=_kind(value)), here)
        if isinstance(value, int) and abs(value) >= 10**MAX_DIGITS:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Out of range: {value} (allowed {lo} to {hi})").format(value=_number(value), lo=f"{lo:g}", hi=f"{hi:g}"), here)
        value = float(value)
        if not math.isfinite(value) or not lo <= value <= hi:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Out of range: {value} (allowed {lo} to {hi})").format(value=repr(value), lo=f"{lo:g}", hi=f"{hi:g}"), here)
        return value

    def boolean(self, d: dict, key: str, path: str) -> bool:
        value = self.field(d, key, path)
        if not isinstance(value, bool):
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected true or false, found {kind}").format(kind=_kind(value)), f"{path}.{key}")
        return value

    def choice(self, d: dict, key: str, path: str, enum_cls) -> str:
        value = self.field(d, key, path)
        allowed = [m.value for m in enum_cls]
        if not isinstance(value, str) or value not in allowed:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Must be one of {choices}; found {value}").format(choices=", ".join(allowed), value=_short(value)), f"{path}.{key}")
        return value

    def timestamp(self, d: dict, key: str, path: str, nullable: bool = False):
        here = f"{path}.{key}"
        value = self.field(d, key, path)
        if value is None and nullable:
            return None
        if not isinstance(value, str) or len(value) > 40:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected a UTC timestamp like 2025-03-12T10:15:00Z, found {value}").format(value=_short(value)), here)
        try:
            parsed = dt.datetime.fromisoformat(value)
        except ValueError:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Not a timestamp: {value}").format(value=_short(value)), here) from None
        if parsed.tzinfo is None:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The timestamp {value} has no time zone (expected UTC, ending in Z)").format(value=repr(value)), here)
        parsed = parsed.astimezone(dt.UTC)
        if not 1900 <= parsed.year <= 2200:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Implausible year {year}").format(year=parsed.year), here)
        return parsed

    def date(self, d: dict, key: str, path: str):
        here = f"{path}.{key}"
        value = self.field(d, key, path)
        if value is None:
            return None
        parsed = iso_date(value, here, "1980-02-29")
        if parsed.year < 1890 or parsed > dt.date.today() + dt.timedelta(days=1):
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Implausible date of birth {value}").format(value=value), here)
        return parsed

    def ident(self, d: dict, path: str, seen: set, what: str) -> int:
        value = self.integer(d, "id", path, 1, MAX_ID)
        if value in seen:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Duplicate {what} id {value}").format(what=what, value=value), f"{path}.id")
        seen.add(value)
        return value


def _number(value: int) -> str:
    """A whole number for a message: an over-long one by its length (str() of it may even fail)."""
    digits = len(str(abs(value))) if abs(value) < 10**MAX_DIGITS else None
    return str(value) if digits is not None else QT_TRANSLATE_NOOP("Exchange", "a number of more than {count} digits").format(count=MAX_DIGITS)


_KINDS: dict[type, Message] = {
    dict: QT_TRANSLATE_NOOP("Exchange", "an object"), list: QT_TRANSLATE_NOOP("Exchange", "a list"),
    str: QT_TRANSLATE_NOOP("Exchange", "text"), bool: QT_TRANSLATE_NOOP("Exchange", "true/false"),
    type(None): QT_TRANSLATE_NOOP("Exchange", "null"), int: QT_TRANSLATE_NOOP("Exchange", "a number"),
    float: QT_TRANSLATE_NOOP("Exchange", "a number")}


def _kind(value) -> str:
    if isinstance(value, LongNumber):
        return QT_TRANSLATE_NOOP("Exchange", "a number of {count} digits (too long)").format(count=Number(value.digits))
    return _KINDS.get(type(value), type(value).__name__)


def _short(value) -> str:
    if isinstance(value, str) and len(value) > 60:
        value = value[:60]                     # a 10 MB string is not copied to say it is wrong
    elif isinstance(value, int) and not isinstance(value, bool):
        return _number(value)
    elif isinstance(value, LongNumber):
        return _kind(value)
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


# ------------------------------------------------------------------------- the document

def check_header(doc, first_patient: bool = False) -> dict:
    """The checked top-level members of a document (doc: its members other than "patients"):
    {"scope", "clinic" (dict or None), "schema_version"}. first_patient: only "format" and
    "schema_version" are checked, and only when the file has given them already (a streamed file's
    patients are checked as they come; bodymap.exchange.json_scan)."""
    c = Checker()
    doc = c.obj(doc, "$")
    if first_patient and "format" not in doc:
        return {}
    if doc.get("format") != FORMAT:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Not a bodymap export (format is {found}, expected 'bodymap')").format(found=_short(doc.get("format"))),
                            "$.format")
    version = doc.get("schema_version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Missing or invalid schema_version: {value}").format(value=_short(version)), "$.schema_version")
    if version > SCHEMA_VERSION:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "This file uses schema version {version}, newer than this bodymap understands "
                                              "({known}); update bodymap to import it").format(version=_number(version), known=SCHEMA_VERSION), "$.schema_version")
    if version < 1:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Unknown schema version {version}").format(version=version), "$.schema_version")
    if first_patient:
        return {}
    scope = doc.get("scope", "database")
    if scope not in SCOPES:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "scope must be one of {choices}").format(choices=", ".join(SCOPES)), "$.scope")
    clinic = None
    if doc.get("clinic") is not None:
        clinic = _clinic(c, c.obj(doc["clinic"], "$.clinic"), "$.clinic")
    return {"scope": scope, "clinic": clinic, "schema_version": version}


def check_patient(c: Checker, p, index: int, known_views) -> dict:
    """One checked patient of the list, with its visits and marks (ids unique within it; across
    the file, bodymap.exchange.json_scan checks them)."""
    ids: dict[str, set] = {"patient": set(), "visit": set(), "tp": set(), "zone": set()}
    return _patient(c, p, f"$.patients[{index}]", ids, known_views)


def _clinic(c: Checker, d: dict, path: str) -> dict:
    import base64
    logo_b64 = c.text(d, "logo_png_b64", path, 3_000_000, default="")
    try:
        logo = base64.b64decode(logo_b64, validate=True)
    except (ValueError, TypeError):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "The logo is not valid base64"), f"{path}.logo_png_b64") from None
    home_care = _home_care(c, d.get("home_care"), f"{path}.home_care")
    languages = c.obj(d.get("home_care_languages") or {}, f"{path}.home_care_languages")
    home_care_languages = {c.text({"k": code}, "k", f"{path}.home_care_languages", 10, required=True):
                           _home_care(c, care, f"{path}.home_care_languages.{code}")
                           for code, care in languages.items()}
    show = d.get("show_home_care", True)
    if not isinstance(show, bool):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected true or false"), f"{path}.show_home_care")
    from bodymap.domain.clinic import ClinicSettings
    try:
        settings = ClinicSettings(name=c.text(d, "name", path, 120, required=True),
                                  address=c.text(d, "address", path, 400, default=""),
                                  phone=c.text(d, "phone", path, 60, default=""), logo_png=logo,
                                  home_care=home_care, show_home_care=show,
                                  home_care_languages=home_care_languages).validated()
    except ValidationError as exc:
        raise ExchangeError(said(exc), path) from None
    return {"settings": settings}


def _home_care(c: Checker, value, path: str) -> dict[str, str]:
    """muscle id -> advice text of a clinic's home care."""
    care = c.obj(value or {}, path)
    return {c.text({"k": muscle}, "k", path, 60, required=True): c.text(care, muscle, path, 4000)
            for muscle in care}


def _patient(c: Checker, p, path: str, ids: dict, known_views) -> dict:
    p = c.obj(p, path)
    out = {
        "id": c.ident(p, path, ids["patient"], "patient"),
        "chart_number": c.text(p, "chart_number", path, MAX_CHART_NUMBER, required=True),
        "name": c.text(p, "name", path, MAX_NAME, required=True),
        "date_of_birth": c.date(p, "date_of_birth", path),
        "sex": c.choice(p, "sex", path, Sex),
        "notes": c.text(p, "notes", path, MAX_NOTES),
        "created_at": c.timestamp(p, "created_at", path),
        "updated_at": c.timestamp(p, "updated_at", path),
        "_path": path, "_extras": _extra_fields(c, p, path, "patient"),
    }
    visits = c.items(c.field(p, "visits", path), f"{path}.visits")
    out["visits"] = [_visit(c, v, f"{path}.visits[{i}]", ids, known_views) for i, v in enumerate(visits)]
    return out


def _visit(c: Checker, v, path: str, ids: dict, known_views) -> dict:
    v = c.obj(v, path)
    out = {
        "id": c.ident(v, path, ids["visit"], "visit"),
        "started_at": c.timestamp(v, "started_at", path),
        "clinician": c.text(v, "clinician", path, MAX_SHORT_TEXT),
        "chief_complaint": c.text(v, "chief_complaint", path, MAX_NOTES),
        "overall_pain": c.integer(v, "overall_pain", path, 0, 10, nullable=True),
        "notes": c.text(v, "notes", path, MAX_NOTES),
        "status": c.choice(v, "status", path, VisitStatus),
        "signed_at": c.timestamp(v, "signed_at", path, nullable=True),
        "created_at": c.timestamp(v, "created_at", path),
        "updated_at": c.timestamp(v, "updated_at", path),
        "_path": path,
    }
    out["_extras"] = _extra_fields(c, v, path, "visit")
    addenda = c.items(v.get("addenda", []), f"{path}.addenda", 10_000)
    out["addenda"] = []
    for i, a in enumerate(addenda):
        here = f"{path}.addenda[{i}]"
        a = c.obj(a, here)
        out["addenda"].append({"author": c.text(a, "author", here, MAX_SHORT_TEXT),
                               "text": c.text(a, "text", here, MAX_NOTES, required=True),
                               "created_at": c.timestamp(a, "created_at", here)})
    if out["status"] == "signed" and out["signed_at"] is None:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "A signed visit needs signed_at"), f"{path}.signed_at")
    tps = c.items(c.field(v, "trigger_points", path), f"{path}.trigger_points")
    out["trigger_points"] = [_trigger_point(c, t, f"{path}.trigger_points[{i}]", ids, known_views)
                             for i, t in enumerate(tps)]
    zones = c.items(c.field(v, "zones", path), f"{path}.zones")
    out["zones"] = [_zone(c, z, f"{path}.zones[{i}]", ids, known_views) for i, z in enumerate(zones)]
    own = {t["id"] for t in out["trigger_points"]}
    for zone in out["zones"]:
        for k, source in enumerate(zone["source_ids"]):
            if source not in own:
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Zone source {source} is not a trigger point of the same visit").format(source=source),
                                    f"{zone['_path']}.source_ids[{k}]")
    return out


def _view(c: Checker, d: dict, path: str, known_views) -> str:
    view = c.text(d, "view", path, 40, required=True)
    if view not in known_views:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Unknown diagram view {view} (known: {known})").format(view=repr(view), known=", ".join(known_views)), f"{path}.view")
    return view


def _link(c: Checker, d: dict, key: str, path: str):
    return c.integer(d, key, path, 1, MAX_ID, nullable=True) if d.get(key) is not None else None


def _trigger_point(c: Checker, t, path: str, ids: dict, known_views) -> dict:
    t = c.obj(t, path)
    findings = c.items(c.field(t, "findings", path), f"{path}.findings", limit=len(FINDING_LABELS))
    for k, f in enumerate(findings):
        if not isinstance(f, str) or f not in FINDING_LABELS:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Unknown finding {value} (known: {known})").format(value=_short(f), known=", ".join(FINDING_LABELS)),
                                f"{path}.findings[{k}]")
    return {
        "id": c.ident(t, path, ids["tp"], "trigger point"),
        "view": _view(c, t, path, known_views),
        "x": c.number(t, "x", path, 0.0, 1.0), "y": c.number(t, "y", path, 0.0, 1.0),
        "diagram_version": c.integer(t, "diagram_version", path, 0, 1_000_000),
        "region": c.text(t, "region", path, 60, nullable=True),
        "muscle": c.text(t, "muscle", path, 60, nullable=True),
        "side": c.choice(t, "side", path, Side),
        "status": c.choice(t, "status", path, TriggerPointStatus),
        "findings": frozenset(findings),
        "pressure_pain": c.integer(t, "pressure_pain", path, 0, 10, nullable=True),
        "needled": c.boolean(t, "needled", path),
        "needle_size": c.text(t, "needle_size", path, 40),
        "depth_mm": c.number(t, "depth_mm", path, 0.0, 150.0, nullable=True),
        "twitch_responses": c.integer(t, "twitch_responses", path, 0, 100, nullable=True),
        "notes": c.text(t, "notes", path, MAX_NOTES),
        "carried_from_id": _link(c, t, "carried_from_id", path),
        "carry_confirmed": c.boolean(t, "carry_confirmed", path),
        "created_at": c.timestamp(t, "created_at", path),
        "updated_at": c.timestamp(t, "updated_at", path),
        "_path": path, "_extras": _extra_fields(c, t, path, "trigger_point"),
    }


def _zone(c: Checker, z, path: str, ids: dict, known_views) -> dict:
    z = c.obj(z, path)
    polygons = []
    for i, poly in enumerate(c.items(c.field(z, "polygons", path), f"{path}.polygons", MAX_POLYGONS)):
        here = f"{path}.polygons[{i}]"
        points = c.items(poly, here, MAX_POLYGON_POINTS)
        if len(points) < 3:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "A zone outline needs at least three points"), here)
        clean = []
        for k, point in enumerate(points):
            if not isinstance(point, list) or len(point) != 2:
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected a point [x, y]"), f"{here}[{k}]")
            clean.append((c.unit_number(point[0], f"{here}[{k}][0]", 0.0, 1.0),
                          c.unit_number(point[1], f"{here}[{k}][1]", 0.0, 1.0)))
        polygons.append(tuple(clean))
    if not polygons:
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "A zone needs at least one outline"), f"{path}.polygons")
    sides = c.items(c.field(z, "sides", path), f"{path}.sides", 3)
    allowed_sides = [s.value for s in Side]
    for k, side in enumerate(sides):
        if side not in allowed_sides:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Must be one of {choices}").format(choices=", ".join(allowed_sides)), f"{path}.sides[{k}]")
    if not sides or len(set(sides)) != len(sides):
        raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected one to three different sides"), f"{path}.sides")
    regions = c.items(c.field(z, "regions", path), f"{path}.regions", 500)
    known = _known_regions()
    for k, region in enumerate(regions):
        if not isinstance(region, str) or region not in known:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected a body region like 'right:temple'"), f"{path}.regions[{k}]")
    sources = c.items(c.field(z, "source_ids", path), f"{path}.source_ids", 10_000)
    for k, source in enumerate(sources):
        if isinstance(source, bool) or not isinstance(source, int) or not 1 <= source <= MAX_ID:
            raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Expected a trigger point id"), f"{path}.source_ids[{k}]")
    return {
        "id": c.ident(z, path, ids["zone"], "zone"),
        "view": _view(c, z, path, known_views),
        "diagram_version": c.integer(z, "diagram_version", path, 0, 1_000_000),
        "polygons": tuple(polygons), "sides": tuple(sides), "regions": tuple(regions),
        "quality": c.choice(z, "quality", path, PainQuality),
        "intensity": c.integer(z, "intensity", path, 0, 10),
        "depth": c.choice(z, "depth", path, Depth),
        "notes": c.text(z, "notes", path, MAX_NOTES),
        "source_ids": tuple(dict.fromkeys(sources)),
        "carried_from_id": _link(c, z, "carried_from_id", path),
        "carry_confirmed": c.boolean(z, "carry_confirmed", path),
        "created_at": c.timestamp(z, "created_at", path),
        "updated_at": c.timestamp(z, "updated_at", path),
        "_path": path, "_extras": _extra_fields(c, z, path, "zone"),
    }


def _extra_fields(c: Checker, d: dict, path: str, kind: str) -> dict:
    """Columns beyond the named ones (newer schemas): checked by their column type; a missing
    one is left to the database default."""
    out = {}
    for name, (kind_, length, nullable) in getattr(c, "extras", {}).get(kind, {}).items():
        if name not in d:
            continue
        if d[name] is None:
            if not nullable:
                raise ExchangeError(QT_TRANSLATE_NOOP("Exchange", "Must not be null"), f"{path}.{name}")
            out[name] = None
        elif kind_ == "text":
            out[name] = c.text(d, name, path, length)
        elif kind_ == "int":
            out[name] = c.integer(d, name, path, -MAX_ID, MAX_ID)
        elif kind_ == "float":
            out[name] = c.number(d, name, path, -1e12, 1e12)
        elif kind_ == "bool":
            out[name] = c.boolean(d, name, path)
        elif kind_ == "timestamp":
            out[name] = c.timestamp(d, name, path)
    return out


@functools.cache
def _known_regions() -> frozenset[str]:
    """Every "side:region" a zone can record: the reference's regions on either side or the midline.
    Anything else (a lone surrogate, a made-up region) is refused, so it never reaches the database
    and cannot break a later export."""
    from bodymap.domain.reference import region_ids
    return frozenset(f"{side}:{rid}" for rid in region_ids() for side in ("left", "right", "midline"))
