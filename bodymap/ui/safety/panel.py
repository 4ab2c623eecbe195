"""The Safety dock: tabs for the health screen, consent, the needle count and the response.

The panel only shows and collects; SafetyController (bodymap.ui.safety) does the service calls.
"""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain import safety as dom
from bodymap.render import i18n
from bodymap.render.i18n import translate
from bodymap.ui.safety.areas import area_label
from bodymap.ui.safety.consent import consent_status_html
from bodymap.ui.safety.dialogs import URGENT_STYLE, local
from bodymap.ui.safety.screen_words import answer as screen_answer
from bodymap.ui.safety.screen_words import question as screen_question
from bodymap.ui.safety.screen_words import say
from bodymap.ui.safety.screen_words import tip as screen_tip
from bodymap.ui.safety.session import SessionBox
from bodymap.ui.widgets import theme
from bodymap.ui.widgets.form import typed_over

LIGHT = {  # state -> (theme role of the background, text)
    dom.CountState.NOTHING: ("state_none_bg", "No needles used"),
    dom.CountState.RECONCILED: ("state_ok_bg", "Reconciled"),
    dom.CountState.DOCUMENTED: ("state_warn_bg", "Discrepancy documented"),
    dom.CountState.NOT_RECONCILED: ("state_bad_bg", "NOT reconciled"),
}
FLAG_STYLE = "color: @danger; font-weight: 600;"
MUTED_STYLE = "color: @muted;"


def _spin(maximum: int, special: str | None = None) -> QSpinBox:
    spin = QSpinBox()
    spin.setRange(-1 if special else 0, maximum)
    if special:
        spin.setSpecialValueText(special)
    spin.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    spin.wheelEvent = lambda e: e.ignore()
    return typed_over(spin)


def _wrapping_list() -> QListWidget:
    widget = QListWidget()
    widget.setWordWrap(True)
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setResizeMode(QListWidget.ResizeMode.Adjust)
    return widget


class SafetyPanel(QTabWidget):
    screenReviewed = Signal(dict)              # item id -> ScreenAnswer
    copyLastRequested = Signal()               # fill the form with the last screen's answers
    roomyRequested = Signal()                  # the safety record in a window of its own (or back)
    consentRequested = Signal()
    consentFormRequested = Signal()
    consentDetailsRequested = Signal()
    areaRemoveRequested = Signal(int)
    needlesChanged = Signal(int, int, object)  # tp id, needles, passes | None
    thoraxAckRequested = Signal(int)
    countSaved = Signal(object, str)           # removed | None, note
    responseSaved = Signal(object, str)        # pain after | None, range-of-motion note
    eventAddRequested = Signal()
    eventEditRequested = Signal(int)
    eventDeleteRequested = Signal(int)
    afterCareRequested = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.addTab(self._screen_tab(), say("Screen"))
        self.addTab(self._consent_tab(), self.tr("Consent"))
        self.addTab(self._count_tab(), self.tr("Needle count"))
        self.addTab(self._response_tab(), self.tr("Response"))
        self.setMinimumWidth(360)
        self._tp_id: int | None = None
        # a needled point's name in the interface language (tp_id, stored label) -> text; the
        # controller names it from the chart's record (muscle by the name tables, side)
        self.name_point = lambda _tp_id, label: label
        self.show_safety(None, False)
        theme.on_change(lambda _t: self._recolour(), owner=self)

    def _recolour(self) -> None:
        """Warnings in the tables and lists take the new theme's warning colour; other items
        keep no colour of their own (the palette's text)."""
        for view in (*self.findChildren(QTableWidget), *self.findChildren(QListWidget)):
            items = ([view.item(i) for i in range(view.count())] if isinstance(view, QListWidget) else
                     [view.item(r, c) for r in range(view.rowCount()) for c in range(view.columnCount())])
            for item in items:
                if item is not None and item.data(Qt.ItemDataRole.ForegroundRole) is not None:
                    item.setForeground(theme.colour("danger"))

    # --------------------------------------------------------------- screen
    def _screen_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.screen_status = QLabel()
        self.screen_status.setWordWrap(True)
        self.flags = QLabel()
        self.flags.setWordWrap(True)
        theme.style(self.flags, FLAG_STYLE)
        self.screen_table = QTableWidget(len(dom.SCREEN_ITEMS), 3)
        self.screen_table.setHorizontalHeaderLabels([say("Item"), say("Answer"), say("Note")])
        self.screen_table.verticalHeader().hide()
        self.screen_table.setWordWrap(True)
        self.screen_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.screen_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        self.screen_table.setColumnWidth(2, 90)
        header.sectionResized.connect(lambda *_a: self.screen_table.resizeRowsToContents())
        self.answers: dict[str, QComboBox] = {}
        for row, item in enumerate(dom.SCREEN_ITEMS):
            label = QTableWidgetItem(screen_question(item))
            label.setFlags(Qt.ItemFlag.ItemIsEnabled)
            label.setToolTip(screen_tip(item))
            self.screen_table.setItem(row, 0, label)
            combo = QComboBox()
            for answer in dom.Answer:
                combo.addItem(screen_answer(answer), answer.value)
            combo.currentIndexChanged.connect(lambda _i, r=row: self._answer_colour(r))
            self.answers[item.id] = combo
            self.screen_table.setCellWidget(row, 1, combo)
            self.screen_table.setItem(row, 2, QTableWidgetItem(""))
        self.screen_table.resizeRowsToContents()
        self.all_no = QPushButton(say("All no"))
        self.all_no.setToolTip(say("Answer “No” to every item (and clear the notes), then change the few that differ"))
        self.all_no.clicked.connect(self.answer_all_no)
        self.copy_last = QPushButton(say("Copy last answers"))
        self.copy_last.setToolTip(say("Fill the form with the answers of the patient's last screen, "
                                      "then change the items that differ"))
        self.copy_last.clicked.connect(self.copyLastRequested)
        self.roomy = QPushButton(say("Open in a window"))
        self.roomy.setToolTip(say("The safety record in a large window of its own; this button docks it again"))
        self.roomy.clicked.connect(self.roomyRequested)
        quick = QHBoxLayout()
        quick.addWidget(self.all_no)
        quick.addWidget(self.copy_last)
        quick.addStretch(1)
        # the status (it wraps) beside "Open in a window": the three buttons on one row made the
        # dock ~450 px wide at least in German, squeezing the chart at 1366 px
        head = QHBoxLayout()
        head.addWidget(self.screen_status, 1)
        head.addWidget(self.roomy, 0, Qt.AlignmentFlag.AlignTop)
        self.review = QPushButton(say("Reviewed with the patient"))
        self.review.clicked.connect(lambda: self.screenReviewed.emit(self.screen_answers()))
        self.areas = _wrapping_list()
        self.areas.setMaximumHeight(80)
        self.remove_area = QPushButton(say("Remove area"))
        self.remove_area.clicked.connect(self._remove_area)
        areas_hint = QLabel(say("Precaution areas (all visits): draw them with the “Precaution area” tool."))
        areas_hint.setWordWrap(True)
        theme.style(areas_hint, MUTED_STYLE)
        box.addLayout(head)
        box.addWidget(self.flags)
        box.addLayout(quick)
        box.addWidget(self.screen_table, 1)
        box.addWidget(self.review)
        box.addWidget(areas_hint)
        box.addWidget(self.areas)
        box.addWidget(self.remove_area, 0, Qt.AlignmentFlag.AlignRight)
        return page

    def _answer_colour(self, row: int) -> None:
        combo = self.screen_table.cellWidget(row, 1)
        item = self.screen_table.item(row, 0)
        if combo is None or item is None:
            return
        yes = combo.currentData() == dom.Answer.YES.value
        item.setData(Qt.ItemDataRole.ForegroundRole, theme.colour("danger") if yes else None)

    def answer_all_no(self) -> None:
        for row, item in enumerate(dom.SCREEN_ITEMS):
            combo = self.answers[item.id]
            combo.setCurrentIndex(combo.findData(dom.Answer.NO.value))
            self.screen_table.item(row, 2).setText("")

    def fill_screen(self, answers) -> None:
        """Put answers (item id -> ScreenAnswer) in the form, to be reviewed with the patient."""
        for row, item in enumerate(dom.SCREEN_ITEMS):
            answer = answers[item.id]
            combo = self.answers[item.id]
            combo.setCurrentIndex(combo.findData(dom.Answer(answer.answer).value))
            self.screen_table.item(row, 2).setText(answer.note)
            self._answer_colour(row)

    def screen_answers(self) -> dict:
        return {item.id: dom.ScreenAnswer(dom.Answer(self.answers[item.id].currentData()),
                                          self.screen_table.item(row, 2).text())
                for row, item in enumerate(dom.SCREEN_ITEMS)}

    def _remove_area(self) -> None:
        item = self.areas.currentItem()
        if item is not None:
            self.areaRemoveRequested.emit(item.data(Qt.ItemDataRole.UserRole))

    # --------------------------------------------------------------- consent
    def _consent_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.consent_status = QLabel()
        self.consent_status.setWordWrap(True)
        self.consent_status.setTextFormat(Qt.TextFormat.RichText)
        self.record_consent = QPushButton(self.tr("Record consent…"))
        self.record_consent.clicked.connect(self.consentRequested)
        self.consent_form = QPushButton(self.tr("Consent form (PDF)…"))
        self.consent_form.clicked.connect(self.consentFormRequested)
        self.consent_details = QPushButton(self.tr("Details / withdraw…"))
        self.consent_details.clicked.connect(self.consentDetailsRequested)
        box.addWidget(self.consent_status)
        row = QHBoxLayout()
        row.addWidget(self.record_consent)
        row.addWidget(self.consent_details)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.consent_form, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        return page

    # --------------------------------------------------------------- needle count
    def _count_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.light = QLabel()
        self.light.setObjectName("countLight")
        self.light.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.light.setWordWrap(True)          # a long language wraps it instead of widening the dock
        self.needled_table = QTableWidget(0, 4)
        self.needled_table.setHorizontalHeaderLabels([self.tr("Needled point"), self.tr("Needles"), self.tr("Passes"),
                                                      self.tr("Thorax")])
        self.needled_table.verticalHeader().hide()
        self.needled_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.needled_table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        header = self.needled_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in (1, 2, 3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.selected = QGroupBox(self.tr("Selected trigger point"))
        form = QFormLayout(self.selected)
        self.selected_label = QLabel(self.tr("Select a trigger point on the diagram."))
        self.selected_label.setWordWrap(True)
        self.needles = _spin(dom.MAX_NEEDLES)
        self.passes = _spin(dom.MAX_PASSES, self.tr("not recorded"))
        self.save_needles = QPushButton(self.tr("Save needles"))
        self.save_needles.clicked.connect(self._emit_needles)
        self.thorax = QLabel()
        self.thorax.setWordWrap(True)
        self.ack_thorax = QPushButton(self.tr("Acknowledge thorax caution…"))
        self.ack_thorax.clicked.connect(lambda: self._tp_id is not None and self.thoraxAckRequested.emit(self._tp_id))
        form.addRow(self.selected_label)
        form.addRow(self.tr("Needles"), self.needles)
        form.addRow(self.tr("Passes"), self.passes)
        form.addRow(self.save_needles)
        form.addRow(self.thorax)
        form.addRow(self.ack_thorax)
        counted = QGroupBox(self.tr("Count-out"))
        form = QFormLayout(counted)
        self.inserted = QLabel("0")
        self.inserted.setObjectName("insertedCount")
        self.removed = _spin(dom.MAX_VISIT_NEEDLES, self.tr("not counted"))
        self.count_note = QLineEdit()
        self.count_note.setPlaceholderText(self.tr("Needed when the numbers differ"))
        self.save_count = QPushButton(self.tr("Save count"))
        self.save_count.clicked.connect(self._emit_count)
        self.count_by = QLabel()
        theme.style(self.count_by, MUTED_STYLE)
        self.problems = QLabel()
        self.problems.setWordWrap(True)
        theme.style(self.problems, FLAG_STYLE)
        form.addRow(self.tr("Inserted (needled points)"), self.inserted)
        form.addRow(self.tr("Removed (counted out)"), self.removed)
        form.addRow(self.tr("Discrepancy note"), self.count_note)
        form.addRow(self.save_count)
        form.addRow(self.count_by)
        box.addWidget(self.light)
        box.addWidget(counted)
        box.addWidget(self.problems)
        box.addWidget(self.needled_table, 1)
        box.addWidget(self.selected)
        return page

    def _emit_needles(self) -> None:
        if self._tp_id is not None:
            passes = self.passes.value()
            self.needlesChanged.emit(self._tp_id, self.needles.value(), None if passes < 0 else passes)

    def _emit_count(self) -> None:
        removed = self.removed.value()
        self.countSaved.emit(None if removed < 0 else removed, self.count_note.text())

    # --------------------------------------------------------------- response
    def _response_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        self.urgent = QLabel(i18n.current().name("texts", "pneumothorax_advice", dom.PNEUMOTHORAX_ADVICE))
        self.urgent.setObjectName("urgentBanner")
        self.urgent.setWordWrap(True)
        theme.style(self.urgent, URGENT_STYLE)
        response = QGroupBox(self.tr("Immediate response"))
        form = QFormLayout(response)
        self.pain_before = QLabel()
        self.pain_after = _spin(10, self.tr("not recorded"))
        self.pain_after.setSuffix(" /10")
        self.rom = QPlainTextEdit()
        self.rom.setPlaceholderText(self.tr("e.g. cervical rotation right 60° → 75°"))
        self.rom.setFixedHeight(54)
        self.save_response = QPushButton(self.tr("Save response"))
        self.save_response.clicked.connect(self._emit_response)
        form.addRow(self.tr("Pain before (visit)"), self.pain_before)
        form.addRow(self.tr("Pain after treatment"), self.pain_after)
        form.addRow(self.tr("Range of motion"), self.rom)
        form.addRow(self.save_response)
        self.session_box = SessionBox()
        events = QGroupBox(self.tr("Adverse events and near misses"))
        col = QVBoxLayout(events)
        self.events = _wrapping_list()
        self.events.itemDoubleClicked.connect(lambda it: self.eventEditRequested.emit(it.data(Qt.ItemDataRole.UserRole)))
        row = QHBoxLayout()
        self.add_event = QPushButton(self.tr("Add…"))
        self.edit_event = QPushButton(self.tr("Edit…"))
        self.delete_event = QPushButton(self.tr("Delete"))
        self.add_event.clicked.connect(self.eventAddRequested)
        self.edit_event.clicked.connect(lambda: self._event_action(self.eventEditRequested))
        self.delete_event.clicked.connect(lambda: self._event_action(self.eventDeleteRequested))
        for b in (self.add_event, self.edit_event, self.delete_event):
            row.addWidget(b)
        row.addStretch(1)
        col.addWidget(self.events)
        col.addLayout(row)
        self.after_care = QPushButton(self.tr("After-care text for the handout…"))
        self.after_care.clicked.connect(self.afterCareRequested)
        box.addWidget(self.urgent)
        box.addWidget(response)
        box.addWidget(self.session_box)
        box.addWidget(events, 1)
        box.addWidget(self.after_care, 0, Qt.AlignmentFlag.AlignLeft)
        return page

    def _emit_response(self) -> None:
        pain = self.pain_after.value()
        self.responseSaved.emit(None if pain < 0 else pain, self.rom.toPlainText())

    def _event_action(self, signal) -> None:
        item = self.events.currentItem()
        if item is not None:
            signal.emit(item.data(Qt.ItemDataRole.UserRole))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.screen_table.resizeRowsToContents()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.screen_table.resizeRowsToContents()

    # --------------------------------------------------------------- showing
    def show_safety(self, safety, editable: bool, areas=()) -> None:
        """safety: a bodymap.services.safety.VisitSafety, or None when no visit is open."""
        self.safety = safety
        for w in (self.review, self.record_consent, self.save_count, self.save_response, self.add_event,
                  self.edit_event, self.delete_event, self.removed, self.count_note, self.pain_after, self.rom,
                  self.screen_table, self.save_needles, self.needles, self.passes, self.ack_thorax,
                  self.remove_area, self.all_no, self.copy_last):
            w.setEnabled(safety is not None and editable)
        self.consent_form.setEnabled(safety is not None)
        self.consent_details.setEnabled(safety is not None and safety.consent is not None)
        self.areas.clear()
        for area in areas:
            view = i18n.current().name("views", area.view, area.view.replace("_", " "))
            item = QListWidgetItem(f"⚠ {area_label(area)}  ({view})")
            item.setData(Qt.ItemDataRole.UserRole, area.id)
            item.setForeground(theme.colour("danger"))
            self.areas.addItem(item)
        if safety is None:
            self.screen_status.setText(say("Open a visit to see its safety record."))
            self.flags.clear()
            self.consent_status.setText("")
            self._light(dom.CountState.NOTHING, "")
            self.inserted.setText("0")
            self.urgent.hide()
            self.events.clear()
            self.needled_table.setRowCount(0)
            self.problems.clear()
            self.count_by.clear()
            self.session_box.show_session(None, False, False)
            return
        self._show_screen(safety.screen)
        self._show_consent(safety.consent, safety.consent_problems)
        self._show_count(safety)
        self._show_response(safety)
        self.show_selected(self._tp_id)

    def _show_screen(self, screen) -> None:
        self.fill_screen(screen.answers)
        self.copy_last.setEnabled(self.review.isEnabled() and screen.previous_visit_id is not None)
        if screen.reviewed:
            self.screen_status.setText(say("✔ Reviewed by {name}, {when}.").format(name=screen.reviewed_by, when=local(screen.reviewed_at)))
            theme.style(self.screen_status, "color: @ok; font-weight: 600;")
        else:
            origin = "the latest answers" if screen.from_visit_id else "no earlier answers"
            self.screen_status.setText(say(f"Not yet reviewed at this visit (showing {origin}). Confirm or edit "
                                           "with the patient, then press “Reviewed”."))
            theme.style(self.screen_status, "color: @warn; font-weight: 600;")
        flags = screen.flags
        named = [say("{item} — CONTRAINDICATION").format(item=screen_question(i)) if i.kind == "contraindication"
                 else screen_question(i) for i in flags]
        self.flags.setText(say("Answered yes: {items}").format(items="; ".join(named)) if flags else "")

    def _show_consent(self, consent, problems=()) -> None:
        theme.set_rich_text(self.consent_status, lambda: consent_status_html(consent, problems))

    def _light(self, state, detail: str) -> None:
        colour, text = LIGHT[state]
        self.light.setText(f"●  {translate('Handout', text)}{detail}")
        theme.style(self.light, f"color: @state_fg; background: @{colour}; font-weight: 700; font-size: 13px; "
                                 "padding: 6px; border-radius: 4px;")
        self.light.setProperty("state", state.value)

    def _show_count(self, safety) -> None:
        count = safety.count
        self._light(count.state, "" if count.can_sign else self.tr("  — cannot sign yet"))
        self.inserted.setText(str(count.inserted))
        self.removed.setValue(-1 if count.removed is None else count.removed)
        self.count_note.setText(count.note)
        self.count_by.setText(self.tr("Counted by {name}").format(name=safety.counted_by) if safety.counted_by else "")
        self.problems.setText("\n".join(self._count_problems(safety)))
        self.needled_table.setRowCount(len(safety.needled))
        for row, p in enumerate(safety.needled):
            thorax = "—" if not p.over_thorax else (self.tr("✔ ack.") if p.log.thorax_ack_at else self.tr("⚠ not ack."))
            for col, text in enumerate((self.name_point(p.tp_id, p.label), "1*" if p.log.needles is None else str(p.log.needles),
                                        "" if p.log.passes is None else str(p.log.passes), thorax)):
                cell = QTableWidgetItem(text)
                if col == 3 and p.over_thorax and not p.log.thorax_ack_at:
                    cell.setForeground(theme.colour("danger"))
                self.needled_table.setItem(row, col, cell)
        self.needled_table.setToolTip(self.tr("* not recorded: counts as one needle"))

    def _count_problems(self, safety) -> list[str]:
        """Why the count stops signing (domain.safety.count_out's rule), in the interface language."""
        count = safety.count
        if i18n.current().code == "en":
            return list(count.problems)
        problems = []
        if count.state == dom.CountState.NOT_RECONCILED and count.removed is None:
            problems.append(self.tr("%n needle(s) inserted but the needles removed have not been counted.", "",
                                    count.inserted))
        elif count.state == dom.CountState.NOT_RECONCILED:
            problems.append(self.tr("Needle count does not reconcile: {inserted} inserted, {removed} removed. Find "
                                    "the missing needle(s) or document the discrepancy in a note.").format(
                inserted=count.inserted, removed=count.removed))
        for p in safety.needled:
            if p.over_thorax and p.log.thorax_ack_at is None:
                problems.append(self.tr("The thorax caution for {point} has not been acknowledged.").format(
                    point=self.name_point(p.tp_id, p.label)))
        return problems

    def _show_response(self, safety) -> None:
        self.urgent.setVisible(safety.urgent)
        self.pain_before.setText(self.tr("not recorded") if safety.overall_pain is None else f"{safety.overall_pain}/10")
        self.pain_after.setValue(-1 if safety.pain_after is None else safety.pain_after)
        self.rom.setPlainText(safety.rom_note)
        self.session_box.show_session(safety.session, bool(safety.needled), self.save_response.isEnabled())
        self.events.clear()
        for e in safety.events:
            text = f"{local(e.occurred_at)} · {translate('Handout', e.kind_label)} · {translate('Handout', e.severity_label)}"
            if e.near_miss and e.description:
                text += f"\n    {e.description[:80]}"
            if e.onset:
                text += "\n    " + self.tr("Onset: {onset}").format(onset=translate("Handout", e.onset_label))
            if e.action_taken:
                text += "\n    " + self.tr("Action: {action}").format(action=e.action_taken)
            item = QListWidgetItem(("⚠ " if e.urgent else "○ " if e.near_miss else "") + text)
            item.setData(Qt.ItemDataRole.UserRole, e.id)
            if e.urgent:
                item.setForeground(theme.colour("danger"))
            self.events.addItem(item)

    def show_selected(self, tp_id: int | None, record=None) -> None:
        """The selected trigger point's needles, passes and thorax caution."""
        self._tp_id = tp_id
        safety = getattr(self, "safety", None)
        point = next((p for p in safety.needled if p.tp_id == tp_id), None) if safety else None
        has = tp_id is not None and safety is not None
        self.selected.setEnabled(has)
        if not has:
            self.selected_label.setText(self.tr("Select a trigger point on the diagram."))
            self.thorax.clear()
            self.ack_thorax.hide()
            return
        label = (self.name_point(point.tp_id, point.label) if point else
                 self.tr("{place} — not needled").format(place=i18n.current().place(record)) if record
                 else self.tr("Not needled"))
        self.selected_label.setText(label)
        log = point.log if point else None
        self.needles.setValue(1 if log is None or log.needles is None else log.needles)
        self.passes.setValue(-1 if log is None or log.passes is None else log.passes)
        if point is not None and point.over_thorax:
            if log.thorax_ack_at:
                self.thorax.setText(self.tr("Thorax caution acknowledged by {name}, {when}.").format(
                    name=log.thorax_ack_by, when=local(log.thorax_ack_at)))
                theme.style(self.thorax, "color: @ok;")
                self.ack_thorax.hide()
            else:
                self.thorax.setText(self.tr("Over the thorax: the caution has not been acknowledged."))
                theme.style(self.thorax, FLAG_STYLE)
                self.ack_thorax.show()
        else:
            self.thorax.clear()
            self.ack_thorax.hide()
