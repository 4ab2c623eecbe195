"""The lean write path of the per-click actions and get_chart's Core read, against the ORM code they
replaced, on both backends.

Placing a trigger point is three Core statements (bump the visit ... RETURNING, insert the point
... RETURNING, insert the audit row) and get_chart reads Core rows straight into the records.
These tests keep the reference: the ORM way of doing the same (as it was written before), and
check that the stored rows, the audit rows and the records are identical, and that a conflict, a
missing or a signed visit is refused before anything is written.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import enum

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import OperationalError

from bodymap import db
from bodymap.domain.charting import TriggerPointDetails, VisitInput, ZoneDetails
from bodymap.domain.placement import view_of as _view
from bodymap.domain.records import VisitChart
from bodymap.errors import ConflictError, DatabaseError, NotFound, ValidationError
from bodymap.services.audit import Actor, record_audit
from bodymap.services.convert import _addendum, _apply_details, _patient, _place, _trigger_point, _visit, _zone
from bodymap.services.demo import blob, region_point
from tests.services.helpers import FULL_DETAILS, counts, patient, visit

ACTOR = Actor(None, "Dr. Reference")
DEEP = ("anterior", "pectoral", "right")
# every detail filled in, but not needled: a visit with it can be signed without a needle count
EXAMINED = dataclasses.replace(FULL_DETAILS, needled=False)


# --------------------------------------------------------------------------- the reference: ORM code

def _old_jsonable(value):
    """bodymap.services.audit._jsonable as it was (through dataclasses.asdict)."""
    if dataclasses.is_dataclass(value):
        return {k: _old_jsonable(v) for k, v in dataclasses.asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): _old_jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_old_jsonable(v) for v in value]
    if isinstance(value, (set, frozenset)):
        return sorted(_old_jsonable(v) for v in value)
    if isinstance(value, (dt.datetime, dt.date)):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    return value


def _orm_add_trigger_point(sessions, visit_id, view, x, y, details=TriggerPointDetails(), include_deep=False):
    """add_trigger_point as the ORM did it: lock, add + flush, record, audit row through the session."""
    diagram = _view(view)
    with sessions.begin() as s:
        visit_row = s.get(db.Visit, visit_id)
        visit_row.version += 1
        row = db.TriggerPoint(visit_id=visit_id, view=view, diagram_version=diagram.version)
        _place(row, diagram, x, y, include_deep)
        _apply_details(row, details.validated())
        s.add(row)
        s.flush()
        record = _trigger_point(row)
        # through the session, as before; the one function that writes audit rows keeps the chain
        record_audit(s, ACTOR, "create", "trigger_point", row.id, patient_id=visit_row.patient_id,
                     visit_id=visit_id, after=_old_jsonable(record))
    return record


def _orm_get_chart(sessions, visit_id) -> VisitChart:
    """get_chart as the ORM did it: the visit's relationships, converted from ORM rows."""
    with sessions() as s:
        visit_row = s.get(db.Visit, visit_id)
        links, sources = {}, {}
        for zone_id, tp_id in s.execute(
                select(db.zone_sources.c.zone_id, db.zone_sources.c.trigger_point_id)
                .join(db.PainZone, db.PainZone.id == db.zone_sources.c.zone_id)
                .where(db.PainZone.visit_id == visit_id)):
            links.setdefault(tp_id, set()).add(zone_id)
            sources.setdefault(zone_id, set()).add(tp_id)
        tps = tuple(_trigger_point(tp, links.get(tp.id, ())) for tp in visit_row.trigger_points)
        zones = tuple(_zone(z, sources.get(z.id, ())) for z in visit_row.zones)
        return VisitChart(patient=_patient(visit_row.patient), visit=_visit(visit_row, len(tps), len(zones)),
                          trigger_points=tps, zones=zones, addenda=tuple(_addendum(a) for a in visit_row.addenda))


def _row(sessions, model, ident) -> dict:
    with sessions() as s:
        return dict(s.execute(select(model.__table__).where(model.__table__.c.id == ident)).one()._mapping)


def _audit_row(sessions, entity_id) -> dict:
    table = db.AuditEntry.__table__
    with sessions() as s:
        return dict(s.execute(select(table).where(table.c.entity == "trigger_point", table.c.entity_id == entity_id,
                                                  table.c.action == "create")).one()._mapping)


def _without(row: dict, *keys) -> dict:
    return {k: v for k, v in row.items() if k not in keys}


# --------------------------------------------------------------------------- placing a trigger point

@pytest.mark.parametrize("details, include_deep", [(TriggerPointDetails(), False), (FULL_DETAILS, False),
                                                   (FULL_DETAILS, True)])
def test_placed_point_record_row_and_audit_row_are_those_of_the_orm_path(service, sessions, draft, details,
                                                                          include_deep):
    service.actor = ACTOR
    _p, v = draft
    x, y = region_point(*DEEP)
    new = service.add_trigger_point(v.id, DEEP[0], x, y, details, include_deep=include_deep)
    old = _orm_add_trigger_point(sessions, v.id, DEEP[0], x, y, details, include_deep)
    assert old.id != new.id
    assert dataclasses.replace(new, id=old.id) == old

    generated = ("id", "created_at", "updated_at")
    assert _without(_row(sessions, db.TriggerPoint, new.id), *generated) == \
        _without(_row(sessions, db.TriggerPoint, old.id), *generated)

    new_audit, old_audit = _audit_row(sessions, new.id), _audit_row(sessions, old.id)
    unique = ("id", "at", "entity_id", "after", "prev_id", "hash")
    assert _without(new_audit, *unique) == _without(old_audit, *unique)
    assert (new_audit["entity_id"], old_audit["entity_id"]) == (new.id, old.id)
    assert new_audit["after"] == {**old_audit["after"], "id": new.id}
    assert new_audit["actor_name"] == "Dr. Reference" and new_audit["patient_id"] == _p.id
    assert new_audit["after"]["findings"] == sorted(details.findings)      # a frozenset, stored sorted
    assert new_audit["at"].tzinfo is not None


def test_placed_point_timestamps_and_visit_bump(service, sessions, draft):
    _p, v = draft
    started = db.utcnow()
    before = _row(sessions, db.Visit, v.id)
    tp = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "calf", "left"),
                                   expected_version=v.version)
    stored, after = _row(sessions, db.TriggerPoint, tp.id), _row(sessions, db.Visit, v.id)
    for moment in (stored["created_at"], stored["updated_at"], after["updated_at"]):
        assert moment.tzinfo is not None and started - dt.timedelta(seconds=1) <= moment <= db.utcnow()
    assert after["version"] == before["version"] + 1 == service.get_visit(v.id).version
    assert after["updated_at"] > before["updated_at"]                       # the column's onupdate, as before
    assert _without(after, "version", "updated_at") == _without(before, "version", "updated_at")


def _nothing_written(sessions, visit_id):
    """What must not change when an action is refused: the chart tables, the audit trail, the visit row."""
    with sessions() as s:
        audit = s.scalar(text("SELECT count(*) FROM audit_log"))
    return counts(sessions), audit, _row(sessions, db.Visit, visit_id)


def test_conflict_missing_and_signed_visit_are_refused_before_anything_is_written(service, sessions, draft):
    _p, v = draft
    x, y = region_point("posterior", "calf", "left")
    service.add_trigger_point(v.id, "posterior", x, y)           # the visit is now at version 2
    stale = v.version
    written = _nothing_written(sessions, v.id)
    with pytest.raises(ConflictError):
        service.add_trigger_point(v.id, "posterior", x, y, expected_version=stale)
    with pytest.raises(NotFound, match=f"Visit {v.id + 1000} does not exist"):
        service.add_trigger_point(v.id + 1000, "posterior", x, y)
    with pytest.raises(NotFound):
        service.add_trigger_point(v.id + 1000, "posterior", x, y, expected_version=1)
    assert _nothing_written(sessions, v.id) == written

    service.sign_visit(v.id)
    written = _nothing_written(sessions, v.id)
    current = service.get_visit(v.id).version
    for expected in (None, current):
        with pytest.raises(ValidationError, match="signed"):
            service.add_trigger_point(v.id, "posterior", x, y, expected_version=expected)
    assert _nothing_written(sessions, v.id) == written


def test_the_other_mark_actions_audit_the_visits_patient(service, sessions, draft):
    p, v = draft
    other = visit(service, patient(service, chart="C-2", name="Other Person").id)   # another patient's visit
    tp = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "calf", "left"))
    service.add_trigger_point(other.id, "posterior", *region_point("posterior", "calf", "left"))
    moved = service.move_trigger_point(tp.id, *region_point("posterior", "calf", "right"))
    service.update_trigger_point(tp.id, FULL_DETAILS)
    neck = region_point("posterior", "posterior_neck", "right")
    zone = service.add_zone(v.id, "posterior", blob(*neck, 0.01, 0.01),
                            ZoneDetails(source_trigger_point_ids=frozenset({tp.id})))
    service.delete_zone(zone.id)
    service.delete_trigger_point(tp.id)
    table = db.AuditEntry.__table__
    with sessions() as s:
        rows = s.execute(select(table.c.action, table.c.entity, table.c.patient_id, table.c.before, table.c.after)
                         .where(table.c.visit_id == v.id).order_by(table.c.id)).all()
    assert [(r.action, r.entity) for r in rows] == [
        ("create", "visit"), ("create", "trigger_point"), ("update", "trigger_point"), ("update", "trigger_point"),
        ("create", "zone"), ("delete", "zone"), ("delete", "trigger_point")]
    assert {r.patient_id for r in rows} == {p.id}
    assert rows[2].after == _old_jsonable(moved)
    assert rows[4].after["source_ids"] == [tp.id]


def test_database_trouble_on_the_core_path_is_reported_plainly_and_rolled_back(service, sessions, draft):
    _p, v = draft
    written = _nothing_written(sessions, v.id)
    with pytest.raises(DatabaseError, match="cannot be reached; nothing was changed"):
        with service._core_tx() as connection:
            service._bump_visit(connection, v.id, None)
            raise OperationalError("INSERT", {}, Exception("connection lost"))
    with pytest.raises(ValidationError, match="conflicts with data already stored"):
        with service._core_tx() as connection:
            service._bump_visit(connection, v.id, None)
            connection.execute(db.TriggerPoint.__table__.insert(), {     # no such visit: a foreign key
                "visit_id": v.id + 1000, "view": "posterior", "x": 0.5, "y": 0.5, "diagram_version": 1,
                "side": "left"})
    assert _nothing_written(sessions, v.id) == written


# --------------------------------------------------------------------------- get_chart

def test_get_chart_is_the_chart_the_orm_made(service, sessions, draft):
    p, v = draft
    points = [service.add_trigger_point(v.id, "posterior", *region_point("posterior", region, side), details)
              for region, side, details in (("calf", "left", EXAMINED), ("calf", "right", TriggerPointDetails()),
                                            ("upper_trapezius_ridge", "right", EXAMINED))]
    service.add_trigger_point(v.id, *DEEP[:1], *region_point(*DEEP), include_deep=True)
    service.add_zone(v.id, "posterior", blob(*region_point("posterior", "posterior_neck", "right"), 0.02, 0.02),
                     ZoneDetails(source_trigger_point_ids=frozenset({points[0].id, points[2].id}), notes="radiates"))
    service.add_zone(v.id, "anterior", blob(*region_point("anterior", "pectoral", "left"), 0.01, 0.01))
    with sessions.begin() as s:          # outlines stored with whole numbers (e.g. imported): still floats
        s.execute(text("UPDATE pain_zones SET polygons = :p WHERE id = (SELECT max(id) FROM pain_zones)"),
                  {"p": "[[[0, 1], [0.5, 1], [0.5, 0.5]]]"})
    service.sign_visit(v.id)
    service.add_addendum(v.id, "Seen again by phone.")
    follow_up = service.create_visit(p.id, VisitInput(), carry_forward_from=v.id)

    for visit_id in (v.id, follow_up.id):
        chart = service.get_chart(visit_id)
        assert chart == _orm_get_chart(sessions, visit_id)
        for zone in chart.zones:
            assert all(type(c) is float for poly in zone.polygons for point in poly for c in point)
            assert all(type(point) is tuple for poly in zone.polygons for point in poly)
    chart = service.get_chart(v.id)
    assert chart.zones[-1].polygons == (((0.0, 1.0), (0.5, 1.0), (0.5, 0.5)),)
    assert chart.zones[0].source_ids == frozenset({points[0].id, points[2].id})
    assert chart.trigger_points[0].zone_ids == frozenset({chart.zones[0].id})
    assert chart.addenda[0].text == "Seen again by phone." and chart.visit.trigger_point_count == 4
    assert all(tp.carried for tp in service.get_chart(follow_up.id).trigger_points)


def test_get_chart_of_a_missing_visit(service, draft):
    with pytest.raises(NotFound, match="Visit 999999 does not exist"):
        service.get_chart(999_999)
