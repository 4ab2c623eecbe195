"""Pain map: how often pain was drawn at each point of a view, over all visits or the visits whose
chief complaint contains a text, optionally only the current patient's (a composite map of one
patient) and only visits in a date range. Shows and exports the same Pillow rendering."""
from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
)

from bodymap.domain.diagrams import available_views
from bodymap.domain.heatmap import HeatmapWords, heatmap_png, render_heatmap
from bodymap.domain.metrics import view_or_none
from bodymap.errors import BodymapError
from bodymap.exchange.files import write_private
from bodymap.render import i18n
from bodymap.ui.progress.common import date_format, pil_to_qimage
from bodymap.ui.reference.suggestion_words import counted
from bodymap.ui.widgets import folders, theme

DISPLAY_HEIGHT = 640


class HeatmapDialog(QDialog):
    def __init__(self, parent, progress, patient=None):
        super().__init__(parent)
        self.progress, self.patient = progress, patient
        self.heat = None
        self.setWindowTitle(self.tr("Clinic pain map"))
        self.patient_only = QCheckBox(self.tr("Only chart {number}").format(number=patient.chart_number)
                                      if patient is not None else "")
        self.patient_only.setVisible(patient is not None)
        self.use_dates = QCheckBox(self.tr("Visits from"))
        today = QDate.currentDate()
        self.since, self.until = QDateEdit(today.addYears(-1)), QDateEdit(today)
        for edit in (self.since, self.until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(date_format())
        self.view_box = QComboBox()
        for view_id in available_views():
            view = view_or_none(view_id)
            if view is not None:
                self.view_box.addItem(i18n.current().name("views", view_id, view.label), view_id)
        self.all_visits = QRadioButton(self.tr("All visits"))
        self.by_complaint = QRadioButton(self.tr("Chief complaint contains:"))
        self.all_visits.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_visits)
        group.addButton(self.by_complaint)
        self.complaint = QLineEdit()
        self.complaint.setPlaceholderText(self.tr("e.g. neck, headache, low back"))
        self.complaint.setMaxLength(200)
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.setDefault(True)
        self.export_button = QPushButton(self.tr("Export PNG…"))
        close = QPushButton(self.tr("Close"))

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("View:")))
        controls.addWidget(self.view_box)
        controls.addSpacing(16)
        controls.addWidget(self.all_visits)
        controls.addWidget(self.by_complaint)
        controls.addWidget(self.complaint, 1)
        controls.addWidget(self.show_button)
        scope = QHBoxLayout()
        scope.addWidget(self.patient_only)
        scope.addSpacing(16)
        scope.addWidget(self.use_dates)
        scope.addWidget(self.since)
        scope.addWidget(QLabel(self.tr("to")))
        scope.addWidget(self.until)
        scope.addStretch(1)

        self.status = QLabel()
        theme.style(self.status, "color: @muted")
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        theme.style(scroll, "background: @paper")

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(scope)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.show_button.clicked.connect(self.refresh)
        self.view_box.currentIndexChanged.connect(self.refresh)
        self.all_visits.toggled.connect(self.refresh)
        self.complaint.textEdited.connect(lambda _t: self.by_complaint.setChecked(True))
        self.complaint.returnPressed.connect(self.refresh)
        self.patient_only.toggled.connect(self.refresh)
        self.use_dates.toggled.connect(self.refresh)
        self.since.dateChanged.connect(lambda _d: self.use_dates.isChecked() and self.refresh())
        self.until.dateChanged.connect(lambda _d: self.use_dates.isChecked() and self.refresh())
        self.export_button.clicked.connect(self.export)
        close.clicked.connect(self.reject)
        self.resize(900, 800)
        self.refresh()

    def filter_text(self) -> str | None:
        return self.complaint.text().strip() or None if self.by_complaint.isChecked() else None

    def refresh(self) -> None:
        view_id = self.view_box.currentData()
        if view_id is None:
            return
        try:
            only = self.patient is not None and self.patient_only.isChecked()
            dates = self.use_dates.isChecked()
            self.heat = self.progress.heatmap(
                view_id, complaint=self.filter_text(), patient_ids=[self.patient.id] if only else None,
                since=self.since.date().toPython() if dates else None,
                until=self.until.date().toPython() if dates else None)
        except BodymapError as exc:
            QMessageBox.warning(self, self.tr("Clinic pain map"), i18n.message(exc))
            return
        rendered = render_heatmap(self.heat, words=self.words())
        pix = QPixmap.fromImage(pil_to_qimage(rendered))
        self.image.setPixmap(pix.scaledToHeight(min(DISPLAY_HEIGHT, pix.height()),
                                                Qt.TransformationMode.SmoothTransformation))
        h = self.heat
        chosen = counted(self.tr("%n visits chosen", "", h.visit_count), h.visit_count, "%n visit chosen")
        spot = counted(self.tr("most frequent spot: %n visits", "", h.max_count), h.max_count,
                       "most frequent spot: %n visit")
        self.status.setText(self.tr("{chosen} · {count} with pain on this view · {spot}").format(
            chosen=chosen, count=h.visits_with_pain, spot=spot))
        self.export_button.setEnabled(h.visit_count > 0)

    def words(self) -> HeatmapWords:
        """The map's words in the interface language (the view's name from the name tables)."""
        h = self.heat
        view = i18n.current().name("views", h.view, self.view_box.currentText())
        lang, parts = i18n.current(), []
        if self.filter_text():
            parts.append(self.tr("chief complaint contains “{text}”").format(text=self.filter_text()))
        if self.patient is not None and self.patient_only.isChecked():
            parts.append(self.tr("chart {number}").format(number=self.patient.chart_number))
        if self.use_dates.isChecked():
            parts.append(self.tr("visits {since} to {until}").format(
                since=lang.date(self.since.date().toPython()), until=lang.date(self.until.date().toPython())))
        subtitle = ", ".join(parts) or self.tr("all visits")
        visits = counted(self.tr("%n visits", "", h.visit_count), h.visit_count, "%n visit")
        return HeatmapWords(
            self.tr("Pain frequency: {view}").format(view=view),
            self.tr("{filter} · {visits}, {count} with pain on this view").format(
                filter=subtitle, visits=visits, count=h.visits_with_pain),
            self.tr("Visits with\npain here"), self.tr("No colour: no visit\nhad pain there"),
            self.tr("{value}%"))

    def export(self, path: str | None = None) -> str | None:
        if self.heat is None:
            return None
        if not path:
            suggested = f"pain-map-{self.heat.view}.png"
            path, _filter = QFileDialog.getSaveFileName(self, self.tr("Export pain map"),
                                                        folders.start_path(folders.EXPORTS, suggested),
                                                        self.tr("PNG image (*.png)"))
            if not path:
                return None
            folders.remember(folders.EXPORTS, path)
            if not path.lower().endswith(".png"):
                path += ".png"
        try:
            write_private(path, heatmap_png(self.heat, words=self.words()))
        except OSError as exc:
            QMessageBox.warning(self, self.tr("Export pain map"), self.tr("Could not write {path}: {reason}").format(
                path=path, reason=exc.strerror or exc))
            return None
        self.status.setText(self.tr("Saved {path}").format(path=path))
        return path
