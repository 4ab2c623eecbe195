"""Watching for other workstations' changes (db/watch.py, services/changes.py), on both backends:
a change committed through a second engine is seen within 2 s; PostgreSQL says what changed (ids
only, never a name), SQLite that something did; a dropped listening connection comes back by
itself; stop() leaves no thread behind; migration 0019's triggers come and go with it."""
from __future__ import annotations

import json
import threading
import time

import pytest

from bodymap import db
from bodymap.services import ChartService
from bodymap.services.changes import ChangeKind, ClinicChanges
from bodymap.services.demo import region_point
from tests.services.helpers import patient, visit

SEEN_WITHIN_S = 2.0


def _watching(sessions) -> ClinicChanges:
    changes = ClinicChanges(sessions)
    changes.start()
    watcher = changes.watcher
    if watcher is not None and watcher.backend == "postgresql":
        assert watcher.wait_listening(10)
    return changes


def _seen(changes: ClinicChanges, until, within: float = SEEN_WITHIN_S) -> list:
    """Polls as the window does (every 50 ms here) until until(changes so far) holds."""
    seen: list = []
    deadline = time.monotonic() + within
    while time.monotonic() < deadline:
        seen += changes.poll()
        if until(seen):
            return seen
        time.sleep(0.05)
    raise AssertionError(f"not seen within {within} s; seen: {seen}")


@pytest.fixture
def elsewhere(database_url):
    """A ChartService on a second engine: another workstation."""
    engine, sessions = db.open_database(database_url)
    yield ChartService(sessions)
    engine.dispose()


@pytest.fixture
def changes(opened_database):
    changes = _watching(opened_database[1])
    yield changes
    changes.stop()


def test_a_patient_added_elsewhere_is_seen_within_two_seconds(changes, elsewhere, backend):
    assert changes.backend == backend
    time.sleep(0.1)
    assert changes.poll() == []                 # nothing changed yet: nothing to report
    p = patient(elsewhere, "W-1", "Watched Person")
    if backend == "postgresql":
        seen = _seen(changes, lambda s: any(c.kind is ChangeKind.PATIENT for c in s))
        (change,) = [c for c in seen if c.kind is ChangeKind.PATIENT]
        assert (change.op, change.patient_id, change.visit_id) == ("insert", p.id, None)
    else:
        seen = _seen(changes, bool)
        assert all(c.unknown for c in seen)
    assert all(c.may_concern_patients() for c in seen if c.kind in (ChangeKind.PATIENT, ChangeKind.UNKNOWN))
    time.sleep(0.3)
    assert changes.poll() == []                 # reported once


def test_a_mark_added_elsewhere_names_its_visit(changes, elsewhere, backend):
    p = patient(elsewhere, "W-2", "Marked Person")
    v = visit(elsewhere, p.id)
    _seen(changes, bool)
    time.sleep(0.3)
    changes.poll()
    before = changes.visit_version(v.id)
    elsewhere.add_trigger_point(v.id, "posterior", *region_point("posterior", "buttock", "right"))
    seen = _seen(changes, lambda s: any(c.may_concern_visit(v.id) for c in s))
    if backend == "postgresql":
        kinds = {(c.kind, c.visit_id) for c in seen}
        assert (ChangeKind.MARK, v.id) in kinds
    assert changes.visit_version(v.id) == before + 1      # what the window compares with its own
    assert changes.visit_version(v.id + 1000) is None


def test_the_notification_holds_ids_and_never_a_name(opened_database, elsewhere, backend, pg_server):
    if backend != "postgresql":
        pytest.skip("NOTIFY is PostgreSQL's")
    engine = opened_database[0]
    with pg_server.connect(engine.url.database) as listener:
        listener.execute("LISTEN bodymap_changes")
        p = patient(elsewhere, "SECRET-7", "Secretive Name", notes="private notes")
        v = visit(elsewhere, p.id, chief_complaint="very private complaint")
        elsewhere.add_trigger_point(v.id, "posterior", *region_point("posterior", "buttock", "right"))
        payloads = [n.payload for n in listener.notifies(timeout=2, stop_after=4)]
    assert payloads
    for payload in payloads:
        assert set(json.loads(payload)) == {"table", "op", "patient_id", "visit_id"}
        for secret in ("SECRET", "Secretive", "private"):
            assert secret not in payload
    tables = [json.loads(x)["table"] for x in payloads]
    assert "patients" in tables and "visits" in tables and "trigger_points" in tables


def test_a_dropped_listening_connection_comes_back_by_itself(changes, elsewhere, backend, pg_server):
    if backend != "postgresql":
        pytest.skip("SQLite has no connection to drop")
    watcher = changes.watcher
    pid = watcher.backend_pid
    with pg_server.connect() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    deadline = time.monotonic() + 10
    while watcher.backend_pid == pid or not watcher.listening:
        assert time.monotonic() < deadline, "the watcher did not reconnect"
        time.sleep(0.05)
    assert watcher.reconnects == 1
    assert any(c.unknown for c in _seen(changes, bool))     # what it may have missed
    p = patient(elsewhere, "W-3", "After The Drop")
    seen = _seen(changes, lambda s: any(c.patient_id == p.id for c in s))
    assert seen


def test_stop_leaves_no_thread_and_no_connection(opened_database, backend, pg_server):
    changes = _watching(opened_database[1])
    changes.stop()
    changes.stop()                              # twice is harmless
    assert not [t for t in threading.enumerate() if t.name == "bodymap-change-watch"]
    assert changes.poll() == []
    if backend == "postgresql":
        with pg_server.connect() as admin:
            listening = admin.execute("SELECT count(*) FROM pg_stat_activity WHERE datname = %s "
                                      "AND query ILIKE 'LISTEN%%'", (opened_database[0].url.database,)).fetchone()
        assert listening == (0,)


def test_an_in_memory_database_is_not_watched():
    engine, sessions = db.open_database("sqlite://")
    try:
        changes = _watching(sessions)
        assert changes.backend == "none" and changes.poll() == []
        changes.stop()
    finally:
        engine.dispose()


def test_migration_0019_triggers_come_and_go(opened_database, backend):
    from alembic import command
    engine = opened_database[0]

    def triggers() -> set[str]:
        with engine.connect() as c:
            if backend == "sqlite":
                return set(c.exec_driver_sql("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                             "AND name LIKE 'bodymap_notify%'").scalars())
            return set(c.exec_driver_sql("SELECT tgname FROM pg_trigger WHERE tgname LIKE 'bodymap_notify%%'").scalars())
    present = triggers()
    if backend == "postgresql":
        assert {"bodymap_notify_patients", "bodymap_notify_visits", "bodymap_notify_trigger_points",
                "bodymap_notify_pain_zones", "bodymap_notify_safety_visit_records"} <= present
    else:
        assert present == set()
    cfg = db.alembic_config(engine)
    command.downgrade(cfg, "0018")
    assert triggers() == set()
    command.upgrade(cfg, "head")
    assert triggers() == present
