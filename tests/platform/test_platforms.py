"""What bodymap does differently on Windows, macOS and Linux, run here with the platform mocked:
Qt's offscreen platform (only a Linux without a display), the data and log folders
(platformdirs, chosen when asked), file permissions (chmod only where it protects anything) and
the check for a living process behind a leftover file (never os.kill on Windows)."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from bodymap.cli.qt import needs_offscreen
from bodymap.db import locations
from bodymap.migrations import backup

# --- Qt's platform ------------------------------------------------------------------------


@pytest.mark.parametrize("platform, env, offscreen", [
    ("linux", {}, True),
    ("linux", {"DISPLAY": ":0"}, False),
    ("linux", {"WAYLAND_DISPLAY": "wayland-0"}, False),
    ("freebsd14", {}, True),
    ("win32", {}, False),              # Windows never sets DISPLAY, and always has a screen
    ("darwin", {}, False),             # nor does macOS
    ("cygwin", {}, False),
])
def test_offscreen_only_on_linux_without_a_display(platform, env, offscreen):
    assert needs_offscreen(platform, env) is offscreen


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_qt_app_leaves_the_platform_alone_on_windows_and_macos(monkeypatch, platform):
    from bodymap.cli import qt
    monkeypatch.setattr(qt.sys, "platform", platform)
    monkeypatch.delenv("DISPLAY", raising=False)
    monkeypatch.delenv("WAYLAND_DISPLAY", raising=False)
    assert qt.needs_offscreen() is False
    monkeypatch.setattr(qt.sys, "platform", "linux")
    assert qt.needs_offscreen() is True


def test_the_window_refuses_politely_only_on_linux_without_a_display(monkeypatch):
    from bodymap import app
    for name in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"):
        monkeypatch.delenv(name, raising=False)
    for platform, expected in (("linux", True), ("win32", False), ("darwin", False)):
        monkeypatch.setattr(app.sys, "platform", platform)
        assert app._no_display() is expected, platform


# --- folders ------------------------------------------------------------------------------


def test_windows_folders_are_in_the_local_not_the_roaming_profile(monkeypatch):
    import platformdirs.windows
    folders = {"CSIDL_LOCAL_APPDATA": r"C:\Users\sam\AppData\Local", "CSIDL_APPDATA": r"C:\Users\sam\AppData\Roaming"}
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", folders.__getitem__)
    data, logs = str(locations.data_folder("win32")), str(locations.log_folder("win32"))
    assert data.replace("/", "\\") == r"C:\Users\sam\AppData\Local\bodymap"
    assert logs.replace("/", "\\") == r"C:\Users\sam\AppData\Local\bodymap\Logs"


def test_macos_folders(monkeypatch, tmp_path):
    monkeypatch.setenv("HOME", str(tmp_path))
    assert locations.data_folder("darwin") == tmp_path / "Library" / "Application Support" / "bodymap"
    assert locations.log_folder("darwin") == tmp_path / "Library" / "Logs" / "bodymap"


def test_linux_folders_follow_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))
    assert locations.data_folder("linux") == tmp_path / "data" / "bodymap"
    assert locations.log_folder("linux") == tmp_path / "state" / "bodymap" / "log"


def test_the_default_database_is_in_the_data_folder(monkeypatch, tmp_path):
    from bodymap import db
    monkeypatch.delenv(db.ENV_URL, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    monkeypatch.setattr(locations.sys, "platform", "linux")
    assert db.default_database_path() == tmp_path / "bodymap" / "bodymap.sqlite3"
    assert db.resolve_url() == f"sqlite:///{tmp_path / 'bodymap' / 'bodymap.sqlite3'}"


# --- permissions --------------------------------------------------------------------------


def _database_files(tmp_path: Path) -> Path:
    path = tmp_path / "clinic.sqlite3"
    for name in ("clinic.sqlite3", "clinic.sqlite3-wal", "clinic.sqlite3-shm"):
        (tmp_path / name).write_bytes(b"x")
    return path


def test_posix_makes_the_database_owner_only(monkeypatch, tmp_path):
    calls = []
    monkeypatch.setattr(locations.os, "name", "posix")
    monkeypatch.setattr(locations.os, "chmod", lambda path, mode: calls.append((Path(path).name, mode)))
    locations.restrict_to_owner(_database_files(tmp_path))
    assert calls == [("clinic.sqlite3", 0o600), ("clinic.sqlite3-wal", 0o600), ("clinic.sqlite3-shm", 0o600)]


def test_windows_does_not_pretend_chmod_protects(monkeypatch, tmp_path):
    """chmod on Windows only sets or clears the read-only flag: the profile's access list protects."""
    calls = []
    monkeypatch.setattr(locations.os, "name", "nt")
    monkeypatch.setattr(locations.os, "chmod", lambda *a: calls.append(a))
    locations.restrict_to_owner(_database_files(tmp_path))
    assert calls == [] and locations.permissions_protect_files() is False


@pytest.mark.skipif(os.name == "nt", reason="POSIX modes")
def test_a_real_database_file_is_0600(tmp_path):
    path = _database_files(tmp_path)
    os.chmod(path, 0o644)
    locations.restrict_to_owner(path)
    assert path.stat().st_mode & 0o777 == 0o600


# --- leftover files of a killed backup ----------------------------------------------------


def test_windows_never_calls_os_kill_to_ask_whether_a_process_lives(monkeypatch):
    """On Windows os.kill(pid, 0) terminates the process; the check asks OpenProcess instead."""
    monkeypatch.setattr(backup.os, "name", "nt")
    monkeypatch.setattr(backup.os, "kill", lambda *a: pytest.fail(f"os.kill{a} on Windows"))
    asked = []
    monkeypatch.setattr(backup, "_windows_process_alive", lambda pid: asked.append(pid) or pid == 4242)
    assert backup._process_alive(4242) is True
    assert backup._process_alive(999_999) is False
    assert asked == [4242, 999_999]
    assert backup._process_alive(os.getpid()) is True        # this process, without asking


def test_posix_asks_with_signal_zero(monkeypatch):
    monkeypatch.setattr(backup.os, "name", "posix")
    sent = []

    def kill(pid, sig):
        sent.append((pid, sig))
        raise ProcessLookupError
    monkeypatch.setattr(backup.os, "kill", kill)
    assert backup._process_alive(999_999) is False and sent == [(999_999, 0)]


# --- launchers ----------------------------------------------------------------------------


def test_gui_launcher_opens_the_window_with_the_database_given(monkeypatch):
    import bodymap.app
    from bodymap import cli
    opened = []
    monkeypatch.setattr(bodymap.app, "run_gui", lambda database=None: opened.append(database) or 0)
    assert cli.gui_main(["--database", "sqlite:///x.sqlite3"]) == 0
    assert cli.gui_main([]) == 0
    assert opened == ["sqlite:///x.sqlite3", None]


def test_both_launchers_are_declared():
    import tomllib
    project = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text("utf-8"))["project"]
    assert project["scripts"] == {"bodymap": "bodymap.cli:main"}
    assert project["gui-scripts"] == {"bodymap-gui": "bodymap.cli:gui_main"}


# --- a database on a network share --------------------------------------------------------

LINUX_MOUNTS = """\
/dev/vda1 / ext4 rw,relatime 0 0
proc /proc proc rw 0 0
//nas/clinic /mnt/clinic cifs rw,vers=3.0 0 0
nas:/export/home /home/shared nfs4 rw 0 0
/dev/vdb1 /mnt/clinic/local\\040disk ext4 rw 0 0
C:\\134 /mnt/c 9p rw 0 0
"""
MAC_MOUNTS = """\
/dev/disk3s1s1 on / (apfs, sealed, local, read-only, journaled)
/dev/disk3s5 on /System/Volumes/Data (apfs, local, journaled, nobrowse)
//sam@nas._smb._tcp.local/clinic on /Volumes/clinic (smbfs, nodev, nosuid, mounted by sam)
/dev/disk4s1 on /Volumes/USB Backup (msdos, local, nodev, nosuid, noowners)
"""


@pytest.mark.parametrize("path, share", [
    ("/home/sam/.local/share/bodymap/bodymap.sqlite3", None),
    ("/mnt/clinic/bodymap.sqlite3", "cifs"),
    ("/home/shared/bodymap/bodymap.sqlite3", "nfs4"),
    ("/mnt/clinic/local disk/bodymap.sqlite3", None),         # a local disk mounted inside the share
    ("/mnt/c/Users/sam/bodymap.sqlite3", "9p"),               # WSL's view of a Windows drive
    ("/mnt/clinicx/bodymap.sqlite3", None),                   # a prefix of the name is not inside
])
def test_linux_share_found_from_the_mount_table(path, share):
    found = locations.network_share(Path(path), "linux", LINUX_MOUNTS)
    assert (found is None) if share is None else (f"a {share} network file system" in found)


@pytest.mark.parametrize("path, share", [
    ("/Users/sam/Library/Application Support/bodymap/bodymap.sqlite3", None),
    ("/Volumes/clinic/bodymap.sqlite3", "smbfs"),
    ("/Volumes/USB Backup/bodymap.sqlite3", None),
])
def test_macos_share_found_from_mount(path, share):
    found = locations.network_share(Path(path), "darwin", MAC_MOUNTS)
    assert (found is None) if share is None else (f"a {share} network file system at /Volumes/clinic" in found)


def test_windows_unc_paths_and_mapped_drives(monkeypatch):
    drives = {"C:\\": 3, "Z:\\": locations.DRIVE_REMOTE}            # DRIVE_FIXED, DRIVE_REMOTE
    monkeypatch.setattr(locations, "_windows_drive_type", drives.__getitem__)
    share = locations.network_share
    assert share(Path(r"C:\Users\sam\AppData\Local\bodymap\bodymap.sqlite3"), "win32") is None
    assert share(Path(r"Z:\bodymap\bodymap.sqlite3"), "win32") == "the network drive Z:"
    assert share(Path(r"\\nas\clinic\bodymap\bodymap.sqlite3"), "win32") == r"the network share \\nas\clinic"
    assert share(Path(r"\\?\C:\long\path\bodymap.sqlite3"), "win32") is None


def test_the_window_and_where_warn_about_a_share(monkeypatch, tmp_path, capsys):
    from bodymap import app, cli
    url = f"sqlite:///{tmp_path / 'bodymap.sqlite3'}"
    monkeypatch.setattr(locations, "network_share", lambda path, *a, **k: None)
    assert app.network_share_warning(url) is None
    assert app.network_share_warning("postgresql+psycopg://u@server/bodymap") is None
    monkeypatch.setattr(locations, "network_share", lambda path, *a, **k: "a cifs network file system at /mnt/x")
    warning = app.network_share_warning(url)
    assert "not safe on network shares" in warning and "PostgreSQL" in warning
    assert cli.main(["--database", url, "where"]) == 0
    err = capsys.readouterr().err
    assert "bodymap: warning:" in err and "cifs" in err
