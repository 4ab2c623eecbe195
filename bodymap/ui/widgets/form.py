"""The base of the app's forms (patient, visit, consent, adverse event, ...)."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout

from bodymap.errors import BodymapError
from bodymap.render import i18n
from bodymap.ui.widgets import theme


class FormDialog(QDialog):
    """A form with Save and Cancel whose submit() is validated in place: a refused input shows
    the service's message under the form and keeps everything typed."""

    def __init__(self, title: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(440)
        self.form = QFormLayout()
        self.error = QLabel()
        self.error.setObjectName("formError")
        theme.style(self.error, "color: @danger; font-weight: 600;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._try_accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.result_value = None
        self.submit = None        # callable(input) -> record; raises ValidationError

    def show_error(self, text: str | BodymapError) -> None:
        """text, or what a BodymapError says, in the interface language."""
        self.error.setText(i18n.message(text))
        self.error.show()

    def build_input(self):
        raise NotImplementedError

    def _try_accept(self) -> None:
        try:
            value = self.build_input()
            self.result_value = self.submit(value) if self.submit else value
        except BodymapError as exc:   # refused, or database trouble: keep the dialog and what was typed
            self.show_error(exc)
            return
        self.accept()


class _SelectOnFocus(QObject):
    def __init__(self, spin):
        super().__init__(spin)
        self.spin = spin

    def eventFilter(self, watched, event) -> bool:
        if event.type() == QEvent.Type.FocusIn:
            # after the click has placed the cursor: the whole text, so what is typed replaces it
            QTimer.singleShot(0, self.spin.selectAll)
        elif (event.type() == QEvent.Type.MouseButtonRelease and self.spin.specialValueText()
              and self.spin.value() == self.spin.minimum()):
            # a click into a field that already had the focus (a dialog closed, a tab changed) and
            # still says "not counted": that text goes too, or "3" would make "not counted3"
            QTimer.singleShot(0, self.spin.selectAll)
        return False


def typed_over(spin):
    """A number field whose text is selected when it gets the focus, by click as by Tab: a click
    and "6" give 6, not "not rated6" (which the field refuses)."""
    selecting = _SelectOnFocus(spin)
    spin.installEventFilter(selecting)      # the spin box has the focus; its line edit is its proxy
    spin.lineEdit().installEventFilter(selecting)     # and gets the clicks
    return spin
