"""Measuring for the benchmark suite: interleaved runs, ratios and their spread, the Result row.

Every scenario measures its target against a baseline in the same run, interleaved
(baseline, target, baseline, target, ...) so that the machine's noise hits both alike.
"""
from __future__ import annotations

import os
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

# --------------------------------------------------------------------------- measuring

def q(values, which):
    if len(values) < 2:
        return values[0]
    qs = statistics.quantiles(values, n=4, method="inclusive")
    return {1: qs[0], 3: qs[2]}[which]


def p95(values):
    s = sorted(values)
    return s[min(len(s) - 1, round(0.95 * (len(s) - 1)))]


@dataclass
class Result:
    no: str
    name: str
    target_ms: list = field(default_factory=list)
    base_ms: list = field(default_factory=list)
    ratios: list = field(default_factory=list)
    goal: str = ""
    value: float | None = None        # the figure compared with the goal
    unit: str = "x"
    ok: bool | None = None
    note: str = ""
    base_name: str = ""

    def line(self) -> str:
        def med(v):
            return f"{statistics.median(v):.2f}" if v else "-"
        spread = (f"[{q(self.ratios, 1):.2f}..{q(self.ratios, 3):.2f}]" if len(self.ratios) > 1 else "")
        verdict = {True: "OK", False: "MISS", None: ""}[self.ok]
        raw = "MB" if self.unit == " MB" else "ms"
        return (f"{self.no:>3} {self.name:<46} target {med(self.target_ms):>9} {raw}  base {med(self.base_ms):>9} {raw}  "
                f"{self.value:8.2f}{self.unit} {spread:<14} goal {self.goal:<8} {verdict} {self.note}")


def interleaved(target, baseline, repeats: int, warmup: int = 1) -> tuple[list, list, list]:
    for _ in range(warmup):
        baseline()
        target()
    t_ms, b_ms, ratios = [], [], []
    for _ in range(repeats):
        t0 = time.perf_counter()
        baseline()
        t1 = time.perf_counter()
        target()
        t2 = time.perf_counter()
        b, t = (t1 - t0) * 1000, (t2 - t1) * 1000
        b_ms.append(b)
        t_ms.append(t)
        ratios.append(t / b if b > 0 else float("inf"))
    return t_ms, b_ms, ratios


def ratio_result(no, name, goal_ratio, t_ms, b_ms, ratios, note="", base_name="") -> Result:
    value = statistics.median(ratios)
    return Result(no, name, t_ms, b_ms, ratios, f"<= {goal_ratio:g}x", value, "x", value <= goal_ratio, note,
                  base_name)


# --------------------------------------------------------------------------- helpers

def service_for(url: str):
    from bodymap import db
    from bodymap.services import ChartService
    engine, sessions = db.open_database(url)
    return engine, ChartService(sessions)


def qapp():
    from PySide6.QtWidgets import QApplication
    return QApplication.instance() or QApplication([])
