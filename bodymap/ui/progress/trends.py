"""The progress chart as a widget and a dialog; the drawing is bodymap.render.trends."""
from __future__ import annotations

import html

from PySide6.QtCore import QRectF
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from bodymap.render.trends import paint_trends
from bodymap.ui.reference.suggestion_words import counted
from bodymap.ui.widgets import theme


class TrendsWidget(QWidget):
    def __init__(self, points=(), parent=None):
        super().__init__(parent)
        self.points = list(points)
        self.setMinimumSize(560, 460)
        self.setAutoFillBackground(True)

    def set_points(self, points) -> None:
        self.points = list(points)
        self.update()

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        try:
            paint_trends(painter, QRectF(self.rect()).adjusted(8, 4, -8, -4), self.points, self.font())
        finally:
            painter.end()


class TrendsDialog(QDialog):
    def __init__(self, parent, progress, patient):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Progress — {name}").format(name=patient.name))
        self.points = progress.trends(patient.id)
        self.chart = TrendsWidget(self.points)
        n = len(self.points)
        heading = QLabel(self.tr("<b>{name}</b> · chart {number} · {visits}").format(
            name=html.escape(patient.name), number=html.escape(patient.chart_number),
            visits=counted(self.tr("%n visits", "", n), n, "%n visit")))
        note = QLabel(self.tr("Pain area: share of the whole body surface in pain, from every view drawn on "
                              "(close-ups included, each place counted once); see the comparison for whether a "
                              "change exceeds the measurement error."))
        note.setWordWrap(True)
        theme.style(note, "color: @muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.chart, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.resize(760, 640)
