"""The reference's content in the interface language (names_<code>.json: groups, trigger-point
locations, associated conditions, notes): the reference browser shows it, and its search finds a
muscle by what the interface language calls it. Set BODYMAP_SHOTS=<folder> to keep a rendering."""
from __future__ import annotations

import json

from PySide6.QtCore import QObject, Qt, Signal

from bodymap.domain import reference
from bodymap.render.i18n import I18N_DIR
from bodymap.ui.reference.browser import CROSS_FIELD_TEXT, ReferenceBrowser, muscle_html
from tests.ui.flows import shot


class _Controller(QObject):
    """What the browser needs of the ReferenceController."""
    patternChanged = Signal(object, object, object)
    current = None

    def show_pattern(self, muscle_id, side, source=""):
        self.patternChanged.emit(muscle_id, side, source)

    def clear(self):
        self.patternChanged.emit(None, None, None)

    def show_on_view(self):
        pass


def _browser(qtbot) -> ReferenceBrowser:
    browser = ReferenceBrowser(_Controller())
    qtbot.addWidget(browser)
    browser.resize(360, 820)
    browser.show()
    qtbot.waitExposed(browser)
    return browser


def test_the_browser_in_german_shows_german_content_and_finds_german_names(qtbot, interface_language):
    assert interface_language("de") == "de"
    names = json.loads((I18N_DIR / "names_de.json").read_text("utf-8"))
    browser = _browser(qtbot)
    browser.choose("supinator")
    text = browser.details.toPlainText()
    supinator = reference.muscle("supinator")
    assert names["locations"]["supinator/TP1"] in text                       # the TP's location
    assert supinator.trigger_points[0].location not in text
    assert "Tennisellenbogen" in text and "tennis elbow" not in text         # its conditions
    assert names["groups"]["forearm_hand"] in text and supinator.group_label not in text
    assert names["notes"]["supinator"] in text and supinator.note not in text
    shot(browser, "reference_browser_de")

    # the search finds a muscle by its German name (Latin, as German literature writes it) ...
    browser.search.setText("Pars descendens")
    assert browser.result_ids()[0] == "upper_trapezius"
    # ... by a German condition, and by words of a German location
    browser.search.setText("Tennisellenbogen")
    assert {"supinator", "brachioradialis", "extensor_carpi_radialis_longus"} & set(browser.result_ids()[:3])
    browser.search.setText("Schwimmhaut")
    assert "first_dorsal_interosseous" in browser.result_ids()
    # the English words still find it; every reason the list gives reads German
    browser.search.setText("tennis elbow")
    assert "supinator" in browser.result_ids()
    tips = {browser.results.item(i).data(Qt.ItemDataRole.UserRole): browser.results.item(i).toolTip()
            for i in range(browser.results.count())}
    assert not any(english in tip for tip in tips.values() for english in ("condition:", "name", "also called", "group:",
                                                                         "refers pain to", "trigger point in", "note"))
    assert "Tennisellenbogen" in tips["supinator"] and "Unterarm und Hand" in tips["supinator"]
    browser.search.setText("Daumen Ellenbogen")          # words found only in different fields
    assert any("Wörter in verschiedenen Feldern gefunden" in browser.results.item(i).toolTip()
               for i in range(browser.results.count()))
    assert CROSS_FIELD_TEXT == reference.CROSS_FIELD_REASON


def test_english_content_is_unchanged(qtbot):
    supinator = reference.muscle("supinator")
    html = muscle_html(supinator)
    assert supinator.group_label in html and "tennis elbow" in html
    browser = _browser(qtbot)
    browser.search.setText("Pars descendens")          # the German names are not searched in English
    assert "upper_trapezius" not in browser.result_ids()


def test_muscle_lists_sort_by_the_interface_languages_alphabet(qtbot, interface_language):
    # Spanish: an accented letter sorts with its plain letter ("Bíceps" before "Braquiorradial");
    # by code point "í" comes after every plain letter and "Bíceps" fell below "Braquiorradial".
    assert interface_language("es") == "es"
    browser = _browser(qtbot)
    shown = [browser.results.item(i).text() for i in range(browser.results.count())]
    assert shown.index("Bíceps braquial") < shown.index("Braquiorradial")
    assert shown == sorted(shown, key=lambda name: (name.casefold()
                                                    .replace("á", "a").replace("é", "e").replace("í", "i")
                                                    .replace("ó", "o").replace("ú", "u").replace("ñ", "n~")))
