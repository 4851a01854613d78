"""An address that answers with an endless or oversized body (a hostile host where HQ should
be, before the CA is pinned; or anything in the middle) is refused before the answer is read
whole: the laptop's memory is not the attacker's to fill. Real TLS on loopback, with the
test's own throwaway CA."""

from __future__ import annotations

import socket
import ssl
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from sync import pki
from sync.client import MAX_CA_ANSWER, Link, SyncFailed, fetch_ca

CHUNK = 64 * 1024


class HostileServer:
    """Answers every request with `declared` in Content-Length (or none) and then sends
    bytes until the client goes away; counts what it managed to send."""

    def __init__(self, tmp: Path, declared: int | None) -> None:
        ca = pki.make_ca("Throwaway test CA")
        server = pki.make_server_cert(ca, ["localhost", "127.0.0.1"])
        assert server.key is not None
        (tmp / "cert.pem").write_bytes(pki.cert_pem(server.cert))
        (tmp / "key.pem").write_bytes(pki.key_pem(server.key))
        self.ca_pem = pki.cert_pem(ca.cert)
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(tmp / "cert.pem", tmp / "key.pem")
        self.declared = declared
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self.sent = 0
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        try:
            raw, _ = self.sock.accept()
        except OSError:
            return
        try:
            with self.context.wrap_socket(raw, server_side=True) as conn:
                conn.recv(65536)  # the request
                length = f"Content-Length: {self.declared}\r\n" if self.declared else ""
                conn.sendall(f"HTTP/1.1 200 OK\r\n{length}Connection: close\r\n\r\n".encode())
                block = b"x" * CHUNK
                while self.sent < 1024 * 1024 * 1024:  # 1 GiB: far more than any cap
                    conn.sendall(block)
                    self.sent += CHUNK
        except (OSError, ssl.SSLError):
            return  # the client went away, as it should

    def close(self) -> None:
        self.sock.close()
        self.thread.join(timeout=10)


@pytest.fixture
def hostile(tmp_path: Path) -> Iterator[callable]:
    made: list[HostileServer] = []

    def make(declared: int | None) -> HostileServer:
        server = HostileServer(tmp_path, declared)
        made.append(server)
        return server

    yield make
    for server in made:
        server.close()


@pytest.mark.parametrize("declared", [None, 10 * 1024 * 1024 * 1024], ids=["endless", "declared"])
def test_the_ca_fetch_reads_no_more_than_a_certificate(hostile, declared):
    server = hostile(declared)
    with pytest.raises(SyncFailed) as err:
        fetch_ca(f"https://127.0.0.1:{server.port}", timeout=10)
    assert "more than any answer" in str(err.value)
    server.close()
    # the client stopped reading: the server could not push much past the cap (socket
    # buffers hold a few MiB at most), never the gigabyte it tried
    assert server.sent < MAX_CA_ANSWER + 16 * 1024 * 1024


def test_a_synced_answer_past_the_protocol_limit_is_refused(hostile):
    server = hostile(None)
    context = pki.client_context(server.ca_pem)
    context.check_hostname = False  # the throwaway certificate names 127.0.0.1 and localhost
    link = Link(f"https://127.0.0.1:{server.port}", context, timeout=10, max_answer=256 * 1024)
    with pytest.raises(SyncFailed) as err:
        link.request("GET", "/v1/anything")
    assert "runs past 262,144 bytes" in str(err.value)
    assert link.conn is None  # the connection was dropped, not kept half-read
    server.close()
    assert server.sent < 256 * 1024 + 16 * 1024 * 1024
