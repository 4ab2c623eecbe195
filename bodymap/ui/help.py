"""The Help menu: the data and log folders, About (version, licence, third-party notices), and the
dialog shown when something unexpected goes wrong."""
from __future__ import annotations

import platform
from importlib import resources
from pathlib import Path

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QFontDatabase, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap import __version__
from bodymap.render import i18n

DESCRIPTION = QT_TRANSLATE_NOOP("AboutDialog", "Trigger-point and referred-pain charting for dry needling.")


def third_party_notices() -> str:
    return (resources.files("bodymap.assets") / "legal" / "THIRD_PARTY_NOTICES.txt").read_text("utf-8")


class AboutDialog(QDialog):
    """Name, version, licence, the versions of Qt, PySide6 and Python, and the third-party notices."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About bodymap"))
        layout = QVBoxLayout(self)
        version = self.tr("Version {version}").format(version=__version__)
        self.title = QLabel(f"<h2>bodymap</h2><b>{version}</b>", self)
        self.title.setObjectName("aboutVersion")
        layout.addWidget(self.title)
        sides = self.tr("Left and right are always the patient's left and right.")
        licence = self.tr("Free software under the MIT License. Built with Qt and PySide6 (LGPL-3.0), whose "
                          "libraries are separate files you may replace; notices for every component below.")
        info = QLabel(
            f"{self.tr(DESCRIPTION)}<br>{sides}<br><br>{licence}<br>"
            f"<small>Qt {qVersion()} · PySide6 {PySide6.__version__} · Python {platform.python_version()}"
            f" · {platform.system()} {platform.release()}</small>", self)
        info.setWordWrap(True)
        info.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(info)
        layout.addWidget(QLabel("<b>{}</b>".format(self.tr("Third-party notices")), self))
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


def shortcut_rows(window: QWidget) -> list[tuple[str, str]]:
    """(command, keys) for every action of the window that has a shortcut, menu order kept."""
    rows, seen = [], set()
    for action in window.findChildren(QAction):
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts() if not k.isEmpty()]
        name = action.text().replace("&", "").rstrip("…").rstrip(".").strip()
        if keys and name and (name, tuple(keys)) not in seen:
            seen.add((name, tuple(keys)))
            rows.append((name, ", ".join(keys)))
    from bodymap.ui.canvas.keyboard import canvas_key_rows  # the diagram's keys are not actions
    return rows + canvas_key_rows()


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: read from the window's own actions, so it cannot drift."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        rows = shortcut_rows(window)
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        for row, (name, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            self.table.setItem(row, 1, QTableWidgetItem(keys))
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.resizeColumnToContents(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(460, 560)


def guide_page(code: str | None = None):
    """The user guide in the interface language (or code's): guide/index_<code>.html, else the
    English guide/index.html."""
    folder = resources.files("bodymap.assets") / "guide"
    page = folder / f"index_{code or i18n.current().code}.html"
    return page if page.is_file() else folder / "index.html"


def open_folder(folder: Path, parent: QWidget | None = None) -> bool:
    """Show folder in the system's file manager (made first if missing); say where it is if that fails."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        pass
    if QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder))):
        return True
    QMessageBox.information(parent, "bodymap", QCoreApplication.translate("HelpController", "The folder is:\n{folder}")
                            .format(folder=folder))
    return False


class CrashDialog(QMessageBox):
    """Something unexpected went wrong: the report (no patient data) and where it was saved."""

    def __init__(self, report: str, log_path: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(QMessageBox.Icon.Critical, "", "", parent=parent)
        self.setWindowTitle(self.tr("bodymap — unexpected error"))
        self.setText(self.tr("Something went wrong inside bodymap. Marks and details already shown on the "
                             "chart were saved as they were made; check the last thing you did."))
        self.setObjectName("crashDialog")
        where = (self.tr("A report, without any patient data, was saved in the log file:\n{path}").format(
            path=log_path) + "\n\n" if log_path else "")
        self.setInformativeText(where + self.tr("Please send it to whoever supports bodymap at your clinic."))
        self.setDetailedText(report)
        self.log_path = log_path
        self.open_button = self.addButton(self.tr("Open log folder"), QMessageBox.ButtonRole.ActionRole)
        self.open_button.setEnabled(log_path is not None)
        self.addButton(QMessageBox.StandardButton.Close)
        self.open_button.clicked.connect(lambda: open_folder(log_path.parent, self) if log_path else None)


class HelpController:
    """The Help menu's slots (MainWindow.help). data_folder: the folder of the database in use
    (app.run_gui sets it; by default that of the default database)."""

    def __init__(self, window: QWidget, data_folder: Path | None = None) -> None:
        self.window = window
        self.data_folder = data_folder

    def about(self) -> None:
        AboutDialog(self.window).exec()

    def user_guide(self) -> None:
        """The HTML guide shipped in bodymap/assets/guide, in the system's browser."""
        page = guide_page()
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(page))):
            QMessageBox.information(self.window, "bodymap", QCoreApplication.translate(
                "HelpController", "The user guide is:\n{page}").format(page=page))

    def shortcuts(self) -> None:
        ShortcutsDialog(self.window).exec()

    def open_data_folder(self) -> None:
        from bodymap.services.logfile import data_folder_for
        open_folder(self.data_folder or data_folder_for(None), self.window)

    def open_log_folder(self) -> None:
        from bodymap.services.logfile import current_log, log_folder
        current = current_log()
        open_folder(current.parent if current else log_folder(), self.window)
