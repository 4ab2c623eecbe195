"""Full-body lateral view: the patient's LEFT side seen from the patient's left.

The patient faces the viewer's left ("facing": "left"), arm hanging at the side (drawn
over the trunk with dark interior contour lines).  500 x 1000 design box, same heights as
the anterior view (vertex 30, chin 148, sole 973).  lateral_right is the mirror image.
"""
from __future__ import annotations

from shapely.geometry import Polygon, box

from .assemble import Design
from .assemble import MuscleSpec as M
from .common import (
    P,
    above,
    assign,
    band,
    below,
    blob,
    circle_pts,
    ellipse,
    largest,
    qbez,
    sband,
    smooth_closed,
    smooth_open,
    snap,
)
from .fibres import LATERAL, attach

W = 500.0

BODY = [
    (262, 30), (248, 32), (234, 38), (224, 47), (217, 58), (214, 70), (213, 80), (211, 86),
    (209, 89), (211, 93), (208, 99), (204, 106), (201.5, 111), (203, 114.5), (208, 117),
    (207.5, 121), (209.5, 124.5), (207.5, 128.5), (211, 134), (209.5, 141), (213, 148),
    (222, 152.5), (232, 154.5), (238, 160), (238.5, 172), (236, 185), (233, 197), (222, 214),
    (212, 240), (208, 265), (213, 292), (221, 312), (224, 336), (222, 366), (223, 396),
    (228, 430), (236, 462), (235, 500), (232, 560), (236, 640), (243, 700), (246, 724),
    (250, 748), (252.5, 770), (256.5, 820), (262, 880), (266, 903), (267, 915), (259, 925),
    (241, 937), (216, 949), (193, 957), (177, 961), (169.5, 965), (169, 970.5), (178, 973),
    (230, 973.5), (280, 973.5), (300, 971.5), (307.5, 963), (306.5, 946), (299, 927),
    (296.5, 905), (300, 862), (311, 822), (317.5, 792), (314, 766), (302, 745), (306, 700),
    (315, 640), (320, 582), (326, 532), (334, 505), (338.5, 480), (336, 450), (326, 425),
    (315, 402), (312, 372), (317, 330), (323, 292), (325.5, 256), (320, 226), (309, 206),
    (299.5, 191), (294.5, 173), (294, 152), (299, 137), (307.5, 121), (312.5, 101),
    (313, 78), (308, 58), (298, 42), (282, 33),
]

# Version 1 (until the arm was moved off the hip): the arm hanging at the side, a capsule ending in
# a mitten over the hip.  Kept to map version-1 marks onto version 2 (see forearm_pieces_v1).
ARM_V1 = [
    (279, 196), (263, 201), (253, 216), (250.5, 240), (253, 270), (255.5, 305), (257.5, 345),
    (256, 380), (253.5, 420), (256.5, 465), (262, 502), (261, 514), (252, 533), (248.5, 552),
    (251, 566), (257, 566), (258, 578), (258.5, 598), (263, 613), (271, 614), (277, 600),
    (282, 575), (284.5, 545), (283, 515), (283, 500), (290, 455), (295.5, 410), (301, 376),
    (305.5, 330), (306, 280), (305, 240), (300, 214), (291, 200),
]
V1_ELBOW, V1_WRIST, V1_TIP = (279.0, 385.0), (272.0, 506.0), (267.0, 614.0)

# Version 2: the upper arm hangs as before; the elbow is bent to a right angle, the forearm points
# forward (thumb up, the back of the hand toward the viewer) and the hand with its five fingers is
# in front of the waist, clear of the hip.
ARM = [
    (279, 196), (263, 201), (253, 216), (250.5, 240), (253, 270), (255.5, 305), (257.5, 338),
    (255, 354), (243, 358), (218, 359), (192, 364), (168, 368), (150, 365), (124, 360),
    (117, 366), (115, 380), (117, 395), (124, 400), (146, 396), (168, 391), (196, 393),
    (228, 395), (258, 396), (283, 395), (296, 390), (300, 379), (301, 376), (305.5, 330), (306, 280),
    (305, 240), (300, 214), (291, 200),
]
ELBOW, WRIST, TIP = (281.0, 380.0), (168.0, 380.0), (70.0, 372.0)
FINGERS = (  # axis from the knuckle to the tip, half width: index, middle, ring, little
    ([(121, 363.5), (101, 360.5), (81, 357.5)], 4.6),
    ([(119, 373.5), (96, 372.5), (72, 371.5)], 4.8),
    ([(119, 384.5), (98, 386.5), (77, 389)], 4.6),
    ([(121, 394.5), (105, 398), (90, 402)], 4.0),
)
THUMB = ([(160, 366), (146, 357), (130, 350), (114, 346)], 4.8)


def arm_shape():
    """The arm (design px): upper arm, bent elbow, forearm, hand, thumb and four fingers."""
    from shapely.ops import unary_union
    parts = [Polygon(smooth_closed(ARM, 1.6)).buffer(0)]
    parts += [sband(axis, hw, 2.0) for axis, hw in (*FINGERS, THUMB)]
    arm = unary_union(parts).buffer(1.2, 16).buffer(-1.2, 16)
    return snap(arm.simplify(0.05))


def silhouettes():
    body = smooth_closed(BODY, 1.6)
    body = [(round(x, 2), round(y, 2)) for x, y in body]
    trunk = Polygon(body)
    if not trunk.is_valid:
        raise ValueError("lateral outline self-intersects")
    arm = arm_shape()
    sil = snap(trunk.union(arm))
    if sil.geom_type != "Polygon" or sil.interiors:
        raise ValueError("lateral outline: the arm must join the body in one piece")
    outline = [(round(x, 2), round(y, 2)) for x, y in list(sil.exterior.coords)[:-1]]
    arm_ring = list(arm.exterior.coords)
    return outline, sil, arm_ring, arm


def _span(g, line, near):
    """The piece of ``g`` cut by ``line`` that passes nearest ``near``: its two end points."""
    from shapely.geometry import Point as SPoint
    cut = g.intersection(line)
    parts = [cut] if cut.geom_type == "LineString" else list(getattr(cut, "geoms", []))
    seg = min(parts, key=lambda ln: ln.distance(SPoint(near)))
    (ax, ay), (bx, by) = seg.coords[0], seg.coords[-1]
    return sorted([(ax, ay), (bx, by)])if line.coords[0][1] == line.coords[1][1] else \
        sorted([(ax, ay), (bx, by)], key=lambda p: p[1])


def forearm_pieces_v1(arm):
    """Version-1 forearm and hand (design px) and where each went in version 2: [(old outline,
    [(old point, new point)])].  Each old piece is a vertical strip (front edge to back edge,
    top to bottom) laid onto a horizontal strip of the new arm (top edge to bottom edge, elbow to
    fingertip): the forearm onto the forearm, the mitten's palm onto the palm, its fingers onto the
    middle finger.  Old points are taken 1 px outside the old outline and sent 1 px inside the
    new one, so every version-1 forearm point lands on the new forearm or hand."""
    from shapely.geometry import LineString
    old = Polygon(smooth_closed(ARM_V1, 1.6))
    middle = FINGERS[1][0]
    palm = arm.intersection(below([(100, 358), (124, 359.5), (150, 364.5), (172, 368)]))
    strips = ((385.0, 506.0, 248.0, 168.0, lambda x: 380.0),
              (506.0, 566.0, 168.0, 124.0, lambda x: 380.0),
              (566.0, 616.0, 121.0, 76.0,
               lambda x: middle[0][1] + (middle[2][1] - middle[0][1]) * (middle[0][0] - x)
               / (middle[0][0] - middle[2][0])))
    out = []
    for k, (y0, y1, x0, x1, axis) in enumerate(strips):
        new = palm if k == 1 else arm  # the palm without the thumb
        piece = largest(old.intersection(box(200, y0, 340, y1)))
        pairs = []
        n = 8
        for i in range(n + 1):
            t = i / n
            oy = min(max(y0 + (y1 - y0) * t, piece.bounds[1] + 0.3), piece.bounds[3] - 0.3)
            front, back = _span(piece, LineString([(150, oy), (400, oy)]), (270, oy))
            nx = x0 + (x1 - x0) * t
            top, bottom = _span(new, LineString([(nx, 300), (nx, 450)]), (nx, axis(nx)))
            ends = []
            for (ox, _), (_, ny), out_, in_ in ((front, top, -1.0, 1.0), (back, bottom, 1.0, -1.0)):
                ends.append(((ox + out_, oy), (nx, ny + in_)))
            (fo, fn), (bo, bn) = ends
            for s_ in (0.0, 0.5, 1.0):
                pairs.append(((fo[0] + (bo[0] - fo[0]) * s_, oy),
                              (nx, fn[1] + (bn[1] - fn[1]) * s_)))
        if pairs[0][0][1] > piece.bounds[1]:   # the strip's ends, 1 px outside too
            pairs = [((p[0], p[1] - 1.0), q) for p, q in pairs[:3]] + pairs
        if pairs[-1][0][1] < piece.bounds[3]:
            pairs += [((p[0], p[1] + 1.0), q) for p, q in pairs[-3:]]
        out.append((piece, pairs))
    return out


HEADZ = above([(100, 152), (222, 152), (245, 151), (262, 142), (282, 131), (300, 136),
               (400, 136)])


def regions(sil, arm):
    specs = [
        ("vertex", HEADZ.intersection(box(0, 0, 500, 46))),
        ("ear", ellipse(280, 104, 8, 15)),
        ("tmj", ellipse(266.5, 104, 5.5, 6)),
        ("mastoid", ellipse(293, 123, 9, 11)),
        ("jaw_angle", ellipse(259, 139, 10, 8).intersection(HEADZ)),
        ("temple", HEADZ.intersection(P((230, 52), (272, 48), (276, 93), (262, 98), (234, 96)))),
        ("forehead", HEADZ.intersection(box(0, 0, 250, 90))),
        ("cheek_maxilla", HEADZ.intersection(box(0, 0, 268, 121))),
        ("lower_jaw_teeth", HEADZ.intersection(box(0, 0, 272, 200))),
        ("parietal", HEADZ),
        ("acromion", ellipse(279, 204, 11, 8)),
        ("anterior_shoulder", arm.intersection(P((230, 190), (268, 190), (264, 290), (230, 290)))),
        ("posterior_shoulder", arm.intersection(P((291, 190), (330, 190), (330, 290),
                                                  (293, 290)))),
        ("lateral_shoulder", arm.intersection(box(0, 190, 400, 290))),
        ("lateral_epicondyle", ellipse(282, 372, 9.5, 9.5)),
        ("lateral_arm", arm.intersection(box(250, 0, 400, 372))),
        ("forearm_radial", arm),
        ("neck_angle", ellipse(301, 194, 10, 11)),
        ("upper_trapezius_ridge", P((280, 184), (300, 184), (318, 208), (300, 214), (272, 206))),
        ("lateral_neck", box(0, 130, 400, 213)),
        ("axilla", ellipse(245, 258, 9, 14)),
        ("lateral_chest_ribs", box(0, 200, 400, 338)),
        ("lateral_hip", ellipse(284, 470, 16, 14)),
        ("iliac_crest", band([(238, 418), (268, 402), (298, 402), (320, 414)], 8)),
        ("anterior_hip", P((215, 420), (262, 420), (266, 506), (215, 506))),
        ("buttock", P((290, 420), (400, 420), (400, 530), (300, 530))),
        ("flank", box(0, 330, 400, 430)),
        ("lateral_thigh", box(0, 420, 400, 728)),
        ("lateral_knee", box(0, 715, 400, 768)),
        ("lateral_leg", box(0, 760, 400, 918)),
        ("lateral_ankle_foot", None),
    ]
    return assign(snap(sil), specs, multipart=("lateral_chest_ribs", "flank"))


HEAD_NECK = ("temporalis", "masseter", "lateral_pterygoid", "medial_pterygoid",
             "sternocleidomastoid_sternal", "sternocleidomastoid_clavicular", "scalenes",
             "splenius_capitis", "splenius_cervicis", "semispinalis_capitis", "suboccipitals",
             "levator_scapulae", "upper_trapezius")


def muscles(arm=None):
    """Muscles of the lateral view; trunk muscles are cut where the arm hides them."""
    def trunk(g):
        return g if arm is None else g.difference(arm)

    out = [
        M("temporalis", blob((244, 60), (268, 50), (292, 60), (296, 84), (284, 94), (258, 97),
                             (245, 88)), sites=[(250, 80), (268, 88), (276, 84), (288, 74)]),
        M("masseter", blob((247, 102), (271, 101), (269, 122), (263, 138), (250, 141), (243, 124)),
          sites=[(252, 106), (256, 124), (258, 136), (266, 106)]),
        M("lateral_pterygoid", blob((253, 99), (268, 99), (269, 110), (255, 111))),
        M("medial_pterygoid", blob((255, 112), (266, 114), (264, 137), (255, 135))),
        M("sternocleidomastoid_sternal", sband([(287, 122), (259, 160), (239, 193)], 5.0),
          sites=[(244, 186), (258, 163), (278, 134)]),
        M("sternocleidomastoid_clavicular", sband([(292, 128), (272, 165), (257, 198)], 4.5),
          sites=[(268, 175), (281, 150)]),
        # in the posterior triangle behind the sternocleidomastoid, down to the first rib in
        # front; the posterior scalene reaches back to the neck angle
        M("scalenes", trunk(blob((276, 146), (285, 150), (289, 174), (296, 194), (284, 204),
                                 (262, 205), (254, 198), (266, 172))),
          sites=[(266, 192), (276, 170), (290, 192)]),
        M("splenius_capitis", blob((291, 117), (300, 113), (297, 150), (294, 186), (286, 170),
                                   (287, 140))),
        M("splenius_cervicis", sband([(291, 150), (292, 175), (298, 202)], 3.5),
          sites=[(291, 158), (296, 193)]),
        M("semispinalis_capitis", blob((296, 118), (305, 116), (298, 150), (293, 176), (289, 150)),
          sites=[(298, 125), (293, 155), (292, 170)]),
        M("suboccipitals", blob((293, 124), (304, 121), (301, 134), (292, 135))),
        M("levator_scapulae", sband([(290, 138), (293, 170), (300, 200)], 4.0),
          sites=[(297, 190), (299, 200)]),
        M("upper_trapezius", blob((301, 113), (311, 112), (305, 140), (303, 172), (312, 196),
                                  (298, 206), (276, 204), (272, 197), (291, 187), (296, 160),
                                  (298, 130)), sites=[(286, 194), (290, 199)]),
        M("deltoid", blob((279, 196), (257, 210), (251, 240), (261, 282), (279, 302), (296, 282),
                          (305, 240), (302, 213)), sites=[(258, 238), (279, 255), (298, 240)]),
        M("biceps_brachii", blob((256, 262), (252.5, 300), (257.5, 354), (266, 358), (268, 300),
                                 (265, 262))),
        M("triceps_brachii", blob((298, 268), (305.5, 300), (303.5, 350), (300, 372), (290, 366),
                                  (290, 300)),
          sites=[(297, 300), (293, 355), (301, 352), (299, 325)]),
        M("brachialis", blob((263, 318), (258, 364), (271, 372), (282, 358), (281, 320)),
          sites=[(262, 354), (272, 334)]),
        # forearm, elbow bent, pointing forward: from the radial (top) to the ulnar (bottom) edge
        M("brachioradialis", blob((263, 330), (271, 344), (264, 364), (236, 367), (204, 370),
                                  (178, 373), (174, 370), (196, 365), (222, 361), (248, 359),
                                  (258, 348)), sites=[(242, 363)]),
        M("extensor_carpi_radialis_longus", blob((273, 352), (282, 363), (264, 374), (236, 376),
                                                 (212, 376), (213, 372), (238, 370), (260, 366)),
          sites=[(256, 370)]),
        M("extensor_carpi_radialis_brevis", blob((284, 368), (282, 380), (252, 384), (218, 384),
                                                 (196, 381), (198, 377), (226, 379), (258, 378)),
          sites=[(250, 381)]),
        M("extensor_digitorum", blob((289, 378), (290, 388), (262, 391.5), (226, 391),
                                     (190, 389), (190, 385), (228, 387), (266, 385)),
          sites=[(262, 388), (244, 389)]),
        M("supinator", blob((266, 364), (281, 367), (279, 381), (262, 379)), sites=[(270, 372)]),
        M("pectoralis_major", trunk(blob((238, 200), (222, 228), (211, 262), (220, 290),
                                         (246, 293), (254, 262), (251, 224)))),
        M("pectoralis_minor", trunk(blob((232, 222), (224, 260), (236, 272), (246, 236)))),
        M("serratus_anterior", trunk(blob((224, 292), (222, 322), (240, 346), (255, 336),
                                          (256, 296)))),
        M("latissimus_dorsi", trunk(blob((298, 286), (318, 296), (322, 340), (313, 400),
                                         (300, 396), (290, 360), (296, 320))),
          sites=[(304, 300), (306, 370)]),
        M("quadratus_lumborum", blob((290, 368), (308, 370), (310, 405), (292, 405)),
          sites=[(294, 380), (296, 398), (304, 382), (304, 398)]),
        M("iliocostalis_lumborum", blob((307, 356), (317, 358), (314, 408), (305, 408))),
        # the flank between the forearm and the iliac crest: the rest of it lies under the arm
        M("external_oblique", blob((226, 390), (252, 390), (274, 391), (284, 393), (284, 403),
                                   (271, 407.5), (250, 410.5), (231, 411.5), (225, 407)),
          sites=[(276, 401), (236, 407)]),
        M("gluteus_maximus", blob((318, 418), (334, 440), (338, 480), (331, 514), (302, 520),
                                  (292, 492), (300, 450))),
        # fans from the iliac crest down to the greater trochanter
        M("gluteus_medius", blob((262, 415), (280, 407), (300, 405), (319, 415), (307, 438),
                                 (292, 460), (284, 467), (276, 458), (266, 436)),
          sites=[(306, 416), (300, 432), (274, 416)]),
        M("gluteus_minimus", blob((270, 422), (288, 417), (302, 422), (300, 440), (290, 462),
                                  (282, 464), (274, 446)), sites=[(282, 458), (294, 430)]),
        M("piriformis", sband([(322, 456), (293, 466)], 5.5)),
        M("tensor_fasciae_latae", blob((243, 420), (262, 418), (269, 446), (263, 500), (252, 500),
                                       (241, 452)), sites=[(252, 432)]),
        M("rectus_femoris", blob((242, 456), (254, 470), (250, 560), (248, 640), (252, 700),
                                 (243, 700), (236, 640), (234, 560), (236, 480))),
        M("vastus_lateralis", blob((258, 472), (284, 478), (304, 520), (308, 600), (298, 688),
                                   (284, 722), (268, 736), (258, 702), (251, 600), (253, 520)),
          sites=[(280, 600), (268, 716)]),
        M("biceps_femoris", blob((306, 522), (320, 542), (322, 620), (314, 700), (301, 745),
                                 (292, 740), (300, 680), (306, 600))),
        M("gastrocnemius", blob((291, 748), (311, 760), (318, 800), (310, 842), (295, 846),
                                (286, 800)), sites=[(300, 790), (303, 775), (296, 760)]),
        M("soleus", blob((279, 818), (292, 846), (311, 846), (305, 880), (296, 900), (282, 880))),
        M("peroneus_longus", blob((272, 768), (283, 768), (287, 830), (282, 882), (276, 882),
                                  (272, 820)), sites=[(278, 782)]),
        # deep to peroneus longus, from the lower two thirds of the fibula to behind the malleolus
        M("peroneus_brevis", blob((279, 806), (286, 812), (291, 850), (292, 890), (289, 916),
                                  (283, 918), (279, 890), (277, 850)), sites=[(286, 866)]),
        # in front of the lower fibula, between tibialis anterior and the peronei
        M("peroneus_tertius", blob((270, 889), (277, 888), (280, 898), (277, 910), (271, 916),
                                   (267, 910), (267, 898)), sites=[(273, 900)]),
        M("tibialis_anterior", blob((253, 758), (267, 756), (272, 820), (270, 880), (264, 900),
                                    (258, 860), (254, 800)), sites=[(261, 790)]),
        M("extensor_digitorum_brevis", blob((258, 936), (276, 932), (283, 944), (263, 950))),
    ]
    for m in out:  # everything below the shoulder that is not an arm muscle lies under the arm
        if m.id not in ARM_MUSCLES and m.id not in HEAD_NECK:
            m.geom = trunk(m.geom)
    return attach(out, LATERAL, "lateral")


ARM_MUSCLES = {"deltoid", "biceps_brachii", "triceps_brachii", "brachialis", "brachioradialis",
               "extensor_carpi_radialis_longus", "extensor_carpi_radialis_brevis",
               "extensor_digitorum", "supinator"}


def design():
    body, sil, arm_pts, arm = silhouettes()
    trunk = Polygon(smooth_closed(BODY, 1.6))
    regs = regions(sil, arm)
    head_lines = [
        smooth_open([(222, 152), (240, 150), (256, 145), (262, 138), (266, 124)]),  # jaw
        smooth_open([(221, 95), (226, 96), (231, 95)]),                            # eye
        smooth_open([(247, 100), (260, 98), (272, 100)]),                          # zygoma
        smooth_open([(206, 111), (210, 113), (211, 116)]),                         # nostril
    ]
    ear = smooth_open([(276, 95), (281, 90), (289, 92), (292, 102), (290, 112), (286, 118),
                       (284, 124), (279, 125), (276, 121)])
    ear_in = smooth_open([(279, 98), (285, 97), (287, 104), (283, 110)])
    lines = head_lines + [
        ear_in,
        smooth_open([(240, 418), (262, 404), (290, 400), (312, 408)]),            # iliac crest
        smooth_open([(312, 500), (324, 510), (334, 506)]),                        # gluteal fold
        circle_pts(250, 728, 7, 12, n=24, a0=-1.2, a1=1.4),                       # patella
        circle_pts(284, 926, 6, 6, n=20),                                         # malleolus
        smooth_open([(268, 800), (270, 870)]),                                    # tibia
        smooth_open([(190, 958), (192, 970)]), smooth_open([(200, 956), (201, 971)]),
        qbez((292, 740), (297, 746), (302, 745)),                                 # popliteal
        qbez((251, 352), (257, 358), (263, 364), n=8),                             # elbow crease
        smooth_open([(121, 368.5), (126, 368.5), (131, 368.5)]),                  # between fingers
        smooth_open([(120, 379), (125, 379), (131, 379)]),
        smooth_open([(121, 389.5), (126, 389.5), (131, 389.5)]),
        qbez((146, 361), (150, 368), (158, 372), n=8),                             # thumb web
    ]
    contours = [arm_pts + [arm_pts[0]], ear]
    lm = [("vertex", 262, 30.5), ("chin", 214, 148), ("c7", 300, 192)]
    lm_p = [("acromion", 279, 203), ("lateral_epicondyle", 282, 372), ("wrist", *WRIST),
            ("olecranon", 302, 386),
            ("asis", 240, 418), ("greater_trochanter", 284, 470), ("knee", 276, 735),
            ("fibular_head", 284, 762), ("lateral_malleolus", 284, 926), ("heel", 304, 966),
            ("tragus", 274, 104), ("mastoid", 293, 124), ("mandible_angle", 262, 140),
            ("iliac_crest", 292, 401)]
    return Design(
        view="lateral_left", label="Lateral, left side", width=W, outline=[body], sil=sil,
        mode="single", side="left", regions=list(regs.items()),
        ref_views=("lateral_left", "lateral_right"), muscles=muscles(arm),
        lm_mid=lm, lm_paired=lm_p, lines_mid=lines, contours_mid=contours,
        side_labels={"left": (440, 95)}, version=2,
        extra={"facing": "left", "previous_versions": {"1": previous_version_1(lm, lm_p, arm, trunk)}})


def covered_pieces_v1(arm, trunk):
    """The strip of flank that version 1 showed in front of the hanging arm and the bent forearm
    now covers: its upper half is moved just above the forearm, its lower half just below, both
    still flank (a version-1 mark there keeps its region)."""
    old_arm = Polygon(smooth_closed(ARM_V1, 1.6))
    covered = largest(arm.intersection(trunk).difference(old_arm).intersection(
        box(0, 330, 400, 420)))
    x0, y0, x1, y1 = covered.bounds
    mid = (y0 + y1) / 2
    out = []
    for (a, b), (c, d) in (((y0, mid), (341.0, y0 - 1.5)), ((mid, y1), (y1 + 0.8, 400.0))):
        piece = largest(covered.intersection(box(x0 - 1, a, x1 + 1, b)))
        px0, _, px1, _ = piece.bounds
        corners = [(px0 - 1, a - 0.5), (px1 + 1, a - 0.5), (px1 + 1, b + 0.5), (px0 - 1, b + 0.5)]
        targets = [(px0 - 1, c), (px1 + 1, c), (px1 + 1, d), (px0 - 1, d)]
        out.append((piece, list(zip(corners, targets))))
    return out


def previous_version_1(lm, lm_p, arm, trunk):
    """Version 1's landmarks and the forearm and hand that moved (normalised, side 'left')."""
    def n(p):
        return [round(p[0] / W, 5), round(p[1] / 1000.0, 5)]

    old = [{"id": i, "side": "midline", "x": n((x, y))[0], "y": n((x, y))[1]} for i, x, y in lm]
    for i, x, y in lm_p:
        if i == "olecranon":
            continue  # new in version 2
        x, y = V1_WRIST if i == "wrist" else (x, y)
        old.append({"id": i, "side": "left", "x": n((x, y))[0], "y": n((x, y))[1]})
    pieces = [{"polygon": [n(p) for p in list(piece.exterior.coords)[:-1]],
               "pairs": [n(a) + n(b) for a, b in pairs]}
              for piece, pairs in forearm_pieces_v1(arm) + covered_pieces_v1(arm, trunk)]
    return {"landmarks": old, "pieces": pieces}
