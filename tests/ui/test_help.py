"""Help > About: the version from bodymap/__init__.py, the same as `bodymap --version`, and the
third-party notices (Qt's LGPL among them)."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

import bodymap
from bodymap import cli
from bodymap.ui.help import AboutDialog, third_party_notices

REPO_ROOT = Path(__file__).resolve().parents[2]


def cli_version(capsys) -> str:
    with pytest.raises(SystemExit) as done:
        cli.main(["--version"])
    assert done.value.code == 0
    return capsys.readouterr().out.strip()


def test_version_and_about_agree(qtbot, capsys):
    printed = cli_version(capsys)
    assert re.fullmatch(r"bodymap \d+\.\d+\.\d+\S*", printed)
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    assert f"Version {bodymap.__version__}" in dialog.title.text()
    assert printed == f"bodymap {bodymap.__version__}"


def test_version_is_written_once():
    """pyproject.toml takes the version from bodymap.__version__ (setuptools dynamic)."""
    text = (REPO_ROOT / "pyproject.toml").read_text("utf-8")
    assert 'dynamic = ["version"]' in text and 'version = {attr = "bodymap.__version__"}' in text
    assert not re.search(r'(?m)^version\s*=\s*"', text)
    assert f"## {bodymap.__version__}" in (REPO_ROOT / "CHANGELOG.md").read_text("utf-8")


def test_version_without_qt(tmp_path):
    """--version answers without loading Qt (no display needed, nothing slow)."""
    code = ("import sys\nfrom bodymap import cli\ntry:\n    cli.main(['--version'])\nexcept SystemExit:\n    pass\n"
            "print('PySide6' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT, check=True)
    assert out.stdout.splitlines() == [f"bodymap {bodymap.__version__}", "False"]


def test_about_lists_the_licences(qtbot):
    dialog = AboutDialog()
    qtbot.addWidget(dialog)
    notices = dialog.notices.toPlainText()
    assert notices == third_party_notices()
    for component in ("PySide6", "LGPL-3.0", "SQLAlchemy", "Alembic", "psycopg", "Pillow", "shapely",
                      "argon2-cffi", "platformdirs", "zxcvbn", "DejaVu Sans"):
        assert component in notices, component
    assert "MIT License" in (REPO_ROOT / "LICENSE").read_text("utf-8")


def test_help_about_opens_the_dialog(qtbot, open_window):
    window = open_window()
    seen = {}

    def close_it():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AboutDialog):
            QTimer.singleShot(20, close_it)
            return
        seen["title"] = dialog.title.text()
        dialog.reject()

    QTimer.singleShot(0, close_it)
    window.menu_actions["about"].trigger()
    assert f"Version {bodymap.__version__}" in seen["title"]


def test_help_opens_the_data_and_log_folders(qtbot, open_window, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    from bodymap.services import logfile
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = open_window()
    window.help.data_folder = tmp_path / "data"
    window.menu_actions["open_data_folder"].trigger()
    try:
        logfile.start_log(tmp_path / "logs")
        window.menu_actions["open_log_folder"].trigger()
    finally:
        logfile.stop_log()
    assert opened == [str(tmp_path / "data"), str(tmp_path / "logs")]
    assert (tmp_path / "data").is_dir()
    help_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Help")
    assert [a.text() for a in help_menu.actions() if not a.isSeparator()] == [
        "User guide", "Keyboard shortcuts", "Open data folder", "Open log folder", "About bodymap"]


def test_crash_dialog_shows_the_report_and_opens_the_log_folder(qtbot, monkeypatch, tmp_path):
    from PySide6.QtGui import QDesktopServices

    from bodymap.ui.help import CrashDialog
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    dialog = CrashDialog("bodymap 0.1.0 crashed: builtins.ValueError", tmp_path / "logs" / "bodymap.log")
    qtbot.addWidget(dialog)
    assert dialog.detailedText().startswith("bodymap 0.1.0 crashed")
    assert str(tmp_path / "logs" / "bodymap.log") in dialog.informativeText()
    dialog.open_button.click()
    assert opened == [str(tmp_path / "logs")]


def test_an_uncaught_exception_is_logged_and_shown(qtbot, monkeypatch, tmp_path):
    import sys

    from bodymap import app
    from bodymap.services import logfile
    from bodymap.ui import help as help_module
    shown = []
    monkeypatch.setattr(help_module.CrashDialog, "exec", lambda self: shown.append(self.detailedText()) or 0)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)           # restored after the test
    path = logfile.start_log(tmp_path / "logs")
    try:
        app.install_crash_handler()
        try:
            raise RuntimeError("Patient Zenobia Quillfeather")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        logfile.stop_log()
    assert len(shown) == 1 and "builtins.RuntimeError" in shown[0] and "Quillfeather" not in shown[0]
    assert "builtins.RuntimeError" in path.read_text("utf-8")


def test_keyboard_shortcuts_are_read_from_the_window(qtbot, open_window):
    from bodymap.ui.help import ShortcutsDialog, shortcut_rows
    window = open_window()
    rows = dict(shortcut_rows(window))
    assert rows["New patient"] == "Ctrl+N" and rows["User guide"] == "F1"
    assert "Zoom in" in rows and "Fit to window" in rows
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    shown = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert shown == rows


def test_the_user_guide_is_packaged_with_its_pictures_and_opens(qtbot, open_window, monkeypatch):
    import re
    from importlib import resources

    from PySide6.QtGui import QDesktopServices
    guide = resources.files("bodymap.assets") / "guide"
    html = (guide / "index.html").read_text("utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', html)
    assert pictures and all((guide / name).is_file() for name in pictures)
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    window = open_window()
    menus = {a.text().replace("&", ""): [b.text().replace("&", "") for b in a.menu().actions()]
             for a in window.menuBar().actions() if a.menu() is not None}
    named = re.findall(r"(File|Edit|Visit|Progress|View|Clinician|Help) &gt; ([A-Z]\w*(?: [a-z]\w*)*…?)", html)
    assert len(named) >= 10
    for menu, item in named:                  # every menu entry the guide names is there
        if not any(menus[menu]):              # the Clinician menu needs accounts, which this window has not
            continue
        assert any(text and (text.startswith(item.rstrip("…")) or item.startswith(text.rstrip("…")))
                   for text in menus[menu]), (menu, item, menus[menu])
    window.menu_actions["user_guide"].trigger()
    assert opened == [str(guide / "index.html")]
