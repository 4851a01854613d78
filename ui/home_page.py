"""Home: what needs the officer today. One row per count (app.home): the number in large
text, a line saying what it counts, and a Show button that leads to the incident list it
counts (`openList(IncidentQuery)`) or to the page that holds it (`openPage(name)`).

The counts are read on the store worker, when the page is shown and when the store changes
(at once while it is visible, else the next time it is shown), so the window never waits.
The page never imports sync: the window may pass callables that read the sync conflicts and
where sync stands (sync.device's status has what `SyncFacts` asks for).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import UTC, date, datetime

from app import home
from app.changes import Changes, Kind
from app.home import HomeCounts, SyncFacts, home_counts
from app.store import Store
from ui.changes import RefreshWhenShown
from ui.failures import failure_message_in
from ui.qt import (
    QDate,
    QFont,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLocale,
    QPushButton,
    QScrollArea,
    QShowEvent,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill

log = logging.getLogger(__name__)

# the rows, top to bottom
KEYS = (
    home.MY_DRAFTS,
    home.TO_REVIEW,
    home.CAME_BACK,
    home.OVERDUE_ACTIONS,
    home.BLOCKED_ACTIONS,
    home.LATE_DECISIONS,
    home.NEW_SIGNALS,
    home.CONFLICTS,
    home.ALL_DRAFTS,
    home.SYNC,
)
COUNT_SCALE = 2.2  # the count's font against the window's


def _when(stamp: str | None, lang: str) -> str | None:
    """An ISO time stamp as the person's local date and time, in the interface's language."""
    if not stamp:
        return None
    try:
        moment = datetime.fromisoformat(stamp).astimezone()
    except ValueError:
        return stamp
    locale = QLocale(lang)
    day = locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.ShortFormat
    )
    return f"{day} {moment:%H:%M}"


class _Row:
    """One count: its number, what it counts, and the button that shows it."""

    def __init__(
        self, page: HomePage, key: str, grid: QGridLayout, line: int, show: str, name: str
    ) -> None:
        self.key = key
        self.count = QLabel("…", page.body)
        font = QFont(self.count.font())
        size = font.pointSizeF()
        font.setPointSizeF((size if size > 0 else 10) * COUNT_SCALE)
        font.setBold(True)
        self.count.setFont(font)
        self.count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("00000"))
        self.text = QLabel(page.body)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(show, page.body)
        self.button.setAccessibleName(name)
        self.button.clicked.connect(lambda: page.show_key(key))
        grid.addWidget(self.count, line, 0)
        grid.addWidget(self.text, line, 1)
        grid.addWidget(self.button, line, 2)

    def set(self, count: int, text: str) -> None:
        self.count.setText(str(count))
        font = self.count.font()
        font.setBold(bool(count))  # a zero reads calmly: plain, in the text's own colour
        self.count.setFont(font)
        self.text.setText(text)
        self.count.setAccessibleName(text)
        self.text.setAccessibleName(text)
        self.count.setAccessibleDescription(str(count))


class HomePage(QWidget):
    """Emits `openList(IncidentQuery)` or `openPage(name)` when a row's Show is pressed, and
    `ready` each time counts have been shown (`counts` then holds them)."""

    openList = Signal(object)  # app.incident_queries.IncidentQuery
    openPage = Signal(str)  # "strategies", "situations", "sync"
    ready = Signal()

    def __init__(
        self,
        store: Store,
        parent: QWidget | None = None,
        *,
        lang: str = "en",
        conflicts: Callable[[], int] | None = None,
        sync_facts: Callable[[], SyncFacts] | None = None,
        today: Callable[[], date] | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.lang = lang
        self.conflicts = conflicts
        self.sync_facts = sync_facts
        self.today = today or (lambda: datetime.now(UTC).date())
        self.counts: HomeCounts | None = None
        self._generation = 0
        self._shown_generation = 0
        self._in_flight = False

        self.greeting = QLabel(self)
        font = QFont(self.greeting.font())
        size = font.pointSizeF()
        font.setPointSizeF((size if size > 0 else 10) * 1.4)
        self.greeting.setFont(font)
        self.greeting.setWordWrap(True)
        self.greeting.setTextFormat(Qt.TextFormat.PlainText)
        self.status = QLabel(self.tr("Reading what needs you today…"), self)
        self.status.setWordWrap(True)
        self.refresh_button = QPushButton(self.tr("Refresh"), self)
        self.refresh_button.setAccessibleName(self.tr("Read the counts again"))
        self.refresh_button.clicked.connect(self.load)

        self.body = QWidget(self)
        grid = QGridLayout(self.body)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        grid.setColumnStretch(1, 1)
        self.rows: dict[str, _Row] = {}
        show, names = self.tr("Show"), self.button_names()
        for line, key in enumerate(KEYS):
            if key == home.SYNC:
                rule = QFrame(self.body)
                rule.setFrameShape(QFrame.Shape.HLine)
                grid.addWidget(rule, 2 * line, 0, 1, 3)
            self.rows[key] = _Row(self, key, grid, 2 * line + 1, show, names[key])
        grid.setRowStretch(2 * len(KEYS) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidget(self.body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setAccessibleName(self.tr("What needs you today"))

        top = QHBoxLayout()
        top.addWidget(self.greeting, 1)
        top.addWidget(self.refresh_button, 0, Qt.AlignmentFlag.AlignTop)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(scroll, 1)
        self.setAccessibleName(self.tr("Home"))
        self._greet(self.today())
        self.reload = RefreshWhenShown(self, self.load)

    def button_names(self) -> dict[str, str]:
        """Each Show button's accessible name: what it shows."""
        return {
            home.MY_DRAFTS: self.tr("Show my drafts"),
            home.ALL_DRAFTS: self.tr("Show all drafts"),
            home.TO_REVIEW: self.tr("Show the records waiting for my review"),
            home.CAME_BACK: self.tr("Show my records that came back from review"),
            home.OVERDUE_ACTIONS: self.tr("Show the strategies board (overdue actions)"),
            home.BLOCKED_ACTIONS: self.tr("Show the strategies board (blocked actions)"),
            home.LATE_DECISIONS: self.tr("Show the situations of concern (late decisions)"),
            home.NEW_SIGNALS: self.tr("Show the situations of concern"),
            home.CONFLICTS: self.tr("Show the sync conflicts to merge"),
            home.SYNC: self.tr("Show the Sync page"),
        }

    # ---- public -----------------------------------------------------------------------------
    def load(self) -> None:
        """Read the counts on the worker; a newer read replaces one on its way."""
        self._generation += 1
        generation = self._generation
        self._in_flight = True
        store, user, day = self.store, self.store.user, self.today()
        conflicts, facts = self.conflicts, self.sync_facts
        run_in_background(
            lambda: home_counts(store, user, today=day, conflicts=conflicts, sync_facts=facts),
            on_success=lambda counts: self._show(generation, counts),
            on_failure=lambda exc: self._failed(generation, exc),
            parent=self,
        )

    def is_loaded(self) -> bool:
        return self.counts is not None and self._shown_generation == self._generation

    def on_changes(self, changes: Changes) -> None:
        if changes.touches(
            Kind.INCIDENTS, Kind.SITUATIONS, Kind.STRATEGIES, Kind.SYNC, Kind.ASSESSMENTS
        ):
            self.reload.request()

    def show_key(self, key: str) -> None:
        """What a row's Show does: the list it counts, or the page that holds it."""
        where = home.lead(key, self.store.user)
        if isinstance(where, str):
            self.openPage.emit(where)
        else:
            self.openList.emit(where)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._in_flight:
            self.load()  # the day may have turned, or the clock passed a due date

    # ---- reacting ---------------------------------------------------------------------------
    def _greet(self, day: date) -> None:
        locale = QLocale(self.lang)
        self.greeting.setText(
            fill(
                self.tr("Hello, {user}. Today is {date}."),
                user=self.store.user,
                date=locale.toString(
                    QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat
                ),
            )
        )

    def _show(self, generation: int, counts: HomeCounts) -> None:
        if generation != self._generation:
            return  # a newer read is on its way
        self._in_flight = False
        self.counts = counts
        self._shown_generation = generation
        self._greet(counts.today)
        for key, (count, text) in self.texts(counts).items():
            self.rows[key].set(count, text)
        waiting = (
            counts.my_drafts + counts.to_review + counts.came_back + counts.overdue_actions
            + counts.blocked_actions + counts.late_decisions + counts.new_signals
            + counts.conflicts
        )  # fmt: skip
        self.status.setText(
            self.tr("Here is what needs you today.")
            if waiting
            else self.tr("Nothing needs you today.")
        )
        self.ready.emit()

    def texts(self, c: HomeCounts) -> dict[str, tuple[int, str]]:
        """Each row's number and its line: what it counts, or a calm word when it is zero."""
        days = home.NEW_SIGNAL_DAYS
        signals = (
            fill(self.tr("New deterioration signals, raised in the last {days} days"), days=days)
            if c.new_signals
            else fill(self.tr("No new deterioration signal in the last {days} days"), days=days)
        )
        if c.signals_flagged > c.new_signals:
            signals += " · " + fill(self.tr("{count} flagged in all"), count=c.signals_flagged)
        return {
            home.MY_DRAFTS: (
                c.my_drafts,
                self.tr("My drafts to finish") if c.my_drafts else self.tr("No drafts to finish"),
            ),
            home.ALL_DRAFTS: (
                c.all_drafts,
                self.tr("Drafts on this device, everyone's")
                if c.all_drafts
                else self.tr("No drafts on this device"),
            ),
            home.TO_REVIEW: (
                c.to_review,
                self.tr("Records waiting for my review")
                if c.to_review
                else self.tr("No records waiting for my review"),
            ),
            home.CAME_BACK: (
                c.came_back,
                self.tr("Records I submitted that came back with a reviewer's comment")
                if c.came_back
                else self.tr("None of my submitted records came back"),
            ),
            home.OVERDUE_ACTIONS: (
                c.overdue_actions,
                self.tr("Strategy actions past their due date")
                if c.overdue_actions
                else self.tr("No strategy action is overdue"),
            ),
            home.BLOCKED_ACTIONS: (
                c.blocked_actions,
                self.tr("Strategy actions blocked")
                if c.blocked_actions
                else self.tr("No strategy action is blocked"),
            ),
            home.LATE_DECISIONS: (
                c.late_decisions,
                self.tr("Decisions of the quarterly review past their due date")
                if c.late_decisions
                else self.tr("No decision of the quarterly review is late"),
            ),
            home.NEW_SIGNALS: (c.new_signals, signals),
            home.CONFLICTS: (
                c.conflicts,
                self.tr("Sync conflicts to merge")
                if c.conflicts
                else self.tr("No sync conflicts to merge"),
            ),
            home.SYNC: (c.sync.pending, self._sync_text(c.sync)),
        }

    def _sync_text(self, s: home.SyncState) -> str:
        if s.enrolled is False:
            head = self.tr("Not set up to sync with HQ")
        elif s.pending:
            head = self.tr("Changes waiting to go to HQ")
        else:
            head = self.tr("Nothing waiting to go to HQ")
        parts = [head]
        if s.enrolled:
            when = _when(s.last_success, self.lang)
            parts.append(
                fill(self.tr("last synced {when}"), when=when)
                if when
                else self.tr("never synced yet")
            )
        if s.last_error:
            parts.append(fill(self.tr("last problem: {problem}"), problem=s.last_error))
        return " · ".join(parts)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation != self._generation:
            return
        self._in_flight = False
        log.error("reading the home counts failed: %s", type(exc).__name__)
        self.status.setText(failure_message_in(self.tr("The counts could not be read."), exc))
