"""Tests for the body diagram assets and the Qt-free hit-testing module (all views)."""
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
    SCENE_HEIGHT,
    VIEW_IDS,
    VIEW_LABELS,
    DiagramView,
    Location,
    MuscleHit,
    RegionHit,
    TriggerPointSite,
    available_views,
    describe_side,
    load_view,
    parse_view,
    view_label,
)

REF = json.loads((resources.files("bodymap.assets") / "reference" / "trigger_points.json")
                 .read_text("utf-8"))
REF_REGIONS = {r["id"]: r for r in REF["regions"]}
REF_MUSCLES = {m["id"]: m for m in REF["muscles"]}

# Which patient side is at the viewer's left ('single' = only one side shown).
VIEWER_LEFT = {"anterior": "right", "posterior": "left", "head_posterior": "left",
               "hand_palmar": "right", "hand_dorsal": "left", "foot_plantar": "right",
               "foot_dorsal": "left", "lateral_left": "single", "lateral_right": "single",
               "head_lateral_left": "single", "head_lateral_right": "single"}
SINGLE_SIDE = {"lateral_left": "left", "lateral_right": "right", "head_lateral_left": "left",
               "head_lateral_right": "right"}
SYMMETRIC = {v for v, s in VIEWER_LEFT.items() if s != "single"}
FACING = {"lateral_left": "left", "lateral_right": "right", "head_lateral_left": "left",
          "head_lateral_right": "right"}

HEAD_REGIONS = {r for r, info in REF_REGIONS.items() if "head" in info["views"]}
EXPECTED_IDS = {
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
    "head_lateral_left": sorted(HEAD_REGIONS | {"neck_angle", "upper_trapezius_ridge"}),
    "head_posterior": (
        "vertex ear mastoid parietal occiput suboccipital neck_angle posterior_neck lateral_neck "
        "acromion upper_trapezius_ridge posterior_shoulder upper_thoracic_paraspinal "
        "medial_scapular_border suprascapular scapula_body"
    ).split(),
}
for _v in ("lateral_left", "hand_palmar", "hand_dorsal", "foot_plantar", "foot_dorsal"):
    EXPECTED_IDS[_v] = sorted(r for r, info in REF_REGIONS.items() if _v in info["views"])
EXPECTED_IDS["lateral_right"] = EXPECTED_IDS["lateral_left"]
EXPECTED_IDS["head_lateral_right"] = EXPECTED_IDS["head_lateral_left"]

REQUIRED_LANDMARKS = {
    "anterior": "vertex chin sternal_notch navel acromion* elbow* wrist* asis* "
                "greater_trochanter* knee* ankle*",
    "posterior": "vertex c7 acromion* olecranon* wrist* psis* greater_trochanter* knee* ankle*",
    "lateral_left": "vertex chin c7 acromion* lateral_epicondyle* wrist* asis* "
                    "greater_trochanter* knee* lateral_malleolus*",
    "head_lateral_left": "vertex chin c7 mastoid* inion* tmj* zygomatic_arch* mandible_angle*",
    "head_posterior": "vertex inion c7 mastoid* acromion*",
    "hand_palmar": "wrist_crease* thenar* hypothenar* mcp1* mcp2* mcp5* tip1* tip3* tip5*",
    "hand_dorsal": "mcp1* mcp2* mcp5* tip1* tip3* tip5* radial_styloid* ulnar_styloid*",
    "foot_plantar": "heel* mth1* mth5* toe1* toe5*",
    "foot_dorsal": "lateral_malleolus* medial_malleolus* mth1* mth5* toe1* toe5*",
}
REQUIRED_LANDMARKS["lateral_right"] = REQUIRED_LANDMARKS["lateral_left"]
REQUIRED_LANDMARKS["head_lateral_right"] = REQUIRED_LANDMARKS["head_lateral_left"]

# Trigger points whose reference region exists on the view but cannot hold the site.
# lateral views: the "axilla" region there is the anterior axillary fold (in front of the
# hanging arm); latissimus TP1 lies in the posterior fold behind the arm.
SITE_REGION_EXCEPTIONS = {("lateral_left", "latissimus_dorsi", "TP1"),
                          ("lateral_right", "latissimus_dorsi", "TP1")}


@pytest.fixture(scope="module", params=VIEW_IDS)
def view(request) -> DiagramView:
    return load_view(request.param)


def test_view_labels_match_the_assets(view):
    # the window names its tabs from VIEW_LABELS without loading the views
    assert view_label(view.id) == VIEW_LABELS[view.id] == view.label
    assert set(VIEW_LABELS) == set(VIEW_IDS)


def shape(rings):
    return unary_union([Polygon(r) for r in rings])


def silhouette(view: DiagramView):
    return shape(view.outline)


def region_geoms(view: DiagramView):
    return [(r, shape(r.polygons)) for r in view.regions]


def muscle_geoms(view: DiagramView):
    return {(m.id, m.side): (m, shape(m.polygons)) for m in view.muscles}


def mirror(g):
    return affinity.scale(g, xfact=-1.0, yfact=1.0, origin=(0.5, 0.0))


def raw(view_id):
    return json.loads((resources.files("bodymap.assets") / "diagrams" / f"{view_id}.json")
                      .read_text("utf-8"))


# -- loading / API -------------------------------------------------------------

def test_available_views_and_cache():
    assert available_views()[:2] == ("anterior", "posterior")
    assert set(available_views()) == set(VIEWER_LEFT)
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
    code = ("import sys, bodymap.domain.diagrams as d; v=d.load_view('anterior'); v.region_at(.5,.3);"
            "v.locate(.45,.25, include_deep=True); d.load_view('lateral_left').muscle_at(.5,.3);"
            "bad=[m for m in sys.modules if m.split('.')[0] in ('PySide6','shapely')];"
            "assert not bad, bad")
    subprocess.run([sys.executable, "-c", code], check=True)


def test_asset_format(view):
    data = raw(view.id)
    # the lateral views' arm moved off the hip in version 2 (test_diagram_layout.py)
    assert data["view"] == view.id and data["version"] == (2 if view.id in SINGLE_SIDE
                                                             and "head" not in view.id else 1)
    assert 0.3 <= data["aspect"] <= 1.5
    assert set(data["side_labels"]) == ({SINGLE_SIDE[view.id]} if view.id in SINGLE_SIDE
                                        else {"left", "right"})
    assert data.get("facing") == FACING.get(view.id)
    for item in data["regions"] + data["muscles"]:
        assert item["side"] in ("left", "right", "midline")
        for poly in item["polygons"]:
            assert len(poly) >= 3
            for x, y in poly:
                assert 0.0 <= x <= 1.0 and 0.0 <= y <= 1.0
                assert round(x, 5) == x and round(y, 5) == y
    assert sum(len(r) for r in data["outline"]) > 300  # densely sampled, smooth contour
    assert data["inner_lines"]
    size = len((resources.files("bodymap.assets") / "diagrams" / f"{view.id}.json").read_bytes())
    assert size < 400_000


def test_landmarks(view):
    have = {(lm.id, lm.side) for lm in view.landmarks}
    single = SINGLE_SIDE.get(view.id)
    for token in REQUIRED_LANDMARKS[view.id].split():
        lid, paired = token.rstrip("*"), token.endswith("*")
        sides = ((single,) if single else ("left", "right")) if paired else ("midline",)
        for side in sides:
            assert (lid, side) in have, (lid, side)
    sil = silhouette(view)
    for lm in view.landmarks:
        assert sil.distance(Point(lm.x, lm.y)) < 0.012, lm


# -- regions -------------------------------------------------------------------

def test_region_ids_exact(view):
    got = sorted((r.id, r.side) for r in view.regions)
    single = SINGLE_SIDE.get(view.id)
    want = []
    for rid in EXPECTED_IDS[view.id]:
        if not REF_REGIONS[rid]["paired"]:
            want.append((rid, "midline"))
        else:
            want += [(rid, single)] if single else [(rid, "left"), (rid, "right")]
    assert got == sorted(want)
    assert all(r.label == REF_REGIONS[r.id]["label"] for r in view.regions)


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
    vl = VIEWER_LEFT[view.id]
    for r, g in region_geoms(view):
        cx = g.centroid.x
        if vl == "single":
            assert r.side in (SINGLE_SIDE[view.id], "midline"), r
        elif r.side == "midline":
            assert abs(cx - 0.5) < 0.01, r.id
        else:
            assert (cx < 0.5) == (r.side == vl), (r.id, r.side)
    if vl != "single":
        assert (view.side_labels["right"][0] < 0.5) == (vl == "right")
    for m in view.muscles:
        if vl == "single":
            assert m.side == SINGLE_SIDE[view.id]
        else:
            assert (shape(m.polygons).centroid.x < 0.5) == (m.side == vl), (m.id, m.side)


@pytest.mark.parametrize("view_id", sorted(SYMMETRIC))
def test_symmetry(view_id):
    view = load_view(view_id)
    sil = silhouette(view)
    assert sil.symmetric_difference(mirror(sil)).area < 0.01 * sil.area
    for items in (region_geoms(view), [(m, g) for m, g in muscle_geoms(view).values()]):
        for r, g in items:
            if r.side == "midline":
                assert g.symmetric_difference(mirror(g)).area < 0.02 * g.area, r.id
                continue
            other = [h for s, h in items if s.id == r.id and s.side != r.side][0]
            assert g.symmetric_difference(mirror(other)).area < 0.02 * g.area, r.id


def test_lateral_views_are_mirror_images():
    for a, b in (("lateral_left", "lateral_right"), ("head_lateral_left", "head_lateral_right")):
        va, vb = load_view(a), load_view(b)
        assert silhouette(va).symmetric_difference(mirror(silhouette(vb))).area < 1e-6
        assert len(va.sites) == len(vb.sites) and len(va.muscles) == len(vb.muscles)
        # lateral_left faces the viewer's left: the nose is the leftmost point of the head
        nose_x = min(x for x, y in va.outline[0] if y < (0.12 if a == "lateral_left" else 0.5))
        assert nose_x < min(lm.x for lm in va.landmarks if lm.id in ("tragus", "mastoid"))


def test_proportions_and_margins():
    ant = load_view("anterior")
    for vid in ("anterior", "posterior", "lateral_left"):
        v = load_view(vid)
        minx, miny, maxx, maxy = silhouette(v).bounds
        assert 0.02 <= miny <= 0.045 and 0.955 <= maxy <= 0.98
        head = ant.landmark("chin").y - ant.landmark("vertex").y
        assert 7.3 <= (maxy - miny) / head <= 8.3
    post = load_view("posterior")
    top = Polygon([(0, 0), (1, 0), (1, 0.25), (0, 0.25)])
    assert silhouette(post).intersection(top).symmetric_difference(
        silhouette(ant).intersection(top)).area < 1e-6
    for v in map(load_view, VIEW_IDS):  # margins: nothing touches the edges, title below
        minx, miny, maxx, maxy = silhouette(v).bounds
        assert minx > 0.005 and maxx < 0.995 and miny > 0.01 and maxy < 0.975, v.id


# -- muscles and trigger-point sites ----------------------------------------------------

def test_every_reference_muscle_is_drawn():
    drawn = {m.id for v in VIEW_IDS for m in load_view(v).muscles}
    assert drawn == set(REF_MUSCLES)


def test_muscles_inside_silhouette_and_layers(view):
    sil = silhouette(view).buffer(1e-4)
    sup = []
    for (mid, side), (m, g) in muscle_geoms(view).items():
        assert m.layer in ("superficial", "deep") and m.name == REF_MUSCLES[mid]["name"]
        assert g.area > 0 and g.difference(sil).area <= 0.002 * g.area, (mid, side)
        if m.layer == "superficial":
            sup.append(((mid, side), g))
    for i, (ki, gi) in enumerate(sup):  # superficial outlines barely overlap
        for kj, gj in sup[i + 1:]:
            assert gi.intersection(gj).area <= 0.02 * min(gi.area, gj.area), (ki, kj)
    deep_ids = {m.id for m in view.muscles if m.layer == "deep"}
    assert not deep_ids & {"deltoid", "upper_trapezius", "gluteus_maximus", "masseter"}
    assert deep_ids <= {"piriformis", "gluteus_minimus", "quadratus_lumborum", "iliopsoas",
                        "subscapularis", "lateral_pterygoid", "medial_pterygoid",
                        "multifidus_lumbosacral"} | set(diagrams_deep())


def diagrams_deep():
    return {m.id for v in VIEW_IDS for m in load_view(v).muscles if m.layer == "deep"}


def test_deep_layer_is_consistent():
    layers = {}
    for v in VIEW_IDS:
        for m in load_view(v).muscles:
            assert layers.setdefault(m.id, m.layer) == m.layer, m.id
    for mid in ("piriformis", "gluteus_minimus", "quadratus_lumborum", "iliopsoas",
                "subscapularis", "lateral_pterygoid", "medial_pterygoid", "multifidus_lumbosacral"):
        assert layers[mid] == "deep", mid


def test_sites_complete_and_inside(view):
    mus = muscle_geoms(view)
    regs = {(r.id, r.side): g for r, g in region_geoms(view)}
    seen = {}
    for s in view.sites:
        assert isinstance(s, TriggerPointSite)
        m, g = mus[(s.muscle_id, s.side)]
        p = Point(s.x, s.y)
        assert g.contains(p), (s.muscle_id, s.label, s.side)
        tp = next(t for t in REF_MUSCLES[s.muscle_id]["trigger_points"] if t["label"] == s.label)
        rg = regs.get((tp["region"], s.side)) or regs.get((tp["region"], "midline"))
        if rg is not None and (view.id, s.muscle_id, s.label) not in SITE_REGION_EXCEPTIONS:
            assert rg.buffer(1e-4).contains(p), (s.muscle_id, s.label, s.side, tp["region"])
        seen.setdefault((s.muscle_id, s.side), set()).add(s.label)
    for (mid, side) in mus:
        want = {t["label"] for t in REF_MUSCLES[mid]["trigger_points"]}
        assert seen.get((mid, side)) == want, (mid, side)
    assert all((v, m, lb) for v, m, lb in SITE_REGION_EXCEPTIONS if v == view.id)


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
        ((0.5, 0.07), {("occiput", "midline")}),  # on the midline: test_diagram_midline.py
        ((0.51, 0.07), {("occiput", "right")}),
    ],
    "lateral_left": [((0.52, 0.04), {("vertex", "midline")}), ((0.58, 0.60), {("lateral_thigh", "left")}),
                     ((0.45, 0.26), {("lateral_chest_ribs", "left")}),
                     ((0.55, 0.80), {("lateral_leg", "left")}),
                     ((0.47, 0.965), {("lateral_ankle_foot", "left")})],
    "lateral_right": [((0.42, 0.60), {("lateral_thigh", "right")}),
                      ((0.45, 0.80), {("lateral_leg", "right")})],
    "head_lateral_left": [((0.5, 0.07), {("vertex", "midline")}),
                          ((0.62, 0.34), {("ear", "left")})],
    "head_lateral_right": [((0.38, 0.34), {("ear", "right")})],
    "head_posterior": [((0.5, 0.2), {("occiput", "midline")}), ((0.49, 0.2), {("occiput", "left")}),
                       ((0.45, 0.5), {("posterior_neck", "left")}),
                       ((0.55, 0.5), {("posterior_neck", "right")})],
    "hand_palmar": [((0.25, 0.42), {("palm", "right")}), ((0.75, 0.42), {("palm", "left")}),
                    ((0.26, 0.2), {("middle_finger", "right")}),
                    ((0.25, 0.8), {("forearm_volar", "right")})],
    "hand_dorsal": [((0.25, 0.42), {("hand_dorsal", "left")}),
                    ((0.75, 0.42), {("hand_dorsal", "right")}),
                    ((0.25, 0.8), {("forearm_dorsal", "left")})],
    "foot_plantar": [((0.25, 0.82), {("heel", "right")}), ((0.75, 0.82), {("heel", "left")}),
                     ((0.39, 0.2), {("great_toe", "right")}),
                     ((0.25, 0.55), {("plantar_arch", "right")})],
    "foot_dorsal": [((0.25, 0.5), {("foot_dorsum", "left")}),
                    ((0.75, 0.5), {("foot_dorsum", "right")}),
                    ((0.61, 0.2), {("great_toe", "right")})],
}


def test_region_at_probes(view):
    for (x, y), ok in PROBES[view.id]:
        hit = view.region_at(x, y)
        assert isinstance(hit, RegionHit), (x, y)
        assert (hit.region_id, hit.side) in ok, ((x, y), hit)
        assert view.side_at(x, y) == hit.side
        assert view.contains(x, y)


def test_outside_points(view):
    sil = silhouette(view)
    for x, y in [(0.004, 0.004), (0.5, 0.003), (0.996, 0.5), (0.5, 0.997)]:
        assert not sil.contains(Point(x, y))
        assert not view.contains(x, y)
        assert view.region_at(x, y) is None
        assert view.muscle_at(x, y, include_deep=True) is None
    vl = VIEWER_LEFT[view.id]
    if vl == "single":
        assert view.side_at(0.01, 0.5) == SINGLE_SIDE[view.id] == view.single_side
    else:
        assert view.side_at(0.01, 0.5) == vl and view.side_at(0.99, 0.5) != vl


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
            if hit is not None and view.on_midline(x, y):  # test_diagram_midline.py
                assert hit.side == "midline"
                hit = view._region_at(x, y)
            if inner.contains(p):
                assert hit is not None, (x, y)
                owners = {(r.id, r.side) for r, g in geoms if g.contains(p)}
                if owners:
                    assert (hit.region_id, hit.side) in owners, ((x, y), hit, owners)
                n += 1
            elif not outer.contains(p):
                assert hit is None, (x, y)
    assert n > 150


def test_muscle_at_agrees_with_shapely(view):
    mus = muscle_geoms(view)
    sup = {k: prep(g) for k, (m, g) in mus.items() if m.layer == "superficial"}
    deep = {k: prep(g) for k, (m, g) in mus.items() if m.layer == "deep"}
    for i in range(1, 50):
        for j in range(1, 50):
            x, y = (i + 0.373) / 50, (j + 0.291) / 50
            p = Point(x, y)
            hit = view.muscle_at(x, y)
            owners = {k for k, g in sup.items() if g.contains(p)}
            assert (hit is None) == (not owners) or not owners, (x, y)
            if hit is not None and owners:
                assert (hit.muscle_id, hit.side) in owners and hit.layer == "superficial"
            dh = view.muscle_at(x, y, include_deep=True)
            downers = {k for k, g in deep.items() if g.contains(p)}
            if downers:
                assert dh is not None and (dh.muscle_id, dh.side) in downers, (x, y)
            elif owners:
                assert dh is not None and dh.layer == "superficial"


def test_muscle_at_probes():
    post = load_view("posterior")
    ut = post.sites_of("upper_trapezius", "right")[0]
    hit = post.muscle_at(ut.x, ut.y)
    assert hit == MuscleHit("upper_trapezius", "Upper trapezius", "right", "superficial")
    assert ut.x > 0.5  # patient's right is on the viewer's right on the posterior view
    pir = post.sites_of("piriformis", "left")[0]
    assert post.muscle_at(pir.x, pir.y).muscle_id == "gluteus_maximus"
    assert post.muscle_at(pir.x, pir.y, include_deep=True) == MuscleHit(
        "piriformis", REF_MUSCLES["piriformis"]["name"], "left", "deep")
    ant = load_view("anterior")
    pec = ant.sites_of("pectoralis_major", "right")[1]
    assert pec.x < 0.5 and ant.muscle_at(pec.x, pec.y).muscle_id == "pectoralis_major"
    lat = load_view("lateral_right")
    s = lat.sites_of("tensor_fasciae_latae")[0]
    assert lat.muscle_at(s.x, s.y) == MuscleHit("tensor_fasciae_latae",
                                                REF_MUSCLES["tensor_fasciae_latae"]["name"],
                                                "right", "superficial")
    assert ant.muscle_at(0.5, 0.62) is None  # between the legs


def test_nearest_site_and_locate():
    post = load_view("posterior")
    target = post.sites_of("infraspinatus", "left")[0]
    site, dist = post.nearest_site(target.x + 0.001, target.y)
    assert site == target and dist == pytest.approx(0.001 * post.aspect, abs=1e-6)
    site, _ = post.nearest_site(0.5, 0.5, muscle_id="gastrocnemius", side="right")
    assert site.muscle_id == "gastrocnemius" and site.side == "right"
    assert post.nearest_site(0.5, 0.5, muscle_id="no_such_muscle") is None
    loc = post.locate(target.x, target.y)
    assert isinstance(loc, Location)
    assert loc.region == post.region_at(target.x, target.y)
    assert loc.muscle.muscle_id == "infraspinatus" and loc.site == target
    assert loc.site_distance == pytest.approx(0.0, abs=1e-9)
    out = post.locate(0.01, 0.01)
    assert out.region is None and out.muscle is None and out.site is not None


def test_hit_tests_are_fast(view):
    pts = [(i / 97, j / 89) for i in range(97) for j in range(89)]
    for fn in (view.region_at, lambda x, y: view.muscle_at(x, y, include_deep=True)):
        start = time.perf_counter()
        for x, y in pts:
            fn(x, y)
        per_call = (time.perf_counter() - start) / len(pts)
        assert per_call < 0.2e-3, per_call


def test_to_dict_shape(view):
    d = view.to_dict()
    json.dumps(d)
    assert d["view"] == view.id and d["version"] == view.version and d["facing"] == view.facing
    assert set(d) >= {"landmarks", "regions", "muscles", "sites", "side_labels", "aspect"}
    assert len(d["regions"]) == len(view.regions) and len(d["sites"]) == len(view.sites)
    assert set(d["muscles"][0]) == {"id", "name", "side", "layer", "polygons", "fibres"}
    assert set(d["sites"][0]) == {"muscle", "label", "side", "x", "y"}
    assert set(d["landmarks"][0]) == {"id", "label", "side", "x", "y"}
    assert all(0 <= s["x"] <= 1 and 0 <= s["y"] <= 1 for s in d["sites"])
    assert json.loads(view.to_json())["view"] == view.id


# -- versions -------------------------------------------------------------------------

def test_map_from_version_identity_and_unknown(view):
    assert view.map_from_version(view.version, 0.3, 0.4) == (0.3, 0.4)
    with pytest.raises(KeyError):
        view.map_from_version(view.version + 7, 0.3, 0.4)


def test_map_from_older_version_follows_landmarks():
    """A mark made on an older geometry lands on the same anatomical place."""
    data = raw("anterior")
    old = []
    for lm in data["landmarks"]:  # pretend version 1 had a slightly different figure
        old.append(dict(lm, x=round(0.5 + (lm["x"] - 0.5) * 0.95 + 0.004, 5),
                        y=round(lm["y"] * 0.97 + 0.01, 5)))
    data = dict(data, version=2, previous_versions={"1": {"landmarks": old}})
    v = parse_view(data)
    for lid, side in (("acromion", "right"), ("knee", "left"), ("navel", "midline"),
                      ("wrist", "right")):
        o = next(lm for lm in old if lm["id"] == lid and lm["side"] == side)
        new = v.landmark(lid, side)
        x, y = v.map_from_version(1, o["x"], o["y"])
        assert abs(x - new.x) < 0.005 and abs(y - new.y) < 0.005, lid
    # a point between landmarks moves smoothly with them, corners stay put
    x, y = v.map_from_version(1, 0.45, 0.30)
    assert abs(x - 0.45) < 0.03 and abs(y - 0.30) < 0.03
    assert v.map_from_version(1, 0.0, 0.0) == pytest.approx((0.0, 0.0), abs=2e-3)


def test_describe_regions_have_reference_labels():
    v = load_view("anterior")
    assert v.region("pectoral", "right").label == "Pectoral / anterior chest"
    assert v.region("nonexistent", "left") is None
    assert diagrams.load_view("posterior").label == "Posterior (back)"
    assert load_view("lateral_left").facing == "left" and load_view("anterior").facing is None


def test_viewer_sides_follow_the_side_labels():
    """Which of the patient's sides is on the viewer's left and right (the canvas corners say so)."""
    assert load_view("anterior").viewer_sides == ("right", "left")
    assert load_view("posterior").viewer_sides == ("left", "right")
    assert load_view("hand_palmar").viewer_sides == ("right", "left")
    assert load_view("foot_dorsal").viewer_sides == ("left", "right")
    assert load_view("head_posterior").viewer_sides == ("left", "right")
    for one_side in ("lateral_left", "lateral_right", "head_lateral_left", "head_lateral_right"):
        assert load_view(one_side).viewer_sides is None
    # the same convention as side_at away from any region
    for view_id in VIEW_IDS:
        view = load_view(view_id)
        if view.viewer_sides is not None:
            assert view.side_at(0.01, 0.01) == view.viewer_sides[0]
            assert view.side_at(0.99, 0.01) == view.viewer_sides[1]
