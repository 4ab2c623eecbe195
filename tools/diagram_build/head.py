"""Head close-ups: head_lateral_left (mirrored to head_lateral_right) and head_posterior.

Both are designed in the coordinates of the full-body views (lateral / posterior) and
scaled up onto an 800 x 1000 (lateral) or 900 x 1000 (posterior) design box.
"""
from __future__ import annotations

from dataclasses import replace

from shapely import affinity
from shapely.geometry import Polygon, box

from . import fullbody as fb
from . import lateral as lat
from .assemble import Design, MuscleSpec
from .common import P, above, assign, ellipse, largest, smooth_closed, smooth_open, snap
from .fullbody_muscles import posterior_muscles


def scaled(d: Design, s, xoff, yoff, width):
    """Design ``d`` (source coordinates) scaled by ``s`` and shifted onto a new box."""
    def pt(p):
        return (p[0] * s + xoff, p[1] * s + yoff)

    def g(geom):
        return affinity.affine_transform(geom, [s, 0, 0, s, xoff, yoff])

    def pts(line):
        return [pt(p) for p in line]

    return replace(
        d, width=width, outline=[pts(r) for r in d.outline], sil=g(d.sil),
        regions=[(rid, g(geom)) for rid, geom in d.regions],
        muscles=[MuscleSpec(m.id, g(m.geom), None if m.sites is None else
                            [None if h is None else pt(h) for h in m.sites],
                            m.fibres if m.fibres is None or m.fibres[0] == "angle"
                            else ("toward", pt(m.fibres[1])))
                 for m in d.muscles],
        lm_mid=[(i, *pt((x, y))) for i, x, y in d.lm_mid],
        lm_paired=[(i, *pt((x, y))) for i, x, y in d.lm_paired],
        lines_mid=[pts(ln) for ln in d.lines_mid], lines_paired=[pts(ln) for ln in d.lines_paired],
        contours_mid=[pts(ln) for ln in d.contours_mid],
        contours_paired=[pts(ln) for ln in d.contours_paired])


# --------------------------------------------------------------------------
# lateral close-up (source: lateral full-body coordinates)

LS, LX, LY = 4.1, 400 - 262 * 4.1, 60 - 30 * 4.1


def lateral_design():
    body = lat.BODY
    front = body[:body.index((222, 214)) + 1]
    back = body[body.index((320, 226)):]
    loop = front + [(216.5, 227, "c"), (240, 231.5), (270, 233), (300, 232), (321, 228, "c")] + back
    pts = smooth_closed(loop, 0.5)
    pts = [(round(x, 2), round(y, 2)) for x, y in pts]
    sil = Polygon(pts)
    assert sil.is_valid
    headz = lat.HEADZ
    specs = [
        ("vertex", headz.intersection(box(0, 0, 500, 46))),
        ("ear", ellipse(282, 106, 8.5, 15)),
        ("tmj", ellipse(268, 106, 5, 5.5)),
        ("mastoid", ellipse(294, 124, 8, 9)),
        ("jaw_angle", ellipse(259, 139, 9.5, 8).intersection(headz)),
        ("eyebrow", P((210, 84), (236, 82), (236, 90), (210, 91))),
        ("eye_orbit", P((210, 91), (236, 90), (236, 101), (210, 101))),
        ("temple", headz.intersection(P((234, 52), (272, 48), (276, 95), (263, 99), (238, 98)))),
        ("forehead", headz.intersection(box(0, 0, 250, 91))),
        ("mouth_palate_tongue", ellipse(211, 124.5, 8, 3.2)),
        ("upper_teeth", headz.intersection(P((195, 114), (232, 116), (232, 123), (195, 122)))),
        ("cheek_maxilla", headz.intersection(box(0, 0, 268, 121))),
        ("lower_jaw_teeth", headz.intersection(box(0, 0, 272, 200))),
        ("suboccipital", P((291, 128), (299, 126), (320, 122), (320, 146), (294, 148))),
        ("occiput", headz.intersection(box(297, 40, 400, 200))),
        ("parietal", headz),
        ("neck_angle", ellipse(303, 198, 9, 10)),
        ("upper_trapezius_ridge", P((278, 190), (304, 190), (330, 212), (330, 240), (268, 240),
                                    (268, 210))),
        ("posterior_neck", P((287, 130), (400, 130), (400, 215), (296, 212))),
        ("throat", P((100, 150), (244, 150), (250, 215), (100, 215))),
        ("lateral_neck", None),
    ]
    regs = assign(snap(sil), specs)
    keep = set(lat.HEAD_NECK)
    mus = [m for m in lat.muscles() if m.id in keep]
    lines = [
        smooth_open([(222, 152), (240, 150), (256, 145), (262, 138), (266, 124)]),  # jaw
        smooth_open([(218, 95.5), (222, 94.5), (226, 95), (229, 96.5)], 0.4),         # eye
        smooth_open([(219, 98.5), (223, 99), (227, 98)], 0.4),
        smooth_open([(214, 87), (222, 85.5), (232, 87)], 0.4),                      # eyebrow
        smooth_open([(247, 101), (260, 99.5), (273, 101)], 0.4),                    # zygoma
        smooth_open([(205.5, 110.5), (209, 112.5), (210, 115)], 0.4),               # nostril
        smooth_open([(203, 125), (209, 124.5), (213, 125.5)], 0.4),                 # lips
        smooth_open([(282, 99), (287, 99), (288.5, 106), (285, 112)], 0.4),         # ear
        smooth_open([(236, 200), (252, 204), (268, 210)], 0.5),                     # clavicle
        smooth_open([(300, 136), (308, 126), (312, 116)], 0.5),                     # nuchal
    ]
    ear = smooth_open([(276, 96), (281, 90.5), (289, 92), (293, 101), (291, 112), (287, 118.5),
                       (285, 124), (280, 126), (276.5, 122)], 0.4)
    d = Design(
        view="head_lateral_left", label="Head and neck, left side", width=800.0,
        outline=[pts], sil=sil, mode="single", side="left", regions=list(regs.items()),
        ref_views=("head", "lateral_left"), muscles=mus,
        lm_mid=[("vertex", 262, 30.5), ("chin", 213, 148), ("nasion", 211, 93),
                ("c7", 300, 193)],
        lm_paired=[("tragus", 274, 105), ("mastoid", 294, 125), ("tmj", 268, 107),
                   ("zygomatic_arch", 258, 100), ("mandible_angle", 262, 140),
                   ("inion", 309, 119)],
        lines_mid=lines, contours_mid=[ear],
        extra={"facing": "left"})
    d = scaled(d, LS, LX, LY, 800.0)
    d.side_labels = {"left": (720.0, 110.0)}
    return d


# --------------------------------------------------------------------------
# posterior close-up (source: posterior full-body coordinates, left half)

PS, PX, PY = 3.05, 450 - 250 * 3.05, 100 - 30 * 3.05
CUT = 246.0
POSTERIOR_KEEP = ("upper_trapezius", "middle_trapezius", "levator_scapulae", "splenius_capitis",
                  "splenius_cervicis", "semispinalis_capitis", "suboccipitals", "supraspinatus",
                  "rhomboids", "serratus_posterior_superior")


def posterior_design():
    _, sil_full = fb.silhouette("posterior")
    sil = largest(sil_full.intersection(box(0, 0, 500, CUT)))
    pts = [(round(x, 2), round(y, 2)) for x, y in list(sil.exterior.coords)[:-1]]
    sil = Polygon(pts)
    half = snap(sil.intersection(box(-1000, -1000, fb.MID, 2000)))
    specs = [
        ("vertex", fb.HEADZONE.intersection(box(0, 0, 260, 46))),
        ("ear", ellipse(205, 96, 5.5, 11)),
        ("mastoid", ellipse(212, 121, 7.5, 9)),
        ("parietal", fb.HEADZONE.intersection(P((180, 46), (226, 46), (223, 102), (180, 102)))),
        ("occiput", fb.HEADZONE.intersection(box(0, 0, 260, 112))),
        ("suboccipital", box(0, 100, 260, 158).intersection(fb.HEADZONE.union(fb.NECKZONE))),
        ("neck_angle", P((180, 160), (220, 160), (232, 178), (240, 192), (180, 192))
         .intersection(fb.NECKZONE)),
        ("posterior_neck", fb.NECKZONE.intersection(box(231, 0, 260, 300))),
        ("lateral_neck", fb.NECKZONE),
        ("acromion", ellipse(140, 210, 13, 12)),
        ("upper_trapezius_ridge", above([(250, 200), (232, 203), (205, 207), (180, 211),
                                         (158, 214), (100, 214)])),
        ("posterior_shoulder", fb.UA.quad(-0.5, 0.33).intersection(fb.ARMZONE)),
        ("upper_thoracic_paraspinal", box(234, 150, 260, 292)),
        ("medial_scapular_border", box(219, 190, 234, 300)),
        ("suprascapular", P((140, 200), (226, 200), (226, 228), (150, 216))),
        ("scapula_body", None),
    ]
    regs = assign(half, specs)
    mus = [m for m in posterior_muscles() if m.id in POSTERIOR_KEEP]
    lines_p = [
        smooth_open([(224, 226), (205, 220), (184, 215), (164, 213), (150, 212)]),
        smooth_open([(224, 207), (226.5, 235), (225.5, CUT - 1)]),
        smooth_open([(226, 100), (234, 106), (244, 109), (250, 109.5)], 0.5),  # nuchal line
        smooth_open([(206.5, 90), (209, 96), (208, 103)], 0.4),               # ear
    ]
    d = Design(
        view="head_posterior", label="Head, neck and shoulders, back", width=900.0,
        outline=[pts], sil=sil, mode="mirror", side="left", regions=list(regs.items()),
        ref_views=("head", "posterior"), muscles=mus,
        lm_mid=[("vertex", 250, 30.5), ("inion", 250, 108), ("c7", 250, 190), ("t1", 250, 199)],
        lm_paired=[("mastoid", 212, 122), ("acromion", 140, 208),
                   ("superior_scapular_angle", 224, 207), ("scapular_spine", 190, 216)],
        lines_paired=lines_p, lines_mid=[smooth_open([(250, 150), (250, CUT - 1)])])
    d = scaled(d, PS, PX, PY, 900.0)
    d.side_labels = {"left": (90.0, 110.0), "right": (810.0, 110.0)}
    return d
