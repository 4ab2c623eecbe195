"""Muscle outlines and trigger-point hints for the anterior / posterior views.

Everything is designed on the viewer-left half (anterior: patient's right; posterior:
patient's left) in the 500 x 1000 design box, then mirrored by the assembler.
"""
from __future__ import annotations

from shapely.ops import unary_union

from .assemble import MuscleSpec as M
from .common import blob, sband
from .fibres import ANTERIOR, POSTERIOR, attach
from .fullbody import FA, UA


def ua(u, s):
    return UA.at(u, s)


def fa(u, s):
    return FA.at(u, s)


def fstrip(u0, u1, s0, s1, frame=None, n=14):
    """Spindle-shaped strip along the forearm frame between u0..u1 and s0..s1."""
    import math

    from shapely.geometry import Polygon
    frame = frame or FA
    c, h = (s0 + s1) / 2, (s1 - s0) / 2
    ts = [i / n for i in range(n + 1)]
    w = [0.45 + 0.55 * math.sin(math.pi * t) for t in ts]
    a = [frame.at(u0 + (u1 - u0) * t, c - h * k) for t, k in zip(ts, w)]
    b = [frame.at(u0 + (u1 - u0) * t, c + h * k) for t, k in zip(ts, w)]
    return Polygon(a + b[::-1])


def anterior_muscles():
    return attach([
        M("temporalis", blob((207, 60), (214, 55), (218, 72), (216, 94), (209, 97), (205, 80))),
        M("masseter", blob((206, 99), (214, 98), (219, 114), (220, 128), (213, 127), (207, 113)),
          sites=[(211, 103), (214, 115), (216, 124), None]),
        M("lateral_pterygoid", blob((210, 100), (219, 100), (222, 108), (214, 110))),
        M("medial_pterygoid", blob((214, 112), (220, 111), (222, 126), (216, 126))),
        M("sternocleidomastoid_sternal", sband([(244, 193), (236, 170), (226, 145), (216, 127)], 4.2),
          sites=[(241, 185), (232, 160), (221, 136)]),
        M("sternocleidomastoid_clavicular", sband([(229, 198), (226, 175), (220, 150), (214, 132)], 3.6),
          sites=[(224, 166), (218, 145)]),
        M("scalenes", blob((219, 146), (223, 160), (216, 193), (200, 196), (209, 172)),
          sites=[(214, 185), (214, 168), (208, 186)]),
        M("upper_trapezius", blob((220, 163), (216, 174), (200, 185), (178, 194), (156, 201),
                                  (146, 205), (157, 206), (180, 201), (202, 193), (214, 184),
                                  (219, 174)),
          sites=[(190, 188), (180, 195)]),
        M("deltoid", blob((182, 201), (160, 204), (141, 206), (129, 213), (122, 232), ua(0.32, -22),
                          ua(0.47, -8), ua(0.38, 6), (157, 246), (168, 230), (176, 212)),
          sites=[(160, 222), (134, 236), None]),
        M("pectoralis_major", blob((245, 197), (215, 199), (190, 202), (174, 218), (163, 236), ua(0.2, 9),
                                   (166, 258), (185, 276), (210, 289), (232, 291), (245, 284)),
          sites=[(210, 207), (228, 240), (186, 268), (222, 262)]),
        M("pectoralis_minor", blob((171, 215), (179, 213), (213, 259), (212, 282), (197, 281), (178, 240)),
          sites=[(178, 222), (204, 268)]),
        M("subclavius", sband([(230, 203), (206, 205), (184, 209)], 3.0)),
        M("subscapularis", blob((158, 245), (166, 244), (172, 275), (166, 284), (160, 270))),
        M("serratus_anterior", blob((164, 262), (178, 266), (189, 290), (191, 318), (181, 338),
                                    (170, 340), (167, 300))),
        M("rectus_abdominis", blob((248, 296), (227, 298), (222, 340), (222, 390), (226, 445),
                                   (236, 492), (248, 500)),
          sites=[(238, 310), (226, 385), (242, 478)]),
        # from the outer surfaces of the lower ribs (between serratus anterior and the costal
        # margin) down and forward to the iliac crest and the aponeurosis lateral to rectus
        M("external_oblique", blob((193, 298), (214, 296), (219, 312), (219, 352), (217, 392),
                                   (211, 408), (198, 416), (183, 412), (172, 396), (169, 370),
                                   (173, 348), (185, 341), (192, 322)),
          sites=[(206, 318), (199, 398)]),
        M("iliopsoas", blob((237, 372), (229, 372), (205, 400), (190, 418), (191, 440), (200, 470),
                            (206, 508), (214, 524), (224, 505), (230, 460), (238, 420)),
          sites=[(231, 390), (196, 428), (212, 488)]),
        M("biceps_brachii", blob(ua(0.3, -6), ua(0.45, -14), ua(0.72, -13), ua(0.9, -4), ua(0.94, 3),
                                 ua(0.72, 13), ua(0.45, 13), ua(0.25, 8)),
          sites=[ua(0.68, 0)]),
        M("brachialis", blob(ua(0.5, -16), ua(0.8, -18), ua(0.98, -6), ua(0.98, 8), ua(0.8, 17),
                             ua(0.5, 14)),
          sites=[ua(0.86, -10), ua(0.6, 2)]),
        M("brachioradialis", blob(ua(0.7, -18), ua(0.88, -9), fa(0.2, -7), fa(0.55, -8), fa(0.8, -11),
                                  fa(0.55, -15), fa(0.2, -17), ua(0.95, -21)),
          sites=[fa(0.12, -11)]),
        M("supinator", blob(fa(0.04, -12), fa(0.06, 0), fa(0.24, -2), fa(0.25, -12)),
          sites=[fa(0.1, -9)]),
        M("flexor_carpi_radialis", sband([fa(0.03, 12), fa(0.3, 4), fa(0.6, -1), fa(0.82, -4)], 4.2)),
        M("flexor_carpi_ulnaris", sband([fa(0.02, 19), fa(0.4, 15), fa(0.85, 9.5)], 3.6)),
        M("finger_flexors", blob(fa(0.1, -5), fa(0.5, -7), fa(0.85, -4), fa(0.85, 8), fa(0.5, 13),
                                 fa(0.1, 14))),
        M("tensor_fasciae_latae", blob((186, 419), (177, 420), (165, 450), (161, 494), (168, 503),
                                       (177, 470), (190, 432)),
          sites=[(180, 432)]),
        M("rectus_femoris", blob((193, 446), (183, 480), (180, 560), (189, 650), (204, 703),
                                 (216, 700), (220, 640), (213, 540), (203, 470)),
          sites=[(194, 470), (208, 690)]),
        M("vastus_lateralis", blob((170, 480), (163, 540), (168, 620), (181, 690), (195, 709),
                                   (189, 650), (180, 560), (183, 485))),
        # the distal "teardrop" bulging above the inner knee
        M("vastus_medialis", blob((230, 598), (225, 640), (218, 682), (219, 704), (228, 714),
                                  (238, 708), (242, 684), (240, 640), (235, 606)),
          sites=[(227, 696), (228, 612)]),
        M("vastus_intermedius", blob((191, 482), (186, 560), (195, 660), (212, 690), (216, 600),
                                     (208, 502))),
        M("adductor_longus_brevis", blob((247, 505), (233, 497), (213, 521), (215, 560), (222, 600),
                                         (231, 590), (243, 560)),
          sites=[(236, 520), (228, 578)]),
        M("adductor_magnus", blob((245, 512), (233, 560), (226, 640), (230, 690), (239, 640),
                                  (246, 560))),
        M("tibialis_anterior", blob((213, 758), (200, 768), (192, 820), (197, 880), (206, 904),
                                    (210, 880), (209, 820), (215, 775)),
          sites=[(205, 790)]),
        M("flexor_digitorum_longus", blob((225, 780), (221, 840), (219, 890), (225, 895),
                                          (231, 840), (233, 780)),
          sites=[(227, 800)]),
        M("extensor_digitorum_brevis", blob((186, 946), (197, 943), (203, 952), (199, 962),
                                            (188, 961))),
    ], ANTERIOR, "anterior")


def posterior_muscles():
    gastro = unary_union([
        blob((211, 740), (213, 762), (212, 800), (217, 842), (227, 840), (237, 800), (235, 760),
             (226, 741)),
        blob((210, 742), (193, 748), (185, 790), (191, 832), (205, 834), (211, 800), (212, 762)),
    ])
    return attach([
        M("upper_trapezius", blob((248, 110), (236, 112), (227, 140), (222, 165), (205, 182),
                                  (180, 194), (150, 204), (136, 212), (150, 217), (180, 214),
                                  (205, 210), (232, 204), (248, 200)),
          sites=[(195, 196), (188, 204)]),
        # from the upper thoracic spines out to the spine of the scapula and the acromion
        M("middle_trapezius", blob((248, 204), (230, 206), (200, 209), (175, 211), (154, 214),
                                   (166, 222), (190, 224), (210, 228), (224, 238), (232, 252),
                                   (248, 264)),
          sites=[(228, 238), (168, 216)]),
        M("lower_trapezius", blob((248, 263), (234, 252), (227, 234), (229, 262), (238, 310),
                                  (248, 362)),
          sites=[(230, 268)]),
        M("levator_scapulae", sband([(229, 135), (225, 170), (222, 206)], 4.6),
          sites=[(223, 184), (222, 200)]),
        M("splenius_capitis", blob((248, 150), (249, 205), (242, 200), (233, 170), (223, 136),
                                   (214, 120), (220, 113), (233, 120)),
          sites=[(223, 130)]),
        M("splenius_cervicis", sband([(246, 246), (238, 200), (231, 162), (228, 140)], 4.0),
          sites=[(231, 158), (236, 186)]),
        M("semispinalis_capitis", blob((249, 112), (236, 112), (234, 140), (238, 175), (244, 205),
                                       (249, 210)),
          sites=[(240, 116), (240, 155), (244, 185)]),
        M("suboccipitals", blob((248, 104), (226, 106), (222, 118), (232, 126), (248, 124))),
        M("supraspinatus", blob((224, 222), (210, 216), (185, 211), (160, 208), (151, 206),
                                (168, 202), (200, 201), (222, 205)),
          sites=[(206, 211), (168, 206), None]),
        M("infraspinatus", blob((224, 230), (226, 260), (220, 285), (212, 296), (190, 276),
                                (177, 252), (172, 240), (181, 225), (205, 224)),
          sites=[(212, 234), (186, 232), (216, 272)]),
        M("teres_minor", blob((175, 244), (171, 252), (186, 272), (195, 279), (197, 269),
                              (183, 248))),
        M("teres_major", sband([(208, 296), (190, 284), (171, 266), (159, 251)], 6.5),
          sites=[(204, 292), (166, 260)]),
        M("rhomboids", blob((248, 195), (248, 282), (240, 291), (229, 296), (224, 250), (226, 212),
                            (236, 200))),
        M("serratus_posterior_superior", blob((248, 196), (248, 226), (230, 242), (212, 238),
                                              (220, 216), (232, 204))),
        M("latissimus_dorsi", blob((214, 300), (230, 310), (240, 340), (247, 362), (249, 400),
                                   (236, 410), (200, 404), (172, 400), (166, 360), (163, 310),
                                   (160, 264), (162, 250), (176, 262), (198, 292)),
          sites=[(168, 275), (172, 370)]),
        M("serratus_posterior_inferior", blob((248, 350), (248, 385), (225, 381), (196, 366),
                                              (201, 346), (225, 345))),
        M("iliocostalis_thoracis", sband([(235, 212), (234.5, 300), (234, 372)], 5.0),
          sites=[(233, 270), (237, 340)]),
        M("longissimus_thoracis", sband([(241, 200), (239, 300), (239, 420)], 5.0),
          sites=[(239, 360)]),
        M("iliocostalis_lumborum", sband([(230, 362), (233, 400), (236, 428)], 5.0),
          sites=[(234, 378)]),
        M("multifidus_lumbosacral", blob((249, 360), (242, 362), (240, 420), (243, 470),
                                         (249, 482)),
          sites=[(245, 370), (246, 425), (247, 465)]),
        M("quadratus_lumborum", blob((234, 364), (210, 368), (200, 395), (204, 408), (234, 411),
                                     (241, 385)),
          sites=[(212, 378), (214, 402), (236, 384), (236, 404)]),
        # from the sacrum and coccyx down and out to below the greater trochanter
        M("gluteus_maximus", blob((246, 428), (236, 418), (222, 420), (200, 436), (178, 456),
                                  (165, 478), (169, 500), (186, 514), (216, 520), (240, 512),
                                  (247, 490)),
          sites=[(232, 434), (218, 506), (242, 472)]),
        # a fan from the iliac crest to the greater trochanter, above gluteus maximus
        M("gluteus_medius", blob((234, 410), (205, 401), (175, 403), (160, 418), (159, 446),
                                 (165, 466), (178, 456), (200, 438), (222, 422)),
          sites=[(226, 412), (190, 422), (172, 414)]),
        M("gluteus_minimus", blob((205, 416), (180, 413), (165, 432), (168, 458), (195, 441),
                                  (214, 428)),
          sites=[(172, 432), (198, 434)]),
        M("piriformis", sband([(238, 440), (200, 452), (168, 465)], 6.0),
          sites=[(178, 462), (226, 444)]),
        M("biceps_femoris", blob((221, 515), (205, 520), (186, 560), (178, 640), (182, 700),
                                 (190, 740), (198, 735), (201, 680), (206, 600), (215, 540)),
          sites=[(190, 660)]),
        M("medial_hamstrings", blob((226, 515), (216, 540), (208, 600), (206, 680), (214, 735),
                                    (226, 740), (232, 700), (236, 620), (236, 540)),
          sites=[(222, 640)]),
        M("gastrocnemius", gastro, sites=[(224, 770), (197, 775), (215, 748)]),
        M("soleus", blob((188, 800), (183, 840), (192, 880), (200, 892), (214, 892), (226, 876),
                         (234, 840), (230, 800), (216, 836), (204, 836)),
          sites=[(214, 885), (192, 815), (204, 872)]),
        M("tibialis_posterior", blob((201, 760), (196, 800), (202, 850), (212, 850), (215, 800),
                                     (210, 760))),
        M("flexor_digitorum_longus", blob((222, 790), (219, 850), (217, 900), (225, 900),
                                          (231, 850), (231, 790))),
        M("flexor_hallucis_longus", blob((197, 830), (193, 880), (199, 915), (207, 915),
                                         (207, 870), (203, 830))),
        M("deltoid", blob((180, 207), (150, 208), (132, 213), (124, 230), (125, 252), ua(0.45, -8),
                          ua(0.38, 6), (160, 240), (172, 224)),
          sites=[None, (130, 235), (160, 232)]),
        M("triceps_brachii", blob(ua(0.12, -20), ua(0.5, -19), ua(0.88, -12), ua(0.97, 0),
                                  ua(0.88, 12), ua(0.5, 17), ua(0.15, 16), ua(0.08, 0)),
          sites=[ua(0.5, 6), ua(0.86, -9), ua(0.86, 10), ua(0.55, -12)]),
        M("extensor_carpi_radialis_longus", fstrip(-0.12, 0.42, -21, -12)),
        M("extensor_carpi_radialis_brevis", fstrip(0.04, 0.6, -12, -5)),
        M("extensor_digitorum", fstrip(0.03, 0.8, -5, 4), sites=[fa(0.22, -1), fa(0.3, 2)]),
        M("extensor_carpi_ulnaris", fstrip(0.03, 0.84, 4, 13.5)),
        M("flexor_carpi_ulnaris", fstrip(0.0, 0.86, 13.5, 20)),
        M("supinator", fstrip(0.03, 0.25, -11, 0)),
    ], POSTERIOR, "posterior")
