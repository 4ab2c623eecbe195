"""The suggestions dock: muscles whose referral patterns explain the pain drawn on this visit.

Recomputed off the hot path: zone changes (ChartDocument.markChanged / markRemoved /
chartReset) restart a short single-shot timer and the ranking runs when it fires. While the dock
is out of sight (behind the Inspector's tab, closed, or the window not shown yet) a change only
marks the list stale: it is ranked as soon as the dock is shown (once its tab has painted), or at once
when something reads it (`suggestions`, `rows()`, `selected()`, `choose()`). Opening a chart thus
does not import shapely and numpy on the GUI thread for a list nobody sees. Clicking a
suggestion outlines the muscle and shows its TP sites and pattern on the views (the controller's
overlay) so the clinician can examine them.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import Shiboken

from bodymap.ui.reference import suggestion_words as words
from bodymap.ui.reference.browser import caveat_label
from bodymap.ui.widgets import theme

DEBOUNCE_MS = 150
TOP_N = 8


def _fit(item: QListWidgetItem, row: QWidget, width: int) -> None:
    """Size a row to the list's width, with the height its wrapped reason text needs."""
    row.setFixedWidth(width)
    layout = row.layout()
    height = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    # the wrapped height when the layout knows it (a wrapped label's plain size hint guesses a
    # narrower width and is too tall, which left gaps between rows)
    item.setSizeHint(QSize(width, height if height > 0 else row.sizeHint().height()))


class SuggestionRow(QFrame):
    """One suggestion: name and side, score bar, reason."""

    def __init__(self, rank: int, s, parent=None):          # s: a domain.suggest.Suggestion
        super().__init__(parent)
        self.suggestion = s
        self.setObjectName("suggestionRow")
        title = QLabel()
        name = words.muscle_name(s.muscle_id, s.name)
        theme.set_rich_text(title, lambda: f"<b>{rank}. {html.escape(name)}</b> "
                            f"<span style='color:{theme.hex_colour('muted')}'>({html.escape(words.side(s.side))})</span>")
        title.setWordWrap(True)                  # long names ("Suboccipital group (...)") wrap
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(100 * s.score))
        bar.setFormat(words.i18n.current().number(s.score, 2))
        bar.setTextVisible(True)
        bar.setFixedWidth(84)
        bar.setFixedHeight(14)
        theme.style(bar, "QProgressBar { border: 1px solid @bar_border; border-radius: 3px; background: @bar_bg;"
                          " font-size: 9px; color: @bar_text; text-align: center; }"
                          "QProgressBar::chunk { background: @bar_chunk; border-radius: 2px; }")
        bar.setToolTip(words.score_tip(s))
        self.bar = bar
        reason = QLabel(html.escape(words.reason(s, limit=3)))
        reason.setWordWrap(True)
        theme.style(reason, "color: @muted; font-size: 11px;")
        reason.setToolTip(words.reason(s))
        self.reason = reason
        head = QHBoxLayout()
        head.setSpacing(6)
        head.addWidget(title, 1)
        head.addWidget(bar, 0, Qt.AlignmentFlag.AlignVCenter)
        col = QVBoxLayout(self)
        col.setContentsMargins(6, 5, 6, 6)
        col.setSpacing(2)
        col.addLayout(head)
        col.addWidget(reason)


class SuggestionsPanel(QWidget):
    updated = Signal(int)            # number of suggestions shown

    def __init__(self, controller, document, parent=None):
        super().__init__(parent)
        self.controller = controller
        self.document = document
        self._suggestions: list = []                             # of domain.suggest.Suggestion
        self._stale = False          # the zones changed while nobody could see the list
        self.setMinimumWidth(290)
        self.timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self.timer.timeout.connect(self.recompute)
        intro = QLabel(self.tr("Muscles whose referral patterns match the pain zones drawn on this visit. "
                               "Click one to see its pattern and trigger-point sites."))
        intro.setWordWrap(True)
        theme.style(intro, "color: @muted;")
        self.empty = QLabel(self.tr("Draw pain zones to see suggestions."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        theme.style(self.empty, "color: @muted; padding: 16px;")
        # above the muscle list: pain that follows one or two dermatomes may be radicular
        self.radicular = QLabel()
        self.radicular.setObjectName("radicularFlag")
        self.radicular.setWordWrap(True)
        theme.style(self.radicular, "background: @caution_bg; border: 1px solid @caution_border; border-radius: 4px;"
                                     " color: @caution_fg; padding: 4px 6px;")
        self.radicular.setVisible(False)
        self.radicular.setTextFormat(Qt.TextFormat.RichText)
        self.radicular.linkActivated.connect(self._toggle_dermatomes)
        self.flag = None                                         # domain.dermatomes.RadicularFlag
        self.dermatomes_shown = False
        self.list = QListWidget()
        self.list.setSpacing(1)
        self.list.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        theme.style(self.list, "QListWidget::item { border-bottom: 1px solid @list_rule; }"
                                "QListWidget::item:selected { background: @list_selected; color: @list_selected_text; }")
        self.list.itemClicked.connect(self._clicked)
        self.list.currentRowChanged.connect(lambda _r: self._clicked(self.list.currentItem()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(intro)
        layout.addWidget(self.radicular)
        layout.addWidget(self.empty)
        layout.addWidget(self.list, 1)
        layout.addWidget(caveat_label())
        # zones, and trigger points (one that reproduced the pain ranks its muscle up)
        document.markChanged.connect(lambda _kind, _r: self.schedule())
        document.markRemoved.connect(lambda _kind, _i: self.schedule())
        document.chartReset.connect(lambda _c: self._chart_reset())
        self.recompute()

    @property
    def suggestions(self) -> list:
        """The ranked suggestions for the zones drawn now (ranked first if they were out of date)."""
        self.catch_up()
        return self._suggestions

    def _out_of_sight(self) -> bool:
        return self.visibleRegion().isEmpty()

    def schedule(self) -> None:
        """(Re)start the debounce timer; the ranking runs once the drawing pauses. Out of sight the
        list is only marked stale, unless the flagged dermatomes are outlined on the body: that
        outline must go when the pain no longer follows them."""
        if self._out_of_sight() and not self.dermatomes_shown:
            self.timer.stop()
            self._stale = True
        else:
            self.timer.start()

    def recompute(self) -> None:
        """Rank now, or, out of sight, mark the list stale (ranked when the dock is shown)."""
        if self._out_of_sight() and not self.dermatomes_shown:
            self.timer.stop()
            self._stale = True
            return
        self._compute()

    def catch_up(self) -> None:
        """Rank now if the list missed a change while out of sight."""
        if self._stale:
            self._compute()

    def _chart_reset(self) -> None:
        """Another visit opened (or none). Out of sight, the rows of the visit before go at once
        (cheap), so that they never show under the new chart while the list waits to be ranked."""
        self.schedule()
        if self._stale and (self._suggestions or self.flag is not None):
            self._suggestions, self.flag = [], None
            self._show_flag()
            self._fill()

    def came_into_sight(self) -> None:
        """The dock was shown (its tab raised, or opened again): a stale list is ranked on the next
        turn of the event loop, once the tab has painted (no debounce: nothing is being drawn, and
        the clinician is waiting for the list). A dock tabbed behind another stays 'visible' to
        Qt, hence the dock's visibilityChanged rather than a show event."""
        if self._stale:
            QTimer.singleShot(0, self.catch_up)

    def _compute(self) -> None:
        self.timer.stop()
        self._stale = False
        zones = self.document.zones()
        if zones:
            # imported here: the scoring needs shapely, which the window need not load at start-up
            from bodymap.domain.dermatomes import radicular_flag
            from bodymap.domain.suggest import suggest
            self._suggestions = suggest(zones, top=TOP_N, min_score=0.005,
                                       trigger_points=self.document.trigger_points())
            flag = radicular_flag(zones)
        else:
            self._suggestions, flag = [], None
        if flag != self.flag and self.dermatomes_shown:
            self.controller.clear_dermatomes()                   # the pain changed: outline no longer fits
            self.dermatomes_shown = False
        self.flag = flag
        self._show_flag()
        self._fill()
        self.updated.emit(len(self._suggestions))

    def _show_flag(self) -> None:
        flag = self.flag
        if flag is not None:
            link = self.tr("Hide the outline") if self.dermatomes_shown else self.tr("Show on the body")
            self.radicular.setText(f"{html.escape(words.radicular(flag))} <a href='toggle'>{html.escape(link)}</a>")
        else:
            self.radicular.setText("")
        self.radicular.setToolTip(words.radicular_tip() if flag else "")
        self.radicular.setVisible(flag is not None)

    def _toggle_dermatomes(self, _link: str = "") -> None:
        """Outline the flagged dermatome(s) on the views, or take the outline away."""
        self.catch_up()                   # the flag of the zones drawn now
        if self.flag is None:
            return
        if self.dermatomes_shown:
            self.controller.clear_dermatomes()
        else:
            self.controller.show_dermatomes(self.flag.side, self.flag.dermatomes)
        self.dermatomes_shown = not self.dermatomes_shown
        self._show_flag()

    def _fill(self) -> None:
        keep = self._current()
        self.list.blockSignals(True)
        self.list.clear()
        width = self._row_width()
        for rank, s in enumerate(self._suggestions, 1):
            item = QListWidgetItem()
            item.setData(Qt.ItemDataRole.UserRole, (s.muscle_id, s.side))
            row = SuggestionRow(rank, s)
            _fit(item, row, width)
            self.list.addItem(item)
            self.list.setItemWidget(item, row)
            if (s.muscle_id, s.side) == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        has = bool(self._suggestions)
        self.list.setVisible(has)
        self.empty.setVisible(not has and not self._stale)      # no "no muscle ..." before the ranking
        self.empty.setText(self.tr("Draw pain zones to see suggestions.") if not self.document.zones()
                           else self.tr("No muscle in the reference refers pain to the zones drawn."))
        QTimer.singleShot(0, self._refit)      # again once the list has its final size

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        QTimer.singleShot(0, self._refit)      # the list's viewport is resized after this panel

    def _refit(self) -> None:
        if not Shiboken.isValid(self.list):      # the timer outlived the dock (window closed)
            return
        width = self._row_width()
        for i in range(self.list.count()):
            item = self.list.item(i)
            _fit(item, self.list.itemWidget(item), width)

    def _row_width(self) -> int:
        """The rows' width: the list's inside, less a scroll bar (reserved even before one shows,
        so that rows laid out before it appears are not cut off on the right)."""
        scroll = self.list.verticalScrollBar()
        bar = 0 if scroll.isVisible() else scroll.sizeHint().width()
        return max(200, self.list.viewport().width() - bar - 4)

    def _current(self) -> tuple[str, str] | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def selected(self) -> tuple[str, str] | None:
        self.catch_up()
        return self._current()

    def rows(self) -> list[tuple[str, str]]:
        self.catch_up()
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.list.count())]

    def choose(self, index: int) -> None:
        self.catch_up()
        self.list.setCurrentRow(index)

    def _clicked(self, item) -> None:
        if item is None:
            return
        muscle_id, side = item.data(Qt.ItemDataRole.UserRole)
        self.controller.show_pattern(muscle_id, side, highlight=True, source="suggestion")
        self.controller.show_on_view()
