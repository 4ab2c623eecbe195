"""Renders the user guide's pictures (bodymap/assets/guide/*.png), offscreen, from the demo clinic:
the window (tools/screenshot.py) and the first page of a handout (needs poppler's pdftoppm).

    .venv/bin/python tools/guide_images.py
"""
from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
GUIDE = ROOT / "bodymap" / "assets" / "guide"
sys.path.insert(0, str(ROOT))


def _shrink(source: Path, target: Path, width: int) -> None:
    from PIL import Image
    image = Image.open(source).convert("RGB")
    image = image.resize((width, round(image.height * width / image.width)), Image.LANCZOS)
    image.quantize(colors=256, method=Image.Quantize.MEDIANCUT).save(target, optimize=True)


def main() -> None:
    sys.path.insert(0, str(ROOT / "tools"))
    import screenshot
    with tempfile.TemporaryDirectory() as tmp:
        window = Path(tmp) / "window.png"
        screenshot.main(str(window))
        _shrink(window, GUIDE / "window.png", 1100)
        url = f"sqlite:///{tmp}/guide.sqlite3"
        cli = [sys.executable, "-m", "bodymap.cli", "--database", url]
        subprocess.run([*cli, "demo"], check=True, capture_output=True, cwd=ROOT)
        pdf = Path(tmp) / "handout.pdf"
        subprocess.run([*cli, "export", "--visit", "1", "--format", "pdf", "-o", str(pdf)], check=True,
                       capture_output=True, cwd=ROOT)
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(Path(tmp) / "handout")], check=True)
        _shrink(Path(tmp) / "handout.png", GUIDE / "handout.png", 500)
    for name in ("window.png", "handout.png"):
        print(GUIDE / name, (GUIDE / name).stat().st_size)


if __name__ == "__main__":
    main()
