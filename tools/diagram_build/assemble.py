"""Turn a view design (design px, shapely) into the normalised JSON asset document."""
from __future__ import annotations

from dataclasses import dataclass, field

from shapely.geometry import Point, Polygon
from shapely.ops import nearest_points, polylabel, unary_union

from .common import H, half_box, largest, mirror_x, no_holes, snap

# Muscles that lie mostly under another muscle: drawn on the "deep" layer.
DEEP = {
    "lateral_pterygoid", "medial_pterygoid", "suboccipitals", "semispinalis_capitis",
    "splenius_capitis", "splenius_cervicis", "scalenes", "levator_scapulae", "supraspinatus",
    "subscapularis", "rhomboids", "serratus_posterior_superior", "serratus_posterior_inferior",
    "pectoralis_minor", "subclavius", "brachialis", "supinator", "finger_flexors",
    "iliocostalis_thoracis", "iliocostalis_lumborum", "longissimus_thoracis",
    "multifidus_lumbosacral", "quadratus_lumborum", "iliopsoas", "gluteus_minimus", "piriformis",
    "vastus_intermedius", "adductor_magnus", "tibialis_posterior", "flexor_digitorum_longus",
    "flexor_hallucis_longus", "quadratus_plantae", "flexor_hallucis_brevis",
    # deep to peroneus longus over most of its length (superficial only beside its tendon)
    "peroneus_brevis",
}

LANDMARK_LABELS = {
    "vertex": "Vertex", "chin": "Chin (menton)", "sternal_notch": "Sternal notch",
    "xiphoid": "Xiphoid process", "navel": "Navel (umbilicus)", "c7": "C7 spinous process",
    "t12": "T12 spinous process", "acromion": "Acromion", "elbow": "Elbow (cubital fossa)",
    "medial_epicondyle": "Medial epicondyle", "olecranon": "Olecranon",
    "wrist": "Wrist", "asis": "ASIS", "psis": "PSIS", "greater_trochanter": "Greater trochanter",
    "patella": "Patella", "knee": "Knee", "popliteal_fossa": "Popliteal fossa",
    "ankle": "Ankle (malleoli)", "inferior_scapular_angle": "Inferior angle of scapula",
    "heel": "Heel (calcaneus)", "lateral_epicondyle": "Lateral epicondyle",
    "lateral_malleolus": "Lateral malleolus", "medial_malleolus": "Medial malleolus",
    "mastoid": "Mastoid process", "inion": "External occipital protuberance (inion)",
    "tmj": "Temporomandibular joint", "zygomatic_arch": "Zygomatic arch",
    "mandible_angle": "Angle of mandible", "nasion": "Nasion", "tragus": "Tragus",
    "wrist_crease": "Distal wrist crease", "thenar": "Thenar eminence",
    "hypothenar": "Hypothenar eminence", "mcp1": "Thumb MCP joint", "mcp2": "Index MCP joint",
    "mcp3": "Middle MCP joint", "mcp4": "Ring MCP joint", "mcp5": "Little MCP joint",
    "tip1": "Thumb tip", "tip2": "Index fingertip", "tip3": "Middle fingertip",
    "tip4": "Ring fingertip", "tip5": "Little fingertip", "lister": "Lister's tubercle",
    "ulnar_styloid": "Ulnar styloid", "radial_styloid": "Radial styloid",
    "mth1": "1st metatarsal head", "mth5": "5th metatarsal head", "toe1": "Great toe tip",
    "toe5": "Little toe tip", "navicular": "Navicular tuberosity", "mt5_base": "5th metatarsal base",
    "superior_scapular_angle": "Superior angle of scapula", "scapular_spine": "Spine of scapula",
    "fibular_head": "Fibular head", "iliac_crest": "Iliac crest (top)", "t1": "T1 spinous process",
}


@dataclass
class MuscleSpec:
    id: str
    geom: object
    sites: list | None = None  # design-px hints per trigger point (None = automatic)
    fibres: tuple | None = None  # ("angle", degrees) or ("toward", (x, y)): fibres.py


@dataclass
class Design:
    view: str
    label: str
    width: float
    outline: list            # rings, design px
    sil: object              # shapely silhouette
    mode: str                # "mirror" (designed viewer-left half + mirror) | "single"
    side: str                # mirror: patient side of the viewer-left half; single: the side
    regions: list            # [(rid, geom)] already carved (designed half / whole view)
    ref_views: tuple
    muscles: list = field(default_factory=list)
    lm_mid: list = field(default_factory=list)
    lm_paired: list = field(default_factory=list)
    lines_paired: list = field(default_factory=list)
    lines_mid: list = field(default_factory=list)
    contours_paired: list = field(default_factory=list)
    contours_mid: list = field(default_factory=list)
    side_labels: dict = field(default_factory=dict)
    extra: dict = field(default_factory=dict)
    version: int = 1


def other(side):
    return {"left": "right", "right": "left"}[side]


def _angle(a):
    """An angle in degrees in (-180, 180], one decimal."""
    a = round((a + 180.0) % 360.0 - 180.0, 1)
    return 180.0 if a == -180.0 else a


def mirror_fibres(fibres, mirror_point):
    """The fibre direction of the left-right mirror image (angle a -> 180 - a)."""
    if "angle" in fibres:
        return {"angle": _angle(180.0 - fibres["angle"])}
    return {"toward": mirror_point(fibres["toward"])}


def place_sites(geom, tps, regions, hints, with_targets=False):
    """Trigger-point positions inside ``geom`` and (when possible) inside the TrP region
    (with ``with_targets`` also the area each may move in when sites are spread apart)."""
    inner = geom.buffer(-1.5)
    if inner.area < 4:
        inner = geom.buffer(-0.5)
    targets = []
    for tp in tps:
        t = inner
        reg = regions.get(tp["region"])
        if reg is not None:
            t2 = inner.intersection(reg.buffer(-1.2))
            if t2.area > 1.0:
                t = t2
        targets.append(t)
    out = []
    for i, t in enumerate(targets):
        hint = hints[i] if hints and i < len(hints) else None
        if hint is not None:
            p = Point(hint)
            if not t.contains(p):
                p = nearest_points(t, p)[0]
                shrink = t.buffer(-0.6)
                if not shrink.is_empty:
                    p = nearest_points(shrink, p)[0]
            out.append((p.x, p.y))
            continue
        same = [j for j, u in enumerate(targets) if u.equals(t) and
                not (hints and j < len(hints) and hints[j] is not None)]
        k, j = len(same), same.index(i)
        big = largest(t)
        if k == 1:
            p = polylabel(big, 0.5)
        else:
            rect = list(big.minimum_rotated_rectangle.exterior.coords)[:4]
            e = [((rect[a][0] + rect[(a + 1) % 4][0]) / 2, (rect[a][1] + rect[(a + 1) % 4][1]) / 2)
                 for a in range(4)]
            a, b = (e[0], e[2]) if Point(e[0]).distance(Point(e[2])) > Point(e[1]).distance(
                Point(e[3])) else (e[1], e[3])
            if a[1] > b[1]:
                a, b = b, a
            f = (j + 1) / (k + 1)
            p = Point(a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f)
            if not big.contains(p):
                p = nearest_points(big.buffer(-0.6), p)[0]
        out.append((p.x, p.y))
    return (out, targets) if with_targets else out


# No two trigger-point sites of a view closer than this share of the view's width.
SITE_SPACING = 0.012


def spread_sites(points, targets, min_dist, mirror_mid=None, rounds=400):
    """Push apart sites closer than ``min_dist`` (design px), each kept inside its target area.

    ``mirror_mid``: on mirrored views the sites are also kept ``min_dist`` from the mirror
    images of the designed half's sites (the other side of the body).  Deterministic."""
    import math
    pts = [list(p) for p in points]
    keep = []
    for t in targets:
        inner = t.buffer(-0.6)
        keep.append(inner if inner.area > 0.5 else t)
    want = min_dist + 0.05
    for _round in range(rounds):
        moved = False
        for i in range(len(pts)):
            others = [(j, pts[j][0], pts[j][1]) for j in range(i + 1, len(pts))]
            if mirror_mid is not None:
                others += [(None, 2 * mirror_mid - q[0], q[1]) for q in pts]
            for j, qx, qy in others:
                dx, dy = pts[i][0] - qx, pts[i][1] - qy
                d = math.hypot(dx, dy)
                if d >= want:
                    continue
                if d < 1e-6:  # one point: split along a fixed, index-dependent direction
                    a = 0.7 + 1.3 * i
                    dx, dy, d = math.cos(a), math.sin(a), 1.0
                    gap = want
                else:
                    gap = want - d
                ux, uy = dx / d, dy / d
                if j is None:
                    pts[i][0] += ux * gap / 2
                    pts[i][1] += uy * gap / 2
                else:
                    pts[i][0] += ux * gap / 2
                    pts[i][1] += uy * gap / 2
                    pts[j][0] -= ux * gap / 2
                    pts[j][1] -= uy * gap / 2
                moved = True
        for i, t in enumerate(keep):
            p = Point(pts[i])
            if not t.contains(p):
                q = nearest_points(t, p)[0]
                pts[i] = [q.x, q.y]
        if not moved:
            break
    return [tuple(p) for p in pts]


class Builder:
    def __init__(self, d: Design, ref):
        self.d, self.ref = d, ref
        self.W = d.width
        self.mid = d.width / 2

    def norm(self, p):
        return [round(p[0] / self.W, 5), round(p[1] / H, 5)]

    def ring(self, poly):
        pts = list(poly.exterior.coords)[:-1]
        if Polygon(pts).exterior.is_ccw:
            pts.reverse()
        out = [self.norm(p) for p in pts]
        if not Polygon(out).is_valid:
            raise ValueError(f"{self.d.view}: invalid ring after rounding near {out[0]}")
        return out

    def rings(self, g):
        """Rings of ``g`` on the normalised 5-decimal grid (always valid polygons)."""
        from shapely import affinity, set_precision
        scaled = affinity.scale(g, 1 / self.W, 1 / H, origin=(0, 0))
        try:
            n = set_precision(scaled, 1e-5)
        except Exception:  # GEOS cannot snap a sliver hole: drop the sliver first
            n = set_precision(scaled.buffer(1e-6).buffer(-1e-6), 1e-5)
        out = []
        for p in no_holes(n):
            if p.area * self.W * H > 1.0:
                pts = [[round(x, 5), round(y, 5)] for x, y in list(p.exterior.coords)[:-1]]
                if Polygon(pts).exterior.is_ccw:
                    pts.reverse()
                out.append(pts)
        return out

    def sides_of(self, geom_fn, paired=True):
        """[(side, transformed)] for the designed geometry."""
        d = self.d
        if d.mode == "single":
            return [(d.side if paired else "midline", geom_fn(False))]
        if not paired:
            return [("midline", geom_fn(None))]
        return [(d.side, geom_fn(False)), (other(d.side), geom_fn(True))]

    def build(self):
        d, ref = self.d, self.ref
        regs_ref, mus_ref = ref["regions"], ref["muscles"]
        mirror = d.mode == "mirror"
        out_regions = []
        for rid, g in d.regions:
            info = regs_ref[rid]
            if not set(info["views"]) & set(d.ref_views):
                raise ValueError(f"{d.view}: {rid} is not a {d.ref_views} region in the reference")
            if mirror and not info["paired"]:
                geoms = [("midline", snap(unary_union([g, mirror_x(g, self.mid)])))]
            elif mirror:
                geoms = [(d.side, g), (other(d.side), mirror_x(g, self.mid))]
            else:
                geoms = [(d.side if info["paired"] else "midline", g)]
            for side, geom in geoms:
                out_regions.append({"id": rid, "label": info["label"], "side": side,
                                    "polygons": [self.ring(p) for p in no_holes(geom)]})
        out_regions.sort(key=lambda r: (r["id"], r["side"]))
        region_geoms = dict(d.regions)
        clip = d.sil.intersection(half_box(self.mid)) if mirror else d.sil
        muscles, sites = [], []
        # Superficial outlines form a partition: where two overlap, the smaller one wins.
        geoms = {spec.id: spec.geom.simplify(0.25).intersection(clip) for spec in d.muscles}
        taken = []
        for mid in sorted((m for m in geoms if m not in DEEP), key=lambda m: geoms[m].area):
            before = geoms[mid].area
            if taken:
                geoms[mid] = geoms[mid].difference(unary_union(taken))
            if geoms[mid].area < 0.4 * before:
                raise ValueError(f"{d.view}: superficial muscle {mid} is mostly hidden")
            taken.append(geoms[mid])
        placed, all_pts, all_targets = [], [], []
        for spec in d.muscles:
            info = mus_ref[spec.id]
            g = largest(geoms[spec.id])
            if g.area < 10:
                raise ValueError(f"{d.view}: muscle {spec.id} is empty after clipping")
            pos, targets = place_sites(g, info["trigger_points"], region_geoms, spec.sites,
                                       with_targets=True)
            placed.append((spec, info, g, len(all_pts), len(pos)))
            all_pts += pos
            all_targets += targets
        all_pts = spread_sites(all_pts, all_targets, SITE_SPACING * self.W,
                               self.mid if mirror else None)
        for spec, info, g, start, n in placed:
            pos = all_pts[start:start + n]
            if spec.fibres is None:
                raise ValueError(f"{d.view}: muscle {spec.id} has no fibre direction")
            kind, value = spec.fibres
            fibres = ({"angle": _angle(value)} if kind == "angle"
                      else {"toward": self.norm(value)})
            variants = [(d.side, g, pos, fibres)]
            if mirror:
                variants.append((other(d.side), mirror_x(g, self.mid),
                                 [(2 * self.mid - x, y) for x, y in pos],
                                 mirror_fibres(fibres, lambda p: [round(1.0 - p[0], 5), p[1]])))
            for side, geom, pts, fib in variants:
                muscles.append({"id": spec.id, "name": info["name"], "side": side,
                                "layer": "deep" if spec.id in DEEP else "superficial",
                                "polygons": self.rings(geom), "fibres": fib})
                for tp, p in zip(info["trigger_points"], pts):
                    n = self.norm(p)
                    sites.append({"muscle": spec.id, "label": tp["label"], "side": side,
                                  "x": n[0], "y": n[1]})
        muscles.sort(key=lambda m: (m["layer"] == "deep", m["id"], m["side"]))
        sites.sort(key=lambda s: (s["muscle"], s["label"], s["side"]))
        lms = []
        for lid, x, y in d.lm_mid:
            n = self.norm((x, y))
            lms.append({"id": lid, "label": LANDMARK_LABELS[lid], "side": "midline",
                        "x": n[0], "y": n[1]})
        for lid, x, y in d.lm_paired:
            pairs = [(d.side, (x, y))]
            if mirror:
                pairs.append((other(d.side), (2 * self.mid - x, y)))
            for side, p in pairs:
                n = self.norm(p)
                lms.append({"id": lid, "label": LANDMARK_LABELS[lid], "side": side,
                            "x": n[0], "y": n[1]})

        def lines(paired, mids):
            res = [[self.norm(p) for p in ln] for ln in mids]
            for ln in paired:
                res.append([self.norm(p) for p in ln])
                if mirror:
                    res.append([self.norm((2 * self.mid - p[0], p[1])) for p in ln])
            return res

        doc = {"view": d.view, "label": d.label, "version": d.version,
               "aspect": round(self.W / H, 5), **d.extra,
               "outline": [[self.norm(p) for p in r] for r in d.outline],
               "inner_lines": lines(d.lines_paired, d.lines_mid)}
        contours = lines(d.contours_paired, d.contours_mid)
        if contours:
            doc["contour_lines"] = contours
        doc["side_labels"] = {k: self.norm(v) for k, v in sorted(d.side_labels.items())}
        doc["landmarks"] = lms
        doc["regions"] = out_regions
        doc["muscles"] = muscles
        doc["sites"] = sites
        return doc


def mirror_doc(doc, view, label, side_map=None):
    """Left-right mirror image of a single-side view (e.g. lateral_left -> lateral_right)."""
    side_map = side_map or {"left": "right", "right": "left", "midline": "midline"}

    def m(p):
        return [round(1.0 - p[0], 5), p[1]]

    def mring(r):
        return [m(p) for p in reversed(r)]

    out = dict(doc)
    out.update(view=view, label=label)
    if "facing" in doc:
        out["facing"] = {"left": "right", "right": "left"}[doc["facing"]]
    out["outline"] = [mring(r) for r in doc["outline"]]
    out["inner_lines"] = [[m(p) for p in ln] for ln in doc["inner_lines"]]
    if "contour_lines" in doc:
        out["contour_lines"] = [[m(p) for p in ln] for ln in doc["contour_lines"]]
    out["side_labels"] = {side_map[k]: m(v) for k, v in doc["side_labels"].items()}
    out["landmarks"] = [dict(lm, side=side_map[lm["side"]], x=round(1.0 - lm["x"], 5))
                        for lm in doc["landmarks"]]
    out["regions"] = sorted([dict(r, side=side_map[r["side"]],
                                  polygons=[mring(p) for p in r["polygons"]])
                             for r in doc["regions"]], key=lambda r: (r["id"], r["side"]))
    out["muscles"] = sorted([dict(mu, side=side_map[mu["side"]],
                                  polygons=[mring(p) for p in mu["polygons"]],
                                  fibres=mirror_fibres(mu["fibres"], m))
                             for mu in doc["muscles"]],
                            key=lambda mu: (mu["layer"] == "deep", mu["id"], mu["side"]))
    if "previous_versions" in doc:
        out["previous_versions"] = {
            v: {"landmarks": [dict(lm, side=side_map[lm["side"]], x=round(1.0 - lm["x"], 5))
                              for lm in old["landmarks"]],
                "pieces": [{"polygon": [m(p) for p in reversed(piece["polygon"])],
                            "pairs": [m(pr[:2]) + m(pr[2:]) for pr in piece["pairs"]]}
                           for piece in old.get("pieces", [])]}
            for v, old in doc["previous_versions"].items()}
    out["sites"] = sorted([dict(s, side=side_map[s["side"]], x=round(1.0 - s["x"], 5))
                           for s in doc["sites"]], key=lambda s: (s["muscle"], s["label"], s["side"]))
    return out
