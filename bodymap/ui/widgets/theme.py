"""Light and dark themes: the application palette and named colour roles for the style sheets.

No widget names a colour of its own: a style sheet names roles, `@muted`, `@danger`,
`@banner_bg`..., and `style(widget, template)` fills them in from the current theme and fills
them in again whenever the theme changes (the template is kept on the widget). Painted widgets
ask `colour(role)` when they paint. Every text role is at least 4.5:1 (WCAG 2) against the
background it is used on, in both themes (tests/ui/test_theme.py measures the rendered widgets).

The theme is System, Light or Dark (View > Theme, ui/widgets/theme_menu.py). System keeps the
platform's palette and picks the light or dark roles from it: dark when its window colour is
dark. Light and Dark set a palette of their own on the application.
The diagrams, the legend and the signature pad stay paper-white in both themes: the marks are
designed for paper and print as they look (render/style.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

MODES = ("system", "light", "dark")
_STYLED: dict[int, QWidget] = {}          # the widgets style() was given, until destroyed
_RICH: dict[int, tuple[QLabel, Callable[[], str], str]] = {}     # set_rich_text's labels
STYLE_PROPERTY = "bodymapThemeStyle"

LIGHT_ROLES: dict[str, str] = {
    # the palette
    "window": "#EFF1F4", "window_text": "#1B1B1B", "base": "#FFFFFF", "alternate_base": "#F4F6F8",
    "text": "#1B1B1B", "button": "#E6E9ED", "button_text": "#1B1B1B", "highlight": "#1F5FA8",
    "highlighted_text": "#FFFFFF", "link": "#0B57A4", "tooltip_bg": "#FFFFE8", "tooltip_text": "#1B1B1B",
    "placeholder": "#5F6B76", "disabled_text": "#8A939C", "mid": "#A7B0BA", "dark": "#6B7680",
    # text on the window or a base
    "muted": "#525D68", "danger": "#B00020", "ok": "#1B6E20", "warn": "#8A4600", "accent": "#006B73",
    # the patient banner
    "banner_bg": "#E3EBF4", "banner_border": "#C2D0DE", "banner_name": "#12263A", "banner_text": "#2E4057",
    "signed_bg": "#1B6E20", "signed_fg": "#FFFFFF", "draft_bg": "#FFE08A", "draft_fg": "#4A3700",
    # alarms and notices
    "urgent_bg": "#B00020", "urgent_fg": "#FFFFFF",
    "caution_bg": "#FFF4E5", "caution_fg": "#5F2100", "caution_border": "#E65100",
    "notice_bg": "#FFF4D6", "notice_fg": "#4A3900", "notice_border": "#C9A227", "notice_icon": "#6E5100",
    "connection_bg": "#B00020", "connection_fg": "#FFFFFF",
    # the needle count's traffic light (white text on each)
    "state_fg": "#FFFFFF", "state_none_bg": "#5F6A73", "state_ok_bg": "#1B6E20", "state_warn_bg": "#A33F00",
    "state_bad_bg": "#B00020",
    # the locked window and the sign-in card over it
    "locked_bg": "#1F2A36", "card_bg": "#FFFFFF", "card_text": "#1B1B1B",
    # labels over the canvas
    "overlay_bg": "rgba(31, 42, 54, 225)", "overlay_fg": "#FFFFFF",
    # paper: the diagram, the legend, the signature pad, previews of printouts
    "paper": "#FFFFFF", "paper_text": "#1B1B1B", "paper_muted": "#5B6670", "paper_border": "#B8C1CA",
    "pad_disabled": "#F1F3F5", "pad_border": "#9AA5B1", "pad_guide": "#C3CAD2",
    # the reference browser's evidence grades and notes
    "grade_high_bg": "#E3F4E8", "grade_high_fg": "#1B5E20",
    "grade_moderate_bg": "#FFF4D6", "grade_moderate_fg": "#6B4500",
    "grade_low_bg": "#FDE4E1", "grade_low_fg": "#9B1C1C",
    "note_bg": "#FFF8E1", "note_fg": "#5D4300", "note_border": "#F0D58C",
    # suggestion list and its score bars
    "bar_bg": "#F4FAFA", "bar_border": "#7FB8B2", "bar_chunk": "#4DD0E1", "bar_text": "#102030",
    "list_rule": "#E0E6E6", "list_selected": "#D6F1F5", "list_selected_text": "#1B1B1B",
    # drawn icons
    "icon_ink": "#2B3A4A", "icon_cap": "#F4F6F8",
}

DARK_ROLES: dict[str, str] = {
    "window": "#1E2329", "window_text": "#E6E9ED", "base": "#15191E", "alternate_base": "#20262D",
    "text": "#E6E9ED", "button": "#2B323A", "button_text": "#E6E9ED", "highlight": "#2C64B8",
    "highlighted_text": "#FFFFFF", "link": "#8CBCFF", "tooltip_bg": "#2B323A", "tooltip_text": "#E6E9ED",
    "placeholder": "#98A2AD", "disabled_text": "#6E7781", "mid": "#4A535D", "dark": "#0F1317",
    "muted": "#A9B4BF", "danger": "#FF8A80", "ok": "#81C784", "warn": "#FFB74D", "accent": "#5FD3E0",
    "banner_bg": "#26303B", "banner_border": "#3A4653", "banner_name": "#F2F5F8", "banner_text": "#C9D4DF",
    "signed_bg": "#1B6E20", "signed_fg": "#FFFFFF", "draft_bg": "#FFE08A", "draft_fg": "#4A3700",
    "urgent_bg": "#B00020", "urgent_fg": "#FFFFFF",
    "caution_bg": "#3A2612", "caution_fg": "#FFD8B0", "caution_border": "#E08A2C",
    "notice_bg": "#3A3217", "notice_fg": "#F5E2A8", "notice_border": "#8A7430", "notice_icon": "#FFD54F",
    "connection_bg": "#B00020", "connection_fg": "#FFFFFF",
    "state_fg": "#FFFFFF", "state_none_bg": "#5F6A73", "state_ok_bg": "#1B6E20", "state_warn_bg": "#A33F00",
    "state_bad_bg": "#B00020",
    "locked_bg": "#0E1318", "card_bg": "#2B323A", "card_text": "#E6E9ED",
    "overlay_bg": "rgba(14, 19, 24, 225)", "overlay_fg": "#FFFFFF",
    "paper": "#FFFFFF", "paper_text": "#1B1B1B", "paper_muted": "#5B6670", "paper_border": "#5A6570",
    "pad_disabled": "#D5DADF", "pad_border": "#9AA5B1", "pad_guide": "#A9B3BD",
    "grade_high_bg": "#1F3A24", "grade_high_fg": "#A5D6A7",
    "grade_moderate_bg": "#3A3217", "grade_moderate_fg": "#FFD97A",
    "grade_low_bg": "#40201E", "grade_low_fg": "#FFAB9F",
    "note_bg": "#3A3217", "note_fg": "#F5E2A8", "note_border": "#8A7430",
    "bar_bg": "#1B2A2C", "bar_border": "#3E6E6A", "bar_chunk": "#00838F", "bar_text": "#E6F4F5",
    "list_rule": "#2E373F", "list_selected": "#1E4A52", "list_selected_text": "#F2F5F8",
    "icon_ink": "#DCE3EA", "icon_cap": "#2B323A",
}


@dataclass(frozen=True)
class Theme:
    name: str                      # "light" or "dark"
    roles: dict[str, str]

    @property
    def dark(self) -> bool:
        return self.name == "dark"


LIGHT = Theme("light", LIGHT_ROLES)
DARK = Theme("dark", DARK_ROLES)


class _Notifier(QObject):
    changed = Signal(object)       # the new Theme


class _State:
    mode = "system"
    theme = LIGHT
    system_palette: QPalette | None = None
    system_style: str | None = None
    notifier: _Notifier | None = None


def current() -> Theme:
    return _State.theme


def mode() -> str:
    return _State.mode


def in_use(mode_name: str) -> bool:
    """mode_name was applied (apply_theme) and is the one in use: applying it again changes nothing."""
    return _State.system_palette is not None and _State.mode == mode_name


def hex_colour(role: str) -> str:
    """The role's colour as a style-sheet or HTML colour ('#RRGGBB' or 'rgba(...)')."""
    return _State.theme.roles[role]


def colour(role: str) -> QColor:
    value = _State.theme.roles[role]
    match = re.fullmatch(r"rgba\((\d+),\s*(\d+),\s*(\d+),\s*(\d+)\)", value)
    if match:
        return QColor(*(int(v) for v in match.groups()))
    return QColor(value)


_ROLE = re.compile(r"@([a-z_]+)")


def css(template: str, theme: Theme | None = None) -> str:
    """template with every @role replaced by the role's colour in theme (default: the current)."""
    roles = (theme or _State.theme).roles
    return _ROLE.sub(lambda m: roles[m.group(1)], template)


def style(widget: QWidget, template: str) -> None:
    """Give widget the style sheet template (with @roles); it follows every change of theme."""
    widget.setProperty(STYLE_PROPERTY, template)
    widget.setStyleSheet(css(template))
    key = id(widget)
    if key not in _STYLED:
        _STYLED[key] = widget
        widget.destroyed.connect(lambda *_a, k=key: _STYLED.pop(k, None))


def set_rich_text(label: QLabel, build: Callable[[], str]) -> None:
    """label.setText(build()), built again with the new theme's colours after a change of theme
    (build() reads colours with hex_colour) unless the label's text was changed since."""
    text = build()
    label.setText(text)
    key = id(label)
    if key not in _RICH:
        label.destroyed.connect(lambda *_a, k=key: _RICH.pop(k, None))
    _RICH[key] = (label, build, text)


def _rebuild_rich_texts() -> None:
    for key, (label, build, shown) in list(_RICH.items()):
        if not shiboken6.isValid(label):
            _RICH.pop(key, None)
        elif label.text() == shown:
            set_rich_text(label, build)


def notifier() -> _Notifier:
    """Its `changed` signal fires after every change of theme (after style sheets were redone)."""
    if _State.notifier is None:
        _State.notifier = _Notifier()
    return _State.notifier


def on_change(callback: Callable[[Theme], None], owner: QObject | None = None) -> None:
    """Calls callback(theme) after every change of theme; with owner, only while owner lives."""
    if owner is not None:
        notifier().changed.connect(callback, Qt.ConnectionType.AutoConnection)
        owner.destroyed.connect(lambda *_a: _disconnect(callback))
    else:
        notifier().changed.connect(callback)


def _disconnect(callback) -> None:
    try:
        notifier().changed.disconnect(callback)
    except (RuntimeError, TypeError):
        pass


def is_dark(palette: QPalette) -> bool:
    """A palette is dark when its window colour is darker than its window text."""
    window = palette.color(QPalette.ColorRole.Window)
    text = palette.color(QPalette.ColorRole.WindowText)
    return window.lightnessF() < 0.5 and window.lightnessF() < text.lightnessF()


def palette_for(theme: Theme) -> QPalette:
    r = theme.roles
    pal = QPalette()
    roles = QPalette.ColorRole
    pairs = {
        roles.Window: "window", roles.WindowText: "window_text", roles.Base: "base",
        roles.AlternateBase: "alternate_base", roles.Text: "text", roles.Button: "button",
        roles.ButtonText: "button_text", roles.Highlight: "highlight", roles.HighlightedText: "highlighted_text",
        roles.Link: "link", roles.LinkVisited: "link", roles.ToolTipBase: "tooltip_bg",
        roles.ToolTipText: "tooltip_text", roles.PlaceholderText: "placeholder", roles.BrightText: "paper",
        roles.Mid: "mid", roles.Dark: "dark", roles.Light: "button", roles.Midlight: "button",
        roles.Shadow: "dark",
    }
    for role, name in pairs.items():
        pal.setColor(role, QColor(r[name]))
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        pal.setColor(QPalette.ColorGroup.Disabled, role, QColor(r["disabled_text"]))
    return pal


def apply_theme(new_mode: str, app: QApplication | None = None) -> Theme:
    """Switch the application to System, Light or Dark: its palette, every themed style sheet,
    then the `changed` signal (for painted widgets, rich text and icons)."""
    if new_mode not in MODES:
        new_mode = "system"
    app = app or QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("apply_theme needs a QApplication")
    if _State.system_palette is None or _State.mode == "system":   # the platform's, not ours
        _State.system_palette = QPalette(app.palette())
    if _State.system_style is None:
        _State.system_style = app.style().name()
    if new_mode == "system":
        theme = DARK if _system_is_dark() else LIGHT
        if _State.mode != "system":
            _set_style(app, _State.system_style)
            app.setPalette(_State.system_palette)
    else:
        theme = DARK if new_mode == "dark" else LIGHT
        if _State.system_style and _State.system_style.lower().startswith("windows"):
            _set_style(app, "Fusion")                   # the Windows styles draw with their own colours
        app.setPalette(palette_for(theme))
    _State.mode, _State.theme = new_mode, theme
    app.sendPostedEvents()            # the palette reaches the widgets now, before the style sheets
    restyle_all()
    _rebuild_rich_texts()
    notifier().changed.emit(theme)
    return theme


def _set_style(app: QApplication, name: str | None) -> None:
    if name and app.style().name().lower() != name.lower():
        app.setStyle(name)


def _system_is_dark() -> bool:
    """What the platform's palette actually draws (a dark colour scheme the style cannot draw
    leaves a light palette, and then the light roles are the right ones)."""
    return is_dark(_State.system_palette or QGuiApplication.palette())


def restyle_all() -> None:
    """Fill in every themed style sheet again from the current theme. (The widgets are the ones
    style() saw, not QApplication.allWidgets(): wrapping every widget Qt made for itself leaves
    PySide wrappers behind that outlive their widgets.)"""
    for key, widget in list(_STYLED.items()):
        if not shiboken6.isValid(widget):
            _STYLED.pop(key, None)
            continue
        template = widget.property(STYLE_PROPERTY)
        if isinstance(template, str):
            widget.setStyleSheet(css(template))
