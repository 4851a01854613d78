"""What HQ writes to its log ("upfront.hq"): each batch taken (device, counts), each refusal (its
code, the field a refused change was refused on) and faults (kind of error, line of code). Never
a record's content, a name, a key or an error's message (which may quote the values)."""

from __future__ import annotations

import contextlib
import logging
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from sync import protocol as p

log = logging.getLogger("upfront.hq")

_CODE = re.compile(r"[a-z_][a-z0-9_.\[\]-]{0,63}")


def reason_code(reason: str | None) -> str:
    """What a refused change's reason is about, safe to log: the field it names before ":"
    (reasons read "field: why", and the why may quote a value), else "-"."""
    head = (reason or "").split(":", 1)[0].strip()
    return head if _CODE.fullmatch(head) else "-"


def _device(device_id: str | None) -> str:
    """A device id as logged: HQ's ids are UUIDs; anything else (a forged header) is not
    written to the log as sent."""
    return device_id if device_id and re.fullmatch(r"[0-9a-f-]{36}", device_id) else "?"


def batch_taken(
    device_id: str,
    seq_from: int,
    seq_to: int,
    changes: int,
    results: Sequence[p.Result],
    *,
    duplicate: bool,
    kind: str,
) -> None:
    """One line per batch HQ took, then one per change it refused (the field, not the
    value)."""
    if duplicate:
        log.info(
            "%s %d-%d from device %s: already applied, %d change(s) answered again",
            kind,
            seq_from,
            seq_to,
            _device(device_id),
            changes,
        )
        return
    refused = [r for r in results if r.code == p.REJECTED]
    conflicts = sum(1 for r in results if r.code == p.CONFLICT)
    log.info(
        "%s %d-%d from device %s: %d change(s), %d applied, %d conflict(s), %d refused",
        kind,
        seq_from,
        seq_to,
        _device(device_id),
        changes,
        changes - conflicts - len(refused),
        conflicts,
        len(refused),
    )
    for r in refused:
        log.info(
            "change %d from device %s refused: %s", r.seq, _device(device_id), reason_code(r.reason)
        )


@contextlib.contextmanager
def refusals(what: str, device_id: str | None) -> Iterator[None]:
    """Log a request HQ refuses whole, by its code (ProtocolError.code), then let it go on."""
    try:
        yield
    except p.ProtocolError as err:
        log.info("%s from device %s refused: %d %s", what, _device(device_id), err.status, err.code)
        raise


def fault(where: str, err: BaseException) -> None:
    """HQ's log of a fault: where, and the kind of error at which line of code; never its
    message, which may hold the values (a database error quotes the statement's)."""
    import traceback

    frames = traceback.extract_tb(err.__traceback__)
    ours = [f for f in frames if "/sync/" in f.filename.replace("\\", "/")] or frames
    at = f"{Path(ours[-1].filename).name}:{ours[-1].lineno}" if ours else "?"
    log.warning("%s: %s at %s", where, type(err).__name__, at)
