"""ProgressService on both backends (the `service` fixture runs each test on SQLite and PostgreSQL)."""
from __future__ import annotations

import contextlib
import datetime as dt

import pytest
from sqlalchemy import event

from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.errors import NotFound, ValidationError
from bodymap.services.demo import blob, create_demo, region_point
from bodymap.services.progress import ProgressService

UTC = dt.UTC


@pytest.fixture
def progress(service):
    return ProgressService.for_service(service)


@pytest.fixture
def demo(service):
    create_demo(service)
    patient = service.find_patient("DEMO-0001")
    visits = sorted(service.list_visits(patient.id), key=lambda v: v.started_at)
    return patient, visits


@contextlib.contextmanager
def count_statements(engine):
    seen: list[str] = []

    def before(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement)

    event.listen(engine, "before_cursor_execute", before)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", before)


def add_visits(service, patient_id, n, complaint="low back pain", start_days=100):
    ids = []
    for i in range(n):
        v = service.create_visit(patient_id, VisitInput(
            started_at=dt.datetime.now(UTC) - dt.timedelta(days=start_days - i), chief_complaint=complaint,
            overall_pain=i % 11))
        x, y = region_point("posterior", "lumbar_paraspinal", "left")
        service.add_zone(v.id, "posterior", blob(x, y, 0.03, 0.03))
        service.add_zone(v.id, "anterior", blob(*region_point("anterior", "groin", "left"), 0.02, 0.02))
        service.add_trigger_point(v.id, "posterior", x, y, TriggerPointDetails(status="active"))
        ids.append(v.id)
    return ids


def test_visit_metrics_of_demo(progress, demo):
    _patient, visits = demo
    first = progress.visit_metrics(visits[0].id)
    assert first.visit_id == visits[0].id and first.overall_pain == 7
    assert first.trigger_points.active == 2 and first.trigger_points.latent == 1
    assert first.view("anterior").percent > 0 and first.view("posterior").percent > 0
    assert {r.region for r in first.view("posterior").regions} >= {"posterior_neck"}
    last = progress.visit_metrics(visits[-1].id)
    assert last.total_percent < first.total_percent
    with pytest.raises(NotFound):
        progress.visit_metrics(10**6)


def test_compare_demo_first_and_last(progress, demo):
    _patient, visits = demo
    c = progress.compare(visits[0].id, visits[-1].id)
    assert c.change_points < 0 and c.exceeds_error
    assert 0 < c.jaccard < 1
    totals = c.totals()
    assert totals["resolved"] == 1 and totals["persisting"] == 2 and totals["new"] == 0
    assert totals["active_to_latent"] == 1


def test_compare_refuses_visits_of_different_patients(service, progress, demo):
    _patient, visits = demo
    other = service.create_patient(PatientInput(chart_number="X-2", name="Other Person"))
    (other_visit,) = add_visits(service, other.id, 1)
    with pytest.raises(ValidationError, match="same patient"):
        progress.compare(visits[0].id, other_visit)
    with pytest.raises(NotFound):
        progress.compare(visits[0].id, 10**6)


def test_trends_oldest_first(progress, demo):
    patient, visits = demo
    series = progress.trends(patient.id)
    assert [p.visit_id for p in series] == [v.id for v in visits]
    assert [p.overall_pain for p in series] == [7, 5, 3]
    assert [p.active_trigger_points for p in series] == [2, 1, 0]
    areas = [p.pain_area_percent for p in series]
    assert areas == sorted(areas, reverse=True)


def test_heatmap_counts_visits_and_filters_by_complaint(service, progress, demo):
    other = service.create_patient(PatientInput(chart_number="X-3", name="Back Patient"))
    add_visits(service, other.id, 4, complaint="Low BACK pain, 100% worse_in_morning")
    every = progress.heatmap("posterior")
    assert every.visit_count == 7 and every.visits_with_pain == 7
    back = progress.heatmap("posterior", complaint="back pain")
    assert back.visit_count == 4 and back.max_count == 4
    assert back.count_at(*region_point("posterior", "lumbar_paraspinal", "left")) == 4
    assert back.count_at(*region_point("posterior", "posterior_neck", "right")) == 0
    assert progress.heatmap("posterior", complaint="100%").visit_count == 4      # LIKE escaped
    assert progress.heatmap("posterior", complaint="o_r").visit_count == 0
    neck = progress.heatmap("posterior", complaint="neck")
    assert neck.visit_count == 3 and neck.count_at(*region_point("posterior", "posterior_neck", "right")) == 3
    assert progress.heatmap("posterior", patient_ids=[other.id]).visit_count == 4
    grid = back.grid()
    assert len(grid) == back.size[1] and max(max(row) for row in grid) == 4
    with pytest.raises(ValidationError):
        progress.heatmap("no_such_view")


def test_trends_and_heatmap_do_not_query_per_visit(service, progress, opened_database):
    engine = opened_database[0]
    p = service.create_patient(PatientInput(chart_number="N-1", name="Many Visits"))
    add_visits(service, p.id, 3)
    with count_statements(engine) as few:
        assert len(progress.trends(p.id)) == 3
        progress.heatmap("posterior")
    add_visits(service, p.id, 12, start_days=50)
    with count_statements(engine) as many:
        assert len(progress.trends(p.id)) == 15
        assert progress.heatmap("posterior").visit_count == 15
    assert len(many) == len(few) and len(many) <= 12, many


def test_compare_and_metrics_use_a_fixed_number_of_queries(service, progress, opened_database, demo):
    engine = opened_database[0]
    _patient, visits = demo
    with count_statements(engine) as seen:
        progress.compare(visits[0].id, visits[1].id)
    assert len(seen) <= 8, seen


def test_measure_rows_of_the_temple_example(service, progress):
    from bodymap.domain import body_surface as B
    from tests.temple_example import create_temple_patient
    patient, visits = create_temple_patient(service)
    create_demo(service)                                          # another patient, not in the rows
    s = 100 * B.region_shares()[("temple", "right")]
    first, second = progress.measure_rows(patient.id)
    assert (first["chart_number"], first["visit_id"], second["visit_id"]) == ("TEMPLE-1", visits[0].id, visits[1].id)
    assert first["extent_percent"] == pytest.approx(s, rel=0.01)
    assert second["extent_percent"] == pytest.approx(0.25 * s, rel=0.03)
    assert first["intensity_weighted_extent_percent"] == pytest.approx(0.7 * s, rel=0.01)
    assert first["painful_regions"] == second["painful_regions"] == 1
    assert first["same_place_as_previous"] is None and first["extent_change"] is None
    assert second["same_place_as_previous"] == pytest.approx(0.25, rel=0.03)
    assert second["extent_change_points"] == pytest.approx(-0.75 * s, rel=0.02)
    assert second["extent_change"] == "no change"
    assert "Tess" not in repr([first, second])
    everyone = list(progress.measure_rows())
    assert {r["chart_number"] for r in everyone} == {"TEMPLE-1", "DEMO-0001"}
    assert len(everyone) == 2 + len(service.list_visits(service.find_patient("DEMO-0001").id))
    with pytest.raises(NotFound):
        list(progress.measure_rows(10**6))


def test_trends_use_the_whole_body_extent(service, progress):
    from tests.temple_example import create_temple_patient
    patient, _visits = create_temple_patient(service)
    before, after = progress.trends(patient.id)
    assert before.pain_area_percent > after.pain_area_percent > 0
    assert after.pain_area_percent == pytest.approx(0.25 * before.pain_area_percent, rel=0.04)


def test_composite_map_of_one_patient_over_a_date_range(service, progress):
    from tests.temple_example import VIEW, create_temple_patient, temple_polygons
    patient, visits = create_temple_patient(service)
    create_demo(service)
    poly = temple_polygons()[0]
    centre = (sum(p[0] for p in poly) / len(poly), sum(p[1] for p in poly) / len(poly))
    rim = tuple(c + (p - c) * 0.8 for p, c in zip(poly[0], centre))    # inside the temple, outside the half zone
    both = progress.heatmap(VIEW, patient_ids=[patient.id])
    assert both.visit_count == 2 and both.max_count == 2
    assert both.count_at(*centre) == 2 and both.count_at(*rim) == 1
    first_day = visits[0].started_at.astimezone().date()
    first = progress.heatmap(VIEW, patient_ids=[patient.id], until=first_day)
    assert first.visit_count == 1 and first.count_at(*rim) == 1
    later = progress.heatmap(VIEW, patient_ids=[patient.id], since=first_day + dt.timedelta(days=1))
    assert later.visit_count == 1 and later.count_at(*rim) == 0 and later.count_at(*centre) == 1
    assert "Tess" not in later.description
    with pytest.raises(ValidationError, match="date range is empty"):
        progress.heatmap(VIEW, since=first_day, until=first_day - dt.timedelta(days=1))
