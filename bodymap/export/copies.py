"""What each copy of the handout includes and how it words it.

Two copies of one visit can be printed:

- the **patient copy** (the default everywhere a handout is made for the patient): plain words
  ("a tight band in the muscle", not "taut band"), no needle sizes, depths or twitch counts, no
  needle count or its reconciliation, no consent status, no sign-off line naming an account;
- the **clinician copy**: the full record, as charted.

`Copy` names them; the functions here turn a record into the words one copy prints.
"""
from __future__ import annotations

import enum

from PySide6.QtCore import QT_TRANSLATE_NOOP

from bodymap.domain.charting import FINDINGS
from bodymap.render import i18n


class Copy(str, enum.Enum):
    PATIENT = "patient"
    CLINICIAN = "clinician"

    @property
    def label(self) -> str:
        return COPY_LABELS[self]

    @property
    def staff(self) -> bool:
        """The full record (needle details, safety record, sign-off)."""
        return self is Copy.CLINICIAN


COPY_LABELS = {Copy.PATIENT: "Patient copy (plain words)", Copy.CLINICIAN: "Clinician copy (full record)"}
DEFAULT_COPY = Copy.PATIENT
COPY_CHOICES = tuple(c.value for c in Copy)

PLAIN_FINDINGS = {
    "taut_band": QT_TRANSLATE_NOOP("Handout", "a tight band in the muscle"),
    "spot_tenderness": QT_TRANSLATE_NOOP("Handout", "a tender spot"),
    "pain_recognition": QT_TRANSLATE_NOOP("Handout", "pressing it brought on your familiar pain"),
    "local_twitch": QT_TRANSLATE_NOOP("Handout", "the muscle twitched when pressed or treated"),
    "referred_pain": QT_TRANSLATE_NOOP("Handout", "pressing it spread pain to another area"),
}
PLAIN_STATUS = {"active": QT_TRANSLATE_NOOP("Handout", "Active: painful now"),
                "latent": QT_TRANSLATE_NOOP("Handout", "Latent: sore if pressed")}
# the clinician copy's words for the charted findings and statuses (domain.charting.FINDINGS)
STAFF_WORDS = (QT_TRANSLATE_NOOP("Handout", "Taut band"), QT_TRANSLATE_NOOP("Handout", "Spot tenderness"),
               QT_TRANSLATE_NOOP("Handout", "Pain recognition"),
               QT_TRANSLATE_NOOP("Handout", "Local twitch response"),
               QT_TRANSLATE_NOOP("Handout", "Referred pain reproduced"),
               QT_TRANSLATE_NOOP("Handout", "Active"), QT_TRANSLATE_NOOP("Handout", "Latent"),
               QT_TRANSLATE_NOOP("Handout", "Deep"), QT_TRANSLATE_NOOP("Handout", "Superficial"))


def _lang(lang: i18n.Language | None) -> i18n.Language:
    return lang or i18n.current()


def copy_of(value: Copy | str | None) -> Copy:
    """A Copy from its name ('patient', 'clinician'); None gives the default (patient)."""
    if value is None:
        return DEFAULT_COPY
    if isinstance(value, Copy):
        return value
    try:
        return Copy(str(value).strip().lower())
    except ValueError:
        raise ValueError(f"Unknown handout copy {value!r}; choose one of: {', '.join(COPY_CHOICES)}.") from None


def findings(tp, copy: Copy, lang: i18n.Language | None = None) -> str:
    translate = _lang(lang).translate
    if copy.staff:
        return ", ".join(translate("Handout", label) for key, label in FINDINGS if key in tp.findings)
    words = [translate("Handout", PLAIN_FINDINGS[key]) if key in PLAIN_FINDINGS else label.lower()
             for key, label in FINDINGS if key in tp.findings]
    text = "; ".join(words)
    return text[:1].upper() + text[1:]


def status(tp, copy: Copy, lang: i18n.Language | None = None) -> list[tuple[str, str]]:
    """The status cell's lines as (text, font key)."""
    translate = _lang(lang).translate
    if copy.staff:
        return [(translate("Handout", tp.status.capitalize()), "cell")] + (
            [(translate("Handout", "carried forward"), "cell_m")] if tp.carried else [])
    text = translate("Handout", PLAIN_STATUS.get(tp.status, tp.status.capitalize()))
    return [(text, "cell")] + ([(translate("Handout", "from an earlier visit"), "cell_m")] if tp.carried else [])


def treatment(tp, copy: Copy, lang: i18n.Language | None = None) -> str:
    lang = _lang(lang)
    translate = lang.translate
    if not tp.needled:
        return translate("Handout", "Not needled") if copy.staff else "—"
    if not copy.staff:
        return translate("Handout", "Dry needling")
    nbsp = "\u00a0"                   # keep "0.25 x 40 mm" and "15 mm" on one line
    parts = []
    if tp.needle_size:
        size = tp.needle_size.strip()
        parts.append(size.replace(" ", nbsp) if len(size) <= 20 else size)
    if tp.depth_mm is not None:
        parts.append(translate("Handout", "depth {mm}").format(mm=f"{lang.short_number(tp.depth_mm)}{nbsp}mm"))
    if tp.twitch_responses is not None:
        n = tp.twitch_responses
        parts.append((translate("Handout", "1 twitch response") if n == 1
                      else translate("Handout", "{n} twitch responses")).format(n=n))
    return translate("Handout", "Needled") + (": " + ", ".join(parts) if parts else "")


def depth(zone, copy: Copy, lang: i18n.Language | None = None) -> str:
    translate = _lang(lang).translate
    if copy.staff:
        return translate("Handout", zone.depth.capitalize())
    return translate("Handout", "Deep") if zone.depth == "deep" else translate("Handout", "Near the surface")


def tp_columns(copy: Copy) -> list[tuple[str, int]]:
    """(English title, width); the report translates the titles after it fitted the columns."""
    if copy.staff:
        return [("#", 6), (QT_TRANSLATE_NOOP("Handout", "Muscle / location"), 31),
                (QT_TRANSLATE_NOOP("Handout", "Side"), 12), (QT_TRANSLATE_NOOP("Handout", "Status"), 18),
                (QT_TRANSLATE_NOOP("Handout", "Findings"), 30),
                (QT_TRANSLATE_NOOP("Handout", "Pressure pain"), 14),
                (QT_TRANSLATE_NOOP("Handout", "Treatment"), 38), (QT_TRANSLATE_NOOP("Handout", "Notes"), 34)]
    return [("#", 6), (QT_TRANSLATE_NOOP("Handout", "Muscle / where"), 34), ("Side", 12),
            (QT_TRANSLATE_NOOP("Handout", "What it is"), 26), (QT_TRANSLATE_NOOP("Handout", "What was found"), 40),
            (QT_TRANSLATE_NOOP("Handout", "Sore to press"), 14), (QT_TRANSLATE_NOOP("Handout", "Treated with"), 20),
            ("Notes", 30)]


def zone_columns(copy: Copy) -> list[tuple[str, int]]:
    if copy.staff:
        return [(QT_TRANSLATE_NOOP("Handout", "Key"), 7), (QT_TRANSLATE_NOOP("Handout", "View"), 25),
                (QT_TRANSLATE_NOOP("Handout", "Regions"), 50), (QT_TRANSLATE_NOOP("Handout", "Sides"), 12),
                (QT_TRANSLATE_NOOP("Handout", "Quality"), 26), (QT_TRANSLATE_NOOP("Handout", "Intensity"), 15),
                (QT_TRANSLATE_NOOP("Handout", "Depth"), 18), ("Notes", 36)]
    return [("Key", 7), (QT_TRANSLATE_NOOP("Handout", "Where you feel it"), 60),
            (QT_TRANSLATE_NOOP("Handout", "Feels like"), 26), (QT_TRANSLATE_NOOP("Handout", "Strength"), 15),
            (QT_TRANSLATE_NOOP("Handout", "How deep"), 20), ("Notes", 40)]


TITLES = {
    Copy.PATIENT: {"tps": QT_TRANSLATE_NOOP("Handout", "Trigger points (tight, tender spots in the muscle)"),
                   "zones": QT_TRANSLATE_NOOP("Handout", "Where you feel the pain"),
                   "notes": QT_TRANSLATE_NOOP("Handout", "Notes from your visit"),
                   "subtitle": QT_TRANSLATE_NOOP("Handout", "Your trigger point and pain chart")},
    Copy.CLINICIAN: {"tps": QT_TRANSLATE_NOOP("Handout", "Trigger points"),
                     "zones": QT_TRANSLATE_NOOP("Handout", "Referred pain zones"),
                     "notes": QT_TRANSLATE_NOOP("Handout", "Visit notes"),
                     "subtitle": QT_TRANSLATE_NOOP("Handout", "Trigger point and referred pain chart (clinician copy)")},
}
