"""The Sync page after each attempt (issue 17): its counters never refreshed and it said
"failed" beside "Last problem: none". A stand-in service (the real one is tested against a
real HQ in test_sync_page.py) lets each kind of outcome happen on demand."""

from __future__ import annotations

import dataclasses
import threading
from types import SimpleNamespace

from app.errors import UpfrontError
from ui.sync_page import SyncPage


@dataclasses.dataclass(frozen=True)
class Status:
    enrolled: bool = True
    device_id: str | None = "dev-1"
    hq: str | None = "https://hq.example:8443"
    pending: int = 2
    files_pending: int = 0
    files_to_fetch: int = 0
    bytes_to_fetch: int = 0
    files_refused: int = 0
    files_refused_at: str | None = None
    last_success: str | None = None
    last_error: str | None = None
    clock_ahead_ms: int = 0


class Unreachable(UpfrontError):
    """HQ could not be reached (a failure the store does not note)."""


class Service:
    """Answers as a DesktopSync would; `outcome` is what the next run does."""

    def __init__(self, status: Status) -> None:
        self.state = status
        self.outcome: object = None
        self.runs = 0
        self.progress = SimpleNamespace(rounds=0)
        self.lock = threading.Lock()

    def status(self) -> Status:
        with self.lock:
            return self.state

    def run(self, progress=None):
        self.runs += 1
        if isinstance(self.outcome, Exception):
            raise self.outcome
        with self.lock:
            self.state = dataclasses.replace(
                self.state, pending=0, last_success="2026-12-05T01:00:00Z"
            )
        return SimpleNamespace(
            complete=True,
            rounds=1,
            pushed=2,
            pulled=0,
            files_fetched=0,
            bytes_fetched=0,
            fetch_files_total=0,
            fetch_bytes_total=0,
        )

    def cancel(self) -> None:
        pass

    def conflicts(self) -> list[dict]:
        return []

    def quarantined(self) -> list[dict]:
        return []

    def titles(self, record_ids: list[str]) -> dict[str, str]:
        return {}

    def resolve(self, conflict_id: str, merged) -> dict:
        return {}


def page_for(qtbot, service: Service, auto: bool = False) -> SyncPage:
    page = SyncPage(service, auto=auto)  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: bool(page.hq_label.text()), timeout=10_000)
    return page


def attempt(qtbot, page: SyncPage) -> None:
    with qtbot.waitSignal(
        page.summaryChanged, timeout=10_000, check_params_cb=lambda _s: not page.running
    ):
        page.sync_now()


def test_counters_are_read_again_after_a_sync(qtbot):
    service = Service(Status(pending=2))
    page = page_for(qtbot, service)
    assert page.pending_label.text().startswith("2 change")
    attempt(qtbot, page)
    assert page.pending_label.text().startswith("0 change")
    assert page.last_label.text() != "never"
    assert page.error_label.text() == "none"
    assert "fail" not in page.progress_label.text().lower()


def test_a_failure_the_store_does_not_note_is_named_as_the_last_problem(qtbot):
    service = Service(Status(pending=2))
    service.outcome = Unreachable("HQ could not be reached: connection refused")
    page = page_for(qtbot, service)
    summaries: list[str] = []
    page.summaryChanged.connect(summaries.append)
    attempt(qtbot, page)
    assert page.failures == 1
    assert "connection refused" in page.progress_label.text()
    assert "connection refused" in page.error_label.text()  # never "failed" beside "none"
    assert summaries[-1] == "Sync: 2 waiting"
    # the next attempt succeeds: the problem goes, counters follow
    service.outcome = None
    attempt(qtbot, page)
    assert page.error_label.text() == "none"
    assert page.pending_label.text().startswith("0 change")
    assert "fail" not in page.progress_label.text().lower()


def test_no_failure_is_reported_when_no_problem_was_met(qtbot):
    """Every wording on the page agrees: "failed" (progress, status bar) only with a problem."""
    service = Service(Status(pending=0, last_error=None))
    page = page_for(qtbot, service)
    summaries: list[str] = []
    page.summaryChanged.connect(summaries.append)
    attempt(qtbot, page)
    assert summaries[-1] == "Sync: up to date"
    assert page.error_label.text() == "none"
    assert "fail" not in page.progress_label.text().lower()


def test_before_enrolment_no_attempt_is_made_and_nothing_failed(qtbot):
    service = Service(Status(enrolled=False, hq=None, device_id=None))
    page = page_for(qtbot, service)
    page.sync_now()  # what the automatic schedule does
    assert service.runs == 0
    assert not page.running
    assert page.error_label.text() == "none"
    assert "fail" not in page.progress_label.text().lower()
    assert page.next_label.text() == "after enrolment"
