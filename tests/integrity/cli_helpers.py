"""Running `bodymap` as a user does: a subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
def cli_env(extra: dict | None = None) -> dict:
    env = {k: v for k, v in os.environ.items() if k != "BODYMAP_DATABASE_URL"}
    env.update({"PYTHONPATH": os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])),
                "QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8"})
    env.update(extra or {})
    return env


def cli_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "bodymap.cli", *map(str, args)]


def run_cli(*args, stdin=subprocess.DEVNULL, env: dict | None = None, timeout: float = 60):
    return subprocess.run(cli_command(*args), capture_output=True, text=True, env=cli_env(env),
                          cwd=REPO_ROOT, timeout=timeout, stdin=stdin)


def one_line_failure(result, *must_contain: str) -> str:
    assert result.returncode == 1, f"exit {result.returncode}\n{result.stdout}\n{result.stderr}"
    assert "Traceback" not in result.stderr, result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("bodymap: "), result.stderr
    for text in must_contain:
        assert text in lines[0], f"{text!r} not in {lines[0]!r}"
    return lines[0]
