"""How many SQL statements each user action issues, on both backends.

The numbers are fixed and small, and they do not grow with the number of marks in the visit
(or patients in the clinic): an N+1 query (a lazy load per trigger point, an audit lookup per
zone, ...) cannot creep back in unnoticed. If a change legitimately adds a statement, update
the table below in the same change and say why in its message.

Counted with SQLAlchemy's before_cursor_execute event, so what is counted is what reaches the
database driver (BEGIN/COMMIT are not cursor executions and are not counted; SQLite's connect
pragmas happen once per pooled connection, and the pool is warmed before counting).
"""
from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from sqlalchemy import event

from bodymap.domain.charting import PatientInput, VisitInput, ZoneDetails
from bodymap.services.demo import blob, region_point

UTC = dt.UTC

# action -> statements issued. Every change bumps the visit with one UPDATE ... RETURNING (status,
# patient) and writes its audit row through append_audit: no SELECT of the visit, for the lock or
# for the audit row. The audit row costs one statement more than its INSERT on PostgreSQL (the
# chain head locked FOR UPDATE, with the next id; the row and the head's move are one statement)
# and two on SQLite (the head's no-op UPDATE takes the write lock with the next id; the head moves
# in its own UPDATE): AUDIT_CHAIN below.
EXPECTED = {
    "get_chart": 6,      # visit, zone sources, trigger points, zones, patient, addenda
    "list_visits": 1,
    "search_patients": 1,
    "add_trigger_point": 3,      # bump visit, insert point ... RETURNING, insert audit row
    "move_trigger_point": 4,     # point, bump visit, update point, audit row
    "delete_trigger_point": 5,   # point, bump visit, its zone links, audit row, delete point
    "add_zone": 3,               # bump visit, insert zone, audit row (no source points here)
}
AUDIT_CHAIN = {"sqlite": 2, "postgresql": 1}


@pytest.fixture
def counter(opened_database):
    engine = opened_database[0]
    statements: list[str] = []

    def count(_conn, _cursor, statement, _params, _context, _executemany):
        statements.append(statement)
    event.listen(engine, "before_cursor_execute", count)

    @contextlib.contextmanager
    def counting():
        statements.clear()
        yield statements
    try:
        yield counting
    finally:
        event.remove(engine, "before_cursor_execute", count)


def _visit(service, chart: str, n_tps: int, n_zones: int = 0):
    p = service.create_patient(PatientInput(chart_number=chart, name=f"Patient {chart}"))
    v = service.create_visit(p.id, VisitInput(started_at=dt.datetime(2026, 1, 5, 9, tzinfo=UTC)))
    x, y = _anterior_point()
    tps = [service.add_trigger_point(v.id, "anterior", x + 0.0004 * (i % 10), y + 0.0004 * (i // 10))
           for i in range(n_tps)]
    for i in range(n_zones):
        service.add_zone(v.id, "anterior", blob(x, y + 0.002 * i, 0.02, 0.02),
                         ZoneDetails(source_trigger_point_ids=frozenset({tps[i % len(tps)].id}) if tps else frozenset()))
    return p, v, tps


def _anterior_point():
    from bodymap.domain.diagrams import load_view
    view = load_view("anterior")
    region = max(view.regions, key=lambda r: _area(r.polygons))     # room for 50 points 0.4 mm apart
    return region_point("anterior", region.id, region.side)


def _area(polygons) -> float:
    from bodymap.domain.geometry import to_shape
    return to_shape(polygons).area


def _count(counting, action):
    with counting() as statements:
        action()
        return len(statements)


@pytest.mark.parametrize("action", ["get_chart", "list_visits"])
def test_reading_a_visit_does_not_grow_with_its_marks(service, counter, action):
    small = _visit(service, "S-1", 5, 2)
    large = _visit(service, "L-1", 50, 12)
    for p, v, _tps in (small, large):       # warm: pool connections, mapper compilation
        service.get_chart(v.id)
        service.list_visits(p.id)
    calls = {"get_chart": lambda pv: service.get_chart(pv[1].id),
             "list_visits": lambda pv: service.list_visits(pv[0].id)}[action]
    n_small = _count(counter, lambda: calls(small))
    n_large = _count(counter, lambda: calls(large))
    assert n_small == n_large, f"{action}: {n_small} statements for 5 marks, {n_large} for 50 (N+1?)"
    assert n_small == EXPECTED[action]


def test_search_is_one_statement_whatever_the_number_of_patients(service, counter):
    for i in range(5):
        service.create_patient(PatientInput(chart_number=f"A-{i}", name=f"Anna {i}"))
    service.search_patients("anna")
    few = _count(counter, lambda: service.search_patients("anna"))
    for i in range(5, 60):
        service.create_patient(PatientInput(chart_number=f"A-{i}", name=f"Anna {i}"))
    many = _count(counter, lambda: service.search_patients("anna"))
    empty = _count(counter, lambda: service.search_patients(""))
    assert few == many == empty == EXPECTED["search_patients"]


def test_editing_marks_is_a_fixed_number_of_statements(service, counter, backend):
    results = {}
    for label, n in (("small", 5), ("large", 50)):
        _p, v, tps = _visit(service, f"E-{label}", n, 3)
        x, y = tps[0].x, tps[0].y
        service.add_trigger_point(v.id, "anterior", x, y)          # warm
        counts = {
            "add_trigger_point": _count(counter, lambda: service.add_trigger_point(v.id, "anterior", x, y)),
            "move_trigger_point": _count(counter, lambda: service.move_trigger_point(tps[1].id, x + 0.001, y)),
            "delete_trigger_point": _count(counter, lambda: service.delete_trigger_point(tps[2].id)),
            "add_zone": _count(counter, lambda: service.add_zone(v.id, "anterior", blob(x, y, 0.02, 0.02))),
        }
        results[label] = counts
    assert results["small"] == results["large"], results
    assert results["small"] == {k: EXPECTED[k] + AUDIT_CHAIN[backend] for k in results["small"]}
