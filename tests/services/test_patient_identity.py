"""A second chart for the same person is made only when the clinician says it is a different
person (both backends)."""
from __future__ import annotations

import datetime as dt

import pytest

from bodymap.domain.charting import PatientInput, Sex
from bodymap.errors import PossibleDuplicatePatient
from tests.services.helpers import counts

BORN = dt.date(1975, 3, 14)


def _input(chart, name="Jamie Rivera", born=BORN, sex=Sex.FEMALE):
    return PatientInput(chart_number=chart, name=name, date_of_birth=born, sex=sex)


def test_same_name_and_birth_date_asks_first_and_writes_nothing(service, sessions):
    first = service.create_patient(_input("A-1"))
    before = counts(sessions)
    with pytest.raises(PossibleDuplicatePatient, match="is this the same person") as refused:
        service.create_patient(_input("A-2", name="  jamie   RIVERA "))
    assert [p.id for p in refused.value.matches] == [first.id]
    assert counts(sessions) == before
    second = service.create_patient(_input("A-2", name="Jamie Rivera"), same_person_checked=True)
    assert second.id != first.id


@pytest.mark.parametrize("existing_born, new_born, asks", [
    (BORN, BORN, True),
    (None, BORN, True),           # the date is unknown on the chart on record
    (BORN, None, True),           # ...or on the new one: the name alone decides
    (BORN, dt.date(1975, 3, 15), False),
])
def test_the_date_decides_only_when_both_are_known(service, existing_born, new_born, asks):
    service.create_patient(_input("B-1", born=existing_born))
    found = service.possible_duplicates(_input("B-2", born=new_born))
    assert bool(found) is asks


def test_non_ascii_names_fold_on_both_backends(service):
    service.create_patient(_input("M-1", name="Jürgen MÜLLER"))
    assert [p.chart_number for p in service.possible_duplicates(_input("M-2", name="jürgen müller"))] == ["M-1"]


def test_renaming_into_another_patients_identity_asks_too(service):
    service.create_patient(_input("C-1"))
    other = service.create_patient(_input("C-2", name="Sam Ortiz"))
    with pytest.raises(PossibleDuplicatePatient):
        service.update_patient(other.id, _input("C-2"), expected_version=other.version)
    # editing only the notes of a patient who already shares a name does not ask again
    twin = service.create_patient(_input("C-3"), same_person_checked=True)
    edited = service.update_patient(twin.id, PatientInput(chart_number="C-3", name="Jamie Rivera",
                                                          date_of_birth=BORN, sex=Sex.FEMALE, notes="left-handed"),
                                    expected_version=twin.version)
    assert edited.notes == "left-handed"
