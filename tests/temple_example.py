"""Issue 17's example, stored through the services: right temple pain drawn on the head-and-neck
close-up at 7/10, then a zone half as wide (a quarter of the area) at 3/10 a week later."""
from __future__ import annotations

import datetime as dt

from bodymap.domain.charting import PatientInput, VisitInput, ZoneDetails
from bodymap.domain.diagrams import load_view

VIEW = "head_lateral_right"
CHART = "TEMPLE-1"


def temple_polygons(scale: float = 1.0):
    """The right temple region's polygons on the close-up, shrunk by scale about their vertex mean."""
    out = []
    for r in load_view(VIEW).regions:
        if r.id == "temple" and r.side == "right":
            for poly in r.polygons:
                cx = sum(p[0] for p in poly) / len(poly)
                cy = sum(p[1] for p in poly) / len(poly)
                out.append([(cx + (x - cx) * scale, cy + (y - cy) * scale) for x, y in poly])
    return out


def create_temple_patient(service, name: str = "Tess Temple"):
    """(patient, [visit 1, visit 2]) with the two drawings."""
    patient = service.create_patient(PatientInput(chart_number=CHART, name=name))
    start = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)
    visits = []
    for days, scale, pain in ((0, 1.0, 7), (7, 0.5, 3)):
        v = service.create_visit(patient.id, VisitInput(started_at=start + dt.timedelta(days=days),
                                                        chief_complaint="right temple headache", overall_pain=pain))
        service.add_zone(v.id, VIEW, temple_polygons(scale), ZoneDetails(intensity=pain))
        visits.append(v)
    return patient, visits
