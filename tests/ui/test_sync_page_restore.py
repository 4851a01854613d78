"""The Sync page of the real window while a new device restores its team's files from a real
HQ over TLS on loopback: what is still to fetch and its size, what a sync is fetching as it
runs, and the files HQ refused to send, counted and never named."""

from __future__ import annotations

import re
import threading

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.attachments import Attachments
from app.incidents import Incidents
from app.store import Store
from sync import device as d
from sync.client import SyncClient, SyncFailed, SyncResult
from sync.desktop import DesktopSync, Progress
from tests.sync.synchelp import incident
from ui.main_window import SYNC
from ui.qt import QLabel, QLocale, Qt
from ui.sync_page import SyncPage, data_size

# `hq`, `devices` and `unlocked`: tests/ui/conftest.py
SLOW = 20_000  # ms
CHUNK = 64 * 1024
# a file's name that names a person: the window must never show it
MARKER = "LEILA-7Q"
NAMED = f"Testimony of {MARKER} (protected).jpg"


class Stop(SyncFailed):
    """Cuts a sync short after its first piece, as Lock does."""


class HeldSync(DesktopSync):
    """The window's sync service, held after the first piece of a file arrives until the
    test has looked at the page (the page polls the progress from the GUI thread)."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.reached = threading.Event()
        self.go_on = threading.Event()

    def _set(self, **changes) -> None:
        super()._set(**changes)
        if self.progress.bytes_fetched and not self.go_on.is_set():
            self.reached.set()
            self.go_on.wait(SLOW / 1000)


def _content(size: int, seed: int) -> bytes:
    import hashlib

    return hashlib.shake_256(f"file {seed}".encode()).digest(size)


def _pull(client: SyncClient) -> None:
    for _ in range(20):
        if not client.round()[0].more:
            return
    raise AssertionError("the pull did not end")


def a_restore_half_done(store_dir, passphrase, hq, devices) -> d.SyncStatus:
    """The window's store as a new laptop of the team whose restore was cut: one file HQ
    refused (its incident deleted at HQ meanwhile, named after a person), two files still to
    fetch, one of them with a piece already here. Returns the store's status then."""
    amina = devices("amina")
    files, incidents = Attachments(amina), Incidents(amina)
    sent = SyncClient(amina)
    with Store.open(store_dir, passphrase) as store:
        hq.enroll(store, "bilal")
        client = SyncClient(store)
        try:
            gone = incidents.add(incident(title="To be deleted"))
            files.add(gone, _content(300, 1), NAMED)
            assert sent.sync().complete
            _pull(client)
            incidents.delete(gone)
            assert sent.sync().complete
            assert client.download_files().files_refused == 1

            kept = incidents.add(incident(title="Kept"))
            files.add(kept, _content(2 * CHUNK + 12_345, 2), "video.mp4")
            files.add(kept, _content(700, 3), "photo.jpg")
            assert sent.sync().complete
            _pull(client)

            def stop(result: SyncResult) -> None:
                if result.bytes_fetched:
                    raise Stop("cut by the test")

            try:
                client.download_files(progress_cb=stop)
            except Stop:
                pass
        finally:
            client.close()
            sent.close()
        return d.status(store)


def _labels(window) -> list[str]:
    return [label.text() for label in window.findChildren(QLabel)]


def test_the_sync_page_shows_what_is_left_to_fetch_and_what_is_being_fetched(
    qtbot, unlocked, store_dir, passphrase, hq, devices
):
    before = a_restore_half_done(store_dir, passphrase, hq, devices)
    assert before.files_refused == 1 and before.files_to_fetch >= 1
    controller = unlocked(HeldSync)
    window = controller.window
    page: SyncPage = window.sync_page
    service: HeldSync = page.service
    try:
        window.show_section(SYNC)
        # where the device stands: files and bytes still to come; the refused file counted
        left = f"{before.files_to_fetch} file(s), {data_size(before.bytes_to_fetch)} left"
        qtbot.waitUntil(lambda: page.fetch_label.text() == left, timeout=SLOW)
        assert page.form.isRowVisible(page.refused_label)
        assert page.refused_label.text().startswith("1 file(s) HQ refused to send (last on ")
        assert "no longer held at HQ" in page.refused_label.text()
        assert window.sync_label.text() == f"Sync: {before.files_to_fetch} file(s) to fetch"

        # a sync: held after its first piece, while the page shows what it fetches
        if not page.running:
            qtbot.mouseClick(page.sync_button, Qt.MouseButton.LeftButton)
        assert service.reached.wait(SLOW / 1000)
        now = service.progress
        assert (now.fetch_files_total, now.fetch_bytes_total) == (
            before.files_to_fetch,
            before.bytes_to_fetch,
        )
        fetching = (
            f"fetching files from HQ: {now.files_fetched} of {now.fetch_files_total} done, "
            f"{data_size(now.bytes_fetched)} of {data_size(now.fetch_bytes_total)}"
        )
        qtbot.waitUntil(lambda: page.progress_label.text().endswith(fetching), timeout=SLOW)
        assert re.fullmatch(
            r"changes sent: 0, received: \d+", page.progress_label.text().split("\n")[0]
        )
        bar = page.progress_bar
        assert bar.isVisible() and (bar.minimum(), bar.maximum()) == (0, 1000)
        assert bar.value() == 1000 * now.bytes_fetched // now.fetch_bytes_total > 0
    finally:
        service.go_on.set()

    qtbot.waitUntil(lambda: not page.running and page.fetch_label.text() == "none", timeout=SLOW)
    done = f"files fetched from HQ: {before.files_to_fetch} of {before.files_to_fetch} "
    assert page.progress_label.text().split("\n")[1] == (
        f"{done}({data_size(before.bytes_to_fetch)})"
    )
    assert not page.progress_bar.isVisible() and page.progress_bar.maximum() == 0
    assert page.form.isRowVisible(page.refused_label)  # what happened stays told
    qtbot.waitUntil(lambda: window.sync_label.text() == "Sync: up to date", timeout=SLOW)
    # the refused file's name shows nowhere in the window
    assert not [text for text in _labels(window) if MARKER in text]


def test_nothing_to_fetch_and_nothing_refused_reads_as_such(
    qtbot, unlocked, store_dir, passphrase, hq
):
    with Store.open(store_dir, passphrase) as store:
        hq.enroll(store, "bilal")
    controller = unlocked(DesktopSync)
    page = controller.window.sync_page
    qtbot.waitUntil(lambda: page.fetch_label.text() == "none", timeout=SLOW)
    assert not page.form.isRowVisible(page.refused_label)


COUNT = st.integers(0, 10_000)
SIZE = st.integers(0, 2**40)


def test_progress_never_shows_more_fetched_than_set_out(qtbot, store):
    """Whatever the counts (a file whose SHA-256 failed comes twice; a sync resumed with
    counts of its own), the page shows no more files or bytes fetched than the fetch set out
    to bring, and its bar stays within its range."""
    page = SyncPage(DesktopSync(store), auto=False)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.last_label.text() == "never", timeout=SLOW)

    @settings(max_examples=200, deadline=None)
    @given(files=st.tuples(COUNT, COUNT), size=st.tuples(SIZE, SIZE), sent=COUNT, came=COUNT)
    def check(files, size, sent, came) -> None:
        (fetched, total), (got, set_out) = files, size
        progress = Progress(
            running=True,
            rounds=1,
            pushed=sent,
            pulled=came,
            files_fetched=fetched,
            bytes_fetched=got,
            fetch_files_total=total,
            fetch_bytes_total=set_out,
        )
        page.progress_bar.setRange(0, 0)
        page._progress(progress, running=True)
        lines = page.progress_label.text().split("\n")
        assert lines[0] == f"changes sent: {sent}, received: {came}"
        if not total:
            assert len(lines) == 1 and page.progress_bar.maximum() == 0
            return
        assert lines[1] == (
            f"fetching files from HQ: {min(fetched, total)} of {total} done, "
            f"{data_size(min(got, set_out))} of {data_size(set_out)}"
        )
        assert 0 <= page.progress_bar.value() <= page.progress_bar.maximum() == 1000

    check()


@pytest.mark.parametrize("lang", ["en", "fr", "es", "ru", "ar", "zh"])
def test_sizes_are_in_the_persons_language_with_the_digits_of_the_counts(lang):
    previous = QLocale()
    QLocale.setDefault(QLocale(lang))
    try:
        shown = [data_size(n) for n in (0, 700, 65_536, 5 * 2**20, 3 * 2**40, -1)]
    finally:
        QLocale.setDefault(previous)
    for text in shown:
        digits = [c for c in text if c.isdigit()]
        assert digits and all(c in "0123456789" for c in digits), (lang, text)
    assert shown[0] == shown[-1]  # nothing below zero
    assert [re.sub(r"\D", "", t) for t in shown[:5]] == ["0", "700", "640", "50", "30"]
