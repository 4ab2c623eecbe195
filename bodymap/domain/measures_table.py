"""One row of research measures per visit (no Qt, no SQL, no file format): the chart number, never
a name. Columns and their definitions: docs/METRICS.md ("Research export")."""
from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Protocol

from bodymap.domain import extent_change as X
from bodymap.domain import measures as ME
from bodymap.domain import metrics as M

COLUMNS = (
    "chart_number", "visit_id", "visit_date", "overall_pain",
    "extent_percent", "intensity_weighted_extent_percent", "painful_regions",
    "wpi", "wpi_areas", "generalised_pain", "generalised_regions", "symmetry",
    "same_place_as_previous", "extent_change_points", "extent_change", "mdc_points",
    "active_trigger_points", "latent_trigger_points", "needled_trigger_points",
)
Cell = str | int | float | None


class PatientLike(Protocol):
    @property
    def chart_number(self) -> str: ...


class ChartWithPatient(M.ChartLike, Protocol):
    @property
    def patient(self) -> PatientLike: ...


def _r(value: float | None, digits: int) -> float | None:
    return None if value is None else round(value, digits)


def patient_rows(charts: Iterable[ChartWithPatient], height: int = M.RASTER_HEIGHT) -> Iterator[dict[str, Cell]]:
    """Rows of one patient's visits, oldest first; overlap and change are with the previous visit.
    Only the previous visit's drawing is held in memory."""
    ordered: Sequence[ChartWithPatient] = sorted(charts, key=lambda c: (c.visit.started_at, c.visit.id))
    previous: ME.VisitMeasures | None = None
    for chart in ordered:
        m = ME.chart_measures(chart, height)
        tp = M.count_trigger_points(chart.trigger_points)
        change = None if previous is None else m.extent_percent - previous.extent_percent
        yield {
            "chart_number": chart.patient.chart_number, "visit_id": chart.visit.id,
            "visit_date": chart.visit.started_at.date().isoformat(),
            "overall_pain": chart.visit.overall_pain,
            "extent_percent": _r(m.extent_percent, 3),
            "intensity_weighted_extent_percent": _r(m.intensity_extent_percent, 3),
            "painful_regions": m.region_count, "wpi": m.wpi, "wpi_areas": ";".join(m.wpi_areas),
            "generalised_pain": int(m.generalised_pain), "generalised_regions": ";".join(m.generalised_regions),
            "symmetry": _r(m.symmetry, 3),
            "same_place_as_previous": None if previous is None else _r(X.location_overlap(previous, m, height), 3),
            "extent_change_points": _r(change, 3),
            "extent_change": None if change is None else X.verdict(change),
            "mdc_points": X.MDC_POINTS,
            "active_trigger_points": tp.active, "latent_trigger_points": tp.latent,
            "needled_trigger_points": tp.needled,
        }
        previous = m
