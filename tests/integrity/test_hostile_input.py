"""Hostile and odd input: stored and read back exactly (after the documented trimming) or refused
with ValidationError; never another exception, never half written, never a damaged table."""
from __future__ import annotations

import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, inspect, select

from bodymap import db
from bodymap.domain.charting import (
    FINDING_LABELS,
    MAX_NAME,
    PatientInput,
    Sex,
    TriggerPointDetails,
    VisitInput,
    ZoneDetails,
)
from bodymap.errors import ValidationError
from bodymap.services import details_of, zone_details_of
from bodymap.services.demo import blob, region_point

UTC = dt.UTC
ODD = ["\u200f", "\u200e", "\u202e", "\u200d", "\u200b", "\ufeff", "\u0301", "\u0338", "👩‍⚕️", "🦴", "\x00",
       "\t", "\n", "\r\n", "\u00a0", "\u3000", "'", '"', ";", "--", "%", "_", "\\", "\U0010fffd", "ﷺ", "Ǆ"]
_odd_text = st.lists(st.one_of(st.sampled_from(ODD), st.text(st.characters(blacklist_categories=("Cs",)),
                                                             max_size=8)), max_size=12).map("".join)
_long_text = st.sampled_from([0, 1, 39, 40, 41, 199, 200, 201, 20_000, 20_001]).map(
    lambda n: ("ي\u200d" * (n // 2 + 1))[:n])
texts = st.one_of(_odd_text, _odd_text, _long_text)
_charts = itertools.count(1)

SETTINGS = settings(max_examples=35, deadline=None, derandomize=True,
                    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def _snapshot(sessions) -> dict:
    with sessions() as s:
        return {m.__tablename__: s.scalar(select(func.count()).select_from(m))
                for m in (db.Patient, db.Visit, db.TriggerPoint, db.PainZone, db.AuditEntry)}


def _attempt(sessions, build, call):
    """Returns (validated input or None, result or None); refusals change nothing at all."""
    before = _snapshot(sessions)
    try:
        expected = build()
    except ValidationError:
        expected = None
    try:
        result = call()
    except ValidationError as exc:
        assert str(exc) and "\n" not in str(exc)
        assert _snapshot(sessions) == before, "a refused input left rows behind"
        assert expected is None, f"the service refused what the domain accepts: {exc}"
        return None, None
    assert expected is not None, "the service stored what the domain refuses"
    return expected, result


@pytest.fixture
def chart(service):
    p = service.create_patient(PatientInput(chart_number="HOST-0", name="Host Ile"))
    v = service.create_visit(p.id, VisitInput(started_at=dt.datetime(2026, 1, 5, 10, tzinfo=UTC)))
    return v.id


@SETTINGS
@given(chart_number=texts, name=texts, notes=texts, sex=st.sampled_from([*Sex, "unknown", "robot", ""]),
       dob=st.none() | st.dates(dt.date(1880, 1, 1), dt.date.today() + dt.timedelta(days=3)))
@example(chart_number="C", name="x" * (MAX_NAME + 1), notes="", sex=Sex.FEMALE, dob=None)
@example(chart_number="C\x00", name="N", notes="", sex=Sex.FEMALE, dob=None)
@example(chart_number="'; DROP TABLE patients; --", name="Robert'); DROP TABLE patients;--", notes="%_\\",
         sex=Sex.MALE, dob=dt.date(1890, 1, 1))
def test_patients(service, sessions, chart_number, name, notes, sex, dob):
    chart_number = f"{next(_charts)}{chart_number}"[:42]
    data = PatientInput(chart_number=chart_number, name=name, date_of_birth=dob, sex=sex, notes=notes)
    expected, created = _attempt(sessions, data.validated, lambda: service.create_patient(data, same_person_checked=True))
    if created is None:
        return
    stored = service.get_patient(created.id)
    assert (stored.chart_number, stored.name, stored.notes, stored.date_of_birth, stored.sex) == (
        expected.chart_number, expected.name, expected.notes, expected.date_of_birth, expected.sex.value)
    assert stored.name == name.strip()              # the documented trimming, nothing else
    assert service.find_patient(expected.chart_number).id == created.id
    assert created.id in {p.id for p in service.search_patients(expected.name[:50])}


@SETTINGS
@given(clinician=texts, complaint=texts, notes=texts, pain=st.none() | st.integers(-3, 13) | st.just(True),
       started=st.datetimes(dt.datetime(1985, 1, 1), dt.datetime.now() + dt.timedelta(days=4),
                            timezones=st.sampled_from([UTC, dt.timezone(dt.timedelta(hours=-11)),
                                                       dt.timezone(dt.timedelta(hours=13, minutes=45))])))
def test_visits(service, sessions, chart, clinician, complaint, notes, pain, started):
    patient_id = service.get_visit(chart).patient_id
    data = VisitInput(started_at=started, clinician=clinician, chief_complaint=complaint, overall_pain=pain,
                      notes=notes)
    expected, created = _attempt(sessions, data.validated, lambda: service.create_visit(patient_id, data))
    if created is None:
        return
    stored = service.get_visit(created.id)
    assert (stored.started_at, stored.clinician, stored.chief_complaint, stored.overall_pain, stored.notes) == (
        expected.started_at, expected.clinician, expected.chief_complaint, expected.overall_pain, expected.notes)
    assert stored.started_at == started                      # the same instant, whatever the offset


@SETTINGS
@given(notes=texts, needle=texts, status=st.sampled_from(["active", "latent", "dormant", ""]),
       findings=st.frozensets(st.sampled_from([*FINDING_LABELS, "x-ray vision", ""]), max_size=3),
       pressure=st.none() | st.integers(-1, 11), depth=st.none() | st.floats(allow_nan=True, allow_infinity=True),
       twitches=st.none() | st.integers(-1, 101))
def test_trigger_point_details(service, sessions, chart, notes, needle, status, findings, pressure, depth,
                               twitches):
    details = TriggerPointDetails(status=status, findings=findings, pressure_pain=pressure, needled=bool(needle),
                                  needle_size=needle, depth_mm=depth, twitch_responses=twitches, notes=notes)
    x, y = region_point("posterior", "calf", "left")
    expected, created = _attempt(sessions, details.validated,
                                 lambda: service.add_trigger_point(chart, "posterior", x, y, details))
    if created is None:
        return
    stored = next(tp for tp in service.get_chart(chart).trigger_points if tp.id == created.id)
    assert details_of(stored) == expected


@SETTINGS
@given(notes=texts, quality=st.sampled_from(["aching", "burning", "tickling", ""]),
       intensity=st.integers(-2, 12) | st.just(5.5) | st.just("7"),
       depth=st.sampled_from(["deep", "superficial", "shallow"]),
       sources=st.sampled_from(["none", "own", "missing"]))
def test_zone_details(service, sessions, chart, notes, quality, intensity, depth, sources):
    own = service.get_chart(chart).trigger_points
    if not own:
        own = (service.add_trigger_point(chart, "anterior", *region_point("anterior", "pectoral", "left")),)
    ids = {"none": frozenset(), "own": frozenset({own[0].id}), "missing": frozenset({10**6})}[sources]
    details = ZoneDetails(quality=quality, intensity=intensity, depth=depth, notes=notes,
                          source_trigger_point_ids=ids)
    zx, zy = region_point("anterior", "temple", "right")

    def build():
        validated = details.validated()
        if sources == "missing":
            raise ValidationError("refused by the service: a source from no visit")
        return validated

    expected, created = _attempt(sessions, build,
                                 lambda: service.add_zone(chart, "anterior", blob(zx, zy, 0.02, 0.02), details))
    if created is None:
        return
    stored = next(z for z in service.get_chart(chart).zones if z.id == created.id)
    assert zone_details_of(stored) == expected


@pytest.mark.parametrize("field", ["name", "notes", "chart_number"])
def test_lone_surrogates_are_refused_not_crashed_on(service, sessions, field):
    data = {"chart_number": "S-1", "name": "Sur Rogate", "notes": ""} | {field: "bad \udcff byte"}
    before = _snapshot(sessions)
    with pytest.raises(ValidationError):
        service.create_patient(PatientInput(**data))
    assert _snapshot(sessions) == before
    assert service.search_patients("\udcff") == []


@pytest.mark.parametrize("query, expected", [
    ("'; DROP TABLE patients; --", ["Semi'; DROP TABLE patients; --colon"]),
    ("%", ["Hundred % Sure"]),
    ("_", ["Under_Score"]),
    ("\\", ["Back\\Slash"]),
    ("' OR '1'='1", []),
    ("\x00", []),
    ("*", []),
])
def test_sql_looking_searches_are_literal_and_harmless(service, sessions, query, expected):
    for n, name in enumerate(["Semi'; DROP TABLE patients; --colon", "Hundred % Sure", "Under_Score",
                              "Back\\Slash", "Plain Person"]):
        service.create_patient(PatientInput(chart_number=f"Q-{n}", name=name))
    try:
        found = [p.name for p in service.search_patients(query)]
    except ValidationError:
        found = []           # refusing an impossible search is acceptable, crashing is not
    assert found == expected
    assert len(service.search_patients("")) == 5
    with sessions() as s:
        tables = set(inspect(s.get_bind()).get_table_names())
    assert {"patients", "visits", "trigger_points", "audit_log"} <= tables


def test_a_ten_megabyte_name_is_refused_with_a_message(service, sessions):
    before = _snapshot(sessions)
    huge = "N" * (10 * 1024 * 1024)
    for data in (PatientInput(chart_number="BIG-1", name=huge),
                 PatientInput(chart_number="BIG-1", name="Fine", notes=huge),
                 PatientInput(chart_number=huge, name="Fine")):
        with pytest.raises(ValidationError, match="too long") as info:
            service.create_patient(data)
        assert len(str(info.value)) < 150
    with pytest.raises(ValidationError, match="too long"):
        service.create_visit(service.create_patient(PatientInput(chart_number="OK-1", name="Ok")).id,
                             VisitInput(notes=huge))
    after = _snapshot(sessions)
    assert after["visits"] == before["visits"] and after["patients"] == before["patients"] + 1


def test_visit_dated_in_the_future_is_refused(service, sessions, chart):
    patient_id = service.get_visit(chart).patient_id
    before = _snapshot(sessions)
    with pytest.raises(ValidationError, match="future"):
        service.create_visit(patient_id, VisitInput(started_at=dt.datetime.now(UTC) + dt.timedelta(days=3)))
    with pytest.raises(ValidationError, match="future"):
        service.update_visit(chart, VisitInput(started_at=dt.datetime.now(UTC) + dt.timedelta(days=30)))
    with pytest.raises(ValidationError, match="1990"):
        service.create_visit(patient_id, VisitInput(started_at=dt.datetime(1900, 1, 1, tzinfo=UTC)))
    assert _snapshot(sessions) == before


# --------------------------------------------------------------------------- the dialogs

def test_date_of_birth_editor_refuses_impossible_or_future_dates_and_keeps_the_text(qtbot):
    from PySide6.QtCore import QDate

    from bodymap.ui.panels.dialogs import PatientDialog
    dialog = PatientDialog()
    qtbot.addWidget(dialog)
    dialog.chart_number.setText("H-1")
    dialog.name.setText("Hostile Input")
    dialog.sex.setCurrentIndex(dialog.sex.findData("other"))
    for typed, message in (("30 Feb 2023", "is not a date"),
                           (QDate.currentDate().addDays(10).toString("yyyy-MM-dd"), "in the future"),
                           ("01 Jan 1700", "before 1890"),
                           ("03/04/1975", "could be read two ways")):
        dialog.dob.setText(typed)
        dialog._try_accept()
        assert message in dialog.error.text(), typed
        assert dialog.dob.text() == typed and dialog.result() == 0      # nothing changed behind the clinician
    dialog.name.setText("x" * 100_000)                  # the line edit holds at most MAX_NAME
    assert len(dialog.name.text()) == MAX_NAME


def test_visit_dialog_refuses_a_future_date_in_place(qtbot, service, sessions, chart):
    from PySide6.QtCore import QDateTime

    from bodymap.ui.panels.dialogs import VisitDialog
    patient_id = service.get_visit(chart).patient_id
    dialog = VisitDialog()
    qtbot.addWidget(dialog)
    dialog.submit = lambda data: service.create_visit(patient_id, data)
    dialog.started.setDateTime(QDateTime.currentDateTime().addDays(5))
    before = _snapshot(sessions)
    dialog.buttons.accepted.emit()
    assert dialog.result_value is None and not dialog.error.isHidden()
    assert "future" in dialog.error.text()
    assert _snapshot(sessions) == before
    dialog.started.setDateTime(QDateTime.currentDateTime().addSecs(-3600))
    dialog.buttons.accepted.emit()
    assert dialog.result_value is not None
    assert _snapshot(sessions)["visits"] == before["visits"] + 1
