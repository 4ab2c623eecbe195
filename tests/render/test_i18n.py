"""Translations (render/i18n.py, docs/TRANSLATIONS.md): the .ts sources are complete for the
covered contexts, lupdate finds nothing new there, the committed .qm are the compiled .ts, the
name tables cover the reference, and dates and numbers follow each language's locale."""
from __future__ import annotations

import datetime as dt
import json
import re
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from bodymap.domain.consent import CONSENT_ITEMS
from bodymap.domain.languages import LANGUAGE_CODES, clean_language, match_language
from bodymap.render import consent_words, i18n

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "tools"))
import translations  # noqa: E402

COVERED = ("Handout", "MainWindow", "PatientDialog", "Language", "CanvasView", "VisitDialog", "SignOffDialog", "Inspector",
           "ConsentFormDialog", "WithdrawConsentDialog", "ConsentDetailsDialog", "PrecautionDialog", "SignaturePad",
           "ConsentStatus", "ConsentForm", "CanvasKeys", "PrecautionAreas", "SafetyScreen", "SafetyPanel", "SafetyCautions",
           "CanvasTools", "CanvasDescription", "KeyboardCharting", "ChartWorkspace", "ChartDocument", "VisitCommands",
           "SafetyController", "AdverseEventDialog", "SessionBox", "PatientPanel", "Accessibility",
           "Suggestions", "SuggestionsPanel", "ReferenceBrowser", "CompareDialog", "HeatmapDialog", "TrendsDialog",
           "BatchExportDialog", "ExportActions", "ChooseTemplateDialog", "ImportDialog", "CalibrationDialog",
           "ClinicDiagrams", "CommandLine", "SignOffProblems", "Validation", "Records", "Accounts", "Exchange",
           # accounts, sign-in and lock, clinic settings, backups, help, the other rooms' reload bar
           "StartWindow", "FirstAdminForm", "FirstAdminDialog", "SignInForm", "SignInDialog", "LockScreen",
           "ScreenLock", "AccountsDialog", "NewAccountDialog", "HistoryDialog", "AddendumDialog", "SettingsDialog",
           "RestoreDialog", "Backups", "BackupCounts", "AboutDialog", "ShortcutsDialog", "CrashDialog",
           "HelpController", "ClinicWatch", "ReloadBar", "LegendWidget")
TRANSLATED = ("es", "de", "pt_BR")
PLACEHOLDER = re.compile(r"\{\w+\}")


def _messages(path: Path) -> dict[str, list[tuple[str, str, str]]]:
    """context -> [(source, translation, type)] of a .ts file. A plural message (numerus="yes",
    Qt's %n) gives one entry per form, each checked like a message of its own."""
    out: dict[str, list[tuple[str, str, str]]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            tr = message.find("translation")
            source = message.findtext("source") or ""
            kind = tr.get("type", "") if tr is not None else "missing"
            if message.get("numerus") == "yes" and tr is not None:
                forms = [form.text or "" for form in tr.iter("numerusform")] or [""]
                out.setdefault(name, []).extend((source, form, kind) for form in forms)
            else:
                out.setdefault(name, []).append((source, (tr.text or "") if tr is not None else "", kind))
    return out


def _untranslated(path: Path) -> list[str]:
    problems = []
    for context, messages in _messages(path).items():
        if context not in COVERED:
            continue
        for source, text, kind in messages:
            if kind in ("unfinished", "missing") or not text.strip():
                problems.append(f"{path.name} {context}: {source!r} has no translation")
            elif kind in ("vanished", "obsolete"):
                problems.append(f"{path.name} {context}: {source!r} is no longer in the code")
            elif sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
                problems.append(f"{path.name} {context}: {source!r} and {text!r} differ in their {{fields}}")
            elif "%n" in source and "%n" not in text:
                problems.append(f"{path.name} {context}: {source!r} and {text!r} differ in their count (%n)")
    return problems


@pytest.mark.parametrize("code", TRANSLATED)
def test_every_covered_string_is_translated(code):
    path = translations.ts_path(code)
    contexts = _messages(path)
    assert set(COVERED) <= set(contexts)
    assert len(contexts["Handout"]) > 100 and len(contexts["MainWindow"]) > 60
    assert _untranslated(path) == []


def test_a_missing_translation_is_found(tmp_path):
    """The check above fails on an unfinished or empty translation and on a lost {field}."""
    text = translations.ts_path("de").read_text(encoding="utf-8")
    broken = text.replace("<translation>Ihr Körperschema</translation>",
                          '<translation type="unfinished"></translation>', 1)
    broken = broken.replace("<translation>Seite {number} von {total}</translation>",
                            "<translation>Seite {number}</translation>", 1)
    assert broken.count("unfinished") == 1
    path = tmp_path / "bodymap_de.ts"
    path.write_text(broken, encoding="utf-8")
    problems = _untranslated(path)
    assert len(problems) == 2
    assert any("'Your body chart' has no translation" in p for p in problems)
    assert any("'Page {number} of {total}'" in p and "{fields}" in p for p in problems)


def test_a_plural_form_missing_or_without_its_count_is_found(tmp_path):
    """Plural messages (Qt's %n, numerusform): an empty form or a form that lost %n or a {field} fails."""
    text = translations.ts_path("de").read_text(encoding="utf-8")
    assert "<numerusform>%n Triggerpunkte</numerusform>" in text
    broken = text.replace("<numerusform>%n Triggerpunkte</numerusform>", "<numerusform></numerusform>", 1)
    broken = broken.replace("<numerusform>%n Zonen</numerusform>", "<numerusform>Zonen</numerusform>", 1)
    broken = broken.replace("<numerusform>Umriss, %n Ecken; Fadenkreuz: {place}</numerusform>",
                            "<numerusform>Umriss, %n Ecken</numerusform>", 1)
    path = tmp_path / "bodymap_de.ts"
    path.write_text(broken, encoding="utf-8")
    problems = _untranslated(path)
    assert len(problems) == 3, problems
    assert any("'%n trigger point(s)' has no translation" in p for p in problems)
    assert any("'%n zone(s)'" in p and "(%n)" in p for p in problems)
    assert any("crosshair: {place}" in p and "{fields}" in p for p in problems)


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None and not (Path(sys.executable).parent
                                                                     / "pyside6-lupdate").exists(),
                    reason="pyside6-lupdate not installed")
def test_lupdate_finds_no_new_untranslated_string(tmp_path):
    """lupdate over the package into copies of the .ts: every string of the covered contexts in
    the code has its translation (a new tr() / QT_TRANSLATE_NOOP without one fails here)."""
    copies = []
    for code in TRANSLATED:
        copy = tmp_path / f"bodymap_{code}.ts"
        shutil.copy2(translations.ts_path(code), copy)
        copies.append(copy)
    translations.lupdate(copies, obsolete=True)
    for copy in copies:
        assert _untranslated(copy) == []
        # every context the code has is checked: a new window or dialog cannot slip past COVERED
        assert set(_messages(copy)) <= set(COVERED), sorted(set(_messages(copy)) - set(COVERED))


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_committed_qm_is_the_compiled_ts(code, tmp_path):
    fresh = tmp_path / f"bodymap_{code}.qm"
    translations.lrelease(translations.ts_path(code), fresh)
    committed = i18n.qm_path(code)
    assert committed.read_bytes() == fresh.read_bytes(), f"run `make translations`: {committed.name} is stale"


@pytest.mark.parametrize("code", TRANSLATED)
def test_name_tables_cover_the_reference(code):
    reference = json.loads((ROOT / "bodymap" / "assets" / "reference" / "trigger_points.json").read_text("utf-8"))
    from bodymap.domain.diagrams import available_views
    names = json.loads((i18n.I18N_DIR / f"names_{code}.json").read_text("utf-8"))
    assert set(names["muscles"]) == {m["id"] for m in reference["muscles"]}
    assert set(names["regions"]) == {r["id"] for r in reference["regions"]}
    assert set(names["views"]) == set(available_views())
    assert set(names["texts"]) == {"default_after_care", "pneumothorax_advice", consent_words.STATEMENT_KEY,
                                   *(consent_words.item_key(item.id) for item in CONSENT_ITEMS)}
    from bodymap.domain.diagrams import load_view
    assert set(names["landmarks"]) == {lm.id for view in available_views() for lm in load_view(view).landmarks}
    every = [*names["muscles"].values(), *names["regions"].values(), *names["views"].values(), *names["texts"].values(),
             *names["landmarks"].values()]
    assert all(text.strip() for text in every)
    # the reference's texts the browser shows (tools/reference_texts.py): every one, translated
    english = {"groups": {g["id"]: g["label"] for g in reference["groups"]},
               "locations": {f"{m['id']}/{tp['label']}": tp["location"] for m in reference["muscles"]
                             for tp in m["trigger_points"]},
               "conditions": {c: c for m in reference["muscles"] for c in m["associated_conditions"]},
               "notes": {m["id"]: m["note"] for m in reference["muscles"] if m.get("note")}}
    for section, texts in english.items():
        assert set(names[section]) == set(texts), section
        assert all(names[section][key].strip() and names[section][key] != text for key, text in texts.items()), section


def test_clinical_terms_of_each_language():
    """The words of each language's dry-needling literature, where the handout uses them."""
    expect = {"es": ("Punción seca", "Banda tensa", "Respuesta de espasmo local", "Punto gatillo latente"),
              "de": ("Dry Needling", "Tastbares Hartspannband", "Lokale Zuckungsreaktion", "Latenter Triggerpunkt"),
              "pt_BR": ("Agulhamento seco", "Banda tensa", "Resposta de contração local", "Ponto-gatilho latente")}
    sources = ("Dry needling", "Taut band", "Local twitch response", "Latent trigger point")
    for code, words in expect.items():
        lang = i18n.Language(code)
        assert tuple(lang.translate("Handout", s) for s in sources) == words
        assert lang.name("muscles", "upper_trapezius", "?") != "?"


def test_action_table_strings_are_all_listed_for_lupdate():
    """ui/window_text.SOURCE_TEXTS holds every word of ui/actions.py's tables and the tools."""
    from bodymap.ui import actions
    from bodymap.ui.canvas.tools import TOOL_LABELS
    from bodymap.ui.window_text import SOURCE_TEXTS
    listed = set(SOURCE_TEXTS)
    words = {c.text for c in actions.COMMANDS} | {c.tip for c in actions.COMMANDS if c.tip}
    words |= {title for title, _names in actions.MENUS} | {label for _l, label, _k in actions.LAYERS}
    words |= set(TOOL_LABELS.values())
    assert words - listed == set()


@pytest.mark.parametrize(("code", "date", "when", "percent", "depth"), [
    ("en", "05 Dec 2026", "05 Dec 2026, 09:07", "0.6 %", "12.5"),
    ("de", "05.12.2026", "05.12.2026, 09:07", "0,6 %", "12,5"),
    ("es", "05/12/2026", "05/12/2026, 09:07", "0,6 %", "12,5"),
    ("pt_BR", "05/12/2026", "05/12/2026, 09:07", "0,6 %", "12,5"),
])
def test_dates_and_numbers_follow_the_locale(qapp, code, date, when, percent, depth):
    lang = i18n.Language(code)
    moment = dt.datetime(2026, 12, 5, 9, 7)
    assert (lang.date(moment.date()), lang.date_time(moment), lang.percent(0.63), lang.short_number(12.5)) == (
        date, when, percent, depth)


@pytest.mark.parametrize(("value", "code"), [
    ("de_AT.UTF-8", "de"), ("pt-br", "pt_BR"), ("pt", "pt_BR"), ("es_MX", "es"), ("en_US", "en"),
    ("C", None), ("fr_FR", None), ("", None)])
def test_match_language(value, code):
    assert match_language(value) == code


def test_clean_language_refuses_an_unknown_code():
    assert clean_language(" pt-BR ") == "pt_BR" and clean_language("") == ""
    with pytest.raises(ValueError, match="choose one of: en, es, de, pt_BR"):
        clean_language("klingon")
    assert set(LANGUAGE_CODES) == {"en", *TRANSLATED}


@pytest.mark.parametrize(("environ", "code"), [
    ({"LANGUAGE": "fr:de:en", "LANG": "es_ES.UTF-8"}, "de"),
    ({"LANG": "pt_BR.UTF-8"}, "pt_BR"),
    ({"LC_ALL": "C", "LANG": "de_DE.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),
])
def test_system_language_reads_language_then_lang(environ, code):
    assert i18n.system_language(environ) == code


@pytest.mark.parametrize("code", TRANSLATED)
def test_the_clinical_vocabulary_reads_the_same_in_every_context(code):
    """Qt translates per context, so a pain quality or a finding is translated once for the
    handout, once for the window and once for the inspector: a clinician and the patient's
    handout must name the same finding with the same words."""
    from bodymap.domain.charting import FINDINGS, PainQuality
    vocabulary = {label for _key, label in FINDINGS} | {q.label for q in PainQuality} | {"Active", "Latent"}
    seen: dict[str, dict[str, str]] = {}
    for context, messages in _messages(translations.ts_path(code)).items():
        for source, text, _kind in messages:
            if source in vocabulary and text:
                seen.setdefault(source, {})[context] = text
    assert len(seen) >= len(vocabulary) - 2, sorted(vocabulary - set(seen))
    differing = {source: by_context for source, by_context in seen.items() if len(set(by_context.values())) > 1}
    assert not differing, differing
