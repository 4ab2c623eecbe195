"""The one place the command line starts Qt (for printouts and images), without a display if none."""
from __future__ import annotations

import os
import sys


def needs_offscreen(platform: str | None = None, environ: os._Environ | dict | None = None) -> bool:
    """Only a Linux (or other X11/Wayland) system without a display needs Qt's offscreen platform:
    Windows and macOS always have their own, and never set DISPLAY."""
    platform = sys.platform if platform is None else platform
    environ = os.environ if environ is None else environ
    if platform.startswith(("win32", "cygwin", "darwin")):
        return False
    return not environ.get("DISPLAY") and not environ.get("WAYLAND_DISPLAY")


def qt_app():
    if needs_offscreen():
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication
    app = QApplication.instance() or QApplication(["bodymap"])
    from bodymap.render.fonts import register_fonts
    register_fonts()
    from bodymap.render import i18n
    i18n.install(app, i18n.system_language())    # a clinician copy printed here follows LANGUAGE / LANG
    return app
