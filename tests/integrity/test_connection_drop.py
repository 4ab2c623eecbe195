"""The PostgreSQL server goes away mid-session and comes back: the action in hand is kept, saved
exactly once when the server is back, and charting carries on.

Uses its own throwaway cluster (the shared session server is never stopped)."""
from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from bodymap import db
from bodymap.domain.charting import PatientInput, VisitInput
from bodymap.services import ChartService
from bodymap.services.demo import region_point
from tests.conftest import PG_START_TIMEOUT, PgServer, _fail_or_skip, _free_port, _pg_bindir, _wait_ready


class _Cluster(PgServer):
    def __init__(self, bindir, port, workdir, as_user):
        super().__init__(bindir, port, workdir, as_user)
        self.data, self.log = workdir / "data", workdir / "server.log"
        self.opts = (f"-p {port} -k {workdir / 'sock'} -c listen_addresses=127.0.0.1 -c fsync=off "
                     "-c synchronous_commit=off -c full_page_writes=off -c max_connections=20")

    def start(self) -> None:
        result = self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.log), "-o", self.opts,
                          "-w", "-t", str(int(PG_START_TIMEOUT)), "start", timeout=PG_START_TIMEOUT + 10)
        if result.returncode != 0 or not _wait_ready(self):
            log = self.log.read_text(errors="replace") if self.log.exists() else ""
            pytest.fail(f"the private PostgreSQL cluster did not start:\n{result.stderr}\n{log[-2000:]}")

    def stop(self) -> None:
        result = self.run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")
        assert result.returncode == 0, result.stderr


@pytest.fixture(scope="module")
def private_pg():
    bindir = _pg_bindir()
    if bindir is None:
        _fail_or_skip("PostgreSQL server binaries not found")
    workdir = Path(tempfile.mkdtemp(prefix="bodymap-pg-drop-"))
    as_user: list[str] = []
    if os.geteuid() == 0:
        import pwd
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(workdir, ignore_errors=True)
            _fail_or_skip("running as root and there is no 'postgres' user")
        os.chown(workdir, pw.pw_uid, pw.pw_gid)
        as_user = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "postgres", "--"]
    cluster = _Cluster(bindir, _free_port(), workdir, as_user)
    try:
        init = cluster.run(str(bindir / "initdb"), "-D", str(cluster.data), "-A", "trust", "-U", "postgres",
                           "-E", "UTF8", "--locale=C", "--no-sync", timeout=120)
        assert init.returncode == 0, init.stderr
        cluster.run("mkdir", "-p", str(workdir / "sock"))
        cluster.start()
        with cluster.connect() as conn:
            conn.execute('CREATE DATABASE "bodymap_drop"')
        yield cluster
    finally:
        if cluster.data.exists():
            cluster.run(str(bindir / "pg_ctl"), "-D", str(cluster.data), "-m", "immediate", "stop")
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture
def charted(private_pg):
    engine, sessions = db.open_database(private_pg.url_for("bodymap_drop"))
    service = ChartService(sessions)
    patient = service.create_patient(PatientInput(chart_number=f"DROP-{time.monotonic_ns()}", name="Dropped Line"),
                                     same_person_checked=True)   # one shared database, a new patient per test
    visit = service.create_visit(patient.id, VisitInput(started_at=dt.datetime.now(dt.UTC)))
    try:
        yield private_pg, service, visit.id
    finally:
        engine.dispose()


def _stored(service, visit_id) -> list[tuple[str, float, float]]:
    with service.sessions() as s:
        return [(tp.region, tp.x, tp.y) for tp in s.scalars(
            select(db.TriggerPoint).where(db.TriggerPoint.visit_id == visit_id).order_by(db.TriggerPoint.id))]


def test_server_stops_and_returns_the_kept_action_is_saved_once(qtbot, charted):
    from bodymap.ui.document import ChartDocument
    cluster, service, visit_id = charted
    doc = ChartDocument(service)
    doc.open_visit(visit_id)
    lost, restored, failed = [], [], []
    doc.connectionLost.connect(lost.append)
    doc.connectionRestored.connect(restored.append)
    doc.failed.connect(failed.append)
    first = doc.add_trigger_point("posterior", *region_point("posterior", "upper_trapezius_ridge", "right"))
    assert first is not None

    cluster.stop()
    x, y = region_point("posterior", "medial_scapular_border", "left")
    assert doc.add_trigger_point("posterior", x, y) is None          # nothing raised
    assert len(lost) == 1 and "kept" in lost[0]
    assert doc.waiting
    assert doc.retry_pending() is False                               # still down: still kept
    assert doc.waiting and not restored
    # another action while waiting is refused politely, not queued behind the kept one
    assert doc.add_trigger_point("posterior", *region_point("posterior", "calf", "right")) is None
    assert failed and "Waiting for the database" in failed[-1]

    cluster.start()
    assert doc.retry_pending() is True
    assert not doc.waiting
    assert len(restored) == 1 and "saved" in restored[0]
    stored = _stored(service, visit_id)
    assert [r for r, *_ in stored] == ["upper_trapezius_ridge", "medial_scapular_border"]   # exactly once
    assert len(doc.trigger_points()) == 2
    assert doc.version == service.get_visit(visit_id).version

    third = doc.add_trigger_point("posterior", *region_point("posterior", "calf", "right"))
    assert third is not None and len(_stored(service, visit_id)) == 3
    doc.undo_stack.undo()                                              # undo works again as well
    assert len(_stored(service, visit_id)) == 2


def test_the_retry_timer_saves_the_kept_action_by_itself(qtbot, charted):
    from bodymap.ui import document
    cluster, service, visit_id = charted
    doc = document.ChartDocument(service)
    doc._retry.setInterval(200)                                        # instead of 3 s
    doc.open_visit(visit_id)
    cluster.stop()
    with qtbot.waitSignal(doc.connectionLost, timeout=2000):
        doc.add_trigger_point("anterior", *region_point("anterior", "pectoral", "left"))
    cluster.start()
    with qtbot.waitSignal(doc.connectionRestored, timeout=10000):
        pass
    assert [r for r, *_ in _stored(service, visit_id)] == ["pectoral"]
