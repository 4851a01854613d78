"""A situation's coordination records as documents, without the store (Human Rights up Front,
actions 1, 12 and 13): decisions of the quarterly review, the engagement log with the State and
Member States, the inter-agency task force and its Situation Response Coordinator, versions of
the consolidated guidance to the RC/HC, and the RC's acknowledgement of a version.

Each kind's keys, which of them Upfront sets itself (never a form), and the checks both the
forms and HQ apply (`check`). What travels to HQ is the document's keys, each its own path, with
`situation_id`, `kind`, `created_by` and `created_at` (see `wire`).
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app import validation as v
from app.errors import BadInput
from app.vocab import Vocabularies

COORDINATION_KINDS = ("decision", "engagement", "taskforce", "guidance", "acknowledgement")
EDITED = ("decision", "engagement", "taskforce")  # the others are never edited
KEYS: dict[str, tuple[str, ...]] = {
    "decision": (
        "quarter",
        "decided_on",
        "text",
        "entity",
        "person",
        "due",
        "status",
        "status_note",
        "status_by",
        "status_on",
        "action_id",
    ),
    "engagement": (
        "date",
        "type",
        "channel",
        "un_by",
        "with_whom",
        "asked",
        "answered",
        "follow_up_due",
        "confidentiality",
    ),
    "taskforce": ("name", "members", "coordinator", "established_on"),
    "guidance": ("version", "title", "body", "issued_on", "issued_by"),
    "acknowledgement": (
        "guidance_id",
        "version",
        "acknowledged_by",
        "acknowledged_on",
        "recorded_by",
        "recorded_at",
        "on_behalf",
        "note",
    ),
}
# keys Upfront sets as it saves: a form's value for them is ignored, HQ's is checked
SET_BY_UPFRONT: dict[str, frozenset[str]] = {
    "decision": frozenset({"status_by", "status_on"}),
    "engagement": frozenset(),
    "taskforce": frozenset(),
    "guidance": frozenset({"version"}),
    "acknowledgement": frozenset({"recorded_by", "recorded_at", "version"}),
}
# what a stored record carries besides its document (read-only for every caller)
RECORD_KEYS = (
    "id",
    "situation_id",
    "kind",
    "revision",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
)
# keys a read adds (app.situations.coordination): never stored, never sent
DERIVED = ("state", "situation_name", "action", "acknowledgements", "follow_up_overdue")
WIRE_PATHS = tuple(dict.fromkeys(("situation_id", *(k for ks in KEYS.values() for k in ks))))
CONFIDENTIAL = ("engagement",)  # kinds whose records say which audiences may read them

_QUARTER = re.compile(r"(\d{4})-?[Qq]([1-4])")


def quarter(value: Any, field: str = "quarter") -> str:
    """'2026q4', '2026-Q4' -> '2026Q4'."""
    match = _QUARTER.fullmatch(value.strip()) if isinstance(value, str) else None
    if not match:
        raise BadInput(field, "must look like 2026Q4")
    return f"{match[1]}Q{match[2]}"


def quarter_of(day: date) -> str:
    return f"{day.year}Q{(day.month - 1) // 3 + 1}"


def _date(raw: dict[str, Any], key: str, *, required: bool = False) -> str | None:
    day = v.full_date(raw.get(key), key)
    if day is None and required:
        raise BadInput(key, "is required (a date, YYYY-MM-DD)")
    return day.isoformat() if day else None


def _text(raw: dict[str, Any], key: str, max_len: int, *, required: bool = False) -> str:
    return v.text(raw.get(key), key, required=required, max_len=max_len) or ""


def check(
    vocab: Vocabularies, kind: str, doc: Any, *, remote: bool = False, today: date | None = None
) -> dict[str, Any]:
    """The document of a `kind` record, checked; every key of the kind, in order. From a form
    (`remote` False) the keys Upfront sets are left out (the service sets them); from HQ
    (`remote` True) they are checked like the rest. `today` refuses dates after it where a
    date says what happened."""
    if kind not in KEYS:
        raise BadInput("kind", f"must be one of {', '.join(COORDINATION_KINDS)}")
    raw = v.obj(doc, kind)
    own = set(KEYS[kind]) - (set() if remote else SET_BY_UPFRONT[kind])
    v.known_keys({k: x for k, x in raw.items() if k in own or k not in KEYS[kind]}, own, "")
    out: dict[str, Any] = {}
    if kind == "decision":
        out["quarter"] = quarter(raw.get("quarter"))
        out["decided_on"] = _date(raw, "decided_on", required=True)
        out["text"] = _text(raw, "text", 4000, required=True)
        out["entity"] = vocab.check("un-entity", raw.get("entity"), "entity")
        out["person"] = _text(raw, "person", 200)
        out["due"] = _date(raw, "due")
        status = raw.get("status")
        out["status"] = (
            "open" if status is None else vocab.check("decision-status", status, "status")
        )
        out["status_note"] = _text(raw, "status_note", 2000)
        if out["status"] in ("blocked", "dropped") and not out["status_note"]:
            raise BadInput("status_note", f"say why the decision is {out['status']}")
        out["status_by"] = v.text(raw.get("status_by"), "status_by", max_len=64) if remote else None
        out["status_on"] = _date(raw, "status_on") if remote else None
        out["action_id"] = v.uuid_text(raw.get("action_id"), "action_id")
    elif kind == "engagement":
        out["date"] = _date(raw, "date", required=True)
        if today is not None:
            v.not_future(date.fromisoformat(out["date"]), "date", today)
        out["type"] = vocab.check("engagement-type", raw.get("type"), "type")
        out["channel"] = vocab.check("engagement-channel", raw.get("channel"), "channel")
        out["un_by"] = _text(raw, "un_by", 200, required=True)
        out["with_whom"] = _text(raw, "with_whom", 300, required=True)
        out["asked"] = _text(raw, "asked", 20_000)
        out["answered"] = _text(raw, "answered", 20_000)
        out["follow_up_due"] = _date(raw, "follow_up_due")
        level = raw.get("confidentiality")
        out["confidentiality"] = (
            "internal"
            if level is None
            else vocab.check("confidentiality", level, "confidentiality")
        )
    elif kind == "taskforce":
        out["name"] = _text(raw, "name", 300, required=True)
        members = [
            vocab.check("un-entity", x, f"members[{i}]")
            for i, x in enumerate(v.items(raw.get("members"), "members"))
        ]
        out["members"] = list(dict.fromkeys(members))
        coordinator = raw.get("coordinator")
        if coordinator is None:
            out["coordinator"] = None
        else:
            c = v.obj(coordinator, "coordinator")
            v.known_keys(c, {"name", "entity", "appointed_on"}, "coordinator")
            on = v.full_date(c.get("appointed_on"), "coordinator.appointed_on")
            out["coordinator"] = {
                "name": v.text(c.get("name"), "coordinator.name", required=True, max_len=200),
                "entity": vocab.check("un-entity", c.get("entity"), "coordinator.entity"),
                "appointed_on": on.isoformat() if on else None,
            }
        out["established_on"] = _date(raw, "established_on")
    elif kind == "guidance":
        out["version"] = _version(raw) if remote else None
        out["title"] = _text(raw, "title", 300, required=True)
        out["body"] = _text(raw, "body", 100_000, required=True)
        out["issued_on"] = _date(raw, "issued_on", required=True)
        out["issued_by"] = _text(raw, "issued_by", 200, required=True)
    else:  # acknowledgement
        out["guidance_id"] = v.uuid_text(raw.get("guidance_id"), "guidance_id")
        if out["guidance_id"] is None:
            raise BadInput("guidance_id", "is required: the guidance version acknowledged")
        out["version"] = _version(raw) if remote else None
        out["acknowledged_by"] = _text(raw, "acknowledged_by", 200, required=True)
        out["acknowledged_on"] = _date(raw, "acknowledged_on", required=True)
        if today is not None:
            v.not_future(date.fromisoformat(out["acknowledged_on"]), "acknowledged_on", today)
        out["recorded_by"] = (
            v.text(raw.get("recorded_by"), "recorded_by", required=True, max_len=64)
            if remote
            else None
        )
        out["recorded_at"] = (
            v.text(raw.get("recorded_at"), "recorded_at", required=True, max_len=40)
            if remote
            else None
        )
        out["on_behalf"] = v.boolean(raw.get("on_behalf"), "on_behalf", True)
        out["note"] = _text(raw, "note", 2000)
    return out


def _version(raw: dict[str, Any]) -> int:
    version = v.integer(raw.get("version"), "version", minimum=1)
    if version is None:
        raise BadInput("version", "is required")
    return version


def form_input(kind: str, doc: Any) -> dict[str, Any]:
    """What a form or a file gave, less what no form sets: the record's own keys (id,
    revision, who and when), the keys a read adds and the keys Upfront sets itself. A document
    read from the service can so be edited and given back whole."""
    raw = v.obj(doc, kind)
    dropped = {*RECORD_KEYS, *DERIVED, *SET_BY_UPFRONT.get(kind, ())}
    return {k: x for k, x in raw.items() if k not in dropped}


def remote_check(vocab: Vocabularies, kind: str, fields: Any) -> dict[str, Any]:
    """A coordination record as it travels, checked as HQ and the device check it: its
    document, its situation, who made it and when."""
    raw = v.obj(fields, kind)
    v.known_keys(raw, {"kind", "created_by", "created_at", "situation_id", *KEYS[kind]}, "")
    out = check(vocab, kind, {k: x for k, x in raw.items() if k in KEYS[kind]}, remote=True)
    situation_id = v.uuid_text(raw.get("situation_id"), "situation_id")
    if situation_id is None:
        raise BadInput("situation_id", "is required")
    out["situation_id"] = situation_id
    for key in ("created_by", "created_at"):
        out[key] = v.text(raw.get(key), key, required=True, max_len=64)
    return out
