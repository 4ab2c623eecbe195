"""Composition root for the window: database, services, Qt application, main window."""
from __future__ import annotations

import sys

from bodymap import db
from bodymap.db import DatabaseError


def run_gui(database: str | None = None) -> int:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("bodymap")
    app.setOrganizationName("bodymap")
    url = db.resolve_url(database)
    try:
        _engine, sessions = db.open_database(url)
    except DatabaseError as exc:
        print(f"bodymap: {exc}", file=sys.stderr)
        QMessageBox.critical(None, "bodymap cannot open its database", str(exc))
        return 1
    from bodymap.services import ChartService
    from bodymap.ui.main_window import MainWindow
    window = MainWindow(ChartService(sessions), database_label=db.mask_url(url),
                        settings=QSettings("bodymap", "bodymap"))
    window.show()
    return app.exec()
