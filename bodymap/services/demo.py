"""A demo patient with three charted visits, so a newcomer sees a real chart straight away."""
from __future__ import annotations

import datetime as dt

from bodymap.domain.charting import (
    Depth,
    PainQuality,
    PatientInput,
    Sex,
    TriggerPointDetails,
    TriggerPointStatus,
    VisitInput,
    ZoneDetails,
)
from bodymap.domain.diagrams import load_view
from bodymap.domain.geometry import to_shape
from bodymap.errors import NotFound
from bodymap.services import ChartService


def region_point(view_id: str, region_id: str, side: str, dx: float = 0.0, dy: float = 0.0) -> tuple[float, float]:
    """A point well inside a region of a view (normalised), nudged by dx, dy within it."""
    view = load_view(view_id)
    for region in view.regions:
        if region.id == region_id and region.side == side:
            shape = to_shape(region.polygons, view.aspect)
            p = shape.representative_point()
            x, y = p.x / view.aspect + dx, p.y + dy
            if view.region_at(x, y) is None:
                x, y = p.x / view.aspect, p.y
            return x, y
    raise KeyError(f"{view_id} has no region {side} {region_id}")


def blob(cx: float, cy: float, rx: float, ry: float, n: int = 24) -> list[list[tuple[float, float]]]:
    import math
    return [[(cx + rx * math.cos(2 * math.pi * i / n), cy + ry * math.sin(2 * math.pi * i / n))
             for i in range(n)]]


def create_demo(service: ChartService) -> list[str]:
    """Creates the demo patient and visits; returns lines describing what was made. The visits'
    treating (and the first one's signing) clinician is whoever is signed in, or, from the command
    line, the demo's own clinician account (which nobody can sign in as)."""
    if service.actor.id is not None:
        return _create_demo(service)
    from bodymap.services.accounts import AccountService
    command_line = service.actor
    service.actor = AccountService.for_service(service).demo_clinician()
    try:
        return _create_demo(service)
    finally:
        service.actor = command_line


def _create_demo(service: ChartService) -> list[str]:
    chart_number = "DEMO-0001"
    n = 1
    while True:
        try:
            service.find_patient(chart_number)
        except NotFound:
            break
        n += 1
        chart_number = f"DEMO-{n:04d}"
    patient = service.create_patient(PatientInput(
        chart_number=chart_number, name="Alex Morgan (demo)", date_of_birth=dt.date(1984, 3, 14),
        sex=Sex.OTHER, notes="Office worker; right-sided neck pain and headaches for 3 months."),
        same_person_checked=True)          # each run makes another demo patient on purpose
    lines = [f"patient\t{patient.chart_number}\t{patient.name}"]
    today = dt.datetime.now().astimezone().replace(hour=9, minute=0, second=0, microsecond=0)
    plan = [(21, 7, "First assessment"), (14, 5, "Follow-up"), (7, 3, "Follow-up")]
    previous = None
    for index, (days_ago, pain, complaint) in enumerate(plan):
        visit = service.create_visit(patient.id, VisitInput(
            started_at=today - dt.timedelta(days=days_ago) + dt.timedelta(hours=index, minutes=30 * index),
            chief_complaint=f"{complaint}: right neck pain, temple headache",
            overall_pain=pain, notes="Posture advice given."))
        shrink = 1.0 - 0.2 * index
        x, y = region_point("posterior", "upper_trapezius_ridge", "right")
        service.add_trigger_point(visit.id, "posterior", x, y, TriggerPointDetails(
            status=TriggerPointStatus.ACTIVE if index < 2 else TriggerPointStatus.LATENT,
            findings=frozenset({"taut_band", "spot_tenderness", "pain_recognition"} |
                               ({"local_twitch"} if index == 0 else set())),
            pressure_pain=max(1, pain - 1), needled=index < 2, needle_size="0.25 x 40 mm",
            depth_mm=15.0 if index < 2 else None, twitch_responses=3 - index if index < 2 else None,
            notes="Reproduces the temple headache." if index == 0 else ""))
        x, y = region_point("posterior", "medial_scapular_border", "right")
        service.add_trigger_point(visit.id, "posterior", x, y, TriggerPointDetails(
            status=TriggerPointStatus.LATENT, findings=frozenset({"taut_band", "spot_tenderness"}), pressure_pain=3))
        x, y = region_point("anterior", "pectoral", "right")
        if index == 0:
            service.add_trigger_point(visit.id, "anterior", x, y, TriggerPointDetails(
                status=TriggerPointStatus.ACTIVE, findings=frozenset({"taut_band", "spot_tenderness"}),
                pressure_pain=5))
        tx, ty = region_point("anterior", "temple", "right")
        service.add_zone(visit.id, "anterior", blob(tx, ty, 0.025 * shrink, 0.02 * shrink),
                         ZoneDetails(quality=PainQuality.ACHING, intensity=pain, depth=Depth.DEEP,
                                     notes="Temple headache, afternoons"))
        nx, ny = region_point("posterior", "posterior_neck", "right", dx=0.012)
        service.add_zone(visit.id, "posterior", blob(nx, ny, 0.024 * shrink, 0.045 * shrink),
                         ZoneDetails(quality=PainQuality.THROBBING, intensity=max(1, pain - 1)))
        if index == 0:
            ax, ay = region_point("anterior", "forearm_radial", "right")
            service.add_zone(visit.id, "anterior", blob(ax, ay, 0.012, 0.04),
                             ZoneDetails(quality=PainQuality.PINS_AND_NEEDLES, intensity=3))
        chart = service.get_chart(visit.id)
        lines.append(f"visit\t{visit.id}\t{visit.local_time():%Y-%m-%d %H:%M}\t"
                     f"{len(chart.trigger_points)} trigger points\t{len(chart.zones)} zones")
        previous = visit
    if previous is not None:
        first = service.list_visits(patient.id)[-1].id
        from bodymap.services.safety import demo_safety_record
        demo_safety_record(service, first)       # screen, consent, needle count-out, response
        service.sign_visit(first)
    return lines
