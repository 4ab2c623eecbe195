"""The printable consent form for dry needling, with the clinic's header (docs/SAFETY.md).

It prints the consent statement, the items discussed (ticked as recorded, or boxes to tick), the
recorded consent (date, how, scope, who obtained it and when, copy given, withdrawal) when there is
one, and the signature lines, with the patient's on-screen signature drawn from its strokes.
House style: export/layout.py.
"""
from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QPainter, QPdfWriter, QPen

from bodymap.domain.clinic import ClinicSettings
from bodymap.domain.consent import CONSENT_ITEMS, SIGNATURE_ASPECT
from bodymap.domain.records import PatientRecord
from bodymap.domain.safety import DEFAULT_CONSENT_TEXT, SCREEN_ITEMS
from bodymap.export.layout import ACCENT, BAND, INK, MUTED, RULE, PagedLayout, page_layout
from bodymap.export.png import atomic_path
from bodymap.render.signature import paint_signature

PDF_RESOLUTION = 300
PDF_MODE = 0o600
TITLE = "Consent to dry needling"


class _ConsentForm(PagedLayout):
    def __init__(self, device, patient: PatientRecord, consent=None, clinic: ClinicSettings | None = None,
                 clinician: str = "", printed_at: dt.datetime | None = None, wording: dict | None = None):
        self.patient, self.consent = patient, consent
        self.wording = wording or {}
        self.clinic = clinic or ClinicSettings()
        self.clinician = clinician or (consent.obtained_by if consent else "")
        self.printed_at = printed_at or dt.datetime.now()
        super().__init__(device)

    def _contact(self) -> str:
        address = ", ".join(p.strip() for p in self.clinic.address.splitlines() if p.strip())
        phone = f"Tel. {self.clinic.phone}" if self.clinic.phone else ""
        return "   ·   ".join(p for p in (address, phone) if p)

    def header_height(self) -> float:
        title = self.line("clinic") + (self.line("contact") if self._contact() else 0.0) + self.line("subtitle")
        return title + self.mm(2) + 2 * self.mm(2.2) + self.line("name") + self.line("banner")

    def paint_header(self, p: QPainter, number: int, total: int) -> None:
        y, m = 0.0, self.metrics
        lines = [("clinic", self.clinic.name, ACCENT)]
        if self._contact():
            lines.append(("contact", self._contact(), INK))
        lines.append(("subtitle", TITLE, MUTED))
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
        dob = patient.date_of_birth.strftime("%d %b %Y") if patient.date_of_birth else "unknown"
        p.setFont(self.fonts["name"])
        p.setPen(INK)
        p.drawText(QPointF(pad, y1 + m["name"].ascent()), self.elide("name", patient.name, self.W * 0.6))
        p.setFont(self.fonts["banner"])
        p.drawText(QPointF(pad, y1 + self.line("name") + m["banner"].ascent()),
                   f"Born {dob}   ·   Chart {patient.chart_number}")

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
        self.text_top(date_x, line_y + self.mm(1), "Date", "cell_m")
        self.y += h

    def _discussed(self) -> None:
        """The items discussed: ticked as recorded, or boxes to tick on a blank form."""
        c = self.consent
        self.heading("Discussed with the patient", keep=self.line("body") * 4)
        ticked = dict(c.discussed) if c is not None else {}
        lines = []
        for item in CONSENT_ITEMS:
            text = ticked.get(item.id) or self.wording.get(item.id, item.text)
            if c is None:
                lines.append(f"☐  {text}")
            else:
                lines.append(f"☑  {text}" if item.id in ticked else f"☐  {text}  (not recorded)")
            if item.id == "own_risks" and c is not None and item.id in ticked:
                lines.append("      " + ("From the health screen: " + "; ".join(c.risk_factors)
                                         if c.risk_factors else "The health screen flagged nothing."))
        self.paragraph("\n".join(lines), title="Discussed with the patient")

    def build(self) -> None:
        self.heading(TITLE)
        statement = self.consent.statement if self.consent else DEFAULT_CONSENT_TEXT
        self.paragraph(statement, title=TITLE)
        self.heading("Before treatment, please tell us if any of these apply to you",
                     keep=self.line("body") * 4)
        self.paragraph("\n".join(f"•  {item.label}" for item in SCREEN_ITEMS), title="Health questions")
        self._discussed()
        self.heading("Consent", keep=self.line("body") * 9)      # the recorded consent stays on one page
        c = self.consent
        if c is not None:
            given = c.given_on.strftime("%d %b %Y")
            recorded = c.created_at.astimezone().strftime("%d %b %Y %H:%M")
            self._rows([("Date", given), ("How given", c.method_text), ("Scope", c.scope_text),
                        ("Obtained by", f"{c.obtained_by}, recorded {recorded}"),
                        ("Copy given", "Yes, a copy was given to the patient" if c.copy_given else "No"),
                        ("Signature", c.signature_text)] + ([("Notes", c.notes)] if c.notes else []))
        else:
            self._rows([("How given", "☐ Written   ☐ Verbal   ☐ Other: ____________________"),
                        ("Scope", "☐ This visit only   ☐ Course of treatment until ____________ "
                                  "or for ____ visits"),
                        ("Copy given", "☐ Yes   ☐ No")])
        if c is not None and c.withdrawn_at is not None:
            self.heading("Consent withdrawn", keep=self.line("body") * 3)
            self._rows([("Withdrawn", c.withdrawn_at.astimezone().strftime("%d %b %Y %H:%M")),
                        ("Reason", c.withdrawn_reason), ("Recorded by", c.withdrawn_by),
                        ("Effect", "This consent does not cover visits after this time.")])
        self.y += self.mm(4)
        self.ensure(self.line("body") * 3 + self.mm(50))     # the agreement stays with the signatures
        self.paragraph("I have read (or had read to me) the information above, my questions have been "
                       "answered, and I agree to dry needling.")
        self.y += self.mm(2)
        strokes = c.signature if c is not None else ()
        self._signature(f"Patient: {self.patient.name}", strokes,
                        c.given_on.strftime("%d %b %Y") if c is not None and strokes else "")
        if c is not None and c.signed_on_paper:
            self.paragraph("Signed on paper: the signed original is kept on file.", key="cell_m")
        self._signature(f"Clinician: {self.clinician}" if self.clinician else "Clinician")


def paint_consent_form(device, patient: PatientRecord, consent=None, clinic: ClinicSettings | None = None,
                       clinician: str = "", printed_at: dt.datetime | None = None,
                       wording: dict | None = None) -> int:
    """Paint the consent form on a paged device (QPrinter, QPdfWriter); returns the page count.

    consent: a bodymap.services.safety.ConsentRecord to print as recorded, or None for a blank form;
    wording: item id -> the clinic's wording of the items to tick on a blank form."""
    form = _ConsentForm(device, patient, consent, clinic, clinician, printed_at, wording)
    form.build()
    return form.paint_on_device()


def export_consent_pdf(path, patient: PatientRecord, consent=None, clinic: ClinicSettings | None = None,
                       clinician: str = "", page_size="A4", wording: dict | None = None) -> Path:
    """The consent form as a PDF at path (atomically, mode 0600); the PDF title names no patient."""
    with atomic_path(path, mode=PDF_MODE) as temp_name:
        writer = QPdfWriter(temp_name)
        writer.setResolution(PDF_RESOLUTION)
        writer.setPageLayout(page_layout(page_size))
        writer.setTitle("bodymap consent form")
        writer.setCreator("bodymap")
        paint_consent_form(writer, patient, consent, clinic, clinician, wording=wording)
        del writer
        if os.path.getsize(temp_name) == 0:
            raise OSError(5, "The PDF could not be written", str(path))
    return Path(path)
