"""Dock contents that scroll instead of forcing their full height on the window, so the main window
fits a 1366 x 768 laptop screen as well as a 1080p workstation."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QFrame, QScrollArea, QVBoxLayout, QWidget


def scrolling_contents(dock: QDockWidget) -> None:
    """Put the dock's widget in a scroll area (unless it scrolls itself). Forms keep their height
    at the top; lists still expand."""
    content = dock.widget()
    if content is None or isinstance(content, QAbstractScrollArea):
        return
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    holder = QWidget()
    column = QVBoxLayout(holder)
    column.setContentsMargins(0, 0, 0, 0)
    grows = content.layout() is not None and bool(
        content.layout().expandingDirections() & Qt.Orientation.Vertical)
    column.addWidget(content, 1 if grows else 0)
    if not grows:
        column.addStretch(1)
    area.setWidget(holder)
    area.setMinimumWidth(content.minimumSizeHint().width() + 12)
    dock.setWidget(area)
