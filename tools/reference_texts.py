"""The reference's texts in the name tables (docs/TRANSLATIONS.md).

The trigger-point reference (bodymap/assets/reference/trigger_points.json) shows English content
in the reference browser: group labels, trigger-point locations, associated conditions and notes.
Their translations live in bodymap/assets/i18n/names_<code>.json next to the muscle, region and
view names, in the sections

    groups      keyed by group id                      "head_jaw"
    locations   keyed by "<muscle id>/<TP label>"      "masseter/TP1"
    conditions  keyed by the English condition text    "tennis elbow"
    notes       keyed by muscle id                     "masseter"

    python tools/reference_texts.py                  # report what each language lacks (exit 1 if any)
    python tools/reference_texts.py --english FILE   # write the English sections (what to translate)
    python tools/reference_texts.py --merge CODE FILE # put FILE's sections into names_<CODE>.json,
                                                     # keeping the other tables, dropping stale keys
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT / "bodymap" / "assets" / "reference" / "trigger_points.json"
I18N = ROOT / "bodymap" / "assets" / "i18n"
SECTIONS = ("groups", "locations", "conditions", "notes")
CODES = ("es", "de", "pt_BR")


def english() -> dict[str, dict[str, str]]:
    """The English text of every translatable entry, by section and key."""
    data = json.loads(REFERENCE.read_text(encoding="utf-8"))
    out: dict[str, dict[str, str]] = {s: {} for s in SECTIONS}
    out["groups"] = {g["id"]: g["label"] for g in data["groups"]}
    for m in data["muscles"]:
        for tp in m["trigger_points"]:
            if tp.get("location"):
                out["locations"][f"{m['id']}/{tp['label']}"] = tp["location"]
        for c in m.get("associated_conditions", ()):
            out["conditions"][c] = c
        if m.get("note"):
            out["notes"][m["id"]] = m["note"]
    return out


def lacking(code: str) -> list[str]:
    """Entries missing, empty or still the English in names_<code>.json."""
    names = json.loads((I18N / f"names_{code}.json").read_text(encoding="utf-8"))
    problems = []
    for section, entries in english().items():
        table = names.get(section, {})
        for key, text in entries.items():
            value = table.get(key, "")
            if not value.strip():
                problems.append(f"{code} {section} {key}: missing")
            elif value == text and len(text) > 12:
                problems.append(f"{code} {section} {key}: still English")
        problems += [f"{code} {section} {key}: not in the reference" for key in table if key not in entries]
    return problems


def merge(code: str, source: Path) -> None:
    path = I18N / f"names_{code}.json"
    names = json.loads(path.read_text(encoding="utf-8"))
    new = json.loads(source.read_text(encoding="utf-8"))
    for section, entries in english().items():
        old = {**names.get(section, {}), **new.get(section, {})}
        names[section] = {key: old[key] for key in entries if key in old}
    path.write_text(json.dumps(names, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--english", type=Path, help="write the English sections to this file")
    parser.add_argument("--merge", nargs=2, metavar=("CODE", "FILE"), help="merge FILE into names_<CODE>.json")
    args = parser.parse_args(argv)
    if args.english:
        args.english.write_text(json.dumps(english(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        return 0
    if args.merge:
        merge(args.merge[0], Path(args.merge[1]))
    problems = [p for code in CODES for p in lacking(code)]
    print("\n".join(problems) or "every reference text is translated")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
