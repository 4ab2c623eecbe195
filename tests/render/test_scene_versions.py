"""A mark made on an older version of a diagram is drawn where it belongs on the current one."""
from __future__ import annotations

import dataclasses

from bodymap.domain.records import TriggerPointRecord, ZoneRecord
from bodymap.render.scene import ChartScene


def _tp(version: int) -> TriggerPointRecord:
    return TriggerPointRecord(
        id=1, visit_id=1, view="anterior", x=0.40, y=0.30, diagram_version=version, region="pectoral",
        region_label="Pectoral", muscle=None, side="right", status="active", findings=frozenset(),
        pressure_pain=None, needled=False, needle_size="", depth_mm=None, twitch_responses=None, notes="")


def test_marks_of_an_older_version_are_mapped_through_the_landmarks(qtbot, monkeypatch):
    scene = ChartScene("anterior", interactive=False)
    current = scene.diagram.version
    # pretend version current-1 had the figure drawn 2% lower: its mapping moves points up
    monkeypatch.setattr(type(scene.diagram), "map_from_version",
                        lambda self, version, x, y: (x, y - 0.02) if version == current - 1 else (x, y))
    now = scene.put_trigger_point(_tp(current))
    assert abs(now.pos().y() - 0.30 * scene.height_units) < 1e-6
    old = scene.put_trigger_point(dataclasses.replace(_tp(current - 1), id=2))
    assert abs(old.pos().y() - 0.28 * scene.height_units) < 1e-6
    zone = ZoneRecord(id=3, visit_id=1, view="anterior", diagram_version=current - 1,
                      polygons=(((0.40, 0.30), (0.45, 0.30), (0.45, 0.35)),), sides=("right",),
                      regions=(), quality="aching", intensity=5, depth="superficial", notes="")
    item = scene.put_zone(zone)
    top = item.path().boundingRect().top()
    assert abs(top - 0.28 * scene.height_units) < 1e-6


def test_unknown_version_is_shown_where_it_was_stored(qtbot):
    scene = ChartScene("anterior", interactive=False)
    item = scene.put_trigger_point(_tp(scene.diagram.version + 7))
    assert abs(item.pos().x() - 0.40 * scene.width_units) < 1e-6
