"""Renders the suggestions dock on the demo's right-temple-and-neck follow-up visit (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/suggestions_dock.py docs/images/reference/suggestions_dock.png

Prints the ranking shown, so the picture and docs/SUGGESTIONS.md can be checked against it.
"""
from __future__ import annotations

import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402


def main(out: str) -> None:
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
        window.resize(1600, 980)
        window.show()
        app.processEvents()
        window.patients.patients.setCurrentRow(0)
        app.processEvents()
        window.patients.visits.setCurrentRow(1)          # the middle visit: right temple + neck
        app.processEvents()
        window.reference_feature.suggestions_dock.raise_()
        panel = window.reference_feature.suggestions
        panel.recompute()
        for _ in range(10):
            app.processEvents()
        for rank, s in enumerate(panel.suggestions, 1):
            print(f"{rank}\t{s.muscle_id}\t{s.side}\t{s.score:.3f}")
        window.reference_feature.suggestions_dock.grab().save(out)
        window.close()
        engine.dispose()


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/images/reference/suggestions_dock.png")
