"""Alembic migrations on both backends: head creates the schema the models describe."""
from __future__ import annotations

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect, text

from bodymap import db

EXPECTED_TABLES = {"patients", "visits", "trigger_points", "pain_zones", "zone_sources", "settings",
                   "users", "audit_log", "audit_chain", "visit_addenda", "diagram_templates",
                   "safety_screen_reviews", "safety_precaution_areas", "safety_consents",
                   "safety_needle_logs", "safety_visit_records", "safety_adverse_events"}
# the patient search index (migration 0009) on SQLite: the FTS5 table, its shadow tables and its
# vocabulary; on PostgreSQL it is an index on patients. Not in the models (db.SEARCH_INDEX_OBJECTS).
SEARCH_TABLES = {"sqlite": {"patient_search", "patient_search_data", "patient_search_idx",
                            "patient_search_config", "patient_search_terms"},
                 "postgresql": set()}


def _current_revision(engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def _head() -> str:
    return ScriptDirectory.from_config(db.alembic_config(None)).get_current_head()


def test_fresh_database_is_empty(engine):
    assert db.table_names(engine) == []
    assert _current_revision(engine) is None


def test_migrate_to_head_creates_all_tables(engine, backend):
    db.migrate(engine)
    assert set(db.table_names(engine)) == EXPECTED_TABLES | {"alembic_version"} | SEARCH_TABLES[backend]
    assert set(db.Base.metadata.tables) == EXPECTED_TABLES
    assert SEARCH_TABLES[backend] <= db.SEARCH_INDEX_OBJECTS
    assert _current_revision(engine) == _head()


def test_migrate_twice_is_a_no_op(engine, backend):
    db.migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO patients (chart_number, name, sex, notes, created_at, updated_at) "
                          "VALUES ('C-1', 'Kept', 'unknown', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    before = _schema_snapshot(engine)
    db.migrate(engine)
    assert _schema_snapshot(engine) == before
    assert _current_revision(engine) == _head()
    with engine.connect() as conn:
        assert conn.execute(text("SELECT name FROM patients")).scalars().all() == ["Kept"]
        assert conn.execute(text("SELECT count(*) FROM alembic_version")).scalar_one() == 1


def test_open_database_on_migrated_database_keeps_data(database_url):
    engine, sessions = db.open_database(database_url)
    try:
        with sessions.begin() as s:
            s.add(db.Patient(chart_number="C-2", name="Still here"))
    finally:
        engine.dispose()
    engine, sessions = db.open_database(database_url)
    try:
        with sessions() as s:
            assert [p.name for p in s.query(db.Patient)] == ["Still here"]
    finally:
        engine.dispose()


def _schema_snapshot(engine) -> dict:
    insp = inspect(engine)
    snap = {}
    for table in sorted(insp.get_table_names()):
        snap[table] = (
            [(c["name"], str(c["type"]), c["nullable"]) for c in insp.get_columns(table)],
            sorted((i["name"], tuple(i["column_names"])) for i in insp.get_indexes(table)),
            sorted((tuple(f["constrained_columns"]), f["referred_table"]) for f in insp.get_foreign_keys(table)),
        )
    return snap


def test_revision_chain_is_linear_with_one_head():
    script = ScriptDirectory.from_config(db.alembic_config(None))
    heads = script.get_heads()
    assert len(heads) == 1, f"several heads: {heads}"
    assert len(script.get_bases()) == 1, f"several bases: {script.get_bases()}"
    revisions = list(script.walk_revisions())  # head first, down to the base
    assert revisions[0].revision == heads[0]
    assert revisions[-1].down_revision is None
    for newer, older in zip(revisions, revisions[1:]):
        assert newer.down_revision == older.revision, (
            f"{newer.revision} revises {newer.down_revision!r}, expected {older.revision!r}")
    for rev in revisions:
        assert not rev.is_merge_point, f"{rev.revision} is a merge"
        assert not rev.is_branch_point, f"{rev.revision} is a branch point"
    assert revisions[-1].revision == "0001"


def test_models_match_migrated_schema(engine, backend):
    """autogenerate finds nothing to do: the migrations produce exactly what the models declare.

    Nothing is ignored but the search index of migration 0009 (db.SEARCH_INDEX_OBJECTS: the FTS5
    tables on SQLite, a GIN expression index on PostgreSQL), through db.include_object, the filter
    migrations/env.py gives autogenerate too. (Column types are compared; on PostgreSQL the
    model's Float and the migration's Double both reflect as DOUBLE PRECISION, and Alembic treats
    them as equal.)
    """
    db.migrate(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "compare_server_default": True,
                                                         "include_object": db.include_object})
        diff = compare_metadata(context, db.Base.metadata)
    assert diff == [], f"models and migrated {backend} schema differ:\n" + "\n".join(map(repr, diff))


def test_only_the_search_index_is_left_out_of_the_comparison(engine, backend):
    """Without the filter, the comparison sees exactly the objects kept out of the models (the search
    index and, on PostgreSQL, which reflects expression indexes, the chart-number index)."""
    db.migrate(engine)
    with engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True,
                                                         "compare_server_default": True})
        diff = compare_metadata(context, db.Base.metadata)
    found = {entry[1].name for entry in diff}
    assert {entry[0] for entry in diff} <= {"remove_table", "remove_index"}
    assert found == SEARCH_TABLES[backend] | ({"ix_patient_search_grams", "ix_patients_chart_key"}
                                              if backend == "postgresql" else set())
    assert found <= db.SEARCH_INDEX_OBJECTS


def test_migrated_schema_enforces_cascades(engine, backend):
    """The foreign keys in the migrated schema cascade (SQLite: needs foreign_keys=ON)."""
    db.migrate(engine)
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO patients (id, chart_number, name, sex, notes, created_at, updated_at) "
                          "VALUES (1, 'C', 'P', 'unknown', '', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
        conn.execute(text("INSERT INTO visits (id, patient_id, started_at, clinician, chief_complaint, notes, "
                          "status, created_at, updated_at) VALUES (1, 1, CURRENT_TIMESTAMP, '', '', '', "
                          "'draft', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)"))
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM patients WHERE id = 1"))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM visits")).scalar_one() == 0


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_sqlite_pragmas_on_a_new_connection(engine):
    db.migrate(engine)
    engine.dispose()  # the next connection is a brand-new DBAPI connection
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    # and each pooled connection gets them, not just the first one
    raw = [engine.raw_connection() for _ in range(2)]
    try:
        for conn in raw:
            cur = conn.cursor()
            assert cur.execute("PRAGMA foreign_keys").fetchone()[0] == 1
            assert cur.execute("PRAGMA synchronous").fetchone()[0] == 2
            cur.close()
    finally:
        for conn in raw:
            conn.close()


def test_head_revision_constant_matches_the_scripts(engine):
    """db.migrate skips Alembic when the database is at db.HEAD_REVISION; it must be the real head."""
    from alembic.script import ScriptDirectory
    script = ScriptDirectory.from_config(db.alembic_config(engine))
    assert script.get_current_head() == db.HEAD_REVISION
    db.migrate(engine)
    assert db.schema_revision(engine) == db.HEAD_REVISION
