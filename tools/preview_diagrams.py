#!/usr/bin/env python
"""Render every diagram view to PNG for visual checking.

Writes /tmp/diagram_<view>.png, /tmp/diagram_<view>_regions.png and
/tmp/diagram_<view>_muscles.png (1000 px tall) plus /tmp/diagram_<view>_2000.png.  Usage::

    QT_QPA_PLATFORM=offscreen python tools/preview_diagrams.py [--out /tmp]
"""
from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt  # noqa: E402
from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication, QGraphicsScene  # noqa: E402

from bodymap.domain.diagrams import SCENE_HEIGHT, available_views, load_view  # noqa: E402
from bodymap.render.diagram_item import DiagramItem  # noqa: E402


def render(view_id: str, height: int, show_regions: bool, layers=None) -> QImage:
    view = load_view(view_id)
    scene = QGraphicsScene()
    item = DiagramItem(view)
    item.set_show_regions(show_regions)
    if layers is not None:
        item.set_layers(layers)
    scene.addItem(item)
    rect = QRectF(0, 0, view.aspect * SCENE_HEIGHT, SCENE_HEIGHT)
    scene.setSceneRect(rect)
    image = QImage(round(height * view.aspect), height, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    scene.render(painter, QRectF(image.rect()), rect)
    painter.end()
    return image


def main(argv=None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default="/tmp")
    args = ap.parse_args(argv)
    app = QApplication.instance() or QApplication([])  # noqa: F841
    out = Path(args.out)
    for view_id in available_views():
        for suffix, height, regions, layers in (
                ("", 1000, False, None), ("_regions", 1000, True, None),
                ("_muscles", 1000, False, {"outline", "labels", "muscles", "deep", "landmarks"}),
                ("_2000", 2000, False, None)):
            path = out / f"diagram_{view_id}{suffix}.png"
            render(view_id, height, regions, layers).save(str(path))
            print(path)


if __name__ == "__main__":
    main()
