"""Choosing the diagram a view is charted on: the built-in line art or a clinic diagram."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from bodymap.domain.diagrams import load_view
from bodymap.errors import BodymapError, ConflictError
from bodymap.render import i18n
from bodymap.ui.widgets import theme

BUILT_IN = None


class ChooseTemplateDialog(QDialog):
    """The built-in line art and the clinic's active diagrams for one view.

    ``choice`` after Use: None for the line art, else the template id; ``calibrate_requested``
    is True when Calibrate… was pressed (the caller opens the calibration)."""

    def __init__(self, service, view_id: str, current_id: int | None = None, parent=None):
        super().__init__(parent)
        self.service = service
        self.view_id = view_id
        self.choice: int | None = current_id
        self.calibrate_requested = False
        self.setWindowTitle(self.tr("Diagram for the {view} view").format(
            view=i18n.current().name("views", view_id, load_view(view_id).label)))
        self.list = QListWidget()
        self.list.itemDoubleClicked.connect(lambda _i: self.buttons.accepted.emit())
        self.error = QLabel()
        self.error.setWordWrap(True)
        theme.style(self.error, "color: @danger;")
        hint = QLabel(self.tr("Marks are stored on the built-in view either way, so reports, comparisons "
                              "and exports are the same whichever diagram you chart on."))
        hint.setWordWrap(True)
        theme.style(hint, "color: @muted;")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(self.tr("Use"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.calibrate_button = QPushButton(self.tr("Calibrate…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.buttons.addButton(self.calibrate_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.remove_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.calibrate_button.clicked.connect(self.calibrate)
        self.remove_button.clicked.connect(self.remove)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentRowChanged.connect(lambda _r: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(460, 360)
        self.reload(current_id)

    def reload(self, select_id: int | None = None) -> None:
        self.list.clear()
        builtin = QListWidgetItem(self.tr("Built-in line art"))
        builtin.setData(Qt.ItemDataRole.UserRole, BUILT_IN)
        self.list.addItem(builtin)
        try:
            templates = self.service.list_templates(self.view_id, active_only=True)
        except BodymapError as exc:
            self.error.setText(i18n.message(exc))
            templates = []
        self.templates = {t.id: t for t in templates}
        row = 0
        for t in templates:
            if t.calibrated:
                text = self.tr("{name}  ({width} × {height} px, {count} landmarks)").format(
                    name=t.name, width=t.width, height=t.height, count=len(t.pairs))
            else:
                text = self.tr("{name}  ({width} × {height} px, not calibrated yet)").format(
                    name=t.name, width=t.width, height=t.height)
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
            if t.id == select_id:
                row = self.list.count() - 1
        self.list.setCurrentRow(row)
        self._update_buttons()

    def selected_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select(self, template_id: int | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == template_id:
                self.list.setCurrentRow(row)

    def _update_buttons(self) -> None:
        is_template = self.selected_id() is not None
        self.calibrate_button.setEnabled(is_template)
        self.remove_button.setEnabled(is_template)

    def calibrate(self) -> None:
        if self.selected_id() is None:
            return
        self.choice = self.selected_id()
        self.calibrate_requested = True
        super().accept()

    def remove(self) -> None:
        template_id = self.selected_id()
        if template_id is None:
            return
        name = self.templates[template_id].name
        answer = QMessageBox.question(self, self.tr("Remove clinic diagram"),
                                      self.tr("Remove “{name}” from the list? Marks charted on it are kept "
                                              "(they are stored on the built-in view).").format(name=name))
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            self.service.set_active(template_id, False, expected_version=self.templates[template_id].version)
        except ConflictError as exc:       # changed on another workstation: list what is stored now
            self.reload(template_id)
            self.error.setText(i18n.message(exc))
            return
        except BodymapError as exc:
            self.error.setText(i18n.message(exc))
            return
        self.reload()

    def accept(self) -> None:
        template_id = self.selected_id()
        if template_id is not None and not self.templates[template_id].calibrated:
            self.choice = template_id             # not calibrated: calibrate it first
            self.calibrate_requested = True
        else:
            self.choice = template_id
        super().accept()
