"""One failure path: failure_message for each kind of error, the default handler for background
work without an `on_failure` (the status bar, the log with the type only), and pages whose
failures go through it (a service monkeypatched to raise)."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from app import logs
from app.errors import (
    AccessDenied,
    BadInput,
    KeyFileError,
    NotFound,
    NotOurDatabase,
    SchemaTooNew,
    StoreExists,
    StoreMissing,
    UpfrontError,
    WrongPassphrase,
)
from app.situations import Situations
from ui import exchange_dialogs, strategies_page, tasks
from ui.exchange_dialogs import ExportDialog
from ui.failures import failure_message, failure_message_in
from ui.qt import QMainWindow
from ui.situations_page import SituationsPage
from ui.strategies_page import StrategiesPage

MARKER = "Zq7-record-content-marker"  # stands for what an exception's text may quote
SLOW = 15_000  # ms
UNEXPECTED = "Something unexpected went wrong"


class DriverError(Exception):
    """Stands for a library's error whose text quotes the statement's values."""


# ---- failure_message, kind by kind ------------------------------------------------------------
@pytest.mark.parametrize(
    ("exc", "headline"),
    [
        (KeyFileError(f"broken {MARKER}"), "The key file of this store cannot be read"),
        (NotOurDatabase("no"), "The database does not match this store's key file"),
        (SchemaTooNew("newer"), "saved by a newer version of Upfront"),
        (StoreMissing("none"), "There is no Upfront store in this folder."),
        (StoreExists("there"), "A store already exists in this folder."),
        (AccessDenied("locked"), "The store stays locked."),
    ],
)
def test_known_errors_get_their_headline_then_our_detail(exc, headline):
    message = failure_message(exc)
    first, detail = message.split("\n", 1)
    assert headline in first
    assert detail[0].isupper() and detail.lower() == str(exc).lower()  # ours: safe to show


def test_a_wrong_passphrase_says_so_and_nothing_more():
    assert (
        failure_message(WrongPassphrase()) == "The passphrase is not correct. Nothing was changed."
    )


def test_our_own_messages_stand_as_they_are():
    assert failure_message(BadInput("title", "is required")) == "title: is required"
    assert failure_message(NotFound("incident abc does not exist")) == "incident abc does not exist"
    assert failure_message(UpfrontError("plain")) == "plain"


def test_a_file_error_gives_the_system_words_and_the_path_never_more():
    exc = OSError(errno.ENOSPC, "No space left on device", "/media/usb/out.csv")
    assert failure_message(exc) == (
        "Upfront could not read or write a file.\nNo space left on device: /media/usb/out.csv"
    )
    bare = OSError(f"library text quoting {MARKER}")
    message = failure_message(bare)
    assert message == "Upfront could not read or write a file.\nOSError"
    assert MARKER not in message


def test_an_unexpected_error_shows_its_type_never_its_text():
    message = failure_message(DriverError(f"INSERT ... VALUES ('{MARKER}')"))
    assert message.startswith(UNEXPECTED)
    assert message.endswith("\nDriverError")
    assert MARKER not in message


def test_failure_message_in_puts_the_context_first_unless_the_message_is_ours():
    assert (
        failure_message_in("Not saved.", DriverError(MARKER))
        == f"Not saved.\n{failure_message(DriverError(MARKER))}"
    )
    assert failure_message_in("Not saved.", BadInput("name", "is required")) == "name: is required"


# ---- the default handler for background work ------------------------------------------------
@pytest.fixture
def status_window(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    tasks.show_failures_in(window.statusBar())
    yield window
    tasks.show_failures_in(None)


def test_background_work_without_a_handler_shows_the_message_and_logs_the_type(
    qtbot, tmp_path: Path, status_window
):
    log_file = logs.configure(tmp_path)
    try:

        def boom():
            raise DriverError(f"UPDATE incident SET title='{MARKER}'")

        with qtbot.waitCallback(timeout=SLOW) as done:
            tasks.run_in_background(boom)
            tasks.run_in_background(lambda: None, done)
    finally:
        logs.stop()
    shown = status_window.statusBar().currentMessage()
    assert shown == failure_message(DriverError("x"))
    assert shown.startswith(UNEXPECTED) and MARKER not in shown
    written = log_file.read_text(encoding="utf-8")
    assert "background work failed: DriverError" in written
    assert MARKER not in written


def test_without_a_status_line_a_failure_is_raised_not_swallowed(qtbot):
    window = QMainWindow()
    tasks.show_failures_in(window.statusBar())
    window.deleteLater()  # the window that named it has gone
    qtbot.waitUntil(lambda: not tasks.is_valid(window))
    with qtbot.captureExceptions() as raised:
        tasks.run_in_background(lambda: 1 / 0)
        with qtbot.waitCallback(timeout=SLOW) as done:
            tasks.run_in_background(lambda: None, done)
    assert [type(exc) for _, exc, _ in raised] == [ZeroDivisionError]


# ---- pages whose failures go through failure_message ----------------------------------------
def test_the_strategies_board_says_what_failed_and_why(qtbot, store, monkeypatch):
    def broken(_store):
        raise DriverError(MARKER)

    monkeypatch.setattr(strategies_page, "_load", broken)
    page = StrategiesPage(store)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: page.summary.text() != "", timeout=SLOW)
    assert page.summary.text() == failure_message_in(
        "The actions could not be loaded.", DriverError(MARKER)
    )
    assert MARKER not in page.summary.text()


def test_the_situations_page_says_what_failed_and_why(qtbot, store, monkeypatch):
    def broken(_self, *args, **kwargs):
        raise DriverError(MARKER)

    monkeypatch.setattr(Situations, "list", broken)
    page = SituationsPage(store)
    qtbot.addWidget(page)
    qtbot.waitUntil(lambda: "could not be loaded" in page.summary.text(), timeout=SLOW)
    assert page.summary.text() == failure_message_in(
        "The situations could not be loaded.", DriverError(MARKER)
    )
    assert MARKER not in page.summary.text()


def test_the_export_dialog_says_what_failed_and_why(qtbot, store, monkeypatch, tmp_path):
    def broken(_store, _request, path, **_progress):
        raise OSError(errno.EACCES, "Permission denied", path)

    monkeypatch.setattr(exchange_dialogs, "_export", broken)
    dialog = ExportDialog(store)
    qtbot.addWidget(dialog)
    out = tmp_path / "out.csv"
    with qtbot.waitSignal(dialog.failed, timeout=SLOW) as failed:
        dialog.export_to(out)
    expected = (
        "The export could not be written.\nUpfront could not read or write a file.\n"
        f"Permission denied: {out}"
    )
    assert failed.args == [expected]
    assert dialog.status.text() == expected
