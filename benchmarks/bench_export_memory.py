"""Peak memory of exchanging a whole clinic: `export --all` (JSON, CSV, FHIR) and `import` of the
JSON export into an empty database, on SQLite and (when its binaries are there) PostgreSQL.

Run:  .venv/bin/python benchmarks/bench_export_memory.py [--scale 1] [--formats json,csv,fhir]
                                                          [--no-postgres] [--write docs/PERFORMANCE.md]
`make bench` runs it as scenario 8 (benchmarks/run.py --only 8 runs it alone).

The clinic comes from generate.py (cached under /tmp). Each command runs the real command line
(`bodymap --database URL export --all --format F -o FILE`, `bodymap --database URL import FILE`)
in a fresh child process, which reports its own peak resident memory (VmHWM of /proc/self/status)
and wall time. The baseline, measured in the same run, is a child that loads the same command
line and opens the same database but exchanges nothing: the figure is the peak over it. Targets
(issue: streaming exchange): every export under 300 MB, the import under 400 MB, at 10,000 patients.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

LIMIT_MB = {"export": 300, "import": 400}
MARK = ("<!-- bench:exchange -->", "<!-- /bench:exchange -->")


def _peak_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def child(url: str, action: str, arg: str) -> int:
    """In the child: run one command, print {"code", "peak_kb", "seconds"} as JSON."""
    import contextlib
    import io

    from bodymap.cli.run import main as cli
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        if action == "baseline":                      # the command line and the database, nothing more
            from bodymap import db
            engine, _sessions = db.open_database(url)
            engine.dispose()
            code = 0
        elif action == "import":
            code = cli(["--database", url, "import", arg])
        else:
            code = cli(["--database", url, "export", "--all", "--format", action, "-o", arg])
    print(json.dumps({"code": code, "peak_kb": _peak_kb(), "seconds": time.perf_counter() - t0}))
    return 0


def run_child(url: str, action: str, arg: str = "-") -> dict:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, __file__, "--child", url, action, arg], env=env,
                          capture_output=True, text=True)
    if done.returncode != 0 or not done.stdout.strip():
        raise RuntimeError(f"{action} failed: {done.stderr.strip().splitlines()[-1:]}")
    result = json.loads(done.stdout.strip().splitlines()[-1])
    if result["code"] != 0:
        raise RuntimeError(f"{action} exited {result['code']}")
    return result


def measure_backend(label: str, url: str, empty_url: str, formats: list[str], folder: Path) -> list[dict]:
    """The baseline, each export, then the import of the JSON export into empty_url."""
    rows = []
    base = run_child(url, "baseline")
    for fmt in formats:
        out = folder / f"export.{fmt}"
        r = run_child(url, fmt, str(out))
        rows.append({"backend": label, "what": f"export --all --format {fmt}", "kind": "export",
                     "base_kb": base["peak_kb"], **r, "bytes": out.stat().st_size})
        if fmt != "json":
            out.unlink()
    json_file = folder / "export.json"
    if json_file.exists():
        r = run_child(empty_url, "import", str(json_file))
        rows.append({"backend": label, "what": "import (the JSON export, into an empty database)", "kind": "import",
                     "base_kb": base["peak_kb"], **r, "bytes": json_file.stat().st_size})
        json_file.unlink()
    for row in rows:
        print(line(row), flush=True)
    return rows


def line(r: dict) -> str:
    mb = r["peak_kb"] / 1024
    return (f"{r['backend']:<10} {r['what']:<50} peak {mb:7.0f} MB (baseline {r['base_kb'] / 1024:.0f} MB, "
            f"x{r['peak_kb'] / r['base_kb']:.1f})  {r['seconds']:7.1f} s  file {r['bytes'] / 1e6:7.1f} MB  "
            f"[< {LIMIT_MB[r['kind']]} MB: {'holds' if mb < LIMIT_MB[r['kind']] else 'MISSES'}]")


def write(path: Path, rows: list[dict], counts: dict, notes: list[str]) -> None:
    lines = [MARK[0], f"### Exchanging the whole clinic: peak memory ({counts['patients']:,} patients, "
             f"{counts['visits']:,} visits, {counts['trigger_points']:,} trigger points, {counts['zones']:,} zones)",
             "", "Measured by `make bench` (scenario 8, benchmarks/bench_export_memory.py): each command in a fresh "
             "process; peak resident memory (VmHWM). Baseline: the same command line opening the same database "
             "and exchanging nothing, in the same run.", "",
             "| backend | command | peak | baseline | peak / baseline | time | file | goal | |",
             "|---|---|---|---|---|---|---|---|---|"]
    for r in rows:
        mb = r["peak_kb"] / 1024
        ok = mb < LIMIT_MB[r["kind"]]
        lines.append(f"| {r['backend']} | `{r['what']}` | {mb:.0f} MB | {r['base_kb'] / 1024:.0f} MB | "
                     f"{r['peak_kb'] / r['base_kb']:.1f}x | {r['seconds']:.0f} s | {r['bytes'] / 1e6:.0f} MB | "
                     f"< {LIMIT_MB[r['kind']]} MB | {'holds' if ok else '**misses**'} |")
    lines += [""] + [f"- {n}" for n in notes] + ["", MARK[1]]
    block = "\n".join(lines)
    text = path.read_text() if path.exists() else "# Performance\n"
    if MARK[0] in text:
        start = text.index(MARK[0])
        end = text.index(MARK[1], start) + len(MARK[1])
        text = text[:start] + block + text[end:]
    else:
        text = text.rstrip() + "\n\n" + block + "\n"
    path.write_text(text)


def run(scale: float, formats: list[str], postgres: bool, write_to: Path | None, sqlite: bool = True) -> list[dict]:
    import generate

    from bodymap import db
    rows: list[dict] = []
    notes: list[str] = []
    path = generate.generate_sqlite(scale)
    print(f"clinic: {path.name} {generate.counts(scale)}")
    with tempfile.TemporaryDirectory(prefix="bodymap-exchange-mem-") as folder:
        if sqlite:
            empty = Path(folder) / "empty.sqlite3"
            db.open_database(f"sqlite:///{empty}")[0].dispose()
            rows += measure_backend("SQLite", f"sqlite:///{path}", f"sqlite:///{empty}", formats, Path(folder))
            empty.unlink()
        if postgres:
            cluster = None
            try:
                cluster = generate.PgCluster().start()
                url = generate.generate_postgres(cluster, scale, "clinic")
                empty_url = cluster.url("empty")
                with cluster.connect() as conn:
                    conn.execute('CREATE DATABASE "empty"')
                db.open_database(empty_url)[0].dispose()
                rows += measure_backend(f"PostgreSQL {cluster.version()}", url, empty_url, formats, Path(folder))
            except Exception as exc:                    # no server binaries here: SQLite only
                notes.append(f"PostgreSQL not measured: {exc}")
                print(notes[-1])
            finally:
                if cluster is not None:
                    cluster.stop()
    notes.append(f"Run {time.strftime('%Y-%m-%d')} on {os.cpu_count()} shared cores.")
    if write_to is not None:
        write(write_to, rows, generate.counts(scale), notes)
        print(f"written to {write_to}")
    return rows


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child(*argv[1:4])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 10,000 patients (default)")
    parser.add_argument("--formats", default="json,csv,fhir")
    parser.add_argument("--no-postgres", action="store_true")
    parser.add_argument("--no-sqlite", action="store_true")
    parser.add_argument("--write", default=None, help="update this file's exchange block (docs/PERFORMANCE.md)")
    args = parser.parse_args(argv)
    run(args.scale, args.formats.split(","), not args.no_postgres, Path(args.write) if args.write else None,
        sqlite=not args.no_sqlite)
    return 0


if __name__ == "__main__":
    sys.exit(main())
