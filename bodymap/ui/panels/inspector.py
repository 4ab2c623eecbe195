"""Inspector: edits the selected trigger point or zone. Every completed edit is saved at once."""
from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.charting import (
    FINDINGS,
    Depth,
    MarkKind,
    PainQuality,
    TriggerPointDetails,
    TriggerPointStatus,
    ZoneDetails,
)
from bodymap.domain.diagrams import load_view
from bodymap.domain.reference import region_label
from bodymap.render import i18n
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import typed_over

# the words the forms set as a mark is shown (context "Inspector"; the labels made with the panel
# are translated with the window's, ui/window_text.py)
SIDE_WORDS = {"left": QT_TRANSLATE_NOOP("Inspector", "Patient's left"), "right": QT_TRANSLATE_NOOP("Inspector", "Patient's right")}
SHORT_SIDES = {"left": QT_TRANSLATE_NOOP("Inspector", "Left"), "right": QT_TRANSLATE_NOOP("Inspector", "Right")}
UNLABELLED = QT_TRANSLATE_NOOP("Inspector", "Unlabelled site")       # domain.records.location_label's word
CARRIED = QT_TRANSLATE_NOOP("Inspector", "(carried forward — confirm or remove)")
NEAREST_SITE = QT_TRANSLATE_NOOP("Inspector", "nearest reference site {site}")
MORE_REGIONS = QT_TRANSLATE_NOOP("Inspector", "and {count} more")
PAIN_ZONE = QT_TRANSLATE_NOOP("Inspector", "Pain zone")
NO_REGION = QT_TRANSLATE_NOOP("Inspector", "No region")
SOURCE_ITEM = QT_TRANSLATE_NOOP("Inspector", "{side}{place} ({status})")
NOT_RATED, NOTES = QT_TRANSLATE_NOOP("Inspector", "not rated"), QT_TRANSLATE_NOOP("Inspector", "Notes")
STATUS_WORDS = {"active": QT_TRANSLATE_NOOP("Inspector", "active"), "latent": QT_TRANSLATE_NOOP("Inspector", "latent")}


def _tr(text: str) -> str:
    return QCoreApplication.translate("Inspector", text)


def _place(record) -> str:
    """A trigger point's muscle (or region) in the interface language."""
    place = i18n.current().place(record)
    return _tr(UNLABELLED) if place == UNLABELLED else place


def _view_name(view: str) -> str:
    return i18n.current().name("views", view, load_view(view).label)

NEEDLE_SIZES = ("", "0.16 x 15 mm", "0.16 x 30 mm", "0.20 x 30 mm", "0.25 x 25 mm", "0.25 x 40 mm",
                "0.30 x 50 mm", "0.30 x 60 mm", "0.30 x 75 mm")


class NotesEdit(QPlainTextEdit):
    """Plain text that reports once, when the clinician leaves the field."""

    committed = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.committed.emit()


def _no_wheel(spin):
    spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    spin.setKeyboardTracking(False)          # a typed "12" is one edit when it is finished, not "1" then "12"
    spin.wheelEvent = lambda e: e.ignore()   # scrolling the panel must not change a finding
    return typed_over(spin)


def _confirm_button() -> QPushButton:
    button = QPushButton("Confirm carried-forward mark")
    button.setToolTip(QCoreApplication.translate(
        "Inspector", "Re-examined at this visit and still present: keep it as a finding of this visit."))
    theme.style(button, "QPushButton { background: @notice_bg; color: @notice_fg; border: 1px solid @notice_border; padding: 4px 8px; }")
    return button


class TriggerPointForm(QWidget):
    edited = Signal(int, object)           # tp id, TriggerPointDetails
    confirmRequested = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._id: int | None = None
        self._loading = False
        self._saved: object = None
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.where.setObjectName("inspectorTitle")
        self.active = QRadioButton("Active")
        self.latent = QRadioButton("Latent")
        status = QButtonGroup(self)
        status.addButton(self.active)
        status.addButton(self.latent)
        status_row = QHBoxLayout()
        status_row.addWidget(self.active)
        status_row.addWidget(self.latent)
        status_row.addStretch(1)
        self.findings = {key: QCheckBox(label) for key, label in FINDINGS}
        self.pressure = _no_wheel(QSpinBox())
        self.pressure.setRange(-1, 10)
        self.pressure.setSpecialValueText(_tr(NOT_RATED))
        self.needled = QCheckBox("Needled")
        self.needle_size = QComboBox()
        self.needle_size.setEditable(True)
        self.needle_size.addItems(NEEDLE_SIZES)
        self.depth = _no_wheel(QDoubleSpinBox())
        self.depth.setRange(-1, 150)
        self.depth.setDecimals(0)
        self.depth.setSuffix(" mm")
        self.depth.setSpecialValueText("—")
        self.twitches = _no_wheel(QSpinBox())
        self.twitches.setRange(-1, 100)
        self.twitches.setSpecialValueText("—")
        self.notes = NotesEdit()
        self.notes.setPlaceholderText(_tr(NOTES))
        self.notes.setMaximumHeight(90)

        self.confirm = _confirm_button()
        self.confirm.clicked.connect(lambda: self.confirmRequested.emit(MarkKind.TRIGGER_POINT, self._id))
        form = QFormLayout(self)
        form.addRow(self.where)
        form.addRow(self.confirm)
        form.addRow("Status", status_row)
        findings_box = QVBoxLayout()
        findings_box.setSpacing(2)
        for box in self.findings.values():
            findings_box.addWidget(box)
        form.addRow("Findings", findings_box)
        form.addRow("Pressure pain", self.pressure)
        form.addRow(self.needled)
        form.addRow("Needle", self.needle_size)
        form.addRow("Depth", self.depth)
        form.addRow("Twitches", self.twitches)
        form.addRow("Notes", self.notes)

        for w in (self.active, self.latent, self.needled, *self.findings.values()):
            w.toggled.connect(self._emit)
        for w in (self.pressure, self.twitches):
            w.valueChanged.connect(self._emit)
        self.depth.valueChanged.connect(self._emit)
        # typed text is saved as typed when editing finishes (Enter, leaving the field), not per key
        self.needle_size.activated.connect(self._emit)
        self.needle_size.lineEdit().editingFinished.connect(self._emit)
        self.notes.committed.connect(self._emit)

    def load(self, record, editable: bool) -> None:
        self._loading = True
        self._id = record.id
        side = _tr(SIDE_WORDS[record.side]) + " · " if record.side in SIDE_WORDS else ""
        carried = "  " + _tr(CARRIED) if record.carried else ""
        site = " · " + _tr(NEAREST_SITE).format(site=record.site) if record.site else ""
        region_name = i18n.current().name("regions", record.region, record.region_label) if record.region_label else ""
        region = f"<br>{region_name}" if record.muscle and region_name else ""
        place, view = _place(record), _view_name(record.view)
        theme.set_rich_text(self.where, lambda: f"<b>{side}{place}</b>{region}{site}<br>"
                            f"<span style='color:{theme.hex_colour('muted')}'>{view}{carried}</span>")
        (self.active if record.status == "active" else self.latent).setChecked(True)
        for key, box in self.findings.items():
            box.setChecked(key in record.findings)
        self.pressure.setValue(-1 if record.pressure_pain is None else record.pressure_pain)
        self.needled.setChecked(record.needled)
        self.needle_size.setCurrentText(record.needle_size)
        self.depth.setValue(-1 if record.depth_mm is None else record.depth_mm)
        self.twitches.setValue(-1 if record.twitch_responses is None else record.twitch_responses)
        if self.notes.toPlainText() != record.notes:
            self.notes.setPlainText(record.notes)
        for w in self.findChildren(QWidget):
            if w is not self.where:
                w.setEnabled(editable)
        self.confirm.setVisible(record.carried and editable)
        self._loading = False
        self._saved = self.details()

    def details(self) -> TriggerPointDetails:
        return TriggerPointDetails(
            status=TriggerPointStatus.ACTIVE if self.active.isChecked() else TriggerPointStatus.LATENT,
            findings=frozenset(k for k, b in self.findings.items() if b.isChecked()),
            pressure_pain=None if self.pressure.value() < 0 else self.pressure.value(),
            needled=self.needled.isChecked(), needle_size=self.needle_size.currentText().strip(),
            depth_mm=None if self.depth.value() < 0 else float(self.depth.value()),
            twitch_responses=None if self.twitches.value() < 0 else self.twitches.value(),
            notes=self.notes.toPlainText())

    def _emit(self, *_args) -> None:
        """One edit per change: leaving a field untouched (focus out, Enter) writes nothing."""
        if self._loading or self._id is None:
            return
        details = self.details()
        if details != self._saved:
            self._saved = details
            self.edited.emit(self._id, details)


class ZoneForm(QWidget):
    edited = Signal(int, object)           # zone id, ZoneDetails
    confirmRequested = Signal(str, int)

    def __init__(self, parent=None):
        super().__init__(parent)
        self._id: int | None = None
        self._loading = False
        self._saved: object = None
        self.where = QLabel()
        self.where.setWordWrap(True)
        self.quality = QComboBox()
        for q in PainQuality:
            self.quality.addItem(q.label, q.value)
        self.intensity = _no_wheel(QSpinBox())
        self.intensity.setRange(0, 10)
        self.intensity.setSuffix(" /10")
        self.depth = QComboBox()
        for d in Depth:
            self.depth.addItem(d.value.capitalize(), d.value)
        self.sources = QListWidget()
        self.sources.setMaximumHeight(110)
        self.notes = NotesEdit()
        self.notes.setPlaceholderText(_tr(NOTES))
        self.notes.setMaximumHeight(90)
        self.confirm = _confirm_button()
        self.confirm.clicked.connect(lambda: self.confirmRequested.emit(MarkKind.ZONE, self._id))
        form = QFormLayout(self)
        form.addRow(self.where)
        form.addRow(self.confirm)
        form.addRow("Quality", self.quality)
        form.addRow("Intensity", self.intensity)
        form.addRow("Depth", self.depth)
        form.addRow("Referred from", self.sources)
        form.addRow("Notes", self.notes)
        self.quality.currentIndexChanged.connect(self._emit)
        self.depth.currentIndexChanged.connect(self._emit)
        self.intensity.valueChanged.connect(self._emit)
        self.sources.itemChanged.connect(self._emit)
        self.notes.committed.connect(self._emit)

    def load(self, record, trigger_points, editable: bool) -> None:
        self._loading = True
        self._id = record.id
        parts = []
        for entry in record.regions[:8]:
            side, _sep, rid = entry.partition(":")
            label = i18n.current().name("regions", rid, region_label(rid)) if rid else entry
            letter = _tr(SHORT_SIDES[side])[0] if side in SHORT_SIDES else side[:1].upper()
            parts.append(label if side == "midline" else f"{letter} {label.lower()}")
        more = " " + _tr(MORE_REGIONS).format(count=len(record.regions) - 8) if len(record.regions) > 8 else ""
        carried = "  " + _tr(CARRIED) if record.carried else ""
        title, view, nothing = _tr(PAIN_ZONE), _view_name(record.view), _tr(NO_REGION)
        theme.set_rich_text(self.where, lambda: f"<b>{title}</b> · {view}{carried}<br>"
                            f"<span style='color:{theme.hex_colour('muted')}'>{', '.join(parts) or nothing}{more}</span>")
        self.quality.setCurrentIndex(self.quality.findData(record.quality))
        self.intensity.setValue(record.intensity)
        self.depth.setCurrentIndex(self.depth.findData(record.depth))
        self.sources.clear()
        for tp in trigger_points:
            side = _tr(SHORT_SIDES[tp.side]) + " " if tp.side in SHORT_SIDES else ""
            status = _tr(STATUS_WORDS[tp.status]) if tp.status in STATUS_WORDS else tp.status
            item = QListWidgetItem(_tr(SOURCE_ITEM).format(side=side, place=_place(tp), status=status))
            item.setData(Qt.ItemDataRole.UserRole, tp.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if tp.id in record.source_ids else Qt.CheckState.Unchecked)
            self.sources.addItem(item)
        if self.notes.toPlainText() != record.notes:
            self.notes.setPlainText(record.notes)
        for w in (self.quality, self.intensity, self.depth, self.sources, self.notes):
            w.setEnabled(editable)
        self.confirm.setVisible(record.carried and editable)
        self._loading = False
        self._saved = self.details()

    def details(self) -> ZoneDetails:
        sources = frozenset(self.sources.item(i).data(Qt.ItemDataRole.UserRole)
                            for i in range(self.sources.count())
                            if self.sources.item(i).checkState() == Qt.CheckState.Checked)
        return ZoneDetails(quality=self.quality.currentData(), intensity=self.intensity.value(),
                           depth=self.depth.currentData(), notes=self.notes.toPlainText(),
                           source_trigger_point_ids=sources)

    def _emit(self, *_args) -> None:
        """One edit per change: leaving a field untouched (focus out, Enter) writes nothing."""
        if self._loading or self._id is None:
            return
        details = self.details()
        if details != self._saved:
            self._saved = details
            self.edited.emit(self._id, details)


class Inspector(QStackedWidget):
    def __init__(self, document, parent=None):
        super().__init__(parent)
        self.document = document
        self.empty = QLabel("Select a trigger point or a zone to see and edit its findings.\n\n"
                            "T places a trigger point, B paints a zone, P draws a zone polygon.")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty.setMargin(12)
        self.tp_form = TriggerPointForm()
        self.zone_form = ZoneForm()
        self._pages = {}
        for w in (self.empty, self.tp_form, self.zone_form):
            page = QWidget()             # the form at the top, spare height below it
            column = QVBoxLayout(page)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(w)
            column.addStretch(1)
            self._pages[w] = page
            self.addWidget(page)
        self.tp_form.edited.connect(document.edit_trigger_point)
        self.zone_form.edited.connect(document.edit_zone)
        self.tp_form.confirmRequested.connect(document.confirm_carried)
        self.zone_form.confirmRequested.connect(document.confirm_carried)
        document.markChanged.connect(self._refresh_if_shown)
        document.markRemoved.connect(self._removed)
        self._shown: tuple[str, int] | None = None

    def show_mark(self, mark) -> None:
        self._shown = mark
        record = self.document.record(*mark) if mark else None
        if record is None:
            self._shown = None
            self.setCurrentWidget(self._pages[self.empty])
            return
        editable = self.document.editable
        if mark[0] == MarkKind.TRIGGER_POINT:
            self.tp_form.load(record, editable)
            self.setCurrentWidget(self._pages[self.tp_form])
        else:
            self.zone_form.load(record, self.document.trigger_points(), editable)
            self.setCurrentWidget(self._pages[self.zone_form])

    def _refresh_if_shown(self, kind, record) -> None:
        if self._shown == (kind, record.id):
            self.show_mark(self._shown)

    def _removed(self, kind, mark_id) -> None:
        if self._shown == (kind, mark_id):
            self.show_mark(None)
