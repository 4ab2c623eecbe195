"""The bar over the canvas that says the open visit was changed on another workstation.

It never takes the focus and never reloads by itself: whatever the clinician is doing stays as it
is until they press Reload (or make a change, which another workstation's version refuses and
reloads, as before)."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from bodymap.ui.widgets import theme

TEXT = QT_TRANSLATE_NOOP("ReloadBar", "This visit was changed on another workstation.")


class ReloadBar(QWidget):
    reloadRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reloadBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.icon = QLabel("\u21bb")
        self.icon.setObjectName("reloadBarIcon")
        self.text = QLabel(self.tr(TEXT))
        self.text.setObjectName("reloadBarText")
        self.button = QPushButton(self.tr("Reload"))
        self.button.setObjectName("reloadBarButton")
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)     # appearing never moves the focus
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.clicked.connect(self.reloadRequested)
        row = QHBoxLayout(self)
        row.setContentsMargins(14, 5, 10, 5)
        row.setSpacing(10)
        row.addWidget(self.icon)
        row.addWidget(self.text, 1)
        row.addWidget(self.button)
        theme.style(self, """
            #reloadBar { background: @notice_bg; border-top: 1px solid @notice_border; }
            #reloadBarIcon { font-size: 13pt; font-weight: 700; color: @notice_icon; }
            #reloadBarText { font-size: 10.5pt; color: @notice_fg; }
            #reloadBarButton { padding: 3px 14px; }
        """)
        self.hide()

    def offer(self, text: str = TEXT) -> None:
        """Show the bar (without raising or activating anything)."""
        self.text.setText(self.tr(text))
        self.show()
