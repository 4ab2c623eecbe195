"""The clinic-scale benchmark suite (`make bench`).

Run:  .venv/bin/python benchmarks/run.py [--scale 1] [--quick] [--only 1,4] [--no-postgres]
                                         [--write docs/PERFORMANCE.md]

Every scenario is measured against a baseline measured in the same run, interleaved with it
(baseline, target, baseline, target, ...) so the machine's noise hits both alike. Printed: the
median of each, and the ratio median with its spread (q1..q3 of the per-pair ratios). The
figure that is compared with the target is the median ratio, so it does not depend on the
machine. Results go to docs/PERFORMANCE.md as a table, with the machine described.

Scenarios (targets in brackets):
  1 cold start to the first painted window on the large database vs a bare PySide6 window [<= 2.0x]
  2 placing a trigger point (ChartService.add_trigger_point) vs a raw sqlite3 INSERT + COMMIT [<= 3x]
  3 opening a visit with 1,000 TrPs and 200 zones until painted vs raw SELECT + plain items [<= 2x]
  4 patient search as you type vs the raw SQL query [<= 1.5x]; 10k -> 100k patients [<= 1.2x]
  5 brush preview: p95 of one mouse-move update incl. repaint over 1,000 TrPs [<= 8 ms]
  6 PDF export of a visit with four marked views [< 1 s]; a batch of 100 grows linearly
  7 peak memory with the large database open vs a bare PySide6 window [<= +80 MB]
  8 peak memory of export --all (JSON, CSV, FHIR) and of importing the JSON export, SQLite and
    PostgreSQL, vs the same command line opening the database [< 300 MB export, < 400 MB import]
    (bench_export_memory.py; its own block in docs/PERFORMANCE.md)
  9 under Xvfb (bench_signin.py, also alone: bench_signin.py --repeat 5): a the first visible
    window (sign-in) vs a bare PySide6 window [<= 1.5x]; b the demo chart painted after an
    automatic sign-in vs the same bare window [<= 3x]
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate as gen  # noqa: E402
from measure import Result, interleaved, p95, q, qapp, ratio_result, service_for  # noqa: E402
from search import patients_only_pg, patients_only_sqlite, scenario_search  # noqa: E402

PY = sys.executable

# --------------------------------------------------------------------------- 1 + 7: start-up

def scenario_startup(url: str, repeats: int) -> list[Result]:
    child = str(ROOT / "benchmarks" / "_startup_child.py")

    def launch(*args):
        t0 = time.time()
        out = subprocess.run([PY, child, *args], capture_output=True, text=True, timeout=120,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        data = json.loads(out.stdout.strip().splitlines()[-1])
        return (data["painted"] - t0) * 1000, data["maxrss_kb"] / 1024

    launch("bare")
    launch("app", url)                       # warm the page cache for both
    t_ms, b_ms, ratios, rss_t, rss_b = [], [], [], [], []
    for _ in range(repeats):
        b, rb = launch("bare")
        t, rt = launch("app", url)
        t_ms.append(t)
        b_ms.append(b)
        ratios.append(t / b)
        rss_t.append(rt)
        rss_b.append(rb)
    floor = [launch("floor")[0] for _ in range(max(3, repeats // 2))]
    r1 = ratio_result("1", "cold start to first paint (large DB)", 2.0, t_ms, b_ms, ratios,
                      note=f"(a bare window after importing SQLAlchemy's ORM alone: "
                           f"{statistics.median(floor) / statistics.median(b_ms):.2f}x)",
                      base_name="bare QApplication + QMainWindow, first paint")
    extra = statistics.median(rss_t) - statistics.median(rss_b)
    r7 = Result("7", "peak memory, window on the large DB", rss_t, rss_b, [a - b for a, b in zip(rss_t, rss_b)],
                "<= +80 MB", extra, " MB", extra <= 80,
                f"(app {statistics.median(rss_t):.0f} MB, bare {statistics.median(rss_b):.0f} MB)",
                "bare window peak RSS (VmHWM)")
    return [r1, r7]


# --------------------------------------------------------------------------- 2: add a trigger point

def scenario_add_tp(path: Path, repeats: int) -> Result:
    scratch = gen.copy_of(path)
    try:
        engine, service = service_for(f"sqlite:///{scratch}")
        visit = service.get_visit(2 * gen.PER_PATIENT_VISITS)          # patient 2's draft visit
        assert visit.status == "draft", visit.status
        pool = gen.point_pool(50)["anterior"]
        raw = sqlite3.connect(scratch, isolation_level=None)
        raw.execute("PRAGMA journal_mode=WAL")
        raw.execute("PRAGMA synchronous=FULL")
        raw.execute("PRAGMA foreign_keys=ON")
        k = [0]

        def target():
            x, y, *_ = pool[k[0] % len(pool)]
            k[0] += 1
            service.add_trigger_point(visit.id, "anterior", x, y)

        def baseline():
            x, y, region, muscle, site, side = pool[k[0] % len(pool)]
            raw.execute("BEGIN")
            raw.execute("INSERT INTO trigger_points (visit_id, view, x, y, diagram_version, region, muscle, "
                        "site, side, status, taut_band, spot_tenderness, pain_recognition, local_twitch, "
                        "referred_pain, needled, needle_size, notes, carry_confirmed, created_at, updated_at) "
                        "VALUES (?, 'anterior', ?, ?, 1, ?, ?, ?, ?, 'active', 0, 0, 0, 0, 0, 0, '', '', 0, "
                        "'2026-01-01 00:00:00', '2026-01-01 00:00:00')", (visit.id, x, y, region, muscle, site, side))
            raw.execute("COMMIT")

        res = interleaved(target, baseline, repeats, warmup=3)
        raw.close()
        engine.dispose()
    finally:
        for p in (scratch, Path(f"{scratch}-wal"), Path(f"{scratch}-shm")):
            p.unlink(missing_ok=True)
    return ratio_result("2", "place a trigger point (service, audit, lock)", 3.0, *res,
                        base_name="raw sqlite3 INSERT + COMMIT, WAL, synchronous FULL")


# --------------------------------------------------------------------------- 3: open a visit

def scenario_open_visit(path: Path, repeats: int) -> Result:
    from PySide6.QtCore import QPointF, QRectF
    from PySide6.QtGui import QBrush, QColor, QImage, QPainter, QPainterPath, QPen, QPolygonF
    from PySide6.QtWidgets import QGraphicsScene

    from bodymap.ui.canvas.workspace import ChartWorkspace
    from bodymap.ui.document import ChartDocument
    qapp()
    engine, service = service_for(f"sqlite:///{path}")
    big = gen.big_visit_id(1)
    raw = sqlite3.connect(path)
    # the window's own path: the document loads the whole visit, the workspace puts the marks of
    # the view on screen on its scene (the other views get theirs when their tab is first shown)
    document = ChartDocument(service)
    workspace = ChartWorkspace(document)
    image = QImage(700, 1000, QImage.Format.Format_ARGB32)

    def paint(scene):
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, QRectF(0, 0, 700, 1000), scene.sceneRect())
        painter.end()

    switch_ms = []

    def target():
        document.open_visit(big)
        paint(workspace.current_canvas().chart_scene)

    def switch_tab():              # not part of the figure: the cost of a view's first showing
        t0 = time.perf_counter()
        workspace.show_view("posterior")
        paint(workspace.current_canvas().chart_scene)
        switch_ms.append((time.perf_counter() - t0) * 1000)
        workspace.show_view("anterior")

    base_scene = QGraphicsScene(0, 0, 600, 1000)

    def baseline():
        tps = raw.execute("SELECT * FROM trigger_points WHERE visit_id = ? ORDER BY id", (big,)).fetchall()
        zones = raw.execute("SELECT * FROM pain_zones WHERE visit_id = ? ORDER BY id", (big,)).fetchall()
        base_scene.clear()
        pen, brush = QPen(QColor("black")), QBrush(QColor(200, 40, 40, 120))
        for row in zones:
            path_ = QPainterPath()
            for poly in json.loads(row[4]):
                path_.addPolygon(QPolygonF([QPointF(x * 600, y * 1000) for x, y in poly]))
            base_scene.addPath(path_, pen, brush)
        for row in tps:
            base_scene.addEllipse(row[3] * 600 - 6, row[4] * 1000 - 6, 12, 12, pen, brush)
        paint(base_scene)

    res = interleaved(target, baseline, repeats, warmup=2)
    for _ in range(repeats):
        document.open_visit(big)
        switch_tab()
    engine.dispose()
    return ratio_result("3", "open a visit (1,000 TrPs, 200 zones) until painted", 2.0, *res,
                        note=f"(then a view's first showing: median {statistics.median(switch_ms):.1f} ms)",
                        base_name="raw SELECT + QGraphicsScene of 1,200 plain items, rendered")


# --------------------------------------------------------------------------- 5: brush preview

def scenario_brush(path: Path, moves: int) -> Result:
    from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
    from PySide6.QtGui import QMouseEvent
    from PySide6.QtWidgets import QApplication

    from bodymap.ui.canvas.workspace import ChartWorkspace
    from bodymap.ui.document import ChartDocument
    app = qapp()
    engine, service = service_for(f"sqlite:///{path}")
    document = ChartDocument(service)
    workspace = ChartWorkspace(document)
    workspace.resize(1200, 900)
    workspace.show()
    document.open_visit(gen.big_visit_id(1)) if hasattr(document, "open_visit") else document.load(
        service.get_chart(gen.big_visit_id(1)))
    app.processEvents()
    canvas = workspace.canvases["anterior"]
    workspace.show_view("anterior")
    canvas.set_tool("brush")
    app.processEvents()
    vp = canvas.viewport()
    w, h = vp.width(), vp.height()

    def mouse(kind, x, y, button=Qt.MouseButton.LeftButton):
        p = QPointF(x, y)
        buttons = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseButtonRelease else Qt.MouseButton.NoButton
        return QMouseEvent(kind, p, vp.mapToGlobal(QPoint(int(x), int(y))).toPointF(), button, buttons,
                           Qt.KeyboardModifier.NoModifier)

    import math
    cx, cy = w * 0.5, h * 0.4
    QApplication.sendEvent(vp, mouse(QEvent.Type.MouseButtonPress, cx, cy))
    vp.repaint()
    update_ms, repaint_ms = [], []
    for i in range(moves):
        a = i / 12.0
        x, y = cx + 60 * math.cos(a) + i * 0.3, cy + 40 * math.sin(a)
        t0 = time.perf_counter()
        QApplication.sendEvent(vp, mouse(QEvent.Type.MouseMove, x, y, Qt.MouseButton.NoButton))
        app.processEvents()              # the scene's changed region -> viewport update -> paint
        app.processEvents()
        t1 = time.perf_counter()
        vp.repaint()                     # for comparison: a full repaint of the same view
        t2 = time.perf_counter()
        update_ms.append((t1 - t0) * 1000)
        repaint_ms.append((t2 - t1) * 1000)
    canvas.tool.cancel()
    engine.dispose()
    value = p95(update_ms)
    return Result("5", f"brush preview, one mouse move + repaint ({moves} moves)", update_ms, repaint_ms,
                  [a / b for a, b in zip(update_ms, repaint_ms)], "p95 <= 8 ms", value, " ms", value <= 8.0,
                  f"(median {statistics.median(update_ms):.2f} ms; a full repaint of the view: "
                  f"median {statistics.median(repaint_ms):.2f}, p95 {p95(repaint_ms):.2f} ms)",
                  "a full repaint of the same view")


# --------------------------------------------------------------------------- 6: PDF export

def scenario_pdf(path: Path, repeats: int, batch: int) -> list[Result]:
    from bodymap.export.report import export_pdf
    qapp()
    engine, service = service_for(f"sqlite:///{path}")
    out_dir = Path(tempfile.mkdtemp(prefix="bodymap-bench-pdf-"))
    visit_ids = [pid * gen.PER_PATIENT_VISITS - 1 for pid in range(2, batch + 2)]    # signed visits
    first = visit_ids[0]

    def single(vid=first):
        export_pdf(service.get_chart(vid), out_dir / f"{vid}.pdf")

    single()
    singles = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        single()
        singles.append((time.perf_counter() - t0) * 1000)
    t0 = time.perf_counter()
    for vid in visit_ids:
        single(vid)
    batch_ms = (time.perf_counter() - t0) * 1000
    singles2 = []
    for _ in range(repeats):
        t0 = time.perf_counter()
        single()
        singles2.append((time.perf_counter() - t0) * 1000)
    engine.dispose()
    import shutil
    shutil.rmtree(out_dir, ignore_errors=True)
    one = statistics.median(singles + singles2)
    r6a = Result("6a", "PDF export of one visit (4 marked views)", singles + singles2, [], [], "< 1000 ms", one,
                 " ms", one < 1000)
    lin = batch_ms / (batch * one)
    r6b = Result("6b", f"PDF batch of {batch} visits vs {batch} x one", [batch_ms], [batch * one], [lin],
                 "~1.0x", lin, "x", lin <= 1.2, f"(batch {batch_ms / 1000:.1f} s)", f"{batch} x one export")
    return [r6a, r6b]


# --------------------------------------------------------------------------- report

def machine() -> dict:
    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import PySide6
    import sqlalchemy
    return {"CPU": cpu, "cores": str(os.cpu_count()), "Python": platform.python_version(),
            "SQLite": sqlite3.sqlite_version, "PySide6": PySide6.__version__,
            "SQLAlchemy": sqlalchemy.__version__, "OS": platform.platform()}


def write_report(path: Path, results: list[Result], info: dict, label: str, elapsed: float, notes: list[str]):
    lines = [f"### {label}", "", "| | scenario | target median | baseline median | figure | spread (q1..q3) | goal | |",
             "|---|---|---|---|---|---|---|---|"]
    for r in results:
        med = (lambda v: f"{statistics.median(v):.1f} ms" if v else "-")
        spread = f"{q(r.ratios, 1):.2f}..{q(r.ratios, 3):.2f}" if len(r.ratios) > 1 else ""
        unit = r.unit.strip()
        lines.append(f"| {r.no} | {r.name} {r.note} | {med(r.target_ms) if r.unit != ' MB' else f'{statistics.median(r.target_ms):.0f} MB'} | "
                     f"{med(r.base_ms) if r.unit != ' MB' else f'{statistics.median(r.base_ms):.0f} MB'} | "
                     f"{'+' if unit == 'MB' else ''}{r.value:.2f} {unit} | {spread} | {r.goal} | "
                     f"{ {True: 'holds', False: '**misses**', None: ''}[r.ok]} |")
    lines += ["", "Baselines: " + "; ".join(f"{r.no}: {r.base_name}" for r in results if r.base_name), ""]
    lines += ["Machine: " + ", ".join(f"{k} {v}" for k, v in info.items()) + ".", "",
              f"Whole run: {elapsed:.0f} s.", ""] + [f"- {n}" for n in notes] + [""]
    text = path.read_text() if path.exists() else ""
    marker = "<!-- bench:latest -->"
    block = f"{marker}\n" + "\n".join(lines) + "\n<!-- /bench:latest -->"
    if marker in text:
        start = text.index(marker)
        end = text.index("<!-- /bench:latest -->", start) + len("<!-- /bench:latest -->")
        text = text[:start] + block + text[end:]
    else:
        text = (text.rstrip() + "\n\n" if text else "# Performance\n\n") + "## Latest `make bench`\n\n" + block + "\n"
    path.write_text(text)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--quick", action="store_true", help="fewer repeats (a smoke run)")
    parser.add_argument("--only", default="1,2,3,4,5,6,7,8,9")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--batch", type=int, default=100)
    parser.add_argument("--write", default=str(ROOT / "docs" / "PERFORMANCE.md"))
    parser.add_argument("--label", default="after")
    args = parser.parse_args(argv)
    only = set(args.only.split(","))
    started = time.perf_counter()
    info = machine()
    notes = []
    t0 = time.perf_counter()
    path = gen.generate_sqlite(args.scale)
    print(f"clinic database {path.name}: ready in {time.perf_counter() - t0:.1f}s (cached when under 1s)")
    results: list[Result] = []

    def done(rs):
        for r in rs if isinstance(rs, list) else [rs]:
            results.append(r)
            print(r.line(), flush=True)

    if only & {"1", "7"}:
        done(scenario_startup(f"sqlite:///{path}", 3 if args.quick else 7))
    if "2" in only:
        done(scenario_add_tp(path, 15 if args.quick else 60))
    if "3" in only:
        done(scenario_open_visit(path, 5 if args.quick else 15))
    if "4" in only:
        n10 = gen.counts(args.scale)["patients"]
        p10, p100 = patients_only_sqlite(n10), patients_only_sqlite(n10 * 10)
        pg = None
        cluster = None
        if not args.no_postgres:
            try:
                cluster = gen.PgCluster().start()
                info["PostgreSQL"] = cluster.version()
                pg = (patients_only_pg(cluster, n10, "p10"), patients_only_pg(cluster, n10 * 10, "p100"))
            except Exception as exc:          # no server binaries here: SQLite only
                notes.append(f"PostgreSQL not measured: {exc}")
                if cluster is not None:
                    cluster.stop()
                cluster = None
        try:
            done(scenario_search(p10, p100, 5 if args.quick else 15, pg))
        finally:
            if cluster is not None:
                cluster.stop()
    if "5" in only:
        done(scenario_brush(path, 60 if args.quick else 200))
    if "6" in only:
        done(scenario_pdf(path, 3 if args.quick else 5, min(args.batch, 10) if args.quick else args.batch))
    if "8" in only:
        import bench_export_memory
        bench_export_memory.run(args.scale, ["json", "csv", "fhir"], not args.no_postgres,
                                Path(args.write) if args.write else None)
    if "9" in only:
        import bench_signin
        try:
            done(bench_signin.run(3 if args.quick else 7))
        except RuntimeError as exc:           # no Xvfb here
            notes.append(f"Start-up under Xvfb not measured: {exc}")
    elapsed = time.perf_counter() - started
    info["scale"] = f"{args.scale:g} ({gen.counts(args.scale)})"
    print(f"whole run {elapsed:.0f}s")
    if args.write and results:
        write_report(Path(args.write), results, info, args.label, elapsed, notes)
        print(f"written to {args.write}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
