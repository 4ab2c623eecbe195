"""What a printed handout needs beyond the chart itself: the safety record and the progress so far.

One place for every caller (window, command line, batch export) so they all print the same."""
from __future__ import annotations

from bodymap.records import VisitChart


def handout_extras(service, chart: VisitChart) -> dict:
    """Keyword arguments for report.export_pdf / paint_report: safety and trends (the patient's
    visits up to and including this one)."""
    from bodymap.progress import ProgressService
    from bodymap.safety import SafetyService
    sessions = service.sessions
    safety = SafetyService(sessions, service.actor).visit_safety(chart.visit.id)
    until = (chart.visit.started_at, chart.visit.id)
    trends = [p for p in ProgressService(sessions).trends(chart.patient.id)
              if (p.started_at, p.visit_id) <= until]
    return {"safety": safety, "trends": trends}
