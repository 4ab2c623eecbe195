"""Drives the real bodymap window in its own process until it is killed (tests/integrity/test_crash.py).

    python -m tests.integrity.crash_driver DB_FILE CHART_NUMBER [PAUSE_MS]

Builds the MainWindow offscreen on the SQLite file, creates a patient and a visit through the
services, opens the visit in the window, then places trigger points by clicking on the canvas,
forever. After each placement that the document reports as saved it prints `done N` (N = points
placed so far) and flushes, so the test knows exactly which actions were completed.
"""
from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _targets():
    """Distinct points on the body, view by view, region by region, then nudged variants."""
    from bodymap.domain.diagrams import load_view
    from bodymap.services.demo import region_point
    for dx, dy in ((0.0, 0.0), (0.004, 0.0), (-0.004, 0.0), (0.0, 0.004), (0.0, -0.004)):
        for view_id in ("posterior", "anterior"):
            for region in load_view(view_id).regions:
                x, y = region_point(view_id, region.id, region.side)
                x, y = x + dx, y + dy
                if load_view(view_id).region_at(x, y) is not None:
                    yield view_id, x, y


def main(argv: list[str]) -> int:
    db_file, chart_number = argv[0], argv[1]
    pause_ms = int(argv[2]) if len(argv) > 2 else 10
    import datetime as dt

    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QMessageBox

    from bodymap import db
    from bodymap.domain.charting import PatientInput, VisitInput
    from bodymap.services import ChartService

    # a refused action must not block the process on a modal box: report it instead
    QMessageBox.warning = staticmethod(lambda _parent, _title, text, *a, **k: print(f"warning {text}",
                                                                                     file=sys.stderr, flush=True))
    app = QApplication.instance() or QApplication(["bodymap-crash-driver"])
    _engine, sessions = db.open_database(f"sqlite:///{db_file}")
    service = ChartService(sessions)
    patient = service.create_patient(PatientInput(chart_number=chart_number, name=f"Crash test {chart_number}"))
    visit = service.create_visit(patient.id, VisitInput(started_at=dt.datetime.now(dt.UTC),
                                                        chief_complaint="crash test"))

    from bodymap.ui.main_window import MainWindow
    window = MainWindow(service, database_label="crash test")
    window.resize(1400, 900)
    window.show()
    QTest.qWaitForWindowExposed(window)
    window.patients.refresh_patients(patient.id)
    window.patients.refresh_visits(visit.id)
    if window.document.visit_id != visit.id:
        print(f"error visit {visit.id} did not open", file=sys.stderr, flush=True)
        return 3
    window.workspace.set_tool("trigger_point")
    print(f"visit {visit.id}", flush=True)

    done = 0
    while True:
        for view_id, x, y in _targets():
            window.workspace.show_view(view_id)
            canvas = window.workspace.current_canvas()
            app.processEvents()
            before = len(window.document.trigger_points())
            pos: QPoint = canvas.mapFromScene(canvas.chart_scene.to_scene(x, y))
            QTest.mouseClick(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos)
            if len(window.document.trigger_points()) == before + 1:
                done += 1
                print(f"done {done}", flush=True)
            QTest.qWait(pause_ms)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
