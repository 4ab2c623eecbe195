"""Which visits an export covers: one visit, a patient's visits, everything, or a date range."""
from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from bodymap.domain.records import VisitChart, VisitRecord


def select_visits(service, *, visit_id: int | None = None, chart_number: str | None = None,
                  everything: bool = False, since: dt.date | None = None,
                  until: dt.date | None = None) -> list[VisitRecord]:
    """The visits in scope, oldest first. since/until (inclusive, local dates) narrow any scope.

    Raises LookupError (NotFound) for an unknown visit or chart number."""
    if visit_id is not None:
        visits = [service.get_visit(visit_id)]
    elif chart_number is not None:
        visits = service.list_visits(service.find_patient(chart_number).id)
    elif everything or since is not None or until is not None:
        visits = service.list_visits(None)
    else:
        raise ValueError("Choose a visit, a patient, everything or a date range.")
    if since is not None and until is not None and since > until:
        raise ValueError(f"The date range is empty: {since.isoformat()} is after {until.isoformat()}.")
    chosen = [v for v in visits
              if (since is None or v.local_time().date() >= since)
              and (until is None or v.local_time().date() <= until)]
    return sorted(chosen, key=lambda v: (v.started_at, v.id))


def iter_charts(service, visits: list[VisitRecord]) -> Iterator[VisitChart]:
    for visit in visits:
        yield service.get_chart(visit.id)


def select_charts(service, **scope) -> list[VisitChart]:
    return list(iter_charts(service, select_visits(service, **scope)))
