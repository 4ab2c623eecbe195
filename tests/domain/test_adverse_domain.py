"""The after-needling vocabulary without a database: session input, event classification, rates."""
from __future__ import annotations

import pytest

from bodymap.domain import adverse as adv
from bodymap.domain import safety as dom
from bodymap.errors import ValidationError


def test_the_old_names_still_come_from_domain_safety():
    assert dom.AdverseKind is adv.AdverseKind and dom.AdverseEventInput is adv.AdverseEventInput
    assert [s.value for s in dom.Severity] == ["mild", "significant", "serious"]


def test_every_type_has_a_label_and_the_list_is_the_agreed_one():
    assert [k.value for k in adv.AdverseKind] == [
        "bleeding", "bruising", "pain_during", "pain_after_24h", "aggravation", "fainting", "nausea", "headache",
        "drowsiness", "nerve_irritation", "pneumothorax", "other"]
    assert all(adv.ADVERSE_LABELS[k] for k in adv.AdverseKind)
    assert adv.kind_label("stuck_needle") == "Stuck needle"          # unknown kinds still show


def test_near_miss_has_no_severity_and_an_event_needs_one():
    near = adv.AdverseEventInput("bleeding", "serious", near_miss=True).validated()
    assert near.severity is None and near.near_miss
    assert not adv.is_urgent("pneumothorax", near_miss=True) and adv.is_urgent("pneumothorax")
    with pytest.raises(ValidationError, match="mild, significant or serious"):
        adv.AdverseEventInput("bleeding", None).validated()
    assert adv.AdverseEventInput("pneumothorax", "significant", onset="in_clinic").validated().onset \
        is adv.Onset.AFTER_IN_CLINIC


def test_session_input():
    assert adv.SessionInput("", "", "  ").validated() == adv.SessionInput(None, None, "")
    assert not adv.SessionInput().validated().recorded
    with pytest.raises(ValidationError, match="Immediate outcome must be one of"):
        adv.SessionInput(outcome="better").validated()
    assert adv.tolerance_label(None) == "Not recorded" and adv.outcome_label("improved").startswith("Improved")


def test_rates_per_1000():
    # 3 events over 7 points and 2 visits: 3000 / 7 = 428.57 -> 428.6; 3000 / 2 = 1500.0
    s = adv.summarise([("bruising", "mild", False), ("bruising", "mild", False), ("nausea", "significant", False),
                       ("other", None, True)], visits=2, points=7)
    assert s.total == adv.Rate("All adverse events", 3, 428.6, 1500.0)
    assert [(r.label, r.events) for r in s.by_severity] == [("Mild", 2), ("Significant", 1), ("Serious", 0)]
    assert [(r.label, r.events, r.per_1000_points) for r in s.by_kind] == [("Bruising", 2, 285.7), ("Nausea", 1, 142.9)]
    assert s.near_misses.events == 1 and [r.label for r in s.near_misses_by_kind] == ["Other"]
    assert adv.per_1000(5, 0) is None
