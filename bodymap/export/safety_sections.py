"""Safety sections for the printed visit handout: treatment safety and after-care.

`safety_sections(layout, safety)` adds them to any export.layout.PagedLayout (the visit report
calls it at the end of its build()); `safety` is a bodymap.services.safety.VisitSafety.
"""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QRectF
from PySide6.QtGui import QColor

from bodymap.domain.safety import DEFAULT_AFTER_CARE, PNEUMOTHORAX_ADVICE, CountState
from bodymap.export.layout import DRAFT_RED
from bodymap.render import consent_words, i18n

COUNT_TEXT = {CountState.NOTHING: QT_TRANSLATE_NOOP("Handout", "No needles used"),
              CountState.RECONCILED: QT_TRANSLATE_NOOP("Handout", "Reconciled"),
              CountState.DOCUMENTED: QT_TRANSLATE_NOOP("Handout", "Discrepancy documented"),
              CountState.NOT_RECONCILED: QT_TRANSLATE_NOOP("Handout", "NOT reconciled")}
AFTER_CARE_TITLE = QT_TRANSLATE_NOOP("Handout", "After your treatment")
AFTER_CARE_ROW = QT_TRANSLATE_NOOP("Handout", "The clinic's after-care advice for dry needling (printed in full on "
                                   "the patient copy)")


# the safety record's vocabulary (domain.adverse, domain.safety), translated where it is printed
VOCABULARY = (
    QT_TRANSLATE_NOOP("Handout", "Tolerated well"), QT_TRANSLATE_NOOP("Handout", "Moderate discomfort, completed"),
    QT_TRANSLATE_NOOP("Handout", "Tolerated poorly, stopped early"),
    QT_TRANSLATE_NOOP("Handout", "Improved (less pain or freer movement)"), QT_TRANSLATE_NOOP("Handout", "Unchanged"),
    QT_TRANSLATE_NOOP("Handout", "Worse"), QT_TRANSLATE_NOOP("Handout", "Bleeding"),
    QT_TRANSLATE_NOOP("Handout", "Bruising"), QT_TRANSLATE_NOOP("Handout", "Pain during needling"),
    QT_TRANSLATE_NOOP("Handout", "Pain after needling for more than 24 h"),
    QT_TRANSLATE_NOOP("Handout", "Aggravation of symptoms"), QT_TRANSLATE_NOOP("Handout", "Fainting or feeling faint"),
    QT_TRANSLATE_NOOP("Handout", "Nausea"), QT_TRANSLATE_NOOP("Handout", "Headache"),
    QT_TRANSLATE_NOOP("Handout", "Drowsiness"), QT_TRANSLATE_NOOP("Handout", "Nerve irritation"),
    QT_TRANSLATE_NOOP("Handout", "Suspected pneumothorax"), QT_TRANSLATE_NOOP("Handout", "Mild"),
    QT_TRANSLATE_NOOP("Handout", "Significant"), QT_TRANSLATE_NOOP("Handout", "Serious"),
    QT_TRANSLATE_NOOP("Handout", "Near miss"), QT_TRANSLATE_NOOP("Handout", "During needling"),
    QT_TRANSLATE_NOOP("Handout", "After needling, in the clinic"), QT_TRANSLATE_NOOP("Handout", "Within 24 h of leaving"),
    QT_TRANSLATE_NOOP("Handout", "More than 24 h later"), QT_TRANSLATE_NOOP("Handout", "Verbal"),
    QT_TRANSLATE_NOOP("Handout", "Written"), QT_TRANSLATE_NOOP("Handout", "This visit only"),
)


def _point_label(layout, point, lang: i18n.Language) -> str:
    """A needled point's muscle and side in lang, from the chart being printed; else as recorded."""
    chart = getattr(layout, "chart", None)
    tp = next((t for t in getattr(chart, "trigger_points", ()) if t.id == point.tp_id), None)
    if tp is None or not tp.muscle:
        return point.label
    side = lang.translate("Handout", tp.side.capitalize()) if tp.side else ""
    name = lang.name("muscles", tp.muscle, tp.muscle_label)
    return f"{name} ({side.lower()})" if side else name


def _lang(layout) -> i18n.Language:
    return getattr(layout, "lang", None) or i18n.current()


def _row(label: str, text: str):
    return [{"paras": [(label, "label")]}, {"paras": [(text or "—", "body")]}]


def pain_change(before: int | None, after: int | None, lang: i18n.Language | None = None) -> str:
    """'6/10 before → 3/10 after (3 less)' in lang (domain.safety.pain_change's words)."""
    translate = (lang or i18n.current()).translate
    if after is None:
        return translate("Handout", "Not recorded")
    if before is None:
        return translate("Handout", "{after}/10 (no pain score before treatment)").format(after=after)
    diff = after - before
    trend = (translate("Handout", "no change") if diff == 0 else
             translate("Handout", "{n} less").format(n=-diff) if diff < 0 else
             translate("Handout", "{n} more").format(n=diff))
    return translate("Handout", "{before}/10 before → {after}/10 after ({trend})").format(
        before=before, after=after, trend=trend)


def count_text(safety, lang: i18n.Language | None = None) -> str:
    translate = (lang or i18n.current()).translate
    c = safety.count
    removed = translate("Handout", "not counted") if c.removed is None else str(c.removed)
    text = translate("Handout", "{inserted} inserted, {removed} removed — {state}").format(
        inserted=c.inserted, removed=removed, state=translate("Handout", COUNT_TEXT[c.state]))
    return translate("Handout", "{text}. Note: {note}").format(text=text, note=c.note) if c.note else text


def consent_text(safety, lang: i18n.Language | None = None) -> str:
    lang = lang or i18n.current()
    c = safety.consent
    if c is None:
        return lang.translate("Handout", "No consent recorded for this visit")
    method = c.method_text
    if not getattr(c, "method_note", ""):
        method = lang.translate("Handout", method)
    text = lang.translate("Handout", "{method}, {date}, obtained by {name} · {scope}").format(
        method=method, date=lang.date(c.given_on), name=c.obtained_by, scope=consent_words.scope(c, lang))
    if c.withdrawn_at is not None:
        text += " · " + lang.translate("Handout", "WITHDRAWN {when}").format(
            when=lang.date_time(c.withdrawn_at.astimezone()))
    return text


def session_rows(safety, lang: i18n.Language | None = None) -> list:
    """Tolerance and immediate outcome of the needling, when recorded."""
    translate = (lang or i18n.current()).translate
    session = getattr(safety, "session", None)
    if session is None or not session.recorded:
        return []
    rows = [_row(translate("Handout", "Tolerance"), translate("Handout", session.tolerance_label)),
            _row(translate("Handout", "Outcome"), translate("Handout", session.outcome_label))]
    return rows + ([_row(translate("Handout", "Session note"), session.note)] if session.note else [])


def after_care_text(text: str, lang: i18n.Language | None = None) -> str:
    """The clinic's after-care text; the shipped default one in lang (names_<code>.json), a
    clinic's own text as the clinic wrote it."""
    if text.strip() == DEFAULT_AFTER_CARE.strip():
        return (lang or i18n.current()).name("texts", "default_after_care", text)
    return text


def urgent_box(layout, text: str = PNEUMOTHORAX_ADVICE) -> None:
    if text == PNEUMOTHORAX_ADVICE:
        text = _lang(layout).name("texts", "pneumothorax_advice", text)
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
    lang = _lang(layout)
    rows = []
    if safety.pain_after is not None:
        rows.append(_row(lang.translate("Handout", "Pain after treatment"),
                         pain_change(safety.overall_pain, safety.pain_after, lang)))
    if not rows and not safety.urgent:
        return
    layout.heading(lang.translate("Handout", "How the treatment went"), keep=layout.line("body") * 3)
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
    lang = _lang(layout)
    translate = lang.translate
    if patient:
        patient_summary(layout, safety)
    elif summary:
        layout.heading(translate("Handout", "Treatment safety"), keep=layout.line("body") * 4)
        if safety.urgent:
            urgent_box(layout)
        thorax = [p for p in safety.needled if p.over_thorax]
        rows = [_row(translate("Handout", "Consent"), consent_text(safety, lang)),
                _row(translate("Handout", "Needle count"), count_text(safety, lang))]
        if thorax:
            rows.append(_row(translate("Handout", "Thorax caution"), "; ".join(
                translate("Handout", "{site}: acknowledged by {name} {time}").format(
                    site=_point_label(layout, p, lang), name=p.log.thorax_ack_by,
                    time=lang.time(p.log.thorax_ack_at.astimezone()))
                if p.log.thorax_ack_at else translate("Handout", "{site}: NOT acknowledged").format(
                    site=_point_label(layout, p, lang))
                for p in thorax)))
        if safety.pain_after is not None or safety.rom_note:
            rows.append(_row(translate("Handout", "Pain after treatment"),
                             pain_change(safety.overall_pain, safety.pain_after, lang)))
            if safety.rom_note:
                rows.append(_row(translate("Handout", "Range of motion"), safety.rom_note))
        rows += session_rows(safety, lang)
        if after_care_row and safety.after_care:
            rows.append(_row(translate("Handout", "After-care"), translate("Handout", AFTER_CARE_ROW)))
        layout.table([("", 40), ("", 150)], rows, header=False, zebra=False, rules=False)
        if safety.events:
            rows = [[{"paras": [(lang.short_date(e.occurred_at.astimezone()) + " "
                                 + lang.time(e.occurred_at.astimezone()), "cell")]},
                     {"paras": [(translate("Handout", e.kind_label), "cell_b")]
                      + ([(e.description, "cell")] if e.description else [])
                      + ([(translate("Handout", "Onset: {onset}").format(onset=translate("Handout", e.onset_label)),
                           "cell")] if e.onset else [])},
                     {"paras": [(translate("Handout", e.severity_label), "cell")]},
                     {"paras": [(e.action_taken or "—", "cell")]},
                     {"paras": [(e.follow_up or "—", "cell")]}] for e in safety.events]
            layout.table([(translate("Handout", "Time"), 16), (translate("Handout", "Adverse event"), 50),
                          (translate("Handout", "Severity"), 16), (translate("Handout", "Action taken"), 39),
                          (translate("Handout", "Follow-up"), 39)], rows,
                         title=translate("Handout", "Adverse events and near misses"))
    if after_care and safety.after_care:
        title = translate("Handout", AFTER_CARE_TITLE)
        layout.heading(title, keep=layout.line("body") * 3)
        layout.paragraph(after_care_text(safety.after_care, lang), title=title)
