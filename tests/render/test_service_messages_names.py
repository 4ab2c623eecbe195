"""The last service messages made with the marker, read in German and Spanish where they are shown
(render/i18n.message): record kinds in "{model} {id} does not exist.", the network-share warning,
copy-database's report, landmark and view names in calibration messages (the name tables), and
numbers in the language's writing. str() and English stay as they were."""
from __future__ import annotations

import pickle
from pathlib import Path

import pytest

from bodymap import db
from bodymap.db.locations import network_share
from bodymap.domain.calibration import Calibration, LandmarkPair
from bodymap.errors import QT_TRANSLATE_NOOP, Named, NotFound, Number, ValidationError
from bodymap.render import i18n
from bodymap.services.common import does_not_exist
from bodymap.services.copy_database import CopyReport, TableCheck
from bodymap.startup import network_share_warning

DE, ES, EN = i18n.Language("de"), i18n.Language("es"), i18n.Language("en")


def test_does_not_exist_names_the_record_kind_in_the_language():
    error = does_not_exist(db.TriggerPoint, 1000)
    assert isinstance(error, NotFound) and str(error) == "TriggerPoint 1000 does not exist."
    assert i18n.message(error, EN) == "TriggerPoint 1000 does not exist."
    assert i18n.message(error, DE) == "Triggerpunkt 1000 existiert nicht."       # an id is not grouped
    assert i18n.message(error, ES) == "Punto gatillo 1000: no existe."
    assert str(does_not_exist(db.Addendum, 3)) == "Addendum 3 does not exist."     # a kind without a word


def test_the_network_share_warning_in_german(monkeypatch):
    where = network_share(Path("//server/clinic/bodymap.sqlite3"), platform="win32")
    assert where == "the network share \\\\server\\clinic"
    monkeypatch.setattr("bodymap.db.locations.network_share", lambda path: where)
    warning = network_share_warning("sqlite:////mnt/clinic/bodymap.sqlite3")
    assert warning is not None and str(warning).startswith(
        "The database /mnt/clinic/bodymap.sqlite3 is on the network share \\\\server\\clinic.\n\n"
        "SQLite databases are not safe on network shares")
    assert i18n.message(warning, EN) == str(warning)
    german = i18n.message(warning, DE)
    assert german.startswith("Die Datenbank /mnt/clinic/bodymap.sqlite3 liegt auf der Netzwerkfreigabe "
                             "\\\\server\\clinic.\n\nSQLite-Datenbanken sind auf Netzwerkfreigaben nicht sicher")
    mount = network_share(Path("/mnt/clinic/x.sqlite3"), platform="linux",
                          mounts="//nas/clinic /mnt/clinic cifs rw 0 0\n")
    assert mount == "a cifs network file system at /mnt/clinic (//nas/clinic)"
    assert i18n.message(mount, ES) == "un sistema de archivos de red cifs en /mnt/clinic (//nas/clinic)"


def _report(committed: bool) -> CopyReport:
    checks = (TableCheck("patient", 1200, 1200, "a" * 64, "a" * 64),
              TableCheck("visit", 3, 2 if not committed else 3, "b" * 64, ("c" if not committed else "b") * 64))
    return CopyReport("sqlite:///a.sqlite3", "postgresql://u:***@h/c", checks, 2.5, committed)


def test_copy_database_report_in_german():
    lines = _report(True).lines()
    assert lines[0] == "patient\t1200\t1200\taaaaaaaaaaaaaaaa\tok"
    assert lines[-1] == ("Copied 1203 rows in 2 tables from sqlite:///a.sqlite3 to postgresql://u:***@h/c in 2.5 s "
                         "(481 rows/s); every table checked.")
    assert [i18n.message(line, EN) for line in lines] == lines
    assert i18n.message(lines[-1], DE) == ("1203 Zeilen in 2 Tabellen von sqlite:///a.sqlite3 nach postgresql://u:***@h/c "
                                           "in 2,5 s kopiert (481 Zeilen/s); jede Tabelle geprüft.")
    failed = _report(False).lines()
    assert failed[1].endswith("\tDIFFERENT") and i18n.message(failed[1], DE).endswith("\tABWEICHEND")
    assert i18n.message(failed[-1], ES) == ("La copia difiere del origen en: visit. No se conservó nada en "
                                            "postgresql://u:***@h/c.")


def _pairs(*extra: LandmarkPair) -> list[LandmarkPair]:
    return [LandmarkPair("vertex", "midline", 500, 50), LandmarkPair("acromion", "right", 300, 300),
            LandmarkPair("acromion", "left", 700, 300), LandmarkPair("navel", "midline", 500, 900), *extra]


def test_calibration_messages_name_landmarks_from_the_name_tables():
    with pytest.raises(ValidationError) as caught:
        Calibration("anterior", _pairs(LandmarkPair("acromion", "right", 310, 320)), (1000, 2000))
    assert str(caught.value) == "The patient's right acromion is placed twice."
    assert i18n.message(caught.value, EN) == "The patient's right acromion is placed twice."
    assert i18n.message(caught.value, DE) == "Akromion (rechts) ist zweimal gesetzt."
    assert i18n.message(caught.value, ES) == "Acromion (lado derecho) está colocado dos veces."
    midline = QT_TRANSLATE_NOOP("Validation", "{landmark} is placed outside the image.").format(
        landmark=Named("The vertex", "landmarks", "vertex", "Vertex", "midline"))
    vertex = DE.name("landmarks", "vertex", "?")
    assert vertex not in ("?", "Vertex") and i18n.message(midline, DE).startswith(vertex + " ")   # no side


def test_the_fold_message_is_translated():
    from bodymap.domain.diagrams import load_view
    view = load_view("anterior")
    acromion = next(lm for lm in view.landmarks if lm.id == "acromion" and lm.side == "left")
    one = Calibration._fold_message([acromion, None, None])
    assert str(one) == "The patient's left acromion is far from where the other landmarks put it; check that click."
    assert i18n.message(one, DE).startswith("Akromion (links) liegt weit entfernt")


def test_numbers_in_the_language_and_english_unchanged():
    msg = QT_TRANSLATE_NOOP("Exchange", "Too many entries (at most {most})").format(most=Number(100000))
    assert str(msg) == "Too many entries (at most 100,000)" == i18n.message(msg, EN)
    assert i18n.message(msg, DE) == "Zu viele Einträge (höchstens 100.000)"
    assert pickle.loads(pickle.dumps(msg)).fields["most"].value == 100000
    decimal = QT_TRANSLATE_NOOP("Records", "Copied {rows} rows in {tables} tables from {source} to {target} "
                                "in {seconds} s ({rate} rows/s); every table checked.").format(
        rows=1, tables=1, source="a", target="b", seconds=0.5, rate=2)
    assert "in 0.5 s" in i18n.message(decimal, EN) and "in 0,5 s" in i18n.message(decimal, DE)
    assert i18n.message(QT_TRANSLATE_NOOP("Records", "Visit {id} does not exist.").format(id=12345), DE) \
        == "Sitzung 12345 existiert nicht."
