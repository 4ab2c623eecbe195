"""Attacks on the audit trail's hash chain, on SQLite and PostgreSQL: rows changed, deleted or
added by someone who can lift the append-only triggers (the database owner) are found and named by
their id; two workstations writing at once leave one chain; the upgrade chains existing rows; the
start-up check warns without naming a patient."""
from __future__ import annotations

import datetime as dt
import json
import logging
import os
import threading

import pytest
from alembic import command
from sqlalchemy import text

from bodymap import db
from bodymap.app import audit_chain_warning
from bodymap.domain import audit_chain as chain
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.errors import DatabaseError
from bodymap.services import ChartService
from bodymap.services.audit import Actor
from bodymap.services.audit_chain import HEAD_MISSING, AuditChainService
from bodymap.services.demo import region_point
from tests.accounts import act_as_clinician

NAME, CHART = "Quentin Privacyname", "PRIV-77"


def _as_owner(engine, backend: str, *statements: str, **params) -> None:
    """Runs statements on audit_log as its owner can: the append-only triggers lifted, then put back."""
    with engine.begin() as conn:
        if backend == "sqlite":
            for name in db.AUDIT_TRIGGERS_SQLITE:
                conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER USER")
        for statement in statements:
            conn.execute(text(statement), params)
        if backend == "sqlite":
            db.create_audit_triggers(conn, list(db.AUDIT_TRIGGERS_SQLITE))
        else:
            conn.exec_driver_sql("ALTER TABLE audit_log ENABLE TRIGGER USER")


def _chart(service: ChartService, chart: str = CHART, name: str = NAME, points: int = 4) -> int:
    patient = service.create_patient(PatientInput(chart_number=chart, name=name))
    visit = service.create_visit(patient.id, VisitInput(started_at=dt.datetime.now(dt.UTC).replace(microsecond=0)))
    x, y = region_point("posterior", "calf", "left")
    tps = [service.add_trigger_point(visit.id, "posterior", x, y) for _ in range(points)]
    service.update_trigger_point(tps[0].id, TriggerPointDetails(notes="Reproduces the pain"))
    service.delete_trigger_point(tps[-1].id)
    return visit.id


@pytest.fixture
def charted(database_url, backend):
    """(engine, chart service, audit row ids) of a database with a charted visit and two accounts."""
    engine, sessions = db.open_database(database_url)
    service = ChartService(sessions)
    act_as_clinician(service, "ada", "Dr. Ada Admin")
    act_as_clinician(service, "kim", "Dr. Kim Clinician")
    _chart(service)
    try:
        yield engine, service, _ids(engine)
    finally:
        engine.dispose()


def _ids(engine) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(text("SELECT id FROM audit_log ORDER BY id")).scalars())


def _verify(service, **kw) -> chain.ChainReport:
    return AuditChainService.for_service(service).verify(**kw)


def test_an_intact_chain_verifies_with_its_count_and_head(charted):
    engine, service, ids = charted
    assert len(ids) >= 10
    report = _verify(service)
    assert report.intact, report.problem
    assert (report.rows, report.head_id) == (len(ids), ids[-1])
    with engine.connect() as conn:
        head = conn.execute(text("SELECT last_id, last_hash FROM audit_chain")).one()
        rows = conn.execute(text("SELECT id, prev_id, hash FROM audit_log ORDER BY id")).all()
    assert tuple(head) == (ids[-1], report.head_hash) == (rows[-1].id, rows[-1].hash)
    assert [r.prev_id for r in rows] == [None, *ids[:-1]]            # one chain, no fork
    assert len({r.hash for r in rows}) == len(rows)
    assert AuditChainService.for_service(service).check_tail().intact


@pytest.mark.parametrize("column, value", [("actor_name", "'Dr. Someone Else'"), ("action", "'sign'"),
                                           ("entity_id", "entity_id + 1000"), ("after", "NULL"),
                                           ("at", "at")])
def test_a_changed_row_is_named(charted, backend, column, value):
    engine, service, ids = charted
    target = ids[len(ids) // 2]
    if column == "at":        # a minute earlier: the time is chained to the microsecond
        value = "datetime(at, '-1 minute')" if backend == "sqlite" else "at - interval '1 minute'"
    _as_owner(engine, backend, f"UPDATE audit_log SET {column} = {value} WHERE id = :id", id=target)
    report = _verify(service)
    assert report.problem == chain.ChainProblem(target, chain.CONTENT_CHANGED, "its hash does not match its content")
    assert report.rows == ids.index(target)
    assert not AuditChainService.for_service(service).check_tail().intact      # within the last 100


def test_a_changed_row_given_a_new_hash_breaks_the_next_one(charted, backend):
    engine, service, ids = charted
    target = ids[3]
    table = db.AuditEntry.__table__
    with engine.connect() as conn:                 # the row as the app reads it, changed and rehashed
        row = dict(conn.execute(table.select().where(table.c.id == target)).mappings().one())
        prev = conn.execute(text("SELECT hash FROM audit_log WHERE id = :id"), {"id": row["prev_id"]}).scalar_one()
    row["actor_name"] = "Dr. Someone Else"
    _as_owner(engine, backend, "UPDATE audit_log SET actor_name = 'Dr. Someone Else', hash = :h WHERE id = :id",
              h=chain.link_hash(prev, row), id=target)
    report = _verify(service)
    assert (report.problem.row_id, report.problem.kind) == (ids[4], chain.CONTENT_CHANGED)


def test_a_deleted_middle_row_is_named(charted, backend):
    engine, service, ids = charted
    gone = ids[5]
    _as_owner(engine, backend, "DELETE FROM audit_log WHERE id = :id", id=gone)
    report = _verify(service)
    assert (report.problem.row_id, report.problem.kind) == (ids[6], chain.ROW_MISSING)
    assert f"the row it follows, {gone}, is not in the trail" in report.problem.detail
    assert report.rows == 5
    assert not AuditChainService.for_service(service).check_tail().intact


def test_deleted_last_rows_are_named_from_the_chain_head(charted, backend):
    engine, service, ids = charted
    _as_owner(engine, backend, "DELETE FROM audit_log WHERE id >= :id", id=ids[-2])
    report = _verify(service)
    assert (report.problem.row_id, report.problem.kind) == (ids[-1], chain.ROW_MISSING)
    assert not AuditChainService.for_service(service).check_tail().intact


def test_a_row_added_without_bodymap_is_not_chained(charted, backend):
    engine, service, ids = charted
    # the app's own rights suffice to add a row; without a hash it does not belong to the chain
    with engine.begin() as conn:
        conn.execute(text("INSERT INTO audit_log (id, at, actor_name, action, entity) "
                          "VALUES (:id, CURRENT_TIMESTAMP, 'Dr. Nobody', 'delete', 'patient')"), {"id": ids[-1] + 1})
    report = _verify(service)
    assert (report.problem.row_id, report.problem.kind) == (ids[-1] + 1, chain.NOT_CHAINED)


def test_a_rewritten_chain_verifies_but_not_against_a_head_recorded_earlier(charted, backend):
    """What the chain cannot do alone: an owner who recomputes every hash after a change leaves a
    chain that verifies. A head hash recorded outside the database before shows it."""
    engine, service, ids = charted
    recorded = _verify(service).head_hash
    _chart(service, "PRIV-78", "Second Person", points=2)
    assert _verify(service, expect_head=recorded).intact                     # the trail grew: fine
    assert not _verify(service, expect_head="f" * 64).intact
    _as_owner(engine, backend, "UPDATE audit_log SET actor_name = 'Dr. Someone Else' WHERE id = :id", id=ids[2])
    with engine.connect() as conn:
        rows = [dict(r) for r in conn.execute(db.AuditEntry.__table__.select().order_by(db.AuditEntry.id)).mappings()]
    prev_hash, relinked = chain.GENESIS, []
    for row in rows:                                     # the owner recomputes the whole chain
        prev_hash = row["hash"] = chain.link_hash(prev_hash, row)
        relinked.append({"id": row["id"], "h": prev_hash})
    _as_owner(engine, backend, *[f"UPDATE audit_log SET hash = '{r['h']}' WHERE id = {r['id']}" for r in relinked],
              f"UPDATE audit_chain SET last_hash = '{prev_hash}'")
    assert _verify(service).intact
    report = _verify(service, expect_head=recorded)
    assert not report.intact and "expected head hash is not the hash of any row" in report.problem.detail


def test_a_missing_chain_head_is_reported_and_stops_appends(charted, backend):
    engine, service, _ids_ = charted
    with engine.begin() as conn:
        conn.execute(text("DELETE FROM audit_chain"))
    assert _verify(service).problem.kind == HEAD_MISSING
    with pytest.raises(DatabaseError, match="chain head"):
        _chart(service, "PRIV-79", "Third Person")
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM patients WHERE chart_number = 'PRIV-79'")).scalar() == 0


def test_two_workstations_appending_at_once_leave_one_chain(database_url):
    engines, services = [], []
    for who in ("Workstation A", "Workstation B"):
        engine, sessions = db.open_database(database_url)
        engines.append(engine)
        services.append(ChartService(sessions, actor=Actor(None, who)))
    try:
        visits = [_chart(s, f"WS-{n}", f"Patient {n}", points=1) for n, s in enumerate(services)]
        barrier, errors, per_thread = threading.Barrier(2), [], 15
        x, y = region_point("posterior", "calf", "left")

        def work(service, visit_id):
            try:
                barrier.wait(timeout=30)
                for _ in range(per_thread):
                    service.add_trigger_point(visit_id, "posterior", x, y)
            except Exception as exc:           # pragma: no cover - reported below
                errors.append(exc)
        threads = [threading.Thread(target=work, args=(s, v)) for s, v in zip(services, visits)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=120)
        assert not errors
        report = _verify(services[0])
        assert report.intact, report.problem
        ids = _ids(engines[0])
        assert report.rows == len(ids)
        with engines[0].connect() as conn:
            links = list(conn.execute(text("SELECT prev_id FROM audit_log ORDER BY id")).scalars())
        assert links == [None, *ids[:-1]]                  # every row follows the one before it: no fork
        with engines[0].connect() as conn:
            actors = conn.execute(text("SELECT actor_name, count(*) FROM audit_log WHERE entity = 'trigger_point' "
                                       "GROUP BY actor_name")).all()
        assert {a: n for a, n in actors} == {"Workstation A": per_thread + 3, "Workstation B": per_thread + 3}
    finally:
        for engine in engines:
            engine.dispose()


def test_the_upgrade_chains_the_rows_already_there(database_url, backend):
    engine = db.make_engine(database_url)
    try:
        command.upgrade(db.alembic_config(engine), "0014")
        when = dt.datetime(2026, 3, 1, 8, 0, 0, 123456, tzinfo=dt.UTC)
        with engine.begin() as conn:
            for n, ident in enumerate((1, 2, 5)):           # a gap, as rolled-back sequence values leave
                conn.execute(text("INSERT INTO audit_log (id, at, actor_id, actor_name, action, entity, entity_id, "
                                  "patient_id, visit_id, before, after) VALUES (:id, :at, NULL, 'Dr. Old', 'update', "
                                  "'visit', 3, 1, 3, :b, :a)"),
                             {"id": ident, "at": when + dt.timedelta(seconds=n),
                              "b": json.dumps({"notes": "ä", "pain": 1.5, "z": [1, None]}),
                              "a": json.dumps({"notes": "b\u200d", "pain": 2})})
            if backend == "postgresql":                       # the sequence, as if the rows had used it
                conn.execute(text("SELECT setval(pg_get_serial_sequence('audit_log', 'id'), 5)"))
        app_engine, sessions = db.open_database(database_url)
        service = ChartService(sessions)
        report = _verify(service)
        assert report.intact, report.problem
        assert (report.rows, report.head_id) == (3, 5)
        _chart(service, points=1)
        report = _verify(service)
        assert report.intact, report.problem
        assert report.rows == len(_ids(engine)) > 3
        with engine.connect() as conn:
            assert conn.execute(text("SELECT prev_id FROM audit_log WHERE id = 6")).scalar() == 5
        with pytest.raises(Exception, match="append-only"):         # the trigger lifted for the backfill is back
            with engine.begin() as conn:
                conn.execute(text("UPDATE audit_log SET actor_name = 'x'"))
        app_engine.dispose()
    finally:
        engine.dispose()


def test_the_start_up_check_warns_without_naming_the_patient(charted, backend, caplog):
    engine, service, ids = charted
    assert audit_chain_warning(service.sessions) is None
    target = ids[-3]
    _as_owner(engine, backend, "UPDATE audit_log SET after = NULL WHERE id = :id", id=target)
    with caplog.at_level(logging.DEBUG):
        warning = audit_chain_warning(service.sessions)
    assert warning is not None and f"row {target}: content changed" in warning
    assert "bodymap audit --verify" in warning
    logged = "\n".join(r.getMessage() for r in caplog.records)
    assert f"row {target}" in logged
    for secret in (NAME, CHART, "Quentin", "Reproduces"):
        assert secret not in warning and secret not in logged


def test_an_app_role_appends_to_the_chain_but_cannot_rewrite_it(pg_server):
    """The owner/app role set-up of docs/SECURITY.md: the workstations' role charts and extends the
    chain, but can neither change audit rows nor lift the triggers that protect them."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import DBAPIError

    from tests.conftest import pg_database
    role = f"bodymap_app_{os.getpid()}"
    with pg_database(pg_server) as owner_url:
        owner, _ = db.open_database(owner_url)                  # the owner creates the tables
        try:
            with owner.begin() as conn:
                conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN")
                for grant in (f"GRANT USAGE ON SCHEMA public TO {role}",
                              f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
                              f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {role}",
                              f"REVOKE UPDATE, DELETE, TRUNCATE ON audit_log FROM {role}",
                              f"REVOKE INSERT, DELETE, TRUNCATE ON audit_chain FROM {role}"):
                    conn.exec_driver_sql(grant)
            app_url = make_url(owner_url).set(username=role).render_as_string(hide_password=False)
            app, sessions = db.open_database(app_url)
            try:
                service = ChartService(sessions)
                _chart(service)
                assert _verify(service).intact
                for attack in ("UPDATE audit_log SET actor_name = 'x'", "DELETE FROM audit_log",
                               "ALTER TABLE audit_log DISABLE TRIGGER USER", "DELETE FROM audit_chain"):
                    with pytest.raises(DBAPIError, match="permission denied|must be owner"):
                        with app.begin() as conn:
                            conn.exec_driver_sql(attack)
                assert _verify(service).intact
            finally:
                app.dispose()
        finally:
            with owner.begin() as conn:
                conn.exec_driver_sql(f"DROP OWNED BY {role}")
            owner.dispose()
            with pg_server.connect() as conn:
                conn.execute(f"DROP ROLE IF EXISTS {role}")


def test_the_window_warns_at_start_when_the_trail_does_not_verify(tmp_path, qtbot, monkeypatch):
    """run_gui itself: the clinician is told before signing in, naming the row only."""
    from PySide6.QtWidgets import QMessageBox

    from bodymap import app
    from bodymap.ui.accounts.start import StartWindow
    url = f"sqlite:///{tmp_path / 'start.sqlite3'}"
    engine, sessions = db.open_database(url)
    _chart(ChartService(sessions))
    target = _ids(engine)[-2]
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, title, message, *a: shown.append((title, message)))
    def nobody_signs_in(window):      # the database opens behind the start window; then it is closed
        qtbot.waitUntil(lambda: not window.loading, timeout=30_000)
        return 0
    monkeypatch.setattr(StartWindow, "exec", nobody_signs_in)
    assert app.run_gui(url) == 0
    assert shown == []                                             # intact: no warning
    _as_owner(engine, "sqlite", "UPDATE audit_log SET actor_name = 'Dr. Someone Else' WHERE id = :id", id=target)
    engine.dispose()
    assert app.run_gui(url) == 0
    assert len(shown) == 1 and shown[0][0] == "bodymap — audit trail"
    assert f"row {target}: content changed" in shown[0][1] and NAME not in shown[0][1]
