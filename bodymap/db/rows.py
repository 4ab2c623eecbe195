"""ORM rows of the clinical record: accounts, audit, patients, visits, marks, settings, templates."""
from __future__ import annotations

import datetime as dt

from sqlalchemy import (
    JSON,
    Boolean,
    CheckConstraint,
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from bodymap.db.base import Base, UTCDateTime, utcnow

zone_sources = Table(
    "zone_sources", Base.metadata,
    Column("zone_id", ForeignKey("pain_zones.id", ondelete="CASCADE"), primary_key=True),
    Column("trigger_point_id", ForeignKey("trigger_points.id", ondelete="CASCADE"), primary_key=True),
)


class User(Base):
    """A clinician account. Passwords are stored only as argon2 hashes."""

    __tablename__ = "users"
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(60), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(16), default="clinician")
    password_hash: Mapped[str] = mapped_column(String(200))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))   # bumped by every change


class AuditEntry(Base):
    """Append-only: who changed what, when, with the record before and after.

    The app never updates or deletes these rows; database triggers refuse it as well. Each row is
    chained to the one before it (prev_id) by its hash (bodymap.domain.audit_chain); rows are
    written only by bodymap.services.audit.append_audit, which keeps the chain."""

    __tablename__ = "audit_log"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    actor_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    actor_name: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(20))            # create | update | delete | sign | addendum
    entity: Mapped[str] = mapped_column(String(30))            # patient | visit | trigger_point | zone | ...
    entity_id: Mapped[int | None]
    patient_id: Mapped[int | None] = mapped_column(index=True)
    visit_id: Mapped[int | None] = mapped_column(index=True)
    before: Mapped[dict | None] = mapped_column(JSON)
    after: Mapped[dict | None] = mapped_column(JSON)
    prev_id: Mapped[int | None]                                  # the row this one follows in the chain
    hash: Mapped[str | None] = mapped_column(String(64))         # sha256 hex; NULL only if written by hand


class AuditChainHead(Base):
    """The head of the audit trail's hash chain: one row (id 1) naming the last audit row and its hash.

    Every append locks it first (SELECT ... FOR UPDATE on PostgreSQL; SQLite's write lock) and
    moves it on in the same transaction, so two workstations never fork the chain, and a deleted
    last row is noticed."""

    __tablename__ = "audit_chain"
    __table_args__ = (CheckConstraint("id = 1", name="ck_audit_chain_one_row"),)
    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    last_id: Mapped[int | None]
    last_hash: Mapped[str] = mapped_column(String(64))


class Addendum(Base):
    """A correction or note added to a signed visit, with its own author and time."""

    __tablename__ = "visit_addenda"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    author_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    author_name: Mapped[str] = mapped_column(String(200))
    text: Mapped[str] = mapped_column(Text)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


class Patient(Base):
    __tablename__ = "patients"
    # search as you type: ordered by (name, id) and covering both searched columns, so a search
    # reads only this index (it stops after the page for a common text; migration 0008)
    # (chart numbers are compared trimmed and case-folded, through ix_patients_chart_key, an
    # expression index of migration 0010 that is kept out of the model like the search index)
    __table_args__ = (Index("ix_patients_search", "name", "id", "chart_number"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    chart_number: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str] = mapped_column(String(200), index=True)
    date_of_birth: Mapped[dt.date | None]
    sex: Mapped[str] = mapped_column(String(16), default="unknown")
    notes: Mapped[str] = mapped_column(Text, default="")
    # the preferred language of the patient's handout: a code of domain.languages, '' for none (0020)
    language: Mapped[str] = mapped_column(String(16), default="", server_default=text("''"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    # bumped by every change to the patient's details: two workstations never overwrite each other
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))
    visits: Mapped[list[Visit]] = relationship(back_populates="patient", cascade="all, delete-orphan",
                                                 passive_deletes=True)


class Visit(Base):
    __tablename__ = "visits"
    id: Mapped[int] = mapped_column(primary_key=True)
    patient_id: Mapped[int] = mapped_column(ForeignKey("patients.id", ondelete="CASCADE"), index=True)
    started_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    clinician: Mapped[str] = mapped_column(String(200), default="")     # the name, as it was then
    clinician_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    chief_complaint: Mapped[str] = mapped_column(Text, default="")
    overall_pain: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(16), default="draft")
    signed_at: Mapped[dt.datetime | None] = mapped_column(UTCDateTime())
    signed_by: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    signed_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_by: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    # bumped by every change to the visit or its marks: optimistic concurrency between workstations
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    patient: Mapped[Patient] = relationship(back_populates="visits")
    addenda: Mapped[list[Addendum]] = relationship(cascade="all, delete-orphan", passive_deletes=True,
                                                   order_by=Addendum.id)
    trigger_points: Mapped[list[TriggerPoint]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True,
        order_by="TriggerPoint.id")
    zones: Mapped[list[PainZone]] = relationship(
        back_populates="visit", cascade="all, delete-orphan", passive_deletes=True,
        order_by="PainZone.id")


class TriggerPoint(Base):
    __tablename__ = "trigger_points"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    view: Mapped[str] = mapped_column(String(40))
    x: Mapped[float] = mapped_column(Float)
    y: Mapped[float] = mapped_column(Float)
    diagram_version: Mapped[int] = mapped_column(Integer)
    region: Mapped[str | None] = mapped_column(String(60))
    muscle: Mapped[str | None] = mapped_column(String(60))
    site: Mapped[str | None] = mapped_column(String(20))       # nearest reference site, e.g. "TP2"
    side: Mapped[str] = mapped_column(String(10))
    status: Mapped[str] = mapped_column(String(10), default="active")
    taut_band: Mapped[bool] = mapped_column(Boolean, default=False)
    spot_tenderness: Mapped[bool] = mapped_column(Boolean, default=False)
    pain_recognition: Mapped[bool] = mapped_column(Boolean, default=False)
    local_twitch: Mapped[bool] = mapped_column(Boolean, default=False)
    referred_pain: Mapped[bool] = mapped_column(Boolean, default=False)
    pressure_pain: Mapped[int | None]
    needled: Mapped[bool] = mapped_column(Boolean, default=False)
    needle_size: Mapped[str] = mapped_column(String(40), default="")
    depth_mm: Mapped[float | None]
    twitch_responses: Mapped[int | None]
    notes: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("trigger_points.id", ondelete="SET NULL"))
    carry_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    visit: Mapped[Visit] = relationship(back_populates="trigger_points")


class PainZone(Base):
    __tablename__ = "pain_zones"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    view: Mapped[str] = mapped_column(String(40))
    diagram_version: Mapped[int] = mapped_column(Integer)
    polygons: Mapped[list] = mapped_column(JSON)
    sides: Mapped[str] = mapped_column(String(30))
    regions: Mapped[list] = mapped_column(JSON, default=list)
    quality: Mapped[str] = mapped_column(String(20), default="aching")
    intensity: Mapped[int] = mapped_column(Integer, default=5)
    depth: Mapped[str] = mapped_column(String(12), default="superficial")
    notes: Mapped[str] = mapped_column(Text, default="")
    carried_from_id: Mapped[int | None] = mapped_column(ForeignKey("pain_zones.id", ondelete="SET NULL"))
    carry_confirmed: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    visit: Mapped[Visit] = relationship(back_populates="zones")
    sources: Mapped[list[TriggerPoint]] = relationship(secondary=zone_sources, order_by=TriggerPoint.id)


class Setting(Base):
    """Clinic-wide settings shared by every workstation (key -> JSON value)."""

    __tablename__ = "settings"
    key: Mapped[str] = mapped_column(String(80), primary_key=True)
    value: Mapped[dict | list | str | int | float | bool | None] = mapped_column(JSON)
    updated_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow, onupdate=utcnow)
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))   # bumped by every change


# --------------------------------------------------------------------------- clinic diagram templates

class DiagramTemplate(Base):
    """A clinic's own diagram image for one built-in view, with its landmark calibration.

    ``calibration`` is a list of {"id", "side", "x", "y"} (landmark id and side of the view,
    image pixels); empty until calibrated. Marks charted on it are stored in the view's
    normalised coordinates, never in image pixels."""

    __tablename__ = "diagram_templates"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    view_id: Mapped[str] = mapped_column(String(40), index=True)
    image: Mapped[bytes] = mapped_column(LargeBinary, deferred=True)   # PNG / JPEG as uploaded
    image_format: Mapped[str] = mapped_column(String(8))               # 'png' | 'jpeg'
    width: Mapped[int] = mapped_column(Integer)
    height: Mapped[int] = mapped_column(Integer)
    calibration: Mapped[list] = mapped_column(JSON, default=list)
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)
    created_by: Mapped[str] = mapped_column(String(200), default="", server_default=text("''"))
    active: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    version: Mapped[int] = mapped_column(Integer, default=1, server_default=text("1"))   # bumped by every change


# --------------------------------------------------------------------------- needling safety
# Kept in their own tables, linked by patient, visit or trigger point (see docs/SAFETY.md); deleting a
# patient, visit or trigger point cascades to its safety rows.

