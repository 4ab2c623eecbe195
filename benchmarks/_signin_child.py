"""Child process of bench_signin.py: `bodymap --database URL` as a clinician meets it, signed in
automatically. Nothing in bodymap is changed for this: the child wraps the start window's and the
app's functions from outside before run_gui uses them.

    _signin_child.py DATABASE_URL USERNAME PASSWORD [early|late]

early (9b-i): at the start window's first paint it notes the time, picks USERNAME and presses Sign
in with PASSWORD (usually while the database is still opening: the sign-in waits for it).
late (9b-ii): the password is typed at the first paint, and Sign in is pressed (time "pressed")
once the loader thread has finished (the database open, the window's modules imported): a
clinician who typed while the database opened.
Once the main window is shown it opens the first patient's newest visit and notes the time of the
chart canvas's first paint with that chart. Prints one JSON line of time.time() stamps:
{"first": ..., "pressed": ..., "loaded": ..., "check": ..., "built": ..., "signed_in": ...,
 "shown": ..., "chart": ...}.
"""
from __future__ import annotations

import json
import os
import sys
import time

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))


def main() -> int:
    url, username, password = sys.argv[1:4]
    late = len(sys.argv) > 4 and sys.argv[4] == "late"
    stamps: dict[str, float] = {}
    from bodymap.ui.accounts.start import StartWindow
    start_event = StartWindow.event

    def event(self, ev):
        result = start_event(self, ev)
        if "first" not in stamps and ev.type() == ev.Type.Paint:
            stamps["first"] = time.time()
            from PySide6.QtCore import QTimer
            QTimer.singleShot(0, lambda: sign_in(self))
        return result

    def sign_in(window):
        if window.form.who.count() == 0:          # as the name remembered from the last sign-in
            window.form.who.addItem(username, username)
        window.form.password.setText(password)
        if late:
            press_when_loaded(window)
        else:
            stamps["pressed"] = time.time()
            window.form.button.click()

    def press_when_loaded(window):
        from PySide6.QtCore import QTimer
        if window.clinic is None or (window._thread is not None and window._thread.is_alive()):
            QTimer.singleShot(5, lambda: press_when_loaded(window))
            return
        stamps["pressed"] = time.time()
        window.form.button.click()
    StartWindow.event = event
    for name, label in (("_on_finished", "loaded"), ("_done", "signed_in")):
        setattr(StartWindow, name, _stamping(getattr(StartWindow, name), label, stamps))

    import bodymap.app
    prebuild = getattr(bodymap.app, "_prebuild", None)

    def prebuild_stamped(start, built):       # during the password check: the window, hidden
        stamps.setdefault("check", time.time())
        prebuild(start, built)
        stamps.setdefault("built", time.time())
        from bodymap.ui.main_window import MainWindow
        if not getattr(MainWindow, "_bench_stamped", False):
            MainWindow.show = _stamping_show(MainWindow.show, stamps)
            MainWindow._bench_stamped = True
    if hasattr(bodymap.app, "_prebuild"):
        bodymap.app._prebuild = prebuild_stamped
    else:                                     # the code before the window was built during the check
        build_main_window = bodymap.app._main_window

        def main_window(app, clinic, user):
            stamps.setdefault("check", time.time())
            from bodymap.ui.main_window import MainWindow
            MainWindow.show = _stamping_show(MainWindow.show, stamps)
            stamps.setdefault("built", time.time())     # not separable here: noted as the build begins
            return build_main_window(app, clinic, user)
        bodymap.app._main_window = main_window

    code = bodymap.app.run_gui(url)
    print(json.dumps({**stamps, "exit": code}), flush=True)
    return 0


def _stamping(method, label, stamps):
    """`method` noting the time it is first called (the phases, printed beside the two figures)."""
    def wrapped(self, *args):
        stamps.setdefault(label, time.time())
        return method(self, *args)
    return wrapped


def _stamping_show(main_show, stamps):
    def show(window):
        stamps["shown"] = time.time()
        main_show(window)
        from PySide6.QtCore import QEvent, QObject, QTimer
        from PySide6.QtWidgets import QApplication

        class ChartPainted(QObject):
            def eventFilter(self, obj, ev):
                if ev.type() == QEvent.Type.Paint and window.document.chart is not None and "chart" not in stamps:
                    stamps["chart"] = time.time()
                    QTimer.singleShot(0, window.close)
                return False

        def open_chart():
            window.patients.patients.setCurrentRow(0)
            if window.document.chart is None and window.patients.visits.count():
                window.patients.visits.setCurrentRow(0)
            spy = ChartPainted(window)
            window.workspace.current_canvas().viewport().installEventFilter(spy)
            window.workspace.current_canvas().viewport().update()
        QTimer.singleShot(0, open_chart)
        QTimer.singleShot(60_000, QApplication.quit)
    return show


if __name__ == "__main__":
    sys.exit(main())
