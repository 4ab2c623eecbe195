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
    ids = select_visit_ids(service, visit_id=visit_id, chart_number=chart_number, everything=everything,
                           since=since, until=until)
    return [service.get_visit(vid) for vid in ids]


def select_visit_ids(service, *, visit_id: int | None = None, chart_number: str | None = None,
                     everything: bool = False, since: dt.date | None = None,
                     until: dt.date | None = None) -> list[int]:
    """select_visits' visits as ids only (a whole-clinic CSV or FHIR export holds no more)."""
    if visit_id is not None:
        times = [(visit_id, service.get_visit(visit_id).started_at)]
    elif chart_number is not None:
        times = service.visit_times(service.find_patient(chart_number).id)
    elif everything or since is not None or until is not None:
        times = service.visit_times(None)
    else:
        raise ValueError("Choose a visit, a patient, everything or a date range.")
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
