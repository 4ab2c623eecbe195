"""Fibre direction of every muscle outline, from its origin to its insertion (design px, y down).

``along(origin, insertion)``: parallel fibres; the asset stores the angle of origin -> insertion
in degrees (0 = toward the viewer's right, 90 = straight down; design px are isotropic, so the
angle is the same on screen).  ``fan(insertion)``: a fan-shaped muscle whose fibres converge on
its insertion (temporalis, pectoralis major, deltoid, gluteus medius, the trapezius parts, ...);
the asset stores that point ("toward"), normalised.

One table per designed view (the full-body views on their designed viewer-left half; the head
close-ups reuse the lateral and posterior tables through ``head.scaled``).  The anatomy
(origin and insertion) is the textbook one; the points are read off the outlines in
fullbody_muscles.py, lateral.py, hands.py and feet.py.
"""
from __future__ import annotations

import math

from .fullbody import FA, UA


def along(origin, insertion):
    (ox, oy), (ix, iy) = origin, insertion
    return ("angle", math.degrees(math.atan2(iy - oy, ix - ox)))


def fan(insertion):
    return ("toward", (float(insertion[0]), float(insertion[1])))


def ua(u, s=0.0):
    return UA.at(u, s)


def fa(u, s=0.0):
    return FA.at(u, s)


# anterior: the patient's right half (midline x = 250, lateral = smaller x)
ANTERIOR = {
    "temporalis": fan((212, 106)),                              # onto the coronoid process
    "masseter": along((211, 99), (216, 127)),                   # zygomatic arch -> angle
    "lateral_pterygoid": along((222, 108), (210, 101)),         # pterygoid plate -> condyle
    "medial_pterygoid": along((221, 112), (216, 126)),
    "sternocleidomastoid_sternal": along((244, 193), (216, 127)),   # sternum -> mastoid
    "sternocleidomastoid_clavicular": along((229, 198), (214, 132)),
    "scalenes": along((219, 146), (208, 194)),                  # cervical transverse -> ribs 1-2
    "upper_trapezius": along((220, 163), (150, 204)),           # neck -> lateral clavicle
    "deltoid": fan(ua(0.5, -2)),                                # onto the deltoid tuberosity
    "pectoralis_major": fan(ua(0.17, 4)),                       # onto the bicipital groove
    "pectoralis_minor": fan((176, 212)),                        # ribs 3-5 -> coracoid
    "subclavius": along((230, 203), (184, 209)),                # first rib -> clavicle
    "subscapularis": along((170, 280), (158, 246)),             # fossa -> lesser tubercle
    "serratus_anterior": along((190, 322), (166, 266)),         # ribs -> scapula (behind)
    "rectus_abdominis": along((245, 500), (236, 296)),          # pubis -> costal cartilages
    "external_oblique": along((188, 300), (232, 392)),          # lower ribs -> linea alba
    "iliopsoas": fan((213, 528)),                               # onto the lesser trochanter
    "biceps_brachii": along(ua(0.22), ua(1.0)),
    "brachialis": along(ua(0.5), ua(1.0)),
    "brachioradialis": along(ua(0.78, -19), fa(0.9, -10)),      # supracondylar ridge -> styloid
    "supinator": along(fa(0.04, -1), fa(0.24, -12)),            # epicondyle, ulna -> radius
    "flexor_carpi_radialis": along(fa(0.03, 12), fa(0.85, -4)),
    "flexor_carpi_ulnaris": along(fa(0.02, 19), fa(0.88, 9.5)),
    "finger_flexors": along(fa(0.1, 5), fa(0.9, 3)),
    "tensor_fasciae_latae": along((186, 419), (164, 500)),      # ASIS -> iliotibial band
    "rectus_femoris": along((198, 450), (210, 702)),            # AIIS -> patella
    "vastus_lateralis": along((172, 482), (200, 706)),
    "vastus_medialis": along((240, 600), (219, 702)),           # oblique onto the patella
    "vastus_intermedius": along((198, 490), (206, 690)),
    "adductor_longus_brevis": along((246, 505), (218, 585)),    # pubis -> linea aspera
    "adductor_magnus": along((246, 515), (230, 690)),
    "tibialis_anterior": along((209, 760), (206, 905)),
    "flexor_digitorum_longus": along((228, 782), (224, 895)),
    "extensor_digitorum_brevis": along((188, 947), (203, 959)),  # calcaneus -> toes
}

# posterior: the patient's left half (midline x = 250, lateral = smaller x)
POSTERIOR = {
    "upper_trapezius": fan((140, 211)),                         # occiput, neck -> acromion end
    "middle_trapezius": fan((150, 214)),                        # upper thoracic spines -> spine
    "lower_trapezius": fan((226, 230)),                         # lower thoracic spines -> root
    "levator_scapulae": along((229, 135), (222, 206)),          # C1-C4 -> superior angle
    "splenius_capitis": along((248, 202), (217, 118)),          # C7-T3 spines -> mastoid
    "splenius_cervicis": along((246, 246), (228, 140)),
    "semispinalis_capitis": along((244, 205), (241, 112)),      # up onto the occiput
    "suboccipitals": along((248, 124), (226, 108)),
    "supraspinatus": along((224, 215), (151, 206)),             # fossa -> greater tubercle
    "infraspinatus": fan((165, 234)),
    "teres_minor": along((196, 276), (171, 250)),
    "teres_major": along((208, 296), (159, 251)),               # inferior angle -> humerus
    "rhomboids": along((248, 205), (226, 252)),                 # spines -> medial border
    "serratus_posterior_superior": along((248, 200), (214, 238)),
    "latissimus_dorsi": fan((158, 250)),                        # onto the humerus
    "serratus_posterior_inferior": along((248, 385), (200, 350)),
    "iliocostalis_thoracis": along((234, 372), (235, 212)),
    "longissimus_thoracis": along((239, 420), (241, 200)),
    "iliocostalis_lumborum": along((236, 428), (230, 362)),
    "multifidus_lumbosacral": along((243, 480), (248, 362)),    # sacrum -> spines above
    "quadratus_lumborum": along((210, 408), (236, 366)),        # iliac crest -> 12th rib, L1-4
    "gluteus_maximus": along((240, 430), (176, 500)),           # sacrum -> gluteal tuberosity
    "gluteus_medius": fan((163, 468)),                          # crest -> greater trochanter
    "gluteus_minimus": fan((166, 462)),
    "piriformis": along((238, 440), (168, 465)),
    "biceps_femoris": along((221, 515), (192, 740)),            # ischium -> fibular head
    "medial_hamstrings": along((226, 515), (222, 740)),
    "gastrocnemius": fan((212, 930)),                           # condyles -> tendo calcaneus
    "soleus": fan((210, 960)),
    "tibialis_posterior": along((205, 760), (207, 850)),
    "flexor_digitorum_longus": along((226, 790), (221, 900)),
    "flexor_hallucis_longus": along((199, 830), (203, 915)),
    "deltoid": fan(ua(0.5, 0)),
    "triceps_brachii": along(ua(0.1), ua(1.0)),                 # scapula, humerus -> olecranon
    "extensor_carpi_radialis_longus": along(fa(-0.12, -16.5), fa(0.42, -16.5)),
    "extensor_carpi_radialis_brevis": along(fa(0.04, -8.5), fa(0.6, -8.5)),
    "extensor_digitorum": along(fa(0.03, -0.5), fa(0.8, -0.5)),
    "extensor_carpi_ulnaris": along(fa(0.03, 8.7), fa(0.84, 8.7)),
    "flexor_carpi_ulnaris": along(fa(0.0, 16.7), fa(0.86, 16.7)),
    "supinator": along(fa(0.03, -2), fa(0.25, -11)),
}

# lateral_left: the patient faces the viewer's left (front = smaller x, back = larger x)
LATERAL = {
    "temporalis": fan((258, 108)),
    "masseter": along((252, 101), (261, 139)),                  # down and back to the angle
    "lateral_pterygoid": along((255, 106), (268, 103)),         # forward plate -> condyle
    "medial_pterygoid": along((257, 113), (263, 136)),
    "sternocleidomastoid_sternal": along((239, 193), (287, 122)),
    "sternocleidomastoid_clavicular": along((257, 198), (292, 128)),
    "scalenes": along((281, 150), (266, 202)),
    "splenius_capitis": along((295, 186), (292, 117)),
    "splenius_cervicis": along((298, 202), (291, 150)),
    "semispinalis_capitis": along((293, 176), (300, 118)),
    "suboccipitals": along((296, 134), (300, 122)),
    "levator_scapulae": along((290, 138), (300, 200)),
    "upper_trapezius": fan((278, 204)),                         # occiput -> clavicle, acromion
    "deltoid": fan((279, 300)),
    "biceps_brachii": along((260, 262), (262, 358)),
    "triceps_brachii": along((298, 268), (296, 372)),
    "brachialis": along((270, 318), (266, 372)),
    "brachioradialis": along((266, 338), (176, 371)),           # the forearm points forward
    "extensor_carpi_radialis_longus": along((275, 356), (212, 374)),
    "extensor_carpi_radialis_brevis": along((284, 374), (196, 380)),
    "extensor_digitorum": along((289, 383), (190, 387)),
    "supinator": along((280, 368), (264, 376)),
    "pectoralis_major": fan((256, 236)),
    "pectoralis_minor": fan((244, 212)),
    "serratus_anterior": along((226, 330), (256, 300)),         # ribs -> scapula (behind)
    "latissimus_dorsi": fan((282, 268)),
    "quadratus_lumborum": along((300, 405), (300, 369)),
    "iliocostalis_lumborum": along((310, 408), (312, 356)),
    "external_oblique": along((300, 318), (250, 392)),          # lower ribs -> down and forward
    "gluteus_maximus": along((334, 440), (300, 512)),
    "gluteus_medius": fan((284, 470)),
    "gluteus_minimus": fan((284, 468)),
    "piriformis": along((322, 456), (293, 466)),
    "tensor_fasciae_latae": along((250, 420), (258, 500)),
    "rectus_femoris": along((240, 460), (244, 700)),
    "vastus_lateralis": along((275, 480), (262, 730)),
    "biceps_femoris": along((315, 525), (295, 745)),
    "gastrocnemius": fan((300, 930)),
    "soleus": along((292, 820), (300, 900)),
    "peroneus_longus": along((278, 768), (282, 880)),           # fibular head -> behind malleolus
    "peroneus_brevis": along((284, 836), (287, 912)),
    "peroneus_tertius": along((271, 858), (262, 915)),          # distal fibula -> 5th metatarsal
    "tibialis_anterior": along((260, 758), (262, 900)),
    "extensor_digitorum_brevis": along((280, 938), (258, 946)),
}

# hands: wrist and forearm at the bottom (y ~ 900 is the elbow end), fingers at the top
HAND_PALMAR = {
    "flexor_carpi_radialis": along((196, 890), (240, 500)),
    "flexor_carpi_ulnaris": along((128, 892), (152, 498)),
    "finger_flexors": along((192, 885), (205, 540)),
    "brachioradialis": along((277, 903), (272, 580)),
    "supinator": along((240, 903), (276, 850)),
    "opponens_pollicis": along((260, 462), (308, 395)),         # retinaculum -> 1st metacarpal
    "adductor_pollicis": fan((302, 368)),                       # 3rd metacarpal -> thumb base
    "abductor_digiti_minimi_hand": along((138, 462), (118, 350)),
}
HAND_DORSAL = {
    "extensor_carpi_radialis_longus": along((277, 903), (275, 680)),
    "extensor_carpi_radialis_brevis": along((247, 903), (250, 620)),
    "extensor_digitorum": along((203, 903), (205, 560)),
    "extensor_carpi_ulnaris": along((140, 903), (150, 560)),
    "supinator": along((240, 903), (275, 852)),
    "first_dorsal_interosseous": fan((248, 330)),               # metacarpals 1-2 -> index base
    "abductor_digiti_minimi_hand": along((130, 462), (116, 350)),
}

# feet: toes at the top, heel at the bottom
FOOT_DORSAL = {
    "extensor_digitorum_brevis": along((125, 595), (205, 425)),
    "extensor_hallucis_brevis": along((205, 545), (286, 410)),
    "dorsal_interossei_foot": along((200, 402), (200, 342)),
}
FOOT_PLANTAR = {
    "abductor_hallucis": along((296, 780), (336, 360)),
    "flexor_digitorum_brevis": along((200, 720), (200, 420)),
    "quadratus_plantae": along((200, 742), (200, 634)),
    "flexor_hallucis_brevis": along((306, 430), (306, 300)),
    "abductor_digiti_minimi_foot": along((116, 790), (76, 372)),
}


def attach(muscles, table, where):
    """Give every MuscleSpec its fibre direction from ``table``; a muscle missing there is an
    error (every outline must say which way its fibres run)."""
    missing = [m.id for m in muscles if m.id not in table]
    if missing:
        raise ValueError(f"{where}: no fibre direction for {', '.join(missing)}")
    for m in muscles:
        m.fibres = table[m.id]
    return muscles
