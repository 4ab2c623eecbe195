"""The command line speaks the language LANGUAGE / LC_ALL / LC_MESSAGES / LANG ask for, as the window
does: argparse's help, results and errors (its own and the services'), in German and Spanish;
English stays as it was. English loads no Qt; another language only QtCore (no QApplication)."""
from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bodymap(language: str, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "LANGUAGE": language, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "bodymap.cli", *args], capture_output=True, text=True,
                          env=env, cwd=ROOT, timeout=120)


@pytest.mark.parametrize(("language", "usage", "gui_help"), [
    ("de", "Aufruf: bodymap", "das Fenster öffnen (Standard)"),
    ("es", "uso: bodymap", "abrir la ventana (por defecto)"),
    ("en", "usage: bodymap", "open the window (the default)"),
])
def test_help_in_the_language_asked_for(language, usage, gui_help):
    out = _bodymap(language, "--help")
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(usage) and gui_help in out.stdout


def test_argparse_refusal_in_german():
    out = _bodymap("de", "nonsense")
    assert out.returncode == 2
    assert "bodymap: Fehler: Argument COMMAND: ungültige Auswahl: 'nonsense'" in out.stderr


@pytest.fixture
def speak(monkeypatch):
    def speak(code: str) -> None:
        monkeypatch.setenv("LANGUAGE", code)
    return speak


def test_errors_in_german_and_spanish(run, speak):
    speak("de")
    code, _out, err = run("visits", "--patient", "NOPE-1")
    assert code == 1 and err == "bodymap: Kein Patient mit der Aktennummer NOPE-1.\n"     # a service's NotFound
    speak("es")
    code, _out, err = run("render", "--height", "5")
    assert code == 1 and err == "bodymap: render necesita una VIEW y -o PNG (o --list).\n"   # the command line's own
    speak("en")
    code, _out, err = run("visits", "--patient", "NOPE-1")
    assert err == "bodymap: No patient with chart number NOPE-1.\n"


def test_incomplete_lists_sign_off_problems_in_german(run, demo_ids, speak):
    speak("de")
    code, out, _err = run("incomplete")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "2 Sitzungsentwürfe: 1 mit Offenem, 1 bereit zum Unterschreiben."
    assert "    - Sehen Sie den Gesundheitsfragebogen in dieser Sitzung durch." in lines
    assert "    bereit zum Unterschreiben" in lines
    speak("en")
    code, out, _err = run("incomplete")
    assert out.splitlines()[0] == "2 draft visits: 1 with something to complete, 1 ready to sign."
    assert "    - Review the health screen at this visit." in out.splitlines()


@pytest.mark.parametrize(("language", "loaded"), [("en", []), ("de", ["PySide6.QtCore"])])
def test_help_needs_no_widgets(language, loaded):
    """Printing the help builds every translated parser: English loads no Qt at all, German only
    QtCore (its QTranslator), never QtGui or QtWidgets."""
    code = textwrap.dedent("""
        import sys
        from bodymap.cli.run import build_parser
        from bodymap.cli.words import translate_argparse
        translate_argparse()
        build_parser().format_help()
        print(sorted(m for m in sys.modules if m in ('PySide6.QtCore', 'PySide6.QtGui', 'PySide6.QtWidgets')))
    """)
    env = {**os.environ, "LANGUAGE": language, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == repr(loaded)


def test_copy_database_and_older_than_in_german(run, speak, tmp_path):
    speak("de")
    code, out, err = run("copy-database", "--to", f"sqlite:///{tmp_path / 'copy.sqlite3'}")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == "Tabelle\tZeilen in der Quelle\tkopierte Zeilen\tsha256\tPrüfung"
    assert lines[1].endswith("\tok") and " Zeilen in " in lines[-1] and " s kopiert (" in lines[-1]
    assert lines[-1].endswith(" Zeilen/s); jede Tabelle geprüft.")
    assert re.search(r" in \d+,\d s kopiert \(", lines[-1])          # the German decimal comma
    code, _out, err = run("copy-database", "--to", f"sqlite:///{tmp_path / 'cli.sqlite3'}")
    assert code == 1 and err == ("bodymap: Das Ziel ist die Quelldatenbank selbst; wählen Sie eine andere Datenbank "
                                 "als Ziel der Kopie.\n")
    code, _out, err = run("incomplete", "--older-than", "99999")
    assert code == 1 and err == "bodymap: --older-than ist eine Anzahl von Tagen zwischen 0 und 36500.\n"
    speak("en")
    code, _out, err = run("incomplete", "--older-than", "99999")
    assert err == "bodymap: --older-than is a number of days between 0 and 36500.\n"
    code, out, _err = run("copy-database", "--to", f"sqlite:///{tmp_path / 'again.sqlite3'}")
    assert out.splitlines()[0] == "table\tsource rows\tcopied rows\tsha256\tcheck"
    assert out.splitlines()[-1].startswith("Copied 1 rows in ") and re.search(r" in \d+\.\d s \(", out.splitlines()[-1])
