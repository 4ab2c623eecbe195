"""Informed consent that holds up to a regulator: what was discussed (ticked items in the clinic's
wording), the signature as vector strokes, withdrawal, and `consent_problems`, the rule sign-off
uses. Pure Python: no Qt, no SQL. Why each item is required: docs/SAFETY.md.

A note saying only "verbal consent" is not informed consent (NZ HDC 15HDC00947): a consent without
the items ticked is incomplete, whatever its method.
"""
from __future__ import annotations

import datetime as dt
import json
import math
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from bodymap.errors import QT_TRANSLATE_NOOP, Day, ValidationError


@dataclass(frozen=True)
class ConsentItem:
    id: str
    text: str           # the default wording (the clinic's wording is stored with each consent)
    missing: str        # the sentence sign-off shows when it is not ticked


CONSENT_ITEMS: tuple[ConsentItem, ...] = (
    ConsentItem("what", "What dry needling is (fine, sterile, single-use needles into muscle trigger points "
                "to ease pain and improve movement), and that it is not acupuncture",
                QT_TRANSLATE_NOOP("SignOffProblems", "Consent does not record that dry needling was explained (and that it "
                                  "is not acupuncture).")),
    ConsentItem("common_risks", "Common risks: soreness for a day or two, bruising, fainting or "
                "light-headedness, feeling tired or unwell",
                QT_TRANSLATE_NOOP("SignOffProblems", "Consent does not record the common risks discussed.")),
    ConsentItem("material_risks", "Material and special risks: a collapsed lung (pneumothorax) when needling "
                "near the chest wall, irritation of a nerve or blood vessel, infection",
                QT_TRANSLATE_NOOP("SignOffProblems", "Consent does not record the material risks discussed (pneumothorax, "
                                  "nerve or vessel, infection).")),
    ConsentItem("own_risks", "The patient's own risk factors from the health screen",
                QT_TRANSLATE_NOOP("SignOffProblems", "Consent does not record that the patient's own risk factors were "
                                  "discussed.")),
    ConsentItem("alternatives", "Alternatives to dry needling (other treatments, or no treatment)",
                QT_TRANSLATE_NOOP("SignOffProblems", "Consent does not record the alternatives discussed.")),
    ConsentItem("right_to_stop", "The right to ask questions, and to stop or withdraw consent at any time",
                QT_TRANSLATE_NOOP("SignOffProblems", "Consent does not record that the patient may stop at any time.")),
)
CONSENT_ITEM_IDS = tuple(item.id for item in CONSENT_ITEMS)
_ITEMS = {item.id: item for item in CONSENT_ITEMS}
RISKS_MISSING = QT_TRANSLATE_NOOP("SignOffProblems", "Consent does not record the risks discussed.")
UNREADABLE = QT_TRANSLATE_NOOP("Validation", "The signature could not be read.")
UNSIGNED = QT_TRANSLATE_NOOP("SignOffProblems", "Written consent is not signed: have the patient sign on screen, or mark the "
                             "paper form as signed.")

# the signature: strokes of points normalised to a box SIGNATURE_ASPECT wide per unit high
SIGNATURE_ASPECT = 3.0
MAX_STROKES = 200
MAX_POINTS = 10000          # over all strokes
MAX_REASON = 2000


def consent_item(item_id: str) -> ConsentItem:
    return _ITEMS[item_id]


def clean_items(items: Sequence[str]) -> tuple[str, ...]:
    """The ticked item ids, known and each once, in the form's order."""
    given = {str(i) for i in items}
    unknown = given - set(CONSENT_ITEM_IDS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown consent item(s): {items}.").format(
            items=", ".join(sorted(unknown))))
    return tuple(i for i in CONSENT_ITEM_IDS if i in given)


Point = tuple[float, float]
Stroke = tuple[Point, ...]


def clean_signature(strokes: object) -> tuple[Stroke, ...]:
    """Strokes as stored: [[[x, y], ...], ...] with x and y from 0 to 1 (a JSON string is read too).
    Points a little outside the box are clamped; anything else is refused. Empty: no signature."""
    if strokes is None:
        return ()
    if isinstance(strokes, str):
        try:
            strokes = json.loads(strokes)
        except ValueError:
            raise ValidationError(UNREADABLE) from None
    if not isinstance(strokes, (list, tuple)):
        raise ValidationError(UNREADABLE)
    if len(strokes) > MAX_STROKES:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The signature has too many strokes (at most {most}).")
                              .format(most=MAX_STROKES))
    out: list[Stroke] = []
    total = 0
    for stroke in strokes:
        if not isinstance(stroke, (list, tuple)):
            raise ValidationError(UNREADABLE)
        points: list[Point] = []
        for point in stroke:
            if (not isinstance(point, (list, tuple)) or len(point) != 2
                    or not all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in point)):
                raise ValidationError(UNREADABLE)
            x, y = float(point[0]), float(point[1])
            if not (math.isfinite(x) and math.isfinite(y)) or not (-0.05 <= x <= 1.05 and -0.05 <= y <= 1.05):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The signature lies outside its box."))
            points.append((round(min(max(x, 0.0), 1.0), 4), round(min(max(y, 0.0), 1.0), 4)))
        total += len(points)
        if total > MAX_POINTS:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The signature is too long; clear it and sign again."))
        if points:
            out.append(tuple(points))
    return tuple(out)


def signature_to_json(strokes: Sequence[Stroke]) -> list[list[list[float]]]:
    return [[[x, y] for x, y in stroke] for stroke in strokes]


def clean_reason(reason: str | None) -> str:
    text = (reason or "").strip()
    if not text:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Say why consent was withdrawn (for example “patient "
                                                 "declined further needling”)."))
    if len(text) > MAX_REASON:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The reason is too long (at most {most} characters).")
                              .format(most=MAX_REASON))
    return text


def day_text(day: dt.date) -> str:
    """E.g. '3 Dec 2026'."""
    return f"{day.day} {day:%b %Y}"


class ConsentFacts(Protocol):
    """What consent_problems reads (a bodymap.services.safety.ConsentRecord has it)."""

    @property
    def method(self) -> str: ...
    @property
    def scope(self) -> str: ...
    @property
    def valid_until(self) -> dt.date | None: ...
    @property
    def obtained_by(self) -> str: ...
    @property
    def discussed_ids(self) -> tuple[str, ...]: ...
    @property
    def signature(self) -> tuple[Stroke, ...]: ...
    @property
    def signed_on_paper(self) -> bool: ...
    @property
    def withdrawn_at(self) -> dt.datetime | None: ...


def consent_problems(consent: ConsentFacts, when: dt.datetime) -> tuple[str, ...]:
    """What keeps a consent from holding at `when` (aware), as sentences for the clinician;
    empty: complete and in force. Withdrawal counts from its time on (local calendar day shown)."""
    found: list[str] = []
    if consent.withdrawn_at is not None and consent.withdrawn_at <= when:
        found.append(QT_TRANSLATE_NOOP("SignOffProblems", "Consent was withdrawn on {day}.").format(
            day=Day(consent.withdrawn_at.astimezone().date())))
    if (consent.scope == "course" and consent.valid_until is not None
            and when.astimezone().date() > consent.valid_until):
        found.append(QT_TRANSLATE_NOOP("SignOffProblems", "Consent for the course ended on {day}.").format(
            day=Day(consent.valid_until)))
    ticked = set(consent.discussed_ids)
    missing = [item for item in CONSENT_ITEMS if item.id not in ticked]
    risks = {"common_risks", "material_risks"}
    if risks.isdisjoint(ticked):
        found.append(RISKS_MISSING)
        missing = [item for item in missing if item.id not in risks]
    found.extend(item.missing for item in missing)
    if not consent.obtained_by.strip():
        found.append(QT_TRANSLATE_NOOP("SignOffProblems", "Consent does not record who obtained it."))
    if consent.method == "written" and not consent.signature and not consent.signed_on_paper:
        found.append(UNSIGNED)
    return tuple(found)
