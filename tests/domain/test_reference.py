"""The trigger-point reference: typed records, lookups and search."""
from __future__ import annotations

import json
from importlib import resources

import pytest

from bodymap.domain import reference


def _raw():
    return json.loads(resources.files("bodymap.assets").joinpath(
        "reference/trigger_points.json").read_text("utf-8"))


def _ids(hits, n=None):
    return [h.muscle.id for h in hits[:n]]


def test_every_muscle_is_parsed_with_its_sources():
    raw = _raw()
    records = reference.muscles()
    assert len(records) == len(raw["muscles"]) == 83
    for entry, m in zip(raw["muscles"], records):
        assert m.id == entry["id"] and m.name == entry["name"]
        assert m.sources == tuple(entry["sources"]) and m.sources
        assert m.conditions == tuple(entry["associated_conditions"])
        assert m.referral.primary == tuple(entry["referral"]["primary"])
        assert m.referral.spillover == tuple(entry["referral"]["spillover"])
        assert m.referral.side in reference.SIDE_RULES
        assert m.confidence in reference.CONFIDENCE_LEVELS
        assert m.group_label and m.group_label != m.group
        assert [tp.label for tp in m.trigger_points] == [tp["label"] for tp in entry["trigger_points"]]
        for tp in m.trigger_points:
            assert tp.location and tp.region in reference.region_ids()
            assert all(r in reference.region_ids() for r in tp.refers_to)
        for rid in m.referral.regions:
            reference.region_label(rid)            # every referral region is known
    with pytest.raises(AttributeError):
        records[0].name = "x"                       # frozen


def test_existing_lookups_still_work():
    assert reference.muscle_name("upper_trapezius") == "Upper trapezius"
    assert reference.region_label("temple") == "Temple"
    assert reference.is_paired("temple") and not reference.is_paired("sternum")
    assert len(reference.region_ids()) == 91 and len(reference.muscle_ids()) == 83
    assert reference.muscle("masseter").group_label == "Head and jaw"
    assert reference.region("vertex").paired is False
    with pytest.raises(KeyError):
        reference.muscle("no_such_muscle")


def test_caveat_is_there():
    text = reference.caveat()
    assert text == reference.CAVEAT
    assert "not a diagnosis" in text and "population" in text


def test_search_by_name_any_case_and_alias():
    assert _ids(reference.search("MASSETER")) == ["masseter"]
    assert set(_ids(reference.search("trapezius"), 3)) == {"upper_trapezius", "middle_trapezius",
                                                           "lower_trapezius"}
    assert _ids(reference.search("fibularis"), 1) == ["peroneus_longus"]
    assert _ids(reference.search("trapezius upper"), 1) == ["upper_trapezius"]   # word order
    assert _ids(reference.search("infraspin"), 1) == ["infraspinatus"]          # while typing


def test_search_by_condition_tolerates_order_and_plurals():
    elbow = _ids(reference.search("tennis elbow"), 4)
    assert {"supinator", "brachioradialis", "extensor_carpi_radialis_longus"} <= set(elbow)
    head = reference.search("tension headache")
    assert "upper_trapezius" in _ids(head) and "temporalis" in _ids(head)
    assert _ids(reference.search("Headaches, tension")) == _ids(head)
    assert any("tension-type headache" in m for m in head[0].matches)


def test_search_by_body_area_and_group():
    thumb = _ids(reference.search("thumb"), 6)
    assert {"brachialis", "supinator"} & set(thumb)
    assert "gluteus_minimus" in _ids(reference.search("calves"))         # plural of 'calf'
    heel = _ids(reference.search("heel"), 5)
    assert {"soleus", "quadratus_plantae"} <= set(heel)
    foot = reference.search("foot")
    assert {"flexor_digitorum_brevis", "extensor_digitorum_brevis"} <= set(_ids(foot))
    assert reference.search("sternum")[0].score > 0


def test_search_ranks_name_over_area_and_breaks_ties_stably():
    hits = reference.search("scapula")
    assert hits[0].muscle.id == "levator_scapulae"                     # the name wins
    assert hits == reference.search("scapula")
    scores = [h.score for h in hits]
    assert scores == sorted(scores, reverse=True)


def test_search_edge_cases():
    assert len(reference.search("")) == 83 and len(reference.search("  the ")) == 83
    assert reference.search("xyzzy") == []
    assert reference.search("pain") != []                              # only soft words: kept
    assert len(reference.search("tennis elbow", limit=2)) == 2
    assert reference.stem("headaches") == "headache" and reference.stem("teeth") == "tooth"
