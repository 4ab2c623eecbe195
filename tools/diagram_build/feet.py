"""Foot close-ups: both feet, toes up, great toes toward the middle.

foot_plantar: the soles, patient supine seen from the foot end: patient's right foot on the
viewer's left (like anterior).  foot_dorsal: the tops of the feet, as the patient looks down at
them: patient's right foot on the viewer's right (like posterior).
Designed: one foot on the viewer-left half of an 800 x 1000 box, mirrored for the other.
"""
from __future__ import annotations

from shapely.geometry import Polygon, box
from shapely.ops import unary_union

from .assemble import Design
from .assemble import MuscleSpec as M
from .common import P, assign, blob, ellipse, largest, polys_of, sband, smooth_closed, smooth_open, snap
from .fibres import FOOT_DORSAL, FOOT_PLANTAR, attach

W = 800.0
MID = 400.0
TOES = {"great": (314, 190, 35, 78), "second": (252, 207, 21, 60), "third": (207, 224, 19.5, 52),
        "fourth": (164, 245, 18.5, 45), "fifth": (123, 272, 17, 37)}
FRONT = [(56, 340), (60, 300), (90, 283), (150, 272), (210, 266), (270, 262), (330, 266),
         (352, 292), (350, 340)]
SOLE_BACK = [(330, 420), (306, 520), (298, 600), (300, 700), (296, 790), (280, 850), (250, 876),
             (200, 883), (150, 876), (118, 846), (106, 790), (104, 700), (100, 640), (86, 520),
             (66, 410)]
DORSAL_BACK = [(332, 420), (310, 520), (302, 610), (306, 680), (312, 716), (306, 752),
               (296, 800), (292, 880, "c"), (200, 886), (108, 880, "c"), (106, 800),
               (96, 770), (90, 742), (96, 705), (100, 640), (86, 520), (66, 410)]


def toe(name):
    cx, cy, rx, ry = TOES[name]
    return ellipse(cx, cy, rx, ry)


def outline(dorsal):
    loop = FRONT + (DORSAL_BACK if dorsal else SOLE_BACK)
    foot = Polygon(smooth_closed(loop, 2))
    g = unary_union([foot] + [toe(t) for t in TOES]).buffer(5, 24).buffer(-5, 24)
    g = largest(g.intersection(box(0, 0, MID - 1, 884)))
    half = snap(Polygon(g.simplify(0.05).exterior).segmentize(2.0))
    full = unary_union([half, Polygon([(2 * MID - x, y) for x, y in half.exterior.coords])])
    return half, full


def design(view):
    dorsal = view == "foot_dorsal"
    half, full = outline(dorsal)
    toe_cut = Polygon(smooth_closed(FRONT + SOLE_BACK, 2)).buffer(-2)
    lesser = unary_union([toe(t) for t in ("second", "third", "fourth", "fifth")])
    if dorsal:
        specs = [("great_toe", toe("great").difference(toe_cut)), ("lesser_toes",
                                                                   lesser.difference(toe_cut)),
                 ("lateral_ankle_foot", P((30, 330), (112, 330), (150, 700), (150, 900),
                                          (30, 900))),
                 ("anterior_ankle", box(0, 648, 400, 1000)), ("foot_dorsum", None)]
        mus = [M("extensor_digitorum_brevis", blob((118, 590), (168, 612), (214, 480), (206, 420),
                                                   (156, 428), (112, 510)), sites=[(154, 560)]),
               # its medial slip toward the great toe
               M("extensor_hallucis_brevis", blob((200, 540), (218, 548), (252, 470), (288, 416),
                                                  (280, 404), (236, 446)), sites=[(240, 470)]),
               # between the metatarsal shafts, distal dorsum (first space most often)
               M("dorsal_interossei_foot", blob((104, 356), (200, 342), (300, 340), (300, 396),
                                                (200, 402), (108, 412)), sites=[(282, 372)])]
        lines = [smooth_open([(150, 690), (200, 700), (252, 690)], 3),            # ankle crease
                 smooth_open([(280, 640), (300, 520), (318, 400), (320, 330)], 3),  # EHL tendon
                 smooth_open([(182, 650), (196, 520), (212, 420), (230, 330)], 3),  # EDL tendons
                 smooth_open([(160, 640), (160, 520), (170, 420), (190, 330)], 3)]
        for _t, (cx, cy, rx, ry) in TOES.items():  # nails
            lines.append(smooth_open([(cx - rx * 0.55, cy - ry * 0.45), (cx - rx * 0.5, cy - ry * 0.8),
                                      (cx, cy - ry * 0.93), (cx + rx * 0.5, cy - ry * 0.8),
                                      (cx + rx * 0.55, cy - ry * 0.45)], 1))
        lm = [("lateral_malleolus", 92, 742), ("medial_malleolus", 310, 716),
              ("mt5_base", 92, 560), ("mth1", 334, 330), ("mth5", 70, 340)]
    else:
        specs = [("great_toe", toe("great").difference(toe_cut)), ("lesser_toes",
                                                                   lesser.difference(toe_cut)),
                 ("plantar_forefoot", box(0, 0, 400, 390)), ("heel", box(0, 728, 400, 1000)),
                 ("plantar_arch", None)]
        mus = [M("abductor_hallucis", sband([(296, 780), (292, 660), (300, 530), (320, 420),
                                             (336, 360)], 19)),
               M("flexor_digitorum_brevis", blob((158, 720), (242, 720), (252, 590), (244, 420),
                                                 (160, 420), (148, 590)), sites=[(200, 560)]),
               M("quadratus_plantae", blob((160, 742), (240, 742), (240, 634), (160, 634)),
                 sites=[(200, 690)]),
               M("flexor_hallucis_brevis", blob((282, 300), (332, 300), (324, 430), (284, 430)),
                 sites=[(306, 350)]),
               # lateral border of the sole, heel to the fifth metatarsal
               M("abductor_digiti_minimi_foot", sband([(116, 790), (106, 680), (98, 560), (84, 450),
                                                       (76, 372)], 14), sites=[(98, 560)])]
        lines = [smooth_open([(88, 300), (150, 292), (210, 288), (270, 284), (334, 290)], 3)]
        for _t, (cx, cy, rx, ry) in TOES.items():  # toe pad creases
            lines.append(smooth_open([(cx - rx * 0.6, cy + ry * 0.35), (cx, cy + ry * 0.42),
                                      (cx + rx * 0.6, cy + ry * 0.35)], 1))
        lines.append(smooth_open([(130, 760), (200, 740), (270, 760)], 3))  # heel pad
        lines.append(smooth_open([(96, 400), (150, 390), (230, 392), (318, 404)], 3))
        lm = [("heel", 200, 850), ("mth1", 320, 320), ("mth5", 80, 336),
              ("navicular", 300, 560)]
    lm += [("toe1", 314, 120), ("toe5", 123, 242)]
    regs = assign(snap(half), specs)
    mus = attach(mus, FOOT_DORSAL if dorsal else FOOT_PLANTAR, view)
    return Design(
        view=view, label="Feet, top (dorsal)" if dorsal else "Feet, soles (plantar)",
        width=W, outline=[list(p.exterior.coords)[:-1] for p in polys_of(full)], sil=full, mode="mirror",
        side="left" if dorsal else "right", regions=list(regs.items()), ref_views=(view,),
        muscles=mus, lm_paired=lm, lines_paired=lines,
        side_labels={("left" if dorsal else "right"): (60, 80),
                     ("right" if dorsal else "left"): (W - 60, 80)})
