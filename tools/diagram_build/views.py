"""Registry of all views: design -> JSON document."""
from __future__ import annotations

import json
from pathlib import Path

from . import fullbody as fb
from .assemble import Builder, Design, mirror_doc
from .fullbody_muscles import anterior_muscles, posterior_muscles


def load_reference(path):
    data = json.loads(Path(path).read_text())
    return {"regions": {r["id"]: r for r in data["regions"]},
            "muscles": {m["id"]: m for m in data["muscles"]}}


def fullbody(view):
    pts, sil, half, regions = fb.design(view)
    meta = fb.VIEWS[view]
    left_side = meta["viewer_left"]
    mids, pairs = fb.landmarks(view)
    pl, ml = fb.inner_lines(view)
    right_side = "left" if left_side == "right" else "right"
    return Design(
        view=view, label=meta["label"], width=fb.W, outline=[pts], sil=sil, mode="mirror",
        side=left_side, regions=list(regions.items()), ref_views=(view,),
        muscles=anterior_muscles() if view == "anterior" else posterior_muscles(),
        lm_mid=mids, lm_paired=pairs, lines_paired=pl, lines_mid=ml,
        contours_paired=fb.finger_lines(),
        side_labels={left_side: (58, 95), right_side: (fb.W - 58, 95)})


def _designs():
    from . import feet, hands, head, lateral
    return {
        "anterior": lambda: fullbody("anterior"),
        "posterior": lambda: fullbody("posterior"),
        "lateral_left": lambda: lateral.design(),
        "head_lateral_left": lambda: head.lateral_design(),
        "head_posterior": lambda: head.posterior_design(),
        "hand_palmar": lambda: hands.design("hand_palmar"),
        "hand_dorsal": lambda: hands.design("hand_dorsal"),
        "foot_plantar": lambda: feet.design("foot_plantar"),
        "foot_dorsal": lambda: feet.design("foot_dorsal"),
    }


MIRRORS = {"lateral_right": ("lateral_left", "Lateral, right side"),
           "head_lateral_right": ("head_lateral_left", "Head and neck, right side")}


def build_all(ref, only=None):
    docs = {}
    for view, make in _designs().items():
        if only and view not in only and not any(
                src == view and m in only for m, (src, _) in MIRRORS.items()):
            continue
        docs[view] = Builder(make(), ref).build()
    for view, (src, label) in MIRRORS.items():
        if src in docs and (not only or view in only):
            docs[view] = mirror_doc(docs[src], view, label)
    if only:
        docs = {k: v for k, v in docs.items() if k in only}
    return docs
