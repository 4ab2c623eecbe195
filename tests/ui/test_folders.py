"""File dialogs start in the user's Documents folder, then in the folder last used for that kind of
file (bodymap/ui/widgets/folders.py), never in the program's own folder."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog

from bodymap.ui.widgets import folders
from tests.ui.flows import charted_window


def test_export_starts_in_documents_then_where_the_last_export_went(qtbot, open_window, monkeypatch, tmp_path):
    window = charted_window(qtbot, open_window)
    asked: list[str] = []
    target = tmp_path / "handouts"
    target.mkdir()

    def save_as(_parent, _title, start, *_rest):
        asked.append(start)
        return str(target / Path(start).name), _rest[1] if len(_rest) > 1 else ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_as))
    window.exports.export_pdf()
    assert Path(asked[0]).parent == Path(folders.documents())
    assert Path(asked[0]).parent != Path.cwd()
    assert list(target.glob("*.pdf"))
    window.exports.export_visit()                           # another export: the same folder
    assert Path(asked[1]).parent == target
    window.exports.export_pdf()
    assert Path(asked[2]).parent == target


def test_imports_and_images_remember_their_own_folder(tmp_path):
    assert folders.start_folder(folders.IMPORTS) == folders.documents()
    (tmp_path / "in").mkdir()
    folders.remember(folders.IMPORTS, str(tmp_path / "in" / "visit.json"))
    assert folders.start_folder(folders.IMPORTS) == str(tmp_path / "in")
    assert folders.start_folder(folders.IMAGES) == folders.documents()
    folders.remember(folders.IMAGES, str(tmp_path))                  # a folder itself
    assert folders.start_folder(folders.IMAGES) == str(tmp_path)
    (tmp_path / "in").rmdir()                                        # gone since: Documents again
    assert folders.start_folder(folders.IMPORTS) == folders.documents()
