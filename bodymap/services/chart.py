"""ChartService: the use cases of charting, one method per user action."""
from __future__ import annotations

from bodymap.services.common import BaseService
from bodymap.services.marks import MarksMixin
from bodymap.services.patients import PatientsMixin
from bodymap.services.visits import VisitsMixin


class ChartService(PatientsMixin, VisitsMixin, MarksMixin, BaseService):
    """Each public method is one user action and one transaction, and returns plain records.

    Methods that change a visit take expected_version (the version the caller loaded); a visit
    changed elsewhere in the meantime raises ConflictError instead of being overwritten."""
