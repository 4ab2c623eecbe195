"""Backups in the window: the newest backup's age in the status bar, File > Back up now, a
second folder on another disk that receives a copy of every backup, and File > Restore from a
backup… with the same checks as `bodymap restore`.

app.run_gui attaches the database in use (`attach(url, release)`): `release` closes the
window's connections before a restore replaces the file; after a restore the window closes and
bodymap is started again on the restored database."""
from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from bodymap.errors import BackupError, BodymapError
from bodymap.render import i18n
from bodymap.render.i18n import translate
from bodymap.services.backups import Backups

ON_SERVER = QT_TRANSLATE_NOOP("Backups", "The database is on a server: back it up there (docs/SECURITY.md).")
RESTORE_ON_SERVER = QT_TRANSLATE_NOOP(
    "Backups", "The database is on a server: restore it there with pg_restore (docs/SECURITY.md).")
WRITTEN = QT_TRANSLATE_NOOP("Backups", "Backup written: {path}")


def _english_plural(text: str, n: int) -> str:
    """'%n patient(s)' as English has it when no translation is installed (1 patient, 2 patients)."""
    return text.replace("(s)", "" if n == 1 else "s")


class BackupCounts(QObject):
    """The counts said with each language's plural forms (numerus in the .ts; lupdate reads them
    only from self.tr)."""

    def days_ago(self, n: int) -> str:
        return _english_plural(self.tr("%n day(s) ago", "", n), n)

    def patients(self, n: int) -> str:
        return _english_plural(self.tr("%n patient(s)", "", n), n)


def _size(n: int) -> str:
    lang = i18n.current()
    return translate("Backups", "{size} MB").format(size=lang.number(n / 1e6, 1)) if n >= 100_000 else \
        translate("Backups", "{size} KB").format(size=lang.locale.toString(max(1, round(n / 1e3))))


def age_text(taken_at: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """'never', 'just now', '12 min ago', '5 h ago', '3 days ago' in the interface language
    (services.backups.age_text's steps)."""
    if taken_at is None:
        return translate("Backups", "never")
    now = now or dt.datetime.now(dt.UTC)
    seconds = max(0.0, (now - taken_at).total_seconds())
    if seconds < 60:
        return translate("Backups", "just now")
    if seconds < 3600:
        return translate("Backups", "{minutes} min ago").format(minutes=int(seconds // 60))
    if seconds < 2 * 86400:
        return translate("Backups", "{hours} h ago").format(hours=int(seconds // 3600))
    days = int(seconds // 86400)
    return BackupCounts().days_ago(days)


def status_text(backups: Backups, now: dt.datetime | None = None) -> str:
    """For the status bar: 'Last backup: 3 h ago', and the second folder's when there is one
    (services.backups.Backups.status in the interface language)."""
    if not backups.available:
        return translate("Backups", "Backups: on the database server")
    newest = backups.newest()
    text = translate("Backups", "Last backup: {age}").format(age=age_text(newest.taken_at if newest else None,
                                                                           now))
    if backups.second_folder is not None:
        second = backups.newest_second()
        text += translate("Backups", " (other disk: {age})").format(age=age_text(second.taken_at if second else None,
                                                                                   now))
    return text


def _when(taken_at: dt.datetime) -> str:
    return i18n.current().date_time(taken_at.astimezone())


class RestoreDialog(QDialog):
    """Pick one of the dated backups (newest first) or another file."""

    def __init__(self, backups: Backups, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("restoreDialog")
        self.setWindowTitle(self.tr("Restore from a backup"))
        self.chosen: Path | None = None
        layout = QVBoxLayout(self)
        folder = QLabel(self.tr("Backups in {folder}:").format(folder=backups.folder), self)
        folder.setWordWrap(True)
        layout.addWidget(folder)
        self.list = QListWidget(self)
        for info in backups.all_backups():
            when = _when(info.taken_at) if info.taken_at else info.path.name
            item = QListWidgetItem(f"{when}  ·  {age_text(info.taken_at)}  ·  {_size(info.size)}")
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        layout.addWidget(self.list)
        other = QPushButton(self.tr("Another file (a USB disk, a copy)…"), self)
        other.clicked.connect(self._other_file)
        layout.addWidget(other)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel,
                                        self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore…"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.resize(520, 360)

    def _other_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Restore from a backup file"), "",
                                              self.tr("bodymap backups (*.sqlite3);;All files (*)"))
        if name:
            self.chosen = Path(name)
            self.accept()

    def accept(self) -> None:
        if self.chosen is None and self.list.currentItem() is not None:
            self.chosen = Path(self.list.currentItem().data(Qt.ItemDataRole.UserRole))
        if self.chosen is not None:
            super().accept()


class BackupController:
    """MainWindow.backups: the status-bar age, Back up now, Restore from a backup…"""

    def __init__(self, window: QWidget) -> None:
        self.window = window
        self.backups: Backups | None = None
        self.release: Callable[[], None] = lambda: None
        self.after_restore: Callable[[], None] = window.close
        self.label = QLabel()
        self.label.setObjectName("backupAge")
        self.label.hide()
        window.statusBar().addPermanentWidget(self.label)
        self.timer = QTimer(window, interval=60_000)
        self.timer.timeout.connect(self.refresh)

    SECOND_FOLDER_KEY = "backup/second_folder"

    def attach(self, url: str | None, release: Callable[[], None] = lambda: None) -> None:
        settings = getattr(self.window, "settings", None)
        second = settings.value(self.SECOND_FOLDER_KEY) if settings is not None else None
        self.backups = Backups(url, Path(second) if second else None)
        self.release = release
        self.label.show()
        self.refresh()
        self.timer.start()

    def refresh(self) -> None:
        if self.backups is not None:
            self.label.setText(status_text(self.backups))
            newest = self.backups.newest() if self.backups.available else None
            self.label.setToolTip(str(newest.path) if newest else "")

    def _message(self, text: str) -> None:
        QMessageBox.information(self.window, translate("Backups", "bodymap — backups"), text)

    def back_up_now(self) -> Path | None:
        if self.backups is None or not self.backups.available:
            self._message(translate("Backups", ON_SERVER))
            return None
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            path = self.backups.back_up_now()
        except BackupError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, translate("Backups", "bodymap — backup failed"), i18n.message(exc))
            return None
        try:
            self.backups.copy_to_second_folder()
        except BackupError as exc:
            QApplication.restoreOverrideCursor()
            QMessageBox.warning(self.window, translate("Backups", "bodymap — backup"),
                                translate("Backups", "The backup was written to {path}, but not to the other "
                                                     "disk:\n\n{reason}").format(path=path, reason=i18n.message(exc)))
            self.refresh()
            return path
        QApplication.restoreOverrideCursor()
        self.refresh()
        self.window.statusBar().showMessage(translate("Backups", WRITTEN).format(path=path), 10_000)
        return path

    def daily(self) -> None:
        """Hourly from run_gui: the daily backup when due, and its copy on the other disk."""
        if self.backups is None or not self.backups.available:
            return
        try:
            written = self.backups.scheduled()
        except BodymapError as exc:            # BackupError, or CorruptDatabaseError from its check
            self.window.statusBar().showMessage(translate("Backups", "Backup failed: {reason}").format(reason=i18n.message(exc)),
                                                15_000)
            written = []
        if written:
            self.window.statusBar().showMessage(translate("Backups", WRITTEN).format(path=written[0]), 10_000)
        self.refresh()

    def choose_second_folder(self) -> None:
        """File > Backups on another disk…: a folder on a USB disk or a network folder that
        receives a copy of every backup (this workstation's choice)."""
        if self.backups is None or not self.backups.available:
            self._message(translate("Backups", ON_SERVER))
            return
        current = self.backups.second_folder
        if current is not None:
            answer = QMessageBox.question(
                self.window, translate("Backups", "bodymap — backups on another disk"),
                translate("Backups", "Backups are also copied to {folder}.\n\nChoose another folder (Yes) or stop "
                                     "copying them there (No)?").format(folder=current),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Yes)
            if answer == QMessageBox.StandardButton.Cancel:
                return
            if answer == QMessageBox.StandardButton.No:
                self.set_second_folder(None)
                return
        folder = QFileDialog.getExistingDirectory(
            self.window, translate("Backups", "A folder on another disk for copies of the backups"))
        if folder:
            self.set_second_folder(Path(folder))
            self.back_up_now()

    def set_second_folder(self, folder: Path | None) -> None:
        assert self.backups is not None
        self.backups.second_folder = folder
        settings = getattr(self.window, "settings", None)
        if settings is not None:
            if folder is None:
                settings.remove(self.SECOND_FOLDER_KEY)
            else:
                settings.setValue(self.SECOND_FOLDER_KEY, str(folder))
        self.refresh()

    def restore(self) -> None:
        if self.backups is None or not self.backups.available:
            self._message(translate("Backups", RESTORE_ON_SERVER))
            return
        dialog = RestoreDialog(self.backups, self.window)
        if dialog.exec() and dialog.chosen is not None:
            self.restore_file(dialog.chosen)

    def restore_file(self, path: Path) -> Path | None:
        """Check, ask, replace; returns where the old database is kept (None when not restored)."""
        assert self.backups is not None
        try:
            info = self.backups.check(path)
        except BackupError as exc:
            QMessageBox.critical(self.window, translate("Backups", "bodymap — not restored"),
                                 translate("Backups", "{reason}\n\nNothing was changed.").format(reason=i18n.message(exc)))
            return None
        when = _when(info.taken_at) if info.taken_at else path.name
        count = info.patients
        patients = BackupCounts().patients(count) if count is not None else ""
        answer = QMessageBox.question(
            self.window, translate("Backups", "bodymap — restore"),
            translate("Backups", "Replace the database with the backup of {when} ({patients})?\n\n"
                                 "Everything charted since then is replaced. The current database is kept beside it "
                                 "(…before-restore-…) and bodymap closes afterwards; start it again. Close bodymap on "
                                 "every other workstation using this database first.").format(when=when,
                                                                                              patients=patients),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.release()
        try:
            kept = self.backups.restore(path)
        except BackupError as exc:
            QMessageBox.critical(self.window, translate("Backups", "bodymap — not restored"), i18n.message(exc))
            return None
        QMessageBox.information(self.window, translate("Backups", "bodymap — restored"),
                                translate("Backups", "The backup of {when} is now the database.").format(when=when)
                                + (translate("Backups", "\n\nThe previous database is kept as {path}.").format(
                                    path=kept) if kept else "")
                                + translate("Backups", "\n\nbodymap closes now: start it again."))
        self.after_restore()
        return kept
