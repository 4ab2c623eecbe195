"""Start-up as the clinician sees it, under Xvfb: the first window, and the chart after signing in.

Run:  .venv/bin/python benchmarks/bench_signin.py [--repeat 7] [--compare OTHER_CHECKOUT]
      (also scenario 9 of `make bench`)

A bare PySide6 window (QApplication + an empty 1400x900 QMainWindow, benchmarks/_startup_child.py
bare) and `bodymap --database URL` (benchmarks/_signin_child.py) are launched alternately on the
same X server, several times each; each process is timed from just before it is started (the
parent's clock) to the time.time() its window noted at a paint event. Reported are the medians and
the ratios against the bare window of the same run:

  9a   first visible window (the start window with the sign-in form) vs the bare window [<= 1.5x]
  9b-i from process start to the demo chart painted in the main window, Sign in pressed at the
       start window's first paint (so it waits for the database, like a quick clinician's), then
       the first patient's newest visit opened; vs the bare window                       [<= 3x]
  9b-ii from Sign in pressed once the load has finished (a clinician who typed the password while
       the database opened) to the same chart painted; vs the bare window                [<= 3x]

Both 9b figures include the argon2 check of the password (m=64 MiB, t=3, p=4), which runs on its own
thread while the main window is built, hidden and without any patient.

The database is the demo clinic (`bodymap demo`) with one account, in a temporary folder, as are
HOME and the XDG folders (settings, log, backups). The first launch of each kind warms the page
cache and makes the start-up backup; it is not counted.
"""
from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from measure import Result, ratio_result  # noqa: E402

PY = sys.executable
USER, PASSWORD = "bench", "correct horse battery staple"
PHASES = {"loaded": "accounts ready", "check": "check begun", "built": "window built",
          "signed_in": "signed in", "shown": "window shown"}     # what _signin_child.py notes on the way


class Xvfb:
    """An X server on a free display, for as long as the benchmark runs."""

    def __enter__(self) -> str:
        if shutil.which("Xvfb") is None:
            raise RuntimeError("Xvfb is not installed (apt-get install xvfb)")
        for number in range(90, 140):
            if not Path(f"/tmp/.X{number}-lock").exists() and not Path(f"/tmp/.X11-unix/X{number}").exists():
                break
        else:
            raise RuntimeError("no free X display between :90 and :139")
        self.display = f":{number}"
        self.process = subprocess.Popen(["Xvfb", self.display, "-screen", "0", "1600x1000x24", "-nolisten", "tcp"],
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while not Path(f"/tmp/.X11-unix/X{number}").exists():
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError(f"Xvfb did not start on {self.display}")
            time.sleep(0.02)
        return self.display

    def __exit__(self, *exc) -> None:
        self.process.terminate()
        self.process.wait(10)


def demo_clinic(folder: Path) -> str:
    """The demo patient's three visits and one account, in a fresh SQLite file."""
    from bodymap import db
    from bodymap.services import ChartService
    from bodymap.services.accounts import AccountService
    from bodymap.services.demo import create_demo
    url = f"sqlite:///{folder / 'bodymap.sqlite3'}"
    engine, sessions = db.open_database(url)
    accounts = AccountService(sessions)
    admin = accounts.create_first_admin(USER, "Bench Clinician", PASSWORD)
    create_demo(ChartService(sessions, actor=admin))
    engine.dispose()
    return url


def _launch(args: list[str], env: dict) -> tuple[dict, float]:
    t0 = time.time()
    out = subprocess.run([PY, *args], capture_output=True, text=True, timeout=180, env=env, cwd=env["HOME"])
    lines = [line for line in out.stdout.splitlines() if line.startswith("{")]
    if out.returncode != 0 or not lines:
        raise RuntimeError(f"{args[0]} failed ({out.returncode}): {out.stderr[-1500:]}")
    return json.loads(lines[-1]), t0


def run(repeats: int, compare: Path | None = None) -> list[Result]:
    """Scenario 9; with `compare` (a checkout of other code, e.g. `git archive` of an older commit,
    with these two benchmark files copied in), that code's children are started in the same rounds
    against the same bare window and reported after ours, marked "(compared)"."""
    with tempfile.TemporaryDirectory(prefix="bodymap-bench-signin-") as tmp, Xvfb() as display:
        folder = Path(tmp)
        env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "BODYMAP_DATABASE_URL")}
        env.update(DISPLAY=display, HOME=str(folder), XDG_CONFIG_HOME=str(folder / "config"),
                   XDG_DATA_HOME=str(folder / "data"), XDG_STATE_HOME=str(folder / "state"),
                   XDG_CACHE_HOME=str(folder / "cache"), BODYMAP_LOG_DIR=str(folder / "log"),
                   PYTHONPATH=str(ROOT), QT_QPA_PLATFORM="xcb")
        url = demo_clinic(folder)
        bare = [str(ROOT / "benchmarks" / "_startup_child.py"), "bare"]
        roots = [ROOT] + ([compare] if compare is not None else [])

        def bare_ms() -> float:
            data, t0 = _launch(bare, env)
            return (data["painted"] - t0) * 1000

        phases = {(root, mode): {} for root in roots for mode in ("early", "late")}
        figures = {key: [] for key in phases} | {(root, "first"): [] for root in roots}

        def app_run(root: Path, mode: str) -> None:
            child = [str(root / "benchmarks" / "_signin_child.py"), url, USER, PASSWORD, mode]
            data, t0 = _launch(child, env)       # the child puts its own checkout first on sys.path
            if "chart" not in data:
                raise RuntimeError(f"the chart was not painted: {data}")
            origin = t0 if mode == "early" else data["pressed"]
            for name in ("pressed", *PHASES):
                phases[root, mode].setdefault(name, []).append((data[name] - origin) * 1000)
            figures[root, mode].append((data["chart"] - origin) * 1000)
            if mode == "early":
                figures[root, "first"].append((data["first"] - t0) * 1000)

        bare_ms()
        for root in roots:                                 # warm-up: page cache, the start-up backup
            app_run(root, "early")
            app_run(root, "late")
        for values in (*phases.values(), *figures.values()):
            values.clear()
        base: list[float] = []
        for _ in range(repeats):
            base.append(bare_ms())
            for root in roots:
                app_run(root, "early")
                app_run(root, "late")

    def steps(root: Path, mode: str) -> str:
        return ", ".join(f"{(PHASES | {'pressed': 'pressed'})[name]} {statistics.median(values):.0f} ms"
                         for name, values in phases[root, mode].items())
    results = []
    for root in roots:
        mark = "" if root == ROOT else " (compared)"
        first, early, late = figures[root, "first"], figures[root, "early"], figures[root, "late"]
        results += [
            ratio_result("9a", f"first visible window (sign-in) vs bare, Xvfb{mark}", 1.5, first, base,
                         [f / b for f, b in zip(first, base)],
                         base_name="bare QApplication + QMainWindow 1400x900 under Xvfb, first paint"),
            ratio_result("9b-i", f"process start to demo chart painted, Sign in pressed at first paint, "
                         f"vs bare, Xvfb{mark}", 3.0, early, base, [c / b for c, b in zip(early, base)],
                         note=f"(medians from the start: {steps(root, 'early')})"),
            ratio_result("9b-ii", f"Sign in pressed after the load to demo chart painted vs bare, Xvfb{mark}",
                         3.0, late, base, [c / b for c, b in zip(late, base)],
                         note=f"(medians from Sign in pressed: {steps(root, 'late')})")]
    return results


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--compare", type=Path, help="another checkout to time in the same rounds")
    args = parser.parse_args(argv)
    for result in run(args.repeat, args.compare):
        print(result.line(), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
