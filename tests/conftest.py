"""Shared fixtures: a throwaway PostgreSQL cluster per session, a fresh database per test on both
backends, and a ChartService on it.

PostgreSQL comes from the first of: $BODYMAP_PG_BINDIR, `pg_config --bindir`, `initdb` on PATH,
the newest /usr/lib/postgresql/*/bin. Without it the PostgreSQL tests are skipped, unless
BODYMAP_REQUIRE_POSTGRES=1 (CI), which turns the skip into a failure.
"""
from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["LANGUAGE"] = "en"          # the tests read English words (docs/TRANSLATIONS.md); translated ones say so

import atexit  # noqa: E402
import contextlib  # noqa: E402
import glob  # noqa: E402
import itertools  # noqa: E402
import shutil  # noqa: E402
import socket  # noqa: E402
import subprocess  # noqa: E402
import tempfile  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

REPO_ROOT = Path(__file__).resolve().parent.parent
# run_gui starts bodymap's log file: in a folder of the test run's, not the user's log folder
if "BODYMAP_LOG_DIR" not in os.environ:
    os.environ["BODYMAP_LOG_DIR"] = tempfile.mkdtemp(prefix="bodymap-test-logs-")
    atexit.register(shutil.rmtree, os.environ["BODYMAP_LOG_DIR"], True)


@pytest.fixture(scope="session")
def qapp(qapp):
    """pytest-qt's application with the shipped fonts registered, as the window and the command
    line do at start-up."""
    from bodymap.render.fonts import register_fonts
    register_fonts()
    return qapp
PG_START_TIMEOUT = 30.0


def _require_postgres() -> bool:
    return os.environ.get("BODYMAP_REQUIRE_POSTGRES", "").strip() not in ("", "0", "false", "no")


def _pg_bindir() -> Path | None:
    candidates: list[Path] = []
    if os.environ.get("BODYMAP_PG_BINDIR"):
        candidates.append(Path(os.environ["BODYMAP_PG_BINDIR"]))
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run([pg_config, "--bindir"], capture_output=True, text=True, timeout=10)
            if out.returncode == 0 and out.stdout.strip():
                candidates.append(Path(out.stdout.strip()))
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)

    def version(path: str) -> tuple:
        return tuple(int(p) if p.isdigit() else 0 for p in Path(path).parent.name.split("."))

    candidates += [Path(p) for p in sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=version, reverse=True)]
    for bindir in candidates:
        if all((bindir / tool).is_file() and os.access(bindir / tool, os.X_OK)
               for tool in ("initdb", "pg_ctl", "postgres")):
            return bindir
    return None


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PgServer:
    """A running throwaway cluster: `url` is the base URL (no database name)."""

    def __init__(self, bindir: Path, port: int, workdir: Path, as_user: list[str]):
        self.bindir, self.port, self.workdir, self._as_user = bindir, port, workdir, as_user
        self.url = f"postgresql+psycopg://postgres@127.0.0.1:{port}/"
        self.startup_seconds = 0.0

    def run(self, *args: str, timeout: float = 60.0) -> subprocess.CompletedProcess:
        return subprocess.run([*self._as_user, *args], capture_output=True, text=True, timeout=timeout,
                              cwd=self.workdir, stdin=subprocess.DEVNULL)

    def connect(self, dbname: str = "postgres"):
        import psycopg
        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres", dbname=dbname,
                               autocommit=True, connect_timeout=5)

    def url_for(self, dbname: str) -> str:
        return self.url + dbname


def _fail_or_skip(reason: str):
    if _require_postgres():
        pytest.fail(f"{reason} (BODYMAP_REQUIRE_POSTGRES=1, so this is an error, not a skip)",
                    pytrace=False)
    pytest.skip(reason)


@pytest.fixture(scope="session")
def pg_server(request):
    bindir = _pg_bindir()
    if bindir is None:
        _fail_or_skip("PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; install the "
                      "Debian package 'postgresql' or set BODYMAP_PG_BINDIR")
    as_user: list[str] = []
    workdir = Path(tempfile.mkdtemp(prefix="bodymap-pg-"))
    if os.geteuid() == 0:
        # initdb refuses to run as root: run the cluster as the 'postgres' system user.
        import pwd
        try:
            pw = pwd.getpwnam("postgres")
        except KeyError:
            shutil.rmtree(workdir, ignore_errors=True)
            _fail_or_skip("running as root and there is no 'postgres' user to run initdb as")
        os.chown(workdir, pw.pw_uid, pw.pw_gid)
        runuser = shutil.which("runuser") or "/usr/sbin/runuser"
        as_user = [runuser, "-u", "postgres", "--"]
    data, sockdir, logfile = workdir / "data", workdir / "sock", workdir / "server.log"
    started = time.perf_counter()
    server = None
    try:
        init = subprocess.run([*as_user, str(bindir / "initdb"), "-D", str(data), "-A", "trust",
                               "-U", "postgres", "-E", "UTF8", "--locale=C", "--no-sync"],
                              capture_output=True, text=True, timeout=120, cwd=workdir,
                              stdin=subprocess.DEVNULL)
        if init.returncode != 0:
            pytest.fail(f"initdb failed ({init.returncode}):\n{init.stdout}\n{init.stderr}", pytrace=False)
        subprocess.run([*as_user, "mkdir", "-p", str(sockdir)], check=True, cwd=workdir)
        for _attempt in range(3):  # the free port may be taken between probing and binding
            port = _free_port()
            server = PgServer(bindir, port, workdir, as_user)
            opts = (f"-p {port} -k {sockdir} -c listen_addresses=127.0.0.1 -c fsync=off "
                    f"-c synchronous_commit=off -c full_page_writes=off -c max_connections=50")
            start = server.run(str(bindir / "pg_ctl"), "-D", str(data), "-l", str(logfile),
                               "-o", opts, "-w", "-t", str(int(PG_START_TIMEOUT)), "start",
                               timeout=PG_START_TIMEOUT + 10)
            if start.returncode == 0 and _wait_ready(server):
                break
            server.run(str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop")
            server = None
        if server is None:
            log = logfile.read_text(errors="replace") if logfile.exists() else "(no log)"
            pytest.fail(f"PostgreSQL did not start:\n{log[-3000:]}", pytrace=False)
        server.startup_seconds = time.perf_counter() - started
        request.config._bodymap_pg_startup = server.startup_seconds
        yield server
    finally:
        if data.exists():
            subprocess.run([*as_user, str(bindir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
                           capture_output=True, timeout=60, cwd="/", stdin=subprocess.DEVNULL)
        shutil.rmtree(workdir, ignore_errors=True)


def _wait_ready(server: PgServer) -> bool:
    deadline = time.monotonic() + PG_START_TIMEOUT
    while time.monotonic() < deadline:
        try:
            with server.connect() as conn:
                conn.execute("SELECT 1")
            return True
        except Exception:
            time.sleep(0.05)
    return False


_db_counter = itertools.count(1)


@contextlib.contextmanager
def pg_database(server: PgServer):
    """A fresh, empty database on the session cluster; dropped afterwards."""
    name = f"bodymap_test_{os.getpid()}_{next(_db_counter)}"
    with server.connect() as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    try:
        yield server.url_for(name)
    finally:
        with server.connect() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(params=["sqlite", "postgresql"])
def database_url(request, tmp_path):
    """URL of a fresh, empty database: a SQLite file in tmp_path, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'bodymap.sqlite3'}"
    else:
        server = request.getfixturevalue("pg_server")
        with pg_database(server) as url:
            yield url


@pytest.fixture
def backend(database_url) -> str:
    return "sqlite" if database_url.startswith("sqlite") else "postgresql"


@pytest.fixture
def engine(database_url):
    """An engine on the fresh, unmigrated database (the migration tests step through revisions)."""
    from bodymap import db
    engine = db.make_engine(database_url)
    try:
        yield engine
    finally:
        engine.dispose()


@pytest.fixture
def opened_database(database_url):
    """(engine, sessionmaker) of the migrated fresh database; the engine is disposed afterwards."""
    from bodymap import db
    engine, sessions = db.open_database(database_url)
    try:
        yield engine, sessions
    finally:
        engine.dispose()


@pytest.fixture
def sessions(opened_database):
    return opened_database[1]


@pytest.fixture
def service(opened_database):
    from bodymap.services import ChartService
    return ChartService(opened_database[1])


def pytest_terminal_summary(terminalreporter):
    """Report how long the session's PostgreSQL cluster took to come up."""
    seconds = getattr(terminalreporter.config, "_bodymap_pg_startup", None)
    if seconds is not None:
        terminalreporter.write_line(f"bodymap: PostgreSQL test cluster started in {seconds:.2f}s")

