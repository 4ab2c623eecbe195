"""Update the translation sources and compile them (docs/TRANSLATIONS.md).

    python tools/translations.py            # lupdate: new strings into every .ts, then lrelease
    python tools/translations.py --release  # lrelease only (.ts -> .qm)
    python tools/translations.py --fill-from DIR  # take finished translations from DIR/bodymap_<code>.ts
                                                  # for entries still unfinished here, then lrelease

Uses pyside6-lupdate and pyside6-lrelease from the Python running this script (they come with
PySide6-Essentials). The .qm files are committed next to their .ts (tests/render/test_i18n.py
checks they are the compiled .ts), so a fresh clone runs without this step.
"""
from __future__ import annotations

import re
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


_CONTEXT = re.compile(r"<context>.*?</context>", re.S)
_NAME = re.compile(r"<name>(.*?)</name>", re.S)
_MESSAGE = re.compile(r"<message(?: [^>]*)?>.*?</message>", re.S)
_SOURCE = re.compile(r"<source>(.*?)</source>", re.S)
_TRANSLATION = re.compile(r"<translation(?: [^>]*)?>.*?</translation>|<translation(?: [^>]*)?/>", re.S)


def _finished(text: str) -> dict[tuple[str, str], str]:
    """(context, source) -> the raw <translation> element, for every finished entry of a .ts."""
    out = {}
    for context in _CONTEXT.findall(text):
        name = _NAME.search(context)
        for message in _MESSAGE.findall(context):
            source, tr = _SOURCE.search(message), _TRANSLATION.search(message)
            if name and source and tr and "type=" not in tr.group(0).split(">", 1)[0]:
                out[(name.group(1), source.group(1))] = tr.group(0)
    return out


def fill_from(target: Path, donor: Path) -> int:
    """Fill target's unfinished entries with donor's finished translation of the same
    (context, source); used when two lines of work each translated new strings and their .ts
    files are merged by re-running lupdate. Returns how many entries were filled."""
    known = _finished(donor.read_text(encoding="utf-8"))
    filled = 0

    def context(match: re.Match[str]) -> str:
        block = match.group(0)
        name = _NAME.search(block)

        def message(m: re.Match[str]) -> str:
            nonlocal filled
            msg = m.group(0)
            source, tr = _SOURCE.search(msg), _TRANSLATION.search(msg)
            if not (name and source and tr) or 'type="unfinished"' not in tr.group(0).split(">", 1)[0]:
                return msg
            found = known.get((name.group(1), source.group(1)))
            if found is None:
                return msg
            filled += 1
            return msg[:tr.start()] + found + msg[tr.end():]
        return _MESSAGE.sub(message, block)

    text = _CONTEXT.sub(context, target.read_text(encoding="utf-8"))
    target.write_text(text, encoding="utf-8")
    return filled


def main(argv: list[str]) -> int:
    if "--fill-from" in argv:
        donor = Path(argv[argv.index("--fill-from") + 1])
        for code in CODES:
            print(f"{code}: {fill_from(ts_path(code), donor / ts_path(code).name)} filled")
    elif "--release" not in argv:
        print(lupdate([ts_path(code) for code in CODES]))
    for code in CODES:
        lrelease(ts_path(code), I18N / f"bodymap_{code}.qm")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
