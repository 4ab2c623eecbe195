"""The patient's details. Nothing is assumed: the date of birth is typed (read in full, or refused
with the reason) or marked unknown, and the sex is chosen or marked "Not recorded". A patient who
may already be on record (same name and date of birth) is shown before a second chart is made."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QMessageBox, QPlainTextEdit, QWidget

from bodymap.domain.charting import MAX_CHART_NUMBER, MAX_NAME, PatientInput, Sex
from bodymap.domain.identity import FORMAT_HINT, parse_date_of_birth
from bodymap.domain.records import PatientRecord
from bodymap.errors import BodymapError, PossibleDuplicatePatient, ValidationError
from bodymap.render import i18n
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import FormDialog

SEX_LABELS = {Sex.FEMALE: QT_TRANSLATE_NOOP("PatientDialog", "Female"), Sex.MALE: QT_TRANSLATE_NOOP("PatientDialog", "Male"),
              Sex.OTHER: QT_TRANSLATE_NOOP("PatientDialog", "Other"),
              Sex.UNKNOWN: QT_TRANSLATE_NOOP("PatientDialog", "Not recorded")}


def _age(born: dt.date, today: dt.date) -> int:
    return today.year - born.year - ((today.month, today.day) < (born.month, born.day))


class PatientDialog(FormDialog):
    def __init__(self, patient: PatientRecord | None = None, parent=None):
        super().__init__(QCoreApplication.translate("PatientDialog", "Edit patient") if patient
                         else QCoreApplication.translate("PatientDialog", "New patient"), parent)
        self.patient = patient
        self.chart_number = QLineEdit(patient.chart_number if patient else "")
        self.chart_number.setMaxLength(MAX_CHART_NUMBER)
        self.name = QLineEdit(patient.name if patient else "")
        self.name.setMaxLength(MAX_NAME)
        self.name.setPlaceholderText(self.tr("Given name and family name"))
        self.dob = QLineEdit()
        self.dob.setObjectName("dateOfBirth")
        self.dob.setPlaceholderText(FORMAT_HINT)
        self.dob.setMaxLength(40)
        self.dob_unknown = QCheckBox(self.tr("Unknown"))
        self.dob_unknown.setObjectName("dobUnknown")
        self.dob_reading = QLabel()
        self.dob_reading.setObjectName("dobReading")
        theme.style(self.dob_reading, "color: @muted;")
        if patient is not None and patient.date_of_birth is not None:
            self.dob.setText(f"{patient.date_of_birth:%d %b %Y}")
        elif patient is not None:
            self.dob_unknown.setChecked(True)
        self.dob_unknown.toggled.connect(self._dob_changed)
        self.dob.textChanged.connect(self._dob_changed)
        self.sex = QComboBox()
        self.sex.setObjectName("sex")
        self.sex.addItem(self.tr("Choose…"), None)
        for sex, label in SEX_LABELS.items():
            self.sex.addItem(self.tr(label), sex.value)
        if patient is not None:
            self.sex.setCurrentIndex(self.sex.findData(patient.sex))
        self.language = QComboBox()
        self.language.setObjectName("language")
        self.language.addItem(self.tr("As the program (no preference)"), "")
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(patient.language if patient else "")))
        self.language.setToolTip(self.tr("The patient's copy of the handout is printed in this language"))
        self.notes = QPlainTextEdit(patient.notes if patient else "")
        self.notes.setMaximumHeight(100)
        dob_row = QWidget()
        row = QHBoxLayout(dob_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.dob, 1)
        row.addWidget(self.dob_unknown)
        self.form.addRow(self.tr("Chart number"), self.chart_number)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Date of birth"), dob_row)
        self.form.addRow("", self.dob_reading)
        self.form.addRow(self.tr("Sex"), self.sex)
        self.form.addRow(self.tr("Handout language"), self.language)
        self.form.addRow(self.tr("Notes"), self.notes)
        self.submit_checked: Callable[[PatientInput, bool], PatientRecord] | None = None
        self.opened_existing = False
        self._dob_changed()

    def _dob_changed(self, *_args) -> None:
        unknown = self.dob_unknown.isChecked()
        self.dob.setEnabled(not unknown)
        text = self.dob.text().strip()
        if unknown or not text:
            self.dob_reading.setText(self.tr("Date of birth not recorded") if unknown else "")
            return
        try:
            born = parse_date_of_birth(text)
        except ValidationError as exc:
            self.dob_reading.setText(i18n.message(exc))
            return
        self.dob_reading.setText(self.tr("Read as {date} (age {age})").format(
            date=i18n.current().date(born), age=_age(born, dt.date.today())))

    def build_input(self) -> PatientInput:
        if self.sex.currentData() is None:
            raise ValidationError(self.tr("Choose the patient's sex, or \"Not recorded\"."))
        dob = None if self.dob_unknown.isChecked() else parse_date_of_birth(self.dob.text())
        return PatientInput(chart_number=self.chart_number.text(), name=self.name.text(),
                            date_of_birth=dob, sex=self.sex.currentData(),
                            notes=self.notes.toPlainText(), language=self.language.currentData() or "").validated()

    def _try_accept(self) -> None:
        try:
            value = self.build_input()
            try:
                self.result_value = self._submit(value, False)
            except PossibleDuplicatePatient as dup:
                choice = self.ask_same_person(dup.matches)
                if choice == "back":
                    return
                if isinstance(choice, PatientRecord):
                    self.result_value, self.opened_existing = choice, True
                else:
                    self.result_value = self._submit(value, True)
        except BodymapError as exc:
            self.show_error(exc)
            return
        self.accept()

    def _submit(self, value: PatientInput, same_person_checked: bool):
        if self.submit_checked is not None:
            return self.submit_checked(value, same_person_checked)
        return self.submit(value) if self.submit else value

    def ask_same_person(self, matches: Sequence[object]) -> PatientRecord | str:
        """Is this the same person? Returns the patient to open, "different" or "back"."""
        records = [m for m in matches if isinstance(m, PatientRecord)]
        lines = "\n".join(f"•  {p.chart_number}  ·  {p.name}  ·  "
                          + (self.tr("born {date}").format(date=i18n.current().date(p.date_of_birth))
                             if p.date_of_birth else self.tr("date of birth unknown"))
                          for p in records[:8])
        more = "\n" + self.tr("…and {n} more").format(n=len(records) - 8) if len(records) > 8 else ""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Is this the same person?"),
                          self.tr("Already on record with this name and date of birth:") + "\n\n" + lines + more
                          + "\n\n" + self.tr("Is the patient you are saving one of them?"), parent=self)
        box.setObjectName("samePersonQuestion")
        open_button = None
        if self.patient is None and len(records) == 1:
            open_button = box.addButton(self.tr("Same person: open {chart}").format(chart=records[0].chart_number),
                                        QMessageBox.ButtonRole.AcceptRole)
            open_button.setObjectName("openExisting")
        different = box.addButton(self.tr("A different person: save"), QMessageBox.ButtonRole.DestructiveRole)
        different.setObjectName("saveDifferent")
        back = box.addButton(self.tr("Go back"), QMessageBox.ButtonRole.RejectRole)
        back.setObjectName("goBack")
        box.setDefaultButton(back)
        self.same_person_box = box
        box.exec()
        clicked = box.clickedButton()
        if open_button is not None and clicked is open_button:
            return records[0]
        return "different" if clicked is different else "back"
