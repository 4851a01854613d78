"""Situation reports: the figures, incidents, risks and actions of a period and scope, cleared
for one audience before anything renders them (see `app.report_model`).

Redaction, all on data, by the rules exports share (`app.redaction`: which incidents, which
names, which places), and for reports also:

- **Map.** Partners and the public get regions shaded, never points.
- **Small counts.** Outside internal reports, a count from 1 to threshold-1 (5 by default)
  prints as "<5", and a second cell is hidden wherever one hidden cell could be worked out
  from a row or column total.
- **Risk and strategy.** Risk assessments and the strategy are UN planning documents: they
  appear in internal and UN reports only.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from dataclasses import asdict, dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.orm import Session

from app import places
from app import validation as v
from app.audit import AuditLog
from app.errors import BadInput
from app.gazetteer import Unit, gazetteer
from app.left_out import left_out
from app.map_data import admin1_unit, shading_key
from app.models import (
    AuditEntry,
    Incident,
    Situation,
    Source,
    Victim,
    Violation,
)
from app.progress import Progress, or_silent
from app.redaction import ROUNDED, Audience, Names, scrub_texts
from app.report_model import (
    AUDIENCES,
    SECTIONS,
    ActionRow,
    Count,
    CountryRow,
    Grid,
    KeyIncident,
    MapArea,
    MapData,
    MapPoint,
    Report,
    ReportMeta,
    RiskBlock,
    RiskFactor,
    Series,
    SitrepTexts,
    Timeline,
)
from app.situations import Situations
from app.situations.assessments import latest_and_previous
from app.situations.trends import incident_ids
from app.store import Store
from app.vocab import Vocabularies, vocabularies

LANGS = ("en", "fr", "es", "ru", "ar", "zh")
TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "reports" / "sitrep.json"
MIN_THRESHOLD = 3
# the scope line of a report over all the store holds, when it counts no incident at all
NO_COUNTRY = {
    "en": "No country",
    "fr": "Aucun pays",
    "es": "Ningún país",
    "ru": "Ни одной страны",
    "ar": "لا يوجد بلد",
    "zh": "无国家",
}
MAX_SERIES = 6  # violation types drawn in the chart; the rest go together as "other"
CHUNK = 500
# a child table's rows (only the columns a report reads), by incident id
Rows = dict[str, list[Row[Any]]]


@dataclass(frozen=True)
class Request:
    date_from: date
    date_to: date
    audience: str
    lang: str = "en"
    country: str | None = None  # ISO 3166-1 alpha-3
    situation: str | None = None  # a situation's id
    texts: SitrepTexts = field(default_factory=SitrepTexts)  # the officer's, for this report
    # several countries (ISO 3166-1 alpha-3, in the order asked for), or () for every
    # country the store holds; None for a report over one country or one situation
    countries: tuple[str, ...] | None = None

    @property
    def several(self) -> bool:
        """A report over several countries, or over all the store holds (HQ's own)."""
        return self.countries is not None

    @classmethod
    def parse(
        cls,
        *,
        date_from: Any,
        date_to: Any,
        audience: Any,
        lang: Any = "en",
        country: Any = None,
        situation: Any = None,
        texts: Any = None,
    ) -> Request:
        """Check what a person or a script asked for; each problem names its field.

        `country` is a code or name (one country), a list of them (several countries, for
        HQ's own reports: `country[i]` names a bad one), or an empty list (every country the
        store holds); or give `situation` instead."""
        start = v.full_date(date_from, "from")
        end = v.full_date(date_to, "to")
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
        if (country is None) == (situation is None):
            raise BadInput("scope", "give a country or a situation, not both")
        countries: tuple[str, ...] | None = None
        if isinstance(country, list | tuple):
            # several countries, in the order given (each once); an empty list: every
            # country the store holds; a list of one is a report over that one country
            codes: list[str] = []
            for i, item in enumerate(country):
                name = "country" if len(country) == 1 else f"country[{i}]"
                code = places.country(item if isinstance(item, str) else "", name)
                if code not in codes:
                    codes.append(code)
            country, countries = (codes[0], None) if len(codes) == 1 else (None, tuple(codes))
        elif country is not None:
            country = places.country(str(country), "country")  # SYR, SY, Syria, Syrie...
        if situation is not None:
            situation = v.uuid_text(situation, "situation")
        return cls(start, end, audience, lang, country, situation, parse_texts(texts), countries)

    def as_dict(self) -> dict[str, Any]:
        """What `parse` takes back: kept with an exported report, so a reprint is the same."""
        return {
            "date_from": self.date_from.isoformat(),
            "date_to": self.date_to.isoformat(),
            "audience": self.audience,
            "lang": self.lang,
            # several countries as a list ([] for all the store holds): `parse` takes it back
            "country": list(self.countries) if self.countries is not None else self.country,
            "situation": self.situation,
            "texts": asdict(self.texts),
        }


TEXT_FIELDS = ("number", "as_of", "highlights", "overview", "contacts", "next_report")


def parse_texts(doc: Any) -> SitrepTexts:
    """The officer's texts for one report (`upfront report --texts FILE`, the Reports page):
    a JSON object with any of number, as_of and next_report (YYYY-MM-DD), highlights (a list
    of short texts), overview and contacts (texts over several lines)."""
    if doc is None:
        return SitrepTexts()
    if isinstance(doc, SitrepTexts):
        return doc
    doc = v.obj(doc, "texts")
    v.known_keys(doc, set(TEXT_FIELDS), "texts")
    highlights = [
        v.text(h, f"texts.highlights[{i}]", max_len=500) or ""
        for i, h in enumerate(v.items(doc.get("highlights"), "texts.highlights"))
    ]
    # an empty date is no date (as a form and `as_dict` give it)
    as_of = v.full_date(doc.get("as_of") or None, "texts.as_of")
    next_report = v.full_date(doc.get("next_report") or None, "texts.next_report")
    return SitrepTexts(
        number=v.text(doc.get("number"), "texts.number", max_len=60) or "",
        as_of=as_of.isoformat() if as_of else "",
        highlights=[h for h in highlights if h],
        overview=v.text(doc.get("overview"), "texts.overview", max_len=20_000, long=True) or "",
        contacts=v.text(doc.get("contacts"), "texts.contacts", max_len=2_000, long=True) or "",
        next_report=next_report.isoformat() if next_report else "",
    )


def load_template(path: Path | str | None = None) -> dict[str, Any]:
    """The report template: title, organisation, classification wording per audience,
    methodology, logo, sections and threshold, each per language where it is text. A country
    team copies resources/reports/sitrep.json and passes its copy; nothing is code."""
    path = Path(path) if path else TEMPLATE
    try:
        doc = json.loads(path.read_text(encoding="utf-8"))
    except OSError as err:
        raise BadInput("template", f"cannot be read ({err.strerror})") from err
    except ValueError as err:
        raise BadInput("template", "is not valid JSON") from err
    doc = v.obj(doc, "template")
    v.known_keys(
        doc,
        {
            "title",
            "organisation",
            "classification",
            "methodology",
            "logo",
            "sections",
            "threshold",
            "key_incidents",
            "$comment",
        },
        "template",
    )
    for key in ("title", "organisation", "methodology"):
        lang_texts(doc.get(key), f"template.{key}")
    marks = v.obj(doc.get("classification"), "template.classification")
    for audience in AUDIENCES:
        lang_texts(marks.get(audience), f"template.classification.{audience}")
    sections = v.items(doc.get("sections", list(SECTIONS)), "template.sections")
    for i, name in enumerate(sections):
        if name not in SECTIONS:
            raise BadInput(f"template.sections[{i}]", f"is one of {', '.join(SECTIONS)}")
    threshold = v.integer(doc.get("threshold", 5), "template.threshold") or 0
    if threshold < MIN_THRESHOLD:
        raise BadInput(
            "template.threshold", f"is at least {MIN_THRESHOLD}: smaller counts identify people"
        )
    logo = doc.get("logo")
    if logo is not None:
        logo_path = (
            path.parent / v.text(logo, "template.logo", required=True, max_len=500)
        ).resolve()
        if not logo_path.is_file():
            raise BadInput("template.logo", "names no file beside the template")
        logo = str(logo_path)
    return {
        **doc,
        "sections": sections,
        "threshold": threshold,
        "logo": logo,
        "key_incidents": v.integer(doc.get("key_incidents", 10), "template.key_incidents") or 0,
    }


def lang_texts(value: Any, field: str) -> dict[str, Any]:
    """A template's text per language ({"en": ..., "fr": ...}): English required, the fallback;
    a bad one names its field (`template.title.xx`). Briefing templates check theirs alike."""
    texts = v.obj(value, field)
    if not isinstance(texts.get("en"), str):
        raise BadInput(f"{field}.en", "is required: English is the fallback")
    for lang, text in texts.items():
        if lang not in LANGS or not isinstance(text, str):
            raise BadInput(f"{field}.{lang}", f"is text, in one of {', '.join(LANGS)}")
    return texts


def pick_lang(texts: dict[str, str], lang: str) -> str:
    return texts.get(lang) or texts["en"]


class Suppression:
    """Counts as an audience may read them: outside internal, a count from 1 to threshold-1
    prints as "<5", and in a table a second cell is hidden wherever one hidden cell could be
    worked out from a row or column total. Reports and briefings (app.briefing) count alike."""

    def __init__(self, internal: bool, threshold: int, lang: str) -> None:
        self.internal = internal
        self.threshold = threshold
        self.lang = lang

    def count(self, n: int) -> Count:
        if not self.internal and 0 < n < self.threshold:
            return Count(None, self.less_than())
        return Count(n, self.number(n))

    def number(self, n: int) -> str:
        """Thousands apart by a narrow space; in Arabic without, as the right-to-left layout
        would otherwise put the groups in the wrong order."""
        return str(n) if self.lang == "ar" else f"{n:,}".replace(",", "\u202f")

    def less_than(self) -> str:
        """ "<5", kept left to right in Arabic (a left-to-right mark, or it shows as "5>")."""
        text = f"<{self.threshold}"
        return f"\u200e{text}\u200e" if self.lang == "ar" else text

    def grid(self, rows: list[str], cols: list[str], values: list[list[int]]) -> Grid:
        """A table of counts with totals, suppressed for this audience: small cells hidden,
        and a second cell (or the line's total) hidden wherever a hidden cell could be
        worked out from the others and the total."""
        row_totals = [sum(r) for r in values]
        col_totals = [sum(values[i][j] for i in range(len(rows))) for j in range(len(cols))]
        total = sum(row_totals)
        hidden = [[not self.internal and 0 < x < self.threshold for x in r] for r in values]
        hide_row_total = [not self.internal and 0 < x < self.threshold for x in row_totals]
        hide_col_total = [not self.internal and 0 < x < self.threshold for x in col_totals]
        if not self.internal:
            changed = True
            while changed:
                changed = False
                lines = [
                    ([(i, j) for j in range(len(cols))], hide_row_total, i)
                    for i in range(len(rows))
                ]
                lines += [
                    ([(i, j) for i in range(len(rows))], hide_col_total, j)
                    for j in range(len(cols))
                ]
                for cells, total_hidden, index in lines:
                    if total_hidden[index]:
                        continue
                    secret = [c for c in cells if hidden[c[0]][c[1]]]
                    if len(secret) != 1:
                        continue
                    others = sorted(
                        (values[i][j], (i, j))
                        for i, j in cells
                        if not hidden[i][j] and values[i][j] > 0
                    )
                    if others:
                        i, j = others[0][1]
                        hidden[i][j] = True
                    else:
                        total_hidden[index] = True
                    changed = True

        def shown(x: int, hide: bool) -> Count:
            return (
                Count(None, self.less_than())
                if hide and x < self.threshold
                else Count(None, "×")
                if hide
                else self.count(x)
            )

        return Grid(
            rows,
            cols,
            [
                [shown(values[i][j], hidden[i][j]) for j in range(len(cols))]
                for i in range(len(rows))
            ],
            [shown(x, h) for x, h in zip(row_totals, hide_row_total, strict=True)],
            [shown(x, h) for x, h in zip(col_totals, hide_col_total, strict=True)],
            self.count(total),
        )


def risk_block(
    session: Session, vocab: Vocabularies, row: Situation, until: date, lang: str
) -> RiskBlock | None:
    """A situation's risk as of `until`: its latest assessment's factors (latest version of
    the latest date), each with its level in the assessment dated before; None when it has
    none yet. Labels in `lang`."""

    def label(kind: str, code: str | None) -> str:
        if code is None:
            return ""
        term = vocab.term(kind, code)
        return term.label(lang) if term else code

    latest, previous = latest_and_previous(session, row.id, until)
    if latest is None:
        return None
    earlier: list[dict[str, Any]] = previous.factors if previous else []
    before = {f["factor"]: f["level"] for f in earlier}
    ranks = [vocab.rank("risk-level", f["level"]) or 0 for f in latest.factors]
    top = max(ranks, default=0)
    overall = next(
        (f["level"] for f, r in zip(latest.factors, ranks, strict=True) if r == top), None
    )
    return RiskBlock(
        situation=row.name,
        assessed_on=latest.assessed_on.isoformat(),
        previous_on=previous.assessed_on.isoformat() if previous else None,
        overall=label("risk-level", overall) if overall else None,
        factors=[
            RiskFactor(
                label("risk-factor", f["factor"]),
                label("risk-level", f["level"]),
                f["level"],
                label("risk-level", before.get(f["factor"])) or None,
                label("risk-trend", f.get("trend")) or None,
            )
            for f in latest.factors
        ],
    )


# ---- building -----------------------------------------------------------------------------
class Reports:
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
        request: Request,
        template: dict[str, Any] | None = None,
        progress: Progress | None = None,
    ) -> Report:
        """The report's model; it only reads. `progress` (phase "build") may cancel it."""
        progress = or_silent(progress)
        progress.step(0, 2, "build")
        template = template or load_template()
        builder = _Builder(self, request, template)
        with self.store.session() as session:
            report, situations = builder.build(session)
        progress.step(1, 2, "build")
        if report.meta.audience in ("internal", "un"):  # in a read of its own
            report.actions = builder.actions(situations)
        # every text the report holds, scrubbed of the names its audience may not read: one
        # pass over the whole report, not a choice of fields here
        scrubbed: Report = scrub_texts(report, builder.withheld, keep=("logo",))
        progress.step(2, 2, "build")
        return scrubbed

    def countries_held(self) -> list[str]:
        """The countries (ISO 3166-1 alpha-3) of the incidents this store holds: what a report
        over several countries can choose from."""
        with self.store.session() as session:
            return list(
                session.scalars(select(Incident.country).distinct().order_by(Incident.country))
            )

    def record_export(
        self,
        report: Report,
        how: str,
        request: Request | None = None,
        template: dict[str, Any] | None = None,
    ) -> None:
        """The audit log keeps every report that left the store: who, for which audience and
        scope, its reference hash, and (given `request` and `template`) what it was made
        from: the request with the officer's texts, the template and the day it was made, so
        that `reprint` makes the same report again. The log is inside the encrypted store,
        never synced nor shown; the report's figures and records are not kept (a reprint
        reads them from the store again)."""
        m = report.meta
        detail: dict[str, Any] = {
            "how": how,
            "audience": m.audience,
            "scope": m.scope,
            "lang": m.lang,
            "from": m.period_from,
            "to": m.period_to,
            "sha256": report.sha256(),
            "left_out": report.left_out.as_dict(),
        }
        if request is not None:
            detail["request"] = request.as_dict()
            detail["template"] = template if template is not None else load_template()
            # the moment the report was made (its printed "generated" time), not now: a
            # reprint rebuilds it as of then (the date decides which actions are overdue)
            made = datetime.strptime(m.generated_at, "%Y-%m-%d %H:%M UTC").replace(tzinfo=UTC)
            detail["made_at"] = made.isoformat()
        with self.store.transaction() as session:
            AuditLog(session).append(self.store.user, "report.export", "report", None, detail)

    def kept(self, sha256_prefix: str) -> dict[str, Any]:
        """The audit detail of the exported report whose reference begins with this prefix
        (at least 8 hex digits; the newest export of it)."""
        prefix = (sha256_prefix or "").strip().lower()
        if len(prefix) < 8 or any(c not in "0123456789abcdef" for c in prefix):
            raise BadInput("reprint", "is the report's SHA-256, or its first 8 digits or more")
        with self.store.session() as session:
            rows = session.scalars(
                select(AuditEntry.detail)
                .where(AuditEntry.action == "report.export")
                .order_by(AuditEntry.seq.desc())
            )
            found = [d for d in rows if d and str(d.get("sha256", "")).startswith(prefix)]
        if not found:
            raise BadInput("reprint", "no report with this reference left this store")
        if len({d["sha256"] for d in found}) > 1:
            raise BadInput("reprint", "more than one report begins so: give more digits")
        kept = next((d for d in found if "request" in d), None)
        if kept is None:
            raise BadInput(
                "reprint", "this report was printed before reports kept what they were made of"
            )
        return dict(kept)

    def reprint(self, sha256_prefix: str) -> tuple[Report, Request, dict[str, Any]]:
        """The report an earlier export printed, made again from what was kept with it (its
        request, the officer's texts, its template, its day) and today's store. The result
        is checked against the kept reference: when the store's records changed since (an
        incident edited, cleared, added or withdrawn), the report would say something else,
        and `ReportChanged` is raised rather than printing it under the old name."""
        kept = self.kept(sha256_prefix)
        request = Request.parse(**kept["request"])
        template = kept["template"]
        made_at = datetime.fromisoformat(kept["made_at"])
        report = Reports(self.store, self.vocab, now=made_at).build(request, template)
        if report.sha256() != kept["sha256"]:
            raise ReportChanged(kept["sha256"], report.sha256())
        return report, request, template


class ReportChanged(BadInput):
    """A reprint that would not be the report printed: the store changed since."""

    def __init__(self, printed: str, now: str) -> None:
        super().__init__(
            "reprint",
            f"the store changed since report {printed[:12]} was printed: made again today it "
            f"would be {now[:12]}, so it is not reprinted; make a new report instead",
        )
        self.printed = printed
        self.now = now


class _Builder:
    def __init__(self, reports: Reports, request: Request, template: dict[str, Any]) -> None:
        self.r = request
        self.store = reports.store
        self.vocab = reports.vocab
        self.now = reports.now
        self.template = template
        self.lang = request.lang
        self.audience = Audience(request.audience)
        self.internal = self.audience.internal
        self.threshold = int(template["threshold"])
        self.suppress = Suppression(self.internal, self.threshold, self.lang)
        self.withheld = Names(())
        self.bucket_of: dict[str, int] = {}
        self.unknown_region = ""
        self.countries: list[str] = []  # several countries: the report's, in its order

    # -- labels
    def label(self, kind: str, code: str | None, **kw: Any) -> str:
        if code is None:
            return ""
        term = self.vocab.term(kind, code, **kw)
        return term.label(self.lang) if term else code

    def count(self, n: int) -> Count:
        return self.suppress.count(n)

    def number(self, n: int) -> str:
        return self.suppress.number(n)

    def less_than(self) -> str:
        return self.suppress.less_than()

    # -- the incidents this audience may see
    def _scope_ids(self, session: Session) -> tuple[list[str], str, list[Situation]]:
        r = self.r
        if r.several:  # several countries, or all: named once their figures are
            ids_q = select(Incident.id)
            situations_q = select(Situation).order_by(Situation.name, Situation.id)
            if r.countries:
                ids_q = ids_q.where(Incident.country.in_(r.countries))
                situations_q = situations_q.where(Situation.country.in_(r.countries))
            return list(session.scalars(ids_q)), "", list(session.scalars(situations_q))
        if r.situation:
            row = session.get(Situation, r.situation)
            if row is None:
                raise BadInput("situation", "no situation with this id in this store")
            ids = incident_ids(session, row)
            return ids, row.name, [row]
        ids = list(session.scalars(select(Incident.id).where(Incident.country == r.country)))
        situations = list(
            session.scalars(
                select(Situation).where(Situation.country == r.country).order_by(Situation.name)
            )
        )
        return ids, self.label("country", r.country), situations

    def _incidents(self, session: Session, ids: list[str]) -> list[Incident]:
        r = self.r
        out: list[Incident] = []
        for i in range(0, len(ids), CHUNK):
            q = select(Incident).where(
                Incident.id.in_(ids[i : i + CHUNK]),
                Incident.occurred_from <= r.date_to,
                func.coalesce(Incident.occurred_to, Incident.occurred_from) >= r.date_from,
                *self.audience.record_filter(),
            )
            out.extend(session.scalars(q))
        out.sort(key=lambda x: (x.occurred_from, x.id))
        return out

    @staticmethod
    def _children(session: Session, ids: list[str], *columns: Any) -> Rows:
        """Rows of a child table (only the columns asked for: read-only tuples, far cheaper
        than ORM objects for twenty thousand incidents), by incident, in their order."""
        table = columns[0].class_
        out: Rows = defaultdict(list)
        for i in range(0, len(ids), CHUNK):
            for row in session.execute(
                select(table.incident_id, *columns)
                .where(table.incident_id.in_(ids[i : i + CHUNK]))
                .order_by(table.position)
            ):
                out[row.incident_id].append(row)
        return out

    def may_name(self, person: Any) -> bool:
        return self.audience.may_name(person.protected, person.consent)

    # -- the whole report
    def build(self, session: Session) -> tuple[Report, list[str]]:
        ids, scope_label, situations = self._scope_ids(session)
        incidents = self._incidents(session, ids)
        # what the period and scope hold that this report leaves out, and why: the count
        # exports print too, by the rules `_incidents` selects with
        counted = left_out(
            session,
            self.audience,
            ids=ids,
            date_from=self.r.date_from,
            date_to=self.r.date_to,
            summaries=True,
        )
        iids = [x.id for x in incidents]
        acts = self._children(
            session, iids, Violation.type, Violation.victims_count, Violation.counts
        )
        victims = self._children(session, iids, Victim.name, Victim.protected, Victim.consent)
        sources = self._children(session, iids, Source.type)
        # every name this audience may not read, from the whole store, not only this scope
        withheld = self.withheld = self.audience.withheld_in(session)

        vtypes = Counter(a.type for x in incidents for a in acts[x.id])  # acts, by type
        verification = Counter(x.verification_status for x in incidents)
        n_acts = sum(len(acts[x.id]) for x in incidents)
        sex_age = self._victims_grid(incidents, acts)
        by_country: list[CountryRow] = []
        if self.r.several:
            self.countries = self._countries(incidents)
            scope_label = self.join([self.label("country", c) for c in self.countries])
            scope_label = scope_label or NO_COUNTRY[self.lang]
            by_country = self._by_country(incidents, acts)
        t = self.template
        meta = ReportMeta(
            title=pick_lang(t["title"], self.lang),
            organisation=pick_lang(t["organisation"], self.lang),
            scope=scope_label,
            period_from=self.r.date_from.isoformat(),
            period_to=self.r.date_to.isoformat(),
            audience=self.r.audience,
            classification=pick_lang(t["classification"][self.r.audience], self.lang),
            generated_at=self.now.strftime("%Y-%m-%d %H:%M UTC"),
            lang=self.lang,
            rtl=self.lang == "ar",
            threshold=self.threshold,
            sections=[
                x
                for x in t["sections"]
                if self.r.audience in ("internal", "un") or x not in ("risk", "strategy")
            ],  # planning stays in the UN
            logo=t.get("logo"),
            methodology=pick_lang(t["methodology"], self.lang).replace(
                "{threshold}", str(self.threshold)
            ),
        )
        planning = self.r.audience in ("internal", "un")
        by_violation = [
            (self.label("violation", k), self.count(n)) for k, n in vtypes.most_common()
        ]
        by_verification = [
            (self.label("verification", term.code), self.count(verification[term.code]))
            for term in self.vocab.terms("verification")
            if verification[term.code]
        ]
        timeline = self._timeline(incidents, acts)
        table = self._type_by_region(incidents, acts)
        map_data = self._map(incidents)
        # over several countries, a map for each as well: one frame over countries far apart
        # (Ukraine and the Congo) would draw each too small to read
        of_country: dict[str, list[Incident]] = defaultdict(list)
        for x in incidents if self.r.several else []:
            of_country[x.country].append(x)
        maps = [self._map(of_country[c], [c]) for c in self.countries]
        hidden = _Hidden(by_violation, by_verification, timeline, table, map_data, by_country)
        key_incidents, unlisted, no_summary, single_user = self._key_incidents(
            incidents, acts, victims, withheld, hidden
        )
        return Report(
            meta=meta,
            incidents=self.count(len(incidents)),
            acts=self.count(n_acts),
            victims=sex_age.total,
            by_violation=by_violation,
            by_verification=by_verification,
            victims_by_sex_age=sex_age,
            timeline=timeline,
            table=table,
            map=map_data,
            key_incidents=key_incidents,
            risk=self._risk(session, situations) if planning else [],
            actions=[],
            sources_by_type=[
                (self.label("source-type", k), self.count(n))
                for k, n in Counter(s.type for x in incidents for s in sources[x.id]).most_common()
            ],
            unlisted_small=unlisted,
            summaries_missing=no_summary,
            summaries_single_user=single_user,
            reviews_single_user=sum(bool(x.review_single_user) for x in incidents),
            left_out=counted,
            texts=self.r.texts,
            by_country=by_country,
            maps=maps,
        ), [s.id for s in situations]

    # -- several countries
    def _countries(self, incidents: list[Incident]) -> list[str]:
        """The report's countries in its order: as asked for, or (all the store holds) those
        with an incident counted in it, by name in the report's language. Only counted
        incidents name a country: one this audience may not read about is not named."""
        if self.r.countries:
            return list(self.r.countries)
        held = {x.country for x in incidents}
        return sorted(held, key=lambda c: (self.label("country", c).casefold(), c))

    def join(self, names: list[str]) -> str:
        """Names in a list, as the report's language writes one (apart by semicolons: a
        country's name may hold a comma, "Congo, The Democratic Republic of the")."""
        return {"ar": "؛ ", "zh": "、"}.get(self.lang, "; ").join(names)

    def _by_country(self, incidents: list[Incident], acts: Rows) -> list[CountryRow]:
        """Incidents, acts and victims per country, each column suppressed as a table's is
        (small counts hidden, and a second one wherever the total would give one back)."""
        countries = self.countries
        mine: dict[str, list[Incident]] = {c: [] for c in countries}
        for x in incidents:
            mine.setdefault(x.country, []).append(x)
        figures = [
            [len(mine[c]) for c in countries],
            [sum(len(acts[x.id]) for x in mine[c]) for c in countries],
            [sum(self._sex_age_cells(mine[c], acts).values()) for c in countries],
        ]
        names = [self.label("country", c) for c in countries]
        columns = [self.grid(names, [""], [[n] for n in values]) for values in figures]
        return [
            CountryRow(
                code,
                names[i],
                columns[0].cells[i][0],
                columns[1].cells[i][0],
                columns[2].cells[i][0],
            )
            for i, code in enumerate(countries)
        ]

    # -- figures
    def _sex_age_cells(self, incidents: list[Incident], acts: Rows) -> dict[tuple[str, str], int]:
        sexes = [t.code for t in self.vocab.terms("sex")]
        ages = [t.code for t in self.vocab.terms("age-group")]
        cells = {(s, a): 0 for s in sexes for a in ages}
        for x in incidents:
            for act in acts[x.id]:
                counted = 0
                for c in act.counts or []:
                    key = (c.get("sex") or "unknown", c.get("age_group") or "unknown")
                    if key in cells:
                        cells[key] += int(c.get("count") or 0)
                        counted += int(c.get("count") or 0)
                if act.victims_count and act.victims_count > counted:
                    cells[("unknown", "unknown")] += act.victims_count - counted
        return cells

    def _victims_grid(self, incidents: list[Incident], acts: Rows) -> Grid:
        sexes = [t.code for t in self.vocab.terms("sex")]
        ages = [t.code for t in self.vocab.terms("age-group")]
        cells = self._sex_age_cells(incidents, acts)
        return self.grid(
            [self.label("sex", s) for s in sexes],
            [self.label("age-group", a) for a in ages],
            [[cells[(s, a)] for a in ages] for s in sexes],
        )

    def grid(self, rows: list[str], cols: list[str], values: list[list[int]]) -> Grid:
        return self.suppress.grid(rows, cols, values)

    def _timeline(self, incidents: list[Incident], acts: Rows) -> Timeline:
        start, end = self.r.date_from, self.r.date_to
        weekly = (end - start).days <= 120
        # counted, not stepped to past the end: a period ending in 9999's last week or month
        # has no week or month after it (date.max)
        if weekly:
            first = start - timedelta(days=start.weekday())
            buckets = [first + timedelta(days=7 * i) for i in range((end - first).days // 7 + 1)]
        else:
            months = (end.year - start.year) * 12 + end.month - start.month + 1
            buckets = [
                date(start.year + (start.month - 1 + i) // 12, (start.month - 1 + i) % 12 + 1, 1)
                for i in range(months)
            ]

        def bucket(d: date) -> int:
            d = max(d, start)
            if weekly:
                return (d - buckets[0]).days // 7
            return (d.year - buckets[0].year) * 12 + d.month - buckets[0].month

        by_type: Counter[str] = Counter()
        cells: dict[tuple[str, int], int] = defaultdict(int)
        totals = [0] * len(buckets)
        for x in incidents:  # each incident once, under its first violation's type
            b = self.bucket_of[x.id] = bucket(x.occurred_from)
            totals[b] += 1
            kind = acts[x.id][0].type if acts[x.id] else "other"
            by_type[kind] += 1
            cells[(kind, b)] += 1
        top = [k for k, _n in by_type.most_common(MAX_SERIES)]
        rest = [k for k in by_type if k not in top]
        series = [
            Series(
                self.label("violation", k), [self.count(cells[(k, b)]) for b in range(len(buckets))]
            )
            for k in top
        ]
        if rest:
            series.append(
                Series(
                    self.label("violation", "other")
                    if self.vocab.term("violation", "other")
                    else "…",
                    [self.count(sum(cells[(k, b)] for k in rest)) for b in range(len(buckets))],
                )
            )
        return Timeline(
            "week" if weekly else "month",
            [b.isoformat() for b in buckets],
            series,
            [self.count(n) for n in totals],
        )

    def column(self, x: Incident) -> str:
        """A record's column in the table by region: its region as printed; over several
        countries with its country's code, as two countries may name a region alike (and
        each has its own "not given")."""
        if not self.r.several:
            return self.region(x)
        return f"{self.region(x) or self.unknown_region} ({x.country})"

    def _type_by_region(self, incidents: list[Incident], acts: Rows) -> Grid:
        regions: Counter[str] = Counter()
        cells: Counter[tuple[str, str]] = Counter()
        kinds: Counter[str] = Counter()
        unknown = self.unknown_region = {
            "en": "Not given",
            "fr": "Non précisé",
            "es": "No indicado",
            "ru": "Не указано",
            "ar": "غير محدد",
            "zh": "未注明",
        }[self.lang]
        for x in incidents:  # acts of violation, so the total is the acts' figure
            region = self.column(x)
            regions[region] += len(acts[x.id])
            for act in acts[x.id]:
                kinds[act.type] += 1
                cells[(act.type, region)] += 1
        cols = [r for r, _n in regions.most_common()]
        rows = [k for k, _n in kinds.most_common()]
        return self.grid(
            [self.label("violation", k) for k in rows],
            [c or unknown for c in cols],
            [[cells[(k, c)] for c in cols] for k in rows],
        )

    def _map(self, incidents: list[Incident], only: list[str] | None = None) -> MapData:
        """The map's figures: of the report's countries, or of `only` these."""
        regions: Counter[str] = Counter()
        names: dict[str, str] = {}
        points: Counter[tuple[float, float]] = Counter()
        for x in incidents:
            key = self.area(x)
            if key:
                regions[key] += 1
                names[key] = self.region(x) or key
            if x.lat is None or x.lon is None or self.audience.regions_only:
                continue  # partners and the public: regions shaded, no points
            if not self.audience.coordinates(x.location_precision, x.location_sensitive):
                continue
            digits = 3 if self.internal else ROUNDED
            points[(round(x.lat, digits), round(x.lon, digits))] += 1
        countries = only or sorted(
            {x.country for x in incidents}
            | ({self.r.country} if self.r.country else set())
            | set(self.r.countries or ())
        )
        return MapData(
            countries,
            [MapArea(k, names[k], self.count(n)) for k, n in regions.most_common()],
            [MapPoint(lat, lon, n) for (lat, lon), n in sorted(points.items())],
        )

    def unit(self, x: Incident) -> Unit | None:
        """The gazetteer's unit of a record's admin 1 (None where it was kept as typed)."""
        return admin1_unit(x.admin1_pcode, x.admin1_code)

    def region(self, x: Incident) -> str:
        """A record's admin-1 as printed: the unit's name in the report's language, or the
        text as typed where the gazetteer does not know it (so scrubbed). The table and the
        map both name a region by this."""
        unit = self.unit(x)
        if unit is not None:
            return gazetteer().label(unit, self.lang)
        return self.withheld.scrub(x.admin1) if x.admin1 else ""

    def area(self, x: Incident) -> str:
        """Where the map shades a record: its unit's polygon (the map names a unit without
        one in a note), else its region as printed."""
        unit = self.unit(x)
        return shading_key(unit, self.region(x) if unit is None else "")

    def place(self, x: Incident) -> str:
        country = self.label("country", x.country)
        place = self.audience.place(
            x.place, x.admin2, x.admin1, x.location_precision, x.location_sensitive
        )
        if place and self.r.several:  # several countries: say which
            return {"ar": "، ", "zh": "，"}.get(self.lang, ", ").join([place, country])
        return place or country

    def _key_incidents(
        self, incidents: list[Incident], acts: Rows, victims: Rows, withheld: Names, hidden: _Hidden
    ) -> tuple[list[KeyIncident], int, int, int]:
        """The incidents told one by one, and how many were left out because listing them
        would reveal a count the report suppresses; outside the UN, each with the summary
        cleared for partners and the public (or none), how many of the report's incidents
        have none, and how many were cleared by their author alone (a single-user office)."""

        def people(x: Incident) -> int:
            return sum(
                a.victims_count or sum(int(c.get("count") or 0) for c in a.counts or [])
                for a in acts[x.id]
            )

        def weight(x: Incident) -> tuple[int, int, date, str]:
            return (
                self.vocab.rank("verification", x.verification_status) or 0,
                people(x),
                x.occurred_from,
                x.id,
            )

        listable = incidents
        if not self.internal and (0 < len(incidents) < self.threshold):
            listable = []
        elif not self.internal:  # a hidden "<5" must not be counted back from the list
            listable = [x for x in incidents if not hidden.covers(self, x, acts[x.id])]
        unlisted = len(incidents) - len(listable)
        chosen = sorted(listable, key=weight, reverse=True)[: self.template["key_incidents"]]
        out = []
        no_summary = single_user = 0
        if not self.audience.within_un:
            cleared = [x for x in incidents if x.public_summary and x.public_summary_cleared_by]
            no_summary = len(incidents) - len(cleared)
            single_user = sum(bool(x.public_summary_single_user) for x in cleared)
        for x in sorted(chosen, key=lambda i: (i.occurred_from, i.id)):
            if self.audience.within_un:
                summary = _excerpt(x.narrative or "")
            elif x.public_summary and x.public_summary_cleared_by:
                summary = _excerpt(x.public_summary)
            else:
                summary = ""
            out.append(
                KeyIncident(
                    date=x.occurred_from.isoformat(),
                    place=self.place(x),
                    title=x.title,
                    summary=summary,
                    violations=sorted({self.label("violation", a.type) for a in acts[x.id]}),
                    verification=self.label("verification", x.verification_status),
                    victims=self.count(people(x)),
                    named=[
                        p.name
                        for p in victims[x.id]
                        if p.name and self.may_name(p) and not withheld.found(p.name)
                    ],
                )
            )
        return out, unlisted, no_summary, single_user

    # -- planning
    def _risk(self, session: Session, situations: list[Situation]) -> list[RiskBlock]:
        out = []
        for row in situations:
            block = risk_block(session, self.vocab, row, self.r.date_to, self.lang)
            if block is not None:
                out.append(block)
        return out

    def actions(self, situation_ids: list[str]) -> list[ActionRow]:
        """The strategy actions of the report's situations, late first, as of today."""
        ids = set(situation_ids)
        rows = [
            a
            for a in Situations(self.store, self.vocab).all_actions(self.now.date())
            if a["situation"]["id"] in ids
        ]
        return [
            ActionRow(
                situation=a["situation"]["name"],
                title=a["title"],
                pillar=self.label("strategy-pillar", a["pillar"]),
                level=self.label("strategy-level", a["level"]),
                lead=self.label("un-entity", a["lead"]),
                owner=a.get("owner") or "",
                due=a.get("due"),
                status=self.label("action-status", a["status"]),
                overdue=a["overdue"],
                blocked=a["blocked"],
            )
            for a in rows
        ]


class _Hidden:
    """The figures a report suppresses for its audience, so that no incident is listed whose
    listing would count one of them back (four incidents listed behind a "<5")."""

    def __init__(
        self,
        by_violation: list[tuple[str, Count]],
        by_verification: list[tuple[str, Count]],
        timeline: Timeline,
        table: Grid,
        map_data: MapData,
        by_country: list[CountryRow] | None = None,
    ) -> None:
        self.types = {label for label, c in by_violation if c.suppressed}
        self.verification = {label for label, c in by_verification if c.suppressed}
        # a cell (type, region), or a row's or column's total (None for the other)
        self.cells: set[tuple[str | None, str | None]] = {
            (r, c)
            for i, r in enumerate(table.rows)
            for j, c in enumerate(table.cols)
            if table.cells[i][j].suppressed
        }
        self.cells |= {
            (r, None) for r, t in zip(table.rows, table.row_totals, strict=True) if t.suppressed
        }
        self.cells |= {
            (None, c) for c, t in zip(table.cols, table.col_totals, strict=True) if t.suppressed
        }
        self.series = {
            (sr.label, b) for sr in timeline.series for b, c in enumerate(sr.values) if c.suppressed
        }
        self.series_labels = [sr.label for sr in timeline.series]
        self.weeks = {b for b, c in enumerate(timeline.totals) if c.suppressed}
        self.areas = {a.code for a in map_data.areas if a.count.suppressed}
        self.countries = {
            row.code
            for row in by_country or []
            if row.incidents.suppressed or row.acts.suppressed or row.victims.suppressed
        }

    def covers(self, b: _Builder, x: Incident, acts: list[Row[Any]]) -> bool:
        """Whether incident x is counted in a suppressed figure."""
        types = {b.label("violation", a.type) for a in acts}
        region = b.column(x) or b.unknown_region
        if (
            types & self.types
            or b.label("verification", x.verification_status) in self.verification
        ):
            return True
        if (None, region) in self.cells or any(
            (t, region) in self.cells or (t, None) in self.cells for t in types
        ):
            return True
        week = b.bucket_of.get(x.id)
        first = b.label("violation", acts[0].type if acts else "other")
        series = (
            first
            if first in self.series_labels
            else (self.series_labels[-1] if self.series_labels else first)
        )
        if week in self.weeks or (series, week) in self.series:
            return True
        return b.area(x) in self.areas or x.country in self.countries


def _excerpt(text: str, limit: int = 400) -> str:
    """The start of a narrative, cut at a sentence (or word) boundary."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit]
    end = max(cut.rfind(". "), cut.rfind("。"), cut.rfind("؛"))
    if end > limit // 2:
        return cut[: end + 1]
    return cut[: cut.rfind(" ")] + " …" if " " in cut else cut + "…"
