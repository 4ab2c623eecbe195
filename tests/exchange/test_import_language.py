"""An import's refusals and its summary read in the clinician's language where they are shown
(render/i18n.message: the import dialog, the command line); str() stays the English sentence."""
from __future__ import annotations

import copy

import pytest

from bodymap.errors import ExchangeError
from bodymap.render import i18n
from tests.exchange.conftest import import_document, import_file

DE, ES = i18n.Language("de"), i18n.Language("es")


def test_a_newer_schema_is_refused_in_spanish(empty, valid_doc):
    doc = copy.deepcopy(valid_doc)
    doc["schema_version"] = 99
    with pytest.raises(ExchangeError) as info:
        import_document(empty, doc)
    assert str(info.value) == ("This file uses schema version 99, newer than this bodymap understands (1); "
                               "update bodymap to import it (at $.schema_version)")
    assert i18n.message(info.value, ES) == ("Este archivo usa la versión de esquema 99, más nueva de la que entiende "
                                            "este bodymap (1); actualice bodymap para importarlo (en $.schema_version)")


def test_a_wrong_kind_of_value_names_the_kind_in_spanish(empty, tmp_path):
    path = tmp_path / "list.json"
    path.write_bytes(b"[]")
    with pytest.raises(ExchangeError) as info:
        import_file(empty, path)
    assert str(info.value) == "Expected an object, found a list (at $)"
    assert i18n.message(info.value, ES) == "Se esperaba un objeto; se encontró una lista (en $)"


def test_the_import_summary_in_german(empty, valid_doc):
    summary = import_document(empty, valid_doc)
    english = summary.describe()
    assert english.startswith(f"Imported {summary.patients} patient")
    german = i18n.message(english, DE)
    assert german.startswith(f"Importiert: {summary.patients} Patient")
    assert "Sitzung" in german and "Triggerpunkt" in german and "Imported" not in german
    assert len(german.split(". ")) == len(english.split(". "))      # every sentence, none left out
