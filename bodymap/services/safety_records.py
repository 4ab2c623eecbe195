"""The records of the needling safety record that SafetyService returns (bodymap.services.safety,
which exports them too): plain, immutable snapshots, like bodymap.domain.records."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from bodymap.domain import adverse as adv
from bodymap.domain import consent
from bodymap.domain import safety as dom
from bodymap.domain.charting import Polygon


@dataclass(frozen=True)
class ScreenState:
    visit_id: int
    patient_id: int
    answers: dict[str, dom.ScreenAnswer]   # item id -> its answer (every item)
    reviewed: bool                    # reviewed at this visit (else: the latest answers, to confirm)
    reviewed_by: str = ""
    reviewed_at: dt.datetime | None = None
    from_visit_id: int | None = None  # where the answers come from when not yet reviewed
    previous_visit_id: int | None = None  # the patient's screen as last reviewed at another visit

    @property
    def flags(self) -> list[dom.ScreenItem]:
        return dom.screen_flags(self.answers)


@dataclass(frozen=True)
class PrecautionRecord:
    id: int
    patient_id: int
    view: str
    polygons: tuple[Polygon, ...]
    kind: str
    side: str
    note: str
    created_by: str
    created_at: dt.datetime

    @property
    def label(self) -> str:
        return dom.precaution_label(self.kind, self.side, self.note)


@dataclass(frozen=True)
class ConsentRecord:
    id: int
    patient_id: int
    visit_id: int | None
    given_on: dt.date
    method: str
    method_note: str
    scope: str
    valid_until: dt.date | None
    max_visits: int | None
    statement: str
    notes: str
    obtained_by: str
    created_at: dt.datetime                 # when it was recorded (obtained)
    discussed: tuple[tuple[str, str], ...] = ()       # (item id, wording shown) ticked
    risk_factors: tuple[str, ...] = ()      # labels of the screen items flagged when it was recorded
    copy_given: bool = False
    signature: tuple[consent.Stroke, ...] = ()
    signed_on_paper: bool = False
    withdrawn_at: dt.datetime | None = None
    withdrawn_reason: str = ""
    withdrawn_by: str = ""

    @property
    def discussed_ids(self) -> tuple[str, ...]:
        return tuple(item_id for item_id, _text in self.discussed)

    def problems(self, when: dt.datetime) -> tuple[str, ...]:
        """domain.consent.consent_problems at `when`: empty when complete and in force."""
        return consent.consent_problems(self, when)

    @property
    def signature_text(self) -> str:
        if self.signature:
            return "Signed on screen by the patient"
        return "Signed on paper" if self.signed_on_paper else "Not signed"

    @property
    def scope_text(self) -> str:
        return dom.scope_text(self.scope, self.valid_until, self.max_visits)

    @property
    def method_text(self) -> str:
        label = dom.ConsentMethod(self.method).label
        return f"{label} ({self.method_note})" if self.method_note else label


@dataclass(frozen=True)
class NeedleLogRecord:
    trigger_point_id: int
    needles: int | None = None
    passes: int | None = None
    thorax_ack_by: str | None = None
    thorax_ack_at: dt.datetime | None = None
    precaution_ack_by: str | None = None
    precaution_ack_at: dt.datetime | None = None
    precaution_ack_areas: tuple[dict[str, object], ...] = ()       # ({"id", "label"}, ...)


@dataclass(frozen=True)
class NeededPointRecord:
    """A needled trigger point of a visit with its log and whether it lies over the thorax."""

    tp_id: int
    label: str
    over_thorax: bool
    log: NeedleLogRecord


@dataclass(frozen=True)
class AdverseEventRecord:
    id: int
    visit_id: int
    kind: str
    severity: str | None               # None for a near miss
    description: str
    action_taken: str
    follow_up: str
    occurred_at: dt.datetime
    recorded_by: str
    onset: str | None = None
    near_miss: bool = False

    @property
    def kind_label(self) -> str:
        return adv.kind_label(self.kind)

    @property
    def severity_label(self) -> str:
        return "Near miss" if self.near_miss else adv.severity_label(self.severity)

    @property
    def onset_label(self) -> str:
        return adv.onset_label(self.onset)

    @property
    def urgent(self) -> bool:
        return adv.is_urgent(self.kind, self.near_miss)


@dataclass(frozen=True)
class ClinicAdverseEvent:
    """One row of the clinic-wide list: the chart number, never the name."""

    occurred_at: dt.datetime
    chart_number: str
    visit_id: int
    kind: str
    severity: str | None
    action_taken: str
    follow_up: str
    recorded_by: str
    onset: str | None = None
    near_miss: bool = False


@dataclass(frozen=True)
class SessionRecord:
    """How the patient tolerated the needling at a visit and its immediate outcome."""

    tolerance: str | None = None
    outcome: str | None = None
    note: str = ""

    @property
    def recorded(self) -> bool:
        return self.tolerance is not None or self.outcome is not None or bool(self.note)

    @property
    def tolerance_label(self) -> str:
        return adv.tolerance_label(self.tolerance)

    @property
    def outcome_label(self) -> str:
        return adv.outcome_label(self.outcome)


@dataclass(frozen=True)
class VisitSafety:
    """Everything the Safety dock and the handout show for one visit."""

    visit_id: int
    patient_id: int
    overall_pain: int | None
    screen: ScreenState
    consent: ConsentRecord | None
    needled: tuple[NeededPointRecord, ...]
    count: dom.CountOut
    counted_by: str
    pain_after: int | None
    rom_note: str
    events: tuple[AdverseEventRecord, ...]
    after_care: str
    consent_problems: tuple[str, ...] = ()      # what the consent lacks for this visit (consent_problems)
    session: SessionRecord = SessionRecord()

    @property
    def urgent(self) -> bool:
        return any(e.urgent for e in self.events)
