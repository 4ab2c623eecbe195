"""Undo after another workstation changed the visit: a clear message and a reload, never an overwrite."""
from __future__ import annotations

from bodymap import db
from bodymap.domain.charting import PatientInput, TriggerPointDetails, VisitInput
from bodymap.services import ChartService
from bodymap.services.demo import region_point
from bodymap.ui.document import ChartDocument


def test_undo_after_a_change_elsewhere_reloads(qtbot, tmp_path):
    url = f"sqlite:///{tmp_path / 'u.sqlite3'}"
    engine_a, sessions_a = db.open_database(url)
    engine_b, sessions_b = db.open_database(url)
    try:
        here, there = ChartService(sessions_a), ChartService(sessions_b)
        p = here.create_patient(PatientInput(chart_number="U-1", name="Undo Conflict"))
        v = here.create_visit(p.id, VisitInput())
        doc = ChartDocument(here)
        doc.open_visit(v.id)
        tp = doc.add_trigger_point("posterior", *region_point("posterior", "buttock", "right"))
        there.update_trigger_point(tp.id, TriggerPointDetails(pressure_pain=8))   # another workstation
        messages = []
        doc.failed.connect(messages.append)
        doc.undo_stack.undo()
        qtbot.waitUntil(lambda: bool(messages), timeout=3000)
        assert "another workstation" in messages[0]
        stored = here.get_chart(v.id).trigger_points
        assert [t.pressure_pain for t in stored] == [8]               # nothing undone over it
        assert doc.trigger_points()[0].pressure_pain == 8             # the window shows what is stored
        assert doc.version == here.get_chart(v.id).visit.version
    finally:
        engine_a.dispose()
        engine_b.dispose()
