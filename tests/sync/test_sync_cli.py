"""`upfront-hq` and the device's sync commands, as a person types them: real processes, real
TLS on loopback, HQ on PostgreSQL."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from synchelp import free_port, incident, start_server, stop_process

from tests.conftest import run_with_reader_gone

PASS = "a long enough passphrase"


def hq_cmd(hq_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sync.hq.cli", "--dir", str(hq_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def device_cmd(data: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ui.main", *args, "--data-dir", str(data)],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "UPFRONT_PASSPHRASE": PASS, **env},
    )


@pytest.fixture
def hq_setup(tmp_path, pg_url):
    hq_dir = tmp_path / "hq"
    init = hq_cmd(hq_dir, "init", "--db", pg_url, "--name", "127.0.0.1")
    assert init.returncode == 0, init.stderr
    fingerprint = init.stdout.strip()
    assert len(fingerprint.split(":")) == 32  # SHA-256, alone on stdout
    assert hq_cmd(hq_dir, "init").returncode == 1  # never overwrites an HQ
    team = hq_cmd(hq_dir, "team", "add", "syr")
    assert team.returncode == 0 and team.stdout.strip() == "SYR"
    assert hq_cmd(hq_dir, "team", "add", "XXX").returncode == 2  # not a country: bad input
    port = free_port()
    server = {"proc": start_server(hq_dir, port, pg_url), "port": port, "db": pg_url}
    try:
        yield hq_dir, fingerprint, f"https://127.0.0.1:{port}", server
    finally:
        stop_process(server["proc"])


@pytest.mark.slow
def test_enroll_sync_and_usb_bundle_from_the_command_line(tmp_path, hq_setup):
    hq_dir, fingerprint, url, server = hq_setup
    token = hq_cmd(hq_dir, "token", "create", "--team", "SYR")
    assert token.returncode == 0 and len(token.stdout.split()) == 1  # printed alone
    data = tmp_path / "device"
    assert device_cmd(data, "init").returncode == 0

    wrong = device_cmd(
        data, "enroll", "--hq", url, "--token", token.stdout.strip(), "--ca-fingerprint", "00" * 32
    )
    assert wrong.returncode == 1 and "fingerprint" in wrong.stderr
    enrolled = device_cmd(
        data,
        "enroll",
        "--hq",
        url,
        "--token",
        token.stdout.strip(),
        "--ca-fingerprint",
        fingerprint,
    )
    assert enrolled.returncode == 0, enrolled.stderr
    again = device_cmd(
        data,
        "enroll",
        "--hq",
        url,
        "--token",
        token.stdout.strip(),
        "--ca-fingerprint",
        fingerprint,
    )
    assert again.returncode == 1 and "already used" in again.stderr  # single use

    doc = tmp_path / "incident.json"
    doc.write_text(json.dumps(incident()))
    assert device_cmd(data, "incident", "add", "--file", str(doc)).returncode == 0
    synced = device_cmd(data, "sync", "--json")
    assert synced.returncode == 0, synced.stderr
    assert json.loads(synced.stdout)["pushed"] == 1

    # no link: the changes go by USB stick
    assert device_cmd(data, "incident", "add", "--file", str(doc)).returncode == 0
    bundle = tmp_path / "to-hq.upfront"
    exported = device_cmd(data, "bundle", "export", "--out", str(bundle))
    assert exported.returncode == 0, exported.stderr
    assert b"Shelling" not in bundle.read_bytes()  # sealed
    imported = hq_cmd(hq_dir, "bundle", "import", str(bundle))
    assert imported.returncode == 0, imported.stderr
    receipt_file = imported.stdout.strip()  # kept in HQ's receipts folder, path printed
    assert Path(receipt_file).parent == hq_dir / "receipts"
    devices = json.loads(hq_cmd(hq_dir, "device", "list").stdout)
    assert devices[0]["applied_through"] == 2
    twice = hq_cmd(
        hq_dir, "bundle", "import", str(bundle), "--receipt", str(tmp_path / "second.receipt")
    )
    assert twice.returncode == 0 and "nothing changed" in twice.stderr
    assert json.loads(hq_cmd(hq_dir, "device", "list").stdout)[0]["applied_through"] == 2

    status = json.loads(device_cmd(data, "sync", "--status").stdout)
    assert status["pending"] == 1  # not delivered until the receipt comes back
    receipt = device_cmd(data, "bundle", "receipt", receipt_file)
    assert receipt.returncode == 0, receipt.stderr
    assert json.loads(device_cmd(data, "sync", "--status").stdout)["pending"] == 0
    forged = tmp_path / "forged.receipt"
    raw = bytearray(Path(receipt_file).read_bytes())
    raw[-5] ^= 1
    forged.write_bytes(bytes(raw))
    refused = device_cmd(data, "bundle", "receipt", str(forged))
    assert refused.returncode == 2 and "receipt" in refused.stderr

    # revoked at HQ: the device is refused with the reason
    device_id = devices[0]["id"]
    assert hq_cmd(hq_dir, "device", "revoke", device_id).returncode == 0
    assert device_cmd(data, "incident", "add", "--file", str(doc)).returncode == 0
    revoked = device_cmd(data, "sync")
    assert revoked.returncode == 1 and "revoked" in revoked.stderr


@pytest.mark.slow
def test_sync_fails_with_the_reason_when_hq_is_unreachable(tmp_path, hq_setup):
    hq_dir, fingerprint, url, server = hq_setup
    token = hq_cmd(hq_dir, "token", "create", "--team", "SYR").stdout.strip()
    data = tmp_path / "device"
    device_cmd(data, "init")
    assert (
        device_cmd(
            data, "enroll", "--hq", url, "--token", token, "--ca-fingerprint", fingerprint
        ).returncode
        == 0
    )
    not_yet = device_cmd(tmp_path / "other", "init")
    assert not_yet.returncode == 0
    unenrolled = device_cmd(tmp_path / "other", "sync")
    assert unenrolled.returncode == 1 and "upfront enroll" in unenrolled.stderr
    doc = tmp_path / "incident.json"
    doc.write_text(json.dumps(incident()))
    device_cmd(data, "incident", "add", "--file", str(doc))
    stop_process(server["proc"], kill=True)  # HQ goes away
    down = device_cmd(data, "sync")
    assert down.returncode == 1 and "connection to HQ" in down.stderr
    status = json.loads(device_cmd(data, "sync", "--status").stdout)
    assert status["pending"] == 1 and status["last_error"]
    server["proc"] = start_server(hq_dir, server["port"], server["db"])
    back = device_cmd(data, "sync")
    assert back.returncode == 0, back.stderr
    assert json.loads(device_cmd(data, "sync", "--status").stdout)["pending"] == 0


@pytest.mark.slow
def test_a_bundle_never_overwrites_unless_asked_and_hq_lists_into_head(tmp_path, hq_setup):
    hq_dir, fingerprint, url, _server = hq_setup
    token = hq_cmd(hq_dir, "token", "create", "--team", "SYR").stdout.strip()
    data = tmp_path / "device"
    assert device_cmd(data, "init").returncode == 0
    assert (
        device_cmd(
            data, "enroll", "--hq", url, "--token", token, "--ca-fingerprint", fingerprint
        ).returncode
        == 0
    )
    doc = tmp_path / "incident.json"
    doc.write_text(json.dumps(incident()))
    assert device_cmd(data, "incident", "add", "--file", str(doc)).returncode == 0

    stick = tmp_path / "stick"
    stick.mkdir()
    bundle = stick / "to-hq.upfront"
    bundle.write_bytes(b"yesterday's bundle, not yet taken to HQ")
    refused = device_cmd(data, "bundle", "export", "--out", str(bundle))
    assert refused.returncode == 2
    assert "out: exists; pass --replace to replace it" in refused.stderr
    assert bundle.read_bytes() == b"yesterday's bundle, not yet taken to HQ"
    link = stick / "link.upfront"
    link.symlink_to(bundle)
    linked = device_cmd(data, "bundle", "export", "--out", str(link), "--replace")
    assert linked.returncode == 2 and "out: is a symbolic link" in linked.stderr
    fresh = stick / "new.upfront"
    assert device_cmd(data, "bundle", "export", "--out", str(fresh)).returncode == 0
    replaced = device_cmd(data, "bundle", "export", "--out", str(bundle), "--replace")
    assert replaced.returncode == 0, replaced.stderr
    assert bundle.read_bytes()[:8] == fresh.read_bytes()[:8] != b"yesterda"
    assert sorted(p.name for p in stick.iterdir()) == [
        "link.upfront",
        "new.upfront",
        "to-hq.upfront",
    ]  # nothing staged is left behind
    assert hq_cmd(hq_dir, "bundle", "import", str(bundle)).returncode == 0

    # `upfront-hq device list | head`: the reader going away is not an error
    code, err = run_with_reader_gone(
        [sys.executable, "-m", "sync.hq.cli", "--dir", str(hq_dir), "device", "list"]
    )
    assert code == 141, err
    assert err == b""
