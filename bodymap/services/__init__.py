"""Use cases. Widgets and the command line call these by name; they never see a Session."""
from bodymap.errors import ConflictError, NotFound
from bodymap.services.chart import ChartService
from bodymap.services.convert import _patient, _trigger_point, _visit, _zone, details_of, zone_details_of

__all__ = ["ChartService", "ConflictError", "NotFound", "details_of", "zone_details_of",
           "_patient", "_trigger_point", "_visit", "_zone"]
