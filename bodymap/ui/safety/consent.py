"""Consent in the window: record it (items discussed, method, scope, signature), see it, withdraw it.

The dialogs only collect and show; SafetyController (bodymap.ui.safety) calls the service. Whether a
consent is complete is the service's answer (VisitSafety.consent_problems), never decided here.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QDate, QDateTime, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain import consent as dom_consent
from bodymap.domain import safety as dom
from bodymap.ui.safety.signature import SignaturePad
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import FormDialog

MUTED = "color: @muted;"



def _local(at) -> str:
    return at.astimezone().strftime("%d %b %Y %H:%M") if at else ""


def risk_factor_text(labels) -> str:
    return ("From the health screen: " + "; ".join(labels)) if labels else \
        "The health screen flags nothing for this patient."


def consent_status_html(consent, problems) -> str:
    """The Consent tab's summary: covered, incomplete (with what is missing) or withdrawn."""
    if consent is None:
        return (f"<b style='color:{theme.hex_colour('danger')}'>No consent covers this visit.</b><br>"
                "Record consent before needling.")
    e = html.escape
    if consent.withdrawn_at is not None:
        head = (f"<b style='color:{theme.hex_colour('danger')}'>✖ Consent WITHDRAWN {e(_local(consent.withdrawn_at))}</b><br>"
                f"Reason: {e(consent.withdrawn_reason)} (recorded by {e(consent.withdrawn_by)})<br>")
    elif problems:
        head = f"<b style='color:{theme.hex_colour('warn')}'>⚠ Consent is incomplete</b><br>"
    else:
        head = f"<b style='color:{theme.hex_colour('ok')}'>✔ Consent covers this visit</b><br>"
    missing = "".join(f"<li>{e(p)}</li>" for p in problems if not p.startswith("Consent was withdrawn"))
    ticked = len(consent.discussed)
    lines = [f"Given {consent.given_on:%d %b %Y} · {e(consent.method_text)} · {e(consent.signature_text)}",
             f"Scope: {e(consent.scope_text)}",
             f"Discussed: {ticked} of {len(dom_consent.CONSENT_ITEMS)} items"
             + (" · copy given" if consent.copy_given else " · no copy given"),
             f"Obtained by {e(consent.obtained_by)}, {e(_local(consent.created_at))}"]
    if consent.notes:
        lines.append(f"Notes: {e(consent.notes)}")
    return head + "<br>".join(lines) + (f"<ul style='margin-left:-20px'>{missing}</ul>" if missing else "")


class _Wrapped(QLabel):
    """An item's wording beside its tick box; clicking the text ticks the box."""

    def __init__(self, text: str, box: QCheckBox):
        super().__init__(text)
        self.box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event) -> None:
        if self.box.isEnabled():
            self.box.toggle()
        super().mousePressEvent(event)


class ConsentFormDialog(FormDialog):
    """Record consent: what was discussed (ticked, in the clinic's wording), how and by whom, the
    scope, whether a copy was given, and the patient's signature (on screen, or on paper)."""

    def __init__(self, obtained_by: str, wording: dict[str, str], risk_factors, parent=None):
        super().__init__("Record consent to dry needling", parent)
        self.setMinimumWidth(900)
        # left: how, scope, who ------------------------------------------------------
        details = QGroupBox("Consent")
        form = QFormLayout(details)
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd MMM yyyy")
        self.method = QComboBox()
        for m in dom.ConsentMethod:
            self.method.addItem(m.label, m.value)
        self.method.setCurrentIndex(self.method.findData(dom.ConsentMethod.WRITTEN.value))
        self.method_note = QLineEdit()
        self.method_note.setPlaceholderText("how, when “Other” (e.g. through an interpreter)")
        self.this_visit = QRadioButton("This visit only")
        self.course = QRadioButton("Course of treatment")
        self.this_visit.setChecked(True)
        scope = QHBoxLayout()
        scope.addWidget(self.this_visit)
        scope.addWidget(self.course)
        scope.addStretch(1)
        self.until = QDateEdit(QDate.currentDate().addMonths(3))
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd MMM yyyy")
        self.visits = QSpinBox()
        self.visits.setRange(0, dom.MAX_COURSE_VISITS)
        self.visits.setSpecialValueText("no limit")
        self.visits.setValue(6)
        course = QHBoxLayout()
        course.addWidget(QLabel("until"))
        course.addWidget(self.until)
        course.addWidget(QLabel("or for"))
        course.addWidget(self.visits)
        course.addWidget(QLabel("visits"))
        course.addStretch(1)
        self.copy_given = QCheckBox("A copy of the consent form was given to the patient")
        self.statement = QPlainTextEdit(dom.DEFAULT_CONSENT_TEXT)
        self.statement.setMinimumHeight(110)
        self.notes = QLineEdit()
        who = QLabel(f"{obtained_by or '—'} (signed in), when saved")
        form.addRow("Date", self.given_on)
        form.addRow("How given", self.method)
        form.addRow("", self.method_note)
        form.addRow("Scope", scope)
        form.addRow("", course)
        form.addRow("Obtained by", who)
        form.addRow("", self.copy_given)
        form.addRow("Consent text", self.statement)
        form.addRow("Notes", self.notes)
        # right: what was discussed ---------------------------------------------------
        discussed = QGroupBox("Discussed with the patient (tick each one)")
        grid = QGridLayout(discussed)
        grid.setColumnStretch(1, 1)
        grid.setVerticalSpacing(8)
        self.items: dict[str, QCheckBox] = {}
        row = 0
        for item in dom_consent.CONSENT_ITEMS:
            box = QCheckBox()
            box.setObjectName(f"consent_{item.id}")
            self.items[item.id] = box
            grid.addWidget(box, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(_Wrapped(wording.get(item.id, item.text), box), row, 1)
            row += 1
            if item.id == "own_risks":
                self.risk_factors = QLabel(risk_factor_text(risk_factors))
                self.risk_factors.setWordWrap(True)
                theme.style(self.risk_factors, f"color: {'@danger' if risk_factors else '@muted'}; margin-left: 4px;")
                grid.addWidget(self.risk_factors, row, 1)
                row += 1
        grid.setRowStretch(row, 1)
        top = QWidget()
        columns = QHBoxLayout(top)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(details, 5)
        columns.addWidget(discussed, 4)
        # bottom: the signature ----------------------------------------------------------
        sign = QGroupBox("Patient's signature")
        sign_box = QVBoxLayout(sign)
        self.pad = SignaturePad()
        self.clear_signature = QPushButton("Clear signature")
        self.clear_signature.clicked.connect(self.pad.clear)
        self.on_paper = QCheckBox("Signed on the printed form instead")
        self.on_paper.toggled.connect(self._paper_changed)
        buttons = QHBoxLayout()
        buttons.addWidget(self.on_paper)
        buttons.addStretch(1)
        buttons.addWidget(self.clear_signature)
        sign_box.addWidget(self.pad)
        sign_box.addLayout(buttons)
        self.form.addRow(top)
        self.form.addRow(sign)
        self.course.toggled.connect(self._scope_changed)
        self._scope_changed(False)

    def _scope_changed(self, course: bool) -> None:
        self.until.setEnabled(course)
        self.visits.setEnabled(course)

    def _paper_changed(self, paper: bool) -> None:
        if paper:
            self.pad.clear()
        self.pad.setEnabled(not paper)
        self.clear_signature.setEnabled(not paper)

    def build_input(self):
        course = self.course.isChecked()
        return dom.ConsentInput(
            given_on=self.given_on.date().toPython(), method=self.method.currentData(),
            method_note=self.method_note.text(),
            scope=dom.ConsentScope.COURSE if course else dom.ConsentScope.VISIT,
            valid_until=self.until.date().toPython() if course else None,
            max_visits=(self.visits.value() or None) if course else None,
            statement=self.statement.toPlainText(), notes=self.notes.text(),
            discussed=tuple(i for i, box in self.items.items() if box.isChecked()),
            copy_given=self.copy_given.isChecked(), signature=self.pad.strokes(),
            signed_on_paper=self.on_paper.isChecked())


class WithdrawConsentDialog(FormDialog):
    """When and why the patient withdrew consent."""

    def __init__(self, parent=None):
        super().__init__("Withdraw consent", parent)
        self.setMinimumWidth(480)
        note = QLabel("Withdrawn consent no longer covers visits that begin after this time. "
                      "The consent and its signature stay on record.")
        note.setWordWrap(True)
        theme.style(note, MUTED)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("dd MMM yyyy HH:mm")
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText("e.g. patient declined further needling after the second visit")
        self.reason.setFixedHeight(70)
        self.form.addRow(note)
        self.form.addRow("Withdrawn at", self.when)
        self.form.addRow("Reason", self.reason)

    def build_input(self):
        return self.when.dateTime().toPython().astimezone(), self.reason.toPlainText()


class ConsentDetailsDialog(QDialog):
    """The consent covering the visit as recorded: items, signature, who and when, withdrawal.
    on_withdraw(dialog) -> the withdrawn ConsentRecord or None; the dialog then shows it withdrawn."""

    def __init__(self, consent, problems, can_withdraw: bool, on_withdraw=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Consent to dry needling")
        self.setMinimumWidth(640)
        self.on_withdraw = on_withdraw
        self.can_withdraw = can_withdraw
        self.status = QLabel()
        self.status.setObjectName("consentStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.RichText)
        self.items = QLabel()
        self.items.setWordWrap(True)
        self.items.setTextFormat(Qt.TextFormat.RichText)
        self.pad = SignaturePad(read_only=True)
        self.signature_note = QLabel()
        theme.style(self.signature_note, MUTED)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.withdraw = self.buttons.addButton("Withdraw consent…", QDialogButtonBox.ButtonRole.ActionRole)
        self.withdraw.clicked.connect(self._withdraw)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        heading = QLabel("<b>Discussed with the patient</b>")
        layout.addWidget(heading)
        layout.addWidget(self.items)
        layout.addWidget(QLabel("<b>Patient's signature</b>"))
        layout.addWidget(self.pad)
        layout.addWidget(self.signature_note)
        layout.addWidget(self.buttons)
        self.show_consent(consent, problems)

    def show_consent(self, consent, problems=()) -> None:
        self.consent = consent
        theme.set_rich_text(self.status, lambda: consent_status_html(consent, problems))
        e = html.escape
        ticked = dict(consent.discussed)
        rows = []
        for item in dom_consent.CONSENT_ITEMS:
            if item.id in ticked:
                rows.append(f"<span style='color:{theme.hex_colour('ok')}'>☑</span> {e(ticked[item.id] or item.text)}")
            else:
                rows.append(f"<span style='color:{theme.hex_colour('danger')}'>☐ not recorded:</span> {e(item.text)}")
            if item.id == "own_risks" and item.id in ticked:
                rows.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<i>{e(risk_factor_text(consent.risk_factors))}</i>")
        self.items.setText("<br>".join(rows))
        self.pad.set_strokes(consent.signature)
        self.pad.setVisible(bool(consent.signature))
        self.signature_note.setText(consent.signature_text)
        self.withdraw.setEnabled(self.can_withdraw and consent.withdrawn_at is None)

    def _withdraw(self) -> None:
        if self.on_withdraw is None:
            return
        withdrawn = self.on_withdraw(self)
        if withdrawn is not None:
            self.show_consent(withdrawn, withdrawn.problems(withdrawn.withdrawn_at))
