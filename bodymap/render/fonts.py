"""The one font of printouts and diagrams: DejaVu Sans, shipped in bodymap/assets/fonts.

`register_fonts()` adds the shipped files to Qt's font database. The window (app.run_gui), the
command line (cli.qt.qt_app) and the tests call it once a QGuiApplication exists; the
functions that make a QFont for a printout or a diagram call it as well (it costs nothing once
done), so a page never falls back to whatever the system has, or to nothing on a machine with no
fonts at all.
"""
from __future__ import annotations

from importlib import resources

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

FONT_FAMILY = "DejaVu Sans"
FONT_FILES = ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")

_registered_for: int | None = None      # id() of the application the fonts were added to


def register_fonts() -> list[str]:
    """Add the shipped fonts to Qt's font database (once per application); returns the families
    added (empty when done before or when no QGuiApplication exists yet)."""
    global _registered_for
    app = QGuiApplication.instance()
    if app is None or _registered_for == id(app):
        return []
    folder = resources.files("bodymap.assets") / "fonts"
    families: list[str] = []
    for name in FONT_FILES:
        font_id = QFontDatabase.addApplicationFontFromData((folder / name).read_bytes())
        if font_id < 0:
            raise RuntimeError(f"Qt refused the shipped font {name}")
        families.extend(QFontDatabase.applicationFontFamilies(font_id))
    _registered_for = id(app)
    return sorted(set(families))


def shipped_font(points: float | None = None, bold: bool = False) -> QFont:
    """A QFont of the shipped family (registered first if needed)."""
    register_fonts()
    f = QFont(FONT_FAMILY)
    if points is not None:
        f.setPointSizeF(points)
    f.setBold(bold)
    return f
