"""Safety sections for the printed visit handout: treatment safety and after-care.

`safety_sections(layout, safety)` adds them to any export.layout.PagedLayout (the visit report
calls it at the end of its build()); `safety` is a bodymap.services.safety.VisitSafety.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor

from bodymap.domain.safety import PNEUMOTHORAX_ADVICE, CountState, pain_change
from bodymap.export.layout import DRAFT_RED

COUNT_TEXT = {CountState.NOTHING: "No needles used", CountState.RECONCILED: "Reconciled",
              CountState.DOCUMENTED: "Discrepancy documented", CountState.NOT_RECONCILED: "NOT reconciled"}
AFTER_CARE_TITLE = "After your treatment"
AFTER_CARE_ROW = "The clinic's after-care advice for dry needling (printed in full on the patient copy)"


def _row(label: str, text: str):
    return [{"paras": [(label, "label")]}, {"paras": [(text or "—", "body")]}]


def count_text(safety) -> str:
    c = safety.count
    removed = "not counted" if c.removed is None else str(c.removed)
    text = f"{c.inserted} inserted, {removed} removed — {COUNT_TEXT[c.state]}"
    return f"{text}. Note: {c.note}" if c.note else text


def consent_text(safety) -> str:
    c = safety.consent
    if c is None:
        return "No consent recorded for this visit"
    text = f"{c.method_text}, {c.given_on:%d %b %Y}, obtained by {c.obtained_by} · {c.scope_text}"
    if c.withdrawn_at is not None:
        text += f" · WITHDRAWN {c.withdrawn_at.astimezone():%d %b %Y %H:%M}"
    return text


def session_rows(safety) -> list:
    """Tolerance and immediate outcome of the needling, when recorded."""
    session = getattr(safety, "session", None)
    if session is None or not session.recorded:
        return []
    rows = [_row("Tolerance", session.tolerance_label), _row("Outcome", session.outcome_label)]
    return rows + ([_row("Session note", session.note)] if session.note else [])


def urgent_box(layout, text: str = PNEUMOTHORAX_ADVICE) -> None:
    lines = layout.wrap(text, "callout", layout.W - layout.mm(8))
    h = len(lines) * layout.line("callout") + layout.mm(3)
    layout.ensure(h)
    pale = QColor(DRAFT_RED)
    pale.setAlphaF(0.10)
    layout.fill(QRectF(0, layout.y, layout.W, h), pale, layout.mm(1))
    layout.fill(QRectF(0, layout.y, layout.mm(1.2), h), DRAFT_RED)
    yy = layout.y + layout.mm(1.5)
    for line in lines:
        layout.text_top(layout.mm(4), yy, line, "callout")
        yy += layout.line("callout")
    layout.y += h + layout.mm(2)


def patient_summary(layout, safety) -> None:
    """The patient copy's part of the safety record: urgent advice after an urgent event and how
    the pain changed with the treatment; never consent, needle counts or who recorded what."""
    rows = []
    if safety.pain_after is not None:
        rows.append(_row("Pain after treatment", pain_change(safety.overall_pain, safety.pain_after)))
    if not rows and not safety.urgent:
        return
    layout.heading("How the treatment went", keep=layout.line("body") * 3)
    if safety.urgent:
        urgent_box(layout)
    if rows:
        layout.table([("", 40), ("", 150)], rows, header=False, zebra=False, rules=False)


def safety_sections(layout, safety, after_care: bool = True, summary: bool = True,
                    patient: bool = False, after_care_row: bool = False) -> None:
    """Adds 'Treatment safety' (consent, needle count, cautions, response, adverse events) and
    the clinic's after-care text to layout (a PagedLayout being built).

    patient: the patient copy's short version instead of the summary (patient_summary);
    after_care: print the after-care advice (the handout does only when something was needled);
    after_care_row: instead, name it in one row of the summary (the clinician copy: the advice is
    the clinic's standard text, the same at every visit)."""
    if patient:
        patient_summary(layout, safety)
    elif summary:
        layout.heading("Treatment safety", keep=layout.line("body") * 4)
        if safety.urgent:
            urgent_box(layout)
        thorax = [p for p in safety.needled if p.over_thorax]
        rows = [_row("Consent", consent_text(safety)), _row("Needle count", count_text(safety))]
        if thorax:
            rows.append(_row("Thorax caution", "; ".join(
                f"{p.label}: acknowledged by {p.log.thorax_ack_by} {p.log.thorax_ack_at.astimezone():%H:%M}"
                if p.log.thorax_ack_at else f"{p.label}: NOT acknowledged" for p in thorax)))
        if safety.pain_after is not None or safety.rom_note:
            rows.append(_row("Pain after treatment", pain_change(safety.overall_pain, safety.pain_after)))
            if safety.rom_note:
                rows.append(_row("Range of motion", safety.rom_note))
        rows += session_rows(safety)
        if after_care_row and safety.after_care:
            rows.append(_row("After-care", AFTER_CARE_ROW))
        layout.table([("", 40), ("", 150)], rows, header=False, zebra=False, rules=False)
        if safety.events:
            rows = [[{"paras": [(e.occurred_at.astimezone().strftime("%d %b %H:%M"), "cell")]},
                     {"paras": [(e.kind_label, "cell_b")] + ([(e.description, "cell")] if e.description else [])
                      + ([(f"Onset: {e.onset_label}", "cell")] if e.onset else [])},
                     {"paras": [(e.severity_label, "cell")]},
                     {"paras": [(e.action_taken or "—", "cell")]},
                     {"paras": [(e.follow_up or "—", "cell")]}] for e in safety.events]
            layout.table([("Time", 16), ("Adverse event", 50), ("Severity", 16), ("Action taken", 39),
                          ("Follow-up", 39)], rows, title="Adverse events and near misses")
    if after_care and safety.after_care:
        layout.heading(AFTER_CARE_TITLE, keep=layout.line("body") * 3)
        layout.paragraph(safety.after_care, title=AFTER_CARE_TITLE)
