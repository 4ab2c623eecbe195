"""Main-thread work from opening a chart to idle, the Suggestions dock behind the Inspector's tab.

Run:  .venv/bin/python benchmarks/bench_chart_idle.py [--repeat 7] [--compare OTHER_CHECKOUT]

Each round starts a fresh process per checkout (offscreen): the main window is shown on the demo
clinic, the first patient chosen, and then the patient's right-temple-and-neck visit (two zones)
opened. Measured from the click on the visit: the main thread's CPU time over the next 1.5 s
(`time.thread_time()`; the window is idle well before); `opened_ms`, from the click to the event
loop's first turn after it (the visit read and the chart shown); and `stall_ms`, the longest the
event loop went without turning after that (a 5 ms timer's largest gap: the longest the window
could not react once the chart was there). With
--raise the child then brings the Suggestions tab forward and notes how long the ranked list took
to show. `bench_signin.py` (scenario 9) stops at the chart's first paint and does not see this.
"""
from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = r"""
import json, sys, time
from bodymap.app import load_modules
load_modules()
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from bodymap import db
from bodymap.services import ChartService
from bodymap.ui.main_window import MainWindow
app = QApplication([])
engine, sessions = db.open_database(sys.argv[1])
window = MainWindow(ChartService(sessions), database_label="bench", settings=None)
window.resize(1400, 900)
window.show()

def settle(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

settle(300)
window.patients.patients.setCurrentRow(0)
settle(300)
ticks = []
tick = QTimer()
tick.setInterval(5)
tick.timeout.connect(lambda: ticks.append(time.perf_counter()))
tick.start()
settle(100)
cpu0 = time.thread_time()
clicked = time.perf_counter()
window.patients.visits.setCurrentRow(1)
settle(1500)
after = [t for t in ticks if t >= clicked]
out = {"cpu_ms": (time.thread_time() - cpu0) * 1000, "opened_ms": (after[0] - clicked) * 1000,
       "stall_ms": max(b - a for a, b in zip(after, after[1:])) * 1000,
       "geometry_loaded": "shapely" in sys.modules, "zones": len(window.document.zones())}
if sys.argv[2] == "raise":
    cpu1, raised = time.thread_time(), time.perf_counter()
    window.reference_feature.suggestions_dock.raise_()
    while not window.suggestions.list.count():
        settle(5)
    out.update(raise_to_list_ms=(time.perf_counter() - raised) * 1000, raise_cpu_ms=(time.thread_time() - cpu1) * 1000)
print(json.dumps(out))
"""


def run_child(checkout: Path, url: str, mode: str, cwd: str) -> dict:
    """One process on `checkout` (cwd elsewhere: `-c` puts the working folder first on sys.path)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(checkout)}
    out = subprocess.run([sys.executable, "-c", CHILD, url, mode], capture_output=True, text=True, env=env,
                         timeout=300, check=True, cwd=cwd)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--compare", type=Path, help="another checkout, run alternately in the same rounds")
    parser.add_argument("--raise", dest="raise_", action="store_true", help="then bring the Suggestions tab forward")
    args = parser.parse_args()
    checkouts = {"this": ROOT} | ({"other": args.compare.resolve()} if args.compare else {})
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/demo.sqlite3"
        make = ("import sys; from bodymap import db; from bodymap.services import ChartService;"
                "from bodymap.services.demo import create_demo;"
                "create_demo(ChartService(db.open_database(sys.argv[1])[1]))")
        subprocess.run([sys.executable, "-c", make, url], check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
                       cwd=tmp)
        results: dict[str, list[dict]] = {name: [] for name in checkouts}
        for _ in range(args.repeat):
            for name, checkout in checkouts.items():
                results[name].append(run_child(checkout, url, "raise" if args.raise_ else "stay", tmp))
    print(f"load average {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f}")
    for name, rows in results.items():
        parts = []
        for key in ("cpu_ms", "opened_ms", "stall_ms", "raise_to_list_ms", "raise_cpu_ms"):
            values = sorted(r[key] for r in rows if key in r)
            if values:
                parts.append(f"{key} {statistics.median(values):.0f} [{values[0]:.0f}..{values[-1]:.0f}]")
        loaded = sum(r["geometry_loaded"] for r in rows)
        print(f"{name} ({checkouts[name]}): " + ", ".join(parts) + f"; shapely loaded in {loaded}/{len(rows)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
