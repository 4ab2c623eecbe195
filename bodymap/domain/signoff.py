"""The sign-off rules: what must be true before a visit can be signed (no Qt, no SQL).

The service gathers the facts of a visit (`SignOffFacts`) inside its transaction; `problems()`
turns them into every unmet rule at once, each naming what to open to fix it (`Blocker`), so the
window, `bodymap incomplete` and the sign action itself give the same answer.
"""
from __future__ import annotations

import enum
from collections.abc import Sequence
from dataclasses import dataclass, field

from bodymap.domain.safety import CountOut
from bodymap.errors import QT_TRANSLATE_NOOP, Joined


class Blocker(str, enum.Enum):
    """What a problem is about: the window offers a button that goes there."""

    CLINICIAN = "clinician"        # the visit's details: choose the treating clinician
    CARRIED = "carried"            # a carried-forward mark: confirm or remove it
    CONSENT = "consent"            # record (or complete) consent
    SCREEN = "screen"              # review the health screen at this visit
    COUNT = "count"                # count the needles out
    THORAX = "thorax"              # acknowledge the caution of a needled point over the thorax
    SIGNER = "signer"              # sign in as a clinician


@dataclass(frozen=True)
class SignOffProblem:
    kind: Blocker
    message: str
    mark_id: int | None = None         # the trigger point or zone the problem is about
    mark_is_zone: bool = False


@dataclass(frozen=True)
class CarriedMark:
    id: int
    label: str
    is_zone: bool = False


@dataclass(frozen=True)
class SignOffFacts:
    """What the rules look at. `needled` is whether any trigger point was needled at this visit;
    `consent_problems` is None when no consent covers the visit, else what the covering consent lacks,
    as sentences (domain.consent.consent_problems; empty: complete and in force)."""

    clinician_id: int | None
    signer_id: int | None
    carried: Sequence[CarriedMark] = ()
    needled: bool = False
    consent_problems: Sequence[str] | None = None
    screen_reviewed: bool = False
    count: CountOut | None = None
    thorax_unacknowledged: Sequence[tuple[int, str]] = field(default_factory=tuple)


def problems(facts: SignOffFacts) -> list[SignOffProblem]:
    """Every rule the visit does not yet meet, in the order a clinician would fix them."""
    found: list[SignOffProblem] = []
    if facts.signer_id is None:
        found.append(SignOffProblem(Blocker.SIGNER, QT_TRANSLATE_NOOP(
            "SignOffProblems", "Only a clinician signed in with an account can sign a visit.")))
    if facts.clinician_id is None:
        found.append(SignOffProblem(Blocker.CLINICIAN, QT_TRANSLATE_NOOP(
            "SignOffProblems", "Choose the treating clinician in the visit's details.")))
    for mark in facts.carried:
        text = QT_TRANSLATE_NOOP("SignOffProblems", "Carried-forward zone {label}: confirm it was found at this "
                                 "visit, or remove it.") if mark.is_zone else \
            QT_TRANSLATE_NOOP("SignOffProblems", "Carried-forward trigger point {label}: confirm it was found at "
                              "this visit, or remove it.")
        found.append(SignOffProblem(Blocker.CARRIED, text.format(label=mark.label), mark.id, mark.is_zone))
    if facts.needled:
        if facts.consent_problems is None:
            found.append(SignOffProblem(Blocker.CONSENT, QT_TRANSLATE_NOOP(
                "SignOffProblems", "Record the patient's consent to dry needling for this visit "
                "(no valid consent covers it).")))
        else:
            found.extend(SignOffProblem(Blocker.CONSENT, p) for p in facts.consent_problems)
        if not facts.screen_reviewed:
            found.append(SignOffProblem(Blocker.SCREEN, QT_TRANSLATE_NOOP(
                "SignOffProblems", "Review the health screen at this visit.")))
        if facts.count is not None and not facts.count.reconciled:
            # count_out lists the count's own problem first, then one per unacknowledged thorax point
            found.append(SignOffProblem(Blocker.COUNT, facts.count.problems[0]))
        for tp_id, label in facts.thorax_unacknowledged:
            found.append(SignOffProblem(Blocker.THORAX, QT_TRANSLATE_NOOP(
                "SignOffProblems", "Acknowledge the thorax caution for {label}.").format(label=label), tp_id))
    return found


def summary(found: Sequence[SignOffProblem]) -> str:
    """One message naming every problem (for the command line and ValidationError)."""
    return QT_TRANSLATE_NOOP("SignOffProblems", "This visit cannot be signed yet: {problems}").format(
        problems=Joined(p.message for p in found))
