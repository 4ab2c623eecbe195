"""Peak memory of `bodymap export --all` (JSON, CSV, FHIR) on a generated clinic.

Run:  .venv/bin/python benchmarks/bench_export_memory.py [--scale 0.1] [--formats json,csv,fhir]

The clinic comes from generate.py (cached under /tmp). Each export runs the real command line
(`bodymap --database URL export --all --format F -o FILE`) in a fresh child process, which reports
its own peak resident memory (VmHWM of /proc/self/status, as _startup_child.py does), the wall time
and the file's size. Results in docs/PERFORMANCE.md ("Streaming export").

Measured 6 Dec 2026 at --scale 0.1 (1,000 patients, 10,000 visits; 2 shared cores), peak RSS
before -> after streaming: JSON 2,972 -> 67 MB, CSV 359 -> 73 MB, FHIR 15,761 -> 73 MB.
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


def _peak_kb() -> int:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return 0


def child(url: str, fmt: str, out: str) -> int:
    """In the child: run the export, print {"peak_kb", "seconds"} as JSON."""
    import contextlib
    import io

    from bodymap.cli.run import main as cli
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(io.StringIO()):
        code = cli(["--database", url, "export", "--all", "--format", fmt, "-o", out])
    print(json.dumps({"code": code, "peak_kb": _peak_kb(), "seconds": time.perf_counter() - t0}))
    return 0


def measure(url: str, fmt: str, folder: Path) -> dict:
    out = folder / f"export.{fmt}"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, __file__, "--child", url, fmt, str(out)], env=env,
                          capture_output=True, text=True, check=True)
    result = json.loads(done.stdout.strip().splitlines()[-1])
    result["bytes"] = out.stat().st_size
    out.unlink()
    return result


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--child"]:
        return child(*argv[1:4])
    import generate
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=0.1, help="1 = 10,000 patients (default 0.1)")
    parser.add_argument("--formats", default="json,csv,fhir")
    args = parser.parse_args(argv)
    path = generate.generate_sqlite(args.scale)
    url = f"sqlite:///{path}"
    print(f"clinic: {path.name} {generate.counts(args.scale)}")
    with tempfile.TemporaryDirectory(prefix="bodymap-export-mem-") as folder:
        for fmt in args.formats.split(","):
            r = measure(url, fmt, Path(folder))
            print(f"{fmt:<5} peak RSS {r['peak_kb'] / 1024:8.1f} MB  {r['seconds']:7.1f} s  "
                  f"file {r['bytes'] / 1e6:8.1f} MB  exit {r['code']}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
