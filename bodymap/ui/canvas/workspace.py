"""The charting area: one tab per diagram view, the tool palette and the defaults for new marks."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QLabel, QSlider, QSpinBox, QTabWidget, QToolBar, QVBoxLayout, QWidget
from shiboken6 import isValid

from bodymap.domain.charting import Depth, MarkKind, PainQuality, TriggerPointDetails, TriggerPointStatus, ZoneDetails
from bodymap.domain.diagrams import available_views, view_label
from bodymap.domain.view_mapping import surface_partners
from bodymap.render.scene import ChartScene
from bodymap.ui.canvas.keyboard import KeyboardCharting
from bodymap.ui.canvas.tools import SELECT, TOOL_KEYS, TOOL_LABELS, TOOL_ORDER
from bodymap.ui.canvas.view import CanvasView
from bodymap.ui.widgets import theme


class ChartWorkspace(QWidget):
    selectionChanged = Signal(object)      # (kind, id) or None
    canvasCreated = Signal(str, object)    # view id, CanvasView: a view's canvas was just made
    hoverText = Signal(str)
    message = Signal(str)

    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.space_held = False
        self.brush_radius = 0.012
        self.layers = {"outline", "labels", "fibres"}     # fibres show once a muscle layer does
        self._tool = SELECT
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        # a view's scene and canvas are made when its tab is first shown (or canvas(view_id) asks
        # for it): most sessions look at two or three of the eleven views
        self.views = available_views()
        self.canvases: dict[str, CanvasView] = {}      # the views made so far
        self._pages: dict[str, QWidget] = {}
        # views made before the last reset whose scene does not show the open visit yet: their
        # marks are put on when the tab is shown again
        self._stale: set[str] = set()
        for view_id in self.views:
            page = QWidget()
            page_layout = QVBoxLayout(page)
            page_layout.setContentsMargins(0, 0, 0, 0)
            self._pages[view_id] = page
            self.tabs.addTab(page, view_label(view_id))

        self.tool_actions = QActionGroup(self)
        self.tool_actions.setExclusive(True)
        for name in TOOL_ORDER:
            action = QAction(TOOL_LABELS[name], self, checkable=True)
            action.setShortcut(QKeySequence(TOOL_KEYS[name]))
            action.setToolTip(f"{TOOL_LABELS[name]} ({TOOL_KEYS[name]})")
            action.setData(name)
            self.tool_actions.addAction(action)
        self.tool_actions.triggered.connect(lambda a: self.set_tool(a.data()))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        # the defaults for new marks: the window puts this bar across its full width, below the
        # tools, so it is never squeezed behind an overflow button by the docks
        self.defaults_bar = self._defaults_bar()
        layout.addWidget(self.tabs, 1)
        document.markChanged.connect(self._mark_changed)
        document.markRemoved.connect(self._mark_removed)
        document.chartReset.connect(self._chart_reset)
        self.set_tool(SELECT)      # placing needs T (or the palette): a stray click never writes
        self.canvas(self.views[0])
        self.tabs.currentChanged.connect(self._tab_changed)

    def _defaults_bar(self) -> QWidget:
        bar = QToolBar("New-mark defaults")
        bar.setObjectName("defaultsBar")
        bar.setMovable(False)
        theme.style(bar, "QToolBar#defaultsBar { border: none; padding: 2px 6px; spacing: 4px; }")
        self.tp_status = QComboBox()
        for status in TriggerPointStatus:
            self.tp_status.addItem(status.value.capitalize(), status.value)
        self.quality = QComboBox()
        for q in PainQuality:
            self.quality.addItem(q.label, q.value)
        self.intensity = QSpinBox()
        self.intensity.setRange(0, 10)
        self.intensity.setValue(5)
        self.intensity.setSuffix(" /10")
        self.depth = QComboBox()
        for d in Depth:
            self.depth.addItem(d.value.capitalize(), d.value)
        self.brush = QSlider(Qt.Orientation.Horizontal)
        self.brush.setRange(4, 40)
        self.brush.setValue(12)
        self.brush.setFixedWidth(80)
        self.brush.valueChanged.connect(lambda v: setattr(self, "brush_radius", v / 1000))
        self.tp_status.setToolTip(self.tr("Status of new trigger points"))
        self.quality.setToolTip(self.tr("Pain quality of new zones"))
        for label, widget in (("New point:", self.tp_status), ("New zone:", self.quality),
                              ("Intensity", self.intensity), ("Depth", self.depth), ("Brush", self.brush)):
            text = QLabel(f" {label}")
            text.setBuddy(widget)
            bar.addWidget(text)
            bar.addWidget(widget)
            bar.addSeparator()
        return bar

    # what tools ask -----------------------------------------------------------
    def zone_defaults(self) -> ZoneDetails:
        return ZoneDetails(quality=self.quality.currentData(), intensity=self.intensity.value(),
                           depth=self.depth.currentData())

    def new_tp_details(self) -> TriggerPointDetails:
        return TriggerPointDetails(status=self.tp_status.currentData())

    def notify(self, text: str) -> None:
        self.message.emit(text)

    # tools and views ---------------------------------------------------------
    def set_tool(self, name: str) -> None:
        self._tool = name
        for action in self.tool_actions.actions():
            action.setChecked(action.data() == name)
        for canvas in self.canvases.values():
            canvas.set_tool(name)

    @property
    def include_deep(self) -> bool:
        """With the deep layer shown, hover and new trigger points resolve deep muscles."""
        return "deep" in self.layers

    def set_layer(self, layer: str, shown: bool) -> None:
        self.layers = (self.layers | {layer}) if shown else (self.layers - {layer})
        for canvas in self.canvases.values():
            canvas.chart_scene.diagram_item.set_layers(set(self.layers))

    def current_tool(self) -> str:
        return self.tool_actions.checkedAction().data()

    def current_canvas(self) -> CanvasView:
        return self.canvas(self.views[max(0, self.tabs.currentIndex())])

    def canvas(self, view_id: str) -> CanvasView:
        """The canvas of a view, made if need be, its scene showing the open visit's marks."""
        canvas = self.canvases.get(view_id)
        if canvas is None:
            canvas = self._make_canvas(view_id)
        elif view_id in self._stale:
            self._stale.discard(view_id)
            canvas.chart_scene.show_marks(self.document.trigger_points(), self.document.zones())
        return canvas

    def _make_canvas(self, view_id: str) -> CanvasView:
        scene = ChartScene(view_id, parent=self)
        canvas = CanvasView(scene, self)
        canvas.keyboard = KeyboardCharting(canvas)      # arrows, Enter, Tab: ui/canvas/keyboard.py
        canvas.hoverText.connect(self.hoverText)
        scene.selectionChanged.connect(lambda s=scene: self._selection_changed(s))
        scene.diagram_item.set_layers(set(self.layers))
        self.canvases[view_id] = canvas
        page = self._pages[view_id]
        page.layout().addWidget(canvas)
        if page.isVisible():             # its tab is on screen: size and show it now, not later
            page.layout().activate()
            canvas.show()
        self.canvasCreated.emit(view_id, canvas)      # controllers add their tools and overlays
        canvas.set_tool(self._tool)
        scene.show_marks(self.document.trigger_points(), self.document.zones())
        return canvas

    def show_view(self, view_id: str) -> None:
        self.tabs.setCurrentWidget(self._pages[view_id])
        self.canvas(view_id)

    def selected_marks(self) -> list[tuple[str, int]]:
        return [item.mark_id() for item in self.current_canvas().chart_scene.selectedItems()
                if hasattr(item, "mark_id")]

    def select_mark(self, kind: str, mark_id: int) -> None:
        record = self.document.record(kind, mark_id)
        if record is not None:
            self.show_view(record.view)
            self.canvas(record.view).select_mark(kind, mark_id)

    # document → scenes -------------------------------------------------------
    def _mark_changed(self, kind: str, record) -> None:
        self._echo_changed(kind, record)
        canvas = self.canvases.get(record.view)
        if canvas is None or record.view in self._stale:
            return                       # put there with the rest when the view is shown
        scene = canvas.chart_scene
        was_selected = scene.item_for(kind, record.id) is not None and scene.item_for(kind, record.id).isSelected()
        item = scene.put_trigger_point(record) if kind == MarkKind.TRIGGER_POINT else scene.put_zone(record)
        if item is not None and was_selected:
            item.setSelected(True)

    def _echo_changed(self, kind: str, record) -> None:
        """Re-place the lighter echo of a mark on the other views of its body surface."""
        for partner in surface_partners(record.view):
            canvas = self.canvases.get(partner)
            if canvas is None or partner in self._stale:
                continue
            old = canvas.chart_scene.item_for(kind, record.id)
            was_selected = old is not None and old.isSelected()
            item = canvas.chart_scene.put_echo(kind, record)
            if item is not None and was_selected:
                item.setSelected(True)

    def _mark_removed(self, kind: str, mark_id: int) -> None:
        for view_id, canvas in self.canvases.items():
            if view_id not in self._stale:
                canvas.chart_scene.remove_mark(kind, mark_id)

    def _chart_reset(self, chart) -> None:
        current = self.current_canvas()
        for view_id, canvas in self.canvases.items():
            canvas.tool.cancel()
            if canvas is not current:
                self._stale.add(view_id)
        self._stale.discard(current.chart_scene.view_id)
        current.chart_scene.show_chart(chart)
        self.selectionChanged.emit(None)

    def _tab_changed(self, _index: int) -> None:
        # made or brought up to date by current_canvas()
        self._selection_changed(self.current_canvas().chart_scene)

    def _selection_changed(self, scene) -> None:
        if not (isValid(self) and isValid(self.tabs) and isValid(scene)):
            return                       # the window is being torn down
        if scene is not self.current_canvas().chart_scene:
            return
        marks = [i.mark_id() for i in scene.selectedItems() if hasattr(i, "mark_id")]
        self.selectionChanged.emit(marks[0] if len(marks) == 1 else None)
