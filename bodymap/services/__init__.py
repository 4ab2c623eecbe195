"""Use cases. Widgets and the command line call these by name; they never see a Session.

The names below load on first use (PEP 562): signing in needs only services.accounts, and the
start window's loader hands the accounts over before ChartService and its modules are imported."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from bodymap.errors import ConflictError, NotFound

if TYPE_CHECKING:
    from bodymap.services.chart import ChartService
    from bodymap.services.convert import _patient, _trigger_point, _visit, _zone, details_of, zone_details_of

__all__ = ["ChartService", "ConflictError", "NotFound", "details_of", "zone_details_of",
           "_patient", "_trigger_point", "_visit", "_zone"]

_LAZY = {"ChartService": "bodymap.services.chart", "details_of": "bodymap.services.convert",
         "zone_details_of": "bodymap.services.convert", "_patient": "bodymap.services.convert",
         "_trigger_point": "bodymap.services.convert", "_visit": "bodymap.services.convert",
         "_zone": "bodymap.services.convert"}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib
        value = getattr(importlib.import_module(_LAZY[name]), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'bodymap.services' has no attribute {name!r}")
