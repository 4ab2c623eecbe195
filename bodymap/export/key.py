"""The handout's key: only the symbols the visit's marks use, worded for the copy printed."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

from bodymap.domain.charting import MarkKind, PainQuality
from bodymap.domain.records import VisitChart
from bodymap.export.copies import Copy
from bodymap.render import i18n
from bodymap.render.legend import legend_entries

PATIENT_LABELS = {
    (MarkKind.TRIGGER_POINT, "active"): QT_TRANSLATE_NOOP("Handout", "Active trigger point"),
    (MarkKind.TRIGGER_POINT, "latent"): QT_TRANSLATE_NOOP("Handout", "Latent trigger point"),
    (MarkKind.TRIGGER_POINT, "needled"): QT_TRANSLATE_NOOP("Handout", "Treated with dry needling (X)"),
    (MarkKind.TRIGGER_POINT, "carried"): QT_TRANSLATE_NOOP("Handout", "From an earlier visit (dashed)"),
    ("depth", "deep"): QT_TRANSLATE_NOOP("Handout", "Felt deep (dashed outline)"),
}
# the clinician copy's key (render.legend) and the pain qualities (domain.charting.PainQuality)
STAFF_LABELS = (QT_TRANSLATE_NOOP("Handout", "Needled (X)"), QT_TRANSLATE_NOOP("Handout", "Carried forward (dashed)"),
                QT_TRANSLATE_NOOP("Handout", "Deep (dashed outline)"),
                QT_TRANSLATE_NOOP("Handout", "Aching"), QT_TRANSLATE_NOOP("Handout", "Burning"),
                QT_TRANSLATE_NOOP("Handout", "Stabbing"), QT_TRANSLATE_NOOP("Handout", "Pins and needles"),
                QT_TRANSLATE_NOOP("Handout", "Numbness"), QT_TRANSLATE_NOOP("Handout", "Throbbing"),
                QT_TRANSLATE_NOOP("Handout", "Other"))


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


def key_entries(chart: VisitChart, copy: Copy, lang: i18n.Language | None = None) -> list[tuple[str, str, str]]:
    """(kind, key, label) of the symbols used, in the key's usual order, in lang."""
    used = used_keys(chart)
    translate = (lang or i18n.current()).translate
    out = []
    for kind, key, label in legend_entries():
        if (kind, key) in used:
            out.append((kind, key, translate("Handout", label if copy.staff else PATIENT_LABELS.get((kind, key), label))))
    return out
