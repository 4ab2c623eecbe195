"""The one place the command line starts Qt (for printouts and images), without a display if none."""
from __future__ import annotations

import os


def qt_app():
    if not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(["bodymap"])
    from bodymap.render.fonts import register_fonts
    register_fonts()
    return app
