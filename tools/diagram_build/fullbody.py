"""Anterior / posterior full-body views (version 1 geometry: must not move).

Geometry is designed in a 500 x 1000 "design pixel" box (aspect 0.5), patient
standing in anatomical position, 8 head heights tall.  Only the viewer-left
half of the body is designed; the other half is its mirror image.
"""
from __future__ import annotations

import math

from shapely.geometry import LineString, Point, Polygon, box  # noqa: F401

from .common import P, above, assign, band, circle_pts, ellipse, half_box, qbez, smooth_closed, smooth_open, snap

W, H = 500.0, 1000.0
MID = W / 2
HEAD = 117.5  # head height in design px (figure spans y 30..970)
GRID = 0.01

VIEWS = {
    "anterior": {"label": "Anterior (front)", "viewer_left": "right"},
    "posterior": {"label": "Posterior (back)", "viewer_left": "left"},
}


def mirror_pt(p):
    return (2 * MID - p[0], p[1]) + tuple(p[2:])


# --------------------------------------------------------------------------
# limb frames


class Frame:
    """Straight limb segment a->b; u in 0..1 along it, s = px toward the body."""

    def __init__(self, a, b):
        self.a, self.b = a, b
        dx, dy = b[0] - a[0], b[1] - a[1]
        self.len = math.hypot(dx, dy)
        self.d = (dx / self.len, dy / self.len)
        self.n = (self.d[1], -self.d[0])  # medial (toward the midline, +x)
        if self.n[0] < 0:
            self.n = (-self.n[0], -self.n[1])

    def at(self, u, s=0.0):
        return (self.a[0] + self.d[0] * self.len * u + self.n[0] * s,
                self.a[1] + self.d[1] * self.len * u + self.n[1] * s)

    def quad(self, u0, u1, s0=-150.0, s1=150.0):
        return Polygon([self.at(u0, s0), self.at(u1, s0), self.at(u1, s1), self.at(u0, s1)])


SHOULDER_J = (150.0, 213.0)
ELBOW = (113.0, 372.0)
WRIST = (69.0, 506.0)
UA = Frame(SHOULDER_J, ELBOW)
FA = Frame(ELBOW, WRIST)
HAND_D = (-0.26, 0.966)
HAND_L = (-0.966, -0.26)  # lateral (thumb side) unit vector


def arm_side(profile, lateral):
    """Contour points along the arm; profile = [(t, half_width)], t in 0..2."""
    out = []
    for t, w in profile:
        fr, u = (UA, t) if t <= 1 else (FA, t - 1)
        # blend the normal across the elbow for a smooth bend
        k = min(1.0, max(0.0, (t - 0.85) / 0.3))
        nx = UA.n[0] * (1 - k) + FA.n[0] * k
        ny = UA.n[1] * (1 - k) + FA.n[1] * k
        nl = math.hypot(nx, ny)
        p = fr.at(u)
        sgn = -1.0 if lateral else 1.0
        out.append((p[0] + sgn * w * nx / nl, p[1] + sgn * w * ny / nl))
    return out


def hand_pt(u, v):
    """Hand-local: u px from the wrist along the hand, v px toward the thumb."""
    return (WRIST[0] + HAND_D[0] * u + HAND_L[0] * v, WRIST[1] + HAND_D[1] * u + HAND_L[1] * v)


ARM_LATERAL = [(0.15, 26), (0.32, 23), (0.55, 19.5), (0.8, 18), (0.97, 17.5),
               (1.12, 20), (1.3, 20), (1.55, 17), (1.8, 14.5), (1.97, 14)]
ARM_MEDIAL = [(1.97, 13), (1.8, 13.5), (1.5, 16.5), (1.22, 20.5), (1.04, 20),
              (0.9, 18.5), (0.65, 19.5), (0.42, 19)]
HAND = [(6, 15.5), (14, 19), (22, 22), (30, 24.2), (38, 25.6), (46, 26.2), (53, 25.4),
        (57.8, 23.2), (59.6, 20.4), (58, 18.2), (52, 17.2), (44, 16.7), (35.5, 15.4, "c"),
        (45, 13.6), (57, 14), (69, 14.2), (79, 12.6), (85.6, 7.6), (88.2, 0.5), (87, -7),
        (83, -13.5), (76, -18.5), (62, -21.5), (44, -21.5), (24, -17.5), (7, -13.5)]


# --------------------------------------------------------------------------
# silhouette


def half_contour(view):
    """Viewer-left half of the outline, vertex -> crotch, design px."""
    head = [(250, 30), (238, 31), (227, 34.5), (218, 41), (211.5, 50), (208, 61),
            (206.5, 73), (207, 84), (204.8, 88), (203.2, 95), (203.6, 103), (205.6, 110),
            (208.6, 114.5), (211.5, 119), (214, 125), (217.5, 131.5), (222, 137.5)]
    neck = [(223.5, 146), (223, 156), (221.5, 165), (216.5, 174), (207, 182), (194, 188.5),
            (178, 193.5), (162, 198), (149, 202.5), (139, 207.5), (130.5, 214.5)]
    arm_out = arm_side(ARM_LATERAL, lateral=True)
    hand = [hand_pt(*p[:2]) + tuple(p[2:]) for p in HAND]
    arm_in = arm_side(ARM_MEDIAL, lateral=False)
    torso = [(160.5, 262, "c"), (162, 282), (165, 310), (170, 342), (173.5, 370),
             (173, 395), (169, 418), (163, 442), (160, 468)]
    leg_out = [(159.5, 500), (162.5, 545), (167, 592), (173, 640), (179, 685), (183.5, 715),
               (184.5, 742), (181, 768), (179.5, 795), (182, 830), (188, 868), (191.5, 900),
               (193, 922)]
    if view == "anterior":
        foot = [(191, 933), (187, 944), (182.5, 955), (180.5, 962.5), (183, 968.5),
                (191, 971.2), (203, 972.6), (214, 972.8), (222.5, 971.5), (227.3, 966.5),
                (228.6, 958), (227.3, 947), (224.5, 937)]
    else:
        foot = [(190.5, 936), (187, 948), (185, 959), (188, 966), (196, 970.5), (207, 972.2),
                (217, 970), (224, 963), (227, 953), (225.5, 941)]
    leg_in = [(222, 926), (221.5, 905), (223.5, 875), (230, 835), (235, 795), (234, 768),
              (231.5, 748), (232.5, 722), (236, 690), (240, 640), (243.5, 590), (246.5, 545),
              (250, 506, "c")]
    return head + neck + arm_out + hand + arm_in + torso + leg_out + foot + leg_in


def control_loop(view):
    half = half_contour(view)
    other = [mirror_pt(p) for p in reversed(half[1:-1])]
    return half + other


def silhouette(view):
    pts = smooth_closed(control_loop(view))
    poly = Polygon(pts)
    if not poly.is_valid:
        raise ValueError(f"{view}: outline self-intersects")
    return pts, poly

HEADZONE = P((100, 0), (250, 0), (250, 149), (224, 141), (200, 118), (100, 118))
NECKZONE = P((250, 149), (224, 141), (200, 118), (180, 118), (180, 178), (216, 180),
             (236, 190), (250, 193))
CLAVICLE = [(246, 193.5), (232, 195), (214, 198), (196, 198.5), (178, 200.5), (160, 205),
            (148, 209)]
ARMZONE = P((0, 120), (175, 120), (165, 200), (160.5, 262), (157, 300), (150, 380),
            (128, 480), (100, 600), (0, 660))
ELBOW_MED = FA.at(0.0, 19.5)
ELBOW_LAT = FA.at(0.0, -17.5)


def anterior_specs():
    leg = P((0, 430), (186, 424), (250, 502), (250, 1000), (0, 1000)).difference(ARMZONE)
    return [
        ("vertex", HEADZONE.intersection(box(0, 0, 260, 46))),
        ("eyebrow", P((217, 78), (232, 74.5), (247, 76), (247, 83), (232, 82), (217, 85))),
        ("eye_orbit", P((217, 85), (232, 82), (247, 83), (247, 98), (217, 98))),
        ("temple", box(0, 50, 217, 101).intersection(HEADZONE)),
        ("forehead", HEADZONE.intersection(box(0, 0, 260, 84))),
        ("cheek_maxilla", HEADZONE.intersection(box(0, 0, 260, 121))),
        ("lower_jaw_teeth", HEADZONE),
        ("throat", NECKZONE.intersection(box(237, 0, 260, 300))),
        ("lateral_neck", NECKZONE),
        ("acromion", ellipse(140, 210, 13, 12)),
        ("upper_trapezius_ridge", above(CLAVICLE + [(100, 212)])),
        ("axilla", ellipse(160, 263, 12, 22)),
        ("anterior_shoulder", UA.quad(-0.5, 0.33, -80, 18).union(
            P((100, 200), (172, 198), (170, 240), (100, 240))).intersection(ARMZONE)),
        ("medial_epicondyle", Point(ELBOW_MED).buffer(9.5)),
        ("antecubital", UA.quad(0.86, 1.0, -8, 12).union(FA.quad(0.0, 0.12, -8, 12))),
        ("medial_arm", UA.quad(0.3, 0.95, 6, 80).intersection(ARMZONE)),
        ("anterior_arm", UA.quad(0.0, 1.0).intersection(ARMZONE)),
        ("wrist_volar", FA.quad(0.86, 1.06).intersection(ARMZONE)),
        ("forearm_radial", FA.quad(0.0, 0.86, -80, -9).intersection(ARMZONE)),
        ("forearm_ulnar", FA.quad(0.0, 0.86, 9, 80).intersection(ARMZONE)),
        ("forearm_volar", FA.quad(-0.1, 0.9).intersection(ARMZONE)),
        ("palm", ARMZONE),
        ("infraclavicular", P(*CLAVICLE, (150, 232), (172, 226), (200, 222), (225, 220),
                              (246, 218))),
        ("sternum", box(241, 190, 260, 330)),
        ("breast_nipple", ellipse(204, 267, 18, 17)),
        ("lateral_chest_ribs", P((150, 240), (184, 246), (186, 350), (150, 350))),
        ("pectoral", box(150, 190, 260, 280)),
        ("upper_abdomen", box(150, 280, 260, 378)),
        ("groin", band([(190, 432), (220, 466), (248, 499)], 10)),
        ("anterior_hip", P((140, 415), (184, 424), (196, 446), (202, 476), (196, 500),
                           (140, 500))),
        ("lower_abdomen", P((140, 300), (260, 300), (260, 503), (250, 503), (186, 423),
                            (140, 430))),
        ("patella_anterior_knee", ellipse(208, 727, 17, 21)),
        ("medial_knee", box(224, 698, 260, 762).intersection(leg)),
        ("medial_thigh", P((219, 430), (260, 430), (260, 705), (222, 705)).intersection(leg)),
        ("anterior_thigh", box(0, 400, 260, 712).intersection(leg)),
        ("foot_dorsum", box(0, 941, 260, 1000)),
        ("anterior_ankle", box(0, 905, 260, 941)),
        ("medial_leg", P((221, 740), (260, 740), (260, 905), (214, 905))),
        ("shin", leg),
    ]


def posterior_specs():
    leg = box(0, 480, 250, 1000).difference(ARMZONE)
    return [
        ("vertex", HEADZONE.intersection(box(0, 0, 260, 46))),
        ("mastoid", ellipse(211, 121, 8, 10)),
        ("occiput", HEADZONE.intersection(box(0, 0, 260, 112))),
        ("suboccipital", box(0, 100, 260, 158).intersection(HEADZONE.union(NECKZONE))),
        ("neck_angle", P((180, 160), (220, 160), (232, 178), (240, 192), (180, 192))
         .intersection(NECKZONE)),
        ("posterior_neck", NECKZONE),
        ("acromion", ellipse(140, 210, 13, 12)),
        ("upper_trapezius_ridge", above([(250, 200), (232, 203), (205, 207), (180, 211),
                                         (158, 214), (100, 214)])),
        ("posterior_shoulder", UA.quad(-0.5, 0.33).intersection(ARMZONE)),
        ("olecranon", Point(ELBOW).buffer(10.5)),
        ("medial_epicondyle", Point(ELBOW_MED).buffer(9.5)),
        ("lateral_epicondyle", Point(ELBOW_LAT).buffer(9)),
        ("posterior_arm", UA.quad(0.0, 1.05).intersection(ARMZONE)),
        ("wrist_dorsal", FA.quad(0.86, 1.06).intersection(ARMZONE)),
        ("forearm_ulnar", FA.quad(0.0, 0.86, 9, 80).intersection(ARMZONE)),
        ("forearm_dorsal", FA.quad(-0.1, 0.9).intersection(ARMZONE)),
        ("hand_dorsal", ARMZONE),
        ("inferior_scapular_angle", ellipse(211, 301, 15, 14)),
        ("upper_thoracic_paraspinal", box(234, 150, 260, 292)),
        ("lower_thoracic_paraspinal", box(234, 292, 260, 368)),
        ("lumbar_paraspinal", box(232, 368, 260, 416)),
        ("medial_scapular_border", box(219, 190, 234, 300)),
        ("suprascapular", P((140, 200), (226, 200), (226, 228), (150, 216))),
        ("scapula_body", box(140, 200, 226, 305)),
        ("sacroiliac", ellipse(229, 431, 10, 14)),
        ("sacrum", P((234, 414), (260, 414), (260, 484), (250, 484), (243, 470))),
        ("coccyx", box(238, 460, 260, 497)),
        ("iliac_crest", band([(150, 412), (178, 405), (205, 403), (232, 412)], 8.5)),
        ("flank", box(140, 280, 234, 415)),
        ("gluteal_fold", P((150, 480), (190, 492), (220, 501), (250, 505), (250, 526),
                           (218, 523), (185, 512), (150, 500))),
        ("buttock", box(140, 400, 260, 520)),
        ("posterior_knee", box(0, 702, 260, 764).intersection(leg)),
        ("posterior_thigh", box(0, 400, 260, 712).intersection(leg)),
        ("heel", box(0, 938, 260, 1000)),
        ("achilles", P((199, 868), (217, 868), (218, 938), (198, 938))),
        ("medial_leg", P((221, 740), (260, 740), (260, 938), (214, 938))),
        ("calf", leg),
    ]

# --------------------------------------------------------------------------
# landmarks and inner lines (viewer-left half; mirrored for the other side)

def landmarks(view):
    mid = [("vertex", 250, 30.5)]
    paired = [("acromion", 140, 208), ("wrist", *WRIST), ("greater_trochanter", 160, 470),
              ("knee", 208, 732), ("ankle", 207, 926)]
    if view == "anterior":
        mid += [("chin", 250, 147.5), ("sternal_notch", 250, 193), ("xiphoid", 250, 322),
                ("navel", 250, 384)]
        paired += [("elbow", *ELBOW), ("medial_epicondyle", *ELBOW_MED), ("asis", 186, 421),
                   ("patella", 208, 725)]
    else:
        mid += [("c7", 250, 190), ("t12", 250, 362)]
        paired += [("olecranon", *ELBOW), ("medial_epicondyle", *ELBOW_MED),
                   ("psis", 230, 432), ("inferior_scapular_angle", 212, 300),
                   ("popliteal_fossa", 208, 738), ("heel", 207, 968)]
    return mid, paired

def finger_lines():
    """The clefts between the four fingers, from the knuckles to the outline at the fingertips:
    with the thumb, a five-fingered hand inside the version-1 outline (no region moves)."""
    return [smooth_open([hand_pt(56, v * 0.9), hand_pt((56 + edge) / 2, v), hand_pt(edge, v * 1.02)])
            for v, edge in ((6.5, 85.2), (-3, 87.3), (-12.5, 83.2))]


def inner_lines(view):
    """Returns (paired_lines, midline_lines) as lists of point lists (design px)."""
    paired, mid = [], []
    # (the clefts between the fingers are drawn as contours: views.fullbody)
    if view == "anterior":
        paired += [
            CLAVICLE[:-1],                                                    # clavicle
            [(216, 118), (222, 131), (233, 141), (243, 145.5), (250, 146.5)],  # jaw
            [(172, 246), (180, 272), (196, 286), (220, 288), (240, 280)],     # pectoral
            [(190, 434), (206, 455), (224, 474), (236, 486)],                 # inguinal
            circle_pts(208, 726, 11, 14.5, a0=0.15 * math.pi, a1=2.15 * math.pi),  # patella
            [(217, 790), (212, 840), (210, 890)],                             # tibia crest
            [(196, 960), (196.5, 970)], [(204, 959), (204.5, 971)],           # toes
            [(212, 959), (212.3, 971)], [(219.5, 958), (219.7, 970)],
            qbez(FA.at(0.06, -8), FA.at(0.1, 0), FA.at(0.06, 8)),                 # elbow crease
        ]
        mid += [
            [(250, 200), (250, 318)],                                         # sternum
            circle_pts(250, 384, 3.2, 4.2, n=20),                             # navel
        ]
    else:
        paired += [
            [(224, 226), (205, 220), (184, 215), (164, 213), (150, 212)],     # scapular spine
            [(224, 207), (226.5, 235), (223.5, 268), (217, 294), (211.5, 302.5),
             (205, 298), (192, 280), (180, 260), (173, 246)],                # scapula border
            [(236, 505), (222, 510), (205, 507), (188, 499)],                 # gluteal fold
            [(191, 739), (206, 742.5), (224, 739)],                           # popliteal
            [(197, 880), (199, 920)], [(217, 880), (215, 920)],               # achilles
            qbez(UA.at(0.985, -7), UA.at(1.02, 0), UA.at(0.985, 7)),                # olecranon
        ]
        mid += [
            [(250, 188), (250, 420)],                                         # spine
            [(250, 468), (250, 504)],                                         # natal cleft
        ]
    return [smooth_open(l) for l in paired], [smooth_open(l) for l in mid]



def design(view):
    """Silhouette points, silhouette polygon, designed half and carved regions."""
    pts, sil = silhouette(view)
    pts = [(round(x / GRID) * GRID, round(y / GRID) * GRID) for x, y in pts]
    sil = Polygon(pts)
    half = snap(sil.intersection(half_box(MID)))
    specs = anterior_specs() if view == "anterior" else posterior_specs()
    return pts, sil, half, assign(half, specs)
