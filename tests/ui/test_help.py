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
