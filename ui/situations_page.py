"""The Situations section: the situations of concern, and for the one selected its risk heat
map (factor × assessment date), deterioration signals from its incidents, and its strategy
with overdue and blocked actions standing out.

Reads and writes go to the store worker through app.situations. A new assessment and a changed
action each save a new version (ui/situation_dialogs.py).
"""

from __future__ import annotations

import html
import logging
from datetime import date
from functools import partial
from typing import Any

from app.changes import Changes, Kind
from app.humanitarian import Humanitarian
from app.situations import Situations
from app.store import Store
from app.vocab import vocabularies
from ui.changes import RefreshWhenShown
from ui.coordination_panel import CoordinationPanel
from ui.engagement_panel import EngagementPanel
from ui.failures import failure_message_in
from ui.palette import BLOCKED, LEVEL_COLOURS, OVERDUE, ROW_TEXT
from ui.qt import (
    HAVE_CHARTS,
    QAbstractItemView,
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QColor,
    QComboBox,
    QDate,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QIcon,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QLocale,
    QPixmap,
    QPushButton,
    QSplitter,
    QStackedBarSeries,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QValueAxis,
    QVBoxLayout,
    QWidget,
)
from ui.signal_words import describe, rule
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import add_term, entity_short_name, tooltip_follows_item

log = logging.getLogger(__name__)

SITUATION_ID = Qt.ItemDataRole.UserRole


def _load(store: Store, situation_id: str) -> dict:
    situations = Situations(store)
    return {
        "situation": situations.get(situation_id),
        "heat": situations.heat_map(situation_id),
        "strategy": situations.strategy(situation_id),
        "assessments": situations.assessments(situation_id),
        "signals": situations.signals(situation_id),
        "incidents": len(situations.incident_ids(situation_id)),
    }


class SituationsPage(QWidget):
    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.vocab = vocabularies()
        self.current: str | None = None
        self.loaded: dict | None = None

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Situations of concern"))
        self.list.currentItemChanged.connect(self._selected)
        left_width = 320
        self.list.setMaximumWidth(left_width)
        self.list.setWordWrap(True)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)

        self.heat = QTableWidget()
        self.heat.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.heat.setAccessibleName(self.tr("Risk factors over time"))
        self.heat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.heat.horizontalHeader().setMinimumSectionSize(96)
        self.signals = QLabel()
        self.signals.setWordWrap(True)
        self.signals.setAlignment(Qt.AlignmentFlag.AlignTop)
        table = QTableWidget(0, 7)
        table.setAccessibleName(self.tr("Actions of the strategy"))
        self.actions = table
        self.actions.setHorizontalHeaderLabels(
            [
                self.tr("Action"),
                self.tr("Pillar"),
                self.tr("Level"),
                self.tr("Lead"),
                self.tr("Owner"),
                self.tr("Due"),
                self.tr("Status"),
            ]
        )
        self.actions.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.actions.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.actions.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.actions.verticalHeader().setVisible(False)
        self.objectives = QLabel()
        self.objectives.setWordWrap(True)

        self.assess_button = QPushButton(self.tr("New assessment…"))
        self.assess_button.clicked.connect(self.new_assessment)
        self.add_action_button = QPushButton(self.tr("Add action…"))
        self.add_action_button.clicked.connect(lambda: self.edit_action(None))
        self.edit_action_button = QPushButton(self.tr("Edit action…"))
        self.edit_action_button.clicked.connect(self._edit_selected_action)
        self.actions.doubleClicked.connect(lambda index: self.edit_action(index.row()))
        self.objectives_button = QPushButton(self.tr("Objectives…"))
        self.objectives_button.clicked.connect(self.edit_objectives)
        self.dialog: QWidget | None = None

        risk = QWidget()
        risk_layout = QVBoxLayout(risk)
        risk_layout.addWidget(self.heat, 1)
        risk_layout.addWidget(self.assess_button)
        strategy = QWidget()
        strategy_layout = QVBoxLayout(strategy)
        strategy_layout.addWidget(self.objectives)
        strategy_layout.addWidget(self.actions, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_action_button)
        buttons.addWidget(self.edit_action_button)
        buttons.addWidget(self.objectives_button)
        buttons.addStretch(1)
        strategy_layout.addLayout(buttons)
        self.tabs = QTabWidget()
        self.tabs.addTab(risk, self.tr("Risk heat map"))
        self.tabs.addTab(self.signals, self.tr("Signals"))
        self.tabs.addTab(strategy, self.tr("Strategy"))
        self.dashboard_tab = self._make_dashboard()
        self.tabs.addTab(self.dashboard_tab, self.tr("Dashboard"))
        # the engagement log; the task force and the guidance to the RC/HC
        self.engagement = EngagementPanel(store, lang=lang)
        self.coordination = CoordinationPanel(store, lang=lang)
        self.tabs.addTab(self.engagement, self.tr("Engagement log"))
        self.tabs.addTab(self.coordination, self.tr("Task force and guidance"))

        self.review_button = QPushButton(self.tr("Quarterly review…"))
        self.review_button.clicked.connect(self.show_review)
        self.new_button = QPushButton(self.tr("New situation…"))
        self.new_button.clicked.connect(lambda: self.edit_situation(new=True))
        self.edit_button = QPushButton(self.tr("Edit situation…"))
        self.edit_button.clicked.connect(lambda: self.edit_situation(new=False))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.new_button)
        left_layout.addWidget(self.edit_button)
        left_layout.addWidget(self.review_button)
        self.timeline_button = QPushButton(self.tr("Timeline…"))
        self.timeline_button.setToolTip(
            self.tr("From the first warning to action: the situation's timeline")
        )
        self.timeline_button.clicked.connect(self.show_timeline)
        left_layout.addWidget(self.timeline_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.title)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.tabs, 1)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([240, 960])
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self.reload = RefreshWhenShown(self, self.refresh)
        self.refresh()

    # ---- dashboard ---------------------------------------------------------------------------
    def _make_dashboard(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.chart_filter = QComboBox()
        self.chart_filter.addItem(self.tr("All confidentiality levels"), None)
        for term in self.vocab.terms("confidentiality"):
            add_term(self.chart_filter, term, self.lang)
        tooltip_follows_item(self.chart_filter)
        self.chart_filter.currentIndexChanged.connect(lambda _i: self.load_charts())
        self.chart_data: dict | None = None
        row = QHBoxLayout()
        label = QLabel(self.tr("Confidentiality"))
        label.setBuddy(self.chart_filter)
        row.addWidget(label)
        row.addWidget(self.chart_filter)
        row.addStretch(1)
        layout.addLayout(row)
        if not HAVE_CHARTS:
            layout.addWidget(
                QLabel(
                    self.tr(
                        "Charts need Qt's chart module (PySide6-Addons), which is not installed."
                    )
                )
            )
            self.time_chart = self.region_chart = self.aid_chart = None
            self.aid_notes = QLabel()
            layout.addWidget(self.aid_notes)
            return page
        self.time_chart, self.region_chart = QChartView(), QChartView()
        for view in (self.time_chart, self.region_chart):
            view.setMinimumHeight(220)
        self.time_chart.setAccessibleName(self.tr("Acts per week, by violation type"))
        self.region_chart.setAccessibleName(self.tr("Acts by region, last 26 weeks"))
        # the violation types beside the chart, whole and wrapped: the chart's own legend
        # cut every label short ("Att… Att…") once there were more than a few types
        self.time_legend = QListWidget()
        self.time_legend.setAccessibleName(self.tr("Violation types in the chart"))
        self.time_legend.setWordWrap(True)
        self.time_legend.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.time_legend.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.time_legend.setMaximumWidth(max(180, self.fontMetrics().averageCharWidth() * 28))
        self.time_legend.setFrameShape(QListWidget.Shape.NoFrame)
        self.time_legend.viewport().setAutoFillBackground(False)
        row = QHBoxLayout()
        row.addWidget(self.time_chart, 1)
        row.addWidget(self.time_legend)
        layout.addLayout(row, 1)
        layout.addWidget(self.region_chart, 1)
        # humanitarian series of the situation's places (app.humanitarian), on the same weeks
        self.aid_chart = QChartView()
        self.aid_chart.setMinimumHeight(220)
        self.aid_chart.setAccessibleName(self.tr("Humanitarian figures per week"))
        self.aid_notes = QLabel()
        self.aid_notes.setWordWrap(True)
        self.aid_notes.setAccessibleName(self.tr("Humanitarian figures beside the violations"))
        layout.addWidget(self.aid_chart, 1)
        layout.addWidget(self.aid_notes)
        return page

    def week_labels(self, weeks: list[str]) -> list[str]:
        """The time axis: every fourth week, counted back from the last, by the date it ends
        on in the interface's language ("5 Dec", "5 déc.", "٥ ديسمبر"); the others blank, made
        unique by invisible characters as the axis needs distinct categories (a date under
        each narrow bar would not fit)."""
        locale = QLocale()
        form = locale.dateFormat(QLocale.FormatType.ShortFormat)
        form = "d MMM" if "y" in form else form  # the month's name and the day; no year
        last = len(weeks) - 1
        return [
            locale.toString(QDate.fromString(week, "yyyy-MM-dd"), form)
            if (last - i) % 4 == 0
            else "\u200b" * (i + 1)
            for i, week in enumerate(weeks)
        ]

    def load_charts(self) -> None:
        if self.current is None:
            return
        store, situation_id = self.store, self.current
        level = self.chart_filter.currentData()

        def load() -> dict[str, Any]:
            situations = Situations(store)
            data = situations.chart_data(situation_id, confidentiality=level)
            situation = situations.get(situation_id)
            end = date.fromisoformat(data["weeks"][-1])
            data["humanitarian"] = Humanitarian(store).beside(
                situation["country"], situation["regions"], end=end, weeks=len(data["weeks"])
            )
            return data

        run_in_background(
            load,
            self._show_charts,
            self._failed,
            parent=self,
        )

    def _show_charts(self, data: dict) -> None:
        self.chart_data = data
        if not HAVE_CHARTS:
            self._show_humanitarian(data.get("humanitarian") or {"series": [], "compare": []}, [])
            return
        weeks = self.week_labels(data["weeks"])
        series = QStackedBarSeries()
        for kind, counts in data["by_type"].items():
            bars = QBarSet(self._label("violation", kind))
            bars.append([float(x) for x in counts])
            series.append(bars)
        locale = QLocale()
        chart = self._chart(
            fill(
                self.tr("Acts per week, by violation type, to {end}"),
                end=locale.toString(
                    QDate.fromString(data["weeks"][-1], "yyyy-MM-dd"),
                    QLocale.FormatType.LongFormat,
                ),
            ),
            series,
            weeks,
            max((sum(c) for c in zip(*data["by_type"].values(), strict=True)), default=0),
        )
        axis = chart.axes(Qt.Orientation.Horizontal)[0]
        axis.setTitleText(self.tr("Week ending on"))
        axis.setLabelsAngle(-90)  # a date is wider than a week's bar: upright, never cut
        chart.legend().hide()
        self.time_chart.setChart(chart)
        self.time_legend.clear()
        for bars in series.barSets():
            swatch = QPixmap(14, 14)
            swatch.fill(bars.color())
            item = QListWidgetItem(QIcon(swatch), bars.label())
            item.setToolTip(bars.label())
            self.time_legend.addItem(item)
        regions = data["by_region"]
        bars = QBarSet(self.tr("Acts"))
        bars.append([float(x) for x in regions.values()])
        series = QBarSeries()
        series.append(bars)
        self.region_chart.setChart(
            self._chart(
                self.tr("Acts by region, last 26 weeks"),
                series,
                [r or self.tr("(no region)") for r in regions],
                max(regions.values(), default=0),
            )
        )

        self._show_humanitarian(data.get("humanitarian") or {"series": [], "compare": []}, weeks)

    def _show_humanitarian(self, found: dict[str, Any], weeks: list[str]) -> None:
        """The humanitarian series beside the acts: one bar set per dataset, place and
        measure (a week without a figure is an empty bar), and what changed where acts rose."""
        notes = []
        for place in found["compare"]:
            rose = [self._label("violation", v["type"]) for v in place["violations"] if v["rose"]]
            for m in place["measures"]:
                if m["ratio"] is None:
                    continue
                notes.append(
                    fill(
                        self.tr("{measure} in {place}: {ratio}× the 12 weeks before; {acts}"),
                        measure=m["measure"],
                        place=place["place"],
                        ratio=QLocale().toString(float(m["ratio"]), "f", 1),
                        acts=fill(self.tr("acts rose: {types}"), types=", ".join(rose))
                        if rose
                        else self.tr("no act type rose"),
                    )
                )
        if not found["series"]:
            notes = [self.tr("No humanitarian series is held for this situation's places.")]
        self.aid_notes.setText("\n".join(notes))
        if self.aid_chart is None:
            return
        series = QBarSeries()
        top = 0.0
        for item in found["series"]:
            bars = QBarSet(
                fill(
                    self.tr("{measure} in {place} ({dataset})"),
                    measure=item["measure"],
                    place=item["place"],
                    dataset=item["name"],
                )
            )
            bars.append([float(x or 0) for x in item["values"]])
            top = max([top, *(x or 0 for x in item["values"])])
            series.append(bars)
        chart = self._chart(self.tr("Humanitarian figures per week"), series, weeks, int(top))
        chart.axes(Qt.Orientation.Horizontal)[0].setLabelsAngle(-90)
        self.aid_chart.setChart(chart)

    def _chart(self, title: str, series, categories: list[str], top: int):
        chart = QChart()
        chart.setTitle(title)
        chart.addSeries(series)
        axis_x = QBarCategoryAxis()
        axis_x.append(categories)
        if len(categories) > 12:  # narrow bars: smaller labels, so "12" and "24" fit
            font = QFont(axis_x.labelsFont())
            font.setPointSizeF(max(6.0, font.pointSizeF() * 0.75))
            axis_x.setLabelsFont(font)
        axis_y = QValueAxis()
        axis_y.setRange(0, max(1, top))
        axis_y.applyNiceNumbers()
        axis_y.setLabelFormat("%d")
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis_x)
        series.attachAxis(axis_y)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    # ---- editing -----------------------------------------------------------------------------
    def new_assessment(self) -> None:
        if self.loaded is None:
            return
        from ui.situation_dialogs import AssessmentDialog

        latest = self.loaded["assessments"][-1] if self.loaded["assessments"] else None
        dialog = AssessmentDialog(self.store, self.current, latest, self, lang=self.lang)
        dialog.saved.connect(lambda _doc: self._reload())
        self.dialog = dialog
        dialog.open()

    def edit_situation(self, *, new: bool) -> None:
        from ui.situation_dialogs import SituationDialog

        if not new and self.loaded is None:
            return
        current = None if new else self.loaded["situation"]
        dialog = SituationDialog(self.store, current, self, lang=self.lang)
        dialog.saved.connect(self._situation_saved)
        self.dialog = dialog
        dialog.open()

    def _situation_saved(self, result: object) -> None:
        # a new situation's id, or an edited situation's document
        self.current = result if isinstance(result, str) else result["id"]
        self.refresh()

    def show_review(self) -> None:
        from ui.review_dialog import ReviewDialog

        dialog = ReviewDialog(self.store, self, lang=self.lang)
        self.dialog = dialog
        dialog.open()

    def show_timeline(self) -> None:
        if self.current is None:
            return
        from ui.timeline_dialog import TimelineDialog

        dialog = TimelineDialog(self.store, self.current, self, lang=self.lang)
        self.dialog = dialog
        dialog.open()

    def _edit_selected_action(self) -> None:
        rows = self.actions.selectionModel().selectedRows()
        if rows:
            self.edit_action(rows[0].row())
        elif self.actions.currentRow() >= 0:
            self.edit_action(self.actions.currentRow())

    def edit_action(self, index: int | None) -> None:
        if self.loaded is None:
            return
        from ui.situation_dialogs import ActionDialog

        dialog = ActionDialog(
            self.store, self.current, self.loaded["strategy"], index, self, lang=self.lang
        )
        dialog.saved.connect(lambda _doc: self._reload())
        self.dialog = dialog
        dialog.open()

    def edit_objectives(self) -> None:
        if self.loaded is None or self.current is None:
            return
        from ui.situation_dialogs import ObjectivesDialog

        dialog = ObjectivesDialog(self.store, self.current, self.loaded["strategy"], self)
        dialog.saved.connect(lambda _doc: self._reload())
        self.dialog = dialog
        dialog.open()

    def _reload(self) -> None:
        item = self.list.currentItem()
        self._selected(item)

    def _entity(self, code: str) -> str:
        return entity_short_name(code, self.lang)

    def _label(self, kind: str, code: str | None) -> str:
        if code is None:
            return ""
        term = self.vocab.term(kind, code)
        return term.label(self.lang) if term else code

    # ---- loading ---------------------------------------------------------------------------
    def on_changes(self, changes: Changes) -> None:
        """Situations, their assessments and strategies, and the incidents their signals
        count: reload when any changed (now if shown, else when next shown)."""
        if changes.touches(Kind.SITUATIONS, Kind.ASSESSMENTS, Kind.STRATEGIES, Kind.INCIDENTS):
            self.reload.request()

    def refresh(self) -> None:
        store = self.store
        run_in_background(
            lambda: Situations(store).list(), self._show_list, self._failed, parent=self
        )

    def select_situation(self, situation_id: str) -> None:
        """Show this situation: at once if the list has it, else once the list is reloaded."""
        self.current = situation_id
        for row in range(self.list.count()):
            if self.list.item(row).data(SITUATION_ID) == situation_id:
                self.list.setCurrentRow(row)
                return
        self.refresh()  # added since the list was loaded, or the list is still on its way

    def _failed(self, exc: Exception) -> None:
        log.error("loading situations failed: %s", type(exc).__name__)
        self.summary.setText(
            failure_message_in(self.tr("The situations could not be loaded."), exc)
        )

    def _show_list(self, rows: list[dict]) -> None:
        blocked = self.list.blockSignals(True)  # clearing moves the selection (self.current)
        self.list.clear()
        self.list.blockSignals(blocked)
        for row in rows:
            status = self._label("situation-status", row["status"])
            item = QListWidgetItem(f"{row['name']} — {status}")
            item.setData(SITUATION_ID, row["id"])
            self.list.addItem(item)
        if rows:
            ids = [r["id"] for r in rows]
            self.list.setCurrentRow(ids.index(self.current) if self.current in ids else 0)
        else:
            self.title.setText(self.tr("No situation of concern yet. Add one with New situation…."))

    def _selected(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is None:
            return
        self.current = item.data(SITUATION_ID)
        run_in_background(
            partial(_load, self.store, self.current), self._show, self._failed, parent=self
        )

    def _show(self, data: dict) -> None:
        if data["situation"]["id"] != self.current:
            return  # another situation was chosen meanwhile
        self.loaded = data
        s = data["situation"]
        self.title.setText(
            f"<b>{s['name']}</b> ({s['country']}"
            f"{': ' + ', '.join(s['regions']) if s['regions'] else ''})"
        )
        self.summary.setText(
            fill(
                self.tr("{status} · {count} incidents · owner {owner}"),
                status=self._label("situation-status", s["status"]),
                count=data["incidents"],
                owner=s["owner"] or "—",
            )
        )
        self._show_heat(data["heat"])
        self._show_signals(data["signals"])
        self._show_strategy(data["strategy"])
        self.load_charts()
        self.engagement.show_situation(s["id"])
        self.coordination.show_situation(s["id"])

    def _show_heat(self, heat) -> None:
        """Column 0 names the factor (wrapped); one column per assessment date after it."""
        self.heat.clear()
        self.heat.setRowCount(len(heat.factors) + 1)
        self.heat.setColumnCount(len(heat.dates) + 1)
        self.heat.setHorizontalHeaderLabels([self.tr("Risk factor"), *heat.dates])
        self.heat.verticalHeader().setVisible(False)
        self.heat.setWordWrap(True)
        header = self.heat.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Fixed)
        self.heat.setColumnWidth(0, 330)
        labels = [f"{i + 1}. {self._label('risk-factor', f)}" for i, f in enumerate(heat.factors)]
        for r, text in enumerate([*labels, self.tr("Overall")]):
            item = QTableWidgetItem(text)
            item.setToolTip(text)
            self.heat.setItem(r, 0, item)
        for r, row in enumerate([*heat.cells, heat.overall]):
            for c, level in enumerate(row):
                item = QTableWidgetItem(self._label("risk-level", level) if level else "")
                item.setData(Qt.ItemDataRole.UserRole, level)
                if level in LEVEL_COLOURS:
                    background, text = LEVEL_COLOURS[level]
                    item.setBackground(QColor(background))
                    item.setForeground(QColor(text))
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.heat.setItem(r, c + 1, item)
        self.heat.resizeRowsToContents()

    def _show_signals(self, found: dict) -> None:
        """Each signal in plain words (ui.signal_words), all incidents first, then each type
        that raised an alert; the rule in plain words below, its statistical wording for
        whoever wants it in the tooltip."""
        lines = [
            fill(
                self.tr("<b>All incidents:</b> {reason}"),
                reason=html.escape(describe(found["overall"])),
            )
        ]
        for kind, signal in found["by_type"].items():
            if signal["flagged"]:
                lines.append(
                    fill(
                        self.tr("<b>{type}:</b> {reason}"),
                        type=html.escape(self._label("violation", kind)),
                        reason=html.escape(describe(signal)),
                    )
                )
        flagged = found["overall"]["flagged"] or any(
            x["flagged"] for x in found["by_type"].values()
        )
        # upright: the bundled Arabic and Chinese fonts have no italic
        lines.append("<br>" + html.escape(rule()))
        self.signals.setText("<br>".join(lines))
        self.signals.setToolTip(found["overall"]["rule"])
        self.tabs.setTabText(1, self.tr("Signals ⚠") if flagged else self.tr("Signals"))

    def _show_strategy(self, strategy: dict | None) -> None:
        if strategy is None:
            self.objectives.setText(self.tr("No strategy yet."))
            self.actions.setRowCount(0)
            return
        self.objectives.setText(
            fill(
                self.tr("Version {version}. Objectives: {objectives}"),
                version=strategy["version"],
                objectives="; ".join(strategy["objectives"]) or "—",
            )
        )
        actions = strategy["actions"]
        self.actions.setRowCount(len(actions))
        for r, a in enumerate(actions):
            status = self._label("action-status", a["status"])
            if a["overdue"]:
                status = fill(self.tr("{status} — overdue"), status=status)
            cells = [
                a["title"],
                self._label("strategy-pillar", a["pillar"]),
                self._label("strategy-level", a["level"]),
                self._entity(a["lead"]),
                a["owner"] or "",
                a["due"] or "",
                status,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if a["overdue"]:
                    item.setBackground(OVERDUE)
                    item.setForeground(ROW_TEXT)
                elif a["blocked"]:
                    item.setBackground(BLOCKED)
                    item.setForeground(ROW_TEXT)
                self.actions.setItem(r, c, item)
