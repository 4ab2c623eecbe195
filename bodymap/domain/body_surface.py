"""Each diagram region's share of the body surface (pure Python + numpy; no Qt, no SQL).

Method (docs/METRICS.md, "Pain extent over the whole body"):

1. Body segments and their share of the adult body surface from the Lund and Browder chart
   (Lund CC, Browder NC. The estimation of areas of burns. Surg Gynecol Obstet 1944;79:352-8),
   adult column: head 7 %, neck 2 %, anterior trunk 13 %, posterior trunk 13 %, each buttock
   2.5 %, genitalia 1 %, each upper arm 4 %, each forearm 3 %, each hand 2.5 %, each thigh 9.5 %,
   each leg 7 %, each foot 3.5 %. No diagram region covers the genitalia, so the regions share
   99 % of the body surface.
2. Every region id belongs to one segment (SEGMENT_OF); sided segments (limbs, buttocks) take the
   region's side, the head, neck and trunk are shared by both sides and the midline.
3. A segment's share is split among its regions in proportion to their drawn area. A region's
   drawn area is its largest area over the views that show it, in one common unit (body height
   squared): full-body views are drawn at that scale; a close-up's scale is the median ratio of
   full-body area to close-up area over the regions it shares with views already scaled (hands
   and the dorsal foot through the full-body views, the sole through the dorsal foot).
"""
from __future__ import annotations

import functools
import statistics
from collections.abc import Mapping

import numpy as np
from numpy.typing import NDArray

from bodymap.domain import metrics as M
from bodymap.domain.diagrams import DiagramView, available_views

RegionKey = tuple[str, str]        # (region id, side)

# Lund and Browder (1944), adult: percent of body surface. Sided segments are per side.
SEGMENT_PERCENT: Mapping[str, float] = {
    "head": 7.0, "neck": 2.0, "trunk_anterior": 13.0, "trunk_posterior": 13.0,
    "buttock": 2.5, "upper_arm": 4.0, "forearm": 3.0, "hand": 2.5,
    "thigh": 9.5, "leg": 7.0, "foot": 3.5,
}
UNSIDED_SEGMENTS = frozenset({"head", "neck", "trunk_anterior", "trunk_posterior"})
NOT_DRAWN_PERCENT = 1.0            # genitalia: no region of the diagrams

_SEGMENTS: Mapping[str, tuple[str, ...]] = {
    "head": ("temple", "forehead", "eyebrow", "eye_orbit", "cheek_maxilla", "lower_jaw_teeth",
             "upper_teeth", "mouth_palate_tongue", "tmj", "jaw_angle", "ear", "mastoid", "occiput",
             "parietal", "suboccipital", "vertex"),
    "neck": ("lateral_neck", "throat", "posterior_neck", "neck_angle"),
    "trunk_anterior": ("infraclavicular", "pectoral", "breast_nipple", "sternum", "upper_abdomen",
                       "lower_abdomen", "lateral_chest_ribs", "axilla", "groin", "anterior_hip"),
    "trunk_posterior": ("upper_trapezius_ridge", "suprascapular", "scapula_body", "medial_scapular_border",
                        "inferior_scapular_angle", "upper_thoracic_paraspinal", "lower_thoracic_paraspinal",
                        "lumbar_paraspinal", "flank", "iliac_crest", "sacroiliac", "sacrum", "coccyx"),
    "buttock": ("buttock", "gluteal_fold"),
    "upper_arm": ("acromion", "anterior_shoulder", "posterior_shoulder", "lateral_shoulder",
                  "anterior_arm", "posterior_arm", "medial_arm", "lateral_arm"),
    "forearm": ("antecubital", "olecranon", "medial_epicondyle", "lateral_epicondyle", "forearm_volar",
                "forearm_dorsal", "forearm_radial", "forearm_ulnar", "wrist_volar", "wrist_dorsal"),
    "hand": ("palm", "hand_dorsal", "thumb", "index_finger", "middle_finger", "ring_little_fingers"),
    "thigh": ("anterior_thigh", "posterior_thigh", "medial_thigh", "lateral_thigh", "lateral_hip",
              "patella_anterior_knee", "medial_knee", "lateral_knee", "posterior_knee"),
    "leg": ("shin", "calf", "medial_leg", "lateral_leg", "achilles", "anterior_ankle"),
    "foot": ("foot_dorsum", "lateral_ankle_foot", "heel", "great_toe", "lesser_toes", "plantar_arch",
             "plantar_forefoot"),
}
SEGMENT_OF: Mapping[str, str] = {region: seg for seg, regions in _SEGMENTS.items() for region in regions}


def segment_key(region: str, side: str) -> tuple[str, str] | None:
    """(segment, side) a region belongs to; the side is "" for the head, neck and trunk."""
    seg = SEGMENT_OF.get(region)
    if seg is None:
        return None
    return seg, ("" if seg in UNSIDED_SEGMENTS else side)


def segment_percent(seg: str) -> float:
    return SEGMENT_PERCENT[seg]


# --------------------------------------------------------------------------- drawn areas

def region_pixels(view: DiagramView, weights: NDArray[np.float64] | None = None,
                  height: int = M.RASTER_HEIGHT) -> dict[RegionKey, float]:
    """Per region of view, the sum of weights (0..1 per pixel; default the silhouette) over its
    pixels. Regions sharing an id and side on one view are summed."""
    if weights is None:
        weights = mask_array(M.silhouette_mask(view, height))
    out: dict[RegionKey, float] = {}
    for labels, regions in M.region_labels(view, height):
        sums = np.bincount(np.asarray(labels, dtype=np.intp).ravel(), weights=weights.ravel(),
                           minlength=len(regions) + 1)
        for i, region in enumerate(regions, start=1):
            key = (region.id, region.side)
            out[key] = out.get(key, 0.0) + float(sums[i])
    return out


@functools.lru_cache(maxsize=32)
def _region_areas(view_id: str, version: int, height: int) -> dict[RegionKey, float]:
    view = M.view_or_none(view_id)
    return region_pixels(view, height=height) if view is not None else {}


def region_areas(view: DiagramView, height: int = M.RASTER_HEIGHT) -> dict[RegionKey, float]:
    """Each region's (silhouette-weighted) pixels on view (cached; do not modify the result)."""
    return _region_areas(view.id, view.version, height)


def mask_array(mask: object) -> NDArray[np.float64]:
    """A weighted "L" mask (255 inside, 128 boundary) as floats 0..1."""
    return np.asarray(mask, dtype=np.float64) / 255.0


@functools.lru_cache(maxsize=4)
def view_scales(height: int = M.RASTER_HEIGHT) -> dict[str, float]:
    """Factor turning a view's pixel area into body-height-squared units, per view."""
    views = [v for v in (M.view_or_none(i) for i in available_views()) if v is not None]
    areas = {v.id: region_areas(v, height) for v in views}
    scales = {v.id: 1.0 / (height * height) for v in views if M.is_full_body(v)}
    pending = [v.id for v in views if v.id not in scales]
    while pending:
        best: tuple[int, str, list[float]] | None = None
        for vid in pending:
            ratios = []
            for key, px in areas[vid].items():
                known = [areas[o][key] * scales[o] for o in scales if areas[o].get(key)]
                if px > 0 and known:
                    ratios.append(max(known) / px)
            if best is None or len(ratios) > best[0]:
                best = (len(ratios), vid, ratios)
        assert best is not None
        count, vid, ratios = best
        # A close-up with no region in common with any scaled view cannot be scaled: it is left
        # out of the drawn areas (its regions still count through the views that can be scaled).
        if count:
            scales[vid] = statistics.median(ratios)
        pending.remove(vid)
    return scales


@functools.lru_cache(maxsize=4)
def region_shares(height: int = M.RASTER_HEIGHT) -> dict[RegionKey, float]:
    """Each region's share of the body surface, as a fraction (the shares sum to 0.99)."""
    scales = view_scales(height)
    drawn: dict[RegionKey, float] = {}
    for vid, scale in scales.items():
        view = M.view_or_none(vid)
        if view is None:
            continue
        for key, px in region_areas(view, height).items():
            drawn[key] = max(drawn.get(key, 0.0), px * scale)
    per_segment: dict[tuple[str, str], float] = {}
    for (region, side), area in drawn.items():
        seg = segment_key(region, side)
        if seg is not None:
            per_segment[seg] = per_segment.get(seg, 0.0) + area
    shares: dict[RegionKey, float] = {}
    for (region, side), area in drawn.items():
        seg = segment_key(region, side)
        if seg is not None and per_segment[seg] > 0:
            shares[(region, side)] = SEGMENT_PERCENT[seg[0]] / 100.0 * area / per_segment[seg]
    return shares
