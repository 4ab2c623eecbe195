"""ORM rows of the needling safety record."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    Date,
    ForeignKey,
    Integer,
    String,
    Text,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from bodymap.db.base import Base, UTCDateTime, utcnow


class ScreenReview(Base):
    """The health screen as reviewed at one visit: {item id: {"answer", "note"}}."""

    __tablename__ = "safety_screen_reviews"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), unique=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    answers: Mapped[dict] = mapped_column(JSON)
    reviewed_by: Mapped[str] = mapped_column(String(200))
    reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    reviewed_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class PrecautionArea(Base):
    """A place on the patient's body not to needle (or to needle with care); shown at every visit."""

    __tablename__ = "safety_precaution_areas"
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    view: Mapped[str] = mapped_column(String(40))
    diagram_version: Mapped[int] = mapped_column(Integer)
    polygons: Mapped[list] = mapped_column(JSON)
    kind: Mapped[str] = mapped_column(String(20))
    side: Mapped[str] = mapped_column(String(10))
    note: Mapped[str] = mapped_column(Text, default="")
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Consent(Base):
    """Informed consent, recorded at a visit; covers that visit or a course of treatment."""

    __tablename__ = "safety_consents"
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    visit_id: Mapped[int | None] = mapped_column(ForeignKey("visits.id", ondelete="SET NULL"), index=True)
    given_on: Mapped[dt.date] = mapped_column(Date)
    method: Mapped[str] = mapped_column(String(10))
    method_note: Mapped[str] = mapped_column(String(200), default="")
    scope: Mapped[str] = mapped_column(String(10))
    valid_until: Mapped[dt.date | None] = mapped_column(Date)
    max_visits: Mapped[int | None]
    statement: Mapped[str] = mapped_column(Text)
    notes: Mapped[str] = mapped_column(Text, default="")
    obtained_by: Mapped[str] = mapped_column(String(200))
    obtained_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    # migration 0017: what was discussed, the signature, withdrawal (docs/SAFETY.md)
    discussed: Mapped[list | None] = mapped_column(JSON)          # [{"id", "text"}] as worded at the time
    risk_factors: Mapped[list | None] = mapped_column(JSON)       # [{"id", "label"}] flagged on the screen
    copy_given: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    signature: Mapped[list | None] = mapped_column(JSON)          # [[[x, y], ...], ...] strokes, 0..1
    signed_on_paper: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    withdrawn_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    withdrawn_reason: Mapped[str | None] = mapped_column(Text)
    withdrawn_by: Mapped[str | None] = mapped_column(String(200))
    withdrawn_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))


class NeedleLog(Base):
    """Per trigger point: needles and passes, and the acknowledged cautions."""

    __tablename__ = "safety_needle_logs"
    trigger_point_id: Mapped[int] = mapped_column(ForeignKey("trigger_points.id", ondelete="CASCADE"),
                                                  primary_key=True)
    needles: Mapped[int | None]
    passes: Mapped[int | None]
    thorax_ack_by: Mapped[str | None] = mapped_column(String(200))
    thorax_ack_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    precaution_ack_by: Mapped[str | None] = mapped_column(String(200))
    precaution_ack_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    precaution_ack_areas: Mapped[list | None] = mapped_column(JSON)     # [{"id", "label"}]


class VisitSafetyRow(Base):
    """Per visit: the count-out and the immediate response to treatment."""

    __tablename__ = "safety_visit_records"
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), primary_key=True)
    needles_removed: Mapped[int | None]
    count_note: Mapped[str] = mapped_column(Text, default="")
    counted_by: Mapped[str] = mapped_column(String(200), default="")
    counted_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    pain_after: Mapped[int | None]
    rom_note: Mapped[str] = mapped_column(Text, default="")
    tolerance: Mapped[str | None] = mapped_column(String(20))     # domain.adverse.Tolerance (0018)
    outcome: Mapped[str | None] = mapped_column(String(20))       # domain.adverse.Outcome (0018)
    session_note: Mapped[str] = mapped_column(Text, default="", server_default=text("''"))


class AdverseEvent(Base):
    """An adverse event after needling, or a near miss (near_miss: harmed nobody, no severity).
    Rows from before 0018 were mapped to the current kinds and severities by that migration."""

    __tablename__ = "safety_adverse_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str | None] = mapped_column(String(12))      # None for a near miss
    onset: Mapped[str | None] = mapped_column(String(12))
    near_miss: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    description: Mapped[str] = mapped_column(Text, default="")
    action_taken: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


SAFETY_TABLES = ("safety_screen_reviews", "safety_precaution_areas", "safety_consents",
                 "safety_needle_logs", "safety_visit_records", "safety_adverse_events")

