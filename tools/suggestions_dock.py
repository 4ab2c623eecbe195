"""Renders the suggestions dock on the demo's right-temple-and-neck follow-up visit (offscreen).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/suggestions_dock.py docs/images/reference/suggestions_dock.png

Prints the ranking shown, so the picture and docs/SUGGESTIONS.md can be checked against it.
"""
from __future__ import annotations

import sys

from PySide6.QtCore import QEventLoop, QTimer
from screenshot import demo_window

from bodymap.ui.reference.suggestions import DEBOUNCE_MS


def main(out: str) -> None:
    with demo_window() as (app, window):
        panel = window.reference_feature.suggestions
        assert panel.list.count() == 0            # behind the Inspector: not ranked yet
        window.reference_feature.suggestions_dock.raise_()
        loop = QEventLoop()                       # ranked once in front, after the debounce
        QTimer.singleShot(DEBOUNCE_MS * 3, loop.quit)
        loop.exec()
        for _ in range(10):
            app.processEvents()
        for rank, s in enumerate(panel.suggestions, 1):
            print(f"{rank}\t{s.muscle_id}\t{s.side}\t{s.score:.3f}")
        window.reference_feature.suggestions_dock.grab().save(out)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "docs/images/reference/suggestions_dock.png")
