#!/usr/bin/env python
"""Generate the body diagram assets (bodymap/assets/diagrams/<view>.json).

Run by hand (not at runtime)::

    python tools/build_diagrams.py [--reference PATH] [--only VIEW ...] [--fibres-only]

The geometry lives in ``tools/diagram_build/`` (one module per view family), designed in
"design pixels" (1000 px tall boxes) and normalised to 0..1 on output.  The output is
deterministic (no randomness, fixed rounding).

``--fibres-only`` rewrites only the muscles' "fibres" (tools/diagram_build/fibres.py) in the
assets already in --out, leaving their geometry as it is: the head close-ups come out of a
rebuild with their outlines shifted by rounding (a GEOS difference), and a fibre direction is no
reason to move an outline.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tools"))

from diagram_build.views import build_all, load_reference  # noqa: E402

OUT_DIR = ROOT / "bodymap" / "assets" / "diagrams"
# the shipped reference: the diagrams draw every muscle it names, the intrinsic hand and foot
# muscles included
DEFAULT_REFERENCE = ROOT / "bodymap" / "assets" / "reference" / "trigger_points.json"


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reference", default=str(DEFAULT_REFERENCE))
    ap.add_argument("--out", default=str(OUT_DIR))
    ap.add_argument("--only", nargs="*")
    ap.add_argument("--fibres-only", action="store_true")
    args = ap.parse_args(argv)
    ref = load_reference(args.reference)
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for view, data in build_all(ref, args.only).items():
        if args.fibres_only:
            data = with_fibres_of(json.loads((out / f"{view}.json").read_text()), data)
        text = json.dumps(data, separators=(",", ":"))
        (out / f"{view}.json").write_text(text + "\n")
        print(f"{view}: {len(data['regions'])} regions, {len(data['muscles'])} muscles, "
              f"{len(data['sites'])} sites, {len(text) // 1024} KiB")


def with_fibres_of(asset, built):
    """``asset`` with each muscle's "fibres" taken from the freshly ``built`` document."""
    fibres = {(m["id"], m["side"]): m["fibres"] for m in built["muscles"]}
    if set(fibres) != {(m["id"], m["side"]) for m in asset["muscles"]}:
        raise SystemExit(f"{asset['view']}: the muscles differ from the design; rebuild it whole")
    asset["muscles"] = [dict(m, fibres=fibres[(m["id"], m["side"])]) for m in asset["muscles"]]
    return asset


if __name__ == "__main__":
    main()
