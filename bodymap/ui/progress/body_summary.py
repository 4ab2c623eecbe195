"""The whole-body part of the compare dialog's summary: extent in percent of the body surface,
the verdict against the published minimal detectable change, and the standard measures."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from bodymap.domain import extent_change as X
from bodymap.render import i18n
from bodymap.ui.widgets import theme

translate = QCoreApplication.translate

VERDICT = {
    "better": QT_TRANSLATE_NOOP("CompareDialog", "<b style='color:@ok'>Better</b>: less of the body in pain, by more "
                                                 "than the measurement error"),
    "worse": QT_TRANSLATE_NOOP("CompareDialog", "<b style='color:@warn'>Worse</b>: more of the body in pain, by more "
                                                "than the measurement error"),
    "no change": QT_TRANSLATE_NOOP("CompareDialog", "No detectable change: within the measurement error"),
}


def number(value: float, decimals: int = 2, sign: bool = False) -> str:
    """value in the interface language's format (12.50 / 12,50), with its sign when asked."""
    text = i18n.current().number(abs(value) if sign else value, decimals)
    return (("+" if value >= 0 else "-") + text) if sign else text


def percent(value: float, decimals: int = 2, sign: bool = False) -> str:
    return translate("CompareDialog", "{value}%").format(value=number(value, decimals, sign))


def _pair(a, b, show=str) -> str:
    return f"{'–' if a is None else show(a)} → {'–' if b is None else show(b)}"


def body_summary(c) -> str:
    """HTML for a domain.compare.Comparison (empty when it has no whole-body measures)."""
    a, b, change = c.body_before, c.body_after, c.body_change_points
    if a is None or b is None or change is None:
        return ""
    rel = ""
    if a.extent_percent > 0:
        rel = ", " + percent(100 * change / a.extent_percent, 0, sign=True)
    same = "—" if c.body_overlap is None else percent(100 * c.body_overlap, 0)
    yes_no = (lambda v: translate("CompareDialog", "yes") if v else translate("CompareDialog", "no"))
    generalised = ""
    if a.generalised_pain or b.generalised_pain:
        generalised = " · " + translate("CompareDialog", "generalised pain: {change}").format(
            change=_pair(a.generalised_pain, b.generalised_pain, yes_no))
    symmetry = ""
    if a.symmetry is not None or b.symmetry is not None:
        symmetry = "<br>" + translate("CompareDialog", "<b>Left/right symmetry</b> (1 = the same on both sides): {change}").format(
            change=_pair(a.symmetry, b.symmetry, number))
    points = translate("CompareDialog", "{value} points").format(value=number(change, 2, sign=True))
    lines = [
        translate("CompareDialog", "<b>Pain extent</b> (share of the whole body surface): {before} → {after} ({change})").format(
            before=percent(a.extent_percent), after=percent(b.extent_percent), change=f"<b>{points}</b>{rel}"),
        translate("CompareDialog", "{verdict} (±{mdc} points, published minimal detectable change)").format(
            verdict=theme.css(translate("CompareDialog", VERDICT[X.verdict(change)])), mdc=number(X.MDC_POINTS)),
        translate("CompareDialog", "<b>Weighted by intensity</b>: {before} → {after}").format(
            before=percent(a.intensity_extent_percent), after=percent(b.intensity_extent_percent)),
        translate("CompareDialog", "<b>How much of the pain is in the same place</b>: {share}").format(share=same),
        translate("CompareDialog", "<b>Painful regions</b>: {regions} · <b>Widespread pain index</b>: {wpi} of 19").format(
            regions=_pair(a.region_count, b.region_count), wpi=_pair(a.wpi, b.wpi)) + generalised + symmetry,
    ]
    return "<p>" + "<br>".join(lines) + "</p>"
