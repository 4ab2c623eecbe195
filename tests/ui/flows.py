"""What many window tests do first, in one place: a new patient and visit through their dialogs,
a window with a chart open, and a rendering kept for a person to look at (BODYMAP_SHOTS=<folder>)."""
from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtWidgets import QFormLayout, QLabel

from tests.accounts import act_as_clinician
from tests.ui.conftest import fill_dialog


def new_patient(qtbot, window, chart="A-100", name="Jamie Rivera", dob="2 Jun 1979", sex="female"):
    def fill(d):
        d.chart_number.setText(chart)
        d.name.setText(name)
        d.dob.setText(dob)
        d.sex.setCurrentIndex(d.sex.findData(sex))
    return fill_dialog(qtbot, window.new_patient, fill)


def new_visit(qtbot, window, complaint="Neck pain", carry=False):
    def fill(d):
        d.complaint.setText(complaint)
        d.pain.setValue(6)
        if carry:
            d.carry.setChecked(True)
    return fill_dialog(qtbot, window.new_visit, fill)


def charted_window(qtbot, open_window):
    """A window with a new patient's visit open, its clinician able to sign."""
    window = open_window()
    act_as_clinician(window.service)   # signing needs a treating and a signing clinician account
    new_patient(qtbot, window)
    new_visit(qtbot, window)
    assert window.document.chart is not None
    return window


def safety_window(qtbot, open_window):
    """A window with a new patient's visit open (no clinician account), and its safety controller."""
    window = open_window()
    new_patient(qtbot, window)
    new_visit(qtbot, window)
    assert window.document.chart is not None
    return window, window.safety


def shot(widget, name: str) -> None:
    """Keep a rendering of widget as <BODYMAP_SHOTS>/<name>.png when that variable is set."""
    folder = os.environ.get("BODYMAP_SHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / f"{name}.png"))


def form_labels(dialog) -> list[str]:
    """The label texts of dialog.form, top to bottom."""
    return labels(dialog.form)


def labels(form: QFormLayout) -> list[str]:
    """The label texts of a QFormLayout, top to bottom."""
    out = []
    for i in range(form.rowCount()):
        item = form.itemAt(i, QFormLayout.ItemRole.LabelRole)
        if item is not None and isinstance(item.widget(), QLabel):
            out.append(item.widget().text())
    return out
