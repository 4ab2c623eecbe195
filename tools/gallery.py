#!/usr/bin/env python
"""Render the diagram gallery used by docs/diagrams.md.

For every view writes docs/images/diagrams/<view>_<layers>.png (about 700 px tall) with the
layer sets "outline+labels", "regions" (outline+labels+regions) and
"muscles+deep+landmarks" (with outline and labels), and "muscles+names" (the superficial muscles
with their fibre hatch and names).  Usage::

    QT_QPA_PLATFORM=offscreen python tools/gallery.py [--out DIR] [--height 700] [--views ...]
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene  # noqa: E402

from bodymap.domain.diagrams import SCENE_HEIGHT, available_views, load_view  # noqa: E402
from bodymap.render.diagram_item import DiagramItem  # noqa: E402

LAYER_SETS = {
    "outline+labels": {"outline", "labels"},
    "regions": {"outline", "labels", "regions"},
    "muscles+deep+landmarks": {"outline", "labels", "muscles", "deep", "landmarks"},
    "muscles+names": {"outline", "labels", "muscles", "names"},
}


def render(view_id: str, height: int, layers) -> QImage:
    view = load_view(view_id)
    scene = QGraphicsScene()
    item = DiagramItem(view)
    item.set_layers(layers)
    scene.addItem(item)
    rect = QRectF(0, 0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)
    scene.setSceneRect(rect)
    image = QImage(round(height * view.aspect), height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    scene.removeItem(item)
    return image


def save_png(image: QImage, path: Path) -> None:
    """Save as a small palette PNG (line art quantises well)."""
    from PIL import Image
    from PySide6.QtCore import QBuffer, QIODevice
    buf = QBuffer()
    buf.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buf, "PNG")
    import io
    pil = Image.open(io.BytesIO(bytes(buf.data()))).convert("RGB")
    pil.quantize(colors=48, method=Image.Quantize.MEDIANCUT).save(path, optimize=True)


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "images" / "diagrams"))
    ap.add_argument("--height", type=int, default=700)
    ap.add_argument("--views", nargs="*")
    ap.add_argument("--sets", nargs="*", choices=sorted(LAYER_SETS))
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication([])  # noqa: F841
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for view_id in args.views or available_views():
        for name, layers in LAYER_SETS.items():
            if args.sets and name not in args.sets:
                continue
            path = out / f"{view_id}_{name}.png"
            save_png(render(view_id, args.height, layers), path)
            print(path)


if __name__ == "__main__":
    main()
