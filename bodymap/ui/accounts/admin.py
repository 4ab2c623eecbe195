"""Administration and the record's history: accounts, the audit trail of a visit, addenda."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTime
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
from bodymap.domain.reference import muscle_name
from bodymap.errors import BodymapError, ConflictError
from bodymap.render import i18n

# in the English source; HistoryDialog shows them in the interface language
ACTION_LABELS = {"create": QT_TRANSLATE_NOOP("HistoryDialog", "Created"),
                 "update": QT_TRANSLATE_NOOP("HistoryDialog", "Changed"),
                 "delete": QT_TRANSLATE_NOOP("HistoryDialog", "Deleted"),
                 "sign": QT_TRANSLATE_NOOP("HistoryDialog", "Signed"),
                 "addendum": QT_TRANSLATE_NOOP("HistoryDialog", "Addendum")}
ENTITY_LABELS = {"visit": QT_TRANSLATE_NOOP("HistoryDialog", "visit"),
                 "trigger_point": QT_TRANSLATE_NOOP("HistoryDialog", "trigger point"),
                 "zone": QT_TRANSLATE_NOOP("HistoryDialog", "zone"),
                 "patient": QT_TRANSLATE_NOOP("HistoryDialog", "patient"),
                 "user": QT_TRANSLATE_NOOP("HistoryDialog", "account")}
# the side and finding of a trigger point in the summary, in the interface language
WORDS = {"left": QT_TRANSLATE_NOOP("HistoryDialog", "left"), "right": QT_TRANSLATE_NOOP("HistoryDialog", "right"),
         "active": QT_TRANSLATE_NOOP("HistoryDialog", "active"), "latent": QT_TRANSLATE_NOOP("HistoryDialog", "latent")}
# the field names of the Details column (a record's attributes as the audit row stores them)
FIELDS = {"carried_from_id": QT_TRANSLATE_NOOP("HistoryDialog", "carried forward from"),
          "carry_confirmed": QT_TRANSLATE_NOOP("HistoryDialog", "carry-forward confirmed"),
          "chart_number": QT_TRANSLATE_NOOP("HistoryDialog", "chart number"),
          "chief_complaint": QT_TRANSLATE_NOOP("HistoryDialog", "chief complaint"),
          "clinician": QT_TRANSLATE_NOOP("HistoryDialog", "clinician"),
          "clinician_id": QT_TRANSLATE_NOOP("HistoryDialog", "treating clinician"),
          "created_by": QT_TRANSLATE_NOOP("HistoryDialog", "created by"),
          "date_of_birth": QT_TRANSLATE_NOOP("HistoryDialog", "date of birth"),
          "depth": QT_TRANSLATE_NOOP("HistoryDialog", "depth"),
          "depth_mm": QT_TRANSLATE_NOOP("HistoryDialog", "needling depth (mm)"),
          "findings": QT_TRANSLATE_NOOP("HistoryDialog", "findings"),
          "intensity": QT_TRANSLATE_NOOP("HistoryDialog", "intensity"),
          "language": QT_TRANSLATE_NOOP("HistoryDialog", "handout language"),
          "muscle": QT_TRANSLATE_NOOP("HistoryDialog", "muscle"),
          "name": QT_TRANSLATE_NOOP("HistoryDialog", "name"),
          "needle_size": QT_TRANSLATE_NOOP("HistoryDialog", "needle size"),
          "needled": QT_TRANSLATE_NOOP("HistoryDialog", "needled"),
          "notes": QT_TRANSLATE_NOOP("HistoryDialog", "notes"),
          "overall_pain": QT_TRANSLATE_NOOP("HistoryDialog", "overall pain"),
          "patient_id": QT_TRANSLATE_NOOP("HistoryDialog", "patient"),
          "polygons": QT_TRANSLATE_NOOP("HistoryDialog", "outline"),
          "pressure_pain": QT_TRANSLATE_NOOP("HistoryDialog", "pressure pain"),
          "quality": QT_TRANSLATE_NOOP("HistoryDialog", "pain quality"),
          "region": QT_TRANSLATE_NOOP("HistoryDialog", "region"),
          "regions": QT_TRANSLATE_NOOP("HistoryDialog", "regions"),
          "sex": QT_TRANSLATE_NOOP("HistoryDialog", "sex"),
          "side": QT_TRANSLATE_NOOP("HistoryDialog", "side"),
          "sides": QT_TRANSLATE_NOOP("HistoryDialog", "sides"),
          "signed_at": QT_TRANSLATE_NOOP("HistoryDialog", "signed at"),
          "signed_by": QT_TRANSLATE_NOOP("HistoryDialog", "signed by"),
          "signed_by_id": QT_TRANSLATE_NOOP("HistoryDialog", "signed by (account)"),
          "site": QT_TRANSLATE_NOOP("HistoryDialog", "site"),
          "started_at": QT_TRANSLATE_NOOP("HistoryDialog", "date and time"),
          "status": QT_TRANSLATE_NOOP("HistoryDialog", "status"),
          "trigger_point_count": QT_TRANSLATE_NOOP("HistoryDialog", "trigger points"),
          "twitch_responses": QT_TRANSLATE_NOOP("HistoryDialog", "twitch responses"),
          "version": QT_TRANSLATE_NOOP("HistoryDialog", "version"),
          "view": QT_TRANSLATE_NOOP("HistoryDialog", "view"),
          "x": QT_TRANSLATE_NOOP("HistoryDialog", "x"),
          "y": QT_TRANSLATE_NOOP("HistoryDialog", "y"),
          "zone_count": QT_TRANSLATE_NOOP("HistoryDialog", "zones"),
          "text": QT_TRANSLATE_NOOP("HistoryDialog", "text"),
          "username": QT_TRANSLATE_NOOP("HistoryDialog", "user name")}
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
        parts = [f"{_field(k)}: {_short(before.get(k))} → {_short(after.get(k))}" for k in keys]
        return "; ".join(parts) or QCoreApplication.translate("HistoryDialog", "no visible change")
    data = after or before or {}
    if "visit" in data and isinstance(data["visit"], dict):
        data = data["visit"]
    if data.get("region_label") or data.get("muscle"):
        side, status = _word(data.get("side", "")), _word(data.get("status", ""))
        where = data.get("region_label") or _muscle(data["muscle"])
        return f"{where}{'' if side in ('', 'midline') else f' ({side})'}, {status}".rstrip(", ")
    if "quality" in data:
        return f"{str(data['quality']).replace('_', ' ')} {data.get('intensity', '')}/10, " \
               f"{', '.join(data.get('sides') or [])}"
    for key in ("text", "signed_by", "chief_complaint", "name", "username"):
        if data.get(key):
            return f"{_field(key)}: {_short(data[key])}"
    return ""


def _field(key: str) -> str:
    """A field's name for the Details column in the interface language; an unknown one as it is stored."""
    return QCoreApplication.translate("HistoryDialog", FIELDS[key]) if key in FIELDS else key.replace("_", " ")


def _word(value) -> str:
    return QCoreApplication.translate("HistoryDialog", WORDS[value]) if value in WORDS else str(value or "")


def _muscle(muscle_id: str) -> str:
    """The muscle's name (the name tables in the interface language), its id when unknown."""
    try:
        english = muscle_name(muscle_id)
    except KeyError:
        return muscle_id
    return i18n.current().name("muscles", muscle_id, english)


def _short(value, limit: int = 60) -> str:
    text = ", ".join(map(str, value)) if isinstance(value, list) else ("—" if value in (None, "") else str(value))
    return text if len(text) <= limit else text[: limit - 1] + "…"


def when(at) -> str:
    """An audit entry's local date and time, to the second, in the interface language's format."""
    lang, local = i18n.current(), at.astimezone()
    return f"{lang.date(local)} {lang.locale.toString(QTime(local.hour, local.minute, local.second), 'HH:mm:ss')}"


class HistoryDialog(QDialog):
    """The audit trail of one visit: read-only, oldest first."""

    def __init__(self, audit, visit_id: int, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Visit history (audit trail)"))
        self.resize(900, 520)
        note = QLabel(self.tr("Every change to this visit, who made it and when. The trail cannot be edited."))
        note.setWordWrap(True)
        self.table = _read_only_table([self.tr("When"), self.tr("Who"), self.tr("Action"), self.tr("What"),
                                       self.tr("Details")])
        for entry in audit.for_visit(visit_id):
            row = self.table.rowCount()
            self.table.insertRow(row)
            action, entity = ACTION_LABELS.get(entry.action), ENTITY_LABELS.get(entry.entity)
            values = [when(entry.at), entry.actor_name,
                      self.tr(action) if action else entry.action, self.tr(entity) if entity else entry.entity,
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
        self.setWindowTitle(self.tr("Add an addendum"))
        self.setMinimumWidth(480)
        note = QLabel(self.tr("The visit is signed. An addendum records a correction or a later note "
                              "with your name and the time; the signed record itself does not change."))
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
        self.setWindowTitle(self.tr("New account"))
        self.full_name, self.username = QLineEdit(), QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.role = QComboBox()
        self.role.addItem(self.tr("Clinician"), Role.CLINICIAN.value)
        self.role.addItem(self.tr("Administrator"), Role.ADMIN.value)
        form = QFormLayout(self)
        form.addRow(self.tr("Full name"), self.full_name)
        form.addRow(self.tr("User name"), self.username)
        form.addRow(self.tr("Initial password"), self.password)
        form.addRow(self.tr("Role"), self.role)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)


class AccountsDialog(QDialog):
    """Administrators manage accounts and the screen-lock time."""

    def __init__(self, accounts, settings, admin, parent=None):
        super().__init__(parent)
        self.accounts, self.settings, self.admin = accounts, settings, admin
        self.setWindowTitle(self.tr("Accounts and security"))
        self.resize(720, 440)
        self.table = _read_only_table([self.tr("Name"), self.tr("User name"), self.tr("Role"), self.tr("Active")])
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)      # the name takes the room; the others fit their words
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        add = QPushButton(self.tr("New account…"))
        reset = QPushButton(self.tr("Reset password…"))
        toggle = QPushButton(self.tr("Activate / deactivate"))
        role = QPushButton(self.tr("Switch role"))
        add.clicked.connect(self.add)
        reset.clicked.connect(self.reset_password)
        toggle.clicked.connect(self.toggle_active)
        role.clicked.connect(self.switch_role)
        self.lock = QDoubleSpinBox()
        self.lock.setRange(1, 240)
        self.lock.setDecimals(0)
        self.lock.setSuffix(self.tr(" min"))
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
        lock_row.addWidget(QLabel(self.tr("Lock the screen after")))
        lock_row.addWidget(self.lock)
        lock_row.addWidget(QLabel(self.tr("without input")))
        lock_row.addStretch(1)
        keep_row = QHBoxLayout()
        keep_row.addWidget(QLabel(self.tr("Keep")))
        keep_row.addWidget(self.keep)
        keep_row.addWidget(QLabel(self.tr("daily database backups (SQLite)")))
        keep_row.addStretch(1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(row)
        layout.addLayout(lock_row)
        layout.addLayout(keep_row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.users = self.accounts.list_users()
        self.table.setRowCount(0)
        for user in self.users:
            r = self.table.rowCount()
            self.table.insertRow(r)
            for c, v in enumerate([user.display_name, user.username,
                                   self.tr("Administrator") if user.is_admin else self.tr("Clinician"),
                                   self.tr("yes") if user.active else self.tr("no")]):
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
            QMessageBox.warning(self, self.tr("Accounts"), i18n.message(exc))
            self.refresh()
            self._load_settings()
            return False
        except BodymapError as exc:
            QMessageBox.warning(self, self.tr("Accounts"), i18n.message(exc))
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
        password, ok = QInputDialog.getText(self, self.tr("Reset password"),
                                            self.tr("New password for {name}:").format(name=user.display_name),
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
