"""Two workstations on one database (two engines, two services): nobody silently overwrites anybody.

Runs on SQLite and on PostgreSQL (the database_url fixture)."""
from __future__ import annotations

import datetime as dt
import threading

import pytest
from sqlalchemy import func, select

from bodymap import db
from bodymap.domain.charting import PatientInput, VisitInput
from bodymap.errors import ConflictError
from bodymap.services import ChartService
from bodymap.services.audit import Actor
from bodymap.services.demo import region_point
from bodymap.services.history import AuditService

A, B = Actor(None, "Workstation A"), Actor(None, "Workstation B")


@pytest.fixture
def workstations(database_url):
    """(service A, service B, visit id): each workstation with its own engine and pool."""
    engines = []
    services = []
    for actor in (A, B):
        engine, sessions = db.open_database(database_url)
        engines.append(engine)
        services.append(ChartService(sessions, actor=actor))
    patient = services[0].create_patient(PatientInput(chart_number="CC-1", name="Shared Patient"))
    visit = services[0].create_visit(patient.id, VisitInput(started_at=dt.datetime(2026, 4, 1, 9, tzinfo=dt.UTC),
                                                            clinician="Dr. A", chief_complaint="Neck pain"))
    try:
        yield services[0], services[1], visit.id
    finally:
        for engine in engines:
            engine.dispose()


def _edit(complaint: str) -> VisitInput:
    return VisitInput(started_at=dt.datetime(2026, 4, 1, 9, tzinfo=dt.UTC), clinician="Dr. A",
                      chief_complaint=complaint)


def _count(service, model) -> int:
    with service.sessions() as s:
        return s.scalar(select(func.count()).select_from(model))


def test_stale_edit_is_refused_and_nothing_is_overwritten(workstations):
    a, b, visit_id = workstations
    seen_by_a = a.get_chart(visit_id).visit.version
    b_chart = b.get_chart(visit_id)
    b.update_visit(visit_id, _edit("B: shoulder pain"), expected_version=b_chart.visit.version)

    with pytest.raises(ConflictError, match="changed on another workstation"):
        a.update_visit(visit_id, _edit("A: overwrites"), expected_version=seen_by_a)
    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    with pytest.raises(ConflictError):
        a.add_trigger_point(visit_id, "posterior", x, y, expected_version=seen_by_a)

    chart = a.get_chart(visit_id)
    assert chart.visit.chief_complaint == "B: shoulder pain"
    assert chart.visit.version == seen_by_a + 1
    assert chart.trigger_points == ()
    assert _count(a, db.TriggerPoint) == 0
    trail = AuditService(a.sessions).for_visit(visit_id)
    changes = [(e.action, e.actor_name) for e in trail if e.action != "create"]
    assert changes == [("update", "Workstation B")]
    assert trail[-1].after["chief_complaint"] == "B: shoulder pain"

    # A reloads, sees B's change, and can now edit on top of it
    fresh = a.get_chart(visit_id).visit.version
    a.update_visit(visit_id, _edit("A: after reload"), expected_version=fresh)
    assert b.get_visit(visit_id).chief_complaint == "A: after reload"


def test_chart_document_reports_the_conflict_and_reloads(qtbot, workstations):
    from bodymap.ui.document import ChartDocument
    a, b, visit_id = workstations
    doc = ChartDocument(a)
    doc.open_visit(visit_id)
    x, y = region_point("posterior", "buttock", "left")
    assert doc.add_trigger_point("posterior", x, y) is not None
    b.update_visit(visit_id, _edit("B: edited meanwhile"), expected_version=b.get_visit(visit_id).version)
    tp_b = b.add_trigger_point(visit_id, "posterior", *region_point("posterior", "calf", "right"),
                               expected_version=b.get_visit(visit_id).version)

    resets = []
    doc.chartReset.connect(resets.append)
    with qtbot.waitSignal(doc.failed, timeout=2000) as failed:
        result = doc.add_trigger_point("posterior", *region_point("posterior", "calf", "left"))
    assert result is None
    assert "changed on another workstation" in failed.args[0]
    assert resets, "the document reloads the visit"
    assert doc.chart.visit.chief_complaint == "B: edited meanwhile"
    assert doc.version == b.get_visit(visit_id).version
    assert {tp.id for tp in doc.trigger_points()} == {tp.id for tp in a.get_chart(visit_id).trigger_points}
    assert tp_b.id in {tp.id for tp in doc.trigger_points()}
    assert len(doc.trigger_points()) == 2                       # A's first point and B's; not the refused one
    assert doc.undo_stack.count() == 0                          # the reload starts a fresh history

    again = doc.add_trigger_point("posterior", *region_point("posterior", "calf", "left"))
    assert again is not None and len(a.get_chart(visit_id).trigger_points) == 3


def test_concurrent_writers_with_the_same_version_exactly_one_wins(workstations):
    a, b, visit_id = workstations
    for round_ in range(6):
        version = a.get_visit(visit_id).version
        barrier = threading.Barrier(2)
        outcomes: dict[str, object] = {}

        def write(name, service):
            barrier.wait()
            try:
                if round_ % 2:
                    x, y = region_point("anterior", "pectoral", "right" if name == "A" else "left")
                    service.add_trigger_point(visit_id, "anterior", x, y, expected_version=version)
                else:
                    service.update_visit(visit_id, _edit(f"{name} round {round_}"), expected_version=version)
                outcomes[name] = "won"
            except ConflictError:
                outcomes[name] = "conflict"
            except Exception as exc:       # reported by the assertion below
                outcomes[name] = exc

        threads = [threading.Thread(target=write, args=(n, s)) for n, s in (("A", a), ("B", b))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(30)
        assert sorted(map(str, outcomes.values())) == ["conflict", "won"], outcomes
        assert a.get_visit(visit_id).version == version + 1
    trail = AuditService(a.sessions).for_visit(visit_id)
    assert len([e for e in trail if e.action != "create" or e.entity == "trigger_point"]) == 6
    assert len(a.get_chart(visit_id).trigger_points) == 3
