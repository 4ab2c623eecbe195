"""Safety dialogs: the caution to acknowledge, precaution area details, consent (adverse events: events.py)."""
from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
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
from bodymap.render import i18n
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import FormDialog

URGENT_STYLE = ("background: @urgent_bg; color: @urgent_fg; font-weight: 700; padding: 8px 10px; "
                "border-radius: 4px;")
CAUTION_STYLE = ("background: @caution_bg; color: @caution_fg; border: 2px solid @caution_border; padding: 10px; "
                 "border-radius: 4px;")


# a precaution area's kinds (domain.safety.PRECAUTION_LABELS) and sides, as the dialog offers them
KIND_WORDS = {"lymphoedema": QT_TRANSLATE_NOOP("PrecautionDialog", "Lymphoedema"),
              "surgical_site": QT_TRANSLATE_NOOP("PrecautionDialog", "Surgical site"),
              "broken_skin": QT_TRANSLATE_NOOP("PrecautionDialog", "Broken skin"),
              "infection": QT_TRANSLATE_NOOP("PrecautionDialog", "Infection"),
              "implant": QT_TRANSLATE_NOOP("PrecautionDialog", "Implant"), "tumour": QT_TRANSLATE_NOOP("PrecautionDialog", "Tumour"),
              "other": QT_TRANSLATE_NOOP("PrecautionDialog", "Other")}
SIDE_WORDS = {"left": QT_TRANSLATE_NOOP("PrecautionDialog", "Left"), "right": QT_TRANSLATE_NOOP("PrecautionDialog", "Right"),
              "both": QT_TRANSLATE_NOOP("PrecautionDialog", "Both"), "midline": QT_TRANSLATE_NOOP("PrecautionDialog", "Midline")}


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
        super().__init__(QCoreApplication.translate("PrecautionDialog", "Precaution area"), parent)
        self.kind = QComboBox()
        for kind in dom.PrecautionKind:
            self.kind.addItem(self.tr(KIND_WORDS[kind.value]) if kind.value in KIND_WORDS else kind.label, kind.value)
        self.side = QComboBox()
        for side in dom.PRECAUTION_SIDES:
            self.side.addItem(self.tr(SIDE_WORDS[side]) if side in SIDE_WORDS else side.capitalize(), side)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("e.g. axillary clearance 2019, do not needle the right arm"))
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Patient's side"), self.side)
        self.form.addRow(self.tr("Note"), self.note)
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
    """A recorded moment in local time, as the interface language writes it (English: 05 Dec 2026 09:07)."""
    if not at:
        return ""
    lang = i18n.current()
    return at.astimezone().strftime("%d %b %Y %H:%M") if lang.code == "en" else lang.date_time(at.astimezone())

