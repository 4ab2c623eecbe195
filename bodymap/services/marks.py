"""Trigger points and pain zones: every change bumps the visit's version and leaves an audit row."""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.charting import MarkKind, TriggerPointDetails, ZoneDetails, check_unit
from bodymap.domain.placement import trigger_point_placement, view_of, zone_outline
from bodymap.domain.records import TriggerPointRecord, ZoneRecord
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError
from bodymap.services.audit import insert_audit
from bodymap.services.common import BaseService
from bodymap.services.convert import (
    _apply_details,
    _detail_values,
    _place,
    _shape_zone,
    _trigger_point,
    _zone,
    details_of,
    zone_details_of,
)

_TRIGGER_POINTS = cast(Table, db.TriggerPoint.__table__)   # typed as any FromClause; a declarative model's is its Table
# the whole stored row comes back, so the record is made from what was written (defaults included)
_INSERT_TRIGGER_POINT = insert(_TRIGGER_POINTS).returning(*_TRIGGER_POINTS.c)


class MarksMixin(BaseService):
    """ChartService's use cases of marks (a BaseService, for its transactions and audit rows).

    Every change bumps the visit's version first (_bump_visit: conflict, missing or signed visit
    are refused before anything is written) and ends with its audit row, in the same transaction."""

    def _mark_audit(self, s: Session, action: str, entity: str, row: db.TriggerPoint | db.PainZone, patient_id: int,
                    before: object = None, after: object = None) -> None:
        self._audit(s, action, entity, row.id, patient_id=patient_id, visit_id=row.visit_id,
                    before=before, after=after)

    # ------------------------------------------------------------------ trigger points
    def add_trigger_point(self, visit_id: int, view: str, x: float, y: float,
                          details: TriggerPointDetails = TriggerPointDetails(),
                          expected_version: int | None = None, include_deep: bool = False) -> TriggerPointRecord:
        """include_deep: the deep muscle layer is shown, so a point over a deep muscle records it."""
        details = details.validated()
        diagram = view_of(view)
        x, y = check_unit(x, QT_TRANSLATE_NOOP("Validation", "The point")), check_unit(y, QT_TRANSLATE_NOOP("Validation", "The point"))
        # the most frequent click: three Core statements on the bare connection, no Session
        with self._core_tx() as connection:
            patient_id = self._bump_visit(connection, visit_id, expected_version)
            values = {"visit_id": visit_id, "view": view, "diagram_version": diagram.version,
                      **trigger_point_placement(diagram, x, y, include_deep), **_detail_values(details)}
            record = _trigger_point(connection.execute(_INSERT_TRIGGER_POINT, values).one())
            insert_audit(connection, self.actor, "create", "trigger_point", record.id, patient_id=patient_id,
                         visit_id=visit_id, after=record)
            return record

    def move_trigger_point(self, tp_id: int, x: float, y: float, expected_version: int | None = None,
                           include_deep: bool = False) -> TriggerPointRecord:
        x, y = check_unit(x, QT_TRANSLATE_NOOP("Validation", "The point")), check_unit(y, QT_TRANSLATE_NOOP("Validation", "The point"))
        with self._tx() as s:
            row = self._get(s, db.TriggerPoint, tp_id)
            patient_id = self._bump_visit(s.connection(), row.visit_id, expected_version)
            before = _trigger_point(row)
            diagram = view_of(row.view)
            _place(row, diagram, x, y, include_deep)
            row.diagram_version = diagram.version
            s.flush()
            record = _trigger_point(row)
            self._mark_audit(s, "update", "trigger_point", row, patient_id, before=before, after=record)
            return record

    def update_trigger_point(self, tp_id: int, details: TriggerPointDetails,
                             expected_version: int | None = None) -> TriggerPointRecord:
        details = details.validated()
        with self._tx() as s:
            row = self._get(s, db.TriggerPoint, tp_id)
            patient_id = self._bump_visit(s.connection(), row.visit_id, expected_version)
            before = _trigger_point(row)
            _apply_details(row, details)
            s.flush()
            record = _trigger_point(row)
            self._mark_audit(s, "update", "trigger_point", row, patient_id, before=before, after=record)
            return record

    def delete_trigger_point(self, tp_id: int, expected_version: int | None = None) -> TriggerPointRecord:
        """Removes the point and returns what it was, so undo can restore it exactly."""
        with self._tx() as s:
            row = self._get(s, db.TriggerPoint, tp_id)
            patient_id = self._bump_visit(s.connection(), row.visit_id, expected_version)
            zone_ids = s.scalars(select(db.zone_sources.c.zone_id)
                                 .where(db.zone_sources.c.trigger_point_id == tp_id)).all()
            record = _trigger_point(row, zone_ids)
            self._mark_audit(s, "delete", "trigger_point", row, patient_id, before=record)
            s.delete(row)
            return record

    def restore_trigger_point(self, record: TriggerPointRecord,
                              expected_version: int | None = None) -> TriggerPointRecord:
        with self._tx() as s:
            patient_id = self._bump_visit(s.connection(), record.visit_id, expected_version)
            row = db.TriggerPoint(id=record.id, visit_id=record.visit_id, view=record.view,
                                  x=record.x, y=record.y, diagram_version=record.diagram_version,
                                  region=record.region, muscle=record.muscle, side=record.side,
                                  site=record.site)
            if record.carried_from_id is not None and s.get(db.TriggerPoint, record.carried_from_id) is not None:
                row.carried_from_id = record.carried_from_id
            row.carry_confirmed = record.carry_confirmed
            _apply_details(row, details_of(record))
            s.add(row)
            s.flush()
            relinked: list[int] = []
            for zone_id in sorted(record.zone_ids):        # zones that named it as their source
                zone = s.get(db.PainZone, zone_id)
                if zone is not None and zone.visit_id == record.visit_id:
                    zone.sources.append(row)
                    relinked.append(zone_id)
            s.flush()
            restored = _trigger_point(row, relinked)
            self._mark_audit(s, "create", "trigger_point", row, patient_id, after=restored)
            return restored

    # ------------------------------------------------------------------ zones
    def add_zone(self, visit_id: int, view: str, polygons: Iterable[Iterable[Sequence[float]]],
                 details: ZoneDetails = ZoneDetails(),
                 expected_version: int | None = None) -> ZoneRecord:
        details = details.validated()
        diagram = view_of(view)
        polys = zone_outline(diagram, polygons)
        with self._tx() as s:
            patient_id = self._bump_visit(s.connection(), visit_id, expected_version)
            row = db.PainZone(visit_id=visit_id, view=view, diagram_version=diagram.version)
            _shape_zone(row, diagram, polys)
            self._apply_zone_details(s, row, visit_id, details)
            s.add(row)
            s.flush()
            record = _zone(row)
            self._mark_audit(s, "create", "zone", row, patient_id, after=record)
            return record

    def get_zone(self, zone_id: int) -> ZoneRecord:
        with self._tx() as s:
            return _zone(self._get(s, db.PainZone, zone_id))

    def update_zone(self, zone_id: int, details: ZoneDetails, expected_version: int | None = None) -> ZoneRecord:
        details = details.validated()
        with self._tx() as s:
            row = self._get(s, db.PainZone, zone_id)
            patient_id = self._bump_visit(s.connection(), row.visit_id, expected_version)
            before = _zone(row)
            self._apply_zone_details(s, row, row.visit_id, details)
            s.flush()
            record = _zone(row)
            self._mark_audit(s, "update", "zone", row, patient_id, before=before, after=record)
            return record

    def reshape_zone(self, zone_id: int, polygons: Iterable[Iterable[Sequence[float]]],
                     expected_version: int | None = None) -> ZoneRecord:
        with self._tx() as s:
            row = self._get(s, db.PainZone, zone_id)
            patient_id = self._bump_visit(s.connection(), row.visit_id, expected_version)
            before = _zone(row)
            diagram = view_of(row.view)
            _shape_zone(row, diagram, zone_outline(diagram, polygons))
            row.diagram_version = diagram.version
            s.flush()
            record = _zone(row)
            self._mark_audit(s, "update", "zone", row, patient_id, before=before, after=record)
            return record

    def delete_zone(self, zone_id: int, expected_version: int | None = None) -> ZoneRecord:
        with self._tx() as s:
            row = self._get(s, db.PainZone, zone_id)
            patient_id = self._bump_visit(s.connection(), row.visit_id, expected_version)
            record = _zone(row)
            self._mark_audit(s, "delete", "zone", row, patient_id, before=record)
            s.delete(row)
            return record

    def restore_zone(self, record: ZoneRecord, expected_version: int | None = None) -> ZoneRecord:
        with self._tx() as s:
            patient_id = self._bump_visit(s.connection(), record.visit_id, expected_version)
            row = db.PainZone(id=record.id, visit_id=record.visit_id, view=record.view,
                              diagram_version=record.diagram_version,
                              polygons=[[list(p) for p in poly] for poly in record.polygons],
                              sides=",".join(record.sides), regions=list(record.regions),
                              carry_confirmed=record.carry_confirmed)
            if record.carried_from_id is not None and s.get(db.PainZone, record.carried_from_id) is not None:
                row.carried_from_id = record.carried_from_id
            details = zone_details_of(record)
            self._apply_zone_details(s, row, record.visit_id, details)
            s.add(row)
            s.flush()
            restored = _zone(row)
            self._mark_audit(s, "create", "zone", row, patient_id, after=restored)
            return restored

    def _apply_zone_details(self, s: Session, row: db.PainZone, visit_id: int, details: ZoneDetails) -> None:
        row.quality, row.intensity = details.quality.value, details.intensity
        row.depth, row.notes = details.depth.value, details.notes
        sources: list[db.TriggerPoint] = []
        for tp_id in sorted(details.source_trigger_point_ids):
            tp = s.get(db.TriggerPoint, tp_id)
            if tp is None or tp.visit_id != visit_id:
                raise ValidationError(QT_TRANSLATE_NOOP("Validation", "A zone can only be referred from trigger points of the same visit."))
            sources.append(tp)
        row.sources = sources

    # ------------------------------------------------------------------ carried forward
    def confirm_carried(self, kind: str, mark_id: int,
                        expected_version: int | None = None) -> TriggerPointRecord | ZoneRecord:
        """The clinician re-examined a carried-forward mark and keeps it: it is no longer 'carried'."""
        return self._set_confirmed(kind, mark_id, True, expected_version)

    def unconfirm_carried(self, kind: str, mark_id: int,
                          expected_version: int | None = None) -> TriggerPointRecord | ZoneRecord:
        """Undo of confirm_carried."""
        return self._set_confirmed(kind, mark_id, False, expected_version)

    def _set_confirmed(self, kind: str, mark_id: int, confirmed: bool,
                       expected_version: int | None) -> TriggerPointRecord | ZoneRecord:
        model: type[db.TriggerPoint] | type[db.PainZone]
        model, entity = ((db.TriggerPoint, "trigger_point") if kind == MarkKind.TRIGGER_POINT
                         else (db.PainZone, "zone"))
        with self._tx() as s:
            row = self._get(s, model, mark_id)
            patient_id = self._bump_visit(s.connection(), row.visit_id, expected_version)
            before = {"carry_confirmed": bool(row.carry_confirmed)}
            row.carry_confirmed = confirmed
            s.flush()
            self._mark_audit(s, "update", entity, row, patient_id, before=before,
                             after={"carry_confirmed": confirmed})
            return _trigger_point(row) if isinstance(row, db.TriggerPoint) else _zone(row)
