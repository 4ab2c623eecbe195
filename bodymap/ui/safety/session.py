"""The needling session in the Safety dock: how the patient tolerated it and the immediate
outcome, a fixed choice each plus a note. Shown on the Response tab; enabled when the visit has
needled trigger points (the service refuses it otherwise)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QLineEdit, QPushButton

from bodymap.domain import adverse as adv
from bodymap.render.i18n import translate
from bodymap.ui.widgets import theme


def _choice(items) -> QComboBox:
    combo = QComboBox()
    # as narrow as 18 characters (a longer choice is elided in the box, whole in its list), so a
    # language with long words does not widen the Safety dock and squeeze the chart
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(18)
    combo.addItem(translate("Handout", "Not recorded"), None)
    for item in items:
        combo.addItem(translate("Handout", item.label), item.value)      # the handout's vocabulary
    return combo


class SessionBox(QGroupBox):
    sessionSaved = Signal(object, object, str)          # tolerance | None, outcome | None, note

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setTitle(self.tr("Needling session"))
        self.setObjectName("sessionBox")
        form = QFormLayout(self)
        self.tolerance = _choice(adv.Tolerance)
        self.outcome = _choice(adv.Outcome)
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Needed when stopped early or worse"))
        self.save = QPushButton(self.tr("Save session"))
        self.save.clicked.connect(lambda: self.sessionSaved.emit(self.tolerance.currentData(),
                                                                 self.outcome.currentData(), self.note.text()))
        self.hint = QLabel(self.tr("No needled trigger points at this visit."))
        theme.style(self.hint, "color: @muted;")
        self.hint.setWordWrap(True)
        form.addRow(self.tr("Tolerance"), self.tolerance)
        form.addRow(self.tr("Immediate outcome"), self.outcome)
        form.addRow(self.tr("Note"), self.note)
        form.addRow(self.save)
        form.addRow(self.hint)

    def show_session(self, session, needled: bool, editable: bool) -> None:
        """session: a bodymap.services.safety.SessionRecord, or None when no visit is open."""
        for combo, value in ((self.tolerance, session.tolerance if session else None),
                             (self.outcome, session.outcome if session else None)):
            combo.setCurrentIndex(max(0, combo.findData(value)) if value else 0)
        self.note.setText(session.note if session else "")
        enabled = session is not None and editable and (needled or session.recorded)
        for w in (self.tolerance, self.outcome, self.note, self.save):
            w.setEnabled(enabled)
        self.hint.setVisible(session is not None and not needled)
