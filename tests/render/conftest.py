"""Render tests paint without widgets; the one that checks the stamps on the real canvas uses the
window fixtures of the UI tests."""
from tests.ui.conftest import db_url, open_window  # noqa: F401  (fixtures)
