"""A synthetic clinic for the benchmarks: patients, visits, trigger points and pain zones.

Run:  .venv/bin/python benchmarks/generate.py [--scale 0.01] [--postgres]

At --scale 1: 10,000 patients, 100,000 visits (10 each), 2,000,000 trigger points (20 a visit on
four views) and 500,000 zones (5 a visit). Patient 1's newest visit is the "big visit": 1,000
trigger points and 200 zones (used by the open-a-visit and brush scenarios).

The schema is made by `db.migrate` (so every index the app declares is there); the rows go in
with bulk inserts (sqlite3 executemany in large transactions; COPY on PostgreSQL). Values are
realistic: trigger points are sampled inside the diagram regions (and resolved to region,
muscle, side and site by the diagram, as the service does) and zones are real brush blobs
clipped to the body and resolved to regions — a pool of each is computed once and reused.

The SQLite file is cached under /tmp keyed by a hash of the schema (migrations + db.py), this
file and the scale, so repeated runs reuse it.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CACHE_DIR = Path(os.environ.get("BODYMAP_BENCH_CACHE", "/tmp/bodymap-bench"))
VIEWS = ("anterior", "posterior", "lateral_right", "head_lateral_right")
PER_PATIENT_VISITS = 10
PER_VISIT_TPS = 20
PER_VISIT_ZONES = 5
BIG_TPS, BIG_ZONES = 1000, 200
CHUNK = 50_000
FIRST = ["Anna", "Ben", "Carla", "David", "Eva", "Finn", "Greta", "Hugo", "Ines", "Jonas", "Karin",
         "Lukas", "Maria", "Nils", "Olga", "Paul", "Rosa", "Stefan", "Tanja", "Uwe", "Vera", "Wim",
         "Xenia", "Yusuf", "Zoe", "Émile", "Søren", "Łucja", "Ömer", "Ana-María"]
LAST = ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
        "Hoffmann", "Koch", "Richter", "Klein", "Wolf", "Neumann", "Schwarz", "Zimmermann", "Braun",
        "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Meier", "Lehmann", "Smith",
        "Jones", "García", "O'Brien", "Nguyen", "Kowalski", "Rossi", "Dubois", "Andersson", "Yılmaz"]
COMPLAINTS = ["neck pain", "low back pain", "headache", "shoulder pain", "hip pain", "", "knee pain"]
QUALITIES = ["aching", "burning", "stabbing", "pins_and_needles", "numbness", "throbbing"]


def schema_hash() -> str:
    h = hashlib.sha1()
    # db.py became the db/ package: every file of it counts
    for path in (sorted((ROOT / "bodymap" / "migrations").rglob("*.py"))
                 + sorted((ROOT / "bodymap" / "db").rglob("*.py")) + [Path(__file__)]):
        h.update(path.read_bytes())
    return h.hexdigest()[:12]


def counts(scale: float) -> dict:
    patients = max(2, round(10_000 * scale))
    return {"patients": patients, "visits": patients * PER_PATIENT_VISITS,
            "trigger_points": patients * PER_PATIENT_VISITS * PER_VISIT_TPS + BIG_TPS,
            "zones": patients * PER_PATIENT_VISITS * PER_VISIT_ZONES + BIG_ZONES}


# --------------------------------------------------------------------------- sample pools

def point_pool(per_view: int = 400, seed: int = 1) -> dict[str, list[tuple]]:
    """Per view: (x, y, region, muscle, site, side) resolved by the diagram like _place does."""
    from shapely.geometry import Point

    from bodymap.domain.diagrams import load_view
    from bodymap.domain.geometry import to_shape
    rng = random.Random(seed)
    pools = {}
    for view_id in VIEWS:
        view = load_view(view_id)
        shapes = [(r, to_shape(r.polygons, view.aspect)) for r in view.regions]
        out: list[tuple] = []
        tries = 0
        while len(out) < per_view and tries < per_view * 50:
            tries += 1
            region, shape = rng.choice(shapes)
            x0, y0, x1, y1 = shape.bounds
            px, py = rng.uniform(x0, x1), rng.uniform(y0, y1)
            if not shape.contains(Point(px, py)):
                continue
            x, y = px / view.aspect, py          # to_shape scales x by the aspect
            where = view.locate(x, y)
            if where.region is None:
                continue
            if where.muscle is not None:
                side = where.muscle.side if where.muscle.side != "midline" else where.region.side
                site = where.site.label if where.site is not None and where.site.muscle_id == where.muscle.muscle_id else None
                out.append((round(x, 5), round(y, 5), where.region.region_id, where.muscle.muscle_id, site, side))
            else:
                out.append((round(x, 5), round(y, 5), where.region.region_id, None, None, where.region.side))
        pools[view_id] = out
    return pools


def zone_pool(per_view: int = 60, seed: int = 2) -> dict[str, list[tuple]]:
    """Per view: (polygons_json, sides, regions_json) as the service would store them."""
    from bodymap import db
    from bodymap.domain.diagrams import load_view
    from bodymap.domain.placement import zone_outline as _zone_polygons
    from bodymap.services.convert import _shape_zone
    from bodymap.services.demo import blob
    rng = random.Random(seed)
    points = point_pool(per_view, seed=seed)
    pools = {}
    for view_id in VIEWS:
        view = load_view(view_id)
        out = []
        for x, y, *_ in points[view_id]:
            r = rng.uniform(0.015, 0.04)
            try:
                polys = _zone_polygons(view, blob(x, y, r / view.aspect, r * rng.uniform(0.8, 1.6), n=24))
            except Exception:
                continue
            row = db.PainZone()
            _shape_zone(row, view, polys)
            out.append((json.dumps(row.polygons), row.sides, json.dumps(row.regions)))
        pools[view_id] = out
    return pools


# --------------------------------------------------------------------------- rows

BASE_TIME = dt.datetime(2020, 1, 6, 8, 0, tzinfo=dt.UTC)


def _ts(moment: dt.datetime, pg: bool) -> str:
    return moment.isoformat(sep=" ") if pg else moment.replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


def patient_rows(n: int, rng: random.Random, pg: bool):
    now = _ts(BASE_TIME, pg)
    for pid in range(1, n + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        dob = dt.date(1940, 1, 1) + dt.timedelta(days=rng.randrange(0, 30000))
        yield (pid, f"C{pid:07d}", name, dob.isoformat(), rng.choice(["female", "male", "unknown"]), "",
               now, now)


def visit_rows(n_patients: int, rng: random.Random, pg: bool):
    vid = 0
    for pid in range(1, n_patients + 1):
        for k in range(PER_PATIENT_VISITS):
            vid += 1
            when = _ts(BASE_TIME + dt.timedelta(days=7 * k + pid % 700, hours=pid % 9), pg)
            signed = k < PER_PATIENT_VISITS - 1
            yield (vid, pid, when, "Dr. Bench", rng.choice(COMPLAINTS), rng.randint(0, 10), "",
                   "signed" if signed else "draft", when if signed else None,
                   "Dr. Bench" if signed else "", "Dr. Bench", 1, when, when)


def tp_rows(n_visits: int, big_visit: int, points, rng: random.Random, pg: bool):
    tid = 0
    now = _ts(BASE_TIME, pg)
    f, t = ("f", "t") if pg else (0, 1)
    for vid in range(1, n_visits + 1):
        n = BIG_TPS if vid == big_visit else PER_VISIT_TPS
        for i in range(n):
            tid += 1
            view = VIEWS[i % len(VIEWS)]
            x, y, region, muscle, site, side = rng.choice(points[view])
            yield (tid, vid, view, x, y, 1, region, muscle, site, side,
                   "active" if rng.random() < 0.8 else "latent",
                   t if rng.random() < 0.7 else f, t, t if rng.random() < 0.5 else f, f, f,
                   rng.randint(0, 10), t if rng.random() < 0.5 else f, "0.25x40", None, None, "",
                   None, f, now, now)


def zone_rows(n_visits: int, big_visit: int, zones, rng: random.Random, pg: bool):
    zid = 0
    now = _ts(BASE_TIME, pg)
    f = "f" if pg else 0
    for vid in range(1, n_visits + 1):
        n = BIG_ZONES if vid == big_visit else PER_VISIT_ZONES
        for i in range(n):
            zid += 1
            view = VIEWS[i % len(VIEWS)]
            polygons, sides, regions = rng.choice(zones[view])
            yield (zid, vid, view, 1, polygons, sides, regions, rng.choice(QUALITIES), rng.randint(1, 10),
                   "superficial", "", None, f, now, now)


COLUMNS = {
    "patients": "id, chart_number, name, date_of_birth, sex, notes, created_at, updated_at",
    "visits": ("id, patient_id, started_at, clinician, chief_complaint, overall_pain, notes, status, "
               "signed_at, signed_by, created_by, version, created_at, updated_at"),
    "trigger_points": ("id, visit_id, view, x, y, diagram_version, region, muscle, site, side, status, "
                       "taut_band, spot_tenderness, pain_recognition, local_twitch, referred_pain, "
                       "pressure_pain, needled, needle_size, depth_mm, twitch_responses, notes, "
                       "carried_from_id, carry_confirmed, created_at, updated_at"),
    "pain_zones": ("id, visit_id, view, diagram_version, polygons, sides, regions, quality, intensity, "
                   "depth, notes, carried_from_id, carry_confirmed, created_at, updated_at"),
}


def big_visit_id(scale: float) -> int:
    """Patient 1's newest visit."""
    return PER_PATIENT_VISITS


def _tables(scale: float, pg: bool):
    c = counts(scale)
    rng = random.Random(42)
    points, zones = point_pool(), zone_pool()
    big = big_visit_id(scale)
    return [("patients", patient_rows(c["patients"], rng, pg)),
            ("visits", visit_rows(c["patients"], rng, pg)),
            ("trigger_points", tp_rows(c["visits"], big, points, rng, pg)),
            ("pain_zones", zone_rows(c["visits"], big, zones, rng, pg))]


def _chunks(rows, size=CHUNK):
    chunk = []
    for row in rows:
        chunk.append(row)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


# --------------------------------------------------------------------------- SQLite

def sqlite_path(scale: float) -> Path:
    return CACHE_DIR / f"clinic-{schema_hash()}-s{scale:g}.sqlite3"


def generate_sqlite(scale: float, path: Path | None = None, quiet: bool = False) -> Path:
    """The cached SQLite clinic for scale (generated on first use)."""
    path = path or sqlite_path(scale)
    if path.exists():
        return path
    from bodymap import db
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".part")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    t0 = time.perf_counter()
    engine = db.make_engine(f"sqlite:///{tmp}")
    db.migrate(engine)
    engine.dispose()
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-200000")
    for table, rows in _tables(scale, pg=False):
        cols = COLUMNS[table]
        marks = ",".join("?" * len(cols.split(",")))
        for chunk in _chunks(rows):
            conn.execute("BEGIN")
            conn.executemany(f"INSERT INTO {table} ({cols}) VALUES ({marks})", chunk)
            conn.execute("COMMIT")
    conn.execute("ANALYZE")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    os.replace(tmp, path)
    prune_stale(path)
    if not quiet:
        print(f"generated {path} ({path.stat().st_size / 1e6:.0f} MB, {counts(scale)}) "
              f"in {time.perf_counter() - t0:.1f}s")
    return path


def prune_stale(path: Path) -> None:
    """Delete the caches like path made for an older schema (each clinic is ~1 GB): same name
    with another schema hash in its second part."""
    kind, _hash, rest = path.name.split("-", 2)
    current = schema_hash()
    for old in path.parent.glob(f"{kind}-*-{rest}"):
        if old.name.split("-", 2)[1] != current:
            for p in (old, Path(f"{old}-wal"), Path(f"{old}-shm")):
                p.unlink(missing_ok=True)


def copy_of(path: Path) -> Path:
    """A scratch copy of a cached clinic (for scenarios that write)."""
    fd, name = tempfile.mkstemp(prefix="bodymap-bench-", suffix=".sqlite3", dir=CACHE_DIR)
    os.close(fd)
    shutil.copyfile(path, name)
    return Path(name)


# --------------------------------------------------------------------------- PostgreSQL

class PgCluster:
    """A throwaway PostgreSQL cluster (as the 'postgres' user when run as root)."""

    def __init__(self):
        import glob
        import socket
        bindirs = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if os.environ.get("BODYMAP_PG_BINDIR"):
            bindirs.append(os.environ["BODYMAP_PG_BINDIR"])
        if not bindirs:
            raise RuntimeError("no PostgreSQL binaries found")
        self.bindir = Path(bindirs[-1])
        self.workdir = Path(tempfile.mkdtemp(prefix="bodymap-bench-pg-"))
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            import pwd
            pw = pwd.getpwnam("postgres")
            os.chown(self.workdir, pw.pw_uid, pw.pw_gid)
            self.as_user = [shutil.which("runuser") or "/usr/sbin/runuser", "-u", "postgres", "--"]
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            self.port = sock.getsockname()[1]
        self.data = self.workdir / "data"

    def _run(self, *args, check=True):
        return subprocess.run([*self.as_user, *args], capture_output=True, text=True, cwd=self.workdir,
                              stdin=subprocess.DEVNULL, check=check, timeout=120)

    def start(self) -> PgCluster:
        self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust", "-U", "postgres",
                  "-E", "UTF8", "--locale=C", "--no-sync")
        self._run("mkdir", "-p", str(self.workdir / "sock"))
        # durable like a clinic server (fsync on); the generator's bulk load is one COPY per chunk
        opts = (f"-p {self.port} -k {self.workdir / 'sock'} -c listen_addresses=127.0.0.1 "
                f"-c shared_buffers=256MB -c max_wal_size=4GB")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-l", str(self.workdir / "log"),
                  "-o", opts, "-w", "-t", "60", "start")
        return self

    def stop(self) -> None:
        if self.data.exists():
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-m", "immediate", "stop", check=False)
        shutil.rmtree(self.workdir, ignore_errors=True)

    def connect(self, dbname="postgres"):
        import psycopg
        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=dbname,
                               autocommit=True)

    def url(self, dbname: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{dbname}"

    def version(self) -> str:
        with self.connect() as conn:
            return conn.execute("SHOW server_version").fetchone()[0]


def generate_postgres(cluster: PgCluster, scale: float, dbname: str = "clinic", quiet: bool = False) -> str:
    from bodymap import db
    t0 = time.perf_counter()
    with cluster.connect() as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{dbname}"')
        conn.execute(f'CREATE DATABASE "{dbname}"')
    url = cluster.url(dbname)
    engine = db.make_engine(url)
    db.migrate(engine)
    engine.dispose()
    with cluster.connect(dbname) as conn:
        for table, rows in _tables(scale, pg=True):
            cols = COLUMNS[table]
            with conn.transaction(), conn.cursor() as cur:
                with cur.copy(f"COPY {table} ({cols}) FROM STDIN") as copy:
                    for row in rows:
                        copy.write_row(row)
            conn.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                         f"(SELECT max(id) FROM {table}))")
        conn.execute("VACUUM ANALYZE")
    if not quiet:
        print(f"generated PostgreSQL {dbname} ({counts(scale)}) in {time.perf_counter() - t0:.1f}s")
    return url


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1 = 10,000 patients (default)")
    parser.add_argument("--postgres", action="store_true", help="also load a throwaway PostgreSQL server")
    parser.add_argument("--force", action="store_true", help="regenerate the cached SQLite file")
    args = parser.parse_args(argv)
    path = sqlite_path(args.scale)
    if args.force:
        path.unlink(missing_ok=True)
    if path.exists():
        print(f"cached: {path}")
    generate_sqlite(args.scale)
    if args.postgres:
        cluster = PgCluster().start()
        try:
            generate_postgres(cluster, args.scale)
        finally:
            cluster.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
