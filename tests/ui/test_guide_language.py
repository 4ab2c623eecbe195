"""Help > User guide opens the guide in the interface language (bodymap/assets/guide/index_<code>.html),
the English one when there is none; each translation has the English guide's structure and pictures,
and every menu entry it names is in the window's menus in that language."""
from __future__ import annotations

import re
from importlib import resources

import pytest
from PySide6.QtGui import QDesktopServices

from bodymap.ui.help import guide_page

GUIDE = resources.files("bodymap.assets") / "guide"
MENU_WORDS = {"de": "Datei|Bearbeiten|Sitzung|Verlauf|Ansicht|Therapeut|Hilfe",
              "es": "Archivo|Editar|Visita|Evolución|Ver|Profesional|Ayuda",
              "pt_BR": "Arquivo|Editar|Consulta|Evolução|Exibir|Profissional|Ajuda"}


def _structure(html: str) -> tuple:
    return (re.findall(r"<(h[12]|table|tr|ul|li|figure|img|kbd)\b", html), re.findall(r'<img src="([^"]+)"', html),
            re.findall(r"<kbd>([A-Z])</kbd>", html))


@pytest.mark.parametrize("code", sorted(MENU_WORDS))
def test_each_translated_guide_has_the_english_structure_and_menus(code, interface_language, open_window):
    english = (GUIDE / "index.html").read_text("utf-8")
    html = (GUIDE / f"index_{code}.html").read_text("utf-8")
    tags, pictures, keys = _structure(html)
    assert (tags, pictures, keys) == _structure(english)
    assert all((GUIDE / name).is_file() for name in pictures)
    assert f'<html lang="{code.replace("_", "-")}">' in html
    assert interface_language(code) == code
    window = open_window()
    menus = {a.text().replace("&", ""): [b.text().replace("&", "") for b in a.menu().actions() if b.text()]
             for a in window.menuBar().actions() if a.menu() is not None}
    assert set(MENU_WORDS[code].split("|")) <= set(menus)
    named = re.findall(rf"({MENU_WORDS[code]}) &gt;\s+([^<]+)", html)
    assert len(named) >= 10
    for menu, rest in named:                      # every menu entry the guide names is in that menu
        if not menus[menu]:                       # the clinician menu needs accounts, which this window has not
            continue
        rest = " ".join(rest.split())
        assert any(rest.startswith(text.rstrip("…")) for text in menus[menu]), (menu, rest, menus[menu])


def test_the_german_interface_opens_the_german_guide(interface_language, open_window, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True)
    assert interface_language("de") == "de"
    window = open_window()
    window.menu_actions["user_guide"].trigger()
    assert opened == [str(GUIDE / "index_de.html")]


def test_a_language_without_a_guide_falls_back_to_english():
    assert guide_page("en") == GUIDE / "index.html"
    assert guide_page("fr") == GUIDE / "index.html"
    assert guide_page("es") == GUIDE / "index_es.html"
