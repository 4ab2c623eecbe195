"""Child process of run.py: start a window, report when it is first painted and the peak memory.

    _startup_child.py bare              QApplication + an empty QMainWindow
    _startup_child.py floor             the same after importing SQLAlchemy's ORM: what any window
                                        built on SQLAlchemy pays before its own code runs
    _startup_child.py app DATABASE_URL  what bodymap.app.run_gui does after sign-in (open and migrate
                                        the database, the services, MainWindow with its patient list)

Prints one JSON line: {"painted": <time.time() of the first paint>, "maxrss_kb": ...}.
The start-up backup (a copy of the SQLite file when the newest backup is older than
STARTUP_MIN_AGE) and the sign-in dialog are left out: both are conditional and interactive.
"""
from __future__ import annotations

import json
import os
import resource
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def peak_rss_kb() -> int:
    """This process's peak resident memory. On Linux VmHWM of /proc/self/status: ru_maxrss
    survives exec, so a child started by a big parent (run.py after generating the clinic)
    would report the parent's peak instead of its own."""
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1])
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def main() -> int:
    mode = sys.argv[1]
    if mode == "app":                # as bodymap.app.run_gui does
        sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
        from bodymap.app import load_modules
        load_modules()
        from bodymap import db
        from bodymap.services import ChartService
    elif mode == "floor":
        import sqlalchemy.orm  # noqa: F401
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    if mode in ("bare", "floor"):
        window = QMainWindow()
        window.resize(1400, 900)
    else:
        from bodymap.ui.main_window import MainWindow
        url = sys.argv[2]
        _engine, sessions = db.open_database(url)
        window = MainWindow(ChartService(sessions), database_label=db.mask_url(url), settings=None)
    painted = {}

    class FirstPaint(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and obj is window and not painted:
                painted["t"] = time.time()
                QTimer.singleShot(0, app.quit)
            return False

    spy = FirstPaint()
    window.installEventFilter(spy)
    window.show()
    QTimer.singleShot(60_000, app.quit)
    app.exec()
    rss = peak_rss_kb()
    print(json.dumps({"painted": painted.get("t"), "maxrss_kb": rss,
                      "patients_listed": getattr(getattr(window, "patients", None), "patients", None)
                      and window.patients.patients.count()}), flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
