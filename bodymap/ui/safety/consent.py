"""Consent in the window: record it (items discussed, method, scope, signature), see it, withdraw it.

The dialogs only collect and show; SafetyController (bodymap.ui.safety) calls the service. Whether a
consent is complete is the service's answer (VisitSafety.consent_problems), never decided here.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, Qt
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
from bodymap.render import consent_words, i18n
from bodymap.ui.safety.signature import SignaturePad
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import FormDialog

MUTED = "color: @muted;"



def _local(at) -> str:
    return at.astimezone().strftime("%d %b %Y %H:%M") if at else ""


def risk_factor_text(labels) -> str:
    """The patient's risk factors under the consent item that asks for them (interface language)."""
    if labels:
        return QCoreApplication.translate("ConsentFormDialog", "From the health screen: {factors}").format(
            factors="; ".join(consent_words.screen_label(label) for label in labels))
    return QCoreApplication.translate("ConsentFormDialog", "The health screen flags nothing for this patient.")


# the consent summary's words (context "ConsentStatus"); the method and scope take the handout's
SIGNATURE_WORDS = {"Signed on screen by the patient": QT_TRANSLATE_NOOP("ConsentStatus", "Signed on screen by the patient"),
                   "Signed on paper": QT_TRANSLATE_NOOP("ConsentStatus", "Signed on paper"),
                   "Not signed": QT_TRANSLATE_NOOP("ConsentStatus", "Not signed")}


STATUS_TEXTS = (      # read by lupdate; consent_status_html translates them by their English
    QT_TRANSLATE_NOOP("ConsentStatus", "No consent covers this visit."),
    QT_TRANSLATE_NOOP("ConsentStatus", "Record consent before needling."),
    QT_TRANSLATE_NOOP("ConsentStatus", "✖ Consent WITHDRAWN {when}"),
    QT_TRANSLATE_NOOP("ConsentStatus", "Reason: {reason} (recorded by {name})"),
    QT_TRANSLATE_NOOP("ConsentStatus", "⚠ Consent is incomplete"),
    QT_TRANSLATE_NOOP("ConsentStatus", "✔ Consent covers this visit"),
    QT_TRANSLATE_NOOP("ConsentStatus", "copy given"), QT_TRANSLATE_NOOP("ConsentStatus", "no copy given"),
    QT_TRANSLATE_NOOP("ConsentStatus", "Given {date} · {method} · {signature}"),
    QT_TRANSLATE_NOOP("ConsentStatus", "Scope: {scope}"),
    QT_TRANSLATE_NOOP("ConsentStatus", "Discussed: {count} of {total} items"),
    QT_TRANSLATE_NOOP("ConsentStatus", "Obtained by {name}, {when}"),
    QT_TRANSLATE_NOOP("ConsentStatus", "Notes: {notes}"),
)


def _status_tr(text: str) -> str:
    return QCoreApplication.translate("ConsentStatus", text)


def _when(at) -> str:
    """A moment as the interface language writes it (English as before: 05 Dec 2026 09:07)."""
    lang = i18n.current()
    return _local(at) if lang.code == "en" or at is None else lang.date_time(at.astimezone())


def signature_words(consent) -> str:
    """How the consent was signed, in the interface language."""
    text = consent.signature_text
    return _status_tr(SIGNATURE_WORDS[text]) if text in SIGNATURE_WORDS else text


def _day(day) -> str:
    lang = i18n.current()
    return f"{day:%d %b %Y}" if lang.code == "en" else lang.date(day)


def consent_status_html(consent, problems) -> str:
    """The Consent tab's summary: covered, incomplete (with what is missing) or withdrawn, in the
    interface language (what is missing is the service's wording)."""
    say = _status_tr
    if consent is None:
        return (f"<b style='color:{theme.hex_colour('danger')}'>{say('No consent covers this visit.')}</b><br>"
                + say("Record consent before needling."))
    e = html.escape
    lang = i18n.current()
    if consent.withdrawn_at is not None:
        withdrawn = say("✖ Consent WITHDRAWN {when}").format(when=_when(consent.withdrawn_at))
        reason = say("Reason: {reason} (recorded by {name})").format(reason=consent.withdrawn_reason,
                                                                    name=consent.withdrawn_by)
        head = f"<b style='color:{theme.hex_colour('danger')}'>{e(withdrawn)}</b><br>{e(reason)}<br>"
    elif problems:
        head = f"<b style='color:{theme.hex_colour('warn')}'>{e(say('⚠ Consent is incomplete'))}</b><br>"
    else:
        head = f"<b style='color:{theme.hex_colour('ok')}'>{e(say('✔ Consent covers this visit'))}</b><br>"
    missing = "".join(f"<li>{e(i18n.message(p))}</li>" for p in problems if not p.startswith("Consent was withdrawn"))
    method = consent.method_text if consent.method_note else lang.translate("Handout", consent.method_text)
    copy = say("copy given") if consent.copy_given else say("no copy given")
    lines = [say("Given {date} · {method} · {signature}").format(date=_day(consent.given_on), method=method,
                                                                signature=signature_words(consent)),
             say("Scope: {scope}").format(scope=consent_words.scope(consent, lang)),
             say("Discussed: {count} of {total} items").format(count=len(consent.discussed),
                                                              total=len(dom_consent.CONSENT_ITEMS)) + " · " + copy,
             say("Obtained by {name}, {when}").format(
                 name=consent.obtained_by, when=_when(consent.created_at))]
    if consent.notes:
        lines.append(say("Notes: {notes}").format(notes=consent.notes))
    return head + "<br>".join(e(line) for line in lines) + (f"<ul style='margin-left:-20px'>{missing}</ul>" if missing else "")


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
        super().__init__(QCoreApplication.translate("ConsentFormDialog", "Record consent to dry needling"), parent)
        self.setMinimumWidth(900)
        # left: how, scope, who ------------------------------------------------------
        details = QGroupBox(self.tr("Consent"))
        form = QFormLayout(details)
        self.given_on = QDateEdit(QDate.currentDate())
        self.given_on.setCalendarPopup(True)
        self.given_on.setDisplayFormat("dd MMM yyyy")
        self.method = QComboBox()
        for m in dom.ConsentMethod:
            self.method.addItem(i18n.current().translate("Handout", m.label), m.value)    # the handout's words
        self.method.setCurrentIndex(self.method.findData(dom.ConsentMethod.WRITTEN.value))
        self.method_note = QLineEdit()
        self.method_note.setPlaceholderText(self.tr("how, when “Other” (e.g. through an interpreter)"))
        self.this_visit = QRadioButton(self.tr("This visit only"))
        self.course = QRadioButton(self.tr("Course of treatment"))
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
        self.visits.setSpecialValueText(self.tr("no limit"))
        self.visits.setValue(6)
        course = QHBoxLayout()
        course.addWidget(QLabel(self.tr("until")))
        course.addWidget(self.until)
        course.addWidget(QLabel(self.tr("or for")))
        course.addWidget(self.visits)
        course.addWidget(QLabel(self.tr("visits")))
        course.addStretch(1)
        self.copy_given = QCheckBox(self.tr("A copy of the consent form was given to the patient"))
        # the shipped statement in the interface language; kept as the shipped one (printed in the
        # patient's language) unless edited
        self.default_statement = consent_words.statement(dom.DEFAULT_CONSENT_TEXT)
        self.statement = QPlainTextEdit(self.default_statement)
        self.statement.setMinimumHeight(110)
        self.notes = QLineEdit()
        who = QLabel(self.tr("{name} (signed in), when saved").format(name=obtained_by or "—"))
        form.addRow(self.tr("Date"), self.given_on)
        form.addRow(self.tr("How given"), self.method)
        form.addRow("", self.method_note)
        form.addRow(self.tr("Scope"), scope)
        form.addRow("", course)
        form.addRow(self.tr("Obtained by"), who)
        form.addRow("", self.copy_given)
        form.addRow(self.tr("Consent text"), self.statement)
        form.addRow(self.tr("Notes"), self.notes)
        # right: what was discussed ---------------------------------------------------
        discussed = QGroupBox(self.tr("Discussed with the patient (tick each one)"))
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
            grid.addWidget(_Wrapped(consent_words.item_text(item.id, wording.get(item.id, item.text)), box), row, 1)
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
        sign = QGroupBox(self.tr("Patient's signature"))
        sign_box = QVBoxLayout(sign)
        self.pad = SignaturePad()
        self.clear_signature = QPushButton(self.tr("Clear signature"))
        self.clear_signature.clicked.connect(self.pad.clear)
        self.on_paper = QCheckBox(self.tr("Signed on the printed form instead"))
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

    def _statement(self) -> str:
        text = self.statement.toPlainText()
        return dom.DEFAULT_CONSENT_TEXT if text.strip() == self.default_statement.strip() else text

    def build_input(self):
        course = self.course.isChecked()
        return dom.ConsentInput(
            given_on=self.given_on.date().toPython(), method=self.method.currentData(),
            method_note=self.method_note.text(),
            scope=dom.ConsentScope.COURSE if course else dom.ConsentScope.VISIT,
            valid_until=self.until.date().toPython() if course else None,
            max_visits=(self.visits.value() or None) if course else None,
            statement=self._statement(), notes=self.notes.text(),
            discussed=tuple(i for i, box in self.items.items() if box.isChecked()),
            copy_given=self.copy_given.isChecked(), signature=self.pad.strokes(),
            signed_on_paper=self.on_paper.isChecked())


class WithdrawConsentDialog(FormDialog):
    """When and why the patient withdrew consent."""

    def __init__(self, parent=None):
        super().__init__(QCoreApplication.translate("WithdrawConsentDialog", "Withdraw consent"), parent)
        self.setMinimumWidth(480)
        note = QLabel(self.tr("Withdrawn consent no longer covers visits that begin after this time. "
                              "The consent and its signature stay on record."))
        note.setWordWrap(True)
        theme.style(note, MUTED)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("dd MMM yyyy HH:mm")
        self.reason = QPlainTextEdit()
        self.reason.setPlaceholderText(self.tr("e.g. patient declined further needling after the second visit"))
        self.reason.setFixedHeight(70)
        self.form.addRow(note)
        self.form.addRow(self.tr("Withdrawn at"), self.when)
        self.form.addRow(self.tr("Reason"), self.reason)

    def build_input(self):
        return self.when.dateTime().toPython().astimezone(), self.reason.toPlainText()


class ConsentDetailsDialog(QDialog):
    """The consent covering the visit as recorded: items, signature, who and when, withdrawal.
    on_withdraw(dialog) -> the withdrawn ConsentRecord or None; the dialog then shows it withdrawn."""

    def __init__(self, consent, problems, can_withdraw: bool, on_withdraw=None, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Consent to dry needling"))
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
        self.withdraw = self.buttons.addButton(self.tr("Withdraw consent…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.withdraw.clicked.connect(self._withdraw)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        heading = QLabel("<b>{}</b>".format(html.escape(self.tr("Discussed with the patient"))))
        layout.addWidget(heading)
        layout.addWidget(self.items)
        layout.addWidget(QLabel("<b>{}</b>".format(html.escape(self.tr("Patient's signature")))))
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
        not_recorded = self.tr("not recorded:")
        for item in dom_consent.CONSENT_ITEMS:
            if item.id in ticked:
                rows.append(f"<span style='color:{theme.hex_colour('ok')}'>☑</span> {e(consent_words.item_text(item.id, ticked[item.id] or item.text))}")
            else:
                rows.append(f"<span style='color:{theme.hex_colour('danger')}'>☐ {e(not_recorded)}</span> {e(consent_words.item_text(item.id))}")
            if item.id == "own_risks" and item.id in ticked:
                rows.append(f"&nbsp;&nbsp;&nbsp;&nbsp;<i>{e(risk_factor_text(consent.risk_factors))}</i>")
        self.items.setText("<br>".join(rows))
        self.pad.set_strokes(consent.signature)
        self.pad.setVisible(bool(consent.signature))
        self.signature_note.setText(signature_words(consent))
        self.withdraw.setEnabled(self.can_withdraw and consent.withdrawn_at is None)

    def _withdraw(self) -> None:
        if self.on_withdraw is None:
            return
        withdrawn = self.on_withdraw(self)
        if withdrawn is not None:
            self.show_consent(withdrawn, withdrawn.problems(withdrawn.withdrawn_at))
