"""Update the translation sources and compile them (docs/TRANSLATIONS.md).

    python tools/translations.py            # lupdate: new strings into every .ts, then lrelease
    python tools/translations.py --release  # lrelease only (.ts -> .qm)

Uses pyside6-lupdate and pyside6-lrelease from the Python running this script (they come with
PySide6-Essentials). The .qm files are committed next to their .ts (tests/render/test_i18n.py
checks they are the compiled .ts), so a fresh clone runs without this step.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "bodymap" / "assets" / "i18n"
CODES = ("es", "de", "pt_BR")


def tool(name: str) -> str:
    """pyside6-<name> beside this Python (the venv's), else on PATH."""
    here = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(here) if here.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found (it comes with PySide6-Essentials)")
    return found


def sources() -> list[str]:
    """Every Python file of the package, relative to the repository (stable .ts files)."""
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "bodymap").rglob("*.py"))


def ts_path(code: str) -> Path:
    return I18N / f"bodymap_{code}.ts"


def lupdate(targets: list[Path], obsolete: bool = False) -> str:
    """Merge the source strings into targets (.ts); returns lupdate's report."""
    args = [tool("lupdate"), "-locations", "none", *(() if obsolete else ("-no-obsolete",)),
            *sources(), "-ts", *map(str, targets)]
    out = subprocess.run(args, cwd=ROOT, capture_output=True, text=True, check=True, timeout=300)
    return out.stdout + out.stderr


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True,
                   capture_output=True, timeout=120)


def main(argv: list[str]) -> int:
    if "--release" not in argv:
        print(lupdate([ts_path(code) for code in CODES]))
    for code in CODES:
        lrelease(ts_path(code), I18N / f"bodymap_{code}.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
