"""Tests for the body diagram assets and the Qt-free hit-testing module."""
from __future__ import annotations

import json
import subprocess
import sys
import time
from importlib import resources

import pytest
from shapely import affinity
from shapely.geometry import Point, Polygon
from shapely.ops import unary_union
from shapely.prepared import prep
from shapely.strtree import STRtree

from bodymap.domain import diagrams
from bodymap.domain.diagrams import (
    SCENE_HEIGHT, VIEW_IDS, DiagramView, RegionHit, available_views, describe_side, load_view,
)

MIDLINE_IDS = {"vertex", "sternum", "sacrum", "coccyx"}
EXPECTED = {
    "anterior": (
        "vertex forehead temple eye_orbit eyebrow cheek_maxilla lower_jaw_teeth throat "
        "lateral_neck upper_trapezius_ridge acromion anterior_shoulder axilla infraclavicular "
        "pectoral sternum breast_nipple lateral_chest_ribs upper_abdomen lower_abdomen groin "
        "anterior_hip anterior_arm medial_arm antecubital medial_epicondyle forearm_volar "
        "forearm_radial forearm_ulnar wrist_volar palm anterior_thigh medial_thigh "
        "patella_anterior_knee medial_knee shin medial_leg anterior_ankle foot_dorsum"
    ).split(),
    "posterior": (
        "vertex occiput mastoid suboccipital posterior_neck neck_angle upper_trapezius_ridge "
        "acromion posterior_shoulder suprascapular scapula_body medial_scapular_border "
        "inferior_scapular_angle upper_thoracic_paraspinal lower_thoracic_paraspinal flank "
        "lumbar_paraspinal sacroiliac sacrum coccyx iliac_crest buttock gluteal_fold "
        "posterior_arm lateral_epicondyle medial_epicondyle olecranon forearm_dorsal "
        "forearm_ulnar wrist_dorsal hand_dorsal posterior_thigh posterior_knee calf medial_leg "
        "achilles heel"
    ).split(),
}
REQUIRED_LANDMARKS = {
    "anterior": {"vertex": False, "chin": False, "sternal_notch": False, "navel": False,
                 "acromion": True, "elbow": True, "wrist": True, "asis": True,
                 "greater_trochanter": True, "knee": True, "ankle": True},
    "posterior": {"vertex": False, "c7": False, "acromion": True, "olecranon": True,
                  "wrist": True, "psis": True, "greater_trochanter": True, "knee": True,
                  "ankle": True},
}


@pytest.fixture(scope="module", params=VIEW_IDS)
def view(request) -> DiagramView:
    return load_view(request.param)


def silhouette(view: DiagramView):
    return unary_union([Polygon(r) for r in view.outline])


def region_geoms(view: DiagramView):
    return [(r, unary_union([Polygon(p) for p in r.polygons])) for r in view.regions]


def mirror(g):
    return affinity.scale(g, xfact=-1.0, yfact=1.0, origin=(0.5, 0.0))


# -- loading / API -------------------------------------------------------------

def test_available_views_and_cache():
    assert available_views() == ("anterior", "posterior")
    assert load_view("anterior") is load_view("anterior")
    assert SCENE_HEIGHT == 1000.0


def test_unknown_view_raises_keyerror():
    with pytest.raises(KeyError, match="unknown view"):
        load_view("sideways")


def test_describe_side():
    assert describe_side("left") == "Left"
    assert describe_side("right") == "Right"
    assert describe_side("midline") == "Midline"


def test_module_is_qt_and_shapely_free():
    code = ("import sys, bodymap.domain.diagrams as d; d.load_view('anterior').region_at(.5,.3);"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','shapely')];"
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_asset_format(view):
    raw = json.loads((resources.files("bodymap.assets") / "diagrams" / f"{view.id}.json")
                     .read_text("utf-8"))
    assert raw["view"] == view.id and raw["version"] == 1
    assert raw["aspect"] == pytest.approx(0.5)
    assert set(raw["side_labels"]) == {"left", "right"}
    for r in raw["regions"]:
        assert r["label"] and r["side"] in ("left", "right", "midline")
        for poly in r["polygons"]:
            assert len(poly) >= 3
            for x, y in poly:
                assert 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0
                assert round(x, 5) == x and round(y, 5) == y
    assert len(raw["outline"][0]) > 500  # densely sampled, smooth contour
    assert raw["inner_lines"]


def test_landmarks(view):
    have = {(lm.id, lm.side) for lm in view.landmarks}
    for lid, paired in REQUIRED_LANDMARKS[view.id].items():
        sides = ("left", "right") if paired else ("midline",)
        for side in sides:
            assert (lid, side) in have, (lid, side)
    sil = silhouette(view)
    for lm in view.landmarks:
        assert sil.buffer(0.01).contains(Polygon([(lm.x, lm.y)] * 3).centroid) or \
            sil.distance(Polygon([(lm.x, lm.y)] * 3).centroid) < 0.01, lm


# -- hard requirements ---------------------------------------------------------

def test_region_ids_exact(view):
    got = sorted((r.id, r.side) for r in view.regions)
    want = []
    for rid in EXPECTED[view.id]:
        want += [(rid, "midline")] if rid in MIDLINE_IDS else [(rid, "left"), (rid, "right")]
    assert got == sorted(want)
    assert all(r.label for r in view.regions)


def test_regions_tile_silhouette(view):
    sil = silhouette(view)
    geoms = region_geoms(view)
    union = unary_union([g for _, g in geoms])
    coverage = union.intersection(sil).area / sil.area
    assert coverage >= 0.99, coverage
    tree = STRtree([g for _, g in geoms])
    for i, (ri, gi) in enumerate(geoms):
        assert gi.difference(sil).area <= 1e-4 * max(gi.area, 1e-9) + 1e-8, ri
        for j in tree.query(gi):
            if j <= i:
                continue
            rj, gj = geoms[j]
            overlap = gi.intersection(gj).area
            assert overlap <= 0.005 * min(gi.area, gj.area), (ri.id, ri.side, rj.id, rj.side)


def test_sides(view):
    right_is_low_x = view.id == "anterior"
    for r, g in region_geoms(view):
        cx = g.centroid.x
        if r.side == "midline":
            assert abs(cx - 0.5) < 0.01, r.id
        elif (r.side == "right") == right_is_low_x:
            assert cx < 0.5, (r.id, r.side)
        else:
            assert cx > 0.5, (r.id, r.side)
    rx = view.side_labels["right"][0]
    assert (rx < 0.5) == right_is_low_x


def test_symmetry(view):
    sil = silhouette(view)
    assert sil.symmetric_difference(mirror(sil)).area < 0.01 * sil.area
    for r, g in region_geoms(view):
        if r.side == "midline":
            assert g.symmetric_difference(mirror(g)).area < 0.02 * g.area, r.id
        else:
            other = view.region(r.id, "left" if r.side == "right" else "right")
            og = unary_union([Polygon(p) for p in other.polygons])
            assert g.symmetric_difference(mirror(og)).area < 0.02 * g.area, r.id


def test_proportions_and_margins(view):
    ant = load_view("anterior")
    minx, miny, maxx, maxy = silhouette(view).bounds
    assert 0.02 <= miny <= 0.045 and 0.955 <= maxy <= 0.98
    assert abs((minx + maxx) / 2 - 0.5) < 1e-3
    # The posterior view shares the anterior head/shoulders; the chin is an anterior landmark.
    top = Polygon([(0, 0), (1, 0), (1, 0.25), (0, 0.25)])
    assert silhouette(view).intersection(top).symmetric_difference(
        silhouette(ant).intersection(top)).area < 1e-6
    head = ant.landmark("chin").y - ant.landmark("vertex").y
    ratio = (maxy - miny) / head
    assert 7.3 <= ratio <= 8.3, ratio


# -- hit testing -------------------------------------------------------------------

PROBES = {
    "anterior": [
        ((0.5, 0.26), {("sternum", "midline")}),
        ((0.45, 0.24), {("pectoral", "right"), ("sternum", "midline")}),
        ((0.55, 0.24), {("pectoral", "left"), ("sternum", "midline")}),
        ((0.40, 0.60), {("anterior_thigh", "right")}),
        ((0.60, 0.60), {("anterior_thigh", "left")}),
        ((0.5, 0.045), {("vertex", "midline")}),
        ((0.416, 0.727), {("patella_anterior_knee", "right")}),
        ((0.107, 0.564), {("palm", "right")}),
        ((0.893, 0.564), {("palm", "left")}),
        ((0.46, 0.42), {("lower_abdomen", "right")}),
        ((0.41, 0.96), {("foot_dorsum", "right")}),
    ],
    "posterior": [
        ((0.5, 0.445), {("sacrum", "midline")}),
        ((0.48, 0.25), {("upper_thoracic_paraspinal", "left")}),
        ((0.52, 0.25), {("upper_thoracic_paraspinal", "right")}),
        ((0.60, 0.60), {("posterior_thigh", "right")}),
        ((0.40, 0.60), {("posterior_thigh", "left")}),
        ((0.59, 0.80), {("calf", "right")}),
        ((0.107, 0.564), {("hand_dorsal", "left")}),
        ((0.40, 0.46), {("buttock", "left")}),
        ((0.5, 0.04), {("vertex", "midline")}),
        ((0.5, 0.07), {("occiput", "left"), ("occiput", "right")}),
    ],
}


def test_region_at_probes(view):
    for (x, y), ok in PROBES[view.id]:
        hit = view.region_at(x, y)
        assert isinstance(hit, RegionHit), (x, y)
        assert (hit.region_id, hit.side) in ok, ((x, y), hit)
        assert view.side_at(x, y) == hit.side
        assert view.contains(x, y)


def test_outside_points(view):
    for x, y in [(0.02, 0.02), (0.5, 0.005), (0.5, 0.6), (0.3, 0.4), (0.98, 0.5), (0.5, 0.995)]:
        assert not view.contains(x, y)
        assert view.region_at(x, y) is None
    left_of_viewer = "right" if view.id == "anterior" else "left"
    assert view.side_at(0.3, 0.4) == left_of_viewer
    assert view.side_at(0.7, 0.4) != left_of_viewer


def test_region_at_agrees_with_shapely(view):
    geoms = [(r, prep(g.buffer(1e-6))) for r, g in region_geoms(view)]
    sil = silhouette(view)
    inner, outer = prep(sil.buffer(-0.002)), prep(sil.buffer(0.002))
    n = 0
    for i in range(1, 60):
        for j in range(1, 60):
            x, y = i / 60, j / 60
            p = Point(x, y)
            hit = view.region_at(x, y)
            if inner.contains(p):
                assert hit is not None, (x, y)
                owners = {(r.id, r.side) for r, g in geoms if g.contains(p)}
                if owners:
                    assert (hit.region_id, hit.side) in owners, ((x, y), hit, owners)
                n += 1
            elif not outer.contains(p):
                assert hit is None, (x, y)
    assert n > 500


def test_region_at_is_fast(view):
    pts = [(i / 97, j / 89) for i in range(97) for j in range(89)]
    start = time.perf_counter()
    for x, y in pts:
        view.region_at(x, y)
    per_call = (time.perf_counter() - start) / len(pts)
    assert per_call < 0.2e-3, per_call


def test_describe_regions_have_reference_labels():
    v = load_view("anterior")
    assert v.region("pectoral", "right").label == "Pectoral / anterior chest"
    assert v.region("nonexistent", "left") is None
    assert diagrams.load_view("posterior").label == "Posterior (back)"
