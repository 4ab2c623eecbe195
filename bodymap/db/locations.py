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
from bodymap.errors import QT_TRANSLATE_NOOP


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


# --- network shares -------------------------------------------------------------------------
# SQLite's locking is not reliable over network file systems: two workstations writing one file
# on a share can corrupt it, and even one may lose its last transactions. bodymap warns at start.
NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "smb", "ncpfs", "afs", "afpfs", "webdav", "davfs",
    "fuse.davfs2", "sshfs", "fuse.sshfs", "fuse.rclone", "9p", "ceph", "glusterfs", "fuse.glusterfs",
    "lustre", "gpfs", "beegfs", "fuse.s3fs"})
DRIVE_REMOTE = 4                       # GetDriveTypeW's answer for a mapped network drive


def _unescape_mount(text: str) -> str:
    return text.replace("\\040", " ").replace("\\011", "\t").replace("\\012", "\n").replace("\\134", "\\")


def _linux_mounts() -> str:
    try:
        return Path("/proc/self/mounts").read_text("utf-8", errors="replace")
    except OSError:
        return ""


def _mac_mounts() -> str:
    import subprocess
    try:
        return subprocess.run(["/sbin/mount"], capture_output=True, text=True, timeout=5).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def _mount_table(platform: str, text: str) -> list[tuple[str, str, str]]:
    """(mount point, file system type, source) for each line of /proc/self/mounts (Linux) or of
    `mount` (macOS: 'SOURCE on POINT (TYPE, options)')."""
    table = []
    for line in text.splitlines():
        if platform == "darwin":
            if " on " not in line or " (" not in line:
                continue
            source, rest = line.split(" on ", 1)
            point, _, options = rest.rpartition(" (")
            table.append((point, options.split(",")[0].strip(" )"), source))
        else:
            fields = line.split()
            if len(fields) >= 3:
                table.append((_unescape_mount(fields[1]), fields[2], _unescape_mount(fields[0])))
    return table


def _windows_drive_type(root: str) -> int:
    import ctypes
    return int(ctypes.windll.kernel32.GetDriveTypeW(root))      # type: ignore[attr-defined]


def network_share(path: Path, platform: str | None = None, mounts: str | None = None) -> str | None:
    """How `path` is on a network share ('the network share \\\\server\\clinic', 'a cifs network
    file system at /mnt/clinic'), or None when it is on a local disk or nothing can be told."""
    platform = sys.platform if platform is None else platform
    if platform.startswith(("win32", "cygwin")):
        text = str(path).replace("/", "\\")
        if text.startswith("\\\\") and not text.startswith(("\\\\?\\", "\\\\.\\")):
            return QT_TRANSLATE_NOOP("Records", "the network share {share}").format(
                share="\\".join(text.split("\\")[:4]))
        if len(text) >= 2 and text[1] == ":":
            try:
                if _windows_drive_type(text[:2] + "\\") == DRIVE_REMOTE:
                    return QT_TRANSLATE_NOOP("Records", "the network drive {drive}").format(drive=text[:2].upper())
            except (OSError, AttributeError):
                return None
        return None
    if mounts is None:
        mounts = _mac_mounts() if platform == "darwin" else _linux_mounts()
    target = str(Path(path).expanduser().resolve())
    best: tuple[str, str, str] | None = None
    for point, fstype, source in _mount_table(platform, mounts):
        inside = target == point or target.startswith(point.rstrip("/") + "/")
        if inside and (best is None or len(point) > len(best[0])):
            best = (point, fstype, source)
    if best is not None and best[1].lower() in NETWORK_FILESYSTEMS:
        return QT_TRANSLATE_NOOP("Records", "a {kind} network file system at {point} ({source})").format(
            kind=best[1], point=best[0], source=best[2])
    return None
