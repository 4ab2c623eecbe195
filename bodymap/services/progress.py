"""Progress over time: read-only queries for pain-area metrics, visit comparison, trends and
clinic-wide pain maps. One transaction per call; zones and trigger points of many visits are
loaded with one query each (never one query per visit).
"""
from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlalchemy import ColumnElement, select
from sqlalchemy.exc import DBAPIError, InterfaceError, OperationalError
from sqlalchemy.orm import Session, selectinload

from bodymap import db
from bodymap.domain import compare as C
from bodymap.domain import heatmap as H
from bodymap.domain import measures as ME
from bodymap.domain import measures_table as MT
from bodymap.domain import metrics as M
from bodymap.domain.charting import Polygon
from bodymap.domain.diagrams import available_views
from bodymap.domain.records import TriggerPointRecord, VisitChart, ZoneRecord
from bodymap.errors import QT_TRANSLATE_NOOP, DatabaseError, NotFound, ValidationError
from bodymap.services.common import BaseService
from bodymap.services.convert import _patient, _trigger_point, _visit, _zone

log = logging.getLogger(__name__)
MAX_COMPLAINT_FILTER = 200


@dataclass(frozen=True)
class _ZoneShape:
    """Just what a heat map needs of a zone."""
    view: str
    diagram_version: int
    polygons: tuple[Polygon, ...]


class ProgressService(BaseService):
    """Read-only queries: metrics, comparison, trends and the clinic pain map."""

    @contextlib.contextmanager
    def _tx(self) -> Iterator[Session]:
        session: Session = self._sessions()
        try:
            with session.begin():
                yield session
        except (ValidationError, NotFound):
            raise
        except (OperationalError, InterfaceError) as exc:
            log.warning("database unavailable: %s", exc.__class__.__name__)
            raise DatabaseError(QT_TRANSLATE_NOOP("Records", "The database cannot be reached. Check the connection and try again.")) from exc
        except DBAPIError as exc:
            log.warning("database error: %s", exc.__class__.__name__)
            raise DatabaseError(QT_TRANSLATE_NOOP("Records", "The database could not answer the query.")) from exc
        finally:
            session.close()

    # ------------------------------------------------------------------ queries
    def visit_metrics(self, visit_id: int, regions: bool = True) -> M.VisitMetrics:
        with self._tx() as s:
            chart = self._charts(s, db.Visit.id == visit_id).get(visit_id)
        if chart is None:
            raise NotFound(QT_TRANSLATE_NOOP("Records", "Visit {id} does not exist.").format(id=visit_id))
        return M.chart_metrics(chart, regions=regions)

    def visit_measures(self, visit_id: int) -> ME.VisitMeasures:
        """Whole-body measures of one visit (percent of body surface, counts, WPI, symmetry)."""
        with self._tx() as s:
            chart = self._charts(s, db.Visit.id == visit_id).get(visit_id)
        if chart is None:
            raise NotFound(QT_TRANSLATE_NOOP("Records", "Visit {id} does not exist.").format(id=visit_id))
        return ME.chart_measures(chart).without_drawings()

    def compare(self, from_id: int, to_id: int, keep_masks: bool = True) -> C.Comparison:
        with self._tx() as s:
            charts = self._charts(s, db.Visit.id.in_([from_id, to_id]))
        for ident in (from_id, to_id):
            if ident not in charts:
                raise NotFound(QT_TRANSLATE_NOOP("Records", "Visit {id} does not exist.").format(id=ident))
        before, after = charts[from_id], charts[to_id]
        if before.patient.id != after.patient.id:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Only visits of the same patient can be compared."))
        return C.compare_charts(before, after, keep_masks=keep_masks)

    def charts(self, visit_ids: Iterable[int]) -> dict[int, VisitChart]:
        """Full charts of several visits (three queries in all), keyed by visit id."""
        ids = [int(i) for i in visit_ids]
        with self._tx() as s:
            return self._charts(s, db.Visit.id.in_(ids)) if ids else {}

    def trends(self, patient_id: int) -> list[C.TrendPoint]:
        """Overall pain, pain area % and trigger-point counts per visit, oldest first."""
        with self._tx() as s:
            if s.get(db.Patient, patient_id) is None:
                raise NotFound(QT_TRANSLATE_NOOP("Records", "Patient {id} does not exist.").format(id=patient_id))
            charts = self._charts(s, db.Visit.patient_id == patient_id)
        ordered = sorted(charts.values(), key=lambda c: (c.visit.started_at, c.visit.id))
        return [C.trend_point(c.visit, M.count_trigger_points(c.trigger_points),
                              ME.chart_measures(c).extent_percent) for c in ordered]

    def measure_rows(self, patient_id: int | None = None) -> Iterator[dict[str, MT.Cell]]:
        """Research measures, one row per visit (measures_table.COLUMNS): one patient, or every
        patient in chart-number order. Patients are loaded one at a time (one transaction each)."""
        with self._tx() as s:
            if patient_id is not None:
                if s.get(db.Patient, patient_id) is None:
                    raise NotFound(QT_TRANSLATE_NOOP("Records", "Patient {id} does not exist.").format(id=patient_id))
                ids = [patient_id]
            else:
                ids = list(s.scalars(select(db.Patient.id).order_by(db.Patient.chart_number, db.Patient.id)))
        for ident in ids:
            with self._tx() as s:
                charts = self._charts(s, db.Visit.patient_id == ident)
            yield from MT.patient_rows(charts.values())

    def heatmap(self, view: str, visit_ids: Iterable[int] | None = None, complaint: str | None = None,
                patient_ids: Iterable[int] | None = None, height: int = H.HEATMAP_HEIGHT,
                since: dt.date | None = None, until: dt.date | None = None) -> H.HeatMap:
        """How many of the chosen visits had pain at each point of view.

        Visits are chosen by all given filters together: visit_ids, patient_ids, a chief
        complaint containing complaint (case-insensitive) and a visit date (local, inclusive)
        from since to until. No filter: every visit. One patient over a date range is that
        patient's composite (frequency) map.
        """
        if since is not None and until is not None and since > until:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The date range is empty: {since} is after {until}.").format(since=since.isoformat(), until=until.isoformat()))
        if view not in available_views() or M.view_or_none(view) is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Unknown view {view}; choose one of: {choices}.").format(view=repr(view), choices=", ".join(available_views())))
        conditions: list[ColumnElement[bool]] = []
        parts: list[str] = []
        complaint = (complaint or "").strip()
        if len(complaint) > MAX_COMPLAINT_FILTER:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The complaint filter is limited to {most} characters.").format(most=MAX_COMPLAINT_FILTER))
        if complaint:
            like = "%" + complaint.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
            conditions.append(db.Visit.chief_complaint.ilike(like, escape="\\"))
            parts.append(f'chief complaint contains "{complaint}"')
        if visit_ids is not None:
            conditions.append(db.Visit.id.in_([int(i) for i in visit_ids]))
            parts.append("selected visits")
        if patient_ids is not None:
            conditions.append(db.Visit.patient_id.in_([int(i) for i in patient_ids]))
            parts.append("selected patients")
        if since is not None or until is not None:
            with self._tx() as s:
                dated = s.execute(select(db.Visit.id, db.Visit.started_at).where(*conditions)).all()
            in_range = [i for i, started in dated
                        if (since is None or started.astimezone().date() >= since)
                        and (until is None or started.astimezone().date() <= until)]
            conditions.append(db.Visit.id.in_(in_range))
            parts.append(f"visits {since.isoformat() if since else '…'} to {until.isoformat() if until else '…'}")
        chosen = select(db.Visit.id).where(*conditions)
        with self._tx() as s:
            ids = list(s.scalars(chosen))
            rows = s.execute(select(db.PainZone.visit_id, db.PainZone.diagram_version, db.PainZone.polygons)
                             .where(db.PainZone.view == view, db.PainZone.visit_id.in_(chosen))
                             .order_by(db.PainZone.visit_id, db.PainZone.id)).all()
        zones: dict[int, list[_ZoneShape]] = {i: [] for i in ids}
        for visit_id, version, polygons in rows:
            zones.setdefault(visit_id, []).append(
                _ZoneShape(view, version, tuple(tuple((float(x), float(y)) for x, y in p) for p in polygons)))
        return H.build_heatmap(view, zones, len(ids), height, "; ".join(parts) or "all visits")

    # ------------------------------------------------------------------ loading
    @staticmethod
    def _charts(s: Session, condition: ColumnElement[bool]) -> dict[int, VisitChart]:
        """Charts of the visits matching condition: one query each for visits, patients,
        trigger points, zones and (selectin) zone sources, however many visits match."""
        chosen = select(db.Visit.id).where(condition)
        visits = list(s.scalars(select(db.Visit).where(condition)))
        if not visits:
            return {}
        patient_ids = {v.patient_id for v in visits}
        patients = {p.id: _patient(p) for p in s.scalars(select(db.Patient).where(db.Patient.id.in_(patient_ids)))}
        tps: dict[int, list[TriggerPointRecord]] = defaultdict(list)
        for tp in s.scalars(select(db.TriggerPoint).where(db.TriggerPoint.visit_id.in_(chosen))
                            .order_by(db.TriggerPoint.id)):
            tps[tp.visit_id].append(_trigger_point(tp))
        zones: dict[int, list[ZoneRecord]] = defaultdict(list)
        for z in s.scalars(select(db.PainZone).where(db.PainZone.visit_id.in_(chosen))
                           .options(selectinload(db.PainZone.sources)).order_by(db.PainZone.id)):
            zones[z.visit_id].append(_zone(z))
        return {v.id: VisitChart(patient=patients[v.patient_id],
                                 visit=_visit(v, len(tps[v.id]), len(zones[v.id])),
                                 trigger_points=tuple(tps[v.id]), zones=tuple(zones[v.id]))
                for v in visits}

