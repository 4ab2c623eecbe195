"""The handout's key: only the symbols the visit's marks use, worded for the copy printed."""
from __future__ import annotations

from bodymap.domain.charting import MarkKind, PainQuality
from bodymap.domain.records import VisitChart
from bodymap.export.copies import Copy
from bodymap.render.legend import legend_entries

PATIENT_LABELS = {
    (MarkKind.TRIGGER_POINT, "active"): "Active trigger point",
    (MarkKind.TRIGGER_POINT, "latent"): "Latent trigger point",
    (MarkKind.TRIGGER_POINT, "needled"): "Treated with dry needling (X)",
    (MarkKind.TRIGGER_POINT, "carried"): "From an earlier visit (dashed)",
    ("depth", "deep"): "Felt deep (dashed outline)",
}


def used_keys(chart: VisitChart) -> set[tuple[str, str]]:
    """(kind, key) of every symbol the chart's marks are drawn with."""
    used: set[tuple[str, str]] = set()
    for tp in chart.trigger_points:
        used.add((MarkKind.TRIGGER_POINT, "active" if tp.status == "active" else "latent"))
        if tp.needled:
            used.add((MarkKind.TRIGGER_POINT, "needled"))
        if tp.carried:
            used.add((MarkKind.TRIGGER_POINT, "carried"))
    qualities = {q.value for q in PainQuality}
    for zone in chart.zones:
        if zone.quality in qualities:
            used.add((MarkKind.ZONE, zone.quality))
        if zone.depth == "deep":
            used.add(("depth", "deep"))
    return used


def key_entries(chart: VisitChart, copy: Copy) -> list[tuple[str, str, str]]:
    """(kind, key, label) of the symbols used, in the key's usual order."""
    used = used_keys(chart)
    out = []
    for kind, key, label in legend_entries():
        if (kind, key) in used:
            out.append((kind, key, label if copy.staff else PATIENT_LABELS.get((kind, key), label)))
    return out
