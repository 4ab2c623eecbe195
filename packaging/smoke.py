"""Smoke test of a packaged bodymap (PyInstaller one-folder bundle), run by `make dist` and the
release workflows: the bundled program, with no Python or virtual environment on PATH, on a
fresh data folder,

- answers --version with the bundle's VERSION file (on Linux with fontconfig seeing no fonts at all,
  so the printouts must use the font the bundle ships),
- lists the diagram views (`render --list`), creates the demo clinic (`demo`),
- renders a view to PNG (`render`) and exports the handout PDF (`export --format pdf`; with
  poppler-utils there: real text, in the shipped font),
- checks the backup and the audit trail (`backup`, `audit --verify`),
- opens its window: on Linux under a virtual X server (Xvfb) until xdotool finds the window, on
  Windows and macOS on the runner's desktop until the process has lived a few seconds.

    python packaging/smoke.py dist/bodymap [--venv .venv] [--repeat N] [--postgres URL]

--venv also times the window's start from that virtual environment's `bodymap`, for
docs/PERFORMANCE.md. Exit 0 when every check passes; each check prints one line.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

WINDOW_TIMEOUT = 60.0


def program(bundle: Path, cli: bool = True) -> Path:
    if sys.platform == "win32":
        return bundle / ("bodymap-cli.exe" if cli else "bodymap.exe")
    if sys.platform == "darwin" and (bundle.parent / "bodymap.app").is_dir():
        return bundle.parent / "bodymap.app" / "Contents" / "MacOS" / "bodymap"
    return bundle / "bodymap"


def clean_env(home: Path) -> dict[str, str]:
    """No Python, no virtual environment, no display, a private home and data folder."""
    system_path = (os.pathsep.join([r"C:\Windows\System32", r"C:\Windows"]) if sys.platform == "win32"
                   else "/usr/bin:/bin")
    keep = ("SYSTEMROOT", "WINDIR", "TEMP", "TMP", "LANG", "LC_ALL", "USERNAME", "USER")
    env = {k: v for k, v in os.environ.items() if k.upper() in keep}
    env.update(PATH=system_path, HOME=str(home), XDG_DATA_HOME=str(home / "data"),
               XDG_STATE_HOME=str(home / "state"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_CACHE_HOME=str(home / "cache"), XDG_RUNTIME_DIR=str(home / "runtime"),
               USERPROFILE=str(home), LOCALAPPDATA=str(home / "local"), APPDATA=str(home / "roaming"),
               BODYMAP_LOG_DIR=str(home / "logs"))
    (home / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    if sys.platform.startswith("linux"):     # no system fonts: the bundle must bring its own
        conf = home / "fonts.conf"
        conf.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
                        f"<fontconfig><cachedir>{home / 'fc-cache'}</cachedir></fontconfig>\n", encoding="utf-8")
        env["FONTCONFIG_FILE"] = str(conf)
    return env


class Smoke:
    def __init__(self, bundle: Path, work: Path) -> None:
        self.bundle, self.work = bundle, work
        self.env = clean_env(work / "home")
        self.url = f"sqlite:///{(work / 'clinic.sqlite3').as_posix()}"
        self.failures = 0

    def run(self, *args: str, timeout: float = 180) -> subprocess.CompletedProcess:
        return subprocess.run([str(program(self.bundle)), *args], env=self.env, capture_output=True, text=True,
                              timeout=timeout, cwd=self.work)

    def check(self, what: str, ok: bool, detail: str = "") -> None:
        print(f"{'ok  ' if ok else 'FAIL'} {what}" + (f"\n     {detail.strip()[-1500:]}" if detail and not ok else ""),
              flush=True)
        self.failures += not ok

    def commands(self) -> None:
        exe = program(self.bundle)
        self.check(f"program exists: {exe}", exe.is_file())
        expected = (self.bundle / "VERSION").read_text("utf-8").strip()
        out = self.run("--version")
        self.check(f"--version says bodymap {expected}", out.returncode == 0 and out.stdout.strip() ==
                   f"bodymap {expected}", out.stdout + out.stderr)
        out = self.run("render", "--list")
        self.check("render --list names the views", out.returncode == 0 and "anterior" in out.stdout, out.stderr)
        out = self.run("--database", self.url, "demo")
        self.check("demo creates a patient and visits (migrations ran)",
                   out.returncode == 0 and "visit\t1" in out.stdout, out.stdout + out.stderr)
        png = self.work / "anterior.png"
        out = self.run("--database", self.url, "render", "anterior", "--visit", "1", "-o", str(png))
        self.check("render draws a PNG", out.returncode == 0 and png.is_file() and
                   png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000, out.stderr)
        pdf = self.work / "handout.pdf"
        out = self.run("--database", self.url, "export", "--visit", "1", "--format", "pdf", "-o", str(pdf))
        self.check("export --format pdf writes the handout", out.returncode == 0 and pdf.is_file() and
                   pdf.read_bytes()[:5] == b"%PDF-", out.stderr)
        if pdf.is_file() and shutil.which("pdftotext") and shutil.which("pdffonts"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout
            fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True).stdout
            self.check("the handout has real text", "Alex Morgan" in text and "Chief complaint" in text, text[:500])
            self.check("in the shipped font (DejaVu Sans, embedded)", "DejaVuSans" in fonts and " yes " in fonts, fonts)
            german = self.work / "handout-de.pdf"        # the compiled translations travel in the bundle
            out = self.run("--database", self.url, "export", "--visit", "1", "--format", "pdf", "--language", "de",
                           "-o", str(german))
            text = subprocess.run(["pdftotext", str(german), "-"], capture_output=True, text=True).stdout \
                if german.is_file() else ""
            self.check("export --language de writes a German handout", out.returncode == 0 and
                       "Hauptbeschwerde" in text and "Chief complaint" not in text, (out.stderr + text)[:500])
        backup = self.work / "copy.sqlite3"
        out = self.run("--database", self.url, "backup", "-o", str(backup))
        self.check("backup copies the database", out.returncode == 0 and backup.is_file(), out.stderr)
        out = self.run("--database", self.url, "audit", "--verify")
        self.check("audit --verify", out.returncode == 0 and "intact" in out.stdout, out.stdout + out.stderr)

    def postgres(self, url: str) -> None:
        """psycopg inside the bundle: demo and audit --verify against an empty PostgreSQL database."""
        out = self.run("--database", url, "demo")
        self.check("demo on PostgreSQL (psycopg in the bundle)", out.returncode == 0 and "visit\t1" in out.stdout,
                   out.stdout + out.stderr)
        out = self.run("--database", url, "audit", "--verify")
        self.check("audit --verify on PostgreSQL", out.returncode == 0 and "intact" in out.stdout,
                   out.stdout + out.stderr)


# --- the window ---------------------------------------------------------------------------


def _free_display() -> int:
    for n in range(90, 200):
        if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists():
            return n
    raise RuntimeError("no free X display number")


class VirtualScreen:
    """Xvfb on a free display (Linux), or nothing where the runner has a desktop."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen | None = None
        self.display: str | None = None

    def __enter__(self) -> VirtualScreen:
        if sys.platform.startswith("linux"):
            if not shutil.which("Xvfb") or not shutil.which("xdotool"):
                raise SystemExit("the window check needs Xvfb and xdotool (Debian: xvfb xdotool)")
            n = _free_display()
            self.proc = subprocess.Popen(["Xvfb", f":{n}", "-screen", "0", "1600x1000x24", "-nolisten", "tcp",
                                          "-noreset"],   # a reset between two clients refuses the second
                                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            self.display = f":{n}"
            deadline = time.monotonic() + 10
            while not Path(f"/tmp/.X11-unix/X{n}").exists():
                if time.monotonic() > deadline or self.proc.poll() is not None:
                    raise RuntimeError("Xvfb did not start")
                time.sleep(0.05)
        return self

    def __exit__(self, *exc) -> None:
        if self.proc is not None:
            self.proc.terminate()
            self.proc.wait(10)

    def window_seen(self, pid: int) -> bool:
        if self.display is None:
            return False
        found = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", "^bodymap"],
                               env={**os.environ, "DISPLAY": self.display}, capture_output=True, text=True)
        return found.returncode == 0 and bool(found.stdout.strip())


def time_to_window(command: list[str], env: dict[str, str], screen: VirtualScreen, alive_for: float = 5.0,
                   then=None) -> float:
    """Seconds from starting `command` until its first window shows (Linux), or raises. Where
    there is no xdotool (Windows, macOS) it only checks that the program still runs after
    alive_for seconds and returns that. With `then` (a callable), the program is kept running
    after its window showed until then() is true or WINDOW_TIMEOUT passes: the start window
    paints before the clinic database opens behind it, and the smoke test waits for that too."""
    env = dict(env)
    env.pop("QT_QPA_PLATFORM", None)
    if screen.display:
        env["DISPLAY"] = screen.display
    started = time.monotonic()
    proc = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        while True:
            elapsed = time.monotonic() - started
            if proc.poll() is not None:
                raise RuntimeError(f"the program ended ({proc.returncode}) before its window showed:\n"
                                   f"{proc.stdout.read() if proc.stdout else ''}")
            if (screen.display is not None and screen.window_seen(proc.pid)) or \
                    (screen.display is None and elapsed >= alive_for):
                while then is not None and not then() and proc.poll() is None \
                        and time.monotonic() - started < WINDOW_TIMEOUT:
                    time.sleep(0.05)
                return elapsed
            if elapsed > WINDOW_TIMEOUT:
                raise RuntimeError(f"no window after {WINDOW_TIMEOUT:.0f} s")
            time.sleep(0.05)
    finally:
        if proc.poll() is None:
            proc.send_signal(signal.SIGTERM) if os.name != "nt" else proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(10)


def window(smoke: Smoke, screen: VirtualScreen) -> float | None:
    exe = program(smoke.bundle, cli=False)
    log = Path(smoke.env["BODYMAP_LOG_DIR"]) / "bodymap.log"
    version = (smoke.bundle / "VERSION").read_text("utf-8").strip()

    def log_started() -> bool:          # written by the loader thread once the window is up
        return log.is_file() and f"bodymap {version} started" in log.read_text("utf-8", errors="replace")
    try:
        seconds = time_to_window([str(exe), "--database", f"sqlite:///{(smoke.work / 'gui.sqlite3').as_posix()}"],
                                 smoke.env, screen, then=log_started)
    except (RuntimeError, OSError) as exc:
        smoke.check("the window opens", False, str(exc))
        return None
    how = "a window titled bodymap… is shown" if screen.display else "still running"
    smoke.check(f"the window opens ({how} after {seconds:.2f} s)", True)
    text = log.read_text("utf-8", errors="replace") if log.is_file() else ""
    smoke.check("the window started its log file", f"bodymap {version} started" in text, text or f"no {log}")
    return seconds


def compare_start(bundle: Path, venv: Path, work: Path, repeat: int, screen: VirtualScreen) -> None:
    """Median time to the first window: the bundle, then the virtual environment's `bodymap`."""
    results = {}
    for label, command, env in (
            ("bundle", [str(program(bundle, cli=False))], clean_env(work / "home-b")),
            ("venv", [str(venv / ("Scripts" if os.name == "nt" else "bin") / "bodymap")], clean_env(work / "home-v"))):
        times = []
        for i in range(repeat + 1):          # the first run fills the disk cache and is left out
            url = f"sqlite:///{(work / f'start-{label}-{i}.sqlite3').as_posix()}"
            seconds = time_to_window([*command, "--database", url], env, screen)
            if i:
                times.append(seconds)
        results[label] = times
        print(f"start to first window, {label}: median {statistics.median(times):.2f} s "
              f"(min {min(times):.2f}, max {max(times):.2f}, {repeat} runs)", flush=True)


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("bundle", type=Path, help="the one-folder bundle, e.g. dist/bodymap")
    parser.add_argument("--venv", type=Path, help="also time the window's start from this virtual environment")
    parser.add_argument("--repeat", type=int, default=5, help="start-time runs with --venv (default 5)")
    parser.add_argument("--no-window", action="store_true", help="skip the window check")
    parser.add_argument("--postgres", metavar="URL", help="also run demo and audit --verify on this empty "
                                                          "PostgreSQL database (postgresql+psycopg://…)")
    args = parser.parse_args(argv)
    bundle = args.bundle.resolve()
    print(f"bundle {bundle}: {folder_size_mb(bundle):.0f} MB", flush=True)
    with tempfile.TemporaryDirectory(prefix="bodymap-smoke-") as tmp:
        smoke = Smoke(bundle, Path(tmp))
        smoke.commands()
        if args.postgres:
            smoke.postgres(args.postgres)
        if not args.no_window:
            with VirtualScreen() as screen:
                window(smoke, screen)
                if args.venv and not smoke.failures:
                    compare_start(bundle, args.venv.resolve(), Path(tmp), args.repeat, screen)
    print("smoke test passed" if not smoke.failures else f"smoke test FAILED: {smoke.failures} check(s)")
    return 1 if smoke.failures else 0


if __name__ == "__main__":
    sys.exit(main())
