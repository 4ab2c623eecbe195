"""Export many visit handouts at once: a patient's visits or every visit in a date range, one PDF
per visit into a folder, with a progress dialog and Cancel (only complete files are left)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.clinic import ClinicSettings
from bodymap.errors import BodymapError
from bodymap.exchange.charts import select_visits
from bodymap.export.copies import DEFAULT_COPY, Copy
from bodymap.render import i18n
from bodymap.ui.exports import copy_name
from bodymap.ui.reference.suggestion_words import counted
from bodymap.ui.widgets import folders, theme


class BatchExportDialog(QDialog):
    """Choose the visits (a patient, or a date range) and a folder; Export writes one PDF per visit.

    After exec(): `written` lists the files written, `cancelled` tells whether Cancel stopped it."""

    file_written = Signal(Path)

    def __init__(self, service, clinic: ClinicSettings | None = None, parent: QWidget | None = None,
                 patient_id: int | None = None, folder: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export visit handouts"))
        self.service, self.clinic = service, clinic
        self.written: list[Path] = []
        self.cancelled = False
        self.progress: QProgressDialog | None = None

        self.by_patient = QRadioButton(self.tr("All visits of a &patient"))
        self.by_dates = QRadioButton(self.tr("All visits in a &date range (every patient)"))
        group = QButtonGroup(self)
        group.addButton(self.by_patient)
        group.addButton(self.by_dates)
        self.patient = QComboBox()
        self.patient.setMinimumWidth(320)
        for record in service.search_patients("", limit=100_000):
            self.patient.addItem(f"{record.name}  ({record.chart_number})", record.chart_number)
            if record.id == patient_id:
                self.patient.setCurrentIndex(self.patient.count() - 1)
        today = QDate.currentDate()
        self.since = QDateEdit(today.addMonths(-1))
        self.until = QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd MMM yyyy")      # the month in the interface language
        dates = QHBoxLayout()
        dates.addWidget(QLabel(self.tr("From")))
        dates.addWidget(self.since)
        dates.addWidget(QLabel(self.tr("to")))
        dates.addWidget(self.until)
        dates.addStretch(1)
        which = QGroupBox(self.tr("Visits"))
        which_layout = QVBoxLayout(which)
        which_layout.addWidget(self.by_patient)
        which_layout.addWidget(self._indented(self.patient))
        which_layout.addWidget(self.by_dates)
        indented_dates = QWidget()
        indented_dates.setLayout(dates)
        which_layout.addWidget(self._indented(indented_dates))
        self.by_patient.toggled.connect(self._enable)
        (self.by_patient if self.patient.count() else self.by_dates).setChecked(True)
        self.by_patient.setEnabled(self.patient.count() > 0)

        start = folder or folders.start_folder(folders.EXPORTS)
        self.folder = QLineEdit(start)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.paper = QComboBox()
        self.paper.addItem("A4", "A4")
        self.paper.addItem(self.tr("Letter"), "Letter")
        self.landscape = QCheckBox(self.tr("Landscape"))
        paper_row = QHBoxLayout()
        paper_row.addWidget(self.paper)
        paper_row.addWidget(self.landscape)
        paper_row.addStretch(1)
        self.copy = QComboBox()           # handouts are for patients: the patient copy by default
        for copy in Copy:
            self.copy.addItem(copy_name(copy), copy.value)
        self.copy.setCurrentIndex(self.copy.findData(DEFAULT_COPY.value))
        output = QGroupBox(self.tr("Files"))
        form = QFormLayout(output)
        form.addRow(self.tr("Folder:"), folder_row)
        form.addRow(self.tr("Paper:"), paper_row)
        form.addRow(self.tr("Copy:"), self.copy)
        names = QLabel(self.tr("One PDF per visit, named <chart number>_<date>_<visit id>.pdf. "
                               "Existing files with the same name are replaced."))
        names.setTextFormat(Qt.TextFormat.PlainText)
        names.setWordWrap(True)
        theme.style(names, "color: @muted;")
        form.addRow("", names)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        theme.style(self.error, "color: @danger; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(self.tr("Export"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.run_export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(which)
        layout.addWidget(output)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self._enable()
        self.resize(560, self.sizeHint().height())

    @staticmethod
    def _indented(widget: QWidget) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(24, 0, 0, 4)
        row.addWidget(widget, 1)
        return box

    def _enable(self) -> None:
        patient = self.by_patient.isChecked()
        self.patient.setEnabled(patient)
        self.since.setEnabled(not patient)
        self.until.setEnabled(not patient)

    def _choose_folder(self) -> None:
        path = QFileDialog.getExistingDirectory(self, self.tr("Export the handouts into"), self.folder.text())
        if path:
            folders.remember(folders.EXPORTS, path)
            self.folder.setText(path)

    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def chosen_visits(self):
        if self.by_patient.isChecked():
            return select_visits(self.service, chart_number=self.patient.currentData())
        since: dt.date = self.since.date().toPython()
        until: dt.date = self.until.date().toPython()
        return select_visits(self.service, since=since, until=until)

    def run_export(self) -> None:
        """Export with a progress dialog; closes the dialog when done or cancelled."""
        from bodymap.export.batch import batch_export_pdfs
        folder = Path(self.folder.text().strip()).expanduser()
        if not self.folder.text().strip() or not folder.is_dir():
            self.show_error(self.tr("Choose an existing folder (\u201c{folder}\u201d is not one).").format(
                folder=self.folder.text().strip()))
            return
        try:
            visits = self.chosen_visits()
        except (BodymapError, ValueError) as exc:
            self.show_error(i18n.message(exc))
            return
        if not visits:
            self.show_error(self.tr("No visits match; choose another patient or date range."))
            return
        self.show_error("")
        self.progress = QProgressDialog(self.tr("Exporting…"), self.tr("Cancel"), 0, len(visits), self)
        self.progress.setWindowTitle(self.tr("Export visit handouts"))
        self.progress.setWindowModality(Qt.WindowModality.WindowModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAutoClose(False)
        self.progress.setAutoReset(False)
        self.progress.setMinimumWidth(420)
        self.progress.show()
        steps = batch_export_pdfs(self.service, visits, folder, self.paper.currentData(),
                                  self.landscape.isChecked(), self.clinic, copy=self.copy.currentData())
        failure = None
        try:
            for step in steps:
                if step.path is not None:
                    self.written.append(step.path)
                    self.file_written.emit(step.path)
                self.progress.setValue(step.done)
                self.progress.setLabelText(self.tr("{done} of {total}: {name}").format(
                    done=step.done, total=step.total, name=step.path.name if step.path is not None else ""))
                QApplication.processEvents()
                if self.progress.wasCanceled():
                    self.cancelled = True
                    break
        except (BodymapError, OSError, ValueError) as exc:
            failure = getattr(exc, "strerror", None) or i18n.message(exc)
        finally:
            steps.close()             # between two files: every file written is complete
            self.progress.close()
        if failure:
            n = len(self.written)
            QMessageBox.warning(self, self.tr("Export visit handouts"),
                                counted(self.tr("The export stopped after %n files.", "", n), n,
                                        "The export stopped after %n file.") + f"\n\n{failure}")
        self.accept()


    def done_text(self) -> str:
        """'Export finished: 3 PDF files in <folder>' (or cancelled) after exec()."""
        n = len(self.written)
        folder = self.written[0].parent if self.written else ""
        if self.cancelled:
            text = counted(self.tr("Export cancelled: %n PDF files in\n{folder}", "", n), n,
                           "Export cancelled: %n PDF file in\n{folder}")
        else:
            text = counted(self.tr("Export finished: %n PDF files in\n{folder}", "", n), n,
                           "Export finished: %n PDF file in\n{folder}")
        return text.format(folder=folder)


def run_batch_export_dialog(parent, service, clinic: ClinicSettings | None = None,
                            patient_id: int | None = None) -> list[Path]:
    dialog = BatchExportDialog(service, clinic, parent, patient_id)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return []
    if dialog.written:
        QMessageBox.information(parent, dialog.windowTitle(), dialog.done_text())
    return dialog.written
