"""Situations, risk assessments and strategies as documents, without the store: their fields,
what travels to HQ for each (the *_WIRE tuples), and the checks both the forms and HQ apply to
them (`situation_columns`, `remote_fields`, `assessment_fields`, `strategy_fields`)."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

from app import places
from app import validation as v
from app.errors import BadInput
from app.ids import new_id
from app.vocab import Vocabularies

# a situation's own fields (its columns); what travels adds the incidents linked to it
SITUATION_COLUMNS = (
    "name",
    "country",
    "regions",
    "description",
    "status",
    "owner",
    "date_from",
    "date_to",
    "violations",
)
# every key a situation's document may hold: its columns, and what the store keeps for it
SITUATION_KEYS = {
    "id",
    *SITUATION_COLUMNS,
    "revision",
    "links",
    "created_by",
    "created_at",
    "updated_by",
    "updated_at",
}
ASSESSMENT_KEYS = {"assessed_on", "summary", "factors"}
# evidence: incident ids; series: humanitarian series cited ({"dataset", "place", "measure"},
# app.humanitarian), a key of its own so that evidence stays a list of incidents
FACTOR_KEYS = {"factor", "level", "trend", "rationale", "evidence", "series"}
SERIES_KEYS = {"dataset", "place", "measure"}
HXL_TAG = re.compile(r"#[a-z][a-z0-9_]*(\+[a-z][a-z0-9_]*)*")
PLACE_CODE = re.compile(r"[A-Z][A-Z0-9]{1,31}")
STRATEGY_KEYS = {"objectives", "actions", "note", "version"}
ACTION_KEYS = {
    "id",
    "title",
    "objective",
    "pillar",
    "level",
    "lead",
    "partners",
    "owner",
    "due",
    "status",
    "indicators",
    "risk_factors",
    "incidents",
    "overdue",
    "blocked",
    "decision",  # the quarterly review's decision this action came from (app.situations)
}

# What travels to HQ (see app.outbox). A situation is edited field by field like an incident;
# its hand-made links travel as one field. Assessments and strategy versions are never edited:
# each is a record of its own, sent once, whole. Every create names its kind.
KINDS = ("situation", "assessment", "strategy")
SITUATION_WIRE = (*SITUATION_COLUMNS, "links")
ASSESSMENT_WIRE = (
    "situation_id",
    "assessed_on",
    "version",
    "summary",
    "factors",
    "created_by",
    "created_at",
)
STRATEGY_WIRE = (
    "situation_id",
    "version",
    "objectives",
    "actions",
    "note",
    "created_by",
    "created_at",
)
WIRE_PATHS = tuple(dict.fromkeys(("kind", *SITUATION_WIRE, *ASSESSMENT_WIRE, *STRATEGY_WIRE)))


def situation_columns(
    vocab: Vocabularies,
    doc: Any,
    current: dict[str, Any] | None = None,
    *,
    regions_as_given: bool = False,
) -> dict[str, Any]:
    """A situation's columns from its JSON, checked; `current` fills what `doc` leaves out.
    A region is an admin 1 unit of the country, by P-code, ISO 3166-2 code or name (stored
    under its name); one the gazetteer does not know is refused, unless `regions_as_given`
    (a situation from HQ, or regions the situation already had)."""
    doc = v.obj(doc, "situation")
    v.known_keys(doc, SITUATION_KEYS, "")
    merged = {**(current or {}), **doc}
    name = v.text(merged.get("name"), "name", required=True)  # in the order of the form
    country = places.country(
        v.text(merged.get("country"), "country", required=True, max_len=100), "country", vocab
    )
    regions: list[str] = []
    had = set((current or {}).get("regions") or ())
    for i, raw in enumerate(v.items(merged.get("regions"), "regions")):
        region = v.text(raw, f"regions[{i}]", required=True, max_len=200)
        unit = places.admin1_unit(
            country, region, f"regions[{i}]", keep=regions_as_given or region in had
        )
        kept = region if unit is None else unit.name or unit.key
        if kept not in regions:
            regions.append(kept)
    start = v.full_date(merged.get("date_from"), "date_from")
    end = v.full_date(merged.get("date_to"), "date_to")
    if start and end and end < start:
        raise BadInput("date_to", "is before date_from")
    violations = [
        vocab.check("violation", x, f"violations[{i}]")
        for i, x in enumerate(v.items(merged.get("violations"), "violations"))
    ]
    status = merged.get("status")
    return {
        "name": name,
        "country": country,
        "regions": regions,
        "description": v.text(merged.get("description"), "description", max_len=50_000) or "",
        "status": "monitoring"
        if status is None
        else vocab.check("situation-status", status, "status"),
        "owner": v.text(merged.get("owner"), "owner", max_len=200),
        "date_from": start,
        "date_to": end,
        "violations": violations,
    }


def remote_fields(vocab: Vocabularies, kind: str, fields: Any) -> dict[str, Any]:
    """A situation, assessment or strategy as it travels (see SITUATION_WIRE and the others),
    checked as the forms check it: HQ refuses what does not pass, the device likewise."""
    fields = v.obj(fields, kind)
    wire = {"situation": SITUATION_WIRE, "assessment": ASSESSMENT_WIRE, "strategy": STRATEGY_WIRE}[
        kind
    ]
    v.known_keys(fields, {"kind", "created_by", "created_at", *wire}, "")
    out: dict[str, Any] = {}
    if kind == "situation":
        out = situation_columns(
            vocab, {k: fields.get(k) for k in SITUATION_COLUMNS}, regions_as_given=True
        )
        links = v.obj(fields.get("links") or {"include": [], "exclude": []}, "links")
        v.known_keys(links, {"include", "exclude"}, "links")
        out["links"] = {
            mode: sorted(
                {
                    v.uuid_text(x, f"links.{mode}[{i}]")
                    for i, x in enumerate(v.items(links.get(mode), f"links.{mode}"))
                }
            )
            for mode in ("include", "exclude")
        }
    else:
        out["situation_id"] = v.uuid_text(fields.get("situation_id"), "situation_id")
        if out["situation_id"] is None:
            raise BadInput("situation_id", "is required")
        version = v.integer(fields.get("version"), "version", minimum=1)
        if version is None:
            raise BadInput("version", "is required")
        out["version"] = version
        if kind == "assessment":
            on, out["summary"], out["factors"] = assessment_fields(
                vocab, {k: fields.get(k) for k in ASSESSMENT_KEYS}
            )
            if on is None:
                raise BadInput("assessed_on", "is required")
            out["assessed_on"] = on
        else:
            out["objectives"], out["actions"], out["note"] = strategy_fields(
                vocab, {k: fields.get(k) for k in ("objectives", "actions", "note")}
            )
    for key in ("created_by", "created_at"):
        out[key] = v.text(fields.get(key), key, required=kind != "situation", max_len=64)
    return out


def assessment_fields(
    vocab: Vocabularies, doc: Any
) -> tuple[date | None, str, dict[str, dict[str, Any]]]:
    """An assessment's date (None: not given), summary and factors by code in the order of
    the Framework, checked. A factor's trend may be None (worked out when saved)."""
    doc = v.obj(doc, "assessment")
    v.known_keys(doc, ASSESSMENT_KEYS, "")
    on = v.full_date(doc.get("assessed_on"), "assessed_on")
    given: dict[str, dict[str, Any]] = {}
    for i, raw in enumerate(v.items(doc.get("factors"), "factors")):
        fld = f"factors[{i}]"
        raw = v.obj(raw, fld)
        v.known_keys(raw, FACTOR_KEYS, fld)
        code = vocab.check("risk-factor", raw.get("factor"), f"{fld}.factor")
        if code in given:
            raise BadInput(f"{fld}.factor", "is assessed twice")
        trend = raw.get("trend")
        given[code] = {
            "factor": code,
            "level": vocab.check("risk-level", raw.get("level"), f"{fld}.level"),
            "trend": None if trend is None else vocab.check("risk-trend", trend, f"{fld}.trend"),
            "rationale": v.text(raw.get("rationale"), f"{fld}.rationale", max_len=20_000) or "",
            "evidence": [
                v.uuid_text(x, f"{fld}.evidence[{j}]")
                for j, x in enumerate(v.items(raw.get("evidence"), f"{fld}.evidence"))
            ],
        }
        series = [
            series_ref(x, f"{fld}.series[{j}]")
            for j, x in enumerate(v.items(raw.get("series"), f"{fld}.series"))
        ]
        if series:  # absent when none: assessments made before series keep their shape
            given[code]["series"] = series
    if not given:
        raise BadInput("factors", "assess at least one risk factor")
    order = [t.code for t in vocab.terms("risk-factor")]
    summary = v.text(doc.get("summary"), "summary", max_len=50_000) or ""
    return on, summary, {c: given[c] for c in order if c in given}


def strategy_fields(vocab: Vocabularies, doc: Any) -> tuple[list[str], list[dict[str, Any]], str]:
    """A strategy's objectives, actions and note, checked."""
    doc = v.obj(doc, "strategy")
    v.known_keys(doc, STRATEGY_KEYS, "")
    objectives = [
        v.text(x, f"objectives[{i}]", required=True, max_len=2000)
        for i, x in enumerate(v.items(doc.get("objectives"), "objectives"))
    ]
    actions = [
        _action(vocab, raw, i, len(objectives))
        for i, raw in enumerate(v.items(doc.get("actions"), "actions"))
    ]
    return objectives, actions, v.text(doc.get("note"), "note", max_len=20_000) or ""


def _action(vocab: Vocabularies, raw: Any, i: int, objectives: int) -> dict[str, Any]:
    fld = f"actions[{i}]"
    raw = v.obj(raw, fld)
    v.known_keys(raw, ACTION_KEYS, fld)
    objective = v.integer(raw.get("objective"), f"{fld}.objective")
    if objective is not None and objective >= objectives:
        raise BadInput(
            f"{fld}.objective",
            f"is not one of the {objectives} objectives (give its index, from 0)",
        )
    due = v.full_date(raw.get("due"), f"{fld}.due")
    status = raw.get("status")

    def texts(key: str, max_len: int = 300) -> list[str]:
        return [
            v.text(x, f"{fld}.{key}[{j}]", required=True, max_len=max_len)
            for j, x in enumerate(v.items(raw.get(key), f"{fld}.{key}"))
        ]

    decision = v.uuid_text(raw.get("decision"), f"{fld}.decision")
    return {
        "id": v.uuid_text(raw.get("id"), f"{fld}.id") or new_id(),
        "title": v.text(raw.get("title"), f"{fld}.title", required=True, max_len=1000),
        "objective": objective,
        "pillar": vocab.check("strategy-pillar", raw.get("pillar"), f"{fld}.pillar"),
        "level": vocab.check("strategy-level", raw.get("level"), f"{fld}.level"),
        "lead": vocab.check("un-entity", raw.get("lead"), f"{fld}.lead"),
        "partners": [
            vocab.check("un-entity", x, f"{fld}.partners[{j}]")
            for j, x in enumerate(v.items(raw.get("partners"), f"{fld}.partners"))
        ],
        "owner": v.text(raw.get("owner"), f"{fld}.owner", max_len=200),
        "due": due.isoformat() if due else None,
        "status": "planned"
        if status is None
        else vocab.check("action-status", status, f"{fld}.status"),
        "indicators": texts("indicators", 2000),
        "risk_factors": [
            vocab.check("risk-factor", x, f"{fld}.risk_factors[{j}]")
            for j, x in enumerate(v.items(raw.get("risk_factors"), f"{fld}.risk_factors"))
        ],
        "incidents": [
            v.uuid_text(x, f"{fld}.incidents[{j}]")
            for j, x in enumerate(v.items(raw.get("incidents"), f"{fld}.incidents"))
        ],
        **({"decision": decision} if decision else {}),
    }


def place_code(text: Any, fld: str) -> str:
    """A place as humanitarian values hold it: an admin 1 P-code or a country's ISO3."""
    if not isinstance(text, str) or not PLACE_CODE.fullmatch(text.strip().upper()):
        raise BadInput(fld, "is an admin 1 P-code or a country's ISO 3166-1 alpha-3 code")
    return text.strip().upper()


def series_ref(raw: Any, fld: str) -> dict[str, str]:
    """A cited humanitarian series' shape {"dataset", "place", "measure"}. HQ checks only
    this: the dataset may be held on the device alone (app.humanitarian checks it there)."""
    raw = v.obj(raw, fld)
    v.known_keys(raw, SERIES_KEYS, fld)
    dataset = v.uuid_text(raw.get("dataset"), f"{fld}.dataset")
    if dataset is None:
        raise BadInput(f"{fld}.dataset", "is required")
    measure = raw.get("measure")
    if not isinstance(measure, str) or len(measure) > 200 or not HXL_TAG.fullmatch(measure):
        raise BadInput(f"{fld}.measure", "is an HXL hashtag such as #affected+idps")
    return {
        "dataset": dataset,
        "place": place_code(raw.get("place"), f"{fld}.place"),
        "measure": measure,
    }
