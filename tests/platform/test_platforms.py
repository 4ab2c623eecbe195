"""What bodymap does differently on Windows, macOS and Linux, run here with the platform mocked:
Qt's offscreen platform (only a Linux without a display), the data and log folders
(platformdirs, chosen when asked), file permissions (chmod only where it protects anything) and
the check for a living process behind a leftover file (never os.kill on Windows)."""
from __future__ import annotations

import pytest

from bodymap.cli.qt import needs_offscreen

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
