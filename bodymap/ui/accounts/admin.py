"""Administration and the record's history: accounts, the audit trail of a visit, addenda."""
from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from bodymap.domain.accounts import Role
from bodymap.errors import BodymapError, ConflictError

ACTION_LABELS = {"create": "Created", "update": "Changed", "delete": "Deleted", "sign": "Signed",
                 "addendum": "Addendum"}
ENTITY_LABELS = {"visit": "visit", "trigger_point": "trigger point", "zone": "zone", "patient": "patient",
                 "user": "account"}
SKIP_KEYS = {"id", "visit_id", "zone_ids", "source_ids", "region_label", "diagram_version"}


def _read_only_table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setWordWrap(True)
    return table


def describe_change(before: dict | None, after: dict | None) -> str:
    """A short human summary of what an audit entry changed."""
    if before and after:
        keys = [k for k in after if k not in SKIP_KEYS and before.get(k) != after.get(k)]
        parts = [f"{k.replace('_', ' ')}: {_short(before.get(k))} → {_short(after.get(k))}" for k in keys]
        return "; ".join(parts) or "no visible change"
    data = after or before or {}
    if "visit" in data and isinstance(data["visit"], dict):
        data = data["visit"]
    if data.get("region_label") or data.get("muscle"):
        side = data.get("side", "")
        where = data.get("region_label") or data.get("muscle")
        return f"{where}{'' if side in ('', 'midline') else f' ({side})'}, {data.get('status', '')}".rstrip(", ")
    if "quality" in data:
        return f"{str(data['quality']).replace('_', ' ')} {data.get('intensity', '')}/10, " \
               f"{', '.join(data.get('sides') or [])}"
    for key in ("text", "signed_by", "chief_complaint", "name", "username"):
        if data.get(key):
            return f"{key.replace('_', ' ')}: {_short(data[key])}"
    return ""


def _short(value, limit: int = 60) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else ("—" if value in (None, "") else str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


class HistoryDialog(QDialog):
    """The audit trail of one visit: read-only, oldest first."""

    def __init__(self, audit, visit_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Visit history (audit trail)")
        self.resize(900, 520)
        note = QLabel("Every change to this visit, who made it and when. The trail cannot be edited.")
        self.table = _read_only_table(["When", "Who", "Action", "What", "Details"])
        for entry in audit.for_visit(visit_id):
            row = self.table.rowCount()
            self.table.insertRow(row)
            values = [entry.at.astimezone().strftime("%d %b %Y %H:%M:%S"), entry.actor_name,
                      ACTION_LABELS.get(entry.action, entry.action), ENTITY_LABELS.get(entry.entity, entry.entity),
                      describe_change(entry.before, entry.after)]
            for col, value in enumerate(values):
                self.table.setItem(row, col, QTableWidgetItem(value))
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.table)
        layout.addWidget(buttons)


class AddendumDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("Add an addendum")
        self.setMinimumWidth(480)
        note = QLabel("The visit is signed. An addendum records a correction or a later note "
                      "with your name and the time; the signed record itself does not change.")
        note.setWordWrap(True)
        self.text = QPlainTextEdit()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.text)
        layout.addWidget(buttons)


class NewAccountDialog(QDialog):
    def __init__(self, parent=None):
        super().__init__(parent)
        self.setWindowTitle("New account")
        self.full_name, self.username = QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.addItem("Clinician", Role.CLINICIAN.value)
        self.role.addItem("Administrator", Role.ADMIN.value)
        form = QFormLayout(self)
        form.addRow("Full name", self.full_name)
        form.addRow("User name", self.username)
        form.addRow("Initial password", self.password)
        form.addRow("Role", self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AccountsDialog(QDialog):
    """Administrators manage accounts and the screen-lock time."""

    def __init__(self, accounts, settings, admin, parent=None):
        super().__init__(parent)
        self.accounts, self.settings, self.admin = accounts, settings, admin
        self.setWindowTitle("Accounts and security")
        self.resize(720, 440)
        self.table = _read_only_table(["Name", "User name", "Role", "Active"])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        add = QPushButton("New account…")
        reset = QPushButton("Reset password…")
        toggle = QPushButton("Activate / deactivate")
        role = QPushButton("Switch role")
        add.clicked.connect(self.add)
        reset.clicked.connect(self.reset_password)
        toggle.clicked.connect(self.toggle_active)
        role.clicked.connect(self.switch_role)
        self.lock = QDoubleSpinBox()
        self.lock.setRange(1, 240)
        self.lock.setDecimals(0)
        self.lock.setSuffix(" min")
        self.lock.editingFinished.connect(self.save_lock)
        self.keep = QSpinBox()
        self.keep.setRange(1, 365)
        self.keep.editingFinished.connect(self.save_keep)
        self._load_settings()
        row = QHBoxLayout()
        for b in (add, reset, toggle, role):
            row.addWidget(b)
        row.addStretch(1)
        lock_row = QHBoxLayout()
        lock_row.addWidget(QLabel("Lock the screen after"))
        lock_row.addWidget(self.lock)
        lock_row.addWidget(QLabel("without input"))
        lock_row.addSpacing(24)
        lock_row.addWidget(QLabel("Keep"))
        lock_row.addWidget(self.keep)
        lock_row.addWidget(QLabel("daily database backups (SQLite)"))
        lock_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addLayout(lock_row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.users = self.accounts.list_users()
        self.table.setRowCount(0)
        for user in self.users:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, v in enumerate([user.display_name, user.username,
                                   "Administrator" if user.is_admin else "Clinician",
                                   "yes" if user.active else "no"]):
                self.table.setItem(r, c, QTableWidgetItem(v))

    def selected(self):
        row = self.table.currentRow()
        return self.users[row] if 0 <= row < len(self.users) else None

    def _load_settings(self) -> None:
        """The lock time and backup count as stored, with the versions their changes carry."""
        from bodymap.migrations.backup import KEEP_KEY
        from bodymap.services.settings import LOCK_KEY
        self.lock_version = self.settings.version(LOCK_KEY)
        self.keep_version = self.settings.version(KEEP_KEY)
        self.lock_loaded, self.keep_loaded = self.settings.lock_minutes(), self.settings.backup_keep()
        self.lock.setValue(self.lock_loaded)
        self.keep.setValue(self.keep_loaded)

    def save_lock(self) -> None:
        if self.lock.value() != self.lock_loaded:          # leaving the field unchanged writes nothing
            self._do(self.settings.set_lock_minutes, self.lock.value(), self.lock_version)

    def save_keep(self) -> None:
        if self.keep.value() != self.keep_loaded:
            self._do(self.settings.set_backup_keep, self.keep.value(), self.keep_version)

    def _do(self, fn, *args) -> bool:
        """fn(*args) with the versions loaded; on success or a conflict (another workstation
        changed the account or setting: the message says so) everything is reloaded."""
        try:
            fn(*args)
        except ConflictError as exc:
            QMessageBox.warning(self, "Accounts", str(exc))
            self.refresh()
            self._load_settings()
            return False
        except BodymapError as exc:
            QMessageBox.warning(self, "Accounts", str(exc))
            return False
        self.refresh()
        self._load_settings()
        return True

    def add(self) -> None:
        dialog = NewAccountDialog(self)
        if dialog.exec():
            self._do(self.accounts.create_user, self.admin, dialog.username.text(), dialog.full_name.text(),
                     dialog.password.text(), dialog.role.currentData())

    def reset_password(self) -> None:
        user = self.selected()
        if user is None:
            return
        password, ok = QInputDialog.getText(self, "Reset password", f"New password for {user.display_name}:",
                                            QLineEdit.EchoMode.Password)
        if ok:
            self._do(self.accounts.set_password, self.admin, user.id, password, None, user.version)

    def toggle_active(self) -> None:
        user = self.selected()
        if user is not None:
            self._do(self.accounts.set_active, self.admin, user.id, not user.active, user.version)

    def switch_role(self) -> None:
        user = self.selected()
        if user is not None:
            new = Role.CLINICIAN if user.is_admin else Role.ADMIN
            self._do(self.accounts.set_role, self.admin, user.id, new, user.version)
