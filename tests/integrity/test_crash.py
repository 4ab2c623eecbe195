"""Killing the app mid-session loses nothing it reported as saved, and never damages the file.

The real window runs in a separate process (crash_driver.py) and places trigger points by
clicking on the canvas; it is killed with SIGKILL after a random number of completed actions.
"""
from __future__ import annotations

import os
import random
import selectors
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
RUNS = 3
STARTUP_TIMEOUT = 40.0
ACTION_TIMEOUT = 15.0

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL (POSIX)")


def _env() -> dict:
    env = {k: v for k, v in os.environ.items() if k != "BODYMAP_DATABASE_URL"}
    env.update(QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1",
               PYTHONPATH=os.pathsep.join(filter(None, [str(REPO_ROOT), os.environ.get("PYTHONPATH")])))
    return env


def _read_line(proc, sel, timeout: float) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if sel.select(timeout=max(0.0, deadline - time.monotonic())):
            line = proc.stdout.readline()
            if not line:
                raise AssertionError(f"the driver exited early ({proc.wait()}):\n{proc.stderr.read()}")
            return line.strip()
    raise AssertionError("the driver stopped reporting")


def _run_and_kill(db_file: Path, chart: str, kill_after: int, pause_ms: int):
    """Returns (visit id, highest `done` reported before the kill took effect)."""
    proc = subprocess.Popen([sys.executable, "-m", "tests.integrity.crash_driver", str(db_file), chart,
                             str(pause_ms)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_env(), cwd=REPO_ROOT, stdin=subprocess.DEVNULL, bufsize=1)
    try:
        sel = selectors.DefaultSelector()
        sel.register(proc.stdout, selectors.EVENT_READ)
        first = _read_line(proc, sel, STARTUP_TIMEOUT)
        assert first.startswith("visit "), first
        visit_id = int(first.split()[1])
        reported = 0
        while reported < kill_after:
            line = _read_line(proc, sel, ACTION_TIMEOUT)
            if line.startswith("done "):
                reported = int(line.split()[1])
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        for line in proc.stdout.read().splitlines():      # reported but not read yet
            if line.startswith("done "):
                reported = max(reported, int(line.split()[1]))
        assert proc.returncode == -signal.SIGKILL
        return visit_id, reported
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(timeout=10)
        proc.stdout.close()
        proc.stderr.close()


def test_sigkill_during_charting_loses_nothing_reported(tmp_path):
    seed = int(os.environ.get("BODYMAP_CRASH_SEED", random.randrange(1 << 30)))
    rng = random.Random(seed)
    db_file = tmp_path / "crash.sqlite3"
    expected: dict[int, int] = {}
    for run in range(RUNS):
        kill_after = rng.randint(5, 15)
        visit_id, reported = _run_and_kill(db_file, f"CRASH-{run}", kill_after, pause_ms=rng.choice([0, 5, 20]))
        expected[visit_id] = reported
        # reopen the database exactly as a restarted app would (its WAL is recovered here)
        conn = sqlite3.connect(db_file)
        try:
            context = f"seed {seed}, run {run}, killed after {kill_after} (reported {reported})"
            assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)], context
            assert conn.execute("PRAGMA foreign_key_check").fetchall() == [], context
            for vid, n in expected.items():
                stored = conn.execute("SELECT count(*) FROM trigger_points WHERE visit_id = ?", (vid,)).fetchone()[0]
                assert stored >= n, f"visit {vid}: {stored} stored, {n} reported; {context}"
                # at most the one action that was committed while its `done` line was being written
                assert stored <= n + 1, f"visit {vid}: {stored} stored, {n} reported; {context}"
                audited = conn.execute("SELECT count(*) FROM audit_log WHERE visit_id = ? AND "
                                       "entity = 'trigger_point' AND action = 'create'", (vid,)).fetchone()[0]
                assert audited == stored, context             # each change and its trace together
        finally:
            conn.close()
    assert oct(db_file.stat().st_mode & 0o777) == oct(0o600)
