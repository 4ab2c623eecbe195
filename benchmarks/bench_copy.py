"""copy-database throughput: the demo clinic and a generated clinic, SQLite -> PostgreSQL -> SQLite.

Run:  .venv/bin/python benchmarks/bench_copy.py [--scale 0.05] [--batch 2000]

The generated clinic comes from generate.py (cached under /tmp); the PostgreSQL server is a
throwaway cluster with fsync on (as a clinic server). Prints rows, seconds and rows/s per direction
(the time includes reading, writing and checking both sides, not migrating the empty target).

Measured (2 shared cores): demo clinic 49 rows in 0.07 s each way; --scale 0.05 (131,675 rows)
SQLite -> PostgreSQL 24.6 s (5,357 rows/s), PostgreSQL -> SQLite 18.2 s (7,236 rows/s).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def _copy(source_url: str, target_url: str, batch: int):
    from bodymap import db
    from bodymap.services.audit import Actor
    from bodymap.services.copy_database import copy_database
    source, _ = db.open_database(source_url)
    target = db.make_engine(target_url)
    try:
        report = copy_database(source, target, Actor.command_line(), batch=batch)
    finally:
        source.dispose()
        target.dispose()
    assert report.ok and report.committed, report.lines()
    return report


def main(argv=None) -> int:
    import generate
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.05)
    parser.add_argument("--batch", type=int, default=2000)
    args = parser.parse_args(argv)
    work = Path(tempfile.mkdtemp(prefix="bodymap-copy-bench-"))
    from bodymap import db
    from bodymap.services import ChartService
    from bodymap.services.demo import create_demo
    demo_url = f"sqlite:///{work / 'demo.sqlite3'}"
    engine, sessions = db.open_database(demo_url)
    create_demo(ChartService(sessions))
    engine.dispose()
    clinic = generate.generate_sqlite(args.scale)
    cluster = generate.PgCluster().start()
    try:
        for label, url in (("demo clinic", demo_url), (f"generated clinic (scale {args.scale:g})",
                                                       f"sqlite:///{generate.copy_of(clinic)}")):
            name = "demo" if label.startswith("demo") else "clinic"
            with cluster.connect() as conn:
                conn.execute(f'CREATE DATABASE "{name}"')
            to_pg = _copy(url, cluster.url(name), args.batch)
            back = _copy(cluster.url(name), f"sqlite:///{work / (name + '-back.sqlite3')}", args.batch)
            for direction, r in (("SQLite -> PostgreSQL", to_pg), ("PostgreSQL -> SQLite", back)):
                print(f"{label}\t{direction}\t{r.rows} rows\t{r.seconds:.2f} s\t{r.rows / r.seconds:,.0f} rows/s")
    finally:
        cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
