"""Help > Keyboard shortcuts (the diagram's own keys) and the precaution areas' names in the
interface language (docs/TRANSLATIONS.md). BODYMAP_SHOTS=<folder> keeps renderings."""
from __future__ import annotations

from bodymap.domain import safety as dom
from bodymap.services.demo import region_point
from tests.ui.flows import safety_window, shot


def test_keyboard_shortcuts_in_german(interface_language, open_window, qtbot):
    from bodymap.ui.canvas.keyboard import CANVAS_KEYS
    from bodymap.ui.help import ShortcutsDialog
    assert interface_language("de") == "de"
    window = open_window()
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    rows = {dialog.table.item(r, 0).text(): dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())}
    assert rows["Diagramm: Fadenkreuz bewegen (Umschalt: weiter)"] == "Pfeiltasten"
    assert rows["Diagramm: Zonenumriss, Ecke hinzufügen (nach P)"] == "Leertaste, Enter"
    assert rows["Diagramm: letzte Ecke zurücknehmen"] == "Rücktaste"
    assert rows["Diagramm: nächste / vorige Markierung"] == "Tab, Umschalt+Tab"
    assert rows["Diagramm: Diagramm verlassen"] == "Strg+Tab"
    english = {command for command, _keys in CANVAS_KEYS}
    assert not english & set(rows) and "Arrows" not in rows.values()
    dialog.table.scrollToBottom()
    shot(dialog, "shortcuts_de")


def test_keyboard_shortcuts_in_english(open_window, qtbot):
    from bodymap.ui.help import shortcut_rows
    rows = dict(shortcut_rows(open_window()))
    assert rows["Diagram: move the crosshair (Shift: further)"] == "Arrows"
    assert rows["Diagram: next / previous mark"] == "Tab, Shift+Tab"


def _area(kind, side, note=""):
    from bodymap.services.safety_records import PrecautionRecord
    return PrecautionRecord(1, 1, "anterior", (), kind, side, note, "Dr. Lee", None)


def test_precaution_area_names(interface_language):
    from bodymap.ui.safety.areas import area_label
    record = _area("lymphoedema", "right", "Axilla 2019")
    assert area_label(record) == record.label == "Lymphoedema (right): Axilla 2019"       # English as the domain's
    assert area_label(_area("other", "midline")) == "Other"
    assert interface_language("de") == "de"
    assert area_label(record) == "Lymphödem (rechts): Axilla 2019"
    assert area_label(_area("surgical_site", "both")) == "Operationsgebiet (beidseitig)"
    assert interface_language("es") == "es"
    assert area_label(record) == "Linfedema (lado derecho): Axilla 2019"


def test_precaution_areas_list_and_canvas_in_german(interface_language, open_window, qtbot):
    assert interface_language("de") == "de"
    window, ctl = safety_window(qtbot, open_window)
    x, y = region_point("anterior", "forearm_volar", "right")
    square = [(x - 0.03, y - 0.05), (x + 0.03, y - 0.05), (x + 0.03, y + 0.05), (x - 0.03, y + 0.05)]
    ctl.service.add_precaution_area(window.document.chart.patient.id, dom.PrecautionInput(
        "anterior", [square], dom.PrecautionKind.LYMPHOEDEMA, "right", "Axilla 2019"))
    ctl._reload_areas()
    listed = ctl.panel.areas.item(0).text()
    assert listed.startswith("⚠ Lymphödem (rechts): Axilla 2019") and "Lymphoedema" not in listed
    item = window.workspace.canvases["anterior"].chart_scene._precaution_items[0]
    assert item.label.text() == "⚠ Lymphödem (rechts): Axilla 2019" and item.toolTip() == "Lymphödem (rechts): Axilla 2019"


def test_what_a_consent_lacks_reads_in_the_interface_language(interface_language, qtbot):
    """The Consent tab's list of what is missing: the service's problems, translated where shown."""
    import datetime as dt
    from types import SimpleNamespace

    from bodymap.domain.consent import RISKS_MISSING
    from bodymap.render import i18n
    from bodymap.ui.safety.consent import consent_status_html
    assert interface_language("de") == "de"
    consent = SimpleNamespace(withdrawn_at=None, method_text="Verbal", method_note="", copy_given=False,
                              given_on=dt.date(2026, 3, 2), scope="visit", valid_until=None, max_visits=None,
                              discussed=(), obtained_by="Dr. Ünal", created_at=dt.datetime(2026, 3, 2, 9, tzinfo=dt.UTC),
                              signature_text="", notes="",
                              signed_on_paper=False, signature=None)
    html_text = consent_status_html(consent, (RISKS_MISSING,))
    german = i18n.message(RISKS_MISSING)
    assert german != str(RISKS_MISSING)
    assert german in html_text and str(RISKS_MISSING) not in html_text
