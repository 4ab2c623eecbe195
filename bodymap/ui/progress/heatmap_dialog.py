"""Clinic-wide pain map: how often pain was drawn at each point of a view, over all visits or the
visits whose chief complaint contains a text. Shows and exports the same Pillow rendering."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
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
from bodymap.domain.heatmap import render_heatmap, save_heatmap_png
from bodymap.domain.metrics import view_or_none
from bodymap.errors import BodymapError
from bodymap.ui.progress.common import pil_to_qimage
from bodymap.ui.widgets import folders

DISPLAY_HEIGHT = 640


class HeatmapDialog(QDialog):
    def __init__(self, parent, progress):
        super().__init__(parent)
        self.progress = progress
        self.heat = None
        self.setWindowTitle("Clinic pain map")
        self.view_box = QComboBox()
        for view_id in available_views():
            view = view_or_none(view_id)
            if view is not None:
                self.view_box.addItem(view.label, view_id)
        self.all_visits = QRadioButton("All visits")
        self.by_complaint = QRadioButton("Chief complaint contains:")
        self.all_visits.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.all_visits)
        group.addButton(self.by_complaint)
        self.complaint = QLineEdit()
        self.complaint.setPlaceholderText("e.g. neck, headache, low back")
        self.complaint.setMaxLength(200)
        self.show_button = QPushButton("Show")
        self.show_button.setDefault(True)
        self.export_button = QPushButton("Export PNG…")
        close = QPushButton("Close")

        controls = QHBoxLayout()
        controls.addWidget(QLabel("View:"))
        controls.addWidget(self.view_box)
        controls.addSpacing(16)
        controls.addWidget(self.all_visits)
        controls.addWidget(self.by_complaint)
        controls.addWidget(self.complaint, 1)
        controls.addWidget(self.show_button)

        self.status = QLabel()
        self.status.setStyleSheet("color: #444")
        self.image = QLabel()
        self.image.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scroll = QScrollArea()
        scroll.setWidget(self.image)
        scroll.setWidgetResizable(True)
        scroll.setStyleSheet("background: white")

        bottom = QHBoxLayout()
        bottom.addWidget(self.status, 1)
        bottom.addWidget(self.export_button)
        bottom.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(scroll, 1)
        layout.addLayout(bottom)

        self.show_button.clicked.connect(self.refresh)
        self.view_box.currentIndexChanged.connect(self.refresh)
        self.all_visits.toggled.connect(self.refresh)
        self.complaint.textEdited.connect(lambda _t: self.by_complaint.setChecked(True))
        self.complaint.returnPressed.connect(self.refresh)
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
            self.heat = self.progress.heatmap(view_id, complaint=self.filter_text())
        except BodymapError as exc:
            QMessageBox.warning(self, "Clinic pain map", str(exc))
            return
        rendered = render_heatmap(self.heat)
        pix = QPixmap.fromImage(pil_to_qimage(rendered))
        self.image.setPixmap(pix.scaledToHeight(min(DISPLAY_HEIGHT, pix.height()),
                                                Qt.TransformationMode.SmoothTransformation))
        h = self.heat
        self.status.setText(f"{h.visit_count} visit{'s' if h.visit_count != 1 else ''} chosen · "
                            f"{h.visits_with_pain} with pain on this view · most frequent spot: "
                            f"{h.max_count} visit{'s' if h.max_count != 1 else ''}")
        self.export_button.setEnabled(h.visit_count > 0)

    def export(self, path: str | None = None) -> str | None:
        if self.heat is None:
            return None
        if not path:
            suggested = f"pain-map-{self.heat.view}.png"
            path, _filter = QFileDialog.getSaveFileName(self, "Export pain map",
                                                        folders.start_path(folders.EXPORTS, suggested),
                                                        "PNG image (*.png)")
            if not path:
                return None
            folders.remember(folders.EXPORTS, path)
            if not path.lower().endswith(".png"):
                path += ".png"
        try:
            save_heatmap_png(self.heat, path)
        except OSError as exc:
            QMessageBox.warning(self, "Export pain map", f"Could not write {path}: {exc.strerror or exc}")
            return None
        self.status.setText(f"Saved {path}")
        return path
