"""ChartService on both backends (the `service` fixture runs each test on SQLite and PostgreSQL)."""
from __future__ import annotations

import dataclasses
import datetime as dt
import itertools

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select, text

from bodymap import db
from bodymap.domain import reference
from bodymap.domain.charting import MAX_NAME, PatientInput, Sex, TriggerPointDetails, VisitInput, ZoneDetails
from bodymap.domain.diagrams import load_view
from bodymap.errors import NotFound, ValidationError
from bodymap.services.demo import blob, region_point
from tests.services.helpers import FULL_DETAILS, UTC, ZERO, counts, patient, visit

# --------------------------------------------------------------------------- patients

def test_create_and_get_patient(service):
    created = patient(service, chart=" A-17 ", name="  Jane Doe ", date_of_birth=dt.date(1980, 2, 29),
                      sex=Sex.FEMALE, notes="desk job")
    assert created.id > 0
    assert (created.chart_number, created.name, created.date_of_birth, created.sex, created.notes) == (
        "A-17", "Jane Doe", dt.date(1980, 2, 29), "female", "desk job")
    assert service.get_patient(created.id) == created
    assert service.find_patient("A-17") == created
    assert service.find_patient("  A-17 ") == created
    with pytest.raises(NotFound):
        service.get_patient(created.id + 1000)
    with pytest.raises(NotFound):
        service.find_patient("nope")


def test_search_by_name_or_chart_number_case_insensitive(service):
    anna = patient(service, chart="A-100", name="Anna Smith")
    bob = patient(service, chart="B-200", name="Bob Anderson")
    carl = patient(service, chart="ZZ-9", name="carl jones")

    def ids(text):
        return [p.id for p in service.search_patients(text)]

    assert set(ids("ANNA")) == {anna.id}
    assert set(ids("anderSON")) == {bob.id}
    assert set(ids("and")) == {bob.id}
    assert set(ids("a-1")) == {anna.id}          # chart number, case-insensitive
    assert set(ids("zz-")) == {carl.id}
    assert set(ids("  CARL  ")) == {carl.id}      # surrounding blanks ignored
    assert ids("") == [anna.id, bob.id, carl.id]  # all, by name
    assert ids("nobody") == []
    assert len(service.search_patients("", limit=2)) == 2


def test_search_treats_wildcards_literally(service):
    pct = patient(service, chart="P%1", name="Percent 100% Person")
    und = patient(service, chart="U_1", name="Under_Score")
    slash = patient(service, chart="S\\1", name="Back\\slash")
    plain = patient(service, chart="X11", name="Plain Name")

    def ids(text):
        return {p.id for p in service.search_patients(text)}

    assert ids("%") == {pct.id}
    assert ids("_") == {und.id}
    assert ids("0%") == {pct.id}
    assert ids("r_s") == {und.id}          # would match "Under_Score" only literally
    assert ids("p%1") == {pct.id}
    assert ids("\\") == {slash.id}
    assert ids("%%") == set()
    assert ids("x_1") == set()            # '_' is not "any character": X11 must not match
    assert plain.id in ids("plain")


def test_update_patient(service):
    p = patient(service, chart="C-1", name="Old Name")
    updated = service.update_patient(p.id, PatientInput(chart_number="C-2", name="New Name",
                                                        date_of_birth=dt.date(1990, 5, 6), sex="male"))
    assert updated.id == p.id
    assert (updated.chart_number, updated.name, updated.date_of_birth, updated.sex) == (
        "C-2", "New Name", dt.date(1990, 5, 6), "male")
    assert service.get_patient(p.id) == updated
    assert [x.id for x in service.search_patients("C-2")] == [p.id]
    assert service.search_patients("C-1") == []
    # keeping one's own chart number is not a duplicate
    again = service.update_patient(p.id, PatientInput(chart_number="C-2", name="Newer"))
    assert again.name == "Newer"


def test_duplicate_chart_number_refused_and_nothing_written(service, sessions):
    first = patient(service, chart="C-1", name="First")
    before = counts(sessions)
    with pytest.raises(ValidationError, match="C-1 is already in use"):
        patient(service, chart="C-1", name="Second")
    with pytest.raises(ValidationError, match="already in use"):
        patient(service, chart="  C-1  ", name="Third")
    assert counts(sessions) == before
    assert [p.name for p in service.search_patients("")] == ["First"]
    # and an update onto someone else's chart number is refused too, leaving both unchanged
    other = patient(service, chart="C-2", name="Other")
    with pytest.raises(ValidationError, match="already in use"):
        service.update_patient(other.id, PatientInput(chart_number="C-1", name="Renamed"))
    assert service.get_patient(other.id) == other
    assert service.get_patient(first.id) == first


@pytest.mark.parametrize("kwargs, message", [
    ({"name": ""}, "Name is required"),
    ({"name": "   "}, "Name is required"),
    ({"chart_number": ""}, "Chart number is required"),
    ({"date_of_birth": dt.date.today() + dt.timedelta(days=1)}, "in the future"),
])
def test_bad_patient_refused_and_nothing_written(service, sessions, kwargs, message):
    data = {"chart_number": "C-1", "name": "Jane"} | kwargs
    with pytest.raises(ValidationError, match=message):
        service.create_patient(PatientInput(**data))
    assert counts(sessions)["patients"] == 0


def test_ten_megabyte_name_refused_clearly(service, sessions):
    huge = "N" * (10 * 1024 * 1024)
    with pytest.raises(ValidationError) as info:
        service.create_patient(PatientInput(chart_number="C-1", name=huge))
    message = str(info.value)
    assert message.startswith("Name is too long") and f"at most {MAX_NAME}" in message
    assert len(message) < 120
    assert counts(sessions)["patients"] == 0
    p = patient(service)
    with pytest.raises(ValidationError, match="Name is too long"):
        service.update_patient(p.id, PatientInput(chart_number="C-1", name=huge))
    assert service.get_patient(p.id).name == "Jane Doe"


_chart_numbers = itertools.count(1)
_text = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), max_size=30)


@st.composite
def patient_inputs(draw):
    name = draw(_text.filter(lambda s: s.strip()))
    return PatientInput(
        chart_number=f"H{next(_chart_numbers)}-" + draw(_text)[:20],
        name=name,
        date_of_birth=draw(st.none() | st.dates(dt.date(1890, 1, 1), dt.date.today())),
        sex=draw(st.sampled_from(list(Sex))),
        notes=draw(_text),
    )


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=patient_inputs())
def test_any_valid_patient_round_trips(service, data):
    expected = data.validated()
    created = service.create_patient(data)
    assert (created.chart_number, created.name, created.date_of_birth, created.sex, created.notes) == (
        expected.chart_number, expected.name, expected.date_of_birth, expected.sex.value, expected.notes)
    assert service.get_patient(created.id) == created
    assert service.find_patient(expected.chart_number) == created
    assert created.id in {p.id for p in service.search_patients(expected.chart_number)}


# --------------------------------------------------------------------------- visits

def test_create_and_list_visits_with_counts(service):
    p = patient(service)
    other = patient(service, chart="C-2", name="Other")
    old = visit(service, p.id, days_ago=10, clinician="Dr. A", chief_complaint="neck", overall_pain=6)
    new = visit(service, p.id, days_ago=1)
    elsewhere = visit(service, other.id, days_ago=5)
    assert (old.patient_id, old.clinician, old.chief_complaint, old.overall_pain, old.status) == (
        p.id, "Dr. A", "neck", 6, "draft")
    assert (old.trigger_point_count, old.zone_count) == (0, 0)

    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    for _ in range(3):
        service.add_trigger_point(old.id, "posterior", x, y)
    service.add_trigger_point(new.id, "posterior", x, y)
    tx, ty = region_point("anterior", "temple", "right")
    service.add_zone(old.id, "anterior", blob(tx, ty, 0.02, 0.02))
    service.add_zone(old.id, "anterior", blob(tx, ty, 0.01, 0.01))

    listed = service.list_visits(p.id)
    assert [v.id for v in listed] == [new.id, old.id]  # newest first
    assert [(v.trigger_point_count, v.zone_count) for v in listed] == [(1, 0), (3, 2)]
    everything = service.list_visits()
    assert [v.id for v in everything] == [new.id, elsewhere.id, old.id]
    assert {v.id: v.trigger_point_count for v in everything}[elsewhere.id] == 0
    assert service.get_visit(old.id).trigger_point_count == 3
    assert service.get_visit(old.id).zone_count == 2
    with pytest.raises(NotFound):
        service.create_visit(p.id + 1000, VisitInput())


def test_update_and_sign_visit(service, draft):
    from tests.accounts import act_as_clinician
    _p, v = draft
    act_as_clinician(service, "drb", "Dr. B")     # signing needs accounts: "Dr. B" names this one
    updated = service.update_visit(v.id, VisitInput(started_at=v.started_at, clinician="Dr. B",
                                                    chief_complaint="low back", overall_pain=3))
    assert (updated.clinician, updated.chief_complaint, updated.overall_pain) == ("Dr. B", "low back", 3)
    signed = service.sign_visit(v.id)
    assert signed.status == "signed" and signed.is_signed
    assert service.get_visit(v.id).status == "signed"


def test_visit_timestamps_come_back_timezone_aware_utc(service, sessions, draft, backend, request):
    """Every timestamp read back is aware and in UTC, whatever the server's time zone.

    On PostgreSQL the test database is switched to a non-UTC TimeZone first (clinic servers run
    in local time), so values would come back with that offset unless the app converts them.
    """
    engine = sessions.kw["bind"]
    if backend == "postgresql":
        server = request.getfixturevalue("pg_server")
        with server.connect() as conn:
            conn.execute(f'ALTER DATABASE "{engine.url.database}" SET timezone TO \'America/New_York\'')
        engine.dispose()
    p, _v = draft
    local = dt.timezone(dt.timedelta(hours=2))
    started = dt.datetime(2024, 3, 1, 9, 30, tzinfo=local)
    v = service.create_visit(p.id, VisitInput(started_at=started))
    service.sign_visit(v.id)
    for record in (v, service.get_visit(v.id), *service.list_visits(p.id), service.get_chart(v.id).visit):
        assert record.started_at.utcoffset() == ZERO, f"{backend}: {record.started_at!r} is not aware UTC"
    assert service.get_visit(v.id).started_at == started
    with sessions() as s:
        row = s.get(db.Visit, v.id)
        for name in ("started_at", "signed_at", "created_at", "updated_at"):
            value = getattr(row, name)
            assert value.utcoffset() == ZERO, f"{backend}: Visit.{name} = {value!r} is not aware UTC"
        assert row.started_at == started
        assert abs(row.created_at - dt.datetime.now(UTC)) < dt.timedelta(minutes=5)


def test_timestamp_with_offset_is_read_back_as_the_same_instant_in_utc(sessions, backend):
    """A timestamp stored as 10:00+02:00 is the instant 08:00 UTC on both backends."""
    with sessions.begin() as s:
        p = db.Patient(chart_number="T-1", name="T")
        s.add(p)
        s.flush()
        s.add(db.Visit(patient_id=p.id, started_at=dt.datetime(2024, 1, 1, 10, 0,
                                                               tzinfo=dt.timezone(dt.timedelta(hours=2)))))
    with sessions() as s:
        started = s.scalars(select(db.Visit.started_at)).one()
    assert started == dt.datetime(2024, 1, 1, 8, 0, tzinfo=UTC), f"{backend}: read back {started!r}"


# --------------------------------------------------------------------------- trigger points

def test_trigger_point_region_and_side_resolved_from_the_diagram(service, draft):
    _p, v = draft
    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    assert x > 0.5  # posterior view: the patient's right is on the viewer's right
    tp = service.add_trigger_point(v.id, "posterior", x, y)
    assert (tp.view, tp.region, tp.side) == ("posterior", "upper_trapezius_ridge", "right")
    assert tp.region_label == reference.region_label("upper_trapezius_ridge")
    assert (tp.x, tp.y) == (round(x, 5), round(y, 5))
    assert tp.diagram_version == load_view("posterior").version
    assert tp.visit_id == v.id and tp.carried is False

    lx, ly = region_point("posterior", "upper_trapezius_ridge", "left")
    assert lx < 0.5
    assert service.add_trigger_point(v.id, "posterior", lx, ly).side == "left"
    ax, ay = region_point("anterior", "pectoral", "right")
    assert ax < 0.5  # anterior view: the patient's right is on the viewer's left
    front = service.add_trigger_point(v.id, "anterior", ax, ay)
    assert (front.region, front.side) == ("pectoral", "right")
    mx, my = region_point("anterior", "sternum", "midline")
    assert service.add_trigger_point(v.id, "anterior", mx, my).side == "midline"


def test_trigger_point_details_round_trip(service, draft):
    _p, v = draft
    x, y = region_point("posterior", "upper_trapezius_ridge", "right")
    tp = service.add_trigger_point(v.id, "posterior", x, y, FULL_DETAILS)
    assert tp.status == "latent"
    assert tp.findings == FULL_DETAILS.findings
    assert (tp.pressure_pain, tp.needled, tp.needle_size, tp.depth_mm, tp.twitch_responses, tp.notes) == (
        7, True, "0.30 x 50 mm", 22.5, 4, "Reproduces headache")
    assert service.get_chart(v.id).trigger_points == (tp,)

    changed = service.update_trigger_point(tp.id, TriggerPointDetails(findings=frozenset({"spot_tenderness"})))
    assert changed.findings == frozenset({"spot_tenderness"})
    assert (changed.status, changed.needled, changed.depth_mm, changed.notes) == ("active", False, None, "")
    assert (changed.region, changed.side, changed.x, changed.y) == (tp.region, tp.side, tp.x, tp.y)
    assert service.get_chart(v.id).trigger_points == (changed,)


def test_trigger_point_off_the_body_refused_and_nothing_written(service, sessions, draft):
    _p, v = draft
    before = counts(sessions)
    with pytest.raises(ValidationError, match="on the body"):
        service.add_trigger_point(v.id, "posterior", 0.02, 0.02)
    with pytest.raises(ValidationError, match="on the diagram"):
        service.add_trigger_point(v.id, "posterior", 1.5, 0.5)
    with pytest.raises(ValidationError, match="Unknown diagram view"):
        service.add_trigger_point(v.id, "lateral", 0.5, 0.5)
    with pytest.raises(ValidationError, match="Unknown finding"):
        service.add_trigger_point(v.id, "posterior", *region_point("posterior", "calf", "left"),
                                  TriggerPointDetails(findings=frozenset({"bogus"})))
    with pytest.raises(NotFound):
        service.add_trigger_point(v.id + 1000, "posterior", *region_point("posterior", "calf", "left"))
    assert counts(sessions) == before


def test_move_re_resolves_region_and_side(service, draft):
    _p, v = draft
    tp = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "upper_trapezius_ridge", "right"),
                                   FULL_DETAILS)
    lx, ly = region_point("posterior", "medial_scapular_border", "left")
    moved = service.move_trigger_point(tp.id, lx, ly)
    assert (moved.id, moved.region, moved.side, moved.x, moved.y) == (
        tp.id, "medial_scapular_border", "left", round(lx, 5), round(ly, 5))
    assert moved.findings == tp.findings and moved.notes == tp.notes  # details untouched
    with pytest.raises(ValidationError, match="on the body"):
        service.move_trigger_point(tp.id, 0.02, 0.02)
    assert service.get_chart(v.id).trigger_points == (moved,)


def test_delete_then_restore_gives_back_the_identical_record(service, draft):
    _p, v = draft
    keep = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "calf", "left"))
    tp = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "upper_trapezius_ridge", "right"),
                                   FULL_DETAILS)
    deleted = service.delete_trigger_point(tp.id)
    assert deleted == tp
    assert service.get_chart(v.id).trigger_points == (keep,)
    assert service.get_visit(v.id).trigger_point_count == 1
    restored = service.restore_trigger_point(deleted)
    assert restored == tp  # same id, same everything
    assert service.get_chart(v.id).trigger_points == (keep, tp)
    # the id sequence is not disturbed by the explicit id (matters on PostgreSQL)
    later = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "calf", "right"))
    assert later.id not in (keep.id, tp.id)


def test_delete_then_restore_carried_trigger_point_keeps_it_carried(service, draft):
    p, v = draft
    service.add_trigger_point(v.id, "posterior", *region_point("posterior", "upper_trapezius_ridge", "right"))
    follow_up = service.create_visit(p.id, VisitInput(), carry_forward_from=v.id)
    (carried,) = service.get_chart(follow_up.id).trigger_points
    assert carried.carried is True
    restored = service.restore_trigger_point(service.delete_trigger_point(carried.id))
    assert restored.carried is True, (
        "undoing the deletion of a carried-forward trigger point loses its carried-forward link "
        "(services.restore_trigger_point does not restore carried_from_id)")
    assert restored == carried


def test_undo_of_trigger_point_deletion_restores_the_whole_chart(service, draft):
    """Deleting a trigger point that a zone refers from, then undoing, gives back the same chart."""
    _p, v = draft
    tp = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "upper_trapezius_ridge", "right"))
    tx, ty = region_point("posterior", "posterior_neck", "right")
    service.add_zone(v.id, "posterior", blob(tx, ty, 0.02, 0.02),
                     ZoneDetails(source_trigger_point_ids=frozenset({tp.id})))
    before = service.get_chart(v.id)
    service.restore_trigger_point(service.delete_trigger_point(tp.id))
    after = service.get_chart(v.id)
    assert after.zones[0].source_ids == before.zones[0].source_ids, (
        "undo of a trigger point deletion does not re-link the zones referred from it")
    # the visit's version counts every change (two here: the deletion and its undo)
    assert after.visit.version == before.visit.version + 2
    assert dataclasses.replace(after, visit=before.visit) == before


# --------------------------------------------------------------------------- signing, carrying

def test_signed_visit_refuses_changes(service, sessions, draft):
    _p, v = draft
    tp = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "upper_trapezius_ridge", "right"))
    zone = service.add_zone(v.id, "posterior", blob(*region_point("posterior", "posterior_neck", "right"), 0.01, 0.01))
    service.sign_visit(v.id)
    chart, before = service.get_chart(v.id), counts(sessions)
    x, y = region_point("posterior", "calf", "left")
    attempts = [
        lambda: service.add_trigger_point(v.id, "posterior", x, y),
        lambda: service.move_trigger_point(tp.id, x, y),
        lambda: service.update_trigger_point(tp.id, FULL_DETAILS),
        lambda: service.delete_trigger_point(tp.id),
        lambda: service.restore_trigger_point(dataclasses.replace(tp, id=tp.id + 1000)),
        lambda: service.add_zone(v.id, "posterior", blob(x, y, 0.01, 0.01)),
        lambda: service.update_zone(zone.id, ZoneDetails(notes="changed")),
        lambda: service.reshape_zone(zone.id, blob(x, y, 0.01, 0.01)),
        lambda: service.delete_zone(zone.id),
        lambda: service.update_visit(v.id, VisitInput(clinician="someone else")),
        lambda: service.sign_visit(v.id),
    ]
    for attempt in attempts:
        with pytest.raises(ValidationError, match="signed"):
            attempt()
    assert service.get_chart(v.id) == chart
    assert counts(sessions) == before


def test_carry_forward_copies_trigger_points(service, draft):
    p, v = draft
    first = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "upper_trapezius_ridge", "right"),
                                      FULL_DETAILS)
    second = service.add_trigger_point(v.id, "anterior", *region_point("anterior", "pectoral", "left"))
    service.add_zone(v.id, "anterior", blob(*region_point("anterior", "temple", "right"), 0.01, 0.01))
    from bodymap.services.safety import demo_safety_record
    demo_safety_record(service, v.id)   # the needled point is counted out, so the visit can be signed
    service.sign_visit(v.id)  # carrying forward from a signed visit is the normal case
    follow_up = service.create_visit(p.id, VisitInput(), carry_forward_from=v.id)
    assert (follow_up.trigger_point_count, follow_up.zone_count) == (2, 0)
    copies = service.get_chart(follow_up.id).trigger_points
    assert len(copies) == 2
    for original, copy in zip((first, second), copies):
        assert copy.carried is True
        assert copy.id not in (first.id, second.id)
        assert copy.visit_id == follow_up.id
        assert (copy.view, copy.x, copy.y, copy.region, copy.side, copy.status) == (
            original.view, original.x, original.y, original.region, original.side, original.status)
        assert copy.findings == frozenset() and copy.notes == ""  # findings are re-examined each visit
    assert all(not tp.carried for tp in service.get_chart(v.id).trigger_points)
    assert service.get_chart(v.id).trigger_points == (first, second)


def test_carry_forward_from_another_patient_refused_and_nothing_written(service, sessions, draft):
    p, v = draft
    service.add_trigger_point(v.id, "posterior", *region_point("posterior", "calf", "left"))
    other = patient(service, chart="C-2", name="Other")
    before = counts(sessions)
    with pytest.raises(ValidationError, match="same patient"):
        service.create_visit(other.id, VisitInput(), carry_forward_from=v.id)
    with pytest.raises(NotFound):
        service.create_visit(p.id, VisitInput(), carry_forward_from=v.id + 1000)
    assert counts(sessions) == before
    assert service.list_visits(other.id) == []


# --------------------------------------------------------------------------- deleting a patient

def test_deleting_a_patient_cascades(service, sessions, draft):
    p, v = draft
    keep = patient(service, chart="K-1", name="Kept")
    kept_visit = visit(service, keep.id)
    tp = service.add_trigger_point(v.id, "posterior", *region_point("posterior", "upper_trapezius_ridge", "right"))
    service.add_zone(v.id, "posterior", blob(*region_point("posterior", "posterior_neck", "right"), 0.01, 0.01),
                     ZoneDetails(source_trigger_point_ids=frozenset({tp.id})))
    service.create_visit(p.id, VisitInput(), carry_forward_from=v.id)
    service.add_trigger_point(kept_visit.id, "anterior", *region_point("anterior", "pectoral", "left"))
    before = counts(sessions)
    assert before == {"patients": 2, "visits": 3, "trigger_points": 3, "pain_zones": 1, "zone_sources": 1}

    with sessions.begin() as s:
        s.delete(s.get(db.Patient, p.id))
    assert counts(sessions) == {"patients": 1, "visits": 1, "trigger_points": 1, "pain_zones": 0,
                                "zone_sources": 0}
    assert [x.id for x in service.search_patients("")] == [keep.id]
    assert [x.id for x in service.list_visits()] == [kept_visit.id]
    with pytest.raises(NotFound):
        service.get_visit(v.id)


def test_deleting_a_patient_in_plain_sql_cascades_in_the_database(sessions, service, draft):
    """The cascade lives in the schema, not only in the ORM."""
    p, v = draft
    service.add_trigger_point(v.id, "posterior", *region_point("posterior", "calf", "left"))
    with sessions.begin() as s:
        s.execute(text("DELETE FROM patients WHERE id = :id"), {"id": p.id})
    assert counts(sessions) == {"patients": 0, "visits": 0, "trigger_points": 0, "pain_zones": 0,
                                "zone_sources": 0}


def test_patient_details_edited_on_two_workstations_never_overwrite_each_other(service):
    """update_patient had no version check: the later save silently replaced the earlier one."""
    from bodymap.errors import ConflictError
    from bodymap.services import ChartService
    here, there = service, ChartService(service.sessions)
    loaded = here.create_patient(PatientInput(chart_number="TW-1", name="Two Rooms"))
    assert loaded.version == 1
    saved = there.update_patient(loaded.id, PatientInput(chart_number="TW-1", name="Two Rooms",
                                                         notes="allergic to latex"), expected_version=loaded.version)
    assert saved.version == 2
    with pytest.raises(ConflictError, match="another workstation"):
        here.update_patient(loaded.id, PatientInput(chart_number="TW-1", name="Two Rooms Renamed"),
                            expected_version=loaded.version)
    stored = here.get_patient(loaded.id)
    assert (stored.name, stored.notes, stored.version) == ("Two Rooms", "allergic to latex", 2)
    assert [p.version for p in here.search_patients("Two Rooms")] == [2]       # the list carries it too
    again = here.update_patient(loaded.id, PatientInput(chart_number="TW-1", name="Two Rooms Renamed",
                                                        notes="allergic to latex"), expected_version=stored.version)
    assert again.version == 3


def test_chart_numbers_differing_by_case_or_spaces_are_the_same_chart(service):
    """'demo-0001 ' got past the duplicate check and --patient then found the other patient."""
    first = service.create_patient(PatientInput(chart_number="DEMO-0001", name="First Person"))
    for same in ("demo-0001", " Demo-0001 ", "DEMO-0001"):
        with pytest.raises(ValidationError, match="already in use"):
            service.create_patient(PatientInput(chart_number=same, name="Second Person"))
        assert service.find_patient(same).id == first.id
    other = service.create_patient(PatientInput(chart_number="DEMO-0002", name="Other Person"))
    with pytest.raises(ValidationError, match="already in use"):
        service.update_patient(other.id, PatientInput(chart_number="demo-0001", name="Other Person"))
    renamed = service.update_patient(first.id, PatientInput(chart_number="demo-0001", name="First Person"))
    assert renamed.chart_number == "demo-0001"                      # its own number, in another case


def test_an_import_compares_chart_numbers_the_same_way(service):
    from bodymap.errors import ChartNumberConflict
    from bodymap.services.exchange import ExchangeService
    service.create_patient(PatientInput(chart_number="IMP-7", name="Already Here"))
    exchange = ExchangeService.for_service(service)
    document = exchange.export_document(chart_number="imp-7 ")       # found the same way
    document["patients"][0]["chart_number"] = "imp-7"
    with pytest.raises(ChartNumberConflict, match="already in use"):
        exchange.import_document(document, "refuse")
    summary = exchange.import_document(document, "rename")
    assert summary.renamed == {"imp-7": "imp-7-2"}
