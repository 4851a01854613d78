"""Enrolment pins HQ's CA by its fingerprint: what the address serves must be exactly one
certificate. An attacker's CA appended after HQ's would pass a check of the first one and then
be trusted by every later connection: refused, on a real TLS socket on loopback."""

from __future__ import annotations

import http.server
import ssl
import threading
from pathlib import Path

import pytest

from sync import pki
from sync.client import Refused, fetch_pinned_ca


class _Serve(http.server.BaseHTTPRequestHandler):
    body = b""

    def do_GET(self) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    def log_message(self, *_args) -> None:
        pass


@pytest.fixture
def serving(tmp_path: Path):
    """A TLS server on loopback answering every GET with the body given, ended afterwards."""
    ca = pki.make_ca("Test server CA")
    leaf = pki.make_server_cert(ca, ["127.0.0.1"])
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    cert.write_bytes(pki.cert_pem(leaf.cert))
    key.write_bytes(pki.key_pem(leaf.key))
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.load_cert_chain(cert, key)
    servers = []

    def start(body: bytes) -> str:
        handler = type("Handler", (_Serve,), {"body": body})
        server = http.server.HTTPServer(("127.0.0.1", 0), handler)
        server.socket = ctx.wrap_socket(server.socket, server_side=True)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers.append(server)
        return f"https://127.0.0.1:{server.server_address[1]}"

    yield start
    for server in servers:
        server.shutdown()
        server.server_close()


def test_hqs_one_ca_is_taken_as_canonical_pem(serving) -> None:
    hq = pki.make_ca("HQ CA")
    url = serving(pki.cert_pem(hq.cert) + b"\n")
    got = fetch_pinned_ca(url, pki.fingerprint(hq.cert))
    assert got == pki.cert_pem(hq.cert)


@pytest.mark.parametrize("extra", ["attacker", "junk", "twice"])
def test_anything_beside_the_pinned_ca_is_refused(serving, extra) -> None:
    hq, attacker = pki.make_ca("HQ CA"), pki.make_ca("Attacker CA")
    body = (
        pki.cert_pem(hq.cert)
        + {
            "attacker": pki.cert_pem(attacker.cert),
            "junk": b"trailing bytes that are no certificate\n",
            "twice": pki.cert_pem(hq.cert),
        }[extra]
    )
    url = serving(body)
    with pytest.raises(Refused) as err:
        fetch_pinned_ca(url, pki.fingerprint(hq.cert))  # the first certificate matches
    assert err.value.code == "not-a-certificate"


def test_an_answer_larger_than_a_certificate_is_refused(serving) -> None:
    hq = pki.make_ca("HQ CA")
    url = serving(pki.cert_pem(hq.cert) + b"#" * (pki.MAX_CA_BYTES + 1))
    with pytest.raises(Refused):
        fetch_pinned_ca(url, pki.fingerprint(hq.cert))
