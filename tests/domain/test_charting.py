"""Input validation in bodymap.domain.charting (no database, no Qt)."""
from __future__ import annotations

import datetime as dt
import math
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bodymap.domain import charting
from bodymap.domain.charting import (
    MAX_CHART_NUMBER,
    MAX_NAME,
    MAX_NOTES,
    MAX_POLYGON_POINTS,
    MAX_POLYGONS,
    Depth,
    PainQuality,
    PatientInput,
    Sex,
    TriggerPointDetails,
    TriggerPointStatus,
    VisitInput,
    ZoneDetails,
    check_score,
    check_unit,
    clean_polygons,
    clean_text,
)
from bodymap.errors import ValidationError

PACKAGE = Path(charting.__file__).resolve().parent.parent  # .../bodymap
REPO_ROOT = PACKAGE.parent
UTC = dt.UTC
SQUARE = [(0.1, 0.1), (0.2, 0.1), (0.2, 0.2), (0.1, 0.2)]


# --------------------------------------------------------------------------- text and numbers

def test_clean_text_strips_and_limits():
    assert clean_text("  Jane  ", "Name", 10) == "Jane"
    assert clean_text(None, "Notes", 10) == ""
    assert clean_text("x" * 10, "Name", 10) == "x" * 10
    assert clean_text("  " + "x" * 10 + "\n", "Name", 10) == "x" * 10  # limit applies after stripping
    with pytest.raises(ValidationError, match=r"Name is too long \(11 characters; at most 10\)"):
        clean_text("x" * 11, "Name", 10)
    with pytest.raises(ValidationError, match="Name is required"):
        clean_text(" \t\n ", "Name", 10, required=True)
    with pytest.raises(ValidationError, match="NUL"):
        clean_text("a\x00b", "Notes", 10)


@given(st.text(max_size=60))
def test_clean_text_accepts_whatever_fits(text):
    stripped = text.strip()
    if "\x00" in stripped or len(stripped) > 40:
        with pytest.raises(ValidationError):
            clean_text(text, "Field", 40)
    else:
        assert clean_text(text, "Field", 40) == stripped


@pytest.mark.parametrize("value", [0, 5, 10, None])
def test_check_score_accepts_0_to_10(value):
    assert check_score(value, "Pain") == value


@pytest.mark.parametrize("value", [-1, 11, 5.0, 5.5, True, False, "5"])
def test_check_score_refuses_non_scores(value):
    with pytest.raises(ValidationError, match="Pain must be a whole number from 0 to 10"):
        check_score(value, "Pain")


@pytest.mark.parametrize("value", [0, 0.0, 0.5, 1, 1.0, "0.25"])
def test_check_unit_accepts_the_unit_interval(value):
    assert check_unit(value, "The point") == float(value)


@pytest.mark.parametrize("value", [-0.0001, 1.0001, math.nan, math.inf, -math.inf, 7])
def test_check_unit_refuses_off_diagram(value):
    with pytest.raises(ValidationError, match="The point must lie on the diagram"):
        check_unit(value, "The point")


# --------------------------------------------------------------------------- patients

def test_patient_input_is_normalised():
    out = PatientInput(chart_number="  A-17 ", name="  Jane Doe\n", date_of_birth=dt.date(1980, 2, 29),
                       sex="female", notes="  n  ").validated()
    assert out == PatientInput(chart_number="A-17", name="Jane Doe", date_of_birth=dt.date(1980, 2, 29),
                               sex=Sex.FEMALE, notes="n")
    assert out.sex is Sex.FEMALE


@pytest.mark.parametrize("field, value, message", [
    ("name", "", "Name is required"),
    ("name", "   ", "Name is required"),
    ("name", None, "Name is required"),
    ("chart_number", "", "Chart number is required"),
    ("name", "n" * (MAX_NAME + 1), "Name is too long"),
    ("chart_number", "c" * (MAX_CHART_NUMBER + 1), "Chart number is too long"),
    ("notes", "n" * (MAX_NOTES + 1), "Notes is too long"),
    ("name", "Ja\x00ne", "NUL"),
])
def test_patient_input_refuses_bad_text(field, value, message):
    data = {"chart_number": "A-1", "name": "Jane", field: value}
    with pytest.raises(ValidationError, match=message):
        PatientInput(**data).validated()


def test_patient_name_of_10_mb_is_refused_with_a_clear_message():
    huge = "x" * (10 * 1024 * 1024)
    with pytest.raises(ValidationError) as info:
        PatientInput(chart_number="A-1", name=huge).validated()
    message = str(info.value)
    assert message == f"Name is too long ({len(huge):,} characters; at most {MAX_NAME:,})."
    assert len(message) < 100


def test_patient_limits_are_inclusive():
    out = PatientInput(chart_number="c" * MAX_CHART_NUMBER, name="n" * MAX_NAME).validated()
    assert len(out.name) == MAX_NAME and len(out.chart_number) == MAX_CHART_NUMBER


def test_patient_date_of_birth_rules():
    today = dt.date(2024, 6, 1)
    assert PatientInput("A", "B", dt.date(2024, 6, 1)).validated(today).date_of_birth == today
    assert PatientInput("A", "B", dt.date(1890, 1, 1)).validated(today).date_of_birth == dt.date(1890, 1, 1)
    with pytest.raises(ValidationError, match="2024-06-02 is in the future"):
        PatientInput("A", "B", dt.date(2024, 6, 2)).validated(today)
    with pytest.raises(ValidationError, match="before 1890"):
        PatientInput("A", "B", dt.date(1889, 12, 31)).validated(today)
    with pytest.raises(ValidationError, match="must be a date"):
        PatientInput("A", "B", "1980-01-01").validated(today)


def test_patient_birth_date_in_the_future_by_default_today():
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    with pytest.raises(ValidationError, match="in the future"):
        PatientInput("A", "B", tomorrow).validated()


def test_patient_unknown_sex_is_refused():
    with pytest.raises(ValueError):
        PatientInput("A", "B", sex="martian").validated()


# --------------------------------------------------------------------------- visits

def test_visit_defaults_to_now_in_utc():
    before = dt.datetime.now(UTC)
    out = VisitInput().validated()
    after = dt.datetime.now(UTC)
    assert out.started_at.utcoffset() == dt.timedelta(0)
    assert before <= out.started_at <= after


def test_visit_start_is_converted_to_utc():
    naive = VisitInput(started_at=dt.datetime(2024, 3, 1, 9, 30)).validated()
    assert naive.started_at == dt.datetime(2024, 3, 1, 9, 30, tzinfo=UTC)
    assert naive.started_at.tzinfo == UTC
    plus2 = dt.timezone(dt.timedelta(hours=2))
    aware = VisitInput(started_at=dt.datetime(2024, 3, 1, 9, 30, tzinfo=plus2)).validated()
    assert aware.started_at.tzinfo == UTC
    assert (aware.started_at.hour, aware.started_at.minute) == (7, 30)


def test_visit_dates_must_be_plausible():
    with pytest.raises(ValidationError, match="future"):
        VisitInput(started_at=dt.datetime.now(UTC) + dt.timedelta(days=2)).validated()
    # a few hours ahead is allowed (time zones, clock skew)
    VisitInput(started_at=dt.datetime.now(UTC) + dt.timedelta(hours=12)).validated()
    with pytest.raises(ValidationError, match="1990"):
        VisitInput(started_at=dt.datetime(1989, 12, 31, tzinfo=UTC)).validated()


def test_visit_text_and_pain_are_checked():
    out = VisitInput(clinician="  Dr. X ", chief_complaint=" neck ", overall_pain=0).validated()
    assert (out.clinician, out.chief_complaint, out.overall_pain) == ("Dr. X", "neck", 0)
    with pytest.raises(ValidationError, match="Overall pain"):
        VisitInput(overall_pain=11).validated()
    with pytest.raises(ValidationError, match="Clinician is too long"):
        VisitInput(clinician="c" * 201).validated()


# --------------------------------------------------------------------------- trigger points

def test_trigger_point_details_normalised():
    out = TriggerPointDetails(status="latent", findings={"taut_band", "local_twitch"}, pressure_pain=4,
                              needled=1, needle_size=" 0.25 x 40 mm ", depth_mm=15, twitch_responses=3,
                              notes=" ok ").validated()
    assert out.status is TriggerPointStatus.LATENT
    assert out.findings == frozenset({"taut_band", "local_twitch"})
    assert isinstance(out.findings, frozenset)
    assert out.needled is True
    assert out.needle_size == "0.25 x 40 mm"
    assert out.depth_mm == 15.0 and isinstance(out.depth_mm, float)
    assert out.notes == "ok"


@pytest.mark.parametrize("kwargs, message", [
    ({"findings": {"taut_band", "crepitus"}}, "Unknown finding.*crepitus"),
    ({"depth_mm": -1}, "Needling depth"),
    ({"depth_mm": 150.5}, "Needling depth"),
    ({"depth_mm": math.nan}, "Needling depth"),
    ({"twitch_responses": -1}, "Twitch responses"),
    ({"twitch_responses": 101}, "Twitch responses"),
    ({"twitch_responses": 2.5}, "Twitch responses"),
    ({"pressure_pain": 11}, "Pressure pain"),
    ({"needle_size": "x" * 41}, "Needle size is too long"),
])
def test_trigger_point_details_refused(kwargs, message):
    with pytest.raises(ValidationError, match=message):
        TriggerPointDetails(**kwargs).validated()


def test_trigger_point_unknown_status_refused():
    with pytest.raises(ValueError):
        TriggerPointDetails(status="dormant").validated()


# --------------------------------------------------------------------------- zones

def test_zone_details_defaults_and_coercion():
    out = ZoneDetails(quality="burning", intensity=None, depth="deep",
                      source_trigger_point_ids=["3", 1]).validated()
    assert out.quality is PainQuality.BURNING and out.depth is Depth.DEEP
    assert out.intensity == 5
    assert out.source_trigger_point_ids == frozenset({1, 3})
    with pytest.raises(ValidationError, match="Intensity"):
        ZoneDetails(intensity=12).validated()
    with pytest.raises(ValueError):
        ZoneDetails(quality="tickly").validated()


def test_clean_polygons_rounds_and_drops_degenerate_parts():
    polys = clean_polygons([[(0.1234567, 0.5), (0.2, 0.5), (0.2, 0.6)], [(0.3, 0.3), (0.4, 0.4)]])
    assert polys == (((0.12346, 0.5), (0.2, 0.5), (0.2, 0.6)),)


@pytest.mark.parametrize("polygons, message", [
    ([], "at least three points"),
    ([[(0.1, 0.1), (0.2, 0.2)]], "at least three points"),
    ([[(0.1, 0.1), (1.2, 0.2), (0.1, 0.3)]], "A zone point must lie on the diagram"),
    ([[(-0.1, 0.1), (0.2, 0.2), (0.1, 0.3)]], "A zone point must lie on the diagram"),
    ([[(0.5, 0.5)] * (MAX_POLYGON_POINTS + 1)], "too many points"),
    ([SQUARE] * (MAX_POLYGONS + 1), "too many separate parts"),
])
def test_clean_polygons_refused(polygons, message):
    with pytest.raises(ValidationError, match=message):
        clean_polygons(polygons)


def test_clean_polygons_limits_are_inclusive():
    assert len(clean_polygons([SQUARE] * MAX_POLYGONS)) == MAX_POLYGONS
    assert len(clean_polygons([[(0.5, 0.5)] * MAX_POLYGON_POINTS])[0]) == MAX_POLYGON_POINTS


unit = st.floats(min_value=0, max_value=1, allow_nan=False)


@settings(max_examples=60)
@given(st.lists(st.lists(st.tuples(unit, unit), min_size=3, max_size=12), min_size=1, max_size=5))
def test_clean_polygons_keeps_points_on_the_diagram(polygons):
    out = clean_polygons(polygons)
    assert len(out) == len(polygons)
    for original, cleaned in zip(polygons, out):
        assert len(cleaned) == len(original)
        for (x0, y0), (x, y) in zip(original, cleaned):
            assert 0 <= x <= 1 and 0 <= y <= 1
            assert abs(x - x0) <= 5e-6 and abs(y - y0) <= 5e-6
