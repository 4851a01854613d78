"""The incident table model: 100k incidents in a QTableView without loading them all.

Filtering, search and sort happen in SQL (`app.incidents.Incidents.list/count`); the model
keeps only the pages of rows the view has asked for. Every store call runs on the single
background worker (`ui.tasks.run_in_background`), so the GUI thread never waits on SQLCipher.

Cache rule: pages are cached by page number for one query. A new query, a new sort or
`refresh()` starts a new *generation*: the count and the first page are fetched together and,
when they arrive, the model resets to them (the old rows stay on screen meanwhile, so typing
in the search box does not blank the table). Anything that arrives for an older generation is
dropped. Rows of pages not yet loaded show a placeholder and ask for their page once.
"""

from __future__ import annotations

import dataclasses
import logging
from collections.abc import Callable
from typing import Any

from app.gazetteer import gazetteer
from app.incident_queries import IncidentQuery
from app.incidents import Incidents
from app.record_views import views
from app.store import Store
from app.vocab import vocabularies
from ui.failures import failure_message
from ui.qt import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from ui.tasks import run_in_background
from ui.text import fill

log = logging.getLogger(__name__)

PAGE_SIZE = 200
PLACEHOLDER = "…"
MAX_WANTED = 6  # pages waiting for the worker; older wishes are forgotten (scrolled past)

# custom roles
IdRole = Qt.ItemDataRole.UserRole + 1  # the incident id (str), any column
CodeRole = Qt.ItemDataRole.UserRole + 2  # the stored value: ISO date, code, [codes], country
LoadedRole = Qt.ItemDataRole.UserRole + 3  # False while the row's page is still on its way

# columns
DATE, TITLE, LOCATION, VIOLATIONS, VERIFICATION, CONFIDENTIALITY, STATUS = range(7)
COLUMN_COUNT = 7
SORT_FIELDS: dict[int, str] = {
    DATE: "occurred_from",
    TITLE: "title",
    LOCATION: "country",
    VERIFICATION: "verification_status",
    CONFIDENTIALITY: "confidentiality",
    STATUS: "status",
}  # VIOLATIONS is not sortable: an incident has several

Row = tuple[str, tuple[str, ...], tuple[Any, ...]]  # id, display texts, codes (per column)
ModelIndex = QModelIndex | QPersistentModelIndex


def _labeller(lang: str) -> Callable[[str, str | None], str]:
    vocab = vocabularies()

    def label(kind: str, code: str | None) -> str:
        if not code:
            return ""
        term = vocab.term(kind, code)
        return term.label(lang) if term is not None else code

    return label


def fetch_page(
    store: Store, query: IncidentQuery, page: int, lang: str, total: int | None = None
) -> list[Row]:
    """On the worker: one page of rows, formatted for display (labels in `lang`).

    SQL OFFSET walks past every skipped row, so a page in the second half of the list is read
    from the other end, in the opposite order (the id tie-break makes it the exact reverse)."""
    start = page * PAGE_SIZE
    q = dataclasses.replace(query, limit=PAGE_SIZE, offset=start)
    from_end = total is not None and start > total // 2
    if from_end:
        end = min(start + PAGE_SIZE, total)
        q = dataclasses.replace(
            query, descending=not query.descending, offset=total - end, limit=max(end - start, 0)
        )
    found = Incidents(store).list(q)
    if from_end:
        found.reverse()
    with store.session() as session:  # records held as HQ's redacted view: read-only here
        held_views = views(session, [r["id"] for r in found])
    label = _labeller(lang)
    rows: list[Row] = []
    places = gazetteer()
    for r in found:
        unit = places.unit(r["admin1_pcode"]) if r["admin1_pcode"] else None
        region = places.label(unit, lang) if unit is not None else r["admin1"]  # lang's name
        place = ", ".join(p for p in (r["place"], region, r["country"]) if p)
        title = r["title"]
        if r["id"] in held_views:
            title = fill(
                QCoreApplication.translate(
                    "IncidentTableModel", "{title} (HQ's view for {audience}, read-only)"
                ),
                title=title,
                audience=QCoreApplication.translate("IncidentTableModel", "UN")
                if held_views[r["id"]] == "un"
                else held_views[r["id"]],
            )
        texts = (
            r["occurred_from"],
            title,
            place,
            ", ".join(label("violation", t) for t in r["violations"]),
            label("verification", r["verification"]),
            label("confidentiality", r["confidentiality"]),
            label("status", r["status"]),
        )
        codes = (
            r["occurred_from"],
            r["title"],
            r["country"],
            list(r["violations"]),
            r["verification"],
            r["confidentiality"],
            r["status"],
        )
        rows.append((r["id"], texts, codes))
    return rows


def fetch_first(store: Store, query: IncidentQuery, lang: str) -> tuple[int, list[Row]]:
    """On the worker: the number of matching incidents and the first page."""
    total = Incidents(store).count(query)
    return total, (fetch_page(store, query, 0, lang) if total else [])


class IncidentTableModel(QAbstractTableModel):
    """Incidents matching `query`, sorted in SQL, fetched lazily in pages of PAGE_SIZE.

    Emits `loaded(total)` when a query's count and first page have arrived (the table then
    shows real rows), and `failed(message)` if the store refused a query.
    """

    loaded = Signal(int)
    failed = Signal(str)

    def __init__(
        self,
        store: Store,
        parent: QObject | None = None,
        *,
        lang: str = "en",
        query: IncidentQuery | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._lang = lang
        self._query = query or IncidentQuery()
        self._shown_query = self._query  # the query whose rows the model holds
        self._generation = 0
        self._shown_generation = -1
        self._total = 0
        self._pages: dict[int, list[Row]] = {}
        self._wanted: list[int] = []  # pages asked for, newest last, not yet sent to the worker
        self._fetching: int | None = None  # the page on the worker now (one at a time)
        self._headers = (
            self.tr("Date"),
            self.tr("Title"),
            self.tr("Location"),
            self.tr("Violations"),
            self.tr("Verification"),
            self.tr("Confidentiality"),
            self.tr("Status"),
        )
        self.refresh()

    # ---- public ---------------------------------------------------------------------------
    @property
    def query(self) -> IncidentQuery:
        """The latest query asked for (its rows may still be on the way)."""
        return self._query

    @property
    def total(self) -> int:
        return self._total

    def set_query(self, query: IncidentQuery) -> None:
        """Show the incidents matching `query` (filters and sort; limit/offset are the model's)."""
        query = dataclasses.replace(query, limit=None, offset=0)
        if query == self._query:
            return
        self._query = query
        self.refresh()

    def refresh(self) -> None:
        """Fetch the current query again (after an edit, an import or a sync)."""
        self._generation += 1
        generation, query = self._generation, self._query
        run_in_background(
            lambda store=self._store, lang=self._lang: fetch_first(store, query, lang),
            lambda result: self._first_arrived(generation, query, result),
            lambda exc: self._failed(generation, exc),
            parent=self,
        )

    def is_loading(self) -> bool:
        """True while a query's first page or a requested page is still on its way."""
        return (
            self._shown_generation != self._generation
            or self._fetching is not None
            or bool(self._wanted)
        )

    def incident_id(self, row: int) -> str | None:
        """The id at `row`, or None while its page is not loaded."""
        found = self._row(row)
        return found[0] if found else None

    # ---- Qt model interface -----------------------------------------------------------------
    def rowCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: ModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMN_COUNT

    def headerData(
        self,
        section: int,
        orientation: Qt.Orientation,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < COLUMN_COUNT:
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == VIOLATIONS:
                return self.tr("Not sortable: an incident may have several violations")
        return None

    def data(self, index: ModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._row(index.row())
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._want(index.row() // PAGE_SIZE)
                return PLACEHOLDER
            return False if role == LoadedRole else None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return row[1][column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (TITLE, LOCATION, VIOLATIONS):
            return row[1][column]
        if role == IdRole:
            return row[0]
        if role == CodeRole:
            return row[2][column]
        if role == LoadedRole:
            return True
        return None

    def flags(self, index: ModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flag = Qt.ItemFlag
        return flag.ItemIsEnabled | flag.ItemIsSelectable | flag.ItemNeverHasChildren

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        field = SORT_FIELDS.get(column)
        if field is None:
            return  # violations: not sortable, keep the current order
        self.set_query(
            dataclasses.replace(
                self._query, sort=field, descending=order == Qt.SortOrder.DescendingOrder
            )
        )

    # ---- paging ---------------------------------------------------------------------------
    def _row(self, row: int) -> Row | None:
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def _want(self, page: int) -> None:
        if page in self._pages or page == self._fetching:
            return
        if page in self._wanted:
            if self._wanted[-1] != page:
                self._wanted.remove(page)
                self._wanted.append(page)
            return
        self._wanted.append(page)
        # Scrolling fast through 100k rows asks for many pages; only the latest few can still
        # be on screen. A forgotten page is asked for again if the view paints it again.
        del self._wanted[:-MAX_WANTED]
        self._next_page()

    def _next_page(self) -> None:
        """Send the most recently wanted page to the worker, one page at a time, so the page
        on screen now is not queued behind pages scrolled past."""
        if self._fetching is not None or not self._wanted:
            return
        page = self._fetching = self._wanted.pop()
        generation, query, total = self._shown_generation, self._shown_query, self._total
        run_in_background(
            lambda store=self._store, lang=self._lang: fetch_page(store, query, page, lang, total),
            lambda rows: self._page_arrived(generation, page, rows),
            lambda exc: self._page_failed(generation, exc),
            parent=self,
        )

    def _first_arrived(
        self, generation: int, query: IncidentQuery, result: tuple[int, list[Row]]
    ) -> None:
        if generation != self._generation:
            return  # a newer query (or refresh) is on its way; this one is stale
        total, first = result
        self.beginResetModel()
        self._shown_generation = generation
        self._shown_query = query
        self._total = total
        self._pages = {0: first} if first else {}
        self._wanted.clear()
        self._fetching = None  # a page still on the worker belongs to an older generation
        self.endResetModel()
        self.loaded.emit(total)

    def _page_arrived(self, generation: int, page: int, rows: list[Row]) -> None:
        if generation != self._shown_generation:
            return
        self._fetching = None
        self._pages[page] = rows
        if rows:
            first = page * PAGE_SIZE
            last = min(first + len(rows), self._total) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, COLUMN_COUNT - 1))
        self._next_page()

    def _page_failed(self, generation: int, exc: Exception) -> None:
        if generation != self._shown_generation:
            return
        self._fetching = None
        self._wanted.clear()
        self.failed.emit(self._message(exc))

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.failed.emit(self._message(exc))

    def _message(self, exc: Exception) -> str:
        # failure_message shows our own errors' words, never a driver's (it may quote records)
        log.warning("incident query failed: %s", type(exc).__name__)
        return failure_message(exc)
