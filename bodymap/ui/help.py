"""The Help menu: About (version, licence, third-party notices)."""
from __future__ import annotations

import platform
from importlib import resources

import PySide6
from PySide6.QtCore import Qt, qVersion
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from bodymap import __version__

DESCRIPTION = "Trigger-point and referred-pain charting for dry needling."


def third_party_notices() -> str:
    return (resources.files("bodymap.assets") / "legal" / "THIRD_PARTY_NOTICES.txt").read_text("utf-8")


class AboutDialog(QDialog):
    """Name, version, licence, the versions of Qt, PySide6 and Python, and the third-party notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle("About bodymap")
        layout = QVBoxLayout(self)
        self.title = QLabel(f"<h2>bodymap</h2><b>Version {__version__}</b>", self)
        self.title.setObjectName("aboutVersion")
        layout.addWidget(self.title)
        info = QLabel(
            f"{DESCRIPTION}<br>Left and right are always the patient's left and right.<br><br>"
            "Free software under the MIT License. Built with Qt and PySide6 (LGPL-3.0), whose "
            "libraries are separate files you may replace; notices for every component below.<br>"
            f"<small>Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"
            f" · {platform.system()} {platform.release()}</small>", self)
        info.setWordWrap(True)
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(info)
        layout.addWidget(QLabel("<b>Third-party notices</b>", self))
        self.notices = QPlainTextEdit(third_party_notices(), self)
        self.notices.setObjectName("aboutNotices")
        self.notices.setReadOnly(True)
        self.notices.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.notices.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        columns = max(len(line) for line in self.notices.toPlainText().splitlines()) + 4
        self.notices.setMinimumSize(self.notices.fontMetrics().horizontalAdvance("x" * columns), 280)
        layout.addWidget(self.notices, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class HelpController:
    """The Help menu's slots (MainWindow.help)."""

    def __init__(self, window: QWidget) -> None:
        self.window = window

    def about(self) -> None:
        AboutDialog(self.window).exec()
