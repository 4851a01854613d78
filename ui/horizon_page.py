"""The Horizon page: the horizon scan (app.scan) of every region and country the device holds,
ranked, with what each flagged place is, whether a situation of concern covers it, and a way
to propose one where none does.

The scan runs on the store worker when the officer presses Scan (never by itself: each scan is
recorded in the store's watch list, and the next one marks what is new against it). The result
stays on the page until the next scan, whichever page the officer goes to meanwhile; a change
to the records or the situations only says that the result may be out of date.
"""

from __future__ import annotations

import html
import logging
from datetime import date
from typing import Any

from app import scan as scan_
from app import scope_counts
from app.changes import Changes, Kind
from app.store import Store
from app.vocab import vocabularies
from ui.failures import failure_message_in
from ui.palette import ERROR_TEXT, NOTICE_BG, NOTICE_TEXT
from ui.qt import (
    QAbstractItemView,
    QColor,
    QComboBox,
    QDate,
    QFont,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.signal_words import _locale, _number, _times
from ui.tasks import run_in_background
from ui.text import fill
from ui.vocab_widgets import add_term, tooltip_follows_item
from ui.widgets import DateField

log = logging.getLogger(__name__)

ENTRY = Qt.ItemDataRole.UserRole  # column 0: the entry's index in the result
SORT = Qt.ItemDataRole.UserRole + 1  # every column: the value to sort by
RANK, PLACE, COUNTRY, NEW, SIGNAL, RATES, RATIO, P, STANDARD, COVERAGE = range(10)


class _Cell(QTableWidgetItem):
    """A cell that sorts by its SORT value (a number, or the text folded) rather than its
    text, so that 10 comes after 9 and ranks sort as ranks."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT), other.data(SORT)
        if mine is None or theirs is None or type(mine) is not type(theirs):
            return super().__lt__(other)
        return bool(mine < theirs)


def _scan(store: Store, to: date | None, standard: str, lang: str) -> dict[str, Any]:
    """On the worker: the scan, recorded in the watch list."""
    return scan_.scan(store, to, standard=standard, watch=True, lang=lang)


class HorizonPage(QWidget):
    """Scan, see the ranked places, read one, and propose or open its situation.

    Emits `openSituation(id)` for the window to show that situation, and `situationProposed(id)`
    once a proposed situation is saved."""

    openSituation = Signal(str)  # Qt signal naming
    situationProposed = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None, *, lang: str = "en") -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.vocab = vocabularies()
        self.result: dict[str, Any] | None = None
        self.scanning = False
        self.dialog: QWidget | None = None
        self._generation = 0

        # ---- the bar: as of, the standard of proof, Scan ----
        self.to_field = DateField(
            self.tr("To"),
            QDate.currentDate(),
            optional=False,
            maximum=QDate.currentDate().addDays(1),
        )
        self.to_field.setToolTip(self.tr("The scan's last day: its last four weeks end here"))
        to_label = QLabel(self.tr("&To"))
        to_label.setBuddy(self.to_field)
        # a two-letter label came out a pixel short of its text ("T" and half an "o")
        to_label.setMinimumWidth(
            to_label.sizeHint().width() + to_label.fontMetrics().averageCharWidth()
        )
        self.standard = QComboBox()
        self.standard.setAccessibleName(self.tr("Standard of proof"))
        for term in self.vocab.terms("verification"):
            if (term.rank or 0) > 0:
                add_term(self.standard, term, lang)
        self.standard.setCurrentIndex(max(0, self.standard.findData(scan_.DEFAULT_STANDARD)))
        tooltip_follows_item(self.standard)
        standard_label = QLabel(self.tr("Standard of &proof"))
        standard_label.setBuddy(self.standard)
        self.scan_button = QPushButton(self.tr("&Scan"))
        self.scan_button.setToolTip(
            self.tr("Test every region and country the records name for a recent rise")
        )
        self.scan_button.clicked.connect(self.start_scan)
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the scan says nothing of how far it is
        self.progress.setTextVisible(False)
        self.progress.setMaximumWidth(120)
        self.progress.setAccessibleName(self.tr("Scan in progress"))
        self.progress.hide()
        self.state = QLabel()
        bar = QHBoxLayout()
        bar.addWidget(to_label)
        bar.addWidget(self.to_field)
        bar.addSpacing(12)
        bar.addWidget(standard_label)
        bar.addWidget(self.standard)
        bar.addWidget(self.scan_button)
        bar.addWidget(self.progress)
        bar.addWidget(self.state, 1)

        # ---- what the scan ran on, and how it ranks ----
        self.header = QLabel(
            self.tr(
                "Press Scan to test every region and country the records name for a recent "
                "rise, including places no situation of concern covers yet."
            )
        )
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.PlainText)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setStyleSheet(f"color: {ERROR_TEXT}")
        self.problem.hide()
        self.how_button = QToolButton()
        self.how_button.setText(self.tr("How is this ranked?"))
        self.how_button.setCheckable(True)
        self.how_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.how_button.setArrowType(Qt.ArrowType.RightArrow)
        self.how_button.toggled.connect(self._toggle_how)
        self.how = QLabel(self.how_text())
        self.how.setWordWrap(True)
        self.how.setTextFormat(Qt.TextFormat.PlainText)
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.how.hide()

        # ---- the ranked places ----
        self.table = QTableWidget(0, 10)
        self.table.setAccessibleName(self.tr("Places flagged by the scan, ranked"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Rank"),
                self.tr("Place"),
                self.tr("Country"),
                self.tr("New"),
                self.tr("Strongest signal"),
                self.tr("Per week"),
                self.tr("Ratio"),
                self.tr("Adjusted p"),
                self.tr("At standard"),
                self.tr("Situation"),
            ]
        )
        tips = {
            NEW: self.tr("Not flagged by the previous scan"),
            RATES: self.tr(
                "Acts a week in the last four weeks / a week in the 26 weeks before them"
            ),
            RATIO: self.tr("How many times the weekly rate before: the rate ratio"),
            P: self.tr(
                "The chance of a rise this large by chance alone, corrected for the many places "
                "and types tested at once (Benjamini-Hochberg)"
            ),
            STANDARD: self.tr(
                "Acts at or above the standard of proof in the last four weeks, and whether "
                "the rise is seen in them alone"
            ),
            COVERAGE: self.tr("The situations of concern that take in the place's acts"),
        }
        for column, tip in tips.items():
            heading = self.table.horizontalHeaderItem(column)
            if heading is not None:
                heading.setToolTip(tip)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)  # the situations: what is left
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)  # the whole text: its tooltip
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _index: self._act_on_selected())

        # ---- the place chosen ----
        self.detail_title = QLabel()
        self.detail_title.setWordWrap(True)
        self.detail_title.setTextFormat(Qt.TextFormat.PlainText)
        self.detail_title.setFont(self._bold(self.font()))
        self.detail = QTextBrowser()
        self.detail.setAccessibleName(self.tr("The place chosen: signals, risk and figures"))
        self.detail.setOpenLinks(False)
        self.propose_button = QPushButton(self.tr("P&ropose a situation…"))
        self.propose_button.setToolTip(
            self.tr("A new situation of concern with this place, period and violation types")
        )
        self.propose_button.clicked.connect(self.propose)
        self.open_button = QPushButton(self.tr("&Open situation"))
        self.open_button.setToolTip(self.tr("Show the situation that covers this place"))
        self.open_button.clicked.connect(self.open_covering)
        for button in (self.propose_button, self.open_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.propose_button)
        buttons.addWidget(self.open_button)
        buttons.addStretch(1)
        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.addWidget(self.detail_title)
        panel_layout.addWidget(self.detail, 1)
        panel_layout.addLayout(buttons)

        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(panel)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        how_row = QHBoxLayout()
        how_row.addWidget(self.how_button)
        how_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(self.header)
        layout.addWidget(self.problem)
        layout.addLayout(how_row)
        layout.addWidget(self.how)
        layout.addWidget(splitter, 1)

    # ---- words ----------------------------------------------------------------------------
    @staticmethod
    def _bold(font: QFont) -> QFont:
        bold = QFont(font)
        bold.setBold(True)
        return bold

    def how_text(self) -> str:
        """The test and the rank rule in plain words, with the scan's own settings."""
        loc = _locale()
        test = fill(
            self.tr(
                "The test: for every admin 1 region and every country, each violation type and "
                "all types together, the acts of the last {recent} weeks are compared with the "
                "{baseline} weeks before. A place is flagged when its rise is too large to be "
                "chance once corrected for the many places and types tested at once "
                "(Benjamini-Hochberg, false discovery rate {q}), with a rate at least {ratio} "
                "times the one before and at least {least} recent acts."
            ),
            recent=loc.toString(scan_.RECENT_WEEKS),
            baseline=loc.toString(scan_.BASELINE_WEEKS),
            q=_times(scan_.Q),
            ratio=_times(scan_.MIN_RATIO),
            least=loc.toString(scan_.MIN_RECENT),
        )
        rank = fill(
            self.tr(
                "The rank: first the places whose rise is seen in the acts at or above the "
                "chosen standard of proof alone (at least {least} such acts in the last {recent} "
                "weeks, at least {ratio} times the rate before), then the others. Within each, "
                "by adjusted p (smallest first), then by ratio (largest first), then by acts at "
                "or above the standard in the last {recent} weeks (most first). A place's "
                "strongest signal is the one that ranks it."
            ),
            least=loc.toString(scan_.MIN_RECENT),
            recent=loc.toString(scan_.RECENT_WEEKS),
            ratio=_times(scan_.MIN_RATIO),
        )
        return f"{test}\n\n{rank}"

    def _label(self, kind: str, code: str | None) -> str:
        if code is None:
            return self.tr("All types")
        term = self.vocab.term(kind, code)
        return term.label(self.lang) if term else code

    def _data_text(self, result: dict[str, Any]) -> str:
        """What the scan ran on: known sources in the interface's language, else the scan's
        own words."""
        source = result.get("source")
        if source == scan_.SOURCE:
            return self.tr("the device's own records")
        info = result.get("hq_counts")
        if source in (scope_counts.SOURCE, f"{scope_counts.SOURCE}+{scan_.SOURCE}") and info:
            text = fill(
                self.tr(
                    "HQ's weekly counts over all of the scope's records ({countries}, as of "
                    "{day}; small weeks suppressed, counted so that they can only make a rise "
                    "harder to flag)"
                ),
                countries=", ".join(info["countries"]),
                day=info["as_of"],
            )
            if source != scope_counts.SOURCE:
                text += " " + self.tr("and the device's own records elsewhere")
            return text
        return str(result.get("data") or source or "")

    def _source_text(self, source: str) -> str:
        """Which data a place's figures come from, in the interface's language."""
        if source == scope_counts.SOURCE:
            return self.tr("HQ's weekly counts")
        if source == scan_.SOURCE:
            return self.tr("the device's own records")
        return source

    def _place_text(self, place: dict[str, Any]) -> str:
        if place["level"] == "country":
            return fill(self.tr("{place} (country)"), place=place["name"])
        return fill(self.tr("{place} (region)"), place=place["name"])

    def _ratio(self, value: float | None, estimated: bool = False) -> str:
        if value is None:
            return self.tr("from none")
        if estimated:  # on HQ's counts with a suppressed week: the least it can be
            return fill(self.tr("at least {ratio}×"), ratio=_number(value))
        return fill(self.tr("{ratio}×"), ratio=_number(value))

    def _p(self, value: float) -> str:
        if value < 0.0001:
            return fill(self.tr("< {p}"), p=_locale().toString(0.0001, "f", 4))
        return _locale().toString(float(value), "f", 4)

    def _coverage(self, entry: dict[str, Any]) -> tuple[str, str]:
        """('covered' | 'partly' | 'none', the words)."""
        if entry["covered"]:
            return "covered", ", ".join(x["name"] for x in entry["covered_by"])
        names: dict[str, str] = {}
        for s in entry["signals"]:
            for x in [*s["covered_by"], *s["partly_covered_by"]]:
                names.setdefault(x["id"], x["name"])
        if names:
            return "partly", fill(
                self.tr("Partly: {situations}"), situations=", ".join(names.values())
            )
        return "none", self.tr("No situation")

    def _covering_ids(self, entry: dict[str, Any]) -> list[str]:
        ids = [x["id"] for x in entry["covered_by"]]
        for s in entry["signals"]:
            ids += [x["id"] for x in [*s["covered_by"], *s["partly_covered_by"]]]
        return list(dict.fromkeys(ids))

    # ---- scanning -------------------------------------------------------------------------
    def start_scan(self) -> None:
        """Scan with the bar's day and standard (the day's problem shown if it is none)."""
        # a day after tomorrow would read the weeks to come as weeks without acts, and the
        # watch list would keep it as the last scan (every place of the next one "new")
        self.to_field.maximum = QDate.currentDate().addDays(1)
        problem = self.to_field.problem()
        if problem:
            self.to_field.check()
            self._show_problem(problem)
            return
        value = self.to_field.value()
        to = date(value.year(), value.month(), value.day()) if value is not None else None
        self.run_scan(to, str(self.standard.currentData()))

    def run_scan(self, to: date | None, standard: str) -> None:
        """Scan as of `to` (None: today) counting acts at or above `standard` apart, on the
        worker; the page says it is scanning meanwhile and keeps the last result shown."""
        self._generation += 1
        generation = self._generation
        self.scanning = True
        self.scan_button.setEnabled(False)
        self.progress.show()
        self.state.setText(self.tr("Scanning…"))
        self.problem.hide()
        store, lang = self.store, self.lang
        run_in_background(
            lambda: _scan(store, to, standard, lang),
            on_success=lambda result: self._scanned(generation, result),
            on_failure=lambda exc: self._failed(generation, exc),
            parent=self,
        )

    def _done(self) -> None:
        self.scanning = False
        self.scan_button.setEnabled(True)
        self.progress.hide()

    def _scanned(self, generation: int, result: dict[str, Any]) -> None:
        if generation != self._generation:
            return
        self._done()
        self.state.setText("")
        self.show_result(result)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._done()
        self.state.setText("")
        log.error("the horizon scan failed: %s", type(exc).__name__)
        self._show_problem(failure_message_in(self.tr("The scan could not be run."), exc))

    def _show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.show()

    def on_changes(self, changes: Changes) -> None:
        """Records or situations changed: the result shown may be out of date (never scanned
        again by itself: each scan is recorded in the watch list)."""
        if self.result is not None and changes.touches(Kind.INCIDENTS, Kind.SITUATIONS):
            self.state.setText(self.tr("The records have changed since this scan: scan again."))

    # ---- showing --------------------------------------------------------------------------
    def show_result(self, result: dict[str, Any]) -> None:
        self.result = result
        loc = _locale()
        regions = self.tr("%n region(s)", "", int(result["places"]["regions"]))
        countries = self.tr("%n country(ies)", "", int(result["places"]["countries"]))
        series = self.tr("%n series", "", int(result["series_tested"]))
        flagged = self.tr("%n place(s) flagged", "", int(result["flagged"]))
        lines = [
            fill(
                self.tr(
                    "Scan as of {date}, on {data}: {regions} and {countries} tested, {series} "
                    "in all; {flagged}."
                ),
                date=result["as_of"],
                data=self._data_text(result),
                regions=regions,
                countries=countries,
                series=series,
                flagged=flagged,
            ),
            fill(
                self.tr(
                    "The last {recent} weeks ({recent_from} to {recent_to}) against the "
                    "{baseline} weeks before; acts counted apart at {standard} or above."
                ),
                recent=loc.toString(int(result["recent"]["weeks"])),
                recent_from=result["recent"]["from"],
                recent_to=result["recent"]["to"],
                baseline=loc.toString(int(result["baseline"]["weeks"])),
                standard=self._label("verification", result["standard"]),
            ),
            fill(
                self.tr("Previous scan: as of {date}. New: not flagged by it."),
                date=result["previous_scan"],
            )
            if result["previous_scan"]
            else self.tr("No previous scan: every place flagged is new."),
        ]
        self.header.setText("\n".join(lines))
        self.how_button.setToolTip(f"{result['rule']}\n\n{result['rank_rule']}")
        self._fill_table(result["entries"])
        if not result["entries"]:
            self.detail_title.setText(self.tr("Nothing flagged."))
            self.detail.clear()

    def _fill_table(self, entries: list[dict[str, Any]]) -> None:
        self.table.setSortingEnabled(False)
        self.table.clearSelection()
        self.table.setRowCount(len(entries))
        bold = self._bold(self.table.font())
        for row, entry in enumerate(entries):
            best = entry["signals"][0]
            standard = best["at_standard"]
            how, covered = self._coverage(entry)
            place = self._place_text(entry["place"])
            ratio = best["rate_ratio"]
            cells: list[tuple[str, Any]] = [
                (_locale().toString(int(entry["rank"])), int(entry["rank"])),
                (place, place.casefold()),
                (entry["place"]["country_name"], entry["place"]["country_name"].casefold()),
                (self.tr("New") if entry["new"] else "", 0 if entry["new"] else 1),
                (self._label("violation", best["violation"]), None),
                (
                    fill(
                        self.tr("{recent} / {before}"),
                        recent=_number(best["recent_rate_per_week"]),
                        before=_number(best["baseline_rate_per_week"]),
                    ),
                    float(best["recent_rate_per_week"]),
                ),
                (
                    self._ratio(ratio, bool(best.get("estimated"))),
                    float("inf") if ratio is None else float(ratio),
                ),
                (self._p(best["p_adjusted"]), float(best["p_adjusted"])),
                (
                    fill(
                        self.tr("{count}, rise seen")
                        if standard["rise"]
                        else self.tr("{count}, no rise"),
                        count=_locale().toString(int(standard["recent_count"])),
                    ),
                    int(standard["recent_count"]),
                ),
                (
                    covered,
                    (0 if how == "none" else 1 if how == "partly" else 2, covered.casefold()),
                ),
            ]
            items = [_Cell(text) for text, _key in cells]
            for column, (item, (text, key)) in enumerate(zip(items, cells, strict=True)):
                item.setData(SORT, key)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
            items[RANK].setData(ENTRY, row)
            if entry["new"]:
                items[NEW].setFont(bold)
            coverage = items[COVERAGE]
            if how == "none":
                coverage.setFont(bold)
                coverage.setBackground(QColor(NOTICE_BG))
                coverage.setForeground(QColor(NOTICE_TEXT))
            items[RANK].setData(
                Qt.ItemDataRole.AccessibleTextRole,
                fill(
                    self.tr("Rank {rank}: {place}, {country}; {situation}"),
                    rank=entry["rank"],
                    place=place,
                    country=entry["place"]["country_name"],
                    situation=covered,
                ),
            )
        self.table.setSortingEnabled(True)
        self.table.sortItems(RANK, Qt.SortOrder.AscendingOrder)
        self._fit_columns()
        if entries:
            self.table.selectRow(0)
            self.table.setCurrentCell(0, RANK)

    def _fit_columns(self) -> None:
        """Each column as wide as its contents, names capped (a country's official name can
        be long; the cell's tooltip has it whole), so the situations keep the room left."""
        self.table.resizeColumnsToContents()
        em = self.table.fontMetrics().averageCharWidth()
        for column, most in ((PLACE, 24), (COUNTRY, 16), (SIGNAL, 20)):
            if self.table.columnWidth(column) > most * em:
                self.table.setColumnWidth(column, most * em)

    def entry_at(self, row: int) -> dict[str, Any] | None:
        """The entry shown on table row `row` (as sorted now)."""
        if self.result is None:
            return None
        item = self.table.item(row, RANK)
        if item is None:
            return None
        entry: dict[str, Any] = self.result["entries"][int(item.data(ENTRY))]
        return entry

    def selected_entry(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entry_at(rows[0].row()) if rows else None

    def _selected(self) -> None:
        entry = self.selected_entry()
        self.propose_button.setEnabled(entry is not None and not entry["covered"])
        self.open_button.setEnabled(entry is not None and bool(self._covering_ids(entry)))
        if entry is None:
            return
        self.detail_title.setText(
            fill(
                self.tr("{rank}. {place}, {country}"),
                rank=entry["rank"],
                place=self._place_text(entry["place"]),
                country=entry["place"]["country_name"],
            )
        )
        self.detail.setHtml(self.detail_html(entry))

    def detail_html(self, entry: dict[str, Any]) -> str:
        """The place: each flagged signal, the latest risk-factor changes of the situations'
        assessments there, humanitarian figures beside them and where the data came from."""
        esc = html.escape
        # a line that starts with a Latin name would otherwise run left to right in Arabic
        rtl = ' dir="rtl"' if self.isRightToLeft() else ""
        heading = self.tr("Signals flagged")
        parts = [f"<p{rtl}><b>{esc(heading)}</b></p><ul>"]
        for s in entry["signals"]:
            standard = s["at_standard"]
            line = fill(
                self.tr(
                    "{type}: {recent} acts in the last four weeks ({rate} a week) against {before} "
                    "a week before, {ratio}; adjusted p {p}. At the standard or above: {count} "
                    "recent acts, {rise}."
                ),
                type=self._label("violation", s["violation"]),
                recent=_locale().toString(int(s["recent_count"])),
                rate=_number(s["recent_rate_per_week"]),
                before=_number(s["baseline_rate_per_week"]),
                ratio=self._ratio(s["rate_ratio"], bool(s.get("estimated"))),
                p=self._p(s["p_adjusted"]),
                count=_locale().toString(int(standard["recent_count"])),
                rise=self.tr("the rise is seen in them")
                if standard["rise"]
                else self.tr("the rise is not seen in them alone"),
            )
            if s["covered_by"]:
                cover = fill(
                    self.tr("Covered by {situations}."),
                    situations=", ".join(x["name"] for x in s["covered_by"]),
                )
            elif s["partly_covered_by"]:
                cover = fill(
                    self.tr("Partly covered by {situations}."),
                    situations=", ".join(x["name"] for x in s["partly_covered_by"]),
                )
            else:
                cover = self.tr("No situation covers it.")
            if s.get("estimated"):
                line += " " + self.tr(
                    "HQ suppressed a small week of it: counted as the least it can be in the "
                    "last four weeks and the most before, so the rise is at least as shown."
                )
            marker = self.tr("New.")
            new = f" <b>{esc(marker)}</b>" if s["new"] else ""
            parts.append(f"<li{rtl}>{esc(line)} {esc(cover)}{new}</li>")
        parts.append("</ul>")
        heading = self.tr("Risk factors that changed")
        parts.append(f"<p{rtl}><b>{esc(heading)}</b></p>")
        if entry["risk_changes"]:
            parts.append("<ul>")
            for risk in entry["risk_changes"]:
                changes = ", ".join(
                    fill(
                        self.tr("{factor}: {level}, {trend}"),
                        factor=self._label("risk-factor", c["factor"]),
                        level=self._label("risk-level", c["level"]) if c["level"] else "—",
                        trend=self.tr("worsening")
                        if c["trend"] == "worsening"
                        else self.tr("improving"),
                    )
                    for c in risk["changes"]
                )
                said = fill(
                    self.tr("{situation}, assessed on {date}: {changes}"),
                    situation=risk["situation_name"],
                    date=risk["assessed_on"],
                    changes=changes,
                )
                parts.append(f"<li{rtl}>{esc(said)}</li>")
            parts.append("</ul>")
        else:
            parts.append(
                f"<p{rtl}>"
                + esc(self.tr("No assessment of a situation here records a change."))
                + "</p>"
            )
        humanitarian = [h for h in entry.get("humanitarian") or [] if isinstance(h, dict)]
        if humanitarian:
            heading = self.tr("Humanitarian figures")
            parts.append(f"<p{rtl}><b>{esc(heading)}</b></p><ul>")
            parts += [f"<li{rtl}>{esc(str(h.get('text', '')))}</li>" for h in humanitarian]
            parts.append("</ul>")
        if entry.get("source"):
            said = fill(self.tr("Data: {source}"), source=self._source_text(str(entry["source"])))
            parts.append(f"<p{rtl}>{esc(said)}</p>")
        return "".join(parts)

    def _toggle_how(self, shown: bool) -> None:
        self.how.setVisible(shown)
        self.how_button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)

    # ---- acting ---------------------------------------------------------------------------
    def _act_on_selected(self) -> None:
        entry = self.selected_entry()
        if entry is None:
            return
        if self._covering_ids(entry):
            self.open_covering()
        else:
            self.propose()

    def proposal(self, entry: dict[str, Any]) -> dict[str, Any]:
        """The new situation the place suggests: the scan's proposal, named in the interface's
        language."""
        p = entry["proposal"]
        return {
            "name": fill(
                self.tr("{place}: deterioration from {date}"),
                place=entry["place"]["name"],
                date=p["date_from"],
            ),
            "country": p["country"],
            "regions": list(p["regions"]),
            "date_from": p["date_from"],
            "violations": list(p["violations"]),
        }

    def propose(self) -> None:
        """The new-situation dialog, filled from the place chosen; saved through
        app.situations on the worker, as the Situations page saves one."""
        entry = self.selected_entry()
        if entry is None:
            return
        from ui.situation_dialogs import SituationDialog

        dialog = SituationDialog(
            self.store, None, self, lang=self.lang, prefill=self.proposal(entry)
        )
        dialog.saved.connect(self._proposed)
        self.dialog = dialog
        dialog.open()

    def _proposed(self, situation_id: object) -> None:
        self.state.setText(self.tr("Situation saved. Scan again to see which places it covers."))
        if isinstance(situation_id, str):
            self.situationProposed.emit(situation_id)

    def open_covering(self) -> None:
        entry = self.selected_entry()
        ids = self._covering_ids(entry) if entry is not None else []
        if ids:
            self.openSituation.emit(ids[0])
