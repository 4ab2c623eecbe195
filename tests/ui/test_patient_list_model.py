"""The patient list: a QListView over PatientListModel, reset once per search; the keyboard and
the selection signals behave as they did with the QListWidget."""
from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt

from bodymap import db
from bodymap.domain.charting import PatientInput
from bodymap.services import ChartService
from bodymap.ui.panels.patients import PatientListModel, PatientPanel


@pytest.fixture
def service(tmp_path):
    engine, sessions = db.open_database(f"sqlite:///{tmp_path / 'list.sqlite3'}")
    service = ChartService(sessions)
    for n, (name, dob) in enumerate([("Ada Park", dt.date(1980, 1, 2)), ("Ben Ortiz", None),
                                     ("Cleo Park", dt.date(1991, 12, 31)), ("Zoë Ñúñez", None)]):
        service.create_patient(PatientInput(chart_number=f"C-{n}", name=name, date_of_birth=dob))
    yield service
    engine.dispose()


@pytest.fixture
def panel(qtbot, service):
    panel = PatientPanel(service)
    qtbot.addWidget(panel)
    panel.resize(300, 600)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh_patients()
    return panel


def names(panel) -> list[str]:
    model = panel.patients.model()
    return [model.index(row).data().splitlines()[0] for row in range(model.rowCount())]


def test_rows_show_name_chart_and_birth_date(service):
    model = PatientListModel()
    found = service.search_patients("")
    model.set_patients(found)
    assert model.rowCount() == 4
    assert model.index(0).data() == "Ada Park\nC-0 · 02 Jan 1980"
    assert model.index(1).data() == "Ben Ortiz\nC-1 · DOB unknown"
    assert model.index(3).data(Qt.ItemDataRole.UserRole) is found[3]
    assert model.index(0).data(Qt.ItemDataRole.DecorationRole) is None
    assert model.patient(4) is None and model.patient(-1) is None
    assert model.row_of(found[2].id) == 2 and model.row_of(None) == -1


def test_one_reset_per_search_and_no_row_by_row_inserts(qtbot, panel):
    model = panel.patients.model()
    seen = []
    model.modelReset.connect(lambda: seen.append("reset"))
    model.rowsInserted.connect(lambda *_: seen.append("insert"))
    model.rowsRemoved.connect(lambda *_: seen.append("remove"))
    panel.search.setText("park")
    panel.refresh_patients()
    assert seen == ["reset"]
    assert names(panel) == ["Ada Park", "Cleo Park"]
    assert panel.patients.count() == 2


def test_arrow_keys_move_the_selection_and_announce_the_patient(qtbot, panel):
    chosen = []
    panel.patientSelected.connect(chosen.append)
    panel.patients.setFocus()
    panel.patients.setCurrentRow(0)
    assert [p.name for p in chosen] == ["Ada Park"]
    assert panel.edit_patient.isEnabled() and panel.new_visit.isEnabled()
    qtbot.keyClick(panel.patients, Qt.Key.Key_Down)
    qtbot.keyClick(panel.patients, Qt.Key.Key_Down)
    qtbot.keyClick(panel.patients, Qt.Key.Key_Up)
    assert [p.name for p in chosen] == ["Ada Park", "Ben Ortiz", "Cleo Park", "Ben Ortiz"]
    assert panel.patients.currentRow() == 1
    assert panel.current_patient().name == "Ben Ortiz"
    assert panel.patients.selectionModel().isRowSelected(1)        # highlighted, as before
    qtbot.keyClick(panel.patients, Qt.Key.Key_End)
    assert chosen[-1].name == "Zoë Ñúñez"


def test_a_search_keeps_the_chosen_patient_when_still_found(qtbot, panel):
    panel.patients.setCurrentRow(2)                      # Cleo Park
    chosen = []
    panel.patientSelected.connect(chosen.append)
    panel.search.setText("park")
    panel.refresh_patients()
    assert panel.current_patient().name == "Cleo Park"
    assert panel.patients.currentRow() == 1
    assert [p.name for p in chosen] == ["Cleo Park"]     # announced again, as the QListWidget did
    panel.search.setText("ortiz")
    panel.refresh_patients()
    assert panel.current_patient() is None
    assert chosen[-1] is None
    assert not panel.edit_patient.isEnabled() and not panel.new_visit.isEnabled()
    panel.search.setText("")
    panel.refresh_patients()                              # nothing chosen: nothing announced
    assert chosen[-1] is None and len(chosen) == 2


def test_refresh_can_choose_a_patient(qtbot, panel, service):
    target = next(p for p in service.search_patients("") if p.name == "Zoë Ñúñez")
    chosen = []
    panel.patientSelected.connect(chosen.append)
    panel.refresh_patients(target.id)
    assert panel.current_patient() == target
    assert chosen == [target]


def test_typing_searches_after_the_delay(qtbot, panel):
    qtbot.keyClicks(panel.search, "ZOE")          # (QTest types ASCII keys only)
    qtbot.waitUntil(lambda: names(panel) == [], timeout=2000)
    panel.search.setText("zoë Ñ")                # as a paste or an input method would
    qtbot.waitUntil(lambda: names(panel) == ["Zoë Ñúñez"], timeout=2000)
