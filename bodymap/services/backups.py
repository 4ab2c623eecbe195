"""The SQLite backups as the window shows them: how old the newest is, a backup now, the list,
and a checked restore (migrations/backup.py does the work, as for `bodymap backup` / `restore`).

A server database (PostgreSQL) has none of this: `available` is False and the window says
that the server is backed up on the server (docs/SECURITY.md)."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

from bodymap.errors import QT_TRANSLATE_NOOP, BackupError
from bodymap.migrations import backup
from bodymap.migrations.backup import BackupInfo


def age_text(taken_at: dt.datetime | None, now: dt.datetime | None = None) -> str:
    """'never', 'just now', '12 min ago', '5 h ago', '3 days ago'."""
    if taken_at is None:
        return "never"
    now = now or dt.datetime.now(dt.UTC)
    seconds = max(0.0, (now - taken_at).total_seconds())
    if seconds < 60:
        return "just now"
    if seconds < 3600:
        return f"{int(seconds // 60)} min ago"
    if seconds < 2 * 86400:
        return f"{int(seconds // 3600)} h ago"
    return f"{int(seconds // 86400)} days ago"


class Backups:
    """The rolling backups of the database at `url` (None: the default database)."""

    def __init__(self, url: str | None, second_folder: Path | None = None) -> None:
        from bodymap import db
        self.url = db.resolve_url(url)
        # a copy of every backup on another disk (a USB disk, a network folder), chosen per
        # workstation; the database itself stays on the local disk
        self.second_folder = second_folder
        try:
            self.database: Path | None = backup.sqlite_path(self.url)
        except BackupError:                      # in memory: nothing to back up
            self.database = None

    @property
    def available(self) -> bool:
        return self.database is not None

    @property
    def folder(self) -> Path | None:
        return backup.default_folder(self.database) if self.database is not None else None

    def _require(self) -> Path:
        if self.database is None:
            raise BackupError(backup.PG_DUMP_HELP)
        return self.database

    def all_backups(self) -> list[BackupInfo]:
        return backup.list_backups(self.folder) if self.folder is not None else []

    def newest(self) -> BackupInfo | None:
        found = self.all_backups()
        return found[0] if found else None

    def newest_second(self) -> BackupInfo | None:
        if self.second_folder is None:
            return None
        try:
            found = backup.list_backups(self.second_folder)
        except OSError:                          # the USB disk is not plugged in
            return None
        return found[0] if found else None

    def status(self, now: dt.datetime | None = None) -> str:
        """For the status bar: 'Last backup: 3 h ago', and the second folder's when there is one."""
        if not self.available:
            return "Backups: on the database server"
        newest = self.newest()
        text = f"Last backup: {age_text(newest.taken_at if newest else None, now)}"
        if self.second_folder is not None:
            second = self.newest_second()
            text += f" (other disk: {age_text(second.taken_at if second else None, now)})"
        return text

    def copy_to_second_folder(self) -> Path | None:
        """A dated backup in the second folder too (None when none is chosen); BackupError naming
        the folder when it cannot be written (not plugged in, full, no permission)."""
        if self.second_folder is None:
            return None
        database = self._require()
        folder = Path(self.second_folder)
        if not folder.is_dir():
            raise BackupError(QT_TRANSLATE_NOOP("Backups", "The second backup folder {folder} is not there (is the disk plugged in?).").format(folder=str(folder)))
        return backup.rolling_backup(database, folder, keep=backup.configured_keep(self.url))

    def scheduled(self) -> list[Path]:
        """The daily backup (when the newest is a day old), copied to the second folder too."""
        written = backup.scheduled_backup(self.url, keep=backup.configured_keep(self.url))
        if written is None:
            second = self.newest_second()
            if self.second_folder is None or (second is not None and second.taken_at is not None and
                                              dt.datetime.now(dt.UTC) - second.taken_at < backup.DAY):
                return []
        extra = self.copy_to_second_folder()
        return [p for p in (written, extra) if p is not None]

    def back_up_now(self) -> Path:
        """A new dated backup in the backup folder, keeping as many as the clinic chose."""
        database = self._require()
        path = backup.rolling_backup(database, keep=backup.configured_keep(self.url))
        return path

    def check(self, path: Path) -> BackupInfo:
        """The checks `bodymap restore` makes, before anything is touched."""
        self._require()
        return backup.check_backup_file(Path(path))

    def restore(self, path: Path) -> Path | None:
        """Replace the database with the checked backup; returns where the old one is kept. The
        caller has closed every connection to the database first."""
        return backup.restore(Path(path), self._require())
