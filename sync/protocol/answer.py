"""HQ's answer to a sync request: per-change Results, the pulled Page of changes and
conflicts, and the Answer around them, built as typed values and turned into the wire's dict
only at the edge."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sync.protocol.changes import FIELD_CODE, FIELDS, Op
from sync.protocol.checks import (
    ProtocolError,
    checked_bytes,
    checked_int,
    checked_opt_text,
    checked_text,
    uuid_bytes,
    uuid_text,
)
from sync.protocol.envelope import GENESIS

# answers per change
APPLIED, CONFLICT, REJECTED = 0, 1, 2
ANSWERS = {APPLIED: "applied", CONFLICT: "conflict", REJECTED: "rejected"}


# Built by HQ as typed values and turned into the wire dict (short keys, msgpack) only at the
# edge, `Answer.to_wire`; the device checks the dict's shape at the edge, `Answer.from_wire`,
# and then reads attributes. The wire is what it always was: old devices read it unchanged.
class Result(NamedTuple):
    """HQ's answer to one change that was not plainly applied (on the wire [seq, code,
    reason])."""

    seq: int
    code: int  # CONFLICT or REJECTED (APPLIED is never listed)
    reason: str | None


@dataclass(frozen=True)
class PulledChange:
    """One entry of HQ's change log, as a device pulls it."""

    log_id: int
    record_id: str
    op: Op
    hlc: int
    fields: dict[str, Any]  # path -> value; on the wire, field code -> value
    origin: str

    def to_wire(self) -> list[Any]:
        return [
            self.log_id,
            uuid_bytes(self.record_id),
            self.op,
            self.hlc,
            {FIELD_CODE[k]: x for k, x in self.fields.items()},
            self.origin,
        ]

    @classmethod
    def from_wire(cls, row: Any, what: str) -> PulledChange:
        if not isinstance(row, list | tuple) or len(row) != 6:
            raise ProtocolError(502, "bad-answer", f"{what}: is not a change")
        log_id, rid, op, hlc, fields, origin = row
        op = checked_int(op, f"{what}.op", 0, len(Op) - 1)
        fields = {} if fields is None else fields
        if not isinstance(fields, dict) or not all(
            isinstance(k, int) and not isinstance(k, bool) and 0 <= k < len(FIELDS) for k in fields
        ):
            raise ProtocolError(
                502,
                "bad-answer",
                f"{what}.fields: hold a field this device does not know (HQ may be newer)",
            )
        return cls(
            checked_int(log_id, f"{what}.id"),
            uuid_text(checked_bytes(rid, f"{what}.record", 16)),
            Op(op),
            checked_int(hlc, f"{what}.hlc"),
            {FIELDS[k]: x for k, x in fields.items()},
            checked_text(origin, f"{what}.origin"),
        )


@dataclass(frozen=True)
class PulledConflict:
    """A conflict HQ recorded on a record in the device's scope: the value kept, the other."""

    id: int
    record_id: str
    field: str
    kept: Any
    other: Any
    kept_by: str | None
    other_by: str | None
    needs_merge: bool

    def to_wire(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "r": uuid_bytes(self.record_id),
            "f": self.field,
            "k": self.kept,
            "o": self.other,
            "kb": self.kept_by,
            "ob": self.other_by,
            "m": self.needs_merge,
        }

    @classmethod
    def from_wire(cls, c: Any, what: str) -> PulledConflict:
        if not isinstance(c, dict):
            raise ProtocolError(502, "bad-answer", f"{what}: is not a conflict")
        try:
            return cls(
                checked_int(c["id"], f"{what}.id"),
                uuid_text(checked_bytes(c["r"], f"{what}.record", 16)),
                checked_text(c["f"], f"{what}.field"),
                c["k"],
                c["o"],
                checked_opt_text(c["kb"], f"{what}.kept_by"),
                checked_opt_text(c["ob"], f"{what}.other_by"),
                bool(c["m"]),
            )
        except KeyError as err:
            raise ProtocolError(502, "bad-answer", f"{what}.{err.args[0]}: is missing") from None


@dataclass(frozen=True)
class Page:
    """A page of HQ's change log after the device's cursor; `more` if another waits."""

    changes: tuple[PulledChange, ...]
    conflicts: tuple[PulledConflict, ...]
    cursor: int
    more: bool


@dataclass(frozen=True)
class Answer:
    """HQ's answer to a sync request (and, without a page, to a bundle)."""

    results: tuple[Result, ...]  # every change after the device's known_thru not applied
    thru: int  # HQ holds this device's changes up to here
    head: bytes  # the hash of the last batch HQ holds from this device
    duplicate: bool = False  # the batch was applied before: nothing changed
    clock_ahead_ms: int = 0  # how far the device's clock runs ahead of HQ's, if too far
    log_mark: int = 0  # HQ's change-log id up to which this batch's effects are recorded
    page: Page | None = None  # sync only
    cert: str | None = None  # a renewed device certificate (PEM), when it was near its end

    def to_wire(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "res": [list(r) for r in self.results],
            "thru": self.thru,
            "head": self.head,
            "dup": self.duplicate,
            "clock": self.clock_ahead_ms,
            "lm": self.log_mark,
        }
        if self.page is not None:
            out.update(
                {
                    "pull": [c.to_wire() for c in self.page.changes],
                    "conf": [c.to_wire() for c in self.page.conflicts],
                    "cur": self.page.cursor,
                    "more": self.page.more,
                }
            )
        if self.cert:
            out["cert"] = self.cert
        return out

    @classmethod
    def from_wire(cls, d: Any) -> Answer:
        """The answer as sent, checked; ProtocolError (502 bad-answer) names the field that
        does not fit."""
        try:
            return cls._from_wire(d)
        except ProtocolError as err:
            if err.code == "bad-answer":
                raise
            raise ProtocolError(
                502, "bad-answer", f"HQ's answer is malformed: {err.message}"
            ) from None

    @classmethod
    def _from_wire(cls, d: Any) -> Answer:
        if not isinstance(d, dict):
            raise ProtocolError(502, "bad-answer", "answer: is not a map")

        def bad(name: str, what: str) -> ProtocolError:
            return ProtocolError(502, "bad-answer", f"answer.{name}: {what}")

        results = results_from_wire(d.get("res", []), "answer", bad)
        cert = d.get("cert")
        if cert is not None and not isinstance(cert, str):
            raise bad("cert", "is not text")
        page = None
        if "cur" in d:
            pull, conf = d.get("pull", []), d.get("conf", [])
            if not isinstance(pull, list) or not isinstance(conf, list):
                raise bad("pull", "is not a list")
            page = Page(
                tuple(
                    PulledChange.from_wire(row, f"answer.pull[{i}]") for i, row in enumerate(pull)
                ),
                tuple(PulledConflict.from_wire(c, f"answer.conf[{i}]") for i, c in enumerate(conf)),
                checked_int(d["cur"], "answer.cur"),
                bool(d.get("more")),
            )
        head = d.get("head") or GENESIS
        return cls(
            results,
            checked_int(d.get("thru", 0), "answer.thru"),
            checked_bytes(head, "answer.head", 32),
            bool(d.get("dup")),
            checked_int(d.get("clock") or 0, "answer.clock", -(2**62), 2**62),
            checked_int(d.get("lm") or 0, "answer.lm"),
            page,
            cert,
        )


def results_from_wire(
    res: Any, what: str, bad: Callable[[str, str], ProtocolError]
) -> tuple[Result, ...]:
    """The wire's [[seq, code, reason], ...], checked; `bad(field, why)` is the error."""
    if not isinstance(res, list):
        raise bad("res", "is not a list")
    out = []
    for i, r in enumerate(res):
        if (
            not isinstance(r, list | tuple)
            or len(r) != 3
            or not (r[2] is None or isinstance(r[2], str))
        ):
            raise bad(f"res[{i}]", "is not [seq, code, reason]")
        out.append(
            Result(
                checked_int(r[0], f"{what}.res[{i}].seq"),
                checked_int(r[1], f"{what}.res[{i}].code", 0, 2),
                r[2],
            )
        )
    return tuple(out)
