"""Cross-view marks: a mark on one view shows on the other view of the same body surface."""
import pytest

from bodymap.domain.diagrams import load_view
from bodymap.domain.view_mapping import (
    SURFACE_PAIRS,
    fit_affine,
    project,
    project_back,
    project_polygon,
    surface_partners,
    view_fit,
)


@pytest.mark.parametrize("source,target", [*SURFACE_PAIRS, *((b, a) for a, b in SURFACE_PAIRS)])
def test_shared_landmarks_map_onto_themselves(source, target):
    fit = view_fit(source, target)
    assert len(fit.landmarks) >= 3
    assert fit.max_residual < 0.005          # half a percent of the target view's height
    src, dst = load_view(source), load_view(target)
    for lid, side in fit.landmarks:
        a, b = src.landmark(lid, side), dst.landmark(lid, side)
        # back from the target lands on the source landmark (when it is inside a shared region)
        back = project_back(source, target, b.x, b.y)
        if back is not None:
            assert abs(back[0] - a.x) < 0.01 and abs(back[1] - a.y) < 0.01
        fwd = project(source, a.x, a.y, target)
        if fwd is not None:
            assert abs(fwd[0] - b.x) < 0.01 and abs(fwd[1] - b.y) < 0.01


def test_posterior_upper_trapezius_points_appear_on_the_neck_close_up():
    post, head = load_view("posterior"), load_view("head_posterior")
    sites = post.sites_of("upper_trapezius")
    assert len(sites) >= 2
    for site in sites:
        here = post.locate(site.x, site.y)
        q = project("posterior", site.x, site.y, "head_posterior")
        assert q is not None, site
        there = head.locate(*q)
        assert (there.region.region_id, there.region.side) == (here.region.region_id, here.region.side)
        assert there.muscle is not None and there.muscle.muscle_id == "upper_trapezius"
        assert there.muscle.side == site.side
        back = project_back("posterior", "head_posterior", *q)
        assert back is not None
        assert abs(back[0] - site.x) < 1e-6 and abs(back[1] - site.y) < 1e-6


def test_the_reverse_a_close_up_mark_appears_on_the_whole_body_view():
    head = load_view("head_posterior")
    site = head.sites_of("upper_trapezius", "right")[0]
    q = project("head_posterior", site.x, site.y, "posterior")
    assert q is not None
    assert load_view("posterior").locate(*q).muscle.muscle_id == "upper_trapezius"


def test_a_point_in_a_region_the_other_view_lacks_does_not_appear():
    post = load_view("posterior")
    # the calf: on the whole-body view only
    site = post.sites_of("gastrocnemius", "left")[0]
    assert project("posterior", site.x, site.y, "head_posterior") is None
    # the ear: on the close-up only
    head = load_view("head_posterior")
    ear = next(r for r in head.regions if r.id == "ear")
    ring = ear.polygons[0]
    cx = sum(p[0] for p in ring) / len(ring)
    cy = sum(p[1] for p in ring) / len(ring)
    assert head.region_at(cx, cy).region_id == "ear"
    assert project("head_posterior", cx, cy, "posterior") is None


def test_views_of_different_surfaces_do_not_share_marks():
    assert surface_partners("anterior") == ()
    assert project("anterior", 0.5, 0.2, "head_posterior") is None
    assert project("anterior", 0.5, 0.2, "posterior") is None


def test_head_lateral_close_up_and_lateral_view_share_the_neck():
    lat = load_view("lateral_left")
    site = lat.sites_of("upper_trapezius", "left")[0]          # the lateral view draws its TP1
    q = project("lateral_left", site.x, site.y, "head_lateral_left")
    assert q is not None
    back = project_back("lateral_left", "head_lateral_left", *q)
    assert abs(back[0] - site.x) < 1e-6 and abs(back[1] - site.y) < 1e-6


def test_zone_outline_maps_vertex_by_vertex():
    site = load_view("posterior").sites_of("upper_trapezius", "left")[0]
    d = 0.004
    poly = [(site.x - d, site.y - d), (site.x + d, site.y - d), (site.x + d, site.y + d), (site.x - d, site.y + d)]
    out = project_polygon("posterior", poly, "head_posterior")
    assert out is not None and len(out) == 4
    q = project("posterior", site.x, site.y, "head_posterior")
    cx = sum(p[0] for p in out) / 4
    cy = sum(p[1] for p in out) / 4
    assert abs(cx - q[0]) < 1e-9 and abs(cy - q[1]) < 1e-9
    # the close-up is magnified: the mapped square is larger than the original
    assert out[1][0] - out[0][0] > 2 * d


def test_affine_fit_recovers_a_known_map():
    m = (1.5, 0.2, 0.1, -0.3, 2.0, -0.2)
    pts = [(0.1, 0.2), (0.7, 0.1), (0.4, 0.9), (0.3, 0.5)]
    pairs = [((x, y), (m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5])) for x, y in pts]
    got = fit_affine(pairs)
    assert all(abs(a - b) < 1e-9 for a, b in zip(got, m))
    with pytest.raises(ValueError):
        fit_affine(pairs[:2])
