"""What a printed handout needs beyond the chart itself: the safety record and the progress so far.

One place for every caller (window, command line, batch export) so they all print the same."""
from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from bodymap.domain.compare import TrendPoint
from bodymap.domain.records import VisitChart
from bodymap.services.audit import ActorLike
from bodymap.services.common import BaseService
from bodymap.services.progress import ProgressService
from bodymap.services.safety import SafetyService


class HandoutExtras(BaseService):
    """Keyword arguments for report.export_pdf / paint_report, per chart.

    The patient's trends (pain area metrics of every visit) are computed once per patient and
    reused, so a batch of one patient's visits costs one trends computation, not one per visit."""

    def __init__(self, sessions: sessionmaker[Session], actor: ActorLike | None = None, *,
                 follows: BaseService | None = None) -> None:
        super().__init__(sessions, actor, follows=follows)
        self._safety = SafetyService.for_service(self)
        self._progress = ProgressService.for_service(self)
        self._trends: dict[int, list[TrendPoint]] = {}

    def __call__(self, chart: VisitChart) -> dict[str, object]:
        patient_id = chart.patient.id
        if patient_id not in self._trends:
            self._trends[patient_id] = self._progress.trends(patient_id)
        until = (chart.visit.started_at, chart.visit.id)
        trends = [p for p in self._trends[patient_id] if (p.started_at, p.visit_id) <= until]
        return {"safety": self._safety.visit_safety(chart.visit.id), "trends": trends}


def handout_extras(service: BaseService, chart: VisitChart) -> dict[str, object]:
    """The extras of one handout: safety and trends (the patient's visits up to this one)."""
    return HandoutExtras.for_service(service)(chart)
