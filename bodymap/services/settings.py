"""Clinic-wide settings stored in the database, so every workstation prints the same header."""
from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from bodymap import db
from bodymap.domain.clinic import ClinicSettings
from bodymap.errors import QT_TRANSLATE_NOOP, ValidationError
from bodymap.services.common import BaseService, stale

CLINIC_KEY = "clinic"
LOCK_KEY = "lock_minutes"
DEFAULT_LOCK_MINUTES = 5.0
# what db.Setting.value holds: JSON (objects, lists and plain values, nested)
SettingValue = dict[str, Any] | list[Any] | str | int | float | bool | None


class SettingsService(BaseService):
    """Clinic-wide settings shared through the database; every change leaves an audit row."""

    def clinic(self) -> ClinicSettings:
        with self._tx() as s:
            row = s.scalar(select(db.Setting).where(db.Setting.key == CLINIC_KEY))
            if row is None or not isinstance(row.value, dict):
                return ClinicSettings()
            return ClinicSettings.from_stored(row.value)

    def version(self, key: str) -> int:
        """The version of the setting `key` (0 while it was never stored), to pass back as the
        expected_version of the change that follows."""
        with self._tx() as s:
            return s.scalar(select(db.Setting.version).where(db.Setting.key == key)) or 0

    def save_clinic(self, settings: ClinicSettings, expected_version: int | None = None) -> ClinicSettings:
        """expected_version: version(CLINIC_KEY) as loaded; ConflictError when it moved on."""
        settings = settings.validated()
        self._store(CLINIC_KEY, settings.stored(), expected_version)
        return settings

    # small workstation-independent values (lock time, backups) --------------------------
    def value(self, key: str, default: object = None) -> Any:    # JSON: the stored value, else default
        with self._tx() as s:
            row = s.get(db.Setting, key)
            return default if row is None else row.value

    def set_value(self, key: str, value: SettingValue, expected_version: int | None = None) -> None:
        self._store(key, value, expected_version)

    def _store(self, key: str, value: SettingValue, expected_version: int | None) -> None:
        """One transaction: the value and its audit row (a logo is recorded as its size, not its bytes)."""
        with self._tx() as s:
            before = store_setting(self, s, key, value, expected_version)
            self._audit(s, "update", "setting", None, before={key: _audited(before)},
                        after={key: _audited(value)})

    def backup_keep(self) -> int:
        from bodymap.migrations.backup import DEFAULT_KEEP, KEEP_KEY
        try:
            return min(max(int(self.value(KEEP_KEY, DEFAULT_KEEP)), 1), 365)
        except (TypeError, ValueError):
            return DEFAULT_KEEP

    def set_backup_keep(self, keep: int, expected_version: int | None = None) -> None:
        """expected_version: version("backup_keep") as loaded."""
        from bodymap.migrations.backup import KEEP_KEY
        if not 1 <= int(keep) <= 365:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "Keep between 1 and 365 backups."))
        self.set_value(KEEP_KEY, int(keep), expected_version)

    def lock_minutes(self) -> float:
        try:
            minutes = float(self.value(LOCK_KEY, DEFAULT_LOCK_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_LOCK_MINUTES
        return min(max(minutes, 1.0), 240.0)

    def set_lock_minutes(self, minutes: float, expected_version: int | None = None) -> None:
        """expected_version: version(LOCK_KEY) as loaded."""
        if not 1 <= float(minutes) <= 240:
            raise ValidationError(QT_TRANSLATE_NOOP("Validation", "The screen lock time must be between 1 and 240 minutes."))
        self.set_value(LOCK_KEY, float(minutes), expected_version)


def store_setting(service: BaseService, s: Session, key: str, value: SettingValue,
                  expected_version: int | None) -> SettingValue:
    """Stores the setting in the transaction of s, bumping its version; returns the value before.

    expected_version: the version loaded (0: it did not exist); ConflictError when another
    workstation stored it since."""
    if s.get(db.Setting, key) is None:
        if expected_version not in (None, 0):
            raise stale("This setting")
        s.add(db.Setting(key=key, value=value, version=1))
        s.flush()
        return None
    row = service._bump_row(s, db.Setting, key, expected_version, "This setting")
    before: SettingValue = row.value
    row.value = value
    return before


def _audited(value: SettingValue) -> SettingValue:
    if isinstance(value, dict) and value.get("logo_png_b64"):
        return {**value, "logo_png_b64": f"<{len(value['logo_png_b64'])} characters of base64>"}
    return value
