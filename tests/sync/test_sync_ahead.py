"""A pull of many pages asks for the next page while it applies the one before (SyncClient's
requests sent ahead): every record arrives once, in order, whatever happens to the page being
applied. Real HQ over real TLS (PostgreSQL and SQLite), real SQLCipher stores."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import func, select
from synchelp import incident, snapshot

from app.models import HistoryEntry
from sync import device as d
from sync.client import SyncClient, SyncFailed

both = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)


class Injected(SyncFailed):
    """A fault put in the test's way."""


def ahead_threads() -> list[threading.Thread]:
    return [t for t in threading.enumerate() if t.name.startswith("upfront-sync-ahead")]


def small_pages(dev) -> SyncClient:
    dev.client.close()
    dev.client = SyncClient(dev.store, pull_limit=5)
    return dev.client


def created_once(dev) -> bool:
    """Each incident's creation is in its history once (a page applied twice would not be)."""
    with dev.store.session() as s:
        counts = s.execute(
            select(HistoryEntry.incident_id, func.count())
            .where(HistoryEntry.field == "(created)")
            .group_by(HistoryEntry.incident_id)
        ).all()
    return bool(counts) and all(n == 1 for _id, n in counts)


@both
def test_each_page_after_the_first_is_asked_for_while_the_one_before_is_applied(make_device):
    a, b = make_device("ahead-a"), make_device("ahead-b")
    for i in range(23):
        a.incidents.add(incident(title=f"Ahead {i}", narrative=f"Page test {i}"))
    a.sync()
    client = small_pages(b)
    result = b.sync()
    assert result.complete and result.pulled == 23
    assert client.sent_ahead == 4  # pages 2 to 5 of five went ahead
    assert client.unused_ahead == 0
    assert snapshot(b) == snapshot(a)
    assert created_once(b)
    again = b.sync()
    assert again.complete and again.pulled == 0 and client.sent_ahead == 4
    client.close()
    assert ahead_threads() == []


@both
def test_a_page_that_fails_leaves_nothing_in_flight_and_the_next_sync_gets_the_rest(
    make_device, monkeypatch
):
    a, b = make_device("fail-a"), make_device("fail-b")
    for i in range(17):
        a.incidents.add(incident(title=f"Fail {i}"))
    a.sync()
    original, calls = d.apply_answer, []

    def second_page_fails(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:  # its next page has already been asked for
            raise Injected("the second page does not apply")
        return original(*args, **kwargs)

    monkeypatch.setattr(d, "apply_answer", second_page_fails)
    client = small_pages(b)
    with pytest.raises(Injected):
        b.sync()
    assert client.sent_ahead == 2 and client._ahead is None  # waited for, then forgotten
    assert len(b.incidents.list()) == 5  # the first page only: the second rolled back
    monkeypatch.setattr(d, "apply_answer", original)
    result = b.sync()
    assert result.complete and result.pulled == 12
    assert snapshot(b) == snapshot(a) and created_once(b)
    client.close()
    assert ahead_threads() == []


@both
def test_an_answer_sent_ahead_on_other_progress_is_not_used(make_device, monkeypatch):
    """If applying a page leaves the progress other than the request sent ahead assumed,
    that request's answer is dropped and the page asked for again from where it stands."""
    a, b = make_device("drift-a"), make_device("drift-b")
    for i in range(12):
        a.incidents.add(incident(title=f"Drift {i}"))
    a.sync()
    original = d.apply_answer

    def cursor_stays_behind(session, incidents, seq_from, seq_to, answer, *, progress, **kw):
        before = progress.cursor
        out = original(session, incidents, seq_from, seq_to, answer, progress=progress, **kw)
        if answer.page is not None and answer.page.more:
            progress.cursor = before + 1  # one entry past where it was: not the page's end
        return out

    monkeypatch.setattr(d, "apply_answer", cursor_stays_behind)
    client = small_pages(b)
    result = b.sync()
    assert result.complete
    assert client.sent_ahead >= 1 and client.unused_ahead == client.sent_ahead
    assert snapshot(b) == snapshot(a) and created_once(b)
    client.close()
    assert ahead_threads() == []
