"""Which visits an export covers: one visit, a patient's visits, everything, or a date range."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from bodymap.domain.records import VisitChart, VisitRecord


def select_visits(service, *, visit_id: int | None = None, chart_number: str | None = None,
                  everything: bool = False, since: dt.date | None = None,
                  until: dt.date | None = None) -> list[VisitRecord]:
    """The visits in scope, oldest first. since/until (inclusive, local dates) narrow any scope.

    Raises LookupError (NotFound) for an unknown visit or chart number."""
    if visit_id is not None:
        patient_id = None
        records = [service.get_visit(visit_id)]
    else:
        patient_id = _patient_id(service, chart_number, everything, since, until)
        records = service.list_visits(patient_id)                 # one query, as the ids' own
    by_id = {v.id: v for v in records}
    return [by_id[vid] for vid in _chosen([(v.id, v.started_at) for v in records], since, until)]


def select_visit_ids(service, *, visit_id: int | None = None, chart_number: str | None = None,
                     everything: bool = False, since: dt.date | None = None,
                     until: dt.date | None = None) -> list[int]:
    """select_visits' visits as ids only (a whole-clinic CSV or FHIR export holds no more)."""
    if visit_id is not None:
        times = [(visit_id, service.get_visit(visit_id).started_at)]
    else:
        times = service.visit_times(_patient_id(service, chart_number, everything, since, until))
    return _chosen(times, since, until)


def _patient_id(service, chart_number: str | None, everything: bool, since: dt.date | None,
                until: dt.date | None) -> int | None:
    """The one patient in scope, or None for every patient."""
    if chart_number is not None:
        return int(service.find_patient(chart_number).id)
    if everything or since is not None or until is not None:
        return None
    raise ValueError("Choose a visit, a patient, everything or a date range.")


def _chosen(times: list[tuple[int, dt.datetime]], since: dt.date | None, until: dt.date | None) -> list[int]:
    """The ids whose local start date is in [since, until], oldest first."""
    if since is not None and until is not None and since > until:
        raise ValueError(f"The date range is empty: {since.isoformat()} is after {until.isoformat()}.")
    chosen = [(started, vid) for vid, started in times
              if (since is None or started.astimezone().date() >= since)
              and (until is None or started.astimezone().date() <= until)]
    return [vid for _started, vid in sorted(chosen)]


def iter_charts(service, visits: Iterable[VisitRecord | int]) -> Iterator[VisitChart]:
    """The charts of visits (records or ids), one at a time."""
    for visit in visits:
        yield service.get_chart(visit if isinstance(visit, int) else visit.id)


def select_charts(service, **scope) -> list[VisitChart]:
    return list(iter_charts(service, select_visits(service, **scope)))
