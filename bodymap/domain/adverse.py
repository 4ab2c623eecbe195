"""After needling: how the patient tolerated the session, its immediate outcome, adverse events
and near misses, and the clinic's adverse-event rates. Pure Python: no Qt, no SQL.

The classification (mild / significant / serious) and the list of event types are explained in
docs/SAFETY.md. bodymap.domain.safety re-exports the names the rest of the app already used.
"""
from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable
from dataclasses import dataclass

from bodymap.domain.charting import MAX_NOTES, as_enum, clean_text
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError

MAX_SESSION_NOTE = 2000


# --------------------------------------------------------------------------- the needling session
class Tolerance(str, enum.Enum):
    WELL = "well"
    DISCOMFORT = "discomfort"
    POORLY = "poorly"

    @property
    def label(self) -> str:
        return TOLERANCE_LABELS[self]


TOLERANCE_LABELS = {
    Tolerance.WELL: "Tolerated well",
    Tolerance.DISCOMFORT: "Moderate discomfort, completed",
    Tolerance.POORLY: "Tolerated poorly, stopped early",
}


class Outcome(str, enum.Enum):
    IMPROVED = "improved"
    UNCHANGED = "unchanged"
    WORSE = "worse"

    @property
    def label(self) -> str:
        return OUTCOME_LABELS[self]


OUTCOME_LABELS = {
    Outcome.IMPROVED: "Improved (less pain or freer movement)",
    Outcome.UNCHANGED: "Unchanged",
    Outcome.WORSE: "Worse",
}


@dataclass(frozen=True)
class SessionInput:
    """How the patient tolerated the needling and its immediate outcome (None: not recorded)."""

    tolerance: Tolerance | None = None
    outcome: Outcome | None = None
    note: str = ""

    def validated(self) -> SessionInput:
        tolerance = None if self.tolerance in (None, "") else as_enum(Tolerance, self.tolerance, QT_TRANSLATE_NOOP("Validation", "Tolerance"))
        outcome = None if self.outcome in (None, "") else as_enum(Outcome, self.outcome, QT_TRANSLATE_NOOP("Validation", "Immediate outcome"))
        note = clean_text(self.note, QT_TRANSLATE_NOOP("Validation", "Session note"), MAX_SESSION_NOTE)
        if tolerance is Tolerance.POORLY and not note:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Say in the note why the needling was stopped early."))
        if outcome is Outcome.WORSE and not note:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Say in the note what was worse after needling."))
        return SessionInput(tolerance, outcome, note)

    @property
    def recorded(self) -> bool:
        return self.tolerance is not None or self.outcome is not None or bool(self.note)


def tolerance_label(value: str | None) -> str:
    return Tolerance(value).label if value else "Not recorded"


def outcome_label(value: str | None) -> str:
    return Outcome(value).label if value else "Not recorded"


# --------------------------------------------------------------------------- adverse events
class AdverseKind(str, enum.Enum):
    BLEEDING = "bleeding"
    BRUISING = "bruising"
    PAIN_DURING = "pain_during"
    PAIN_AFTER = "pain_after_24h"
    AGGRAVATION = "aggravation"
    FAINTING = "fainting"
    NAUSEA = "nausea"
    HEADACHE = "headache"
    DROWSINESS = "drowsiness"
    NERVE_IRRITATION = "nerve_irritation"
    PNEUMOTHORAX = "pneumothorax"
    OTHER = "other"

    @property
    def label(self) -> str:
        return ADVERSE_LABELS[self]


ADVERSE_LABELS = {
    AdverseKind.BLEEDING: "Bleeding",
    AdverseKind.BRUISING: "Bruising",
    AdverseKind.PAIN_DURING: "Pain during needling",
    AdverseKind.PAIN_AFTER: "Pain after needling for more than 24 h",
    AdverseKind.AGGRAVATION: "Aggravation of symptoms",
    AdverseKind.FAINTING: "Fainting or feeling faint",
    AdverseKind.NAUSEA: "Nausea",
    AdverseKind.HEADACHE: "Headache",
    AdverseKind.DROWSINESS: "Drowsiness",
    AdverseKind.NERVE_IRRITATION: "Nerve irritation",
    AdverseKind.PNEUMOTHORAX: "Suspected pneumothorax",
    AdverseKind.OTHER: "Other",
}


def kind_label(value: str) -> str:
    try:
        return AdverseKind(value).label
    except ValueError:                       # a kind this version does not know: show it as stored
        return value.replace("_", " ").capitalize()


class Severity(str, enum.Enum):
    MILD = "mild"
    SIGNIFICANT = "significant"
    SERIOUS = "serious"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def meaning(self) -> str:
        return SEVERITY_MEANING[self]


SEVERITY_MEANING = {
    Severity.MILD: "Short-lived, no change in function, settles without treatment.",
    Severity.SIGNIFICANT: "Distressing, changes function or needs treatment or advice, but not serious.",
    Severity.SERIOUS: "Needs urgent or hospital care, or could cause lasting harm or death.",
}


def severity_label(value: str | None) -> str:
    return Severity(value).label if value else "—"


class Onset(str, enum.Enum):
    DURING = "during"
    AFTER_IN_CLINIC = "in_clinic"
    WITHIN_24H = "within_24h"
    LATER = "later"

    @property
    def label(self) -> str:
        return ONSET_LABELS[self]


ONSET_LABELS = {
    Onset.DURING: "During needling",
    Onset.AFTER_IN_CLINIC: "After needling, in the clinic",
    Onset.WITHIN_24H: "Within 24 h of leaving",
    Onset.LATER: "More than 24 h later",
}


def onset_label(value: str | None) -> str:
    return Onset(value).label if value else "Not recorded"


PNEUMOTHORAX_ADVICE = (
    "URGENT: possible pneumothorax. Stop needling. Shortness of breath, chest pain or a dry cough "
    "after needling over the thorax need medical assessment today: arrange transfer to an "
    "emergency department (call emergency services if breathing is difficult or worsening) and "
    "do not let the patient drive.")


@dataclass(frozen=True)
class AdverseEventInput:
    """An adverse event, or a near miss (a close call that harmed nobody: it has no severity)."""

    kind: AdverseKind
    severity: Severity | None = Severity.MILD
    description: str = ""
    action_taken: str = ""
    follow_up: str = ""
    occurred_at: dt.datetime | None = None          # None = now
    onset: Onset | None = None
    near_miss: bool = False

    def validated(self) -> AdverseEventInput:
        kind = as_enum(AdverseKind, self.kind, QT_TRANSLATE_NOOP("Validation", "Kind of adverse event"))
        at = self.occurred_at or dt.datetime.now(dt.UTC)
        if at.tzinfo is None:
            at = at.replace(tzinfo=dt.UTC)
        at = at.astimezone(dt.UTC)
        if at > dt.datetime.now(dt.UTC) + dt.timedelta(minutes=5):
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "An adverse event cannot be dated in the future."))
        description = clean_text(self.description, QT_TRANSLATE_NOOP("Validation", "Description"), MAX_NOTES)
        if kind is AdverseKind.OTHER and not description:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Describe an “Other” adverse event."))
        near_miss = bool(self.near_miss)
        severity: Severity | None = None
        if not near_miss:
            if self.severity in (None, ""):
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Classify the adverse event: mild, significant or serious."))
            severity = as_enum(Severity, self.severity, QT_TRANSLATE_NOOP("Validation", "Severity"))
            if kind is AdverseKind.PNEUMOTHORAX and severity is Severity.MILD:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A suspected pneumothorax is at least significant: "
                                                                    "it needs medical assessment today."))
        onset = None if self.onset in (None, "") else as_enum(Onset, self.onset, QT_TRANSLATE_NOOP("Validation", "Onset"))
        return AdverseEventInput(kind=kind, severity=severity, description=description,
                                 action_taken=clean_text(self.action_taken, QT_TRANSLATE_NOOP("Validation", "Action taken"), MAX_NOTES),
                                 follow_up=clean_text(self.follow_up, QT_TRANSLATE_NOOP("Validation", "Follow-up"), MAX_NOTES), occurred_at=at,
                                 onset=onset, near_miss=near_miss)


def is_urgent(kind: str, near_miss: bool = False) -> bool:
    return kind == AdverseKind.PNEUMOTHORAX.value and not near_miss


# --------------------------------------------------------------------------- clinic rates
@dataclass(frozen=True)
class Rate:
    label: str
    events: int
    per_1000_points: float | None       # None: nothing was needled
    per_1000_visits: float | None


@dataclass(frozen=True)
class EventSummary:
    """Adverse events per 1,000 needled trigger points and per 1,000 needling visits."""

    visits: int                          # visits with at least one needled trigger point
    points: int                          # needled trigger points
    total: Rate                          # adverse events (near misses not included)
    by_severity: tuple[Rate, ...]        # every severity, in order
    by_kind: tuple[Rate, ...]            # the kinds that occurred, in list order
    near_misses: Rate
    near_misses_by_kind: tuple[Rate, ...]


def per_1000(count: int, denominator: int) -> float | None:
    return None if denominator <= 0 else round(count * 1000 / denominator, 1)


def summarise(events: Iterable[tuple[str, str | None, bool]], visits: int, points: int) -> EventSummary:
    """events: (kind, severity, near_miss) of every event at the needling visits counted."""
    def rate(label: str, n: int) -> Rate:
        return Rate(label, n, per_1000(n, points), per_1000(n, visits))

    def by_kind(kinds: list[str]) -> tuple[Rate, ...]:
        order = [k.value for k in AdverseKind]
        seen = sorted(set(kinds), key=lambda k: (order.index(k) if k in order else len(order), k))
        return tuple(rate(kind_label(k), kinds.count(k)) for k in seen)

    events = list(events)
    harm = [e for e in events if not e[2]]
    near = [e[0] for e in events if e[2]]
    return EventSummary(
        visits, points, rate("All adverse events", len(harm)),
        tuple(rate(s.label, sum(1 for e in harm if e[1] == s.value)) for s in Severity),
        by_kind([e[0] for e in harm]), rate("All near misses", len(near)), by_kind(near))
