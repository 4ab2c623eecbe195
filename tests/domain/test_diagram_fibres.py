"""Fibre directions of the muscle outlines (origin -> insertion) and the hatch cut to them."""
from __future__ import annotations

import math

import pytest
from shapely.geometry import LineString, Point, Polygon
from shapely.ops import unary_union

from bodymap.domain.diagrams import VIEW_IDS, load_view
from bodymap.domain.fibres import Fibres, hatch_segments, parse_fibres

FULL_BODY = ("anterior", "posterior", "lateral_left", "lateral_right")
MIRRORS = (("lateral_left", "lateral_right"), ("head_lateral_left", "head_lateral_right"))


def shape(muscle):
    return unary_union([Polygon(r) for r in muscle.polygons])


def direction(view, muscle, at=None):
    """Unit fibre direction (scene space, y down) at the outline's centre (or ``at``)."""
    p = at or shape(muscle).representative_point().coords[0]
    return muscle.fibres.direction_at(p[0], p[1], view.aspect)


def outward(view, muscle):
    """+1 where x grows away from the body's midline (lateral) for this muscle, -1 otherwise."""
    return 1.0 if shape(muscle).centroid.x > 0.5 else -1.0


def forward(view):
    """+1 where x grows toward the face on a lateral view, -1 otherwise."""
    return -1.0 if view.facing == "left" else 1.0


def degrees_from_vertical(d):
    return math.degrees(math.atan2(abs(d[0]), abs(d[1])))


@pytest.mark.parametrize("view_id", VIEW_IDS)
def test_every_muscle_outline_has_a_fibre_direction(view_id):
    view = load_view(view_id)
    assert view.muscles
    for m in view.muscles:
        f = m.fibres
        assert f is not None, (view_id, m.id, m.side)
        assert (f.angle is None) != (f.toward is None), (m.id, f)
        if f.angle is not None:
            assert -180.0 < f.angle <= 180.0
        else:
            x, y = f.toward
            assert -0.2 <= x <= 1.2 and 0.0 <= y <= 1.0, (m.id, f)
        dx, dy = direction(view, m)
        assert math.hypot(dx, dy) == pytest.approx(1.0)


@pytest.mark.parametrize("view_id", ("anterior", "posterior", "head_posterior", "hand_palmar",
                                     "hand_dorsal", "foot_plantar", "foot_dorsal"))
def test_the_two_sides_of_a_view_are_mirror_images(view_id):
    view = load_view(view_id)
    for m in view.muscles:
        if m.side != "left":
            continue
        other = view.muscle(m.id, "right")
        assert other is not None
        if m.fibres.angle is not None:
            assert other.fibres.angle == pytest.approx(
                (180.0 - m.fibres.angle + 180.0) % 360.0 - 180.0 or 180.0, abs=0.11), m.id
        else:
            assert other.fibres.toward == pytest.approx((1.0 - m.fibres.toward[0],
                                                         m.fibres.toward[1]), abs=1e-5)


@pytest.mark.parametrize("left_id,right_id", MIRRORS)
def test_the_right_lateral_views_mirror_the_left(left_id, right_id):
    left, right = load_view(left_id), load_view(right_id)
    for m in left.muscles:
        d = direction(left, m)
        p = shape(m).representative_point()
        twin = right.muscle(m.id, "right")
        e = direction(right, twin, (1.0 - p.x, p.y))
        assert e == pytest.approx((-d[0], d[1]), abs=1e-3), m.id


def test_upper_trapezius_runs_down_and_out_from_the_neck_to_the_shoulder():
    for view_id in ("anterior", "posterior", "head_posterior"):
        view = load_view(view_id)
        for side in ("left", "right"):
            m = view.muscle("upper_trapezius", side)
            dx, dy = direction(view, m)
            assert dy > 0.25 and dx * outward(view, m) > 0.5, (view_id, side, dx, dy)
    post = load_view("posterior")
    for side in ("left", "right"):   # a fan onto the lateral clavicle and acromion
        fan = post.muscle("upper_trapezius", side).fibres.toward
        acromion = post.landmark("acromion", side)
        assert fan is not None and math.dist(fan, (acromion.x, acromion.y)) < 0.06
    lat = load_view("lateral_left")   # from the occiput down and forward to the clavicle
    dx, dy = direction(lat, lat.muscle("upper_trapezius", "left"))
    assert dy > 0.5 and dx * forward(lat) > 0.2


def test_rectus_femoris_and_rectus_abdominis_run_vertically():
    ant = load_view("anterior")
    for side in ("left", "right"):
        d = direction(ant, ant.muscle("rectus_femoris", side))
        assert d[1] > 0 and degrees_from_vertical(d) < 8     # down from the pelvis to the patella
        d = direction(ant, ant.muscle("rectus_abdominis", side))
        assert d[1] < 0 and degrees_from_vertical(d) < 8     # up from the pubis to the ribs
    lat = load_view("lateral_right")
    d = direction(lat, lat.muscle("rectus_femoris", "right"))
    assert d[1] > 0 and degrees_from_vertical(d) < 8


def test_external_oblique_runs_down_and_medial_like_hands_in_pockets():
    ant = load_view("anterior")
    for side in ("left", "right"):
        m = ant.muscle("external_oblique", side)
        dx, dy = direction(ant, m)
        assert dy > 0 and dx * outward(ant, m) < 0                # down and toward the midline
        assert 20 < degrees_from_vertical((dx, dy)) < 60
    for view_id in ("lateral_left", "lateral_right"):
        lat = load_view(view_id)
        dx, dy = direction(lat, lat.muscle("external_oblique", lat.single_side))
        assert dy > 0 and dx * forward(lat) > 0                   # down and forward


def test_fans_converge_on_their_insertion():
    post, lat, ant = load_view("posterior"), load_view("lateral_left"), load_view("anterior")
    for side in ("left", "right"):
        gmed = post.muscle("gluteus_medius", side)
        troch = post.landmark("greater_trochanter", side)
        assert math.dist(gmed.fibres.toward, (troch.x, troch.y)) < 0.03
        pec = ant.muscle("pectoralis_major", side)              # onto the humerus, lateral
        assert (pec.fibres.toward[0] - shape(pec).centroid.x) * outward(ant, pec) > 0.03
        delt = ant.muscle("deltoid", side)                      # onto the deltoid tuberosity
        assert delt.fibres.toward[1] > shape(delt).centroid.y
    troch = lat.landmark("greater_trochanter", "left")
    assert math.dist(lat.muscle("gluteus_medius", "left").fibres.toward, (troch.x, troch.y)) < 0.01
    temporalis = lat.muscle("temporalis", "left")               # down onto the coronoid process
    assert temporalis.fibres.toward[1] > shape(temporalis).bounds[3] - 0.01
    for view_id, mid in (("lateral_left", "temporalis"), ("anterior", "pectoralis_major"),
                         ("posterior", "gluteus_medius"), ("posterior", "middle_trapezius"),
                         ("posterior", "lower_trapezius"), ("posterior", "latissimus_dorsi")):
        view = load_view(view_id)
        assert all(m.fibres.toward is not None for m in view.muscles if m.id == mid), mid


def test_other_known_directions():
    lat = load_view("lateral_left")
    dx, dy = direction(lat, lat.muscle("sternocleidomastoid_sternal", "left"))
    assert dy < -0.5 and dx * forward(lat) < 0            # up and back to the mastoid
    dx, dy = direction(lat, lat.muscle("masseter", "left"))
    assert dy > 0.9 and dx * forward(lat) < 0             # down and back to the angle
    for mid in ("peroneus_longus", "peroneus_brevis", "tibialis_anterior", "gastrocnemius"):
        assert direction(lat, lat.muscle(mid, "left"))[1] > 0.95, mid
    post = load_view("posterior")
    for side in ("left", "right"):
        m = post.muscle("gluteus_maximus", side)
        dx, dy = direction(post, m)
        assert dy > 0.3 and dx * outward(post, m) > 0.5   # sacrum -> down and out
        m = post.muscle("supraspinatus", side)
        dx, dy = direction(post, m)
        assert abs(dy) < 0.2 and dx * outward(post, m) > 0.9


# Outlines much longer than wide whose fibres do not run along that length, and why.
ACROSS = {
    ("lateral_left", "external_oblique"): "only the strip between forearm and iliac crest shows",
    ("lateral_right", "external_oblique"): "only the strip between forearm and iliac crest shows",
}


@pytest.mark.parametrize("view_id", FULL_BODY)
def test_parallel_fibres_run_along_long_outlines(view_id):
    """A slender outline (3:1 or more) with parallel fibres has them along its length: catches
    a direction typed the wrong way round the muscle."""
    view = load_view(view_id)
    for m in view.muscles:
        if m.fibres.angle is None or (view_id, m.id) in ACROSS:
            continue
        g = shape(m)
        scaled = Polygon([(x * view.aspect, y) for x, y in g.exterior.coords]) \
            if g.geom_type == "Polygon" else g
        rect = list(scaled.minimum_rotated_rectangle.exterior.coords)
        a, b = LineString(rect[:2]).length, LineString(rect[1:3]).length
        if max(a, b) < 3 * min(a, b):
            continue
        p, q = (rect[0], rect[1]) if a > b else (rect[1], rect[2])
        axis = math.atan2(q[1] - p[1], q[0] - p[0])
        off = abs((math.degrees(axis) - m.fibres.angle + 90) % 180 - 90)
        assert off < 30, (view_id, m.id, m.side, round(off))


# -- the hatch ------------------------------------------------------------------------------

SQUARE = [[(0.2, 0.2), (0.6, 0.2), (0.6, 0.6), (0.2, 0.6)]]
L_SHAPE = [[(0.1, 0.1), (0.5, 0.1), (0.5, 0.2), (0.2, 0.2), (0.2, 0.5), (0.1, 0.5)]]


def test_parallel_hatch_lines_follow_the_angle_and_stay_inside():
    for rings in (SQUARE, L_SHAPE):
        poly = Polygon(rings[0])
        scene = Polygon([(x * 1000, y * 1000) for x, y in rings[0]])
        for angle in (90.0, 30.0, -45.0, 180.0):
            segs = hatch_segments(rings, Fibres(angle=angle), 1.0, spacing=20.0)
            assert len(segs) >= 5
            for (x0, y0), (x1, y1) in segs:
                a = math.degrees(math.atan2(y1 - y0, x1 - x0))
                assert abs((a - angle + 90) % 180 - 90) < 1e-6
                seg = LineString([(x0, y0), (x1, y1)])
                assert scene.buffer(1e-6).contains(seg)
                assert seg.length > 0
            assert poly.area > 0
    # spacing: vertical lines across a 400-unit-wide square, 20 apart
    assert len(hatch_segments(SQUARE, Fibres(angle=90.0), 1.0, spacing=20.0)) in (19, 20, 21)


def test_fan_hatch_lines_point_at_the_insertion_and_stay_inside():
    scene = Polygon([(x * 1000, y * 1000) for x, y in SQUARE[0]])
    toward = (0.4, 0.9)                                         # below the square
    segs = hatch_segments(SQUARE, Fibres(toward=toward), 1.0, spacing=20.0)
    assert len(segs) >= 10
    cx, cy = 400.0, 900.0
    for (x0, y0), (x1, y1) in segs:
        cross = (x1 - x0) * (cy - y0) - (y1 - y0) * (cx - x0)   # collinear with the point
        assert abs(cross) / math.hypot(x1 - x0, y1 - y0) < 1e-6 * 1000
        assert scene.buffer(1e-6).contains(LineString([(x0, y0), (x1, y1)]))
    inside = hatch_segments(SQUARE, Fibres(toward=(0.4, 0.4)), 1.0, spacing=20.0)
    near = Point(400, 400).buffer(40)                           # no blot at the insertion
    assert inside and not any(LineString(s).intersects(near) for s in inside)


def test_parse_fibres():
    assert parse_fibres(None) is None
    assert parse_fibres({"angle": 90}) == Fibres(angle=90.0)
    assert parse_fibres({"toward": [0.25, 0.5]}) == Fibres(toward=(0.25, 0.5))
    assert Fibres(angle=90.0).direction_at(0.3, 0.3, 0.5) == pytest.approx((0.0, 1.0))
    assert Fibres(toward=(0.5, 0.5)).direction_at(0.3, 0.5, 0.5) == pytest.approx((1.0, 0.0))
