"""Safety dialogs: the caution to acknowledge, precaution area details, consent (adverse events: events.py)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from bodymap.domain import safety as dom
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import FormDialog

URGENT_STYLE = ("background: @urgent_bg; color: @urgent_fg; font-weight: 700; padding: 8px 10px; "
                "border-radius: 4px;")
CAUTION_STYLE = ("background: @caution_bg; color: @caution_fg; border: 2px solid @caution_border; padding: 10px; "
                 "border-radius: 4px;")


class CautionDialog(QDialog):
    """A warning the clinician must acknowledge (or decline); accepted = acknowledged."""

    def __init__(self, title: str, text: str, acknowledge: str = "Acknowledge", decline: str = "Not now",
                 parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        heading = QLabel(f"⚠  {title}")
        theme.style(heading, "font-size: 15px; font-weight: 700; color: @danger;")
        self.text = QLabel(text)
        self.text.setWordWrap(True)
        theme.style(self.text, CAUTION_STYLE)
        self.buttons = QDialogButtonBox()
        self.ack = self.buttons.addButton(acknowledge, QDialogButtonBox.ButtonRole.AcceptRole)
        self.decline = self.buttons.addButton(decline, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.text)
        layout.addWidget(self.buttons)


class PrecautionDialog(FormDialog):
    """Kind, side and note of a precaution area just drawn."""

    def __init__(self, parent=None):
        super().__init__("Precaution area", parent)
        self.kind = QComboBox()
        for kind in dom.PrecautionKind:
            self.kind.addItem(kind.label, kind.value)
        self.side = QComboBox()
        for side in dom.PRECAUTION_SIDES:
            self.side.addItem(side.capitalize(), side)
        self.note = QLineEdit()
        self.note.setPlaceholderText("e.g. axillary clearance 2019, do not needle the right arm")
        self.form.addRow("Kind", self.kind)
        self.form.addRow("Patient's side", self.side)
        self.form.addRow("Note", self.note)
        self.view, self.polygons = "", []

    def build_input(self):
        return dom.PrecautionInput(self.view, self.polygons, self.kind.currentData(), self.side.currentData(),
                                   self.note.text())




class AfterCareDialog(FormDialog):
    """The clinic's after-care text for the patient handout."""

    def __init__(self, text: str, parent=None):
        super().__init__("After-care text (clinic setting)", parent)
        self.setMinimumSize(560, 420)
        self.text = QPlainTextEdit(text)
        reset = QLabel("Leave empty to restore the default text.")
        theme.style(reset, "color: @muted;")
        self.form.addRow(self.text)
        self.form.addRow(reset)

    def build_input(self):
        return self.text.toPlainText()


def local(at: dt.datetime | None) -> str:
    return at.astimezone().strftime("%d %b %Y %H:%M") if at else ""

