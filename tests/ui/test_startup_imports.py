"""Start-up stays lean: the window opens without loading shapely, numpy or Pillow.

Those libraries cost ~0.15 s and ~25 MB at start-up; they are needed only once a stroke is
drawn, suggestions or metrics are computed, or a picture is exported (benchmarks/ scenario 1
and 7 measure the whole start). Checked in a fresh interpreter, since this test process has
long imported them all."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from bodymap.app import load_modules
load_modules()
from PySide6.QtWidgets import QApplication
from bodymap import db
from bodymap.services import ChartService
from bodymap.ui.main_window import MainWindow
app = QApplication([])
engine, sessions = db.open_database(sys.argv[1])
window = MainWindow(ChartService(sessions), database_label="test", settings=None)
window.show()
app.processEvents()
print(json.dumps(sorted(m for m in ("shapely", "numpy", "PIL") if m in sys.modules)))
"""


def test_the_window_opens_without_the_geometry_and_image_libraries(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHILD, f"sqlite:///{tmp_path / 'chart.sqlite3'}"],
                         capture_output=True, text=True, timeout=120, env=env, cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


START = """
import json, sys
from bodymap.cli import main          # what `bodymap` runs, up to the first window
import bodymap.app
from PySide6.QtWidgets import QApplication
from bodymap.ui.accounts.start import StartWindow
app = QApplication([])
window = StartWindow(None)
window.show()
for _ in range(5):
    app.processEvents()
heavy = ("sqlalchemy", "alembic", "psycopg", "argon2", "bodymap.db", "bodymap.services", "bodymap.migrations",
         "bodymap.domain.reference")
print(json.dumps(sorted(m for m in sys.modules if m.split(".")[0] in heavy or m.startswith(heavy))))
"""


def test_the_start_window_opens_before_the_database_code_is_imported(tmp_path):
    """The sign-in window is painted first; SQLAlchemy, the rows, the services and the muscle
    reference load behind it (bodymap/startup.py on the start window's loader thread)."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", START], capture_output=True, text=True, timeout=120, env=env,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []


CHART = """
import json, sys
from bodymap.app import load_modules
load_modules()
from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtWidgets import QApplication
from bodymap import db
from bodymap.services import ChartService
from bodymap.ui.main_window import MainWindow
app = QApplication([])
engine, sessions = db.open_database(sys.argv[1])
window = MainWindow(ChartService(sessions), database_label="test", settings=None)
window.resize(1400, 900)
window.show()
app.processEvents()

def settle(ms):
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()

def loaded():
    return sorted(m for m in ("shapely", "numpy") if m in sys.modules)

window.patients.patients.setCurrentRow(0)
window.patients.visits.setCurrentRow(1)         # the demo's right temple and neck visit: two zones
assert window.document.zones()
settle(800)                                     # well past the suggestions' 150 ms debounce
hidden = loaded()
window.reference_feature.suggestions_dock.raise_()
for _ in range(100):
    settle(50)
    if window.suggestions.list.count():
        break
print(json.dumps([hidden, loaded(), window.suggestions.list.count()]))
"""


def test_a_chart_opens_without_the_geometry_libraries_while_the_suggestions_are_out_of_sight(tmp_path):
    """The Suggestions dock behind the Inspector's tab does not rank the zones of the chart just
    opened (which imports shapely and numpy, 0.3-0.8 s on the GUI thread the first time); it
    ranks them once its tab comes forward."""
    from bodymap import db
    from bodymap.services import ChartService
    from bodymap.services.demo import create_demo
    url = f"sqlite:///{tmp_path / 'chart.sqlite3'}"
    engine, sessions = db.open_database(url)
    create_demo(ChartService(sessions))
    engine.dispose()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", CHART, url], capture_output=True, text=True, timeout=120, env=env,
                         cwd=tmp_path)
    assert out.returncode == 0, out.stderr[-2000:]
    hidden, shown, rows = json.loads(out.stdout.strip().splitlines()[-1])
    assert hidden == []
    assert shown == ["numpy", "shapely"] and rows > 0          # ranked once in sight
