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

from bodymap.domain.charting import FINDINGS


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
    "taut_band": "a tight band in the muscle",
    "spot_tenderness": "a tender spot",
    "pain_recognition": "pressing it brought on your familiar pain",
    "local_twitch": "the muscle twitched when pressed or treated",
    "referred_pain": "pressing it spread pain to another area",
}
PLAIN_STATUS = {"active": "Active: painful now", "latent": "Latent: sore if pressed"}


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


def findings(tp, copy: Copy) -> str:
    if copy.staff:
        return tp.findings_text()
    words = [PLAIN_FINDINGS.get(key, label.lower()) for key, label in FINDINGS if key in tp.findings]
    text = "; ".join(words)
    return text[:1].upper() + text[1:]


def status(tp, copy: Copy) -> list[tuple[str, str]]:
    """The status cell's lines as (text, font key)."""
    if copy.staff:
        return [(tp.status.capitalize(), "cell")] + ([("carried forward", "cell_m")] if tp.carried else [])
    text = PLAIN_STATUS.get(tp.status, tp.status.capitalize())
    return [(text, "cell")] + ([("from an earlier visit", "cell_m")] if tp.carried else [])


def treatment(tp, copy: Copy) -> str:
    if not tp.needled:
        return "Not needled" if copy.staff else "—"
    if not copy.staff:
        return "Dry needling"
    nbsp = "\u00a0"                   # keep "0.25 x 40 mm" and "15 mm" on one line
    parts = []
    if tp.needle_size:
        size = tp.needle_size.strip()
        parts.append(size.replace(" ", nbsp) if len(size) <= 20 else size)
    if tp.depth_mm is not None:
        parts.append(f"depth {tp.depth_mm:g}{nbsp}mm")
    if tp.twitch_responses is not None:
        n = tp.twitch_responses
        parts.append(f"{n} twitch response{'' if n == 1 else 's'}")
    return "Needled" + (": " + ", ".join(parts) if parts else "")


def depth(zone, copy: Copy) -> str:
    if copy.staff:
        return zone.depth.capitalize()
    return "Deep" if zone.depth == "deep" else "Near the surface"


def tp_columns(copy: Copy) -> list[tuple[str, int]]:
    if copy.staff:
        return [("#", 6), ("Muscle / location", 31), ("Side", 12), ("Status", 18), ("Findings", 30),
                ("Pressure pain", 14), ("Treatment", 38), ("Notes", 34)]
    return [("#", 6), ("Muscle / where", 34), ("Side", 12), ("What it is", 26), ("What was found", 40),
            ("Sore to press", 14), ("Treated with", 20), ("Notes", 30)]


def zone_columns(copy: Copy) -> list[tuple[str, int]]:
    if copy.staff:
        return [("Key", 7), ("View", 25), ("Regions", 50), ("Sides", 12), ("Quality", 26),
                ("Intensity", 15), ("Depth", 18), ("Notes", 36)]
    return [("Key", 7), ("Where you feel it", 60), ("Feels like", 26), ("Strength", 15),
            ("How deep", 20), ("Notes", 40)]


TITLES = {
    Copy.PATIENT: {"tps": "Trigger points (tight, tender spots in the muscle)",
                   "zones": "Where you feel the pain", "notes": "Notes from your visit",
                   "subtitle": "Your trigger point and pain chart"},
    Copy.CLINICIAN: {"tps": "Trigger points", "zones": "Referred pain zones", "notes": "Visit notes",
                     "subtitle": "Trigger point and referred pain chart (clinician copy)"},
}
