"""HQ logs each batch it takes (device, counts) and each refusal (its code), at INFO, and never
a record's content: a marker put in a title and a narrative appears in no log record."""

from __future__ import annotations

import logging
import tempfile
import uuid
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import ed25519
from synchelp import incident, make_hq_dir

from app.hlc import pack, wall_ms
from sync import pki
from sync import protocol as p
from sync.hq.models import Device

MARKER = "ZQX-marker-7731"


def as_paths(doc: dict) -> dict:
    out = {k: v for k, v in doc.items() if k != "location"}
    out.update({f"location.{k}": v for k, v in doc["location"].items()})
    return out


def test_batches_and_refusals_are_logged_without_record_content(caplog):
    with tempfile.TemporaryDirectory() as tmp:
        hq = make_hq_dir(Path(tmp), f"sqlite:///{Path(tmp) / 'hq.db'}")
        try:
            hq.add_team("SYR")
            token = hq.create_token("SYR")
            signer = ed25519.Ed25519PrivateKey.generate().public_key().public_bytes_raw().hex()
            device_id = hq.enroll(
                token, pki.make_csr(pki.new_tls_key()).decode(), signer, "logging"
            )["device_id"]
            with hq.session() as s:
                head = s.get(Device, device_id).head
            good = as_paths(incident(title=f"Title {MARKER}", narrative=f"Narrative {MARKER}"))
            bad = dict(good, title="")  # refused: a title is required
            stamp = pack(wall_ms(), 0)
            changes = [
                p.Change(1, str(uuid.uuid4()), p.Op.CREATE, stamp, good),
                p.Change(2, str(uuid.uuid4()), p.Op.CREATE, stamp, bad),
                p.Change(
                    3, str(uuid.uuid4()), p.Op.UPDATE, stamp, {"narrative": f"Again {MARKER}"}
                ),
            ]
            with caplog.at_level(logging.INFO, logger="upfront.hq"):
                pushed = hq.push(device_id, 1, 3, head, changes)
                try:  # a request refused whole: a chunk for a device that is not the sender
                    hq.upload(b"\x80", tls_device=device_id)
                except p.ProtocolError as err:
                    refusal = err.code
                else:
                    raise AssertionError("the upload was not refused")
        finally:
            hq.engine.dispose()

    assert [(r.seq, r.code) for r in pushed.results] == [(2, p.REJECTED), (3, p.REJECTED)]
    records = [r for r in caplog.records if r.name == "upfront.hq"]
    messages = [r.getMessage() for r in records]
    assert all(r.levelno == logging.INFO for r in records), messages
    batch = [m for m in messages if m.startswith("sync 1-3 ")]
    assert batch == [
        f"sync 1-3 from device {device_id}: 3 change(s), 1 applied, 0 conflict(s), 2 refused"
    ], messages
    assert f"change 2 from device {device_id} refused: title" in messages
    assert f"change 3 from device {device_id} refused: id" in messages
    assert f"upload from device {device_id} refused: 400 {refusal}" in messages
    for record in caplog.records:  # every logger, not only HQ's
        text = record.getMessage() + repr(record.args) + str(record.exc_info or "")
        assert MARKER not in text, text
