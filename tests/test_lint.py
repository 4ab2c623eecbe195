"""The code keeps the ruff rules chosen in pyproject.toml ([tool.ruff.lint]): pyflakes (names
used after their scope ended, undefined names, unused imports), pycodestyle errors, import order,
bugbear, pyupgrade and a few more.

An undo's conflict reload once used an exception variable after its except block had ended
and raised NameError instead of reloading; this is the check that would have caught it."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_ruff_finds_nothing():
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    assert ruff, "ruff is a test dependency (pyproject.toml [test]); reinstall the venv"
    out = subprocess.run([ruff, "check", "--no-cache", "--output-format", "concise",
                          "bodymap", "tests", "benchmarks", "tools", "main.py"],
                         cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert out.returncode == 0, out.stdout[-4000:] + out.stderr[-2000:]


def test_no_merge_conflict_markers_are_committed():
    """A merge once committed its conflict markers into CHANGELOG.md; ruff never reads Markdown,
    JSON or .ts files, so this looks at every tracked text file."""
    import re
    files = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True, timeout=60)
    if files.returncode != 0:
        import pytest
        pytest.skip("not a git checkout (an unpacked source archive): no list of tracked files")
    marker = re.compile(rb"^(<{7} |>{7} |={7}$)", re.MULTILINE)
    found = []
    for name in files.stdout.splitlines():
        path = ROOT / name
        if not path.is_file() or path.suffix in {".png", ".qm", ".ttf", ".ico", ".icns", ".pdf", ".sqlite3"}:
            continue
        data = path.read_bytes()
        if b"\0" not in data[:4096] and marker.search(data):
            found.append(name)
    assert not found, f"merge conflict markers in {found}"
