"""Dock contents that scroll instead of forcing their full height on the window, so the main window
fits a 1366 x 768 laptop screen as well as a 1080p workstation."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QDockWidget, QFrame, QScrollArea, QSizePolicy, QVBoxLayout, QWidget


def scrolling_contents(dock: QDockWidget) -> None:
    """Put the dock's widget in a scroll area (unless it scrolls itself). Forms keep their height
    at the top; widgets that grow (lists, the Safety tabs) fill the dock."""
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
    if content.layout() is not None:
        grows = bool(content.layout().expandingDirections() & Qt.Orientation.Vertical)
    else:                        # a widget without a layout (the Safety tabs): its size policy says
        grows = bool(content.sizePolicy().verticalPolicy().value & QSizePolicy.PolicyFlag.ExpandFlag.value)
    column.addWidget(content, 1 if grows else 0)
    if not grows:
        column.addStretch(1)
    area.setWidget(holder)
    area.setMinimumWidth(content.minimumSizeHint().width() + 12)
    dock.setWidget(area)
