"""The window's commands come from one table (bodymap/ui/actions.py): every command reaches a slot,
every menu entry exists, no two actions share a key, and each command is enabled exactly when it
applies."""
from __future__ import annotations

import operator
from collections import Counter

from PySide6.QtGui import QAction, QKeySequence

from bodymap.services.demo import region_point
from bodymap.ui import actions as table
from tests.ui.conftest import click_scene, press_tool_key
from tests.ui.flows import charted_window


def test_every_command_has_a_slot_and_every_menu_entry_a_command(qtbot, open_window):
    window = open_window()
    names = {c.name for c in table.COMMANDS} | {"undo", "redo"}
    for command in table.COMMANDS:
        assert callable(operator.attrgetter(command.slot)(window)), command.slot
    for _title, entries in table.MENUS:
        assert {e for e in entries if e is not None} <= names
    assert {e for e in table.TOOLBAR if e is not None} <= names
    assert len(names) == len(table.COMMANDS) + 2           # no name used twice


def test_no_two_actions_share_a_key(qtbot, open_window):
    window = open_window()
    keys = Counter(seq.toString() for action in window.findChildren(QAction) for seq in action.shortcuts()
                   if not seq.isEmpty() and action.parent() is not None)
    assert [k for k, n in keys.items() if n > 1] == []


def test_enabled_exactly_when_it_applies(qtbot, open_window):
    window = open_window()
    actions = window.menu_actions
    assert not actions["edit_patient"].isEnabled() and not actions["print"].isEnabled()
    assert actions["new_patient"].isEnabled() and actions["heatmap"].isEnabled()
    window = charted_window(qtbot, open_window)
    for name in ("edit_visit", "sign", "delete", "print", "history", "compare"):
        assert window.menu_actions[name].isEnabled(), name
    assert not window.menu_actions["addendum"].isEnabled()      # only once signed


def test_ctrl_y_and_ctrl_shift_z_both_redo(qtbot, open_window):
    window = charted_window(qtbot, open_window)
    window.workspace.show_view("anterior")
    canvas = window.workspace.current_canvas()
    press_tool_key(qtbot, window, "T")
    click_scene(qtbot, canvas, *region_point("anterior", "pectoral", "left"))
    for redo in ("Ctrl+Shift+Z", "Ctrl+Y"):
        qtbot.keySequence(canvas, QKeySequence("Ctrl+Z"))
        assert window.service.get_chart(window.document.visit_id).trigger_points == ()
        qtbot.keySequence(canvas, QKeySequence(redo))
        assert len(window.service.get_chart(window.document.visit_id).trigger_points) == 1, redo
