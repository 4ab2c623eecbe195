"""Renders the README screenshot: the window on a demo patient (offscreen, no display needed).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshot.py docs/images/window.png [WIDTHxHEIGHT]

demo_window() is the set-up other picture tools share (tools/suggestions_dock.py): a throwaway
SQLite clinic with the demo patients, an administrator signed in, the window shown on the
patient's middle visit.
"""
from __future__ import annotations

import contextlib
import os
import sys
import tempfile
from collections.abc import Iterator

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402


@contextlib.contextmanager
def demo_window(size: tuple[int, int] = (1600, 980)) -> Iterator:
    """(app, window): the main window on the demo's first patient, middle visit, at size."""
    app = QApplication.instance() or QApplication([])
    from bodymap import db
    from bodymap.services import ChartService
    from bodymap.services.accounts import AccountService
    from bodymap.services.demo import create_demo
    from bodymap.ui.main_window import MainWindow
    with tempfile.TemporaryDirectory() as tmp:
        engine, sessions = db.open_database(f"sqlite:///{tmp}/shot.sqlite3")
        accounts = AccountService(sessions)
        user = accounts.create_first_admin("srivera", "Dr. Sam Rivera, PT", "demo-password-1")
        service = ChartService(sessions, actor=user)
        create_demo(service)
        window = MainWindow(service, database_label="SQLite (this computer)", user=user, accounts=accounts)
        window.resize(*size)
        window.show()
        app.processEvents()
        window.patients.patients.setCurrentRow(0)
        app.processEvents()
        window.patients.visits.setCurrentRow(1)          # the middle, draft visit: right temple + neck
        app.processEvents()
        try:
            yield app, window
        finally:
            window.close()
            engine.dispose()


def main(out: str, size: tuple[int, int] = (1600, 980)) -> None:
    with demo_window(size) as (app, window):
        window.workspace.show_view("posterior")
        tp = next(t for t in window.document.trigger_points() if t.view == "posterior")
        window.workspace.select_mark("tp", tp.id)
        for _ in range(5):
            app.processEvents()
        window.grab().save(out)


if __name__ == "__main__":
    size = tuple(int(n) for n in sys.argv[2].split("x")) if len(sys.argv) > 2 else (1600, 980)
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/images/window.png", size)  # type: ignore[arg-type]
