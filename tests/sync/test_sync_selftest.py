"""The self-test's sync checks against a real HQ over real TLS on loopback: an enrolled device
reaches it with its own certificate; HQ down, or a certificate HQ would refuse, fails the
check with the reason."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from app import selftest
from sync import device as d
from sync import pki
from sync import selftest as sync_selftest


def _hq(tmp_path, store, locked: bool = False) -> selftest.Result:
    check = next(c for c in sync_selftest.CHECKS if c.name == "hq")
    (result,) = selftest.run([check], tmp_path, store=store, locked=locked).results
    return result


def test_sealing_check_passes():
    (result,) = selftest.run([sync_selftest.CHECKS[0]], Path(".")).results
    assert (result.name, result.status) == ("sealing", "ok")


def test_an_enrolled_device_reaches_hq(tmp_path, running_hq, make_device):
    dev = make_device("amina")
    result = _hq(tmp_path, dev.store)
    assert result.status == "ok", result.detail
    assert result.detail.startswith(f"HQ at 127.0.0.1:{running_hq.port} answers over TLS")
    assert "certificate is valid until 20" in result.detail


def test_hq_down_fails_naming_the_link(tmp_path, running_hq, make_device):
    dev = make_device("amina")
    running_hq.stop()
    try:
        result = _hq(tmp_path, dev.store)
    finally:
        running_hq.start()
    assert result.status == "FAIL"
    assert "HQ" in result.detail and "Traceback" not in result.detail


def test_a_certificate_hq_would_refuse_fails(tmp_path, running_hq, make_device):
    """The device's state as enrollment saved it, but pinned to another HQ's CA: the check
    says so before any connection (HQ would refuse the handshake)."""
    dev = make_device("amina")
    with dev.store.transaction() as s:
        state = d.load_state(s)
        d.save_state(
            s,
            dataclasses.replace(
                state, ca_pem=pki.cert_pem(pki.make_ca("Some other HQ").cert).decode()
            ),
        )
    result = _hq(tmp_path, dev.store)
    assert result.status == "FAIL"
    assert result.detail == (
        "this device's certificate was not issued by the HQ it pinned; enroll the device again"
    )


def test_locked_or_not_enrolled_is_skipped(tmp_path):
    locked = _hq(tmp_path, None, locked=True)
    assert locked.status == "skip" and "store is locked" in locked.detail
    assert _hq(tmp_path, None).detail == "no store here, so not enrolled with HQ"
