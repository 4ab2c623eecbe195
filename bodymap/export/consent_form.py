"""The printable consent form for dry needling, with the clinic's header (docs/SAFETY.md).

It prints the consent statement, the items discussed (ticked as recorded, or boxes to tick), the
recorded consent (date, how, scope, who obtained it and when, copy given, withdrawal) when there is
one, and the signature lines, with the patient's on-screen signature drawn from its strokes.
House style: export/layout.py.

Every word is printed in the form's language (render/i18n.Language, context "ConsentForm"; the
handout's words where the handout has them): the patient's preferred language, else the interface
language, unless language= says. The shipped consent statement and items print in that language
(names_<code>.json "texts", render/consent_words.py); a clinic's own wording prints as written.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QPointF, QRectF
from PySide6.QtGui import QPainter, QPdfWriter, QPen

from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.consent import CONSENT_ITEMS, SIGNATURE_ASPECT
from bodymap.domain.records import PatientRecord
from bodymap.domain.safety import DEFAULT_CONSENT_TEXT, SCREEN_ITEMS, ConsentMethod
from bodymap.export.layout import ACCENT, BAND, INK, MUTED, RULE, PagedLayout, page_layout
from bodymap.export.png import atomic_path
from bodymap.render import consent_words, i18n
from bodymap.render.signature import paint_signature

PDF_RESOLUTION = 300
PDF_MODE = 0o600
TITLE = QT_TRANSLATE_NOOP("ConsentForm", "Consent to dry needling")
SIGNATURE_TEXTS = ("Signed on screen by the patient", "Signed on paper", "Not signed")   # context ConsentStatus


class _ConsentForm(PagedLayout):
    def __init__(self, device, patient: PatientRecord, consent=None, clinic: ClinicSettings | None = None,
                 clinician: str = "", printed_at: dt.datetime | None = None, wording: dict | None = None,
                 language: str | None = None):
        self.patient, self.consent = patient, consent
        language = language or getattr(patient, "language", "") or None      # as the handout's patient copy
        self.lang = i18n.language(language) if language else i18n.current()
        self.wording = wording or {}
        self.clinic = clinic or ClinicSettings()
        self.clinician = clinician or (consent.obtained_by if consent else "")
        self.printed_at = printed_at or dt.datetime.now()
        super().__init__(device)

    def _contact(self) -> str:
        address = ", ".join(p.strip() for p in self.clinic.address.splitlines() if p.strip())
        phone = (self.lang.translate("Handout", "Tel. {phone}").format(phone=self.clinic.phone)
                 if self.clinic.phone else "")
        return "   ·   ".join(p for p in (address, phone) if p)

    def header_height(self) -> float:
        title = self.line("clinic") + (self.line("contact") if self._contact() else 0.0) + self.line("subtitle")
        return title + self.mm(2) + 2 * self.mm(2.2) + self.line("name") + self.line("banner")

    def paint_header(self, p: QPainter, number: int, total: int) -> None:
        y, m = 0.0, self.metrics
        lines = [("clinic", self.clinic.name, ACCENT)]
        if self._contact():
            lines.append(("contact", self._contact(), INK))
        lines.append(("subtitle", self.lang.translate("ConsentForm", TITLE), MUTED))
        for key, text, colour in lines:
            p.setFont(self.fonts[key])
            p.setPen(colour)
            p.drawText(QPointF(0, y + m[key].ascent()), self.elide(key, text, self.W))
            y += self.line(key)
        top = y + self.mm(2)
        p.setPen(QPen(RULE, 0))
        p.setBrush(BAND)
        p.drawRoundedRect(QRectF(0, top, self.W, self.header_h - top), self.mm(1.2), self.mm(1.2))
        pad, y1 = self.mm(3), top + self.mm(2.2)
        patient = self.patient
        dob = (self.lang.date(patient.date_of_birth) if patient.date_of_birth
               else self.lang.translate("ConsentForm", "unknown"))
        p.setFont(self.fonts["name"])
        p.setPen(INK)
        p.drawText(QPointF(pad, y1 + m["name"].ascent()), self.elide("name", patient.name, self.W * 0.6))
        p.setFont(self.fonts["banner"])
        p.drawText(QPointF(pad, y1 + self.line("name") + m["banner"].ascent()),
                   self.lang.translate("Handout", "Born {date}   ·   Chart {number}").format(
                       date=dob, number=patient.chart_number))

    def _rows(self, pairs) -> None:
        rows = [[{"paras": [(k, "label")]}, {"paras": [(v, "body")]}] for k, v in pairs]
        self.table([("", 45), ("", 150)], rows, header=False, zebra=False, rules=False)

    def _signature(self, who: str, strokes=(), date_text: str = "") -> None:
        """A signature line; strokes (the patient's on-screen signature) are drawn above it."""
        above = self.mm(17) if strokes else self.mm(10)
        h = above + self.mm(6)
        self.ensure(h)
        top, line_y = self.y, self.y + above
        sig_w, date_x = self.W * 0.58, self.W * 0.66
        if strokes:
            box = QRectF(self.mm(2), top + self.mm(1), (above - self.mm(1)) * SIGNATURE_ASPECT, above - self.mm(1))
            width = self.mm(0.35)
            self.op(lambda p: paint_signature(p, box, strokes, width))
        if date_text:
            self.text_top(date_x + self.mm(1), line_y - self.line("body"), date_text, "body")
        self.hline(line_y, INK, 0.3, 0, sig_w)
        self.hline(line_y, INK, 0.3, date_x, self.W)
        self.text_top(0, line_y + self.mm(1), who, "cell_m")
        self.text_top(date_x, line_y + self.mm(1), self.lang.translate("ConsentForm", "Date"), "cell_m")
        self.y += h

    def _discussed(self) -> None:
        """The items discussed: ticked as recorded, or boxes to tick on a blank form."""
        c, lang = self.consent, self.lang
        heading = lang.translate("ConsentForm", "Discussed with the patient")
        self.heading(heading, keep=self.line("body") * 4)
        ticked = dict(c.discussed) if c is not None else {}
        lines = []
        for item in CONSENT_ITEMS:
            wording = ticked.get(item.id) or self.wording.get(item.id, item.text)
            text = consent_words.item_text(item.id, wording, lang)
            if c is None:
                lines.append(f"☐  {text}")
            elif item.id in ticked:
                lines.append(f"☑  {text}")
            else:
                lines.append(lang.translate("ConsentForm", "☐  {item}  (not recorded)").format(item=text))
            if item.id == "own_risks" and c is not None and item.id in ticked:
                factors = "; ".join(consent_words.screen_label(f, lang) for f in c.risk_factors)
                lines.append("      " + (
                    lang.translate("ConsentForm", "From the health screen: {factors}").format(factors=factors)
                    if c.risk_factors else lang.translate("ConsentForm", "The health screen flagged nothing.")))
        self.paragraph("\n".join(lines), title=heading)

    def _method(self, c) -> str:
        label = self.lang.translate("Handout", ConsentMethod(c.method).label)
        return f"{label} ({c.method_note})" if c.method_note else label

    def _scope(self, c) -> str:
        """'This visit only', or the course of treatment with its limits, in the form's language."""
        return consent_words.scope(c, self.lang)

    def _signature_text(self, c) -> str:
        text = c.signature_text
        return self.lang.translate("ConsentStatus", text) if text in SIGNATURE_TEXTS else text

    def _screen_items(self) -> str:
        return "\n".join(f"•  {self.lang.translate('SafetyScreen', item.label)}" for item in SCREEN_ITEMS)

    def build(self) -> None:
        lang = self.lang
        title = lang.translate("ConsentForm", TITLE)
        self.heading(title)
        statement = self.consent.statement if self.consent else DEFAULT_CONSENT_TEXT
        self.paragraph(consent_words.statement(statement, lang), title=title)
        self.heading(lang.translate("ConsentForm", "Before treatment, please tell us if any of these apply to you"),
                     keep=self.line("body") * 4)
        self.paragraph(self._screen_items(), title=lang.translate("ConsentForm", "Health questions"))
        self._discussed()
        # the recorded consent stays on one page
        self.heading(lang.translate("ConsentForm", "Consent"), keep=self.line("body") * 9)
        c = self.consent
        how = lang.translate("ConsentForm", "How given")
        scope = lang.translate("ConsentForm", "Scope")
        copy = lang.translate("ConsentForm", "Copy given")
        if c is not None:
            obtained = lang.translate("ConsentForm", "{name}, recorded {when}").format(
                name=c.obtained_by, when=lang.date_time(c.created_at.astimezone()))
            copied = (lang.translate("ConsentForm", "Yes, a copy was given to the patient") if c.copy_given
                      else lang.translate("ConsentForm", "No"))
            self._rows([(lang.translate("ConsentForm", "Date"), lang.date(c.given_on)), (how, self._method(c)),
                        (scope, self._scope(c)), (lang.translate("ConsentForm", "Obtained by"), obtained),
                        (copy, copied), (lang.translate("ConsentForm", "Signature"), self._signature_text(c))]
                       + ([(lang.translate("ConsentForm", "Notes"), c.notes)] if c.notes else []))
        else:
            blank = lang.translate("ConsentForm", "☐ Written   ☐ Verbal   ☐ Other: ____________________")
            self._rows([(how, blank),
                        (scope, lang.translate("ConsentForm", "☐ This visit only   ☐ Course of treatment until "
                                                              "____________ or for ____ visits")),
                        (copy, lang.translate("ConsentForm", "☐ Yes   ☐ No"))])
        if c is not None and c.withdrawn_at is not None:
            self.heading(lang.translate("ConsentForm", "Consent withdrawn"), keep=self.line("body") * 3)
            effect = lang.translate("ConsentForm", "This consent does not cover visits after this time.")
            self._rows([(lang.translate("ConsentForm", "Withdrawn"), lang.date_time(c.withdrawn_at.astimezone())),
                        (lang.translate("ConsentForm", "Reason"), c.withdrawn_reason),
                        (lang.translate("ConsentForm", "Recorded by"), c.withdrawn_by),
                        (lang.translate("ConsentForm", "Effect"), effect)])
        self.y += self.mm(4)
        self.ensure(self.line("body") * 3 + self.mm(50))     # the agreement stays with the signatures
        self.paragraph(lang.translate("ConsentForm", "I have read (or had read to me) the information above, my "
                                                     "questions have been answered, and I agree to dry needling."))
        self.y += self.mm(2)
        strokes = c.signature if c is not None else ()
        self._signature(lang.translate("ConsentForm", "Patient: {name}").format(name=self.patient.name), strokes,
                        lang.date(c.given_on) if c is not None and strokes else "")
        if c is not None and c.signed_on_paper:
            self.paragraph(lang.translate("ConsentForm", "Signed on paper: the signed original is kept on file."),
                           key="cell_m")
        self._signature(lang.translate("ConsentForm", "Clinician: {name}").format(name=self.clinician)
                        if self.clinician else lang.translate("ConsentForm", "Clinician"))


def paint_consent_form(device, patient: PatientRecord, consent=None, clinic: ClinicSettings | None = None,
                       clinician: str = "", printed_at: dt.datetime | None = None,
                       wording: dict | None = None, language: str | None = None) -> int:
    """Paint the consent form on a paged device (QPrinter, QPdfWriter); returns the page count.

    consent: a bodymap.services.safety.ConsentRecord to print as recorded, or None for a blank form;
    wording: item id -> the clinic's wording of the items to tick on a blank form;
    language: a code of domain.languages (default: the patient's preferred language, else the
    interface language)."""
    form = _ConsentForm(device, patient, consent, clinic, clinician, printed_at, wording, language)
    form.build()
    return form.paint_on_device()


def export_consent_pdf(path, patient: PatientRecord, consent=None, clinic: ClinicSettings | None = None,
                       clinician: str = "", page_size="A4", wording: dict | None = None,
                       language: str | None = None) -> Path:
    """The consent form as a PDF at path (atomically, mode 0600); the PDF title names no patient."""
    with atomic_path(path, mode=PDF_MODE) as temp_name:
        writer = QPdfWriter(temp_name)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(page_layout(page_size))
        writer.setTitle("bodymap consent form")
        writer.setCreator("bodymap")
        paint_consent_form(writer, patient, consent, clinic, clinician, wording=wording, language=language)
        del writer
        if os.path.getsize(temp_name) == 0:
            raise OSError(5, "The PDF could not be written", str(path))
    return Path(path)
