"""Hand close-ups: both hands and forearms, fingers up, thumbs toward the middle.

hand_palmar: palms toward the viewer, patient's right hand on the viewer's left (like the
anterior view).  hand_dorsal: backs of the hands, patient's right hand on the viewer's right
(like the posterior view).  The silhouette is the same; only the sides and inner lines differ.
Designed: one hand on the viewer-left half of an 800 x 1000 box, mirrored for the other.
"""
from __future__ import annotations

import math

from shapely.geometry import LineString, Polygon, box
from shapely.ops import unary_union

from .assemble import Design
from .assemble import MuscleSpec as M
from .common import assign, blob, largest, polys_of, qbez, sband, smooth_open, snap
from .fibres import HAND_DORSAL, HAND_PALMAR, attach

W = 800.0
MID = 400.0
CUT = 905.0
# finger: (base x, base y, length, width, tilt degrees (+ = toward the thumb))
FINGERS = {"index": (247, 305, 168, 37, 5), "middle": (205, 296, 186, 39, 0),
           "ring": (164, 304, 170, 36, -5), "little": (126, 326, 132, 31, -11)}
THUMB = ((268, 452), (318, 372), (350, 300), 41)


def finger_axis(name):
    x, y, length, _, tilt = FINGERS[name]
    a = math.radians(tilt)
    return (x, y + 12), (x + math.sin(a) * length, y - math.cos(a) * length)


def finger_shape(name):
    base, tip = finger_axis(name)
    w = FINGERS[name][3]
    return LineString([base, tip]).buffer(w / 2, 24).union(
        LineString([base, ((base[0] + tip[0]) / 2, (base[1] + tip[1]) / 2)]).buffer(w / 2 + 1.5))


def thumb_shape():
    a, b, c, w = THUMB
    return LineString(smooth_open([a, b, c], 4)).buffer(w / 2, 24)


PALM = blob((110, 330), (108, 400), (118, 456), (140, 480), (200, 486), (262, 480), (292, 446),
            (300, 400), (282, 330), (266, 300), (205, 290), (140, 300), step=2)
FOREARM = Polygon(smooth_open([(140, 470), (130, 540), (118, 660), (110, 780), (107, CUT)], 3)
                  + smooth_open([(294, CUT), (292, 780), (284, 660), (272, 540), (262, 470)], 3))


def silhouette():
    parts = [PALM, FOREARM, thumb_shape()] + [finger_shape(f) for f in FINGERS]
    g = unary_union(parts).buffer(7, 24).buffer(-7, 24)  # smooth fillets in the webs
    g = largest(g.intersection(box(0, 0, MID - 1, CUT)))
    half = snap(Polygon(g.simplify(0.05).exterior).segmentize(2.0))
    full = unary_union([half, Polygon([(2 * MID - x, y) for x, y in half.exterior.coords])])
    return half, full


def regions(half, dorsal):
    above_palm = PALM.buffer(-1)
    specs = [
        ("thumb", thumb_shape().difference(PALM.buffer(-3)).intersection(box(0, 0, 400, 440))),
        ("index_finger", finger_shape("index").difference(above_palm)),
        ("middle_finger", finger_shape("middle").difference(above_palm)),
        ("ring_little_fingers", finger_shape("ring").union(finger_shape("little"))
         .difference(above_palm)),
        ("wrist_dorsal" if dorsal else "wrist_volar", box(0, 462, 400, 512)),
        ("hand_dorsal" if dorsal else "palm", box(0, 0, 400, 475)),
        ("forearm_dorsal" if dorsal else "forearm_volar", None),
    ]
    return assign(snap(half), specs)


def palmar_muscles():
    return attach([
        M("flexor_carpi_radialis", sband([(196, 890), (214, 720), (236, 560), (240, 500)], 13),
          sites=[(218, 700)]),
        M("flexor_carpi_ulnaris", sband([(128, 892), (132, 720), (146, 560), (152, 498)], 11),
          sites=[(134, 700)]),
        M("finger_flexors", blob((150, 885), (235, 885), (232, 640), (205, 540), (165, 540),
                                 (150, 660)), sites=[(190, 700)]),
        M("brachioradialis", blob((262, 903), (293, 903), (286, 720), (272, 580), (260, 720))),
        M("supinator", blob((236, 903), (282, 903), (272, 846), (244, 852))),
        # intrinsic muscles: thenar (opponens along the first metacarpal), the thumb web
        # (adductor) and the hypothenar border (abductor digiti minimi)
        M("opponens_pollicis", blob((256, 462), (276, 466), (300, 424), (314, 392), (300, 384),
                                    (276, 410)), sites=[(290, 418)]),
        M("adductor_pollicis", blob((214, 400), (236, 380), (268, 358), (296, 360), (300, 378),
                                    (276, 400), (244, 412)), sites=[(262, 384)]),
        M("abductor_digiti_minimi_hand", blob((112, 352), (130, 344), (144, 400), (142, 462),
                                              (124, 470), (110, 420)), sites=[(128, 410)]),
    ], HAND_PALMAR, "hand_palmar")


def dorsal_muscles():
    return attach([
        M("extensor_carpi_radialis_longus", blob((264, 903), (294, 903), (288, 760), (272, 680),
                                                 (260, 780))),
        M("extensor_carpi_radialis_brevis", blob((232, 903), (262, 903), (262, 720), (250, 620),
                                                 (232, 720)), sites=[(248, 850)]),
        M("extensor_digitorum", blob((175, 903), (231, 903), (231, 720), (214, 560), (196, 560),
                                     (180, 720)), sites=[(210, 845), (193, 820)]),
        M("extensor_carpi_ulnaris", blob((110, 903), (172, 903), (165, 720), (150, 560),
                                         (128, 720)), sites=[(140, 850)]),
        M("supinator", blob((230, 903), (280, 903), (268, 852), (242, 852))),
        # intrinsic muscles: the first dorsal interosseous fills the web between the thumb and
        # index metacarpals; abductor digiti minimi runs along the ulnar border
        M("first_dorsal_interosseous", blob((246, 336), (266, 322), (296, 352), (314, 390),
                                            (296, 420), (268, 430), (250, 390)),
          sites=[(262, 372)]),
        M("abductor_digiti_minimi_hand", blob((112, 352), (128, 344), (138, 400), (136, 462),
                                              (120, 468), (110, 420)), sites=[(124, 410)]),
    ], HAND_DORSAL, "hand_dorsal")


def lines(dorsal):
    out = []
    for f in FINGERS:
        (bx, by), (tx, ty) = finger_axis(f)
        w = FINGERS[f][3]
        for t in ((0.34, 0.66) if f != "little" else (0.4, 0.7)):
            cx, cy = bx + (tx - bx) * t, by + (ty - by) * t
            out.append(smooth_open([(cx - w * 0.28, cy + 1), (cx, cy + (2.5 if dorsal else -1)),
                                    (cx + w * 0.28, cy + 1)], 1))
        if dorsal:  # nail
            nx, ny = bx + (tx - bx) * 0.9, by + (ty - by) * 0.9
            out.append(qbez((nx - w * 0.24, ny - 8), (nx, ny + 22), (nx + w * 0.24, ny - 8), 16))
    (mx, my), (cx, cy) = THUMB[1], THUMB[2]
    out.append(smooth_open([(mx - 8 + (cx - mx) * 0.45, my + (cy - my) * 0.45 + 8),
                            (mx + 12 + (cx - mx) * 0.45, my + (cy - my) * 0.45 + 2)], 1))
    if dorsal:
        out.append(qbez((cx - 13, cy + 10), (cx - 6, cy + 40), (cx + 12, cy + 12), 16))
        out.append(smooth_open([(132, 332), (165, 318), (205, 310), (246, 318)], 2))  # knuckles
        out += [smooth_open([(x0, 470), (x1, 345)], 3) for x0, x1 in
                ((176, 170), (200, 204), (222, 240))]                            # tendons
    else:
        out.append(smooth_open([(118, 372), (160, 360), (205, 362), (250, 342)], 2))  # distal
        out.append(smooth_open([(160, 395), (205, 388), (248, 372), (270, 340)], 2))  # proximal
        out.append(smooth_open([(266, 340), (250, 380), (244, 420), (250, 462)], 2))  # thenar
        out.append(smooth_open([(150, 478), (200, 482), (255, 476)], 2))            # wrist
        out.append(smooth_open([(160, 500), (200, 503), (245, 499)], 2))
    return out


def design(view):
    dorsal = view == "hand_dorsal"
    half, full = silhouette()
    regs = regions(half, dorsal)
    tips = {f"tip{i}": finger_axis(f)[1] for i, f in zip((2, 3, 4, 5), FINGERS)}
    tip_lm = [(k, x, y + 14) for k, (x, y) in tips.items()]
    mcps = [(f"mcp{i}", FINGERS[f][0], FINGERS[f][1] + (22 if dorsal else 0))
            for i, f in zip((2, 3, 4, 5), FINGERS)]
    lm = tip_lm + mcps + [("tip1", 348, 282), ("mcp1", 312, 392),
                          ("radial_styloid", 268, 492), ("ulnar_styloid", 134, 492)]
    if dorsal:
        lm += [("lister", 232, 480)]
    else:
        lm += [("wrist_crease", 200, 482), ("thenar", 270, 416), ("hypothenar", 140, 420)]
    return Design(
        view=view, label="Hands, back (dorsal)" if dorsal else "Hands, palm (palmar)",
        width=W, outline=[list(p.exterior.coords)[:-1] for p in polys_of(full)], sil=full, mode="mirror",
        side="left" if dorsal else "right", regions=list(regs.items()), ref_views=(view,),
        muscles=dorsal_muscles() if dorsal else palmar_muscles(),
        lm_paired=lm, lines_paired=lines(dorsal),
        side_labels={("left" if dorsal else "right"): (60, 80),
                     ("right" if dorsal else "left"): (W - 60, 80)})
