"""The trigger-point reference in the window: browser dock, suggestions dock, referral overlays.

``build(workspace, document, host)`` creates both docks and a ReferenceController wired to the
charting workspace and the open visit's document; MainWindow places the docks.

The controller keeps one ReferralOverlayItem per scene. What it shows, in order of precedence:
the referral pattern of the selected charted trigger point (its muscle, its side), else the
pattern "pinned" from the reference browser or from a clicked suggestion. It also keeps one
DermatomeOverlayItem per scene, for the dermatome(s) the suggestions dock says the pain follows.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QDockWidget, QWidget
from shiboken6 import isValid

from bodymap.domain import reference
from bodymap.domain.charting import MarkKind
from bodymap.domain.diagrams import load_view
from bodymap.domain.referral import EITHER, pattern_on_view, shows_pattern, views_for
from bodymap.ui.reference.dermatome_overlay import DermatomeOverlayItem
from bodymap.ui.reference.overlay import ReferralOverlayItem

SIDES = ("right", "left")


def _muscle_polygons(view_id: str, muscle_id: str, side: str) -> tuple:
    view = load_view(view_id)
    out = []
    for s in (SIDES if side not in SIDES else (side,)):
        m = view.muscle(muscle_id, s)
        if m is not None:
            out.append(m.polygons)
    return tuple(out)


class ReferenceController(QObject):
    """Overlays of referral patterns on every scene of a ChartWorkspace."""

    # (muscle_id, side, source) or (None, None, None); source: 'browser' | 'suggestion' | 'selection'
    patternChanged = Signal(object, object, object)

    def __init__(self, workspace, document, parent=None):
        super().__init__(parent or workspace)
        self.workspace = workspace
        self.document = document
        self.overlays: dict[str, ReferralOverlayItem] = {
            view_id: ReferralOverlayItem(canvas.chart_scene)
            for view_id, canvas in workspace.canvases.items()}
        self.dermatome_overlays: dict[str, DermatomeOverlayItem] = {
            view_id: DermatomeOverlayItem(canvas.chart_scene)
            for view_id, canvas in workspace.canvases.items()}
        self._dermatomes: tuple[str, tuple[str, ...]] | None = None   # side, dermatome names
        workspace.canvasCreated.connect(self._canvas_created)
        self._pinned: tuple[str, str, bool, str] | None = None     # muscle, side, highlight, source
        self._selected: tuple[str, str] | None = None               # from a selected trigger point
        workspace.selectionChanged.connect(self._selection_changed)
        document.chartReset.connect(lambda _c: self._selection_changed(None))
        document.markChanged.connect(self._mark_changed)

    # what is shown ----------------------------------------------------------
    @property
    def current(self) -> tuple[str, str, str] | None:
        """(muscle_id, side, source) of the pattern on the scenes, or None."""
        if self._selected is not None:
            return (*self._selected, "selection")
        if self._pinned is not None:
            return self._pinned[0], self._pinned[1], self._pinned[3]
        return None

    def show_pattern(self, muscle_id: str, side: str, highlight: bool = False,
                     source: str = "browser") -> None:
        """Pin a muscle's pattern (side: 'right' | 'left' | 'either'); highlight outlines the muscle."""
        reference.muscle(muscle_id)                  # KeyError for an unknown muscle
        self._pinned = (muscle_id, side, highlight, source)
        self._apply()

    def clear(self) -> None:
        self._pinned = None
        self._apply()

    def show_on_view(self) -> str | None:
        """Switch to a view showing the current pattern if the current view does not; returns
        the view shown (None when nothing is shown)."""
        cur = self.current
        if cur is None:
            return None
        muscle_id, side, _source = cur
        view_id = self.workspace.current_canvas().chart_scene.view_id
        highlight = self._pinned is not None and self._pinned[2] and self._selected is None
        if shows_pattern(muscle_id, side, view_id) or (
                highlight and _muscle_polygons(view_id, muscle_id, side)):
            return view_id
        views = views_for(muscle_id, side)
        if views:
            self.workspace.show_view(views[0])
            return views[0]
        return view_id

    def show_dermatomes(self, side: str, names: tuple[str, ...]) -> str | None:
        """Outline those dermatomes on the patient's side on every view, and switch to the
        whole-body view that shows most of them if the current one shows none; returns the view."""
        from bodymap.domain.dermatomes import shapes_on_view
        self._dermatomes = (side, tuple(names))
        for view_id, item in self.dermatome_overlays.items():
            if isValid(item):
                item.set_shapes(shapes_on_view(names, side, view_id))
        view_id = self.workspace.current_canvas().chart_scene.view_id
        if not shapes_on_view(names, side, view_id):
            whole = ("anterior", "posterior", f"lateral_{side}")
            view_id = max(whole, key=lambda v: len(shapes_on_view(names, side, v)))
            self.workspace.show_view(view_id)
        return view_id

    def clear_dermatomes(self) -> None:
        self._dermatomes = None
        for item in self.dermatome_overlays.values():
            if isValid(item):
                item.set_shapes(())

    def overlay(self, view_id: str | None = None) -> ReferralOverlayItem:
        """The overlay of a view (the current one by default)."""
        if view_id is None:
            view_id = self.workspace.current_canvas().chart_scene.view_id
        self.workspace.canvas(view_id)               # made with its overlay if not yet
        return self.overlays[view_id]

    # internals ---------------------------------------------------------------
    def _canvas_created(self, view_id: str, canvas) -> None:
        self.overlays[view_id] = ReferralOverlayItem(canvas.chart_scene)
        self._show_on(view_id, self.overlays[view_id])
        self.dermatome_overlays[view_id] = DermatomeOverlayItem(canvas.chart_scene)
        if self._dermatomes is not None:
            from bodymap.domain.dermatomes import shapes_on_view
            self.dermatome_overlays[view_id].set_shapes(shapes_on_view(self._dermatomes[1], self._dermatomes[0], view_id))

    def _apply(self) -> None:
        if not isValid(self.workspace):
            return
        for view_id, item in self.overlays.items():
            if isValid(item):
                self._show_on(view_id, item)
        cur = self.current
        self.patternChanged.emit(*(cur if cur else (None, None, None)))

    def _show_on(self, view_id: str, item: ReferralOverlayItem) -> None:
        cur = self.current
        if cur is None:
            item.set_pattern(None)
            return
        highlight = self._selected is None and self._pinned is not None and self._pinned[2]
        muscle_id, side, _src = cur
        polys = _muscle_polygons(view_id, muscle_id, side) if highlight else ()
        item.set_pattern(pattern_on_view(muscle_id, side, view_id), polys)

    def _tp_pattern(self, record) -> tuple[str, str] | None:
        if record is None or not record.muscle:
            return None
        try:
            reference.muscle(record.muscle)
        except KeyError:
            return None
        return record.muscle, record.side if record.side in SIDES else EITHER

    def _selection_changed(self, mark) -> None:
        selected = None
        if mark is not None and mark[0] == MarkKind.TRIGGER_POINT:
            selected = self._tp_pattern(self.document.record(MarkKind.TRIGGER_POINT, mark[1]))
        if selected != self._selected:
            self._selected = selected
            self._apply()

    def _mark_changed(self, kind: str, record) -> None:
        if kind == MarkKind.TRIGGER_POINT and self._selected is not None and self.workspace.selected_marks() == [(MarkKind.TRIGGER_POINT, record.id)]:
            self._selection_changed((MarkKind.TRIGGER_POINT, record.id))


@dataclass
class ReferenceFeature:
    """The reference browser and the suggestions, with their docks; MainWindow places the docks."""
    controller: ReferenceController
    browser: QWidget
    suggestions: QWidget
    browser_dock: QDockWidget
    suggestions_dock: QDockWidget


def build(workspace, document, host: QWidget) -> ReferenceFeature:
    """Create the reference browser and suggestions docks, wired to the workspace and document."""
    from bodymap.ui.reference.browser import ReferenceBrowser
    from bodymap.ui.reference.suggestions import SuggestionsPanel

    controller = ReferenceController(workspace, document, host)
    browser = ReferenceBrowser(controller)
    suggestions = SuggestionsPanel(controller, document)

    def dock(title: str, widget: QWidget, name: str) -> QDockWidget:
        d = QDockWidget(title, host)
        d.setObjectName(name)
        d.setWidget(widget)
        d.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                      | QDockWidget.DockWidgetFeature.DockWidgetFloatable)
        return d

    suggestions_dock = dock("Suggestions", suggestions, "suggestionsDock")
    # ranked when it comes into sight if the zones changed while it was behind another tab or closed
    suggestions_dock.visibilityChanged.connect(lambda shown: shown and suggestions.came_into_sight())
    return ReferenceFeature(controller, browser, suggestions, dock("Reference", browser, "referenceDock"),
                            suggestions_dock)


__all__ = ["ReferenceController", "ReferenceFeature", "build"]
