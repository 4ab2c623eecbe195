"""View > Theme: System, Light or Dark, kept for this workstation (QSettings), applied at once."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication
from PySide6.QtWidgets import QMenu, QWidget

from bodymap.ui.widgets import theme

SETTING = "view/theme"
_FOLLOWING = False
LABELS = {"system": "System", "light": "Light", "dark": "Dark"}


def saved_mode() -> str:
    value = QSettings("bodymap", "bodymap").value(SETTING, "system")
    return value if value in theme.MODES else "system"


def apply_saved_theme() -> None:
    theme.apply_theme(saved_mode())


def choose(mode: str) -> None:
    """Apply mode and remember it for the next start."""
    theme.apply_theme(mode)
    QSettings("bodymap", "bodymap").setValue(SETTING, mode)


def add_theme_menu(window: QWidget, menu: QMenu) -> dict[str, QAction]:
    """The Theme submenu of menu; applies the saved choice now and follows the system while
    System is chosen. Returns the actions by mode."""
    sub = menu.addMenu("Theme")
    group = QActionGroup(window)
    group.setExclusive(True)
    actions: dict[str, QAction] = {}
    for mode in theme.MODES:
        action = QAction(LABELS[mode], window, checkable=True)
        action.setStatusTip({"system": "Light or dark as the system's colours are",
                             "light": "Dark text on light backgrounds",
                             "dark": "Light text on dark backgrounds"}[mode])
        action.triggered.connect(lambda _c=False, m=mode: choose(m))
        group.addAction(action)
        sub.addAction(action)
        actions[mode] = action
    current = saved_mode()
    actions[current].setChecked(True)
    if not theme.in_use(current):     # usually applied before the start window (apply_saved_theme)
        theme.apply_theme(current)
    theme.on_change(lambda _t: actions[theme.mode()].setChecked(True), owner=window)
    theme.on_change(lambda _t: _redraw_icons(window), owner=window)
    global _FOLLOWING
    hints = QGuiApplication.styleHints()
    if not _FOLLOWING and hasattr(hints, "colorSchemeChanged"):
        hints.colorSchemeChanged.connect(_system_changed)
        _FOLLOWING = True
    return actions


def _system_changed(*_args) -> None:
    if theme.mode() == "system":
        theme.apply_theme("system")


def _redraw_icons(window) -> None:
    """The tool bar's drawn icons take the new theme's ink."""
    from bodymap.ui.widgets.icons import key_icon, turn_icon
    actions = getattr(window, "menu_actions", {})
    for name, redo in (("undo", False), ("redo", True)):
        if name in actions:
            actions[name].setIcon(turn_icon(redo=redo))
    workspace = getattr(window, "workspace", None)
    if workspace is not None:
        for action in workspace.tool_actions.actions():
            if not action.icon().isNull():
                action.setIcon(key_icon(action.shortcut().toString()))
