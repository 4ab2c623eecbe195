"""Plain, immutable snapshots that services hand to the UI, the CLI and the exporters.

Nothing here is attached to a database session, so a widget can keep one as long as it likes.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from bodymap.domain.charting import FINDINGS


@dataclass(frozen=True)
class PatientRecord:
    id: int
    chart_number: str
    name: str
    date_of_birth: dt.date | None
    sex: str
    notes: str
    version: int = 1                 # what an edit passes back as expected_version
    language: str = ""               # preferred language of the handout (domain.languages), '' none

    @property
    def banner(self) -> str:
        dob = self.date_of_birth.strftime("%d %b %Y") if self.date_of_birth else "DOB unknown"
        return f"{self.name}  ·  born {dob}  ·  chart {self.chart_number}"


@dataclass(frozen=True)
class VisitRecord:
    id: int
    patient_id: int
    started_at: dt.datetime
    clinician: str
    chief_complaint: str
    overall_pain: int | None
    notes: str
    status: str
    trigger_point_count: int = 0
    zone_count: int = 0
    version: int = 1
    signed_at: dt.datetime | None = None
    signed_by: str = ""
    created_by: str = ""
    clinician_id: int | None = None        # the treating clinician's account
    signed_by_id: int | None = None        # the signing clinician's account

    @property
    def is_signed(self) -> bool:
        return self.status == "signed"

    def local_time(self) -> dt.datetime:
        return self.started_at.astimezone()


@dataclass(frozen=True)
class TriggerPointRecord:
    id: int
    visit_id: int
    view: str
    x: float
    y: float
    diagram_version: int
    region: str | None
    region_label: str
    muscle: str | None
    side: str
    status: str
    findings: frozenset[str]
    pressure_pain: int | None
    needled: bool
    needle_size: str
    depth_mm: float | None
    twitch_responses: int | None
    notes: str
    carried_from_id: int | None = None
    carry_confirmed: bool = False
    site: str | None = None                # nearest reference trigger-point site of the muscle
    zone_ids: frozenset[int] = field(default_factory=frozenset)   # zones it is named a source of

    @property
    def carried(self) -> bool:
        """Carried forward from an earlier visit and not yet confirmed by the clinician."""
        return self.carried_from_id is not None and not self.carry_confirmed

    @property
    def location_label(self) -> str:
        where = self.muscle_label or self.region_label or "Unlabelled site"
        return where

    @property
    def muscle_label(self) -> str:
        if not self.muscle:
            return ""
        from bodymap.domain.reference import muscle_name
        try:
            return muscle_name(self.muscle)
        except KeyError:
            return self.muscle.replace("_", " ").capitalize()

    def findings_text(self) -> str:
        return ", ".join(label for key, label in FINDINGS if key in self.findings)


@dataclass(frozen=True)
class ZoneRecord:
    id: int
    visit_id: int
    view: str
    diagram_version: int
    polygons: tuple[tuple[tuple[float, float], ...], ...]
    sides: tuple[str, ...]
    regions: tuple[str, ...]
    quality: str
    intensity: int
    depth: str
    notes: str
    source_ids: frozenset[int] = field(default_factory=frozenset)
    carried_from_id: int | None = None
    carry_confirmed: bool = False

    @property
    def carried(self) -> bool:
        return self.carried_from_id is not None and not self.carry_confirmed


@dataclass(frozen=True)
class AddendumRecord:
    id: int
    visit_id: int
    author: str
    text: str
    created_at: dt.datetime


@dataclass(frozen=True)
class VisitChart:
    """Everything needed to show or print one visit."""

    patient: PatientRecord
    visit: VisitRecord
    trigger_points: tuple[TriggerPointRecord, ...]
    zones: tuple[ZoneRecord, ...]
    addenda: tuple[AddendumRecord, ...] = ()

    def views_with_marks(self) -> list[str]:
        seen: list[str] = []
        marks: tuple[TriggerPointRecord | ZoneRecord, ...] = (*self.trigger_points, *self.zones)
        for mark in marks:
            if mark.view not in seen:
                seen.append(mark.view)
        return seen
