"""The whole-body part of the compare dialog's summary: extent in percent of the body surface,
the verdict against the published minimal detectable change, and the standard measures."""
from __future__ import annotations

from bodymap.domain import extent_change as X
from bodymap.ui.widgets import theme

VERDICT = {
    "better": "<b style='color:@ok'>Better</b>: less of the body in pain, by more than the "
              "measurement error",
    "worse": "<b style='color:@warn'>Worse</b>: more of the body in pain, by more than the "
             "measurement error",
    "no change": "No detectable change: within the measurement error",
}


def _pair(a, b, fmt="{}") -> str:
    show = (lambda v: "–" if v is None else fmt.format(v))
    return f"{show(a)} → {show(b)}"


def body_summary(c) -> str:
    """HTML for a domain.compare.Comparison (empty when it has no whole-body measures)."""
    a, b, change = c.body_before, c.body_after, c.body_change_points
    if a is None or b is None or change is None:
        return ""
    rel = ""
    if a.extent_percent > 0:
        rel = f", {100 * change / a.extent_percent:+.0f}%"
    same = "—" if c.body_overlap is None else f"{100 * c.body_overlap:.0f}%"
    generalised = ""
    if a.generalised_pain or b.generalised_pain:
        generalised = f" · generalised pain: {_pair('yes' if a.generalised_pain else 'no', 'yes' if b.generalised_pain else 'no')}"
    symmetry = ""
    if a.symmetry is not None or b.symmetry is not None:
        symmetry = f"<br><b>Left/right symmetry</b> (1 = the same on both sides): {_pair(a.symmetry, b.symmetry, '{:.2f}')}"
    return (
        f"<p><b>Pain extent</b> (share of the whole body surface): {a.extent_percent:.2f}% → "
        f"{b.extent_percent:.2f}% (<b>{change:+.2f} points</b>{rel})<br>"
        f"{theme.css(VERDICT[X.verdict(change)])} (±{X.MDC_POINTS:.2f} points, published minimal detectable change)<br>"
        f"<b>Weighted by intensity</b>: {a.intensity_extent_percent:.2f}% → {b.intensity_extent_percent:.2f}%<br>"
        f"<b>How much of the pain is in the same place</b>: {same}<br>"
        f"<b>Painful regions</b>: {_pair(a.region_count, b.region_count)} · "
        f"<b>Widespread pain index</b>: {_pair(a.wpi, b.wpi)} of 19{generalised}{symmetry}</p>")
