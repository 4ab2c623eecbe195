"""One clinic, many rooms: two windows on one database (a SQLite file, and PostgreSQL).

What window B (or the command line) stores shows in window A within 2 s: a new patient in A's
list (same search, same patient chosen, the focus where it was), and a mark on the visit A has
open as the reload bar, which reloads on a click. A's own changes never raise the bar. The watch
ends with the window: no thread is left running."""
from __future__ import annotations

import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from bodymap import db
from bodymap.domain.charting import PatientInput, VisitInput
from bodymap.services import ChartService
from bodymap.services.demo import region_point
from tests.conftest import pg_database

WITHIN_MS = 2000
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(params=["sqlite", "postgresql"])
def room_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'clinic.sqlite3'}"
    else:
        with pg_database(request.getfixturevalue("pg_server")) as url:
            yield url


@pytest.fixture
def rooms(qtbot, room_url):
    """rooms() -> a new window on the shared database (room A first, then B, ...)."""
    engines = []

    def make():
        from bodymap.ui.main_window import MainWindow
        engine, sessions = db.open_database(room_url)
        engines.append(engine)
        window = MainWindow(ChartService(sessions), database_label="test")
        qtbot.addWidget(window)
        window.resize(1400, 900)
        window.show()
        qtbot.waitExposed(window)
        watcher = window.services.changes.watcher
        if watcher is not None and watcher.backend == "postgresql":
            assert watcher.wait_listening(10)
        return window

    yield make
    for engine in engines:
        engine.dispose()


def listed(window) -> list[str]:
    return [p.name for p in window.patients.patients.model()._patients]


def choose(window, name: str) -> None:
    model = window.patients.patients.model()
    window.patients.patients.setCurrentRow(next(r for r in range(model.rowCount()) if model.patient(r).name == name))


def open_first_visit(window) -> None:
    window.operations.run(window.patients.refresh_visits)
    window.patients.visits.setCurrentRow(0)
    assert window.document.chart is not None


def add_patient(window, chart: str, name: str):
    """What window B's New patient dialog does on Save."""
    patient = window.service.create_patient(PatientInput(chart_number=chart, name=name), same_person_checked=True)
    window.patients.search.clear()
    window.operations.run(window.patients.refresh_patients, patient.id)
    return patient


def test_a_patient_added_in_room_b_shows_in_room_a(qtbot, rooms, backend_of_room):
    a = rooms()
    add_patient(a, "R-1", "Room One")
    choose(a, "Room One")
    b = rooms()
    assert a.services.changes.backend == backend_of_room
    a.patients.search.setText("Room")
    qtbot.waitUntil(lambda: listed(a) == ["Room One"], timeout=WITHIN_MS)
    a.windowHandle().requestActivate()
    qtbot.waitUntil(a.isActiveWindow, timeout=3000)
    a.patients.search.setFocus()
    a.patients.search.setCursorPosition(2)
    focused = QApplication.focusWidget()

    add_patient(b, "R-2", "Room Two")
    add_patient(b, "X-3", "Not Matching")
    qtbot.waitUntil(lambda: listed(a) == ["Room One", "Room Two"], timeout=WITHIN_MS)
    assert a.patients.search.text() == "Room"                     # the search stays
    assert a.patients.current_patient().name == "Room One"        # the chosen patient stays
    assert a.patient.name == "Room One"
    assert QApplication.focusWidget() is focused and a.patients.search.cursorPosition() == 2


def test_a_rename_in_room_b_updates_room_a_banner(qtbot, rooms):
    a = rooms()
    patient = add_patient(a, "R-5", "Old Name")
    choose(a, "Old Name")
    b = rooms()
    b.service.update_patient(patient.id, PatientInput(chart_number="R-5", name="New Name"),
                             expected_version=patient.version, same_person_checked=True)
    qtbot.waitUntil(lambda: listed(a) == ["New Name"], timeout=WITHIN_MS)
    assert a.patient.name == "New Name" and a.banner.name.text() == "New Name"


@pytest.fixture
def shared_visit(rooms):
    """Room A with a visit open; room B with the same visit open."""
    a = rooms()
    patient = add_patient(a, "R-9", "Shared Patient")
    a.service.create_visit(patient.id, VisitInput())
    choose(a, "Shared Patient")
    open_first_visit(a)
    b = rooms()
    choose(b, "Shared Patient")
    open_first_visit(b)
    return a, b


def test_a_mark_added_in_room_b_offers_the_reload_in_room_a(qtbot, shared_visit):
    a, b = shared_visit
    bar = a.clinic_watch.bar
    assert bar.isHidden()
    a.windowHandle().requestActivate()
    qtbot.waitUntil(a.isActiveWindow, timeout=3000)
    a.workspace.current_canvas().setFocus()
    focused = QApplication.focusWidget()
    assert focused is not None
    canvas = a.workspace.current_canvas()
    size, transform = canvas.viewport().size(), canvas.transform()
    assert b.document.add_trigger_point("posterior", *region_point("posterior", "buttock", "right")) is not None
    qtbot.waitUntil(lambda: not bar.isHidden(), timeout=WITHIN_MS)
    assert bar.text.text() == "This visit was changed on another workstation."
    assert a.document.trigger_points() == []                      # nothing changed under the clinician
    assert QApplication.focusWidget() is focused                 # nor the focus
    assert (canvas.viewport().size(), canvas.transform()) == (size, transform)     # nor the diagram
    viewport = canvas.viewport()
    assert bar.geometry().bottom() == viewport.mapTo(a.workspace, viewport.rect().bottomLeft()).y()
    assert "1 trigger point ·" in a.patients.visits.item(0).text()    # the visit list is up to date
    qtbot.mouseClick(bar.button, Qt.MouseButton.LeftButton)
    assert bar.isHidden()
    assert [tp.id for tp in a.document.trigger_points()] == [tp.id for tp in b.document.trigger_points()]
    assert len(a.workspace.current_canvas().scene().items()) > 0
    # and A can go on charting on the reloaded version: no conflict
    assert a.document.add_trigger_point("posterior", *region_point("posterior", "buttock", "left")) is not None


def test_room_a_own_change_raises_no_bar(qtbot, shared_visit):
    a, _b = shared_visit
    with qtbot.waitSignal(a.clinic_watch.refreshed, timeout=WITHIN_MS):
        assert a.document.add_trigger_point("posterior", *region_point("posterior", "buttock", "right")) is not None
    with qtbot.waitSignal(a.clinic_watch.refreshed, timeout=WITHIN_MS):
        a.document.undo_stack.undo()
    assert a.clinic_watch.bar.isHidden()


def test_the_bar_waits_for_a_dialog_to_close(qtbot, shared_visit, monkeypatch):
    a, b = shared_visit
    monkeypatch.setattr(QApplication, "activeModalWidget", staticmethod(lambda: a))   # a dialog is open
    b.document.add_trigger_point("posterior", *region_point("posterior", "buttock", "right"))
    qtbot.wait(800)
    assert a.clinic_watch.bar.isHidden()
    monkeypatch.undo()
    qtbot.waitUntil(lambda: not a.clinic_watch.bar.isHidden(), timeout=WITHIN_MS)


def test_a_patient_added_from_the_command_line_shows(qtbot, rooms, room_url):
    a = rooms()
    env = {**{k: v for k, v in os.environ.items() if k != "BODYMAP_DATABASE_URL"},
           "PYTHONPATH": str(ROOT), "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen([sys.executable, "-m", "bodymap.cli", "--database", room_url, "demo"],
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, env=env, stdin=subprocess.DEVNULL)
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=120_000)
    finally:
        if proc.poll() is None:
            proc.kill()
        _out, err = proc.communicate()
    assert proc.returncode == 0, err.decode(errors="replace")[-2000:]
    qtbot.waitUntil(lambda: len(listed(a)) == 1, timeout=WITHIN_MS)


def test_a_dropped_watch_connection_comes_back_and_the_window_goes_on(qtbot, rooms, backend_of_room, request):
    if backend_of_room != "postgresql":
        pytest.skip("SQLite has no connection to drop")
    a = rooms()
    b = rooms()
    watcher = a.services.changes.watcher
    pid = watcher.backend_pid
    with request.getfixturevalue("pg_server").connect() as admin:
        admin.execute("SELECT pg_terminate_backend(%s)", (pid,))
    qtbot.waitUntil(lambda: watcher.listening and watcher.backend_pid != pid, timeout=10_000)
    assert a.isVisible() and a.clinic_watch.timer.isActive()
    add_patient(b, "R-7", "After The Drop")
    qtbot.waitUntil(lambda: listed(a) == ["After The Drop"], timeout=WITHIN_MS)


def test_closing_the_window_ends_the_watch(qtbot, rooms):
    a = rooms()
    changes = a.services.changes
    a.close()
    assert changes.watcher is None
    assert not a.clinic_watch.timer.isActive()
    assert not [t for t in threading.enumerate() if t.name == "bodymap-change-watch"]


@pytest.fixture
def backend_of_room(room_url) -> str:
    return "sqlite" if room_url.startswith("sqlite") else "postgresql"


def test_a_window_deleted_without_closing_ends_the_watch(qtbot, room_url, backend_of_room):
    if backend_of_room != "postgresql":
        pytest.skip("only PostgreSQL's watch has a thread")
    from bodymap.ui.main_window import MainWindow
    engine, sessions = db.open_database(room_url)
    try:
        window = MainWindow(ChartService(sessions), database_label="test")     # never shown nor closed
        changes = window.services.changes
        assert changes.watcher.wait_listening(10)
        window.deleteLater()
        qtbot.waitUntil(lambda: changes.watcher is None, timeout=WITHIN_MS)
        assert not [t for t in threading.enumerate() if t.name == "bodymap-change-watch"]
    finally:
        engine.dispose()
