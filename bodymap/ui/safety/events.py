"""The adverse-event dialog: an adverse event classified mild / significant / serious, or a near
miss (a close call that harmed nobody), with onset, time, action taken and follow-up."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QPlainTextEdit

from bodymap.domain import adverse as adv
from bodymap.render import i18n
from bodymap.render.i18n import translate
from bodymap.ui.safety.dialogs import URGENT_STYLE
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import FormDialog

MUTED_STYLE = "color: @muted;"
# what each severity means (domain.adverse.SEVERITY_MEANING), in the dialog's words; the kinds,
# severities and onsets themselves are the handout's vocabulary (context Handout)
MEANING = {
    adv.Severity.MILD: QT_TRANSLATE_NOOP("AdverseEventDialog",
                                         "Short-lived, no change in function, settles without treatment."),
    adv.Severity.SIGNIFICANT: QT_TRANSLATE_NOOP("AdverseEventDialog", "Distressing, changes function or needs "
                                                "treatment or advice, but not serious."),
    adv.Severity.SERIOUS: QT_TRANSLATE_NOOP("AdverseEventDialog", "Needs urgent or hospital care, or could cause "
                                            "lasting harm or death."),
}


def _meaning(severity) -> str:
    source = MEANING.get(severity, severity.meaning)
    return QCoreApplication.translate("AdverseEventDialog", source)


class AdverseEventDialog(FormDialog):
    def __init__(self, event=None, parent=None):
        super().__init__(QCoreApplication.translate("AdverseEventDialog", "Edit adverse event") if event
                         else QCoreApplication.translate("AdverseEventDialog", "Add adverse event"), parent)
        self.setMinimumWidth(540)
        self.kind = QComboBox()
        for kind in adv.AdverseKind:
            self.kind.addItem(translate("Handout", kind.label), kind.value)
        self.near_miss = QCheckBox(self.tr("Near miss: a close call that harmed nobody"))
        self.severity = QComboBox()
        for sev in adv.Severity:
            self.severity.addItem(translate("Handout", sev.label), sev.value)
            self.severity.setItemData(self.severity.count() - 1, _meaning(sev), 3)     # Qt.ToolTipRole
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        theme.style(self.meaning, MUTED_STYLE)
        self.onset = QComboBox()
        self.onset.addItem(translate("Handout", "Not recorded"), None)
        for onset in adv.Onset:
            self.onset.addItem(translate("Handout", onset.label), onset.value)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("dd MMM yyyy HH:mm")
        self.urgent = QLabel(i18n.current().name("texts", "pneumothorax_advice", adv.PNEUMOTHORAX_ADVICE))
        self.urgent.setWordWrap(True)
        theme.style(self.urgent, URGENT_STYLE)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText(self.tr("Required for “Other”"))
        self.action = QPlainTextEdit()
        self.follow_up = QPlainTextEdit()
        for edit in (self.description, self.action, self.follow_up):
            edit.setFixedHeight(56)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.urgent)
        self.form.addRow("", self.near_miss)
        self.form.addRow(self.tr("Severity"), self.severity)
        self.form.addRow("", self.meaning)
        self.form.addRow(self.tr("Onset"), self.onset)
        self.form.addRow(self.tr("Time"), self.when)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Action taken"), self.action)
        self.form.addRow(self.tr("Follow-up"), self.follow_up)
        if event is not None:
            self.kind.setCurrentIndex(self.kind.findData(event.kind))
            self.near_miss.setChecked(event.near_miss)
            if event.severity:
                self.severity.setCurrentIndex(self.severity.findData(event.severity))
            self.onset.setCurrentIndex(max(0, self.onset.findData(event.onset)) if event.onset else 0)
            self.when.setDateTime(QDateTime(event.occurred_at.astimezone().replace(tzinfo=None)))
            self.description.setPlainText(event.description)
            self.action.setPlainText(event.action_taken)
            self.follow_up.setPlainText(event.follow_up)
        self.kind.currentIndexChanged.connect(self._changed)
        self.severity.currentIndexChanged.connect(self._changed)
        self.near_miss.toggled.connect(self._changed)
        self._changed()

    def _changed(self, *_a) -> None:
        near = self.near_miss.isChecked()
        self.urgent.setVisible(adv.is_urgent(self.kind.currentData(), near))
        self.severity.setEnabled(not near)
        self.meaning.setText(self.tr("A near miss has no severity: nobody was harmed.") if near
                             else _meaning(adv.Severity(self.severity.currentData())))

    def build_input(self):
        when = self.when.dateTime().toPython().astimezone()
        near = self.near_miss.isChecked()
        return adv.AdverseEventInput(self.kind.currentData(), None if near else self.severity.currentData(),
                                     self.description.toPlainText(), self.action.toPlainText(),
                                     self.follow_up.toPlainText(), when, self.onset.currentData(), near)
