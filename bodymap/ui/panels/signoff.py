"""The Sign action's dialog: every unmet sign-off rule at once, each with a button that goes to it,
or (when nothing is open) the final confirmation naming who signs and who treated."""
from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.signoff import Blocker, SignOffProblem
from bodymap.render import i18n

GO_TO = {
    Blocker.CLINICIAN: QT_TRANSLATE_NOOP("SignOffDialog", "Visit details…"),
    Blocker.CARRIED: QT_TRANSLATE_NOOP("SignOffDialog", "Show the mark"),
    Blocker.CONSENT: QT_TRANSLATE_NOOP("SignOffDialog", "Record consent…"),
    Blocker.SCREEN: QT_TRANSLATE_NOOP("SignOffDialog", "Open the screen"),
    Blocker.COUNT: QT_TRANSLATE_NOOP("SignOffDialog", "Open the count"),
    Blocker.THORAX: QT_TRANSLATE_NOOP("SignOffDialog", "Acknowledge…"),
}


class SignOffDialog(QDialog):
    """Lists the problems; `chosen` is the problem whose button was pressed (the dialog closes and
    the window goes there). Nothing is changed by opening or closing it."""

    def __init__(self, problems: Sequence[SignOffProblem], parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("This visit cannot be signed yet"))
        self.setMinimumWidth(560)
        self.chosen: SignOffProblem | None = None
        n = len(problems)
        heading = (self.tr("{count} thing to complete before this visit can be signed.") if n == 1
                   else self.tr("{count} things to complete before this visit can be signed."))
        intro = QLabel(f"<b>{heading.format(count=n)}</b> " + self.tr("Nothing has been changed."))
        intro.setWordWrap(True)
        rows = QWidget()
        grid = QGridLayout(rows)
        grid.setColumnStretch(1, 1)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(8)
        self.buttons_by_problem: list[tuple[SignOffProblem, QPushButton | None]] = []
        for row, problem in enumerate(problems):
            number = QLabel(f"{row + 1}.")
            number.setAlignment(Qt.AlignmentFlag.AlignRight)
            text = QLabel(i18n.message(problem.message))
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(number, row, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, row, 1, Qt.AlignmentFlag.AlignTop)
            label = GO_TO.get(problem.kind)
            button = None
            if label:
                button = QPushButton(self.tr(label))
                button.setObjectName(f"goTo_{problem.kind.value}_{row}")
                button.clicked.connect(lambda _checked=False, p=problem: self._go(p))
                grid.addWidget(button, row, 2, Qt.AlignmentFlag.AlignTop)
            self.buttons_by_problem.append((problem, button))
        grid.setRowStretch(len(problems), 1)          # rows keep their height; the space goes below
        scroll = QScrollArea()
        scroll.setWidget(rows)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        # as tall as the rows wrapped to the dialog's width (German wraps to more lines), at most 420
        scroll.setMinimumHeight(min(420, max(36 * n + 12, rows.heightForWidth(self.minimumWidth() - 24))))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addWidget(close)
        self.resize(self.minimumWidth(), self.minimumSizeHint().height())

    def _go(self, problem: SignOffProblem) -> None:
        self.chosen = problem
        self.accept()
