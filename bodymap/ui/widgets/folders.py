"""Where the file dialogs start: the folder last used for that kind of file, else the user's
Documents folder, never the program's own folder (the working directory)."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, QStandardPaths

EXPORTS, IMPORTS, IMAGES = "exports", "imports", "images"


def documents() -> str:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return found or str(Path.home())


def _settings() -> QSettings:
    return QSettings("bodymap", "bodymap")


def start_folder(kind: str) -> str:
    """The folder a dialog for this kind of file opens in."""
    last = _settings().value(f"folders/{kind}", "")
    if isinstance(last, str) and last and Path(last).is_dir():
        return last
    return documents()


def start_path(kind: str, name: str) -> str:
    """A file name suggested in the folder for this kind of file."""
    return str(Path(start_folder(kind)) / name)


def remember(kind: str, path: str) -> None:
    """The user chose path (a file or a folder): the next dialog for this kind starts there."""
    if not path:
        return
    chosen = Path(path)
    folder = chosen if chosen.is_dir() else chosen.parent
    _settings().setValue(f"folders/{kind}", str(folder))
