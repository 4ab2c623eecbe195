"""The few SNOMED CT codes the FHIR export uses, each one checked against published value sets.

Deliberately small and honest: a region is coded only when it lies wholly inside a body structure
whose code we are sure of; everything else is exported as text (bodySite.text) only. There is no
SNOMED code here for "myofascial trigger point": we did not find one we could vouch for, so the
FHIR export uses a local code for it (see fhir.py and docs/EXPORTS.md).
"""
from __future__ import annotations

SYSTEM = "http://snomed.info/sct"

LATERALITY = {
    "right": ("24028007", "Right"),
    "left": ("7771000", "Left"),
    "both": ("51440002", "Right and left"),
}

BODY_STRUCTURES = {
    "head": ("69536005", "Head structure"),
    "neck": ("45048000", "Neck structure"),
    "thorax": ("51185008", "Thoracic structure"),
    "shoulder": ("16982005", "Shoulder region structure"),
    "upper_arm": ("40983000", "Upper arm structure"),
    "forearm": ("14975008", "Forearm structure"),
    "hand": ("85562004", "Hand structure"),
    "buttock": ("46862004", "Buttock structure"),
    "thigh": ("68367000", "Thigh structure"),
    "knee": ("72696002", "Knee region structure"),
    "lower_leg": ("30021000", "Lower leg structure"),
    "foot": ("56459004", "Foot structure"),
}

# bodymap region id -> body structure key (only where the region lies wholly inside it)
REGION_STRUCTURE = {
    **dict.fromkeys(("vertex", "forehead", "temple", "parietal", "occiput", "mastoid", "ear", "eye_orbit",
                     "eyebrow", "cheek_maxilla", "tmj", "upper_teeth", "lower_jaw_teeth", "jaw_angle",
                     "mouth_palate_tongue"), "head"),
    **dict.fromkeys(("throat", "posterior_neck", "lateral_neck"), "neck"),
    **dict.fromkeys(("acromion", "anterior_shoulder", "lateral_shoulder", "posterior_shoulder"), "shoulder"),
    **dict.fromkeys(("pectoral", "sternum", "infraclavicular", "lateral_chest_ribs"), "thorax"),
    **dict.fromkeys(("anterior_arm", "lateral_arm", "posterior_arm", "medial_arm"), "upper_arm"),
    **dict.fromkeys(("forearm_dorsal", "forearm_volar", "forearm_radial", "forearm_ulnar"), "forearm"),
    **dict.fromkeys(("hand_dorsal", "palm", "thumb", "index_finger", "middle_finger", "ring_little_fingers"),
                    "hand"),
    **dict.fromkeys(("buttock", "gluteal_fold"), "buttock"),
    **dict.fromkeys(("anterior_thigh", "lateral_thigh", "posterior_thigh", "medial_thigh"), "thigh"),
    **dict.fromkeys(("patella_anterior_knee", "medial_knee", "lateral_knee", "posterior_knee"), "knee"),
    **dict.fromkeys(("shin", "lateral_leg", "calf", "medial_leg"), "lower_leg"),
    **dict.fromkeys(("heel", "foot_dorsum", "plantar_arch", "plantar_forefoot", "great_toe", "lesser_toes"),
                    "foot"),
}


def body_structure(region_id: str | None) -> tuple[str, str] | None:
    """(code, display) of the body structure a region lies in, or None (text only)."""
    key = REGION_STRUCTURE.get(region_id or "")
    return BODY_STRUCTURES[key] if key else None


def laterality(sides) -> tuple[str, str] | None:
    """(code, display) for the patient's side(s); None for midline only."""
    sides = set(sides) - {"midline"}
    if sides == {"left", "right"}:
        return LATERALITY["both"]
    if len(sides) == 1:
        return LATERALITY[sides.pop()]
    return None
