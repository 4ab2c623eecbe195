"""Widespread Pain Index areas (ACR 2016 fibromyalgia criteria) from diagram regions.

Wolfe F, Clauw DJ, Fitzcharles MA, et al. 2016 Revisions to the 2010/2011 fibromyalgia diagnostic
criteria. Semin Arthritis Rheum 2016;46:319-29. The WPI counts 19 areas; generalised pain is pain
in at least 4 of the 5 body regions (left upper, right upper, left lower, right lower, axial),
where jaw, chest and abdominal pain do not count towards the 5 regions. Head, hands and feet are
not WPI areas. Which diagram region falls in which WPI area is this app's mapping (docs/METRICS.md).
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping

GENERALISED_MIN = 4

# WPI area (without side) -> diagram region ids; sided areas take the region's side.
_AREAS: Mapping[str, tuple[str, ...]] = {
    "jaw": ("tmj", "jaw_angle", "lower_jaw_teeth"),
    "shoulder_girdle": ("upper_trapezius_ridge", "suprascapular", "scapula_body", "acromion",
                        "anterior_shoulder", "posterior_shoulder", "lateral_shoulder", "axilla"),
    "upper_arm": ("anterior_arm", "posterior_arm", "medial_arm", "lateral_arm"),
    "lower_arm": ("antecubital", "olecranon", "medial_epicondyle", "lateral_epicondyle", "forearm_volar",
                  "forearm_dorsal", "forearm_radial", "forearm_ulnar", "wrist_volar", "wrist_dorsal"),
    "hip": ("buttock", "gluteal_fold", "lateral_hip", "anterior_hip", "groin"),
    "upper_leg": ("anterior_thigh", "posterior_thigh", "medial_thigh", "lateral_thigh",
                  "patella_anterior_knee", "medial_knee", "lateral_knee", "posterior_knee"),
    "lower_leg": ("shin", "calf", "medial_leg", "lateral_leg", "achilles", "anterior_ankle"),
    "neck": ("lateral_neck", "throat", "posterior_neck", "neck_angle", "suboccipital"),
    "upper_back": ("medial_scapular_border", "inferior_scapular_angle", "upper_thoracic_paraspinal",
                   "lower_thoracic_paraspinal"),
    "lower_back": ("lumbar_paraspinal", "flank", "iliac_crest", "sacroiliac", "sacrum", "coccyx"),
    "chest": ("infraclavicular", "pectoral", "breast_nipple", "sternum", "lateral_chest_ribs"),
    "abdomen": ("upper_abdomen", "lower_abdomen"),
}
AREA_OF: Mapping[str, str] = {region: area for area, regions in _AREAS.items() for region in regions}
AXIAL = ("neck", "upper_back", "lower_back", "chest", "abdomen")
UPPER = ("jaw", "shoulder_girdle", "upper_arm", "lower_arm")
LOWER = ("hip", "upper_leg", "lower_leg")
NOT_IN_GENERALISED = frozenset({"jaw", "chest", "abdomen"})

# The 19 WPI areas, in the order of the ACR form.
WPI_AREAS: tuple[str, ...] = (
    *(f"left_{a}" for a in UPPER), *(f"right_{a}" for a in UPPER),
    *(f"left_{a}" for a in LOWER), *(f"right_{a}" for a in LOWER), *AXIAL)
BODY_REGIONS = ("left_upper", "right_upper", "left_lower", "right_lower", "axial")


def area_of(region: str, side: str) -> str | None:
    """The WPI area (e.g. "left_upper_arm", "neck") of a diagram region, or None (head, hands, feet;
    a sided area drawn on the midline)."""
    area = AREA_OF.get(region)
    if area is None or area in AXIAL:
        return area
    return f"{side}_{area}" if side in ("left", "right") else None


def wpi_areas(regions: Iterable[tuple[str, str]]) -> tuple[str, ...]:
    """The WPI areas with pain, in form order, from painful (region id, side) pairs."""
    found = {area_of(region, side) for region, side in regions}
    return tuple(a for a in WPI_AREAS if a in found)


def body_region(area: str) -> str | None:
    """The one of the five body regions an area counts towards for generalised pain (None for jaw,
    chest and abdomen)."""
    for base in NOT_IN_GENERALISED:
        if area == base or area.endswith("_" + base):
            return None
    if area in AXIAL:
        return "axial"
    side, _, rest = area.partition("_")
    return f"{side}_{'upper' if rest in UPPER else 'lower'}"


def generalised_regions(areas: Iterable[str]) -> tuple[str, ...]:
    """The body regions (of five) with pain that counts towards generalised pain."""
    found = {body_region(a) for a in areas}
    return tuple(r for r in BODY_REGIONS if r in found)
