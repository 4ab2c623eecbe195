"""Where bodymap keeps its files on each system, and what keeps them private there.

| system  | data (database, backups)               | logs                                   |
|---------|----------------------------------------|----------------------------------------|
| Windows | %LOCALAPPDATA%\\bodymap                 | %LOCALAPPDATA%\\bodymap\\Logs            |
| macOS   | ~/Library/Application Support/bodymap  | ~/Library/Logs/bodymap                 |
| Linux   | $XDG_DATA_HOME/bodymap (~/.local/share) | $XDG_STATE_HOME/bodymap/log (~/.local/state) |

The folders come from platformdirs, chosen here by `sys.platform` at call time (not when
platformdirs was imported), so the tests can ask for each system's answer. The local, not the
roaming, application-data folder on Windows: a database must not travel with a roaming profile
to a network share.

Privacy: on Linux and macOS the files are made mode 0600 and the folders bodymap creates 0700
(`restrict_to_owner`, migrations/backup.py). On Windows `os.chmod` only sets or clears the
read-only flag, so it protects nothing and is not relied on: the files are private because they
live in the user's own profile, whose access list admits only that user, SYSTEM and the
administrators.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from bodymap.db.base import APP_NAME


def _dirs(platform: str | None = None):
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win32", "cygwin")):
        from platformdirs.windows import Windows as Dirs
    elif platform == "darwin":
        from platformdirs.macos import MacOS as Dirs
    else:
        from platformdirs.unix import Unix as Dirs
    return Dirs(APP_NAME, appauthor=False)


def data_folder(platform: str | None = None) -> Path:
    """The folder of the embedded database and its backups (not created here)."""
    return Path(_dirs(platform).user_data_dir)


def log_folder(platform: str | None = None) -> Path:
    """The platform's folder for this user's log files (not created here)."""
    return Path(_dirs(platform).user_log_dir)


def permissions_protect_files() -> bool:
    """Whether chmod 0600 keeps other users out (POSIX); on Windows the profile's access list does."""
    return os.name != "nt"


def restrict_to_owner(path: Path) -> None:
    """Health data: the database file and its WAL/SHM companions readable by their owner only
    (on Windows left to the profile folder's access list; see the module's docstring)."""
    if not permissions_protect_files():
        return
    for candidate in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        try:
            if candidate.exists():
                os.chmod(candidate, 0o600)
        except OSError:
            pass
