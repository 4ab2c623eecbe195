"""Needling safety: the health screen, precaution areas, consent, the needle count-out, the thorax
caution, the immediate response and adverse events. Pure Python: no Qt, no SQL.

The rationale for every list here is in docs/SAFETY.md. Left and right are the patient's.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import cast

from bodymap.domain import adverse as _adverse
from bodymap.domain import consent
from bodymap.domain.charting import (
    MAX_NOTES,
    MAX_SHORT_TEXT,
    as_enum,
    check_count,
    check_score,
    clean_polygons,
    clean_text,
)
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_NEEDLES = 100           # per trigger point
MAX_PASSES = 500            # per trigger point
MAX_VISIT_NEEDLES = 1000    # needles removed in one visit
MAX_COURSE_VISITS = 100


# --------------------------------------------------------------------------- the health screen
class Answer(str, enum.Enum):
    YES = "yes"
    NO = "no"
    UNKNOWN = "unknown"

    @property
    def label(self) -> str:
        return self.value.capitalize()


@dataclass(frozen=True)
class ScreenItem:
    id: str
    label: str
    kind: str            # "contraindication" (do not needle, or not at that site) | "precaution"
    site: bool           # concerns a place on the body: draw it on the diagram
    why: str


SCREEN_ITEMS: tuple[ScreenItem, ...] = (
    ScreenItem("anticoagulants", "Anticoagulant or antiplatelet medication, or a bleeding disorder",
               "precaution", False, "Bleeding and bruising; firm pressure after each needle, avoid deep "
                                    "sites that cannot be compressed."),
    ScreenItem("pregnancy", "Pregnancy (or possibly pregnant)", "precaution", False,
               "Avoid the abdomen, lumbosacral area and points traditionally linked to labour; "
               "fainting risk is higher."),
    ScreenItem("needle_phobia", "Needle phobia or strong fear of needles", "contraindication", False,
               "Consent cannot be free and fainting is likely."),
    ScreenItem("lymphoedema", "Lymphoedema or lymph nodes removed (which side?)", "precaution", True,
               "Infection (cellulitis) risk: do not needle the affected limb or quadrant."),
    ScreenItem("local_infection", "Infection, broken skin or skin disease at the treatment site",
               "contraindication", True, "Do not needle through infected or broken skin."),
    ScreenItem("recent_surgery", "Recent surgery near the treatment site", "precaution", True,
               "Healing tissue, implants and altered anatomy: avoid the surgical field."),
    ScreenItem("metal_allergy", "Metal allergy (e.g. nickel, chromium)", "precaution", False,
               "Use needles the patient is not allergic to, or do not needle."),
    ScreenItem("impaired_immunity", "Impaired immunity (immunosuppressants, chemotherapy, HIV)",
               "precaution", False, "Infection risk; strict asepsis."),
    ScreenItem("diabetes", "Diabetes with poor healing or reduced sensation", "precaution", False,
               "Slow healing and infection risk; reduced feedback from the patient."),
    ScreenItem("epilepsy", "Epilepsy or seizures", "precaution", False,
               "A seizure with needles in place; treat lying down, fewer needles."),
    ScreenItem("pacemaker", "Pacemaker or other implanted electrical device "
               "(if electrical stimulation is considered)", "precaution", False,
               "No electrical stimulation through needles near or across the device."),
    ScreenItem("implant_site", "Breast or other implant near the treatment site", "precaution", True,
               "An implant can be punctured: avoid needling over it."),
    ScreenItem("lung_disease", "Lung disease (emphysema, COPD) or a previous pneumothorax",
               "precaution", False, "Hyperinflated lungs lie closer to the surface: higher "
                                    "pneumothorax risk over the thorax."),
    ScreenItem("fainting", "History of fainting (vasovagal reactions)", "precaution", False,
               "Treat lying down and watch the patient."),
    ScreenItem("cancer", "Active cancer, or a tumour near the treatment site", "precaution", True,
               "Do not needle into or near a tumour; check with the oncology team."),
    ScreenItem("cannot_consent", "Unable to understand the treatment or give informed consent",
               "contraindication", False, "Needling needs informed consent."),
    ScreenItem("acute_condition", "Unwell today (fever, acute illness) or under the influence "
               "of alcohol or drugs", "contraindication", False, "Postpone the treatment."),
)
SCREEN_ITEM_IDS = tuple(item.id for item in SCREEN_ITEMS)
_SCREEN_BY_ID = {item.id: item for item in SCREEN_ITEMS}


def screen_item(item_id: str) -> ScreenItem:
    return _SCREEN_BY_ID[item_id]


@dataclass(frozen=True)
class ScreenAnswer:
    answer: Answer = Answer.UNKNOWN
    note: str = ""


def clean_screen(answers: Mapping[str, object]) -> dict[str, ScreenAnswer]:
    """Answers for every screen item (missing ones are 'unknown'), validated.

    Values may be ScreenAnswer, an answer string, or {"answer": ..., "note": ...} (as stored)."""
    unknown = set(answers) - set(SCREEN_ITEM_IDS)
    if unknown:
        raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown screening item(s): {items}.").format(
            items=", ".join(sorted(unknown))))
    out: dict[str, ScreenAnswer] = {}
    for item in SCREEN_ITEMS:
        value = answers.get(item.id, ScreenAnswer())
        answer: object            # as_enum checks it
        note: str | None
        if isinstance(value, str):
            answer, note = value, ""
        elif isinstance(value, Mapping):
            answer, note = value.get("answer", "unknown"), value.get("note", "")
        else:
            given = cast(ScreenAnswer, value)     # a ScreenAnswer, or anything with .answer and .note
            answer, note = given.answer, given.note
        out[item.id] = ScreenAnswer(as_enum(Answer, answer, QT_TRANSLATE_NOOP("Validation", "The answer for “{item}”").format(item=item.label)),
                                    clean_text(note, QT_TRANSLATE_NOOP("Validation", "The note for “{item}”").format(item=item.label), 2000))
    return out


def screen_to_json(answers: Mapping[str, ScreenAnswer]) -> dict[str, dict[str, str]]:
    return {k: {"answer": Answer(v.answer).value, "note": v.note} for k, v in answers.items()}


def screen_flags(answers: Mapping[str, ScreenAnswer]) -> list[ScreenItem]:
    """The items answered yes, contraindications first."""
    yes = [screen_item(k) for k, v in answers.items() if Answer(v.answer) is Answer.YES]
    return sorted(yes, key=lambda i: (i.kind != "contraindication", SCREEN_ITEM_IDS.index(i.id)))


def screen_unknown(answers: Mapping[str, ScreenAnswer]) -> list[ScreenItem]:
    return [screen_item(k) for k, v in answers.items() if Answer(v.answer) is Answer.UNKNOWN]


# --------------------------------------------------------------------------- precaution areas
class PrecautionKind(str, enum.Enum):
    LYMPHOEDEMA = "lymphoedema"
    SURGICAL_SITE = "surgical_site"
    BROKEN_SKIN = "broken_skin"
    INFECTION = "infection"
    IMPLANT = "implant"
    TUMOUR = "tumour"
    OTHER = "other"

    @property
    def label(self) -> str:
        return PRECAUTION_LABELS[self]


PRECAUTION_LABELS = {
    PrecautionKind.LYMPHOEDEMA: "Lymphoedema", PrecautionKind.SURGICAL_SITE: "Surgical site",
    PrecautionKind.BROKEN_SKIN: "Broken skin", PrecautionKind.INFECTION: "Infection",
    PrecautionKind.IMPLANT: "Implant", PrecautionKind.TUMOUR: "Tumour", PrecautionKind.OTHER: "Other",
}
PRECAUTION_SIDES = ("left", "right", "both", "midline")


@dataclass(frozen=True)
class PrecautionInput:
    view: str
    polygons: Sequence[Sequence[tuple[float, float]]]   # validated(): charting.clean_polygons' tuples
    kind: PrecautionKind = PrecautionKind.OTHER
    side: str = "midline"
    note: str = ""

    def validated(self) -> PrecautionInput:
        if self.side not in PRECAUTION_SIDES:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Side must be one of: {choices}.").format(
                choices=", ".join(PRECAUTION_SIDES)))
        kind = as_enum(PrecautionKind, self.kind, QT_TRANSLATE_NOOP("Validation", "Precaution kind"))
        note = clean_text(self.note, QT_TRANSLATE_NOOP("Validation", "Note"), MAX_SHORT_TEXT * 5)
        if kind is PrecautionKind.OTHER and not note:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Describe an “Other” precaution area in the note."))
        return PrecautionInput(view=clean_text(self.view, QT_TRANSLATE_NOOP("Validation", "View"), 40, True),
                               polygons=clean_polygons(self.polygons), kind=kind, side=self.side, note=note)


def precaution_label(kind: str, side: str, note: str = "") -> str:
    """E.g. 'Lymphoedema (right)' or 'Surgical site: knee replacement'."""
    try:
        text = PrecautionKind(kind).label
    except ValueError:
        text = kind.replace("_", " ").capitalize()
    if side in ("left", "right", "both"):
        text += f" ({side})"
    return f"{text}: {note}" if note else text


# --------------------------------------------------------------------------- consent
class ConsentMethod(str, enum.Enum):
    VERBAL = "verbal"
    WRITTEN = "written"
    OTHER = "other"

    @property
    def label(self) -> str:
        return self.value.capitalize()


class ConsentScope(str, enum.Enum):
    VISIT = "visit"          # this visit only
    COURSE = "course"        # a course of treatment: until a date and/or for a number of visits


DEFAULT_CONSENT_TEXT = (
    "I have been told what dry needling is: fine, solid, single-use sterile needles are inserted "
    "into muscle trigger points to reduce pain and improve movement. I have been told about the "
    "expected benefits and about other treatments I could choose instead.\n\n"
    "Common effects: soreness in the treated muscles for one to two days, small bruises, "
    "tiredness, a brief worsening of symptoms.\n"
    "Uncommon effects: bleeding, feeling faint or light-headed, a headache, a stuck or bent "
    "needle.\n"
    "Rare but serious: infection, a broken needle, and when needling over the chest wall a "
    "collapsed lung (pneumothorax), which needs urgent medical care.\n\n"
    "I have answered the health questions truthfully and will tell my clinician if anything "
    "changes. I may ask questions at any time and may stop or withdraw my consent at any time.")


@dataclass(frozen=True)
class ConsentInput:
    given_on: dt.date | None = None                 # None = today
    method: ConsentMethod = ConsentMethod.VERBAL
    method_note: str = ""                           # how, when method is "other"
    scope: ConsentScope = ConsentScope.VISIT
    valid_until: dt.date | None = None              # course only
    max_visits: int | None = None                   # course only
    statement: str = DEFAULT_CONSENT_TEXT
    notes: str = ""
    discussed: Sequence[str] = ()                   # ticked item ids (domain.consent.CONSENT_ITEMS)
    copy_given: bool = False                        # the patient was given a copy of the form
    signature: object = None                        # strokes (domain.consent.clean_signature)
    signed_on_paper: bool = False                   # the printed form was signed instead

    def validated(self, today: dt.date | None = None) -> ConsentInput:
        today = today or dt.date.today()
        given = self.given_on or today
        if not isinstance(given, dt.date):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The consent date must be a date."))
        if given > today:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Consent cannot be dated in the future."))
        method = as_enum(ConsentMethod, self.method, QT_TRANSLATE_NOOP("Validation", "How consent was given"))
        method_note = clean_text(self.method_note, QT_TRANSLATE_NOOP("Validation", "How consent was given"), MAX_SHORT_TEXT)
        if method is ConsentMethod.OTHER and not method_note:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Say how consent was given (for example “through an "
                                                     "interpreter”)."))
        scope = as_enum(ConsentScope, self.scope, QT_TRANSLATE_NOOP("Validation", "Scope of consent"))
        until, visits = self.valid_until, self.max_visits
        if scope is ConsentScope.VISIT:
            until, visits = None, None
        else:
            if until is None and visits is None:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Consent for a course of treatment needs an end "
                                                         "date or a number of visits."))
            if until is not None and until < given:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The course cannot end before consent was given."))
            if visits is not None and (isinstance(visits, bool) or not isinstance(visits, int)
                                       or not 1 <= visits <= MAX_COURSE_VISITS):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The number of visits must be from 1 to {most}.").format(
                    most=MAX_COURSE_VISITS))
        signature = consent.clean_signature(self.signature)
        if signature and self.signed_on_paper:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The patient signed on screen or on paper, not both: "
                                                     "clear one."))
        return ConsentInput(given_on=given, method=method, method_note=method_note, scope=scope,
                            valid_until=until, max_visits=visits,
                            statement=clean_text(self.statement, QT_TRANSLATE_NOOP("Validation", "Consent text"), MAX_NOTES, True),
                            notes=clean_text(self.notes, QT_TRANSLATE_NOOP("Validation", "Notes"), MAX_NOTES),
                            discussed=consent.clean_items(self.discussed), copy_given=bool(self.copy_given),
                            signature=signature, signed_on_paper=bool(self.signed_on_paper))


def consent_covers(scope: str, consent_visit_id: int | None, given_on: dt.date, valid_until: dt.date | None,
                   max_visits: int | None, visit_id: int, visit_date: dt.date, visit_number: int) -> bool:
    """Whether a consent covers a visit. visit_number: 1 for the visit consent was recorded at,
    2 for the next visit of the patient, and so on."""
    if ConsentScope(scope) is ConsentScope.VISIT:
        return consent_visit_id == visit_id
    if visit_date < given_on or visit_number < 1:
        return False
    if valid_until is not None and visit_date > valid_until:
        return False
    return max_visits is None or visit_number <= max_visits


def scope_text(scope: str, valid_until: dt.date | None, max_visits: int | None) -> str:
    if ConsentScope(scope) is ConsentScope.VISIT:
        return "This visit only"
    parts = []
    if valid_until is not None:
        parts.append(f"until {valid_until:%d %b %Y}")
    if max_visits is not None:
        parts.append(f"for {max_visits} visit{'s' if max_visits != 1 else ''}")
    return "Course of treatment " + " or ".join(parts)


# --------------------------------------------------------------------------- the thorax caution
# Muscles whose trigger points lie over the chest wall or the lung apex: a needle through the
# muscle can reach the pleura. Rationale per id in docs/SAFETY.md.
THORAX_MUSCLES: dict[str, str] = {
    "upper_trapezius": "the lung apex lies under the medial upper trapezius",
    "middle_trapezius": "over the upper ribs medial to the scapula",
    "lower_trapezius": "over the ribs medial and below the scapula",
    "rhomboids": "thin muscle directly over the ribs and intercostal spaces",
    "serratus_anterior": "lies on the lateral ribs",
    "serratus_posterior_superior": "lies on the upper ribs under the rhomboids",
    "serratus_posterior_inferior": "lies on the lower ribs",
    "pectoralis_major": "over the anterior chest wall",
    "pectoralis_minor": "over the anterior ribs 3 to 5",
    "subclavius": "just above the first rib and the lung apex",
    "scalenes": "attach to the first and second ribs next to the pleural dome",
    "iliocostalis_thoracis": "over the posterior ribs",
    "longissimus_thoracis": "over the posterior ribs and costotransverse joints",
    "latissimus_dorsi": "over the ribs where it crosses the chest wall",
    "subscapularis": "needled through the axilla along the chest wall",
}
THORAX_REGIONS: dict[str, str] = {
    "upper_trapezius_ridge": "over the lung apex",
    "neck_angle": "over the lung apex",
    "infraclavicular": "over the first intercostal spaces",
    "pectoral": "over the anterior chest wall",
    "sternum": "sternal foramen: a needle can reach the heart",
    "breast_nipple": "over the chest wall",
    "lateral_chest_ribs": "over the intercostal spaces",
    "axilla": "over the lateral chest wall",
    "upper_thoracic_paraspinal": "over the posterior ribs",
    "lower_thoracic_paraspinal": "over the posterior ribs",
    "medial_scapular_border": "over the ribs medial to the scapula",
    "inferior_scapular_angle": "over the ribs below the scapula",
}

THORAX_CAUTION = (
    "This point lies over the thorax. A needle through the chest wall can cause a pneumothorax.\n"
    "Needle tangentially or onto a rib (pincer grip, fingers on the intercostal spaces), use a "
    "needle no longer than the depth you need, and watch for shortness of breath, chest pain or a "
    "dry cough afterwards.")


def over_thorax(muscle: str | None, region: str | None) -> bool:
    return (muscle or "") in THORAX_MUSCLES or (region or "") in THORAX_REGIONS


# --------------------------------------------------------------------------- the needle count
@dataclass(frozen=True)
class NeedleInput:
    needles: int = 1
    passes: int | None = None

    def validated(self) -> NeedleInput:
        return NeedleInput(needles=check_count(self.needles, QT_TRANSLATE_NOOP("Validation", "Number of needles"), MAX_NEEDLES),
                           passes=None if self.passes is None else check_count(self.passes, QT_TRANSLATE_NOOP("Validation", "Passes"), MAX_PASSES))


@dataclass(frozen=True)
class NeededPoint:
    """A needled trigger point as the count-out rule sees it."""

    tp_id: int
    label: str
    needles: int | None               # None: not recorded (counts as one needle)
    over_thorax: bool = False
    thorax_acknowledged: bool = False


class CountState(str, enum.Enum):
    NOTHING = "nothing"               # no needles used at this visit
    RECONCILED = "reconciled"         # removed == inserted
    DOCUMENTED = "documented"         # they differ and the clinician documented why
    NOT_RECONCILED = "not_reconciled"


@dataclass(frozen=True)
class CountOut:
    inserted: int
    removed: int | None
    note: str
    state: CountState
    problems: tuple[str, ...] = ()    # why the visit cannot be signed; empty: it can

    @property
    def can_sign(self) -> bool:
        return not self.problems

    @property
    def reconciled(self) -> bool:
        return self.state in (CountState.NOTHING, CountState.RECONCILED, CountState.DOCUMENTED)


def count_out(points: Iterable[NeededPoint], removed: int | None, note: str = "") -> CountOut:
    """The count-out rule: every needle inserted is counted out, or the difference is documented,
    and every needled point over the thorax carries an acknowledged caution."""
    points = list(points)
    inserted = sum(1 if p.needles is None else p.needles for p in points)
    note = (note or "").strip()
    problems: list[str] = []
    if inserted == 0 and not removed:
        state = CountState.NOTHING
    elif removed is None:
        state = CountState.NOT_RECONCILED
        problems.append(QT_TRANSLATE_NOOP("SignOffProblems", "1 needle inserted but the needles removed have not "
                                           "been counted.") if inserted == 1 else
                         QT_TRANSLATE_NOOP("SignOffProblems", "{inserted} needles inserted but the needles removed "
                                           "have not been counted.").format(inserted=inserted))
    elif removed == inserted:
        state = CountState.RECONCILED
    elif note:
        state = CountState.DOCUMENTED
    else:
        state = CountState.NOT_RECONCILED
        problems.append(QT_TRANSLATE_NOOP("SignOffProblems", "Needle count does not reconcile: {inserted} inserted, "
                                          "{removed} removed. Find the missing needle(s) or document the "
                                          "discrepancy in a note.").format(inserted=inserted, removed=removed))
    for p in points:
        if p.over_thorax and not p.thorax_acknowledged:
            problems.append(QT_TRANSLATE_NOOP("SignOffProblems", "The thorax caution for {label} has not been "
                                              "acknowledged.").format(label=p.label))
    return CountOut(inserted, removed, note, state, tuple(problems))


# --------------------------------------------------------------------------- after treatment
# adverse events, near misses and the needling session live in bodymap.domain.adverse; the names
# the app used from here before stay available
AdverseKind = _adverse.AdverseKind
ADVERSE_LABELS = _adverse.ADVERSE_LABELS
Severity = _adverse.Severity
AdverseEventInput = _adverse.AdverseEventInput
PNEUMOTHORAX_ADVICE = _adverse.PNEUMOTHORAX_ADVICE
is_urgent = _adverse.is_urgent


@dataclass(frozen=True)
class ResponseInput:
    pain_after: int | None = None
    rom_note: str = ""

    def validated(self) -> ResponseInput:
        return ResponseInput(check_score(self.pain_after, QT_TRANSLATE_NOOP("Validation", "Pain after treatment")),
                             clean_text(self.rom_note, QT_TRANSLATE_NOOP("Validation", "Range of motion"), MAX_NOTES))


def pain_change(before: int | None, after: int | None) -> str:
    """'6 → 3 (3 less)' style text comparing the visit's overall pain with the pain after."""
    if after is None:
        return "Not recorded"
    if before is None:
        return f"{after}/10 (no pain score before treatment)"
    diff = after - before
    trend = "no change" if diff == 0 else (f"{-diff} less" if diff < 0 else f"{diff} more")
    return f"{before}/10 before → {after}/10 after ({trend})"


# --------------------------------------------------------------------------- after-care handout
AFTER_CARE_KEY = "after_care"
MAX_AFTER_CARE = 8000
DEFAULT_AFTER_CARE = (
    "After dry needling it is normal for the treated muscles to feel sore or bruised, like after a "
    "hard workout. This usually peaks in the first day and settles within 24 to 48 hours. Small "
    "bruises can take a week to fade. You may feel tired.\n\n"
    "To help: keep moving gently, drink water, use heat (or a cold pack on a bruise) for 15 "
    "minutes at a time, and do the exercises you were given. Avoid very hard exercise for a day.\n\n"
    "Call the clinic if the soreness lasts more than 48 hours, keeps getting worse, or you notice "
    "redness, warmth, swelling or discharge where a needle went in.\n\n"
    "Seek urgent medical help (emergency department or emergency services) if you become short "
    "of breath, have chest pain, or a dry cough after treatment of the chest, shoulder or upper "
    "back: these can be signs of a collapsed lung (pneumothorax), which is rare but needs "
    "treatment the same day. Tell them you had dry needling.")


def clean_after_care(text: str | None) -> str:
    return clean_text(text, QT_TRANSLATE_NOOP("Validation", "After-care text"), MAX_AFTER_CARE, required=True)

