"""Progress over time: visit comparison, trends and the clinic pain map.

The main window needs only these three calls (each opens a non-modal dialog and returns it).
"""
from __future__ import annotations


def open_compare(parent, service, progress, patient):
    from bodymap.ui.progress.compare_dialog import CompareDialog
    return _show(CompareDialog(parent, service, progress, patient))


def open_trends(parent, progress, patient):
    from bodymap.ui.progress.trends import TrendsDialog
    return _show(TrendsDialog(parent, progress, patient))


def open_heatmap(parent, progress, patient=None):
    """The pain map; with a patient it offers that patient's composite map too."""
    from bodymap.ui.progress.heatmap_dialog import HeatmapDialog
    return _show(HeatmapDialog(parent, progress, patient))


def _show(dialog):
    from PySide6.QtCore import Qt
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
