"""Enrol with HQ from the window (issue 17): the dialog the Sync page opens, against a real HQ
served over TLS on loopback (`hq`: tests/ui/conftest.py)."""

from __future__ import annotations

import ast
import http.server
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.demo import SAMPLE_KEY
from app.models import StoreMeta
from app.store import Store
from sync import device as d
from sync import pki
from sync.client import enroll
from sync.desktop import DesktopSync
from tests.sync.synchelp import FAST_KDF, PASSPHRASE, free_port
from ui.enrol_dialog import EnrolDialog, grouped, hex_digits
from ui.qt import Qt
from ui.sync_page import SyncPage

UI = Path(__file__).resolve().parents[2] / "ui"


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Store]:
    """A real store, not enrolled."""
    store, _ = Store.create(tmp_path / "laptop", "laptop", PASSPHRASE, kdf=FAST_KDF)
    yield store
    if not store.closed:
        store.close()


def _dialog(qtbot, store: Store) -> EnrolDialog:
    dialog = EnrolDialog(DesktopSync(store))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _type(dialog: EnrolDialog, url: str, token: str, fingerprint: str, name: str = "") -> None:
    dialog.url_edit.setText(url)
    dialog.token_edit.setText(token)
    dialog.fingerprint_edit.setText(fingerprint)
    if name:
        dialog.name_edit.setText(name)


def _enrol_and_wait(qtbot, dialog: EnrolDialog) -> None:
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert dialog.busy and not dialog.enrol_button.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def _enrolled(store: Store) -> bool:
    return d.status(store).enrolled


def test_grouped_fingerprint_reads_in_groups_of_four():
    fp = pki.normalise_fingerprint("ab" * 32)
    assert grouped(fp) == "\n".join(["ABAB ABAB ABAB ABAB"] * 4)
    assert hex_digits("ab:cd ef-01") == "ABCDEF01"


def test_enrolment_from_the_sync_page_shows_the_fingerprint_and_the_team(qtbot, hq, fresh):
    page = SyncPage(DesktopSync(fresh), auto=False)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: page.enrol_button.isVisible(), timeout=10_000)
    assert "upfront" not in page.hq_label.text()
    assert not page.sync_button.isEnabled()
    qtbot.mouseClick(page.enrol_button, Qt.MouseButton.LeftButton)
    dialog = page.enrol_dialog
    assert dialog is not None and dialog.isVisible()

    # before enrolling: the fingerprint the address serves, to read to HQ by phone
    token = hq.server.create_token("SYR")
    # as HQ may dictate it: lower case, in groups, no colons
    typed = " ".join(hq.fingerprint.replace(":", "").lower()[i : i + 4] for i in range(0, 64, 4))
    _type(dialog, hq.url, token, typed, "amina-laptop")
    qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.fingerprint_label.text() != "", timeout=20_000)
    assert dialog.fingerprint_label.text() == grouped(hq.fingerprint)
    assert "It is the fingerprint you typed" in dialog.fingerprint_note.text()
    assert not _enrolled(fresh)

    with qtbot.waitSignal(dialog.enrolled, timeout=30_000) as signal:
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert signal.args[0]["team"] == "SYR"
    assert "team SYR" in dialog.result_label.text() and dialog.result_label.isVisible()
    assert dialog.fingerprint_label.text() == grouped(hq.fingerprint)
    assert "now trusted" in dialog.fingerprint_heading.text()
    assert dialog.token_edit.text() == "" and not dialog.enrol_button.isVisible()
    assert _enrolled(fresh)
    assert [x["name"] for x in hq.server.devices()] == ["amina-laptop"]

    # the page shows the device enrolled, and can sync
    qtbot.waitUntil(lambda: page.hq_label.text() == hq.url, timeout=10_000)
    assert not page.enrol_button.isVisible() and page.sync_button.isEnabled()
    dialog.reject()


def test_an_analyst_device_is_told_its_scope(qtbot, hq, fresh):
    dialog = _dialog(qtbot, fresh)
    _type(dialog, hq.url, hq.server.create_token(None, analyst=True, scope=["SYR"]), hq.fingerprint)
    with qtbot.waitSignal(dialog.enrolled, timeout=30_000):
        qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert "analyst" in dialog.result_label.text() and "SYR" in dialog.result_label.text()
    assert _enrolled(fresh)


def test_a_wrong_fingerprint_is_refused_on_its_field_and_nothing_is_stored(qtbot, hq, fresh):
    dialog = _dialog(qtbot, fresh)
    token = hq.server.create_token("SYR")
    other = pki.fingerprint(pki.make_ca("Not HQ").cert)
    _type(dialog, hq.url, token, other)
    _enrol_and_wait(qtbot, dialog)
    message = dialog.messages["fingerprint"]
    assert message.is_error and message.text().startswith("CA fingerprint:")
    assert "another fingerprint" in message.text()
    # the one HQ's CA has, to read to HQ by phone
    assert dialog.fingerprint_label.text() == grouped(hq.fingerprint)
    assert "NOT the fingerprint you typed" in dialog.fingerprint_note.text()
    assert not _enrolled(fresh) and dialog.answer is None
    # what was typed stays, the token too (it was not spent)
    assert dialog.token_edit.text() == token and dialog.url_edit.text() == hq.url
    assert "Traceback" not in dialog.banner.text() and "upfront" not in dialog.banner.text()


def test_a_spent_token_is_refused_and_cleared(qtbot, hq, fresh, tmp_path):
    token = hq.server.create_token("SYR")
    other, _ = Store.create(tmp_path / "other", "other", PASSPHRASE, kdf=FAST_KDF)
    try:
        enroll(other, hq.url, token, hq.fingerprint, "other")
    finally:
        other.close()
    dialog = _dialog(qtbot, fresh)
    _type(dialog, hq.url, token, hq.fingerprint)
    _enrol_and_wait(qtbot, dialog)
    message = dialog.messages["token"]
    assert message.is_error and message.text().startswith("Token:")
    assert "already used" in message.text()
    assert dialog.token_edit.text() == ""  # spent: cleared
    assert dialog.url_edit.text() == hq.url and dialog.fingerprint_edit.text() == hq.fingerprint
    assert not _enrolled(fresh)
    assert "nothing was stored" in dialog.banner.text()


@pytest.mark.parametrize(
    ("kind", "words", "cleared"),
    [("expired", "has expired", True), ("unknown", "does not know this token", False)],
)
def test_an_expired_token_is_cleared_and_a_mistyped_one_kept(
    qtbot, hq, fresh, kind, words, cleared
):
    token = hq.server.create_token("SYR", hours=-1) if kind == "expired" else "not-a-token"
    dialog = _dialog(qtbot, fresh)
    _type(dialog, hq.url, token, hq.fingerprint)
    _enrol_and_wait(qtbot, dialog)
    message = dialog.messages["token"]
    assert message.is_error and message.text().startswith("Token:") and words in message.text()
    assert dialog.token_edit.text() == ("" if cleared else token)
    assert not _enrolled(fresh)


def test_an_address_that_does_not_speak_tls_is_refused_in_plain_words(qtbot, fresh):
    """A plain HTTP server where HQ's https address should be: the TLS handshake fails."""
    server = http.server.HTTPServer(("127.0.0.1", 0), http.server.BaseHTTPRequestHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        dialog = _dialog(qtbot, fresh)
        _type(dialog, f"https://127.0.0.1:{server.server_port}", "tok", "AB" * 32)
        _enrol_and_wait(qtbot, dialog)
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
    message = dialog.messages["url"]
    assert message.is_error and "no secure connection" in message.text()
    assert "SSL" not in message.text() and "SSL" not in dialog.banner.text()
    assert not _enrolled(fresh)


def test_an_unreachable_address_is_refused_in_plain_words(qtbot, fresh):
    dialog = _dialog(qtbot, fresh)
    url = f"https://127.0.0.1:{free_port()}"  # nothing listens there
    _type(dialog, url, "some-token", "AB" * 32)
    _enrol_and_wait(qtbot, dialog)
    message = dialog.messages["url"]
    assert message.is_error and message.text().startswith("HQ address:")
    assert "could not be reached" in message.text()
    assert "Error" not in message.text() and "upfront" not in dialog.banner.text()
    assert dialog.token_edit.text() == "some-token"
    assert not _enrolled(fresh)


def test_a_sample_store_is_refused_before_any_network_contact(qtbot, fresh):
    with fresh.transaction() as s:
        s.merge(StoreMeta(key=SAMPLE_KEY, value="1"))
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    listener.setblocking(False)
    try:
        dialog = _dialog(qtbot, fresh)
        url = f"https://127.0.0.1:{listener.getsockname()[1]}"
        _type(dialog, url, "some-token", "AB" * 32)
        _enrol_and_wait(qtbot, dialog)
        assert "sample store" in dialog.banner.text()
        assert "upfront" not in dialog.banner.text().lower().replace("upfront hq", "")
        qtbot.mouseClick(dialog.show_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: not dialog.busy, timeout=10_000)
        assert "sample store" in dialog.banner.text()
        assert dialog.fingerprint_label.text() == ""
        with pytest.raises(BlockingIOError):
            listener.accept()  # nobody ever connected
    finally:
        listener.close()
    assert not _enrolled(fresh)


@pytest.mark.parametrize(
    ("url", "token", "fingerprint", "field", "start"),
    [
        ("https://hq.example.org", "", "AB" * 32, "token", "Token:"),
        ("https://hq.example.org", "tok", "AB" * 31, "fingerprint", "CA fingerprint:"),
        ("https://hq.example.org", "tok", "", "fingerprint", "CA fingerprint:"),
        ("http://hq.example.org", "tok", "AB" * 32, "url", "HQ address:"),
        ("", "tok", "AB" * 32, "url", "HQ address:"),
    ],
)
def test_bad_input_names_the_field_and_sends_nothing(
    qtbot, fresh, url, token, fingerprint, field, start
):
    dialog = _dialog(qtbot, fresh)
    _type(dialog, url, token, fingerprint)
    qtbot.mouseClick(dialog.enrol_button, Qt.MouseButton.LeftButton)
    assert not dialog.busy  # refused before the worker
    message = dialog.messages[field]
    assert message.is_error and message.text().startswith(start)
    others = [m for key, m in dialog.messages.items() if key != field]
    assert not any(m.is_error for m in others)
    assert not _enrolled(fresh)


def test_the_service_refuses_an_http_address_naming_the_field(fresh):
    from sync.desktop import EnrolRefused

    with pytest.raises(EnrolRefused) as refused:
        DesktopSync(fresh).enroll("http://hq.example.org", "tok", "AB" * 32, "x")
    assert refused.value.problem == "input" and refused.value.field == "url"


# ---- no window text names a command ----------------------------------------------------------


def _translatable(tree: ast.AST) -> Iterator[str]:
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = getattr(node.func, "attr", None) or getattr(node.func, "id", None)
        if name not in {"tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP"}:
            continue
        for arg in node.args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                yield arg.value


def test_no_window_text_names_a_command():
    found = set()
    for path in sorted(UI.rglob("*.py")):
        for text in _translatable(ast.parse(path.read_text(encoding="utf-8"))):
            if "`upfront" in text:
                found.add((path.relative_to(UI).as_posix(), text))
    assert found == set(), "window texts naming a command"
