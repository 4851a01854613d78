"""What a batch carries: the field paths as small numbers on the wire, the Op enum, the Change
and the batch's encoding (msgpack rows, then zstd); a change HQ cannot read is refused alone."""

from __future__ import annotations

import enum
import uuid
from dataclasses import dataclass, field
from typing import Any

from app.schema import coordination
from app.schema.incident import EDITABLE, LOCATION_KEYS, VERIFICATION_KEYS
from app.schema.situation import ASSESSMENT_WIRE, SITUATION_WIRE, STRATEGY_WIRE, WIRE_PATHS
from sync.protocol.checks import ProtocolError, checked_bytes, checked_int
from sync.protocol.codec import compress, decompress, packb, unpackb

MAX_CHANGES = 5000

# Field paths as small numbers on the wire; the list only ever grows (new paths at the end).
# A path means what the record's kind gives it ("status" of an incident or of a situation).
# Incident paths added after the first release go in _ADDED, in the order they came, never
# into the sorted lists (that would renumber every path after them).
_ADDED = ("location.sensitive", "public_summary")
# ...and those added after the views' file list (which came after _ADDED), in their order
_ADDED_AFTER_VIEWS = ("location.not_in_gazetteer", "review")
_LATER = (*_ADDED, *_ADDED_AFTER_VIEWS)
_INCIDENT_FIELDS = (
    sorted(k for k in EDITABLE if k not in ("location", "verification") and k not in _LATER)
    + [f"location.{k}" for k in sorted(LOCATION_KEYS) if f"location.{k}" not in _LATER]
    + [f"verification.{k}" for k in sorted(VERIFICATION_KEYS)]
    + ["attachment"]
)
# fields HQ sends and never takes: a redacted view's list of its files (copies without
# metadata, or withheld), which no device may push (it is in no kind's PATHS)
_VIEW_ONLY = ("attachments",)
# ...and a situation's coordination records (decisions, engagements, task force, guidance,
# acknowledgements), after those: the paths not already in the list, in their order
FIELDS: tuple[str, ...] = tuple(
    dict.fromkeys(
        (
            *_INCIDENT_FIELDS,
            *WIRE_PATHS,
            *_ADDED,
            *_VIEW_ONLY,
            *_ADDED_AFTER_VIEWS,
            *coordination.WIRE_PATHS,
        )
    )
)
# the paths each kind of record has (an incident's "attachment" comes only with attach)
_VERSION = ("kind", "created_by", "created_at")
PATHS: dict[str, frozenset[str]] = {
    "incident": frozenset((*_INCIDENT_FIELDS, *_LATER)) - {"attachment"},
    "situation": frozenset((*SITUATION_WIRE, *_VERSION)),
    "assessment": frozenset((*ASSESSMENT_WIRE, *_VERSION)),
    "strategy": frozenset((*STRATEGY_WIRE, *_VERSION)),
    **{
        kind: frozenset(("situation_id", *keys, *_VERSION))
        for kind, keys in coordination.KEYS.items()
    },
}
FIELD_CODE = {name: i for i, name in enumerate(FIELDS)}


class Op(enum.IntEnum):
    """What a change does, in both directions (a device's push, HQ's pull page): the number
    is its code on the wire, the lower-case name the word the outbox keeps."""

    CREATE = 0
    UPDATE = 1
    DELETE = 2
    ATTACH = 3
    # HQ to a device reading as an audience other than internal (sync.hq.views), never pushed:
    # VIEW carries a record whole as the audience may read it (it replaces what the device
    # holds, which keeps it read-only); WITHDRAW tells the device to remove a record for good
    VIEW = 4
    WITHDRAW = 5

    @property
    def word(self) -> str:
        return self.name.lower()

    @classmethod
    def of(cls, value: Op | str) -> Op:
        """An Op from itself or from its word ("create", ...)."""
        if isinstance(value, cls):
            return value
        try:
            return cls[str(value).upper()]
        except KeyError:
            raise ValueError(f"{value!r} is not an operation") from None


# what only HQ sends: a device's batch holding one is refused, that change alone
PULL_ONLY = frozenset({Op.VIEW, Op.WITHDRAW})


@dataclass
class Change:
    seq: int
    record_id: str
    op: Op  # given as an Op or its word ("update"), kept as an Op
    hlc: int
    fields: dict[str, Any] = field(default_factory=dict)
    bases: dict[str, str] = field(default_factory=dict)  # path -> hex of 8-byte hash
    # why HQ cannot read this change (a field or operation it does not know): HQ refuses the
    # change alone, with this reason, and applies the rest of the batch
    problem: str | None = None

    def __post_init__(self) -> None:
        self.op = Op.of(self.op)


def encode_changes(changes: list[Change]) -> bytes:
    rows = []
    for c in changes:
        row: list[Any] = [uuid.UUID(c.record_id).bytes, int(c.op), c.hlc]
        if c.fields:
            row.append({FIELD_CODE[k]: x for k, x in c.fields.items()})
        if c.bases:
            row.append({FIELD_CODE[k]: bytes.fromhex(x) for k, x in c.bases.items()})
        rows.append(row)
    return compress(packb(rows))


def decode_changes(data: bytes, seq_from: int) -> list[Change]:
    rows = unpackb(decompress(data), "batch")
    if not isinstance(rows, list) or len(rows) > MAX_CHANGES:
        raise ProtocolError(400, "malformed", "the batch is not a list of changes")
    out = []
    for i, row in enumerate(rows):
        what = f"change {i} of the batch"
        if not isinstance(row, list) or not 3 <= len(row) <= 5:
            raise ProtocolError(400, "malformed", f"{what} is malformed")
        rid = str(uuid.UUID(bytes=checked_bytes(row[0], f"{what}: record id", 16)))
        try:  # past the record id, what HQ cannot read refuses this change, not the batch
            out.append(_decode_change(seq_from + i, rid, row))
        except ProtocolError as err:
            out.append(Change(seq_from + i, rid, Op.UPDATE, 0, problem=err.message))
    return out


def _decode_change(seq: int, rid: str, row: list[Any]) -> Change:
    op = checked_int(row[1], "op:", 0, 2**31)
    if op >= len(Op) or op in PULL_ONLY:
        raise ProtocolError(400, "malformed", "op: is not an operation HQ knows")
    hlc = checked_int(row[2], "hlc:")
    raw_fields = row[3] if len(row) > 3 else {}
    raw_bases = row[4] if len(row) > 4 else {}
    if not isinstance(raw_fields, dict) or not isinstance(raw_bases, dict):
        raise ProtocolError(400, "malformed", "fields: are malformed")
    for k in (*raw_fields, *raw_bases):
        if not isinstance(k, int) or isinstance(k, bool) or not 0 <= k < len(FIELDS):
            raise ProtocolError(
                400,
                "malformed",
                "fields: hold a field HQ does not know (this device may be newer than HQ)",
            )
    fields = {FIELDS[k]: x for k, x in raw_fields.items()}
    bases = {FIELDS[k]: checked_bytes(x, "bases:", 8).hex() for k, x in raw_bases.items()}
    return Change(seq, rid, Op(op), hlc, fields, bases)
