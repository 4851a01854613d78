"""`upfront-hq bundle import` treats the USB stick as hostile: it never writes through a link
planted there, never overwrites anything, keeps every receipt in HQ's own receipts folder, and
reads a bundle only if it is a regular file no larger than a bundle can be. Real
`upfront-hq` processes, a real HQ (PostgreSQL, and the embedded SQLite), real device stores."""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import time
from pathlib import Path

import pytest
from synchelp import incident

from sync import protocol as p

VICTIM = b"HQ's precious file: must never change\n"
BOTH = pytest.mark.parametrize("hq_db", ["postgresql", "sqlite"], indirect=True)


def hq_cmd(hq_dir: Path, *args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "sync.hq.cli", "--dir", str(hq_dir), *args],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=cwd,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
    )


@pytest.fixture
def stick(tmp_path, make_device, running_hq):
    """A USB stick holding a device's bundle, and a file of HQ's that must never change."""
    dev = make_device("amina")
    dev.incidents.add(incident())
    usb = tmp_path / "usb"
    usb.mkdir()
    bundle = usb / "syr.upfront"
    dev.client.export_bundle(bundle)
    victim = tmp_path / "hq-secret.txt"
    victim.write_bytes(VICTIM)
    return dev, usb, bundle, victim


def applied_through(running_hq) -> int:
    return running_hq.hq.devices()[0]["applied_through"]


def receipts(running_hq) -> list[Path]:
    folder = running_hq.directory / "receipts"
    return sorted(folder.iterdir()) if folder.exists() else []


@BOTH
def test_a_link_planted_beside_the_bundle_is_never_written_through(stick, running_hq):
    dev, usb, bundle, victim = stick
    planted = usb / "syr.upfront.receipt"  # where the receipt used to go
    planted.symlink_to(victim)
    done = hq_cmd(running_hq.directory, "bundle", "import", str(bundle))
    assert done.returncode == 0, done.stderr
    assert victim.read_bytes() == VICTIM
    assert planted.is_symlink() and os.readlink(planted) == str(victim)
    assert sorted(usb.iterdir()) == [bundle, planted]  # nothing else put on the stick

    kept = receipts(running_hq)
    assert [str(k) for k in kept] == done.stdout.split()  # printed where it went
    assert kept[0].name.startswith(f"{dev.client.state().device_id}_000000001-000000001_")
    assert oct(kept[0].stat().st_mode & 0o777) == "0o600"
    assert str(kept[0]) in done.stderr
    assert dev.client.apply_receipt(kept[0])["answered"] == 1  # HQ's signed receipt
    assert applied_through(running_hq) == 1


def test_receipt_path_refuses_links_and_existing_files(stick, running_hq, tmp_path):
    dev, usb, bundle, victim = stick
    hq_dir = running_hq.directory
    existing = usb / "old.receipt"
    existing.write_bytes(b"an earlier receipt")
    (usb / "link.receipt").symlink_to(victim)
    (usb / "dangling.receipt").symlink_to(tmp_path / "would-be-created")
    (usb / "folder-link").symlink_to(tmp_path, target_is_directory=True)
    (usb / "a-folder").mkdir()
    refused = {
        "link": str(usb / "link.receipt"),
        "dangling link": str(usb / "dangling.receipt"),
        "existing file": str(existing),
        "folder": str(usb / "a-folder"),
        "through a linked folder": str(usb / "folder-link" / "new.receipt"),
        "missing folder": str(usb / "nowhere" / "new.receipt"),
        "no name": str(usb) + "/..",
    }
    for what, target in refused.items():
        done = hq_cmd(hq_dir, "bundle", "import", str(bundle), "--receipt", target)
        assert done.returncode == 2, (what, done.stderr)
        assert "receipt:" in done.stderr, what
        assert "Traceback" not in done.stderr
    assert victim.read_bytes() == VICTIM and existing.read_bytes() == b"an earlier receipt"
    assert not (tmp_path / "would-be-created").exists()
    assert not (tmp_path / "new.receipt").exists()
    assert applied_through(running_hq) == 0  # refused before anything was applied
    assert receipts(running_hq) == []

    chosen = usb / "back-to-syr.receipt"
    done = hq_cmd(hq_dir, "bundle", "import", str(bundle), "--receipt", str(chosen))
    assert done.returncode == 0, done.stderr
    kept = receipts(running_hq)
    assert done.stdout.split() == [str(kept[0]), str(chosen)]
    assert chosen.read_bytes() == kept[0].read_bytes()
    assert not [x for x in usb.iterdir() if x.name.endswith(".part")]
    relative = hq_cmd(
        hq_dir, "bundle", "import", str(bundle), "--receipt", "again.receipt", cwd=usb
    )
    assert relative.returncode == 0 and (usb / "again.receipt").is_file()
    assert dev.client.apply_receipt(chosen)["answered"] == 1


def test_importing_twice_keeps_both_receipts(stick, running_hq):
    dev, usb, bundle, _victim = stick
    first = hq_cmd(running_hq.directory, "bundle", "import", str(bundle))
    assert first.returncode == 0, first.stderr
    kept = receipts(running_hq)
    before = kept[0].read_bytes()
    second = hq_cmd(running_hq.directory, "bundle", "import", str(bundle))
    assert second.returncode == 0 and "nothing changed" in second.stderr
    both = receipts(running_hq)
    assert len(both) == 2 and kept[0] in both and kept[0].read_bytes() == before
    again = p.open_receipt(
        Path(second.stdout.strip()).read_bytes(), running_hq.hq.keys.signing_public
    )
    assert again.duplicate and again.seq_from == 1 and again.seq_to == 1


def test_hostile_bundle_files_are_refused_before_being_read(stick, running_hq, tmp_path):
    dev, usb, bundle, victim = stick
    link = usb / "link.upfront"
    link.symlink_to(bundle)
    fifo = usb / "fifo.upfront"
    os.mkfifo(fifo)  # opening it to read would wait for a writer forever
    huge = usb / "huge.upfront"
    with huge.open("wb") as fh:  # sparse: large on paper, nothing on the disk
        fh.write(p.BUNDLE_MAGIC)
        fh.truncate(p.MAX_BUNDLE + 1)
    garbage = usb / "garbage.upfront"
    garbage.write_bytes(b"not a bundle at all")
    truncated = usb / "cut.upfront"
    truncated.write_bytes(bundle.read_bytes()[:200])
    cases = {
        str(link): "symbolic link",
        str(fifo): "not a regular file",
        str(usb): "not a regular file",
        "/dev/zero": "not a regular file",
        str(huge): "larger than a bundle can be",
        str(usb / "missing"): "no such file",
        str(garbage): "not an Upfront bundle",
        str(truncated): "bundle:",
    }
    for path, reason in cases.items():
        done = hq_cmd(running_hq.directory, "bundle", "import", path)
        assert done.returncode == 2, (path, done.stderr)
        assert "bundle:" in done.stderr and reason in done.stderr, (path, done.stderr)
        assert "Traceback" not in done.stderr
    assert applied_through(running_hq) == 0 and receipts(running_hq) == []
    assert (
        json.loads(hq_cmd(running_hq.directory, "device", "list").stdout)[0]["applied_through"] == 0
    )


def test_killed_mid_import_leaves_whole_receipts_or_none(stick, running_hq):
    """kill -9 at any moment: every receipt that exists (HQ's copy, the --receipt one) opens
    with HQ's signature; nothing but hidden .part files is ever half-written."""
    dev, usb, bundle, _victim = stick
    key = running_hq.hq.keys.signing_public
    rng = random.Random(7)
    for n in range(6):
        target = usb / f"try-{n}.receipt"
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "sync.hq.cli",
                "--dir",
                str(running_hq.directory),
                "bundle",
                "import",
                str(bundle),
                "--receipt",
                str(target),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "PYTHONPATH": str(Path(__file__).parents[2])},
        )
        try:
            time.sleep(rng.uniform(0.5, 9.0))
        finally:
            proc.kill()
            proc.wait(30)
        for path in [*receipts(running_hq), *usb.iterdir()]:
            if path.name.endswith(".receipt"):
                assert p.open_receipt(path.read_bytes(), key).device
            else:
                assert path in (bundle,) or (
                    path.name.startswith(".") and path.name.endswith(".part")
                )
    done = hq_cmd(running_hq.directory, "bundle", "import", str(bundle))
    assert done.returncode == 0, done.stderr
    assert dev.client.apply_receipt(Path(done.stdout.strip()))["answered"] == 1
