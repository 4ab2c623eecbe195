"""The adverse-event dialog: an adverse event classified mild / significant / serious, or a near
miss (a close call that harmed nobody), with onset, time, action taken and follow-up."""
from __future__ import annotations

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateTimeEdit, QLabel, QPlainTextEdit

from bodymap.domain import adverse as adv
from bodymap.ui.safety.dialogs import URGENT_STYLE
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import FormDialog

MUTED_STYLE = "color: @muted;"


class AdverseEventDialog(FormDialog):
    def __init__(self, event=None, parent=None):
        super().__init__("Edit adverse event" if event else "Add adverse event", parent)
        self.setMinimumWidth(540)
        self.kind = QComboBox()
        for kind in adv.AdverseKind:
            self.kind.addItem(kind.label, kind.value)
        self.near_miss = QCheckBox("Near miss: a close call that harmed nobody")
        self.severity = QComboBox()
        for sev in adv.Severity:
            self.severity.addItem(sev.label, sev.value)
            self.severity.setItemData(self.severity.count() - 1, sev.meaning, 3)     # Qt.ToolTipRole
        self.meaning = QLabel()
        self.meaning.setWordWrap(True)
        theme.style(self.meaning, MUTED_STYLE)
        self.onset = QComboBox()
        self.onset.addItem("Not recorded", None)
        for onset in adv.Onset:
            self.onset.addItem(onset.label, onset.value)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setDisplayFormat("dd MMM yyyy HH:mm")
        self.urgent = QLabel(adv.PNEUMOTHORAX_ADVICE)
        self.urgent.setWordWrap(True)
        theme.style(self.urgent, URGENT_STYLE)
        self.description = QPlainTextEdit()
        self.description.setPlaceholderText("Required for “Other”")
        self.action = QPlainTextEdit()
        self.follow_up = QPlainTextEdit()
        for edit in (self.description, self.action, self.follow_up):
            edit.setFixedHeight(56)
        self.form.addRow("Kind", self.kind)
        self.form.addRow(self.urgent)
        self.form.addRow("", self.near_miss)
        self.form.addRow("Severity", self.severity)
        self.form.addRow("", self.meaning)
        self.form.addRow("Onset", self.onset)
        self.form.addRow("Time", self.when)
        self.form.addRow("Description", self.description)
        self.form.addRow("Action taken", self.action)
        self.form.addRow("Follow-up", self.follow_up)
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
        self.meaning.setText("A near miss has no severity: nobody was harmed." if near
                             else adv.Severity(self.severity.currentData()).meaning)

    def build_input(self):
        when = self.when.dateTime().toPython().astimezone()
        near = self.near_miss.isChecked()
        return adv.AdverseEventInput(self.kind.currentData(), None if near else self.severity.currentData(),
                                     self.description.toPlainText(), self.action.toPlainText(),
                                     self.follow_up.toPlainText(), when, self.onset.currentData(), near)
