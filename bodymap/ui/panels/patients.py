"""Left panel: patient search (instant), patient list, and the selected patient's visits."""
from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.wording import counted
from bodymap.render import i18n
from bodymap.render.i18n import translate
from bodymap.ui.widgets import theme

SEARCH_DELAY_MS = 120


def _english(counted_text: str, n: int, noun: str) -> str:
    """A count from tr("%n …(s)", "", n): the language's own plural form; in English (the source,
    which has no translation to give the forms) the '(s)' is read as singular or plural."""
    return counted(n, noun) if "(s)" in counted_text else counted_text


class PatientListModel(QAbstractListModel):
    """The found patients (PatientRecord), reset once per search; a row's text is made when the
    view asks for it, i.e. for the rows on screen only."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._patients: list = []

    def rowCount(self, parent=None) -> int:
        return 0 if parent is not None and parent.isValid() else len(self._patients)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            p = self._patients[index.row()]
            dob = i18n.current().date(p.date_of_birth) if p.date_of_birth else translate("MainWindow", "DOB unknown")
            return f"{p.name}\n{p.chart_number} · {dob}"
        if role == Qt.ItemDataRole.UserRole:
            return self._patients[index.row()]
        return None

    def set_patients(self, patients: list) -> None:
        self.beginResetModel()
        self._patients = patients
        self.endResetModel()

    def patient(self, row: int):
        return self._patients[row] if 0 <= row < len(self._patients) else None

    def row_of(self, patient_id: int | None) -> int:
        return next((row for row, p in enumerate(self._patients) if p.id == patient_id), -1)


class PatientList(QListView):
    """The patient list, with the row-based calls of a QListWidget (count, currentRow, setCurrentRow)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setModel(PatientListModel(self))
        self.setAlternatingRowColors(True)

    def count(self) -> int:
        return self.model().rowCount()

    def currentRow(self) -> int:
        index = self.currentIndex()
        return index.row() if index.isValid() else -1

    def setCurrentRow(self, row: int) -> None:
        self.setCurrentIndex(self.model().index(row, 0))


class PatientPanel(QWidget):
    patientSelected = Signal(object)       # PatientRecord | None
    visitSelected = Signal(object)         # VisitRecord | None
    newPatientRequested = Signal()
    editPatientRequested = Signal()
    newVisitRequested = Signal()

    def __init__(self, service, parent=None):
        super().__init__(parent)
        self.service = service
        self.search = QLineEdit()
        self.search.setPlaceholderText("Search name or chart number…")
        self.search.setClearButtonEnabled(True)
        self.patients = PatientList()
        self.visits = QListWidget()
        self.visits.setAlternatingRowColors(True)
        new_patient = QPushButton("New patient")
        edit_patient = QPushButton("Edit")
        self.new_visit = QPushButton("New visit")
        self.new_visit.setEnabled(False)
        self.edit_patient = edit_patient
        edit_patient.setEnabled(False)
        new_patient.clicked.connect(self.newPatientRequested)
        edit_patient.clicked.connect(self.editPatientRequested)
        self.new_visit.clicked.connect(self.newVisitRequested)

        buttons = QHBoxLayout()
        buttons.addWidget(new_patient)
        buttons.addWidget(edit_patient)
        visits_header = QHBoxLayout()
        title = QLabel("Visits")
        theme.style(title, "font-weight: 600;")          # re-polished with the theme
        visits_header.addWidget(title)
        visits_header.addStretch(1)
        visits_header.addWidget(self.new_visit)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        patients_title = QLabel("Patients")
        theme.style(patients_title, "font-weight: 600;")
        layout.addWidget(patients_title)
        layout.addWidget(self.search)
        layout.addWidget(self.patients, 3)
        layout.addLayout(buttons)
        layout.addSpacing(8)
        layout.addLayout(visits_header)
        layout.addWidget(self.visits, 2)

        self._announced: int | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.refresh_patients)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        self.patients.selectionModel().currentChanged.connect(self._patient_changed)
        self.visits.currentItemChanged.connect(self._visit_changed)

    # patients --------------------------------------------------------------
    def refresh_patients(self, select_id: int | None = None) -> None:
        current = self.current_patient()
        keep = select_id if select_id is not None else (current.id if current else None)
        found = self.service.search_patients(self.search.text())    # before the reset: a failed search keeps the list
        model = self.patients.model()
        model.set_patients(found)          # one reset (the current row goes, quietly); rows drawn on demand
        row = model.row_of(keep)
        if row >= 0:
            self.patients.setCurrentRow(row)
        elif current is not None:
            self._patient_changed(QModelIndex(), QModelIndex())

    def current_patient(self):
        return self.patients.model().patient(self.patients.currentRow())

    def update_patients(self):
        """Patients changed elsewhere (another workstation, the command line): the list shows what
        is stored for the same search, the same patient stays chosen and scrolled to where it was,
        and nothing is announced (the open visit stays open). Returns the chosen patient's new
        record when its details changed, else None. A chosen patient the search no longer finds
        (renamed elsewhere) stays in the list; one deleted elsewhere is let go."""
        model = self.patients.model()
        found = self.service.search_patients(self.search.text())
        current = self.current_patient()
        if current is not None and all(p.id != current.id for p in found):
            still = [p for p in self.service.search_patients(current.chart_number) if p.id == current.id]
            found = found + still
        if found == model._patients:
            return None
        bar = self.patients.verticalScrollBar()
        scrolled = bar.value()
        selection = self.patients.selectionModel()
        selection.blockSignals(True)
        try:
            model.set_patients(found)
            row = model.row_of(current.id) if current is not None else -1
            if row >= 0:
                self.patients.setCurrentRow(row)
        finally:
            selection.blockSignals(False)
        bar.setValue(scrolled)
        self.patients.viewport().update()
        if current is not None and row < 0:
            self._patient_changed(QModelIndex(), QModelIndex())
            return None
        fresh = model.patient(row) if row >= 0 else None
        return fresh if fresh is not None and fresh != current else None

    def _patient_changed(self, index, _previous) -> None:
        patient = self.patients.model().patient(index.row()) if index.isValid() else None
        self.edit_patient.setEnabled(patient is not None)
        self.new_visit.setEnabled(patient is not None)
        self.patientSelected.emit(patient)
        self.refresh_visits()

    # visits ----------------------------------------------------------------
    def refresh_visits(self, select_id: int | None = None) -> None:
        patient = self.current_patient()
        self._fill_visits(self.service.list_visits(patient.id) if patient is not None else [], select_id)

    def _fill_visits(self, visits: list, select_id: int | None = None) -> None:
        current = self.current_visit()
        keep = select_id if select_id is not None else (current.id if current else None)
        self.visits.blockSignals(True)
        self.visits.clear()
        chosen = None
        for v in visits:
            when = f"{i18n.current().date(v.local_time())}  {i18n.current().time(v.local_time())}"
            status = translate("MainWindow", "signed") if v.is_signed else translate("MainWindow", "draft")
            points = _english(self.tr("%n trigger point(s)", "", v.trigger_point_count), v.trigger_point_count,
                              "trigger point")
            zones = _english(self.tr("%n zone(s)", "", v.zone_count), v.zone_count, "zone")
            text = f"{when}  ·  {status}\n{points} · {zones}"
            if v.chief_complaint:
                text += f"\n{v.chief_complaint[:60]}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, v)
            self.visits.addItem(item)
            if v.id == keep:
                chosen = item
        if chosen is not None:
            self.visits.setCurrentItem(chosen)
        self.visits.blockSignals(False)
        self._announce_visit()

    def update_visits(self) -> bool:
        """The chosen patient's visits changed elsewhere: the list shows what is stored, the same
        visit stays chosen (nothing is announced unless it was deleted). True if it changed."""
        patient = self.current_patient()
        shown = [self.visits.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.visits.count())]
        stored = self.service.list_visits(patient.id) if patient is not None else []
        if stored == shown:
            return False
        bar = self.visits.verticalScrollBar()
        scrolled = bar.value()
        self._fill_visits(stored)
        bar.setValue(scrolled)
        return True

    def current_visit(self):
        item = self.visits.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _visit_changed(self, _item, _previous) -> None:
        self._announce_visit()

    def _announce_visit(self) -> None:
        """Tell the window only when the chosen visit really changed (a refresh keeps undo)."""
        visit = self.current_visit()
        visit_id = visit.id if visit else None
        if visit_id != self._announced:
            self._announced = visit_id
            self.visitSelected.emit(visit)
