"""Patient and visit dialogs. They validate through the domain and show its message in place."""
from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
)

from bodymap.domain.accounts import UserRecord
from bodymap.domain.charting import MarkKind, VisitInput
from bodymap.domain.records import VisitRecord
from bodymap.errors import ValidationError
from bodymap.render import i18n
from bodymap.ui.panels.patient_dialog import PatientDialog
from bodymap.ui.widgets.form import FormDialog, typed_over

__all__ = ["PatientDialog", "VisitDialog"]

# words of the previous visit's marks offered to carry forward (context "VisitDialog")
SIDES = {"left": QT_TRANSLATE_NOOP("VisitDialog", "Left"), "right": QT_TRANSLATE_NOOP("VisitDialog", "Right")}
STATUSES = {"active": QT_TRANSLATE_NOOP("VisitDialog", "active"), "latent": QT_TRANSLATE_NOOP("VisitDialog", "latent")}
QUALITIES = {"aching": QT_TRANSLATE_NOOP("VisitDialog", "aching"), "burning": QT_TRANSLATE_NOOP("VisitDialog", "burning"),
             "stabbing": QT_TRANSLATE_NOOP("VisitDialog", "stabbing"),
             "pins_and_needles": QT_TRANSLATE_NOOP("VisitDialog", "pins and needles"),
             "numbness": QT_TRANSLATE_NOOP("VisitDialog", "numbness"), "throbbing": QT_TRANSLATE_NOOP("VisitDialog", "throbbing"),
             "other": QT_TRANSLATE_NOOP("VisitDialog", "other")}


class VisitDialog(FormDialog):
    """A visit's details. The treating clinician is chosen from the clinic's active accounts (the
    signed-in clinician by default); a visit whose clinician has no account (imported, or charted
    before accounts) shows that name until an account is chosen."""

    def __init__(self, visit: VisitRecord | None = None, previous_chart=None,
                 clinicians: Sequence[UserRecord] = (), default_clinician_id: int | None = None, parent=None):
        super().__init__(QCoreApplication.translate("VisitDialog", "Visit details") if visit
                         else QCoreApplication.translate("VisitDialog", "New visit"), parent)
        when = visit.local_time() if visit else dt.datetime.now().astimezone()
        self.started = QDateTimeEdit(QDateTime(QDate(when.date()), QTime(when.hour, when.minute)))
        self.started.setCalendarPopup(True)
        self.started.setDisplayFormat("dd MMM yyyy  HH:mm")
        self.clinician = QComboBox()
        self.clinician.setObjectName("treatingClinician")
        self._has_accounts = any(u.active for u in clinicians)
        self.clinician.addItem(self.tr("Choose the treating clinician…") if self._has_accounts else self.tr("Not recorded"), None)
        current = visit.clinician_id if visit else default_clinician_id
        for user in clinicians:
            if user.active or user.id == current:
                name = user.display_name if user.active else self.tr("{name} (account deactivated)").format(name=user.display_name)
                self.clinician.addItem(name, user.id)
        if visit is not None and visit.clinician_id is None and visit.clinician:
            self.clinician.addItem(self.tr("{name} (no account)").format(name=visit.clinician), visit.clinician)
            self.clinician.setCurrentIndex(self.clinician.count() - 1)
        elif current is not None and self.clinician.findData(current) >= 0:
            self.clinician.setCurrentIndex(self.clinician.findData(current))
        self.complaint = QLineEdit(visit.chief_complaint if visit else "")
        self.complaint.setPlaceholderText(self.tr("e.g. right-sided neck pain with temple headache"))
        self.pain = typed_over(QSpinBox())
        self.pain.setRange(-1, 10)
        self.pain.setSpecialValueText(self.tr("not rated"))
        self.pain.setValue(-1 if not visit or visit.overall_pain is None else visit.overall_pain)
        self.notes = QPlainTextEdit(visit.notes if visit else "")
        self.notes.setMaximumHeight(100)
        self.carry = QCheckBox(self.tr("Start from the previous visit's marks"))
        self.carry_list = QListWidget()
        self.carry_list.setMaximumHeight(160)
        self.carry_list.setVisible(False)
        self.carry.toggled.connect(self.carry_list.setVisible)
        if previous_chart is not None:
            for tp in previous_chart.trigger_points:
                side = self.tr(SIDES[tp.side]) + " " if tp.side in SIDES else ""
                status = self.tr(STATUSES[tp.status]) if tp.status in STATUSES else tp.status
                self._carry_item(self.tr("Trigger point: {side}{place} ({status})").format(
                    side=side, place=tp.location_label, status=status), (MarkKind.TRIGGER_POINT, tp.id), True)
            for zone in previous_chart.zones:
                quality = self.tr(QUALITIES[zone.quality]) if zone.quality in QUALITIES else zone.quality.replace("_", " ")
                sides = ", ".join(self.tr(SIDES[s]).lower() if s in SIDES else s for s in zone.sides)
                view = i18n.current().name("views", zone.view, zone.view)
                self._carry_item(self.tr("Zone: {quality} {intensity}/10 ({sides}, {view})").format(
                    quality=quality, intensity=zone.intensity, sides=sides, view=view), (MarkKind.ZONE, zone.id), False)
        self.form.addRow(self.tr("Date and time"), self.started)
        self.form.addRow(self.tr("Treating clinician"), self.clinician)
        self.form.addRow(self.tr("Chief complaint"), self.complaint)
        self.form.addRow(self.tr("Overall pain (0-10)"), self.pain)
        self.form.addRow(self.tr("Notes"), self.notes)
        if visit is None and previous_chart is not None and self.carry_list.count():
            self.form.addRow(self.carry)
            self.form.addRow(self.carry_list)

    def _carry_item(self, text: str, mark, checked: bool) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, mark)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.carry_list.addItem(item)

    def carried_marks(self, kind: str) -> set[int]:
        """Ids of the previous visit's marks of this kind chosen to carry forward."""
        if not self.carry.isChecked():
            return set()
        chosen = set()
        for i in range(self.carry_list.count()):
            item = self.carry_list.item(i)
            mark_kind, mark_id = item.data(Qt.ItemDataRole.UserRole)
            if mark_kind == kind and item.checkState() == Qt.CheckState.Checked:
                chosen.add(mark_id)
        return chosen

    def build_input(self) -> VisitInput:
        local = self.started.dateTime().toPython()
        aware = local.astimezone() if local.tzinfo is None else local
        chosen = self.clinician.currentData()
        if chosen is None and self._has_accounts:
            raise ValidationError(self.tr("Choose the treating clinician."))
        return VisitInput(started_at=aware, clinician=chosen if isinstance(chosen, str) else "",
                          clinician_id=chosen if isinstance(chosen, int) else None,
                          chief_complaint=self.complaint.text(),
                          overall_pain=None if self.pain.value() < 0 else self.pain.value(),
                          notes=self.notes.toPlainText()).validated()
