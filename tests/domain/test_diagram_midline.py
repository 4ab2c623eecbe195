"""Points on the body's midline (spinous processes, linea alba, sternum) have the side "midline"."""
from __future__ import annotations

import pytest

from bodymap.domain.diagrams import MIDLINE_TOLERANCE, load_view
from bodymap.domain.placement import trigger_point_placement

BOTH_SIDES_OF_ONE_BODY = ("anterior", "posterior", "head_posterior")


def centre_line(view):
    """Every 1/400 of the height down the centre line that lies on the body."""
    return [(0.5, j / 400) for j in range(1, 400) if view.contains(0.5, j / 400)]


@pytest.mark.parametrize("view_id", BOTH_SIDES_OF_ONE_BODY)
def test_points_exactly_on_the_midline_are_midline(view_id):
    view = load_view(view_id)
    points = centre_line(view)
    assert len(points) > 100
    for x, y in points:
        for dx in (0.0, MIDLINE_TOLERANCE * 0.9, -MIDLINE_TOLERANCE * 0.9):
            hit = view.region_at(x + dx, y)
            assert hit is not None and hit.side == "midline", (view_id, x + dx, y, hit)
            assert view.side_at(x + dx, y) == "midline"
            muscle = view.muscle_at(x + dx, y, include_deep=True)
            assert muscle is None or muscle.side == "midline", (view_id, y, muscle)
            placed = trigger_point_placement(view, x + dx, y, include_deep=True)
            assert placed["side"] == "midline", (view_id, y, placed)


@pytest.mark.parametrize("view_id", BOTH_SIDES_OF_ONE_BODY)
def test_midline_regions_win_on_the_centre_line(view_id):
    view = load_view(view_id)
    midline_regions = {r.id for r in view.regions if r.side == "midline"}
    for x, y in centre_line(view):
        hit = view.region_at(x, y)
        centre_owner = view._region_at(x, y)  # the region the centre pixel belongs to
        assert hit.region_id == centre_owner.region_id
        if centre_owner.side == "midline":
            assert hit.region_id in midline_regions


@pytest.mark.parametrize("view_id", BOTH_SIDES_OF_ONE_BODY)
def test_clearly_on_one_half_keeps_its_side(view_id):
    view = load_view(view_id)
    sides = view.viewer_sides
    n = 0
    for _x, y in centre_line(view):
        for dx, want in ((-0.012, sides[0]), (0.012, sides[1])):
            hit = view.region_at(0.5 + dx, y)
            if hit is None or view._region_at(0.5 + dx, y).side == "midline":
                continue
            assert hit.side == want, (view_id, dx, y, hit)
            muscle = view.muscle_at(0.5 + dx, y)
            if muscle is not None:
                assert muscle.side == want
            n += 1
    assert n > 50


def test_midline_landmarks_and_sites():
    ant, post = load_view("anterior"), load_view("posterior")
    for view, ids in ((ant, ("sternal_notch", "xiphoid", "navel")), (post, ("c7", "t12"))):
        for lid in ids:
            lm = view.landmark(lid)
            assert lm is not None and lm.x == 0.5
            assert view.region_at(lm.x, lm.y).side == "midline", lid
            assert trigger_point_placement(view, lm.x, lm.y)["side"] == "midline", lid
    # sternum and sacrum are the midline regions there
    assert ant.region_at(0.5, ant.landmark("xiphoid").y - 0.01).region_id == "sternum"
    assert post.region_at(0.5, 0.45).region_id == "sacrum"
    # the linea alba lies in the abdomen, on neither side
    navel = ant.landmark("navel")
    hit = ant.region_at(0.5, navel.y + 0.02)
    assert hit.region_id == "lower_abdomen" and hit.side == "midline"


def test_one_side_views_and_hands_have_no_midline():
    for view_id in ("lateral_left", "head_lateral_right", "hand_palmar", "foot_dorsal"):
        view = load_view(view_id)
        assert not any(view.on_midline(0.5, j / 100) for j in range(100)), view_id
