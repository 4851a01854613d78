"""Which columns of HQ's database hold sealed content, what binds each value to its row (the
associated data: table, column and the row's own unchanging key) and under which team's key
it is sealed. Writers and readers (merge, ingest, files, pull) seal and open through the
helpers here; key rotation and the sealing of an older database (sync.hq.rekey) walk `SPECS`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy.orm import Session

from sync.hq.models import Record
from sync.hq.vault import Vault, aad


@dataclass(frozen=True)
class Spec:
    table: str
    column: str
    binds: tuple[str, ...]  # the row's columns its value is bound to (never change)
    pk: tuple[str, ...]
    # where the row's team is: its own column, or (table, column here, that table's team)
    team: str | tuple[str, str]

    def aad(self, row: Any) -> bytes:
        return aad(self.table, self.column, *(_part(row[k]) for k in self.binds))


def _part(value: Any) -> object:
    return value.hex() if isinstance(value, bytes | memoryview) else value


_REC = ("id",)
_LOG = ("record_id", "origin", "hlc", "batch_id")
_CONFLICT = ("record_id", "field", "kept_hlc", "other_hlc")
_RESULT = ("device_id", "seq")
_BATCH = ("device_id", "digest")
_CHUNK = ("file_id", "offset")
_BY_DEVICE = ("devices", "device_id")
SPECS = [
    Spec("records", "doc", _REC, ("id",), "team_id"),
    Spec("records", "stamps", _REC, ("id",), "team_id"),
    Spec("changelog", "fields", _LOG, ("id",), "team_id"),
    Spec("conflicts", "kept", _CONFLICT, ("id",), "team_id"),
    Spec("conflicts", "other", _CONFLICT, ("id",), "team_id"),
    Spec("change_results", "reason", _RESULT, _RESULT, _BY_DEVICE),
    Spec("batches", "header", _BATCH, ("id",), _BY_DEVICE),
    Spec("batches", "ciphertext", _BATCH, ("id",), _BY_DEVICE),
    *(
        Spec("files", name, ("id",), ("id",), "team_id")
        for name in ("filename", "media_type", "captured_by", "captured_at")
    ),
    Spec("file_chunks", "data", _CHUNK, _CHUNK, ("files", "file_id")),
]
BY_NAME = {(x.table, x.column): x for x in SPECS}


def spec(table: str, column: str) -> Spec:
    return BY_NAME[(table, column)]


# ---- records ------------------------------------------------------------------------------
_PLAIN = "_upfront_plain"  # on a Record instance: (doc blob, doc, stamps blob, stamps)


def record_plain(vault: Vault, rec: Record) -> tuple[dict[str, Any], dict[str, Any]]:
    """A record's document and stamps, opened once per sealed value it holds."""
    doc_blob, stamps_blob = rec.doc, rec.stamps
    got = rec.__dict__.get(_PLAIN)
    if got is not None and got[0] is doc_blob and got[2] is stamps_blob:
        return got[1], got[3]
    doc = vault.open_json(doc_blob, aad("records", "doc", rec.id))
    stamps = vault.open_json(stamps_blob, aad("records", "stamps", rec.id))
    rec.__dict__[_PLAIN] = (doc_blob, doc, stamps_blob, stamps)
    return doc, stamps


def record_doc(vault: Vault, rec: Record) -> dict[str, Any]:
    """A record's document alone. Its stamps are not touched: read with the stamps deferred
    (views do), touching them would load them with one query per record."""
    doc_blob = rec.doc
    got = rec.__dict__.get(_PLAIN)
    if got is not None and got[0] is doc_blob:
        return cast(dict[str, Any], got[1])
    return cast(dict[str, Any], vault.open_json(doc_blob, aad("records", "doc", rec.id)))


def set_record(
    vault: Vault, s: Session, rec: Record, doc: dict[str, Any], stamps: dict[str, Any]
) -> None:
    """Seal a record's document and stamps into it (its id and team set)."""
    rec.doc = vault.seal_json(s, rec.team_id, doc, aad("records", "doc", rec.id))
    rec.stamps = vault.seal_json(s, rec.team_id, stamps, aad("records", "stamps", rec.id))
    rec.__dict__[_PLAIN] = (rec.doc, doc, rec.stamps, stamps)


# ---- the change log and conflicts ---------------------------------------------------------
def log_fields(vault: Vault, s: Session, row: dict[str, Any]) -> bytes | None:
    """A change-log row's fields (a dict with its other columns), sealed."""
    fields = row["fields"]
    if fields is None:
        return None
    bound = aad("changelog", "fields", row["record_id"], row["origin"], row["hlc"], row["batch_id"])
    return vault.seal_json(s, row["team_id"], fields, bound)


def open_log_fields(vault: Vault, entry: Any) -> dict[str, Any] | None:
    blob = entry.fields
    if blob is None:
        return None
    bound = aad("changelog", "fields", entry.record_id, entry.origin, entry.hlc, entry.batch_id)
    fields: dict[str, Any] = vault.open_json(blob, bound)
    return fields


def seal_conflict(vault: Vault, s: Session, x: Any, kept: Any, other: Any) -> None:
    row = _Row(x)
    x.kept = vault.seal_json(s, x.team_id, kept, spec("conflicts", "kept").aad(row))
    x.other = vault.seal_json(s, x.team_id, other, spec("conflicts", "other").aad(row))


def open_conflict(vault: Vault, x: Any) -> tuple[Any, Any]:
    row = _Row(x)
    return (
        vault.open_json(x.kept, spec("conflicts", "kept").aad(row)),
        vault.open_json(x.other, spec("conflicts", "other").aad(row)),
    )


# ---- answers, batches, files --------------------------------------------------------------
def seal_reason(
    vault: Vault, s: Session, team: str | None, device_id: str, seq: int, reason: str | None
) -> bytes | None:
    if reason is None:
        return None
    return vault.seal_text(s, team, reason, aad("change_results", "reason", device_id, seq))


def open_reason(vault: Vault, device_id: str, seq: int, blob: bytes | None) -> str | None:
    return vault.open_text(blob, aad("change_results", "reason", device_id, seq))


def seal_batch(
    vault: Vault,
    s: Session,
    team: str | None,
    device_id: str,
    digest: bytes,
    column: str,
    data: bytes,
) -> bytes:
    return vault.seal(s, team, data, aad("batches", column, device_id, digest.hex()))


def open_batch(vault: Vault, device_id: str, digest: bytes, column: str, blob: bytes) -> bytes:
    return vault.open(blob, aad("batches", column, device_id, bytes(digest).hex()))


FILE_META = ("filename", "media_type", "captured_by", "captured_at")


def seal_file_meta(vault: Vault, s: Session, f: Any, meta: dict[str, str]) -> None:
    for name in FILE_META:
        setattr(f, name, vault.seal_text(s, f.team_id, meta[name], aad("files", name, f.id)))


def open_file_meta(vault: Vault, f: Any) -> dict[str, str | None]:
    return {name: vault.open_text(getattr(f, name), aad("files", name, f.id)) for name in FILE_META}


def seal_chunk(
    vault: Vault, s: Session, team: str | None, file_id: str, offset: int, data: bytes
) -> bytes:
    return vault.seal(s, team, data, aad("file_chunks", "data", file_id, offset))


def open_chunk(vault: Vault, file_id: str, offset: int, blob: bytes) -> bytes:
    return vault.open(blob, aad("file_chunks", "data", file_id, offset))


class _Row:
    """An ORM object read as a row (spec.aad takes a mapping)."""

    def __init__(self, obj: Any) -> None:
        self.obj = obj

    def __getitem__(self, key: str) -> Any:
        return getattr(self.obj, key)
