"""bodymap.services.copy_database: a whole clinic from SQLite to PostgreSQL and back, ids and all."""
from __future__ import annotations

import pytest
from sqlalchemy import select, text, update
from sqlalchemy.orm import sessionmaker

from bodymap import db
from bodymap.errors import ValidationError
from bodymap.services import copy_database as copier
from bodymap.services.audit import Actor
from bodymap.services.audit_chain import AuditChainService
from bodymap.services.copy_database import copy_database, table_checksums
from tests.conftest import pg_database
from tests.services.full_clinic import fill_clinic, row_counts

ACTOR = Actor(None, "command line (tester)")


def _audit_rows(engine, upto: int) -> list[bytes]:
    table = db.AuditEntry.__table__
    encode = copier.row_encoder(table)
    with engine.connect() as c:
        rows = c.execute(select(*table.columns, *copier._json_null_flags(table))
                         .where(table.c.id <= upto).order_by(table.c.id)).all()
    return [encode(r) for r in rows]


def _same_except_copy_audit(a, b) -> None:
    """Every table identical (count and checksum); audit_log also, apart from the copy's own rows."""
    sa, sb = table_checksums(a), table_checksums(b)
    grown = ("audit_log", "audit_chain")                  # the copy's own audit row, and the head moved to it
    assert {k: v for k, v in sa.items() if k not in grown} == {k: v for k, v in sb.items() if k not in grown}
    assert AuditChainService(sessionmaker(bind=b)).verify().intact        # the copied trail is one chain
    n = sa["audit_log"][0]
    assert sb["audit_log"][0] > n
    assert _audit_rows(a, 10**9)[:n] == _audit_rows(b, 10**9)[:n]


@pytest.fixture
def sqlite_clinic(tmp_path):
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    fill_clinic(sessions)
    yield engine, sessions
    engine.dispose()


def test_fill_clinic_leaves_no_table_empty(sessions):
    counts = fill_clinic(sessions)
    assert set(counts) == set(db.Base.metadata.tables)
    assert min(counts.values()) >= 1


def test_sqlite_to_postgresql_to_sqlite_keeps_every_row(sqlite_clinic, pg_server, tmp_path):
    source, _ = sqlite_clinic
    # a mark carried from a LATER id: the copy must not trip over its own foreign key
    with source.begin() as c:
        ids = c.scalars(select(db.TriggerPoint.id).order_by(db.TriggerPoint.id)).all()
        c.execute(update(db.TriggerPoint).where(db.TriggerPoint.id == ids[0]).values(carried_from_id=ids[-1]))
    with pg_database(pg_server) as pg_url:
        pg = db.make_engine(pg_url)
        back = db.make_engine(f"sqlite:///{tmp_path / 'back.sqlite3'}")
        try:
            report = copy_database(source, pg, ACTOR, batch=3)       # tiny batches: many of them
            assert report.ok and report.committed, [t for t in report.tables if not t.same]
            assert {t.table for t in report.tables} == set(db.Base.metadata.tables)
            assert all(t.same and t.source_rows == t.target_rows for t in report.tables)
            _same_except_copy_audit(source, pg)
            with pg.connect() as c:
                last = c.execute(select(db.AuditEntry).order_by(db.AuditEntry.id.desc())).first()
                assert (last.action, last.entity, last.actor_name) == ("copy", "database", ACTOR.display_name)
                assert last.after["from"] == db.mask_url(source.url)
                assert not db.missing_audit_triggers(c)
            report2 = copy_database(pg, back, ACTOR)
            assert report2.ok and report2.committed
            _same_except_copy_audit(source, back)
            _same_except_copy_audit(pg, back)
            with back.connect() as c:
                assert not db.missing_audit_triggers(c)
        finally:
            pg.dispose()
            back.dispose()


def test_new_rows_on_the_copy_get_fresh_ids_and_audit_stays_append_only(sqlite_clinic, pg_server):
    from bodymap.domain.charting import PatientInput
    from bodymap.services import ChartService
    source, _ = sqlite_clinic
    before = row_counts(sqlite_clinic[1])
    with pg_database(pg_server) as pg_url:
        pg = db.make_engine(pg_url)
        try:
            assert copy_database(source, pg, ACTOR).committed
            service = ChartService(db.open_database(pg_url)[1])
            new = service.create_patient(PatientInput(chart_number="NEW-1", name="New Patient"))
            with pg.connect() as c:
                highest = c.scalar(text("SELECT max(id) FROM patients WHERE id <> :n"), {"n": new.id})
                audit_ids = c.scalars(select(db.AuditEntry.id)).all()
            assert new.id > highest
            assert len(audit_ids) == len(set(audit_ids)) == before["audit_log"] + 2   # the copy's and the new one's
            with pytest.raises(Exception, match="append-only"), pg.begin() as c:
                c.execute(update(db.AuditEntry).values(actor_name="someone else"))
            service.sessions.kw["bind"].dispose()
        finally:
            pg.dispose()


def test_a_target_with_rows_is_refused_and_left_alone(sqlite_clinic, tmp_path):
    source, _ = sqlite_clinic
    target_engine, target_sessions = db.open_database(f"sqlite:///{tmp_path / 'busy.sqlite3'}")
    try:
        from bodymap.domain.charting import PatientInput
        from bodymap.services import ChartService
        ChartService(target_sessions).create_patient(PatientInput(chart_number="X-1", name="Already Here"))
        before = table_checksums(target_engine)
        with pytest.raises(ValidationError, match="not empty.*patients has 1 rows"):
            copy_database(source, target_engine, ACTOR)
        assert table_checksums(target_engine) == before
    finally:
        target_engine.dispose()


def test_the_source_itself_is_refused(sqlite_clinic, tmp_path):
    source, _ = sqlite_clinic
    same = db.make_engine(f"sqlite:///{tmp_path / 'source.sqlite3'}")
    try:
        with pytest.raises(ValidationError, match="source database itself"):
            copy_database(source, same, ACTOR)
    finally:
        same.dispose()


def test_a_checksum_difference_keeps_nothing(sqlite_clinic, tmp_path, monkeypatch):
    source, _ = sqlite_clinic
    real = copier._target_sum

    def tampered(connection, table, source_sha256):
        rows, src, dst = real(connection, table, source_sha256)
        return rows, src, ("0" * 64 if table.name == "pain_zones" else dst)
    monkeypatch.setattr(copier, "_target_sum", tampered)
    target = db.make_engine(f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    try:
        report = copy_database(source, target, ACTOR)
        assert not report.ok and not report.committed
        assert [t.table for t in report.tables if not t.same] == ["pain_zones"]
        assert "DIFFERENT" in "\n".join(report.lines())
        kept = {name: rows for name, (rows, _sha) in table_checksums(target).items()}
        assert kept.pop("audit_chain") == 1                # the migrated target's own head, untouched
        assert set(kept.values()) == {0}
    finally:
        target.dispose()


def test_the_checksum_tells_sql_null_from_json_null_and_float_bits():
    import datetime as dt
    table = db.AuditEntry.__table__
    encode = copier.row_encoder(table)
    row = [1, dt.datetime(2026, 1, 1, 11, tzinfo=dt.UTC), None, "x", "create", "patient", 1, 1, None, None, None,
           None, "0" * 64]
    assert len(row) == len(table.columns)
    after = [c.name for c in table.columns].index("after")

    def with_after(value):
        return [*row[:after], value, *row[after + 1:]]
    assert encode([*row, True, True]) != encode([*row, True, False])          # after: SQL NULL vs JSON null
    aware = dt.datetime(2026, 1, 1, 12, tzinfo=dt.timezone(dt.timedelta(hours=1)))
    assert encode([row[0], aware, *row[2:], True, True]) == encode([*row, True, True])
    assert encode([*with_after({"x": 0.1 + 0.2}), True, False]) != encode([*with_after({"x": 0.3}), True, False])
    assert encode([*with_after({"a": 1, "b": 2}), True, False]) == encode([*with_after({"b": 2, "a": 1}), True, False])
    assert copier._plain(0.1 + 0.2) != copier._plain(0.3) and copier._plain(b"\x00") == {"b": "00"}
