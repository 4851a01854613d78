"""Incident list and map benchmark: the desktop client on a large encrypted store, headless.

Builds a store of N incidents once (bench/store.py's documents, batches of 1000), then times,
from the GUI thread's point of view, how long each step takes until its rows are on screen,
and the longest stall of the GUI thread meanwhile (a 10 ms QTimer; the largest gap between
two ticks). Targets (issue): start < 2 s, filter and search < 200 ms, no stall > 100 ms;
the map page (ui.map_page) shown < 300 ms: its data query (app.map_data, on the worker) and
its first paint are timed apart too. The home page (ui.home_page) shown < 300 ms: from asking
for its counts to their being on screen, with the counts' query (app.home, on the worker)
timed apart, on a store with a situation of concern over a country's incidents and a strategy.

    python bench/ui.py [--incidents 100000] [--store FOLDER]
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from concurrent.futures import Future
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# this script is bench/ui.py: its folder must not hide the `ui` package of the project
_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))

from app.home import home_counts  # noqa: E402
from app.incident_queries import IncidentQuery  # noqa: E402
from app.map_data import map_counts  # noqa: E402
from app.situations import Situations  # noqa: E402
from app.store import Store  # noqa: E402
from bench.store import build  # noqa: E402
from ui import tasks  # noqa: E402
from ui.home_page import HomePage  # noqa: E402
from ui.incident_list import IncidentListView  # noqa: E402
from ui.incident_model import PLACEHOLDER, TITLE  # noqa: E402
from ui.map_page import MapPage  # noqa: E402
from ui.map_page import _warm as _warm_boundaries  # noqa: E402
from ui.qt import QApplication, QEventLoop, Qt, QTimer  # noqa: E402

TIMEOUT = 60.0  # s


class StallMeter:
    """Ticks every 10 ms on the GUI thread and keeps the longest gap between ticks."""

    def __init__(self) -> None:
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = time.perf_counter(), 0.0
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst


def wait_until(condition: Callable[[], bool]) -> None:
    """Run the event loop until `condition` holds (checked every millisecond)."""
    loop = QEventLoop()
    deadline = time.perf_counter() + TIMEOUT

    def check() -> None:
        if condition() or time.perf_counter() > deadline:
            loop.quit()

    poll = QTimer()
    poll.setInterval(1)
    poll.timeout.connect(check)
    poll.start()
    if not condition():
        loop.exec()
    poll.stop()
    if not condition():
        raise TimeoutError("rows never appeared")


def rows_shown(view: IncidentListView) -> bool:
    """The rows at the top and the bottom of the table's viewport are real rows."""
    table, model = view.table, view.model
    if model.is_loading() and model.rowCount() == 0:
        return False
    if model.rowCount() == 0:
        return not model.is_loading()
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    bottom = bottom if bottom >= 0 else model.rowCount() - 1
    return top >= 0 and all(model.index(r, TITLE).data() != PLACEHOLDER for r in (top, bottom))


def measure(view_step: Callable[[], None], done: Callable[[], bool]) -> tuple[float, float]:
    meter = StallMeter()
    meter.start()
    started = time.perf_counter()
    view_step()
    wait_until(done)
    elapsed = time.perf_counter() - started
    return elapsed, meter.stop()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--incidents", type=int, default=100_000)
    parser.add_argument("--batch", type=int, default=1000)
    parser.add_argument(
        "--store",
        type=Path,
        help="a folder for the store, kept afterwards: built there when it holds none, else "
        "reused as it is (its passphrase 'benchmark passphrase', user 'bench')",
    )
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    results: list[tuple[str, float, float, str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        directory = args.store or Path(tmp) / "store"
        if not Store.exists(directory):
            build(directory, args.incidents, args.batch)
        store = Store.open(directory, "benchmark passphrase", "bench")

        holder: dict[str, IncidentListView] = {}

        def start() -> None:
            view = holder["view"] = IncidentListView(store)
            view.resize(1280, 800)
            view.show()

        elapsed, stall = measure(start, lambda: "view" in holder and rows_shown(holder["view"]))
        view = holder["view"]
        results.append(("cold start to first rows shown", elapsed, stall, "< 2 s"))

        def combo(name: str, code: str) -> Callable[[], None]:
            widget = getattr(view, name)
            return lambda: widget.setCurrentIndex(widget.findData(code))

        def shown_after(step: Callable[[], None]) -> tuple[float, float]:
            before = view.model._generation
            return measure(step, lambda: view.model._shown_generation > before and rows_shown(view))

        steps: list[tuple[str, Callable[[], None], str]] = [
            ("scroll to the end", view.table.scrollToBottom, ""),
            ("scroll back to the top", view.table.scrollToTop, ""),
            ("filter: country", combo("country_combo", "SYR"), "< 200 ms"),
            ("filter: + violation", combo("violation_combo", "killing"), "< 200 ms"),
            ("clear filters", view.clear_filters, "< 200 ms"),
            (
                "search 'school convoy' (after the 250 ms pause)",
                lambda: _search(view, "school convoy"),
                "< 200 ms",
            ),
            (
                "search 'market' (a word in many narratives)",
                lambda: _search(view, "market"),
                "< 200 ms",
            ),
            ("clear filters", view.clear_filters, "< 200 ms"),
            (
                "sort by title",
                lambda: view.table.horizontalHeader().setSortIndicator(
                    TITLE, Qt.SortOrder.AscendingOrder
                ),
                "",
            ),
            ("sort by title, scroll to the end", view.table.scrollToBottom, ""),
        ]
        for label, step, target in steps:
            if step in (view.table.scrollToBottom, view.table.scrollToTop):
                elapsed, stall = measure(step, lambda: rows_shown(view))
            else:
                elapsed, stall = shown_after(step)
            results.append((label, elapsed, stall, target))
        rows = view.model.rowCount()
        map_results = bench_map(store, view)
        home_results = bench_home(store)
        view.close()
        tasks.run_in_background(store.close).result()
        tasks.shutdown()
        del app

    print(f"\nincident list, {args.incidents:,} incidents (SQLCipher), Qt offscreen\n")
    print(f"| {'step':<48} | {'until rows shown':>16} | {'longest stall':>13} | {'target':>8} |")
    print(f"|{'-' * 50}|{'-' * 18}|{'-' * 15}|{'-' * 10}|")
    for label, elapsed, stall, target in results:
        print(
            f"| {label:<48} | {elapsed * 1000:>13.0f} ms | {stall * 1000:>10.0f} ms | {target:>8} |"
        )
    print(f"\nstall target: none > 100 ms; rows in the final list: {rows:,}")
    print(f"\nmap page, {args.incidents:,} incidents\n")
    print(f"| {'step':<48} | {'time':>16} | {'longest stall':>13} | {'target':>8} |")
    print(f"|{'-' * 50}|{'-' * 18}|{'-' * 15}|{'-' * 10}|")
    for label, elapsed, stall, target in map_results:
        shown_stall = "" if stall is None else f"{stall * 1000:>10.0f} ms"
        print(f"| {label:<48} | {elapsed * 1000:>13.0f} ms | {shown_stall:>13} | {target:>8} |")
    print("\nstall target: none > 100 ms")
    print(f"\nhome page, {args.incidents:,} incidents\n")
    print(f"| {'step':<48} | {'time':>16} | {'longest stall':>13} | {'target':>8} |")
    print(f"|{'-' * 50}|{'-' * 18}|{'-' * 15}|{'-' * 10}|")
    for label, elapsed, stall, target in home_results:
        shown_stall = "" if stall is None else f"{stall * 1000:>10.0f} ms"
        print(f"| {label:<48} | {elapsed * 1000:>13.0f} ms | {shown_stall:>13} | {target:>8} |")
    print("\nstall target: none > 100 ms")
    return 0


def bench_map(store: Store, view: IncidentListView) -> list[tuple[str, float, float | None, str]]:
    """The map page for the list's filter: every incident, then one country."""
    out: list[tuple[str, float, float | None, str]] = []
    holder: dict[str, MapPage] = {}
    warming: dict[str, Future[None]] = {}

    def warm() -> None:
        warming["f"] = tasks.run_in_background(_warm_boundaries, lane="boundaries")

    elapsed, stall = measure(warm, lambda: "f" in warming and warming["f"].done())
    out.append(("boundaries read (once a process, ahead)", elapsed, stall, ""))
    for label, country in (("every incident", None), ("filtered to Syria", "SYR")):
        query = IncidentQuery(country=country)

        def timed_query(q: IncidentQuery = query) -> float:
            started = time.perf_counter()
            with store.session() as session:
                map_counts(session, q)
            return time.perf_counter() - started

        elapsed = tasks.run_in_background(timed_query).result()
        out.append((f"map data query (worker), {label}", elapsed, None, ""))
        holder.clear()

        def start(q: IncidentQuery = query) -> None:
            page = holder["page"] = MapPage(store, lambda: q)
            page.resize(1280, 800)
            page.show()

        def shown() -> bool:
            page = holder.get("page")
            return page is not None and page.is_loaded()

        elapsed, stall = measure(start, shown)
        page = holder["page"]
        started = time.perf_counter()
        page.canvas.repaint()  # the first paint of the loaded map, timed on its own
        paint = time.perf_counter() - started
        out.append((f"map shown (query + paint), {label}", elapsed + paint, stall, "< 300 ms"))
        out.append((f"map first paint, {label}", paint, None, ""))
        started = time.perf_counter()
        page.points_check.setChecked(False)
        page.canvas.repaint()
        out.append(
            (f"map repaint without points, {label}", time.perf_counter() - started, None, "")
        )
        page.close()
        page.deleteLater()
    return out


def bench_home(store: Store) -> list[tuple[str, float, float | None, str]]:
    """The home page: its counts' query on the worker, then the page from asking for the
    counts to their being shown, first on the incidents alone, then with a situation of
    concern over one country (its signals read every act of its incidents) and a strategy."""
    out: list[tuple[str, float, float | None, str]] = []

    def timed_counts() -> float:
        started = time.perf_counter()
        home_counts(store)
        return time.perf_counter() - started

    def page_shown(label: str) -> None:
        """Shown first (the store's pages for it not yet read: what a window opening on the
        home page waits for), then asked again, then the query alone."""
        holder: dict[str, HomePage] = {}

        def start() -> None:
            page = holder["page"] = HomePage(store)
            page.resize(1280, 800)
            page.show()

        elapsed, stall = measure(start, lambda: "page" in holder and holder["page"].is_loaded())
        out.append((f"home shown, {label}", elapsed, stall, "< 300 ms"))
        page = holder["page"]
        elapsed, stall = measure(page.load, page.is_loaded)
        out.append((f"home refreshed, {label}", elapsed, stall, "< 300 ms"))
        page.close()
        page.deleteLater()
        elapsed = tasks.run_in_background(timed_counts).result()
        out.append((f"home counts (worker), {label}", elapsed, None, ""))

    page_shown("incidents only")

    def add_situation() -> None:
        situations = Situations(store)
        if any(s["name"] == "Syria" for s in situations.list()):
            return  # a store kept from an earlier run (--store)
        sid = situations.add({"name": "Syria", "country": "SYR", "status": "crisis"})
        act = {"pillar": "political", "level": "country", "lead": "rco"}
        situations.save_strategy(
            sid,
            {
                "actions": [
                    {**act, "title": f"Action {i}", "due": f"2026-0{1 + i % 9}-15"}
                    for i in range(20)
                ]
            },
        )

    tasks.run_in_background(add_situation).result()
    page_shown("+ situation over Syria")
    return out


def _search(view: IncidentListView, words: str) -> None:
    """Type the words and skip the typing pause: the table timing starts when the query runs."""
    view.search_edit.setText(words)
    view._search_timer.stop()
    view._apply()


if __name__ == "__main__":
    sys.exit(main())
