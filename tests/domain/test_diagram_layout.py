"""Geometric claims about the drawn diagrams: sites spread apart, the lateral arm clear of the hip,
hand and foot muscles with their sites."""
from __future__ import annotations

import itertools
import math

import pytest

from bodymap.domain.diagrams import VIEW_IDS, load_view

# no two trigger-point sites of a view closer than this share of the view's width
SITE_SPACING = 0.012


@pytest.mark.parametrize("view_id", VIEW_IDS)
def test_no_two_sites_on_one_point(view_id):
    view = load_view(view_id)
    width = view.aspect  # in diagram heights

    def apart(a, b):
        return math.hypot((a.x - b.x) * width, a.y - b.y) / width

    closest = min(itertools.combinations(view.sites, 2), key=lambda ab: apart(*ab))
    a, b = closest
    assert apart(a, b) >= SITE_SPACING, (view_id, a, b, apart(a, b))


def test_formerly_shared_points_are_apart():
    """The pairs that used to sit on one point are told apart by a click."""
    for view_id, (m1, t1), (m2, t2) in (
            ("posterior", ("splenius_capitis", "TP1"), ("splenius_cervicis", "TP1")),
            ("head_posterior", ("splenius_capitis", "TP1"), ("splenius_cervicis", "TP1")),
            ("anterior", ("lateral_pterygoid", "TP1"), ("lateral_pterygoid", "TP2")),
            ("lateral_left", ("gluteus_medius", "TP2"), ("gluteus_minimus", "TP2"))):
        view = load_view(view_id)
        for side in {s.side for s in view.sites_of(m1)}:
            a = next(s for s in view.sites_of(m1, side) if s.label == t1)
            b = next(s for s in view.sites_of(m2, side) if s.label == t2)
            site, _ = view.nearest_site(a.x, a.y)
            assert site == a
            site, _ = view.nearest_site(b.x, b.y)
            assert site == b


# -- the lateral views: the arm clear of the hip ------------------------------------------------

LATERAL = ("lateral_left", "lateral_right")
HIP_MUSCLES = ("tensor_fasciae_latae", "gluteus_medius", "gluteus_minimus", "gluteus_maximus")
ARM_REGIONS = ("lateral_arm", "lateral_epicondyle", "forearm_radial")
FOREARM_MUSCLES = ("brachioradialis", "extensor_carpi_radialis_longus",
                   "extensor_carpi_radialis_brevis", "extensor_digitorum", "supinator")


def shape(rings):
    from shapely.geometry import Polygon
    from shapely.ops import unary_union
    return unary_union([Polygon(r) for r in rings])


def arm_of(view):
    from shapely.ops import unary_union
    return unary_union([shape(r.polygons) for r in view.regions if r.id in ARM_REGIONS])


@pytest.mark.parametrize("view_id", LATERAL)
def test_arm_is_clear_of_the_hip_muscles(view_id):
    view = load_view(view_id)
    arm = arm_of(view)
    for mid in HIP_MUSCLES:
        muscle = shape(view.muscle(mid, view.single_side).polygons)
        assert arm.distance(muscle) > 0.002, (view_id, mid, arm.distance(muscle))


@pytest.mark.parametrize("view_id", LATERAL)
def test_forearm_muscles_lie_inside_the_arm(view_id):
    view = load_view(view_id)
    arm = arm_of(view).buffer(1e-4)
    for mid in FOREARM_MUSCLES:
        muscle = shape(view.muscle(mid, view.single_side).polygons)
        assert muscle.difference(arm).area <= 0.01 * muscle.area, (view_id, mid)


@pytest.mark.parametrize("view_id", LATERAL)
def test_gluteal_sites_are_on_the_gluteal_muscles(view_id):
    """locate at each gluteal trigger point reports that muscle, not a forearm muscle."""
    view = load_view(view_id)
    for mid in ("gluteus_medius", "gluteus_minimus", "tensor_fasciae_latae"):
        for s in view.sites_of(mid):
            deep = mid == "gluteus_minimus"
            where = view.locate(s.x, s.y, include_deep=deep)
            assert where.muscle.muscle_id == mid, (view_id, mid, s.label, where.muscle)
            assert where.site == s
            assert where.region.region_id not in ARM_REGIONS


@pytest.mark.parametrize("view_id", LATERAL)
def test_the_hand_has_five_fingers(view_id):
    """Across the fingers a vertical line meets four fingers; nearer the knuckles, the thumb is
    apart from the rest of the hand."""
    from shapely.geometry import LineString
    view = load_view(view_id)
    hand = shape(view.region("forearm_radial", view.single_side).polygons)

    def pieces(x):
        x = x if view.facing == "left" else 1 - x
        cut = hand.intersection(LineString([(x, 0.3), (x, 0.45)]))
        return len(getattr(cut, "geoms", [cut]))
    assert pieces(0.19) == 4      # index, middle, ring, little
    assert pieces(0.242) == 2     # the thumb, and the hand
    wrist = view.landmark("wrist", view.single_side)
    elbow = view.landmark("lateral_epicondyle", view.single_side)
    assert abs(wrist.y - elbow.y) < 0.02  # the elbow is bent: the forearm points forward
    assert (wrist.x < elbow.x) == (view.facing == "left")


def test_version_1_marks_keep_their_meaning():
    """Marks made on version 1 (the arm hanging over the hip) land, mapped through the landmarks
    and the moved forearm and hand, in the region they were recorded in."""
    import json
    from pathlib import Path
    v1 = json.loads((Path(__file__).parent / "data" / "lateral_left_v1_marks.json").read_text())
    for view_id in LATERAL:
        view = load_view(view_id)
        assert view.version == 2
        moved = same = 0
        crest = 0
        for x, y, index in v1["points"]:
            region = v1["regions"][index]
            if view_id == "lateral_right":
                x = 1 - x
            nx, ny = view.map_from_version(1, x, y)
            hit = view.region_at(nx, ny)
            assert hit is not None, (view_id, x, y, region)
            if {region, hit.region_id} == {"flank", "iliac_crest"} and 0.40 <= y <= 0.43:
                crest += 1  # version 1's arm cut the crest band in pieces, the small ones went
                continue    # to the flank and back; version 2 has the whole band
            assert hit.region_id == region, (view_id, x, y, region, hit)
            far = math.hypot(nx - x, ny - y) > 1e-6
            moved += far
            same += not far
        assert moved > 100 and same > 1500 and crest <= 15


# -- hands and feet: the intrinsic muscles -----------------------------------------------------

INTRINSIC = {
    "hand_dorsal": ("first_dorsal_interosseous", "abductor_digiti_minimi_hand"),
    "hand_palmar": ("adductor_pollicis", "opponens_pollicis", "abductor_digiti_minimi_hand"),
    "foot_plantar": ("abductor_digiti_minimi_foot", "abductor_hallucis", "flexor_digitorum_brevis",
                     "quadratus_plantae"),
    "foot_dorsal": ("extensor_digitorum_brevis", "extensor_hallucis_brevis",
                    "dorsal_interossei_foot"),
}


@pytest.mark.parametrize("view_id", sorted(INTRINSIC))
def test_hand_and_foot_muscles_with_sites_inside(view_id):
    from shapely.geometry import Point

    from bodymap.domain import reference
    view = load_view(view_id)
    hand_or_foot = {"hand_dorsal": ("hand_dorsal", "thumb", "index_finger"),
                    "hand_palmar": ("palm", "thumb"),
                    "foot_plantar": ("plantar_arch", "plantar_forefoot", "heel"),
                    "foot_dorsal": ("foot_dorsum", "lateral_ankle_foot")}[view_id]
    for mid in INTRINSIC[view_id]:
        muscle = reference.muscle(mid)
        assert muscle.sources and muscle.referral.primary, mid
        for side in ("left", "right"):
            outline = shape(view.muscle(mid, side).polygons)
            sites = view.sites_of(mid, side)
            assert [s.label for s in sites] == [tp.label for tp in muscle.trigger_points]
            for s in sites:
                assert outline.contains(Point(s.x, s.y)), (view_id, mid, side)
                hit = view.region_at(s.x, s.y)
                assert hit.side == side and hit.region_id in hand_or_foot, (mid, hit)
                # the site is on the muscle a click there names (deep ones with the deep layer)
                deep = view.muscle(mid, side).layer == "deep"
                assert view.locate(s.x, s.y, include_deep=deep).muscle.muscle_id == mid


def test_new_reference_muscles_have_their_patterns_on_the_views():
    from bodymap.domain.referral import pattern_on_view
    for mid, view_id in (("first_dorsal_interosseous", "hand_dorsal"),
                         ("adductor_pollicis", "hand_palmar"),
                         ("abductor_digiti_minimi_foot", "foot_plantar"),
                         ("dorsal_interossei_foot", "foot_dorsal")):
        pattern = pattern_on_view(mid, "left", view_id)
        assert pattern.shapes and pattern.sites, mid


@pytest.mark.parametrize("view_id", ("anterior", "posterior"))
def test_full_body_hands_have_four_fingers_and_a_thumb(view_id):
    """Three clefts from the knuckles to the fingertips in each hand (the thumb stands apart in
    the outline): drawn as contours, so the version-1 outline and regions stay as they were."""
    from shapely.geometry import LineString, Point
    view = load_view(view_id)
    sil = shape(view.outline)
    hand_region = "palm" if view_id == "anterior" else "hand_dorsal"
    for side in ("left", "right"):
        hand = shape(view.region(hand_region, side).polygons)
        clefts = [ln for ln in view.contour_lines if hand.buffer(1e-3).contains(LineString(ln))]
        assert len(clefts) == 3, (view_id, side)
        for ln in clefts:
            assert sil.exterior.distance(Point(ln[-1])) < 0.003     # it opens at the fingertips
            assert sil.exterior.distance(Point(ln[0])) > 0.01        # and starts inside the hand
            assert LineString(ln).length > 0.02
