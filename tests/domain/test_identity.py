"""Dates of birth are read in full or refused; names are compared folded."""
from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bodymap.domain.identity import may_be_same_person, name_key, parse_date_of_birth
from bodymap.errors import ValidationError

TODAY = dt.date(2026, 12, 5)


@pytest.mark.parametrize("typed", ["14 Mar 1975", "14 March 1975", "14 mar. 1975", "1975-03-14",
                                   "14.03.1975", "March 14, 1975", "  14   Mar 1975 "])
def test_a_typed_date_is_read_in_full(typed):
    assert parse_date_of_birth(typed, TODAY) == dt.date(1975, 3, 14)


@pytest.mark.parametrize("typed, message", [
    ("14 Mar", "not a date this form can read"),          # the old editor stored 01 Mar 1975 for less
    ("14 Mar 75", "not a date this form can read"),
    ("Mar 1975", "not a date this form can read"),
    ("31 Feb 1975", "is not a date"),
    ("1975-13-01", "there is no month 13"),
    ("14 Marc 1975", "is not a month"),
    ("03/04/1975", "could be read two ways"),
    ("14 Mar 1975x", "not a date this form can read"),
    ("6 Dec 2026", "in the future"),
    ("1 Jan 1889", "before 1890"),
    ("", "Enter the date of birth"),
])
def test_anything_else_is_refused_with_the_reason(typed, message):
    with pytest.raises(ValidationError, match=message):
        parse_date_of_birth(typed, TODAY)


@given(st.dates(min_value=dt.date(1890, 1, 1), max_value=TODAY))
def test_every_date_written_the_way_the_form_shows_it_reads_back_the_same(date):
    assert parse_date_of_birth(f"{date:%d %b %Y}", TODAY) == date
    assert parse_date_of_birth(date.isoformat(), TODAY) == date


def test_same_person_means_same_folded_name_and_no_conflicting_date():
    born = dt.date(1975, 3, 14)
    assert name_key("  Jamie   RIVERA ") == name_key("jamie rivera")
    assert name_key("MÜLLER") == name_key("müller")
    assert may_be_same_person("Jamie Rivera", born, "jamie  rivera", born)
    assert may_be_same_person("Jamie Rivera", None, "Jamie Rivera", born)       # a date unknown on one side
    assert not may_be_same_person("Jamie Rivera", born, "Jamie Rivera", dt.date(1975, 3, 15))
    assert not may_be_same_person("Jamie Rivera", born, "Jamie Riviera", born)
