"""Compare two visits of the current patient: both charts side by side, a change overlay
(new / resolved / persisting pain in print-safe colours and patterns) and a summary."""
from __future__ import annotations

import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.extent_change import region_changes
from bodymap.errors import BodymapError
from bodymap.render import i18n
from bodymap.render.scene import render_view_image
from bodymap.ui.progress.body_summary import body_summary, number, percent
from bodymap.ui.progress.common import CHANGE_STYLES, overlay_mask, swatch, visit_label
from bodymap.ui.progress.region_change import REGION_STYLES, overlay_regions, region_swatch
from bodymap.ui.widgets import theme

IMAGE_HEIGHT = 520
_DRAWN_NOTES = {"new": QT_TRANSLATE_NOOP("CompareDialog", "(later visit only)"),
                "resolved": QT_TRANSLATE_NOOP("CompareDialog", "(earlier visit only)"),
                "persisting": QT_TRANSLATE_NOOP("CompareDialog", "(both)")}


class CompareDialog(QDialog):
    def __init__(self, parent, service, progress, patient):
        super().__init__(parent)
        self.service, self.progress, self.patient = service, progress, patient
        self.comparison = None
        self._charts = {}
        self.setWindowTitle(self.tr("Compare visits — {name}").format(name=patient.name))
        self.visits = sorted(service.list_visits(patient.id), key=lambda v: (v.started_at, v.id))

        self.from_box, self.to_box, self.view_box = QComboBox(), QComboBox(), QComboBox()
        for v in self.visits:
            self.from_box.addItem(visit_label(v), v.id)
            self.to_box.addItem(visit_label(v), v.id)
        if len(self.visits) >= 2:
            self.from_box.setCurrentIndex(0)
            self.to_box.setCurrentIndex(len(self.visits) - 1)
        pick = QGridLayout()
        pick.addWidget(QLabel(self.tr("Earlier visit:")), 0, 0)
        pick.addWidget(self.from_box, 0, 1)
        pick.addWidget(QLabel(self.tr("Later visit:")), 1, 0)
        pick.addWidget(self.to_box, 1, 1)
        pick.addWidget(QLabel(self.tr("View:")), 0, 2)
        pick.addWidget(self.view_box, 0, 3)
        pick.setColumnStretch(1, 1)

        self.before_image, self.after_image, self.change_image = QLabel(), QLabel(), QLabel()
        self.before_title, self.after_title = QLabel(), QLabel()
        images = QHBoxLayout()
        for title, image in ((self.before_title, self.before_image), (self.after_title, self.after_image),
                             (QLabel(self.tr("<b>Change</b>")), self.change_image)):
            column = QVBoxLayout()
            title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            image.setAlignment(Qt.AlignmentFlag.AlignCenter)
            image.setMinimumSize(int(IMAGE_HEIGHT * 0.5) + 8, IMAGE_HEIGHT + 8)
            column.addWidget(title)
            column.addWidget(image, 1)
            images.addLayout(column)
        self.mode_box = QComboBox()
        self.mode_box.addItem(self.tr("Change where it was drawn"), "drawn")
        self.mode_box.addItem(self.tr("Change by body region (all views)"), "regions")
        legend = QHBoxLayout()
        legend.addWidget(self.mode_box)
        legend.addStretch(1)
        self.drawn_legend, self.region_legend = QWidget(), QWidget()
        for box, styles, note in ((self.drawn_legend, CHANGE_STYLES, _DRAWN_NOTES),
                                  (self.region_legend, REGION_STYLES, {})):
            row = QHBoxLayout(box)
            row.setContentsMargins(0, 0, 0, 0)
            for kind, (label, *_rest) in styles.items():
                sw = QLabel()
                sw.setPixmap(swatch(kind) if styles is CHANGE_STYLES else region_swatch(kind))
                row.addWidget(sw)
                words = self.tr(label) + ("  " + self.tr(note[kind]) if kind in note else "")
                row.addWidget(QLabel(words))
                row.addSpacing(14)
            legend.addWidget(box)
        self.region_legend.hide()
        legend.addStretch(1)

        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setWordWrap(True)
        self.summary.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.sites = QTableWidget(0, 5)
        self.sites.setHorizontalHeaderLabels([self.tr("Trigger points at"), self.tr("Resolved"), self.tr("New"),
                                              self.tr("Persist."), self.tr("Act.→lat.")])
        for col, tip in enumerate((self.tr("Where the trigger points were charted"), self.tr("Resolved"), self.tr("New"),
                                   self.tr("Persisting"), self.tr("Active → latent"))):
            self.sites.horizontalHeaderItem(col).setToolTip(tip)
        self.sites.verticalHeader().setVisible(False)
        self.sites.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.sites.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col in range(1, 5):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        self.sites.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sites.setWordWrap(True)
        self.sites.setTextElideMode(Qt.TextElideMode.ElideNone)    # long muscle names (German) wrap:
        self.sites.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)   # as tall as they need
        side = QVBoxLayout()
        side.addWidget(self.summary)
        side.addWidget(self.sites, 1)
        side_box = QWidget()
        side_box.setLayout(side)
        side_box.setMinimumWidth(430)
        side_box.setMaximumWidth(520)

        middle = QHBoxLayout()
        left = QVBoxLayout()
        left.addLayout(images, 1)
        left.addLayout(legend)
        middle.addLayout(left, 1)
        middle.addWidget(side_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(pick)
        layout.addLayout(middle, 1)
        layout.addWidget(buttons)

        self.from_box.currentIndexChanged.connect(self.refresh)
        self.to_box.currentIndexChanged.connect(self.refresh)
        self.view_box.currentIndexChanged.connect(self._show_view)
        self.mode_box.currentIndexChanged.connect(self._show_view)
        self.resize(1380, 760)
        self.refresh()

    # ------------------------------------------------------------------
    def _chart(self, visit_id):
        if visit_id not in self._charts:
            self._charts[visit_id] = self.service.get_chart(visit_id)
        return self._charts[visit_id]

    def refresh(self) -> None:
        a, b = self.from_box.currentData(), self.to_box.currentData()
        if a is None or b is None:
            self.summary.setText(self.tr("This patient needs at least one charted visit to compare."))
            return
        try:
            self.comparison = self.progress.compare(a, b)
            self.before, self.after = self._chart(a), self._chart(b)
        except BodymapError as exc:
            QMessageBox.warning(self, self.tr("Compare visits"), i18n.message(exc))
            return
        current = self.view_box.currentData()
        used = [v.view for v in self.comparison.views
                if v.before_px or v.after_px or any(tp.view == v.view for tp in
                                                    (*self.before.trigger_points, *self.after.trigger_points))]
        views = used or [v.view for v in self.comparison.views if v.full_body]
        self.view_box.blockSignals(True)
        self.view_box.clear()
        for view_id in views:
            change = self.comparison.view(view_id)
            self.view_box.addItem(i18n.current().name("views", view_id, change.label if change else view_id), view_id)
        index = self.view_box.findData(current)
        self.view_box.setCurrentIndex(max(0, index))
        self.view_box.blockSignals(False)
        self._show_summary()
        self._show_view()

    def _show_view(self) -> None:
        view_id = self.view_box.currentData()
        if view_id is None or self.comparison is None:
            return
        c = self.comparison
        lang = i18n.current()
        self.before_title.setText(self.tr("<b>Earlier</b> · {date}").format(date=lang.date(self.before.visit.local_time())))
        self.after_title.setText(self.tr("<b>Later</b> · {date}").format(date=lang.date(self.after.visit.local_time())))
        self.before_image.setPixmap(QPixmap.fromImage(render_view_image(view_id, self.before, IMAGE_HEIGHT)))
        self.after_image.setPixmap(QPixmap.fromImage(render_view_image(view_id, self.after, IMAGE_HEIGHT)))
        image = render_view_image(view_id, None, IMAGE_HEIGHT)
        by_region = self.mode_box.currentData() == "regions"
        self.drawn_legend.setVisible(not by_region)
        self.region_legend.setVisible(by_region)
        change = c.view(view_id)
        if by_region and c.body_before is not None and c.body_after is not None:
            overlay_regions(image, view_id, region_changes(c.body_before, c.body_after))
        elif change is not None and change.new is not None:
            for kind in ("persisting", "resolved", "new"):
                overlay_mask(image, getattr(change, kind), kind)
        self.change_image.setPixmap(QPixmap.fromImage(image))

    def _show_summary(self) -> None:
        c = self.comparison
        lang = i18n.current()
        pain_a, pain_b = c.before.overall_pain, c.after.overall_pain
        pain = f"{pain_a if pain_a is not None else '–'} → {pain_b if pain_b is not None else '–'} /10"
        rows = []
        for v in c.views:
            if not (v.before_px or v.after_px):
                continue
            flag = "✔" if v.exceeds_error else "≈"
            vj = "—" if v.jaccard is None else percent(v.jaccard * 100, 0)
            rows.append(f"<tr><td>{html.escape(lang.name('views', v.view, v.label))}</td>"
                        f"<td align=right>{percent(v.before_percent)}</td>"
                        f"<td align=right>{percent(v.after_percent)}</td><td align=right>{number(v.change_points, 2, sign=True)}"
                        f" {flag}</td><td align=right>{vj}</td></tr>")
        table = ("<p style='margin-bottom:2px'>" + self.tr("<b>Per view</b> (share of the view's drawing)") + "</p>"
                 "<table cellspacing=0 cellpadding=3><tr><th align=left>" + self.tr("View") + "</th><th>"
                 + self.tr("Before") + "</th><th>" + self.tr("After") + "</th><th>" + self.tr("Change") + "</th><th>"
                 + self.tr("Same place") + "</th></tr>" + "".join(rows) + "</table>") if rows else ""
        t = c.totals()
        tps = self.tr("<b>Trigger points</b>: {before} → {after} active; {resolved} resolved, {new} new, "
                      "{persisting} persisting").format(
            before=c.before.trigger_points.active, after=c.after.trigger_points.active, resolved=t["resolved"],
            new=t["new"], persisting=t["persisting"])
        if t["active_to_latent"]:
            tps += self.tr(", {count} active → latent").format(count=t["active_to_latent"])
        self.summary.setText(
            body_summary(c)
            + "<p>" + self.tr("<b>Overall pain</b>: {pain}").format(pain=pain) + f"</p>{table}"
            + f"<p>{tps}</p>"
            + f"<p style='color:{theme.hex_colour('muted')}'>"
            + self.tr("Per view: ✔ change larger than the drawing error · ≈ within it") + "</p>")
        self.sites.setRowCount(len(c.sites))
        for row, s in enumerate(c.sites):
            table = {"muscle": "muscles", "region": "regions"}.get(s.kind)
            place = (lang.name(table, s.site, s.label) if table
                     else self.tr("Unlabelled site") if s.label == "Unlabelled site" else s.label)
            sides = {"left": self.tr("left"), "right": self.tr("right")}
            values = [self.tr("{place} ({side})").format(place=place, side=sides[s.side]) if s.side in sides else place,
                      s.resolved, s.new, s.persisting, s.active_to_latent]
            for col, value in enumerate(values):
                item = QTableWidgetItem(str(value) if value != 0 or col == 0 else "·")
                item.setToolTip(str(values[0]))
                if col:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.sites.setItem(row, col, item)
        self.sites.resizeRowsToContents()
