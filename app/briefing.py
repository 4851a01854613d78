"""Briefing packs (Human Rights up Front, actions 2 and 5): one document over several situations
and countries for a Security Council horizon-scanning briefing, the Deputy Secretary-General
briefing Member States on situations not on the Council's agenda, or a Secretary-General
Article 99 letter. A ranked overview (the quarterly review's rank rule,
app.situations.review.RANK_POINTS, over the period; the Article 99 template puts the gravest
situation first: highest risk level, then points); the horizon scan's top places that no
situation covers (app.scan); then per situation the heat map of the 14 risk factors (each
factor's latest level and its change against the previous assessment), deterioration
signals, figures verified at a chosen standard of proof, strategy status (late and blocked
actions first), engagement with the State (the engagement log) and the warning-to-action
timeline; last, what the UN asks of Member States, written by the analyst.

Redacted for its audience by the reports' rules, on data, before anything draws it:
- only the incidents that reach the audience are counted (`Audience.record_filter`), in the
  figures, the signals, the rank and the timeline; engagements only as their confidentiality
  reaches it (`coordination.engagements_for`);
- outside internal, counts from 1 to threshold-1 print as "<5" (`app.reports.Suppression`),
  with a second cell hidden where a total would give a hidden one back;
- risk, strategy, the timeline (built from both) and the horizon scan are UN planning: in
  internal and UN briefings only;
- every text of the pack is scrubbed of the names the audience may not read (`scrub_texts`).

The pack is JSON-like data; its SHA-256 (`review.pack_sha256`, canonical JSON) is printed on the
PDF. The template (resources/reports/briefing-*.json, or a copy) chooses the sections, their
order and their titles and introductions per language: nothing in it is code, and a bad one is
refused naming its field. `Briefings.build(request, template, progress)` is what the command
line and the Reports page call; it only reads."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app import places
from app import scan as scan_
from app import validation as v
from app.audit import AuditLog
from app.errors import BadInput
from app.models import Incident, Situation, Violation
from app.progress import Progress, or_silent
from app.redaction import Audience, scrub_texts
from app.report_model import AUDIENCES, ReportMeta
from app.reports import (
    LANGS,
    MIN_THRESHOLD,
    Suppression,
    lang_texts,
    pick_lang,
)
from app.reports import load_template as load_report_template
from app.situations import coordination, strategies, trends
from app.situations import timeline as timeline_
from app.situations.assessments import latest_and_previous
from app.situations.review import RANK_POINTS, pack_sha256, rank_reasons
from app.store import Store
from app.vocab import Vocabularies, vocabularies

RESOURCES = Path(__file__).resolve().parent.parent / "resources" / "reports"
TEMPLATES = ("horizon", "dsg", "article99")  # built in: resources/reports/briefing-NAME.json
DEFAULT_TEMPLATE = "horizon"
SECTIONS = ("overview", "scan", "situations", "asks")  # the document's, in a template's order
PARTS = ("heat_map", "signals", "figures", "strategy", "engagements", "timeline")  # a situation's
PLANNING = ("scan", "heat_map", "strategy", "timeline")  # internal and un only
ORDERS = ("rank", "gravest")
MAX_TEMPLATE_BYTES = 256 * 1024
MAX_ASKS_BYTES = 16 * 1024
MAX_ASKS_CHARS = 8_000
MAX_SCAN_PLACES = 20
DEFAULT_STANDARD = scan_.DEFAULT_STANDARD
CHUNK = 500


# ---- what was asked -----------------------------------------------------------------------
@dataclass(frozen=True)
class BriefingRequest:
    """A briefing's period, scope and audience, checked (`parse`): several situations (none:
    all those of `countries`, or of every country, in the period), the standard of proof the
    figures count at, and the analyst's "what the UN asks of Member States"."""

    date_from: date
    date_to: date
    audience: str
    lang: str = "en"
    situations: tuple[str, ...] = ()
    countries: tuple[str, ...] = ()
    standard: str = DEFAULT_STANDARD
    asks: str = ""

    @classmethod
    def parse(
        cls,
        *,
        date_from: Any,
        date_to: Any,
        audience: Any,
        lang: Any = "en",
        situations: Any = None,
        countries: Any = None,
        standard: Any = None,
        asks: Any = None,
        vocab: Vocabularies | None = None,
    ) -> BriefingRequest:
        """Check what a person or a script asked for; each problem names its field."""
        start = _day(date_from, "from")
        end = _day(date_to, "to")
        if start is None:
            raise BadInput("from", "is required (YYYY-MM-DD)")
        if end is None:
            raise BadInput("to", "is required (YYYY-MM-DD)")
        if end < start:
            raise BadInput("to", "is before from")
        if audience not in AUDIENCES:
            raise BadInput("audience", f"is one of {', '.join(AUDIENCES)}")
        if lang not in LANGS:
            raise BadInput("lang", f"is one of {', '.join(LANGS)}")
        ids: list[str] = []
        given = list(situations or [])
        for i, item in enumerate(given):
            name = "situation" if len(given) == 1 else f"situation[{i}]"
            sid = v.uuid_text(item if isinstance(item, str) else "", name)
            if sid and sid not in ids:
                ids.append(sid)
        codes: list[str] = []
        asked = list(countries or [])
        for i, item in enumerate(asked):
            name = "country" if len(asked) == 1 else f"country[{i}]"
            code = places.country(item if isinstance(item, str) else "", name)
            if code not in codes:
                codes.append(code)
        standard = standard or DEFAULT_STANDARD
        scan_.standard_codes(vocab or vocabularies(), standard)  # BadInput("standard", ...)
        return cls(start, end, audience, lang, tuple(ids), tuple(codes), standard, check_asks(asks))


def _day(value: Any, name: str) -> date | None:
    """A date as text (YYYY-MM-DD), or a date already (the Reports page's)."""
    if isinstance(value, date) and not isinstance(value, datetime):
        return value
    return v.full_date(value, name)


def check_asks(value: Any) -> str:
    """The analyst's text for "what the UN asks of Member States": UTF-8 text within limits,
    without control or direction characters (hostile until checked; never quoted back)."""
    if value is None:
        return ""
    if isinstance(value, bytes):
        if len(value) > MAX_ASKS_BYTES:
            raise BadInput("asks", f"is larger than {MAX_ASKS_BYTES // 1024} KiB")
        if b"\x00" in value:
            raise BadInput("asks", "is not text (it holds binary data)")
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            raise BadInput("asks", "is not UTF-8 text") from None
        value = value.removeprefix("\ufeff")
    return v.text(value, "asks", max_len=MAX_ASKS_CHARS, long=True) or ""


def read_asks(path: str | Path) -> str:
    """`--asks FILE`: read no more than the limit allows, then `check_asks`."""
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_ASKS_BYTES + 1)
    except OSError as err:
        raise BadInput("asks", f"cannot be read ({err.strerror})") from None
    return check_asks(raw)


# ---- the template -------------------------------------------------------------------------
TEMPLATE_KEYS = {
    "$comment",
    "title",
    "organisation",
    "intro",
    "classification",
    "sections",
    "parts",
    "titles",
    "intros",
    "order",
    "threshold",
    "scan_places",
    "asks",
}


def load_template(name_or_path: str | Path | None = None) -> dict[str, Any]:
    """A briefing template: `horizon` (the default), `dsg`, `article99`, or a JSON file (a copy
    of one of resources/reports/briefing-*.json). Sections and their order, a situation's parts
    and their order, titles and introductions per language (English the fallback), the order of
    situations (`rank` or `gravest`), the small-count threshold, how many places of the horizon
    scan, and the asks of Member States where a request brings none. A file from outside is
    hostile: size-limited, and every bad field is named."""
    name = str(name_or_path) if name_or_path else DEFAULT_TEMPLATE
    builtin = name in TEMPLATES
    path = RESOURCES / f"briefing-{name}.json" if builtin else Path(name)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_TEMPLATE_BYTES + 1)
    except OSError as err:
        raise BadInput("template", f"cannot be read ({err.strerror})") from None
    if len(raw) > MAX_TEMPLATE_BYTES:
        raise BadInput("template", f"is larger than {MAX_TEMPLATE_BYTES // 1024} KiB")
    try:
        doc = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        raise BadInput("template", "is not valid JSON (UTF-8)") from None
    doc = v.obj(doc, "template")
    v.known_keys(doc, TEMPLATE_KEYS, "template")
    report = load_report_template()  # the organisation and markings, unless the copy has its own
    out: dict[str, Any] = {"name": name if builtin else "file"}
    out["title"] = _text_field(doc.get("title"), "template.title", long=False)
    for key in ("organisation", "intro"):
        out[key] = (
            _text_field(doc[key], f"template.{key}", long=key == "intro") if key in doc else None
        )
    out["organisation"] = out["organisation"] or report["organisation"]
    out["intro"] = out["intro"] or {"en": ""}
    if "classification" in doc:
        marks = v.obj(doc["classification"], "template.classification")
        v.known_keys(marks, set(AUDIENCES), "template.classification")
        out["classification"] = {
            a: _text_field(marks.get(a), f"template.classification.{a}", long=False)
            for a in AUDIENCES
        }
    else:
        out["classification"] = report["classification"]
    out["sections"] = _names(doc.get("sections", list(SECTIONS)), SECTIONS, "template.sections")
    out["parts"] = _names(doc.get("parts", list(PARTS)), PARTS, "template.parts")
    for key in ("titles", "intros"):
        given = v.obj(doc.get(key, {}), f"template.{key}")
        v.known_keys(given, set(SECTIONS) | set(PARTS), f"template.{key}")
        out[key] = {
            k: _text_field(x, f"template.{key}.{k}", long=key == "intros") for k, x in given.items()
        }
    order = doc.get("order", "rank")
    if order not in ORDERS:
        raise BadInput("template.order", f"is one of {', '.join(ORDERS)}")
    out["order"] = order
    threshold = v.integer(doc.get("threshold", 5), "template.threshold") or 0
    if threshold < MIN_THRESHOLD:
        raise BadInput(
            "template.threshold", f"is at least {MIN_THRESHOLD}: smaller counts identify people"
        )
    out["threshold"] = threshold
    out["scan_places"] = (
        v.integer(doc.get("scan_places", 5), "template.scan_places", maximum=MAX_SCAN_PLACES) or 0
    )
    # what the UN asks of Member States, written into a copy of the template (per language):
    # printed where the request brings none of its own (--asks, the Reports page's box)
    out["asks"] = _text_field(doc["asks"], "template.asks", long=True) if "asks" in doc else None
    return out


def _text_field(value: Any, name: str, *, long: bool) -> dict[str, str]:
    texts = lang_texts(value, name)
    return {
        lang: v.text(text, f"{name}.{lang}", max_len=4_000 if long else 300, long=long) or ""
        for lang, text in texts.items()
    }


def _names(value: Any, allowed: tuple[str, ...], name: str) -> list[str]:
    out: list[str] = []
    for i, item in enumerate(v.items(value, name)):
        if item not in allowed:
            raise BadInput(f"{name}[{i}]", f"is one of {', '.join(allowed)}")
        if item in out:
            raise BadInput(f"{name}[{i}]", "is given twice")
        out.append(item)
    return out


# ---- the pack -----------------------------------------------------------------------------
@dataclass
class Briefing:
    """A briefing, cleared for its audience: `pack` (what is printed, and hashed) and `meta`
    (what the running header and footer need)."""

    meta: ReportMeta
    pack: dict[str, Any]
    template: dict[str, Any] = field(default_factory=dict)

    def sha256(self) -> str:
        return str(self.pack["sha256"])


class Briefings:
    """Builds briefings from a store (see the module's docstring)."""

    def __init__(
        self, store: Store, vocab: Vocabularies | None = None, now: datetime | None = None
    ) -> None:
        self.store = store
        self.vocab = vocab or vocabularies()
        self._now = now

    @property
    def now(self) -> datetime:
        return self._now or datetime.now(UTC)

    def build(
        self,
        request: BriefingRequest,
        template: dict[str, Any] | None = None,
        progress: Progress | None = None,
    ) -> Briefing:
        """The briefing's pack for the request's audience; it only reads. `progress` (phase
        "build", one step per situation) may cancel it."""
        progress = or_silent(progress)
        template = template or load_template()
        r = request
        audience = Audience(r.audience)
        planning = r.audience in ("internal", "un")
        suppress = Suppression(audience.internal, int(template["threshold"]), r.lang)
        with self.store.session() as session:
            rows = self._situations(session, r)
            withheld = audience.withheld_in(session)
        total = len(rows) + 2
        progress.step(0, total, "build")
        # signals, the scan, late decisions and actions, the timeline: as of the period's end,
        # or today if it ends later (a quarter's briefing made before its last day): as of a
        # day to come, the weeks still to come count as weeks without acts, and a rise reads
        # as none
        as_of = min(r.date_to, self.now.date())
        items = []
        for n, row in enumerate(rows, start=1):
            # decisions late as of that day (in a read of their own)
            late = _late_decisions(self.store, row.id, as_of) if planning else 0
            with self.store.session() as session:
                items.append(
                    self._situation(session, row, r, audience, suppress, planning, late, as_of)
                )
            progress.step(n, total, "build")
        gravest = template["order"] == "gravest"
        items.sort(
            key=lambda x: (
                -(x["gravity"] if gravest else 0),
                -x["score"],
                x["situation"]["name"].casefold(),
                x["situation"]["id"],
            )
        )
        places_ = (
            self._scan(r, suppress, int(template["scan_places"]), as_of)
            if planning and "scan" in template["sections"]
            else None
        )
        progress.step(total - 1, total, "build")
        countries = r.countries or tuple(sorted({x["situation"]["country"] for x in items}))
        pack: dict[str, Any] = {
            "template": template["name"],
            "title": pick_lang(template["title"], r.lang),
            "intro": pick_lang(template["intro"], r.lang),
            "sections": [s for s in template["sections"] if planning or s not in PLANNING],
            "parts": [p for p in template["parts"] if planning or p not in PLANNING],
            "titles": {k: pick_lang(x, r.lang) for k, x in template["titles"].items()},
            "intros": {k: pick_lang(x, r.lang) for k, x in template["intros"].items()},
            "order": template["order"],
            "from": r.date_from.isoformat(),
            "to": r.date_to.isoformat(),
            "as_of": as_of.isoformat(),
            "audience": r.audience,
            "lang": r.lang,
            "standard": r.standard,
            "threshold": suppress.threshold,
            "countries": [
                {"code": c, "name": self._label("country", c, r.lang)} for c in countries
            ],
            "rank_rule": dict(RANK_POINTS),
            "situations": items,
            "scan": places_,
            "asks": r.asks or (pick_lang(template["asks"], r.lang) if template.get("asks") else ""),
            "withheld_planning": not planning,
        }
        for item in items:
            del item["gravity"]
        if not audience.internal:
            pack = scrub_texts(pack, withheld)
        pack["sha256"] = pack_sha256(pack)
        organisation = pick_lang(template["organisation"], r.lang)
        marking = pick_lang(template["classification"][r.audience], r.lang)
        if not audience.internal:  # a template's texts, like every text that goes out
            organisation, marking = scrub_texts([organisation, marking], withheld)
        meta = ReportMeta(
            title=pack["title"],
            organisation=organisation,
            scope=", ".join(c["name"] for c in pack["countries"]),
            period_from=pack["from"],
            period_to=pack["to"],
            audience=r.audience,
            classification=marking,
            generated_at=self.now.strftime("%Y-%m-%d %H:%M UTC"),
            lang=r.lang,
            rtl=r.lang == "ar",
            threshold=suppress.threshold,
            sections=list(pack["sections"]),
        )
        progress.step(total, total, "build")
        return Briefing(meta, pack, template)

    def record_export(self, briefing: Briefing, how: str, request: BriefingRequest) -> None:
        """The audit log keeps every briefing that left the store, as it keeps reports: who,
        how (pdf), for which audience, language, period, situations and countries, and its
        reference hash. Not its figures, names or the analyst's asks."""
        detail: dict[str, Any] = {
            "how": how,
            "audience": request.audience,
            "lang": request.lang,
            "from": request.date_from.isoformat(),
            "to": request.date_to.isoformat(),
            "situations": [s["situation"]["id"] for s in briefing.pack["situations"]],
            "countries": [c["code"] for c in briefing.pack["countries"]],
            "standard": request.standard,
            "sha256": briefing.sha256(),
        }
        with self.store.transaction() as session:
            AuditLog(session).append(self.store.user, "briefing.export", "briefing", None, detail)

    # -- scope
    def _situations(self, session: Session, r: BriefingRequest) -> list[Situation]:
        """The situations asked for, or those of the countries (all, without) in the period."""
        if r.situations:
            out = []
            for i, sid in enumerate(r.situations):
                row = session.get(Situation, sid)
                if row is None:
                    name = "situation" if len(r.situations) == 1 else f"situation[{i}]"
                    raise BadInput(name, "no situation with this id in this store")
                out.append(row)
            return out
        q = select(Situation).order_by(Situation.name, Situation.id)
        if r.countries:
            q = q.where(Situation.country.in_(r.countries))
        return [
            row
            for row in session.scalars(q)
            if (row.date_from is None or row.date_from <= r.date_to)
            and (row.date_to is None or row.date_to >= r.date_from)
        ]

    def _label(self, kind: str, code: str | None, lang: str) -> str:
        if not code:
            return ""
        term = self.vocab.term(kind, code)
        return term.label(lang) if term else code

    # -- one situation
    def _situation(
        self,
        session: Session,
        row: Situation,
        r: BriefingRequest,
        audience: Audience,
        suppress: Suppression,
        planning: bool,
        late_decisions: int,
        as_of: date,
    ) -> dict[str, Any]:
        where = audience.record_filter()
        ids = trends.incident_ids(session, row)
        events = trends.incident_events(session, row, where=where)
        flags = trends.flags(trends.deterioration(trends.weekly(events, as_of, 16)))
        signals = [
            {
                "scope": f["scope"],
                "recent_count": suppress.count(int(f.get("recent_count") or 0)).text,
                "rate_ratio": None
                if f.get("rate_ratio") is None
                else round(float(f["rate_ratio"]), 2),
            }
            for f in flags
        ]
        figures, added = self._figures(session, ids, r, where, suppress)
        heat: dict[str, Any] | None = None
        risk: list[dict[str, Any]] = []
        actions: list[dict[str, Any]] = []
        engagements = coordination.engagements_for(
            session, row.id, r.audience, r.date_from, r.date_to
        )
        tl = None
        if planning:
            heat, risk = self._heat_map(session, row, r)
            actions = self._actions(session, row.id, as_of)
            tl = timeline_.timeline(
                session,
                self.vocab,
                row.id,
                as_of,
                lambda s, sid: coordination.engagements_for(s, sid, r.audience),
                where=where,
            )
            if not Audience(r.audience).internal:
                # the English draft and the signals' reasons carry raw counts ("3 incidents in
                # the last 4 weeks..."); the PDF words its own draft from the events' dates
                tl = {k: x for k, x in tl.items() if k != "draft"}
                tl["events"] = [
                    {k: x for k, x in e.items() if k != "reasons"} for e in tl["events"]
                ]
        item_for_rank = {
            "deterioration": flags,
            "risk_changes": risk or [],
            "overdue_actions": [a for a in actions if a["overdue"]],
            "blocked_actions": [a for a in actions if a["blocked"]],
            "incidents_added": added,
        }
        reasons = rank_reasons(item_for_rank, self.vocab, late_decisions)
        for reason in reasons:  # a count of incidents is a count like any other
            if reason["reason"] == "incidents_added":
                reason["count"] = suppress.count(int(reason["count"])).text
        return {
            "situation": {
                "id": row.id,
                "name": row.name,
                "country": row.country,
                "country_name": self._label("country", row.country, r.lang),
                "status": row.status,
            },
            "score": sum(x["points"] for x in reasons),
            "rank": reasons,
            "gravity": (heat or {}).get("top_rank", 0),
            "heat_map": heat,
            "signals": signals,
            "figures": figures,
            "strategy": actions if planning else None,
            "engagements": engagements,
            "timeline": tl,
        }

    def _figures(
        self,
        session: Session,
        ids: list[str],
        r: BriefingRequest,
        where: list[Any],
        suppress: Suppression,
    ) -> tuple[dict[str, Any], list[str]]:
        """The situation's incidents of the period its audience may read, verified at the
        standard of proof or above: incidents, acts and victims, acts by type (suppressed as a
        table); and the ids of those of any standard added in the period (for the rank)."""
        codes = set(scan_.standard_codes(self.vocab, r.standard))
        chosen: list[tuple[str, str, str]] = []
        for i in range(0, len(ids), CHUNK):
            chosen.extend(
                (iid, status, created)
                for iid, status, created in session.execute(
                    select(Incident.id, Incident.verification_status, Incident.created_at).where(
                        Incident.id.in_(ids[i : i + CHUNK]),
                        Incident.occurred_from <= r.date_to,
                        func.coalesce(Incident.occurred_to, Incident.occurred_from) >= r.date_from,
                        *where,
                    )
                ).all()
            )
        start, end = r.date_from.isoformat(), r.date_to.isoformat()
        added = sorted(iid for iid, _s, created in chosen if start <= created[:10] <= end)
        verified = [iid for iid, status, _c in chosen if status in codes]
        by_type: dict[str, int] = {}
        victims = 0
        for i in range(0, len(verified), CHUNK):
            for vtype, n in session.execute(
                select(Violation.type, Violation.victims_count).where(
                    Violation.incident_id.in_(verified[i : i + CHUNK])
                )
            ).all():
                by_type[vtype] = by_type.get(vtype, 0) + 1
                victims += n or 0
        types = sorted(by_type, key=lambda t: (-by_type[t], t))
        grid = suppress.grid(
            [self._label("violation", t, r.lang) for t in types],
            ["acts"],
            [[by_type[t]] for t in types],
        )
        return {
            "standard": r.standard,
            "standard_label": self._label("verification", r.standard, r.lang),
            "incidents": suppress.count(len(verified)).text,
            "acts": grid.total.text,
            "victims": suppress.count(victims).text,
            "by_type": [
                [label, cells[0].text] for label, cells in zip(grid.rows, grid.cells, strict=True)
            ],
        }, added

    def _heat_map(
        self, session: Session, row: Situation, r: BriefingRequest
    ) -> tuple[dict[str, Any] | None, list[dict[str, Any]]]:
        """The 14 risk factors in the vocabulary's order, each at its level in the latest
        assessment to the period's end and in the one dated before it, with the change; and
        the changes as the review's rank counts them."""
        latest, previous = latest_and_previous(session, row.id, r.date_to)
        now = {f["factor"]: f for f in (latest.factors if latest else [])}
        before = {f["factor"]: f["level"] for f in (previous.factors if previous else [])}
        factors = []
        changes = []
        top = 0
        for term in self.vocab.terms("risk-factor"):
            f = now.get(term.code)
            level = f["level"] if f else None
            was = before.get(term.code)
            rank = self.vocab.rank("risk-level", level) or 0 if level else 0
            rank_was = self.vocab.rank("risk-level", was) or 0 if was else 0
            top = max(top, rank)
            if level is None:
                change = None
            elif was is None:
                change = "new" if previous else None
            else:
                change = "up" if rank > rank_was else "down" if rank < rank_was else "same"
            if level is not None and level != was and latest is not None:
                changes.append({"factor": term.code, "from": was, "to": level})
            factors.append(
                {
                    "factor": term.code,
                    "number": term.rank,
                    "level": level,
                    "previous": was,
                    "change": change,
                    "trend": f.get("trend") if f else None,
                }
            )
        in_period = latest is not None and latest.assessed_on >= r.date_from
        if latest is None:
            return None, []
        return {
            "assessed_on": latest.assessed_on.isoformat(),
            "previous_on": previous.assessed_on.isoformat() if previous else None,
            "top_rank": top,
            "factors": factors,
        }, (changes if in_period else [])

    def _actions(self, session: Session, situation_id: str, as_of: date) -> list[dict[str, Any]]:
        """The current strategy's actions as of `as_of`: late first, then blocked, then by due
        date (none last) and title."""
        row = strategies.latest(session, situation_id)
        if row is None:
            return []
        doc = strategies.strategy_doc(row, as_of)
        keep = ("title", "pillar", "level", "lead", "owner", "due", "status", "overdue", "blocked")
        actions = [{k: a.get(k) for k in keep} for a in doc["actions"]]
        actions.sort(key=strategies.attention_order)
        return actions

    # -- the horizon scan
    def _scan(
        self, r: BriefingRequest, suppress: Suppression, limit: int, as_of: date
    ) -> dict[str, Any]:
        """The scan's top places (as of `as_of`: the period's end, or today) that no situation
        covers, in its rank order, counts suppressed as the briefing's; the watch list is left
        as it is."""
        found = scan_.scan(
            self.store, as_of, standard=r.standard, watch=False, vocab=self.vocab, lang=r.lang
        )
        entries = [
            e
            for e in found["entries"]
            if not e["covered"] and (not r.countries or e["place"]["country"] in r.countries)
        ]
        # outside internal briefings no count of a place is printed: the scan counts every
        # record the device holds, internal ones too, and a country's row less its regions'
        # rows would give back a count the cells hide (places, types and ratios only)
        counted = r.audience == "internal"
        places_ = []
        for e in entries[:limit]:
            best = e["signals"][0]
            ratio = best.get("rate_ratio")
            places_.append(
                {
                    "rank": e["rank"],
                    "name": e["place"]["name"],
                    "country": e["place"]["country_name"],
                    "level": e["place"]["level"],
                    "violation": self._label("violation", best["violation"], r.lang)
                    if best["violation"]
                    else None,
                    "recent_count": suppress.count(int(best["recent_count"])).text
                    if counted
                    else None,
                    "rate_ratio": None if ratio is None else round(float(ratio), 1),
                    # on HQ's counts with a suppressed week: the ratio is the least it can be
                    "estimated": bool(best.get("estimated")),
                    "verified": suppress.count(int(best["at_standard"]["recent_count"])).text
                    if counted
                    else None,
                    "verified_rise": bool(e["verified_rise"]),
                    # every situation that takes in some of the place's flagged series
                    "partly_covered_by": list(
                        dict.fromkeys(
                            x["name"]
                            for sig in e["signals"]
                            for x in [*sig.get("covered_by", []), *sig.get("partly_covered_by", [])]
                        )
                    ),
                    "new": bool(e["new"]),
                }
            )
        counts = found.get("hq_counts")
        return {
            "as_of": found["as_of"],
            "recent_from": found["recent"]["from"],
            "flagged": len(found["entries"]),
            # places no situation takes in at all (the list also shows those partly covered)
            "uncovered": sum(
                1
                for e in entries
                if not any(x["covered_by"] or x["partly_covered_by"] for x in e["signals"])
            ),
            "places": places_,
            # what it ran on: the device's records, or HQ's weekly counts of the scope
            "source": found["source"],
            "hq_counts": None
            if not counts
            else {"as_of": counts["as_of"], "countries": list(counts["countries"])},
        }


def _late_decisions(store: Store, situation_id: str, as_of: date) -> int:
    from app.situations.service import Situations  # the service imports the review

    decisions = Situations(store, today=as_of).decisions(situation_id=situation_id, as_of=as_of)
    return sum(1 for d in decisions if d.get("state") == "late")


__all__ = [
    "Briefing",
    "BriefingRequest",
    "Briefings",
    "PARTS",
    "SECTIONS",
    "TEMPLATES",
    "check_asks",
    "load_template",
    "read_asks",
]
