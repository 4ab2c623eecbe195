"""Database: typed ORM rows, the engine factory and migrations to head.

No globals: the composition root (app.py / cli.py) makes one engine and hands a session factory
to the services. SQLite runs in WAL mode with synchronous FULL and foreign keys enforced.
"""
from __future__ import annotations

import datetime as dt
import logging
import os
import re
from pathlib import Path

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Table,
    Text,
    create_engine,
    event,
    false,
    inspect,
    text,
    true,
)
from sqlalchemy.engine import URL, Engine, make_url
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship, sessionmaker
from sqlalchemy.types import TypeDecorator

from bodymap.errors import CorruptDatabaseError, DatabaseError

APP_NAME = "bodymap"


class _NoResultRows(logging.Filter):
    """At DEBUG, SQLAlchemy logs every fetched row, i.e. patient data: never let those through."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (isinstance(record.msg, str) and record.msg.startswith("Row "))


logging.getLogger("sqlalchemy.engine.Engine").addFilter(_NoResultRows())
ENV_URL = "BODYMAP_DATABASE_URL"
log = logging.getLogger("bodymap.db")




def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class UTCDateTime(TypeDecorator):
    """Timestamps are stored in UTC and always come back timezone-aware in UTC."""

    impl = DateTime
    cache_ok = True

    def __init__(self):
        super().__init__(timezone=True)

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=dt.UTC)
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


class Base(DeclarativeBase):
    pass


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


class AuditEntry(Base):
    """Append-only: who changed what, when, with the record before and after.

    The app never updates or deletes these rows; database triggers refuse it as well."""

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


# --------------------------------------------------------------------------- needling safety
# Kept in their own tables, linked by patient, visit or trigger point (see docs/SAFETY.md); deleting a
# patient, visit or trigger point cascades to its safety rows.

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


class AdverseEvent(Base):
    __tablename__ = "safety_adverse_events"
    id: Mapped[int] = mapped_column(primary_key=True)
    visit_id: Mapped[int] = mapped_column(ForeignKey("visits.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    severity: Mapped[str] = mapped_column(String(10))
    description: Mapped[str] = mapped_column(Text, default="")
    action_taken: Mapped[str] = mapped_column(Text, default="")
    follow_up: Mapped[str] = mapped_column(Text, default="")
    occurred_at: Mapped[dt.datetime] = mapped_column(UTCDateTime())
    recorded_by: Mapped[str] = mapped_column(String(200))
    recorded_by_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"))
    created_at: Mapped[dt.datetime] = mapped_column(UTCDateTime(), default=utcnow)


SAFETY_TABLES = ("safety_screen_reviews", "safety_precaution_areas", "safety_consents",
                 "safety_needle_logs", "safety_visit_records", "safety_adverse_events")


# --------------------------------------------------------------------------- engine

def default_database_path() -> Path:
    from platformdirs import user_data_path
    return user_data_path(APP_NAME, appauthor=False) / "bodymap.sqlite3"


def resolve_url(explicit: str | None = None) -> str:
    """--database beats BODYMAP_DATABASE_URL beats the embedded SQLite file."""
    if explicit:
        return explicit
    if os.environ.get(ENV_URL):
        return os.environ[ENV_URL]
    return f"sqlite:///{default_database_path()}"


def _redact(url: str) -> str:
    """Hide anything that looks like a password in a URL that SQLAlchemy cannot parse."""
    return re.sub(r"(//[^/@:]*:)[^@/]*@", r"\1***@", str(url))


def mask_url(url: str | URL) -> str:
    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "<unparseable database URL>"


def _sqlite_pragmas(dbapi_conn, _record):
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA synchronous=FULL")
    cur.execute("PRAGMA busy_timeout=5000")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine for URL, checked by connecting once. Raises DatabaseError with a clear message."""
    try:
        parsed = make_url(url)
    except Exception:
        raise DatabaseError(f"Not a database URL: {_redact(url)!r}. Expected for example "
                            "sqlite:///path/to/file.sqlite3 or postgresql+psycopg://user@host/db.") from None
    shown = mask_url(parsed)
    # hide_parameters: even with SQL logging switched on, patient data never reaches a log
    kwargs: dict = {"future": True, "hide_parameters": True}
    sqlite_file = None
    if parsed.get_backend_name() == "sqlite":
        db = parsed.database
        if db and db != ":memory:":
            sqlite_file = Path(db).expanduser()
            if sqlite_file.is_file() and sqlite_file.stat().st_size == 0:
                # SQLite would quietly make a new, empty database of it: a file emptied by a crash,
                # a failed copy or a sync tool is damage to report, not a fresh start
                raise CorruptDatabaseError(sqlite_file)
            try:
                if not sqlite_file.parent.exists():
                    sqlite_file.parent.mkdir(parents=True, mode=0o700)
            except OSError as exc:
                raise DatabaseError(f"Cannot create the folder for {shown}: {exc.strerror}.") from None
    elif parsed.get_backend_name() == "postgresql":
        kwargs.update(pool_pre_ping=True, connect_args={"connect_timeout": 5})
    try:
        engine = create_engine(parsed, **kwargs)
    except Exception as exc:
        raise DatabaseError(f"Cannot use database {shown}: {exc.__class__.__name__}: {_first_line(exc)}") from None
    if parsed.get_backend_name() == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    try:
        with engine.connect() as connection:
            if sqlite_file is not None:
                connection.exec_driver_sql("SELECT count(*) FROM sqlite_master").scalar()
    except Exception as exc:
        engine.dispose()
        if sqlite_file is not None and "not a database" in str(exc).lower():
            raise CorruptDatabaseError(sqlite_file) from None
        raise DatabaseError(f"Cannot connect to database {shown}: {_first_line(exc)}") from None
    if sqlite_file is not None:
        restrict_to_owner(sqlite_file)
    return engine


def restrict_to_owner(path: Path) -> None:
    """Health data: the database file and its WAL/SHM companions readable by their owner only."""
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if candidate.exists():
                os.chmod(candidate, 0o600)
        except OSError:
            pass


def _first_line(exc: Exception) -> str:
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    return text[0] if text else exc.__class__.__name__


def alembic_config(engine: Engine):
    from alembic.config import Config
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    cfg.attributes["engine"] = engine
    return cfg


# The newest migration. A test checks it against the Alembic scripts, so that a database already
# at head skips importing and running Alembic at start-up (about 0.4 s).
HEAD_REVISION = "0014"

# The audit trail is append-only, and the database itself says so: these triggers (migrations 0004
# and 0010) refuse UPDATE and DELETE, an INSERT over an existing row (SQLite's REPLACE deletes the
# old row without firing a DELETE trigger) and TRUNCATE. ensure_audit_protection() puts back any
# that are missing whenever a database is opened.
AUDIT_TRIGGERS_SQLITE = {
    "audit_log_no_update": """CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    "audit_log_no_delete": """CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
    "audit_log_no_overwrite": """CREATE TRIGGER IF NOT EXISTS audit_log_no_overwrite BEFORE INSERT ON audit_log
        WHEN EXISTS (SELECT 1 FROM audit_log WHERE id = NEW.id)
        BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END""",
}
AUDIT_FUNCTION_PG = """CREATE OR REPLACE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN RAISE EXCEPTION 'audit_log is append-only'; END $$"""
AUDIT_TRIGGERS_PG = {
    "audit_log_no_change": """CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
        FOR EACH ROW EXECUTE FUNCTION audit_log_append_only()""",
    "audit_log_no_truncate": """CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
        FOR EACH STATEMENT EXECUTE FUNCTION audit_log_append_only()""",
}


def missing_audit_triggers(connection) -> list[str]:
    """The audit_log triggers this database lacks, by name."""
    if connection.dialect.name == "sqlite":
        present = set(connection.exec_driver_sql(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_log'").scalars())
        return sorted(set(AUDIT_TRIGGERS_SQLITE) - present)
    if connection.dialect.name == "postgresql":
        present = set(connection.exec_driver_sql(
            "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass AND NOT tgisinternal").scalars())
        return sorted(set(AUDIT_TRIGGERS_PG) - present)
    return []


def create_audit_triggers(connection, names) -> None:
    if connection.dialect.name == "sqlite":
        for name in names:
            connection.exec_driver_sql(AUDIT_TRIGGERS_SQLITE[name])
    elif connection.dialect.name == "postgresql":
        connection.exec_driver_sql(AUDIT_FUNCTION_PG)
        for name in names:
            connection.exec_driver_sql(AUDIT_TRIGGERS_PG[name])


def ensure_audit_protection(engine: Engine) -> list[str]:
    """Puts back audit_log triggers that were dropped (by hand, or with a tampered file); returns
    their names. DatabaseError when they cannot be put back: the app does not run on an audit
    trail that can be rewritten."""
    with engine.connect() as connection:
        missing = missing_audit_triggers(connection)
    if not missing:
        return []
    log.warning("audit_log protection was missing and is restored: %s", ", ".join(missing))
    try:
        with engine.begin() as connection:
            create_audit_triggers(connection, missing)
    except Exception as exc:
        raise DatabaseError(f"The audit trail of {mask_url(engine.url)} has lost its protection "
                            f"({', '.join(missing)}) and it cannot be restored: {_first_line(exc)}") from None
    return missing

# The patient search index (migration 0009) is made of dialect-specific objects that the ORM
# models do not describe: on SQLite an FTS5 table (with its shadow tables, a vocabulary table and
# triggers on patients), on PostgreSQL a GIN expression index (and two SQL functions). Alembic's
# comparison of models and schema (autogenerate, tests/db/test_migrations.py) leaves exactly these
# tables and index alone; it does not look at triggers and functions.
SEARCH_INDEX_OBJECTS = frozenset({
    "patient_search", "patient_search_data", "patient_search_idx", "patient_search_config",
    "patient_search_terms", "ix_patient_search_grams",
    "ix_patients_chart_key"})      # an expression index (0010), which Alembic cannot compare


def include_object(_object, name, type_, reflected, compare_to) -> bool:
    """Alembic's include_object hook: skip the search index objects found in the database."""
    return not (reflected and compare_to is None and type_ in ("table", "index")
                and name in SEARCH_INDEX_OBJECTS)


def schema_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None (new database, or no version table)."""
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table("alembic_version"):
                return None
            return connection.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
    except Exception:
        return None


def migrate(engine: Engine) -> None:
    """Bring the schema to head (called at every start)."""
    if schema_revision(engine) == HEAD_REVISION:
        return
    from alembic import command
    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        raise DatabaseError(f"Cannot migrate database {mask_url(engine.url)}: {_first_line(exc)}") from exc


def open_database(url: str | None = None) -> tuple[Engine, sessionmaker]:
    engine = make_engine(resolve_url(url))
    migrate(engine)
    ensure_audit_protection(engine)
    return engine, sessionmaker(engine, expire_on_commit=False)


def table_names(engine: Engine) -> list[str]:
    return sorted(inspect(engine).get_table_names())
