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
