"""Every service of one database, made once by the composition root (app.py) and handed to the
window, so widgets never make their own. All act as the chart service's signed-in clinician."""
from __future__ import annotations

from typing import TYPE_CHECKING

from bodymap.services.accounts import AccountService
from bodymap.services.chart import ChartService
from bodymap.services.exchange import ExchangeService
from bodymap.services.history import AuditService
from bodymap.services.safety import SafetyService
from bodymap.services.settings import SettingsService
from bodymap.services.templates import TemplateService

if TYPE_CHECKING:
    from bodymap.services.changes import ClinicChanges
    from bodymap.services.progress import ProgressService


class Services:
    """The chart service and its companions on the same database."""

    def __init__(self, chart: ChartService, accounts: AccountService | None = None) -> None:
        self.chart = chart
        self.accounts = accounts                 # None: a window without sign-in (tests, tools)
        self.settings = SettingsService.for_service(chart)
        self.history = AuditService.for_service(chart)
        self.safety = SafetyService.for_service(chart)
        self.templates = TemplateService.for_service(chart)
        self.exchange = ExchangeService.for_service(chart)
        self._progress: ProgressService | None = None
        self._changes: ClinicChanges | None = None

    @property
    def progress(self) -> ProgressService:
        """Made when first needed: its metrics pull in Pillow and numpy, which the window need not
        load to open."""
        if self._progress is None:
            from bodymap.services.progress import ProgressService
            self._progress = ProgressService.for_service(self.chart)
        return self._progress

    @property
    def changes(self) -> ClinicChanges:
        """What other workstations change (services/changes.py), made when the window first asks."""
        if self._changes is None:
            from bodymap.services.changes import ClinicChanges
            self._changes = ClinicChanges.for_service(self.chart)
        return self._changes
