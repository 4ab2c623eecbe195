"""The dermatome layer and the radicular-pain flag (bodymap/domain/dermatomes.py)."""
from __future__ import annotations

from dataclasses import dataclass

import pytest

from bodymap.domain import dermatomes as dm
from bodymap.domain import reference, referral
from bodymap.domain.diagrams import available_views, load_view


@dataclass(frozen=True)
class Zone:
    id: int
    view: str
    polygons: tuple
    intensity: int = 6


def zone(zone_id, view_id, regions, side="right") -> Zone:
    view = load_view(view_id)
    polys: list = []
    for rid in regions:
        region = view.region(rid, side if reference.is_paired(rid) else "midline")
        assert region is not None, (view_id, rid)
        polys += region.polygons
    return Zone(zone_id, view_id, tuple(polys))


def primary_zone(muscle_id, side="right") -> Zone:
    best = max((referral.pattern_on_view(muscle_id, side, v) for v in available_views()),
               key=lambda p: (p.primary_shown, -available_views().index(p.view_id)))
    return zone(1, best.view_id, [s.region.region_id for s in best.shapes if s.region.kind == referral.PRIMARY],
                side)


def test_the_layer_covers_c2_to_s2_with_known_regions_and_sources():
    assert dm.order()[0] == "C2" and dm.order()[-1] == "S2" and len(dm.order()) == 26
    regions = set(reference.region_ids())
    layer = dm._layer()["regions"]
    assert set(layer) <= regions
    assert {d for ds in layer.values() for d in ds} == set(dm.order())      # every dermatome has a region
    assert dm.dermatomes_of("temple") == ()                                # trigeminal: not in C2-S2
    assert dm.sources() and all(s["url"].startswith("http") for s in dm.sources())


@pytest.mark.parametrize("zones, side, expected", [
    # L5: lateral knee and leg on the side view, top of the foot and big toe on the foot close-up
    ([zone(1, "lateral_right", ["lateral_knee", "lateral_leg"]), zone(2, "foot_dorsal", ["foot_dorsum", "great_toe"])],
     "right", ("L5",)),
    # C8: inner forearm, front of the wrist, ring and little fingers
    ([zone(1, "anterior", ["forearm_ulnar"], "left"), zone(2, "hand_palmar", ["wrist_volar", "ring_little_fingers"], "left")],
     "left", ("C8",)),
    # S1: heel, arch and ball of the foot
    ([zone(1, "foot_plantar", ["heel", "plantar_arch", "plantar_forefoot"])], "right", ("S1",)),
    # C6-C7: outer forearm, thumb, index and middle finger
    ([zone(1, "anterior", ["forearm_radial"]), zone(2, "hand_dorsal", ["thumb", "index_finger", "middle_finger"])],
     "right", ("C6", "C7")),
])
def test_pain_along_one_or_two_dermatomes_raises_the_flag(zones, side, expected):
    flag = dm.radicular_flag(zones)
    assert flag is not None and flag.side == side and flag.dermatomes == expected
    assert flag.share >= dm.MIN_SHARE and len(flag.regions) >= dm.MIN_REGIONS
    which = "–".join(expected)
    assert flag.describe().startswith(f"Follows the {side} {which} dermatome")
    assert "consider radicular pain" in flag.describe()


@pytest.mark.parametrize("muscle_id", [
    "upper_trapezius", "sternocleidomastoid_sternal", "temporalis", "scalenes", "pectoralis_major",
    "infraspinatus", "supinator", "quadratus_lumborum", "gluteus_medius", "gluteus_minimus",
    "piriformis", "iliopsoas", "vastus_lateralis", "levator_scapulae",
])
def test_classic_myofascial_patterns_do_not_raise_it(muscle_id):
    assert dm.radicular_flag([primary_zone(muscle_id)]) is None


def test_few_primary_patterns_look_dermatomal_and_a_spot_never_does():
    flagged = [m.id for m in reference.muscles() if dm.radicular_flag([primary_zone(m.id)]) is not None]
    assert len(flagged) < 5, flagged        # documented in docs/SUGGESTIONS.md
    spot = [zone(1, "lateral_right", ["lateral_leg"])]                  # one region: no band
    assert dm.radicular_flag(spot) is None
    # the same band drawn on both legs is not one side's dermatome
    both = [zone(1, "foot_dorsal", ["foot_dorsum", "great_toe"]), zone(2, "foot_dorsal", ["foot_dorsum", "great_toe"], "left"),
            zone(3, "lateral_right", ["lateral_leg"]), zone(4, "lateral_left", ["lateral_leg"], "left")]
    assert dm.radicular_flag(both) is None
    assert dm.radicular_flag([]) is None


def test_the_demo_temple_and_neck_pain_is_not_flagged():
    zones = [zone(1, "anterior", ["temple"]), zone(2, "posterior", ["posterior_neck"])]
    assert dm.radicular_flag(zones) is None


def test_the_layer_outlines_a_dermatome_on_the_views_that_show_it():
    assert set(dm.regions_of(["L5"])) == {"lateral_knee", "lateral_leg", "foot_dorsum", "great_toe",
                                          "lesser_toes", "shin", "anterior_ankle"}
    side_view = dm.shapes_on_view(["L5"], "right", "lateral_right")
    assert len(side_view) == 2 and all(poly for shape in side_view for poly in shape)  # outer knee + leg
    assert dm.shapes_on_view(["L5"], "left", "lateral_right") == ()        # that view shows the right side
    assert dm.shapes_on_view(["C2"], "right", "posterior")                 # midline vertex / paired occiput
    assert dm.shapes_on_view(["L5"], "right", "head_lateral_right") == ()
