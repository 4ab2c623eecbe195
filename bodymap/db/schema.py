"""Migrations to head and the audit trail's append-only protection."""
from __future__ import annotations

from sqlalchemy import (
    inspect,
)
from sqlalchemy.engine import Engine
from sqlalchemy.orm import sessionmaker

from bodymap.db.base import log
from bodymap.db.engine import _first_line, alembic_config, make_engine, mask_url, resolve_url
from bodymap.errors import DatabaseError

# at head skips importing and running Alembic at start-up (about 0.4 s).
HEAD_REVISION = "0020"

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
