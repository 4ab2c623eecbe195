"""The Qt binding must not corrupt reference counts: one such build aborts the app after
a few thousand drawing calls ("Fatal Python error: none_dealloc")."""
import sys

from PySide6.QtGui import QPainterPath


def test_void_qt_calls_keep_the_reference_count_of_none():
    path = QPainterPath()
    before = sys.getrefcount(None)
    for i in range(200):
        path.lineTo(i, i)
    after = sys.getrefcount(None)
    assert after >= before, f"PySide6 leaks references to None ({before - after} lost in 200 calls)"
