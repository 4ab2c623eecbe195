"""`bodymap import` says what it refused and what it imported in the language LANGUAGE asks for;
English stays as it was."""
from __future__ import annotations

import pytest


@pytest.fixture
def speak(monkeypatch):
    def speak(code: str) -> None:
        monkeypatch.setenv("LANGUAGE", code)
    return speak


def test_an_import_refusal_in_spanish(run, speak, tmp_path):
    bad = tmp_path / "list.json"
    bad.write_text("[]", encoding="utf-8")
    speak("es")
    code, _out, err = run("import", bad)
    assert code == 1 and err == "bodymap: Se esperaba un objeto; se encontró una lista (en $)\n"
    speak("en")
    code, _out, err = run("import", bad)
    assert err == "bodymap: Expected an object, found a list (at $)\n"


def test_the_import_summary_in_german(run, demo_ids, speak, tmp_path):
    path = tmp_path / "all.json"
    assert run("export", "--all", "--format", "json", "-o", path)[0] == 0
    speak("de")
    code, out, err = run("import", path, "--on-conflict", "rename")
    assert code == 0, err
    assert out.startswith("Importiert: ") and "Sitzungen" in out and "Triggerpunkte" in out
    assert "war bereits vergeben und wurde als" in out                  # the renamed chart numbers
    assert "Imported" not in out and "already in use" not in out
