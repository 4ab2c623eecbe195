"""The reference browser: search the trigger-point reference, read a muscle, overlay its pattern.

Search is instant (name, body area or condition). Choosing a muscle shows its TP sites and its
referral pattern on the views (patient's right or left, chosen below the list); "Show on view"
switches to a view where the pattern is visible when the current one lacks it.
"""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain import reference
from bodymap.domain.referral import pattern_regions
from bodymap.render import i18n
from bodymap.ui.reference import suggestion_words as words
from bodymap.ui.widgets import theme

CONFIDENCE_STYLE = {   # background, text (theme roles)
    "high": ("grade_high_bg", "grade_high_fg"),
    "moderate": ("grade_moderate_bg", "grade_moderate_fg"),
    "low": ("grade_low_bg", "grade_low_fg"),
}
CAVEAT_STYLE = ("QLabel#caveat { background: @note_bg; color: @note_fg; border: 1px solid @note_border;"
                " border-radius: 4px; padding: 5px 7px; }")
SIDE_RULE_TEXT = {
    "ipsilateral": QT_TRANSLATE_NOOP("ReferenceBrowser", "same side as the trigger point (ipsilateral)"),
    "contralateral": QT_TRANSLATE_NOOP("ReferenceBrowser", "opposite side to the trigger point (contralateral)"),
    "bilateral": QT_TRANSLATE_NOOP("ReferenceBrowser", "both sides (bilateral)"),
}
CONFIDENCE_TEXT = {
    "high": QT_TRANSLATE_NOOP("ReferenceBrowser", "High confidence"),
    "moderate": QT_TRANSLATE_NOOP("ReferenceBrowser", "Moderate confidence"),
    "low": QT_TRANSLATE_NOOP("ReferenceBrowser", "Low confidence"),
}
# the reason search gives when a query's words are found only in different fields of a muscle
CROSS_FIELD_TEXT = QT_TRANSLATE_NOOP("ReferenceBrowser", "words found in several fields")
translate = QCoreApplication.translate


def _names(table: str, key: str, default: str) -> str:
    return i18n.current().name(table, key, default)


def group_name(m: reference.Muscle) -> str:
    """The muscle's group ("Head and jaw") in the interface language."""
    return _names("groups", m.group, m.group_label)


def caveat_label(parent=None) -> QLabel:
    label = QLabel("⚠ " + words.word(words.CAVEAT), parent)
    label.setObjectName("caveat")
    label.setWordWrap(True)
    theme.style(label, CAVEAT_STYLE)
    return label


def confidence_badge(confidence: str) -> str:
    bg, fg = (theme.hex_colour(r) for r in CONFIDENCE_STYLE.get(confidence, ("alternate_base", "text")))
    word = translate("ReferenceBrowser", CONFIDENCE_TEXT[confidence]) if confidence in CONFIDENCE_TEXT else confidence
    return (f'<span style="background:{bg}; color:{fg}; font-weight:600;">&nbsp;'
            f'{html.escape(word)}&nbsp;</span>')


def muscle_html(m: reference.Muscle, side: str = "right") -> str:
    """The details pane of one muscle (also used by tests)."""
    e = html.escape
    region = (lambda rid: _names("regions", rid, reference.region_label(rid)))
    head = {"primary": translate("ReferenceBrowser", "Primary"), "spillover": translate("ReferenceBrowser", "Spillover"),
            "tps": translate("ReferenceBrowser", "Trigger points"),
            "conditions": translate("ReferenceBrowser", "Associated conditions"),
            "note": translate("ReferenceBrowser", "Note"), "sources": translate("ReferenceBrowser", "Sources")}
    rows = [f'<h3 style="margin:0">{e(_names("muscles", m.id, m.name))}</h3>',
            f'<p style="margin:2px 0 6px 0; color:{theme.hex_colour("muted")}">{e(group_name(m))} &nbsp; '
            f'{confidence_badge(m.confidence)}</p>']
    sided = {p.region_id: p for p in pattern_regions(m.id, side)}

    def regions(ids):
        out = []
        for rid in ids:
            p = sided.get(rid)
            where = f" ({words.side(p.side)})" if p is not None and p.side != "midline" else ""
            out.append(e(region(rid) + where))
        return ", ".join(out) or "—"
    rule = SIDE_RULE_TEXT.get(m.referral.side)
    rows.append("<p style='margin:4px 0 2px 0'>" + translate("ReferenceBrowser", "<b>Referral pattern</b> — pain goes to the {rule}").format(
        rule=e(translate("ReferenceBrowser", rule) if rule else m.referral.side)) + "</p>")
    rows.append("<table cellspacing='0' cellpadding='2'>"
                f"<tr><td valign='top' style='color:{theme.hex_colour('accent')}'><b>{e(head['primary'])}</b></td>"
                f"<td>{regions(m.referral.primary)}</td></tr>"
                f"<tr><td valign='top' style='color:{theme.hex_colour('accent')}'><b>{e(head['spillover'])}</b></td>"
                f"<td>{regions(r for r in m.referral.spillover if r not in m.referral.primary)}</td></tr>"
                "</table>")
    rows.append(f"<p style='margin:6px 0 2px 0'><b>{e(head['tps'])}</b></p><ul style='margin:0'>")
    for tp in m.trigger_points:
        refers = f" → {e(', '.join(region(r) for r in tp.refers_to))}" if tp.refers_to else ""
        rows.append(f"<li><b>{e(tp.label)}</b> ({e(region(tp.region))}): "
                    f"{e(_names('locations', f'{m.id}/{tp.label}', tp.location))}{refers}</li>")
    rows.append("</ul>")
    if m.conditions:
        rows.append(f"<p style='margin:6px 0 2px 0'><b>{e(head['conditions'])}</b></p><ul style='margin:0'>")
        rows += [f"<li>{e(_names('conditions', c, c))}</li>" for c in m.conditions]
        rows.append("</ul>")
    if m.note:
        rows.append(f"<p style='margin:6px 0 2px 0'><b>{e(head['note'])}</b><br>{e(_names('notes', m.id, m.note))}</p>")
    if m.sources:
        rows.append(f"<p style='margin:6px 0 2px 0'><b>{e(head['sources'])}</b></p><ol style='margin:0'>")
        rows += [f'<li><a href="{e(url)}">{e(url)}</a></li>' for url in m.sources]
        rows.append("</ol>")
    return "\n".join(rows)


class ReferenceBrowser(QWidget):
    muscleChosen = Signal(str)

    def __init__(self, controller, parent=None):
        super().__init__(parent)
        self.controller = controller
        theme.on_change(lambda _t: self._recolour(), owner=self)
        self.setMinimumWidth(290)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Muscle, body area or condition…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.refresh)
        self.count = QLabel()
        theme.style(self.count, "color: @muted;")
        self.results = QListWidget()
        self.results.setUniformItemSizes(True)
        self.results.setMinimumHeight(72)
        self.results.currentItemChanged.connect(lambda cur, _prev: self._chosen(cur))

        self.side_box = QComboBox()
        self.side_box.addItem(self.tr("Patient's R"), "right")
        self.side_box.addItem(self.tr("Patient's L"), "left")
        self.side_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.side_box.setToolTip(self.tr("Side of the trigger point (the patient's side)"))
        self.side_box.currentIndexChanged.connect(lambda _i: self._apply())
        self.show_button = QPushButton(self.tr("Show on view"))
        self.show_button.setToolTip(self.tr("Switch to a view where this pattern is visible"))
        self.show_button.clicked.connect(self.show_on_view)
        self.clear_button = QPushButton(self.tr("Hide"))
        self.clear_button.setToolTip(self.tr("Hide the referral overlay"))
        self.clear_button.clicked.connect(self.hide_overlay)

        self.details = QTextBrowser()
        self.details.setOpenExternalLinks(True)
        self.details.setFrameShape(QFrame.Shape.NoFrame)
        self.details.document().setDocumentMargin(4)
        self.details.setMinimumHeight(110)
        self.status = QLabel()
        theme.style(self.status, "color: @accent;")
        self.status.setMinimumWidth(10)
        self.caveat = caveat_label()

        top = QWidget()
        col = QVBoxLayout(top)
        col.setContentsMargins(0, 0, 0, 0)
        col.setSpacing(3)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.count)
        col.addLayout(search_row)
        col.addWidget(self.results, 1)
        row = QHBoxLayout()
        row.setSpacing(4)
        row.addWidget(self.side_box)
        row.addWidget(self.show_button, 1)
        row.addWidget(self.clear_button)
        col.addLayout(row)
        col.addWidget(self.status)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(self.details)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(split, 1)
        layout.addWidget(self.caveat)
        controller.patternChanged.connect(self._pattern_changed)
        self.refresh()
        self._pattern_changed(None, None, None)

    # state ---------------------------------------------------------------------
    @property
    def side(self) -> str:
        return self.side_box.currentData()

    def set_side(self, side: str) -> None:
        self.side_box.setCurrentIndex(1 if side == "left" else 0)

    def current_muscle(self) -> str | None:
        item = self.results.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def result_ids(self) -> list[str]:
        return [self.results.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.results.count())]

    # actions -------------------------------------------------------------------
    def refresh(self) -> None:
        text = self.search.text()
        hits = reference.search(text, names=i18n.current().name_tables())
        if not text.strip():             # by the name shown (the name tables' in another language)
            hits.sort(key=lambda h: i18n.current().sort_key(_names("muscles", h.muscle.id, h.muscle.name)))
        keep = self.current_muscle()
        self.results.blockSignals(True)
        self.results.clear()
        for hit in hits:
            item = QListWidgetItem(_names("muscles", hit.muscle.id, hit.muscle.name))
            item.setData(Qt.ItemDataRole.UserRole, hit.muscle.id)
            why = "\n".join(translate("ReferenceBrowser", m) if m == CROSS_FIELD_TEXT else m for m in hit.matches[:3])
            item.setToolTip(f"{item.text()}\n{group_name(hit.muscle)}\n{why}".strip())   # the whole name too
            self.results.addItem(item)
            if hit.muscle.id == keep:
                self.results.setCurrentItem(item)
        self.results.blockSignals(False)
        n = len(hits)
        self.count.setText(str(n))
        self.count.setToolTip(words.counted(self.tr("%n muscles, best match first", "", n), n, "%n muscle, best match first"))
        if not n:
            self.results.addItem(QListWidgetItem(self.tr("No match: try a body area or a condition.")))
            self.results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def choose(self, muscle_id: str) -> None:
        for i in range(self.results.count()):
            if self.results.item(i).data(Qt.ItemDataRole.UserRole) == muscle_id:
                self.results.setCurrentRow(i)
                return
        self.search.clear()
        self.choose(muscle_id)

    def show_on_view(self) -> None:
        if self.current_muscle() is not None and self.controller.current is None:
            self._apply()
        self.controller.show_on_view()

    def hide_overlay(self) -> None:
        self.controller.clear()

    def _chosen(self, item) -> None:
        if item is None:
            self.details.clear()
            return
        self._apply()
        self.muscleChosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def _recolour(self) -> None:
        """The details again in the new theme's colours (nothing else changes)."""
        muscle_id = self.current_muscle()
        if muscle_id is not None:
            self.details.setHtml(muscle_html(reference.muscle(muscle_id), self.side))

    def _apply(self) -> None:
        muscle_id = self.current_muscle()
        if muscle_id is None:
            return
        m = reference.muscle(muscle_id)
        self.details.setHtml(muscle_html(m, self.side))
        self.controller.show_pattern(muscle_id, self.side, source="browser")

    def _pattern_changed(self, muscle_id, side, source) -> None:
        if muscle_id is None:
            self.status.setText(self.tr("No referral overlay shown."))
            self.status.setToolTip("")
            return
        where = {"selection": self.tr("selected TrP"), "suggestion": self.tr("suggestion"),
                 "browser": self.tr("list")}.get(source, source)
        side_text = words.side(side if side in ("right", "left") else "either")
        name = _names("muscles", muscle_id, reference.muscle_name(muscle_id))
        self.status.setText(self.tr("Overlay: {muscle} ({side}) · from {source}").format(
            muscle=name, side=side_text, source=where))
        self.status.setToolTip(self.tr("On the views: solid cyan = primary zone, hatched = spillover zone, "
                                       "crosshair circles = trigger-point sites."))
