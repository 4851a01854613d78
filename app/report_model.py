"""What a situation report holds, after redaction: the contract between `app.reports`, which
builds it from the store for one audience, and the renderers (the PDF in `ui.report`).

Every text here is already in the report's language and already cleared for the audience: a
renderer draws what it is given and has nothing else to draw from, so it cannot leak what was
removed. Numbers that could identify people arrive as `Count(None, "<5")`.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from typing import Any

from app.left_out import LeftOut
from app.redaction import AUDIENCES as AUDIENCES  # re-exported: one list for all

SECTIONS = (
    "key_figures",
    "timeline",
    "table",
    "map",
    "key_incidents",
    "risk",
    "strategy",
    "sources",
)


@dataclass(frozen=True)
class Count:
    """A figure as printed: `n` is None when suppressed (then `text` says "<5")."""

    n: int | None
    text: str

    @property
    def suppressed(self) -> bool:
        return self.n is None


@dataclass
class Grid:
    """A table of counts with totals: cells[row][col]."""

    rows: list[str]
    cols: list[str]
    cells: list[list[Count]]
    row_totals: list[Count]
    col_totals: list[Count]
    total: Count


@dataclass
class Series:
    label: str
    values: list[Count]


@dataclass
class Timeline:
    """Incidents per bucket (a week or a month: `unit`), stacked by violation type."""

    unit: str  # "week" or "month"
    buckets: list[str]  # ISO date of each bucket's first day
    series: list[Series]
    totals: list[Count]


@dataclass
class MapArea:
    code: str  # the unit's polygon on the map (or its P-code where it has none), else the name
    name: str
    count: Count


@dataclass
class MapPoint:
    lat: float
    lon: float
    weight: int = 1


@dataclass
class MapData:
    countries: list[str]  # ISO 3166-1 alpha-3 codes drawn
    areas: list[MapArea]  # admin-1 shading
    points: list[MapPoint]  # empty for audiences that get shading only


@dataclass
class KeyIncident:
    date: str
    place: str  # coarsened as the record and audience require
    title: str
    summary: str
    violations: list[str]
    verification: str
    victims: Count
    named: list[str] = field(default_factory=list)  # names this audience may read


@dataclass
class RiskFactor:
    factor: str
    level: str
    level_code: str
    previous: str | None
    trend: str | None


@dataclass
class RiskBlock:
    situation: str
    assessed_on: str
    previous_on: str | None
    overall: str | None
    factors: list[RiskFactor]


@dataclass
class ActionRow:
    situation: str
    title: str
    pillar: str
    level: str
    lead: str
    owner: str
    due: str | None
    status: str
    overdue: bool
    blocked: bool


@dataclass
class CountryRow:
    """One country's figures in a report over several countries (suppressed as any count)."""

    code: str  # ISO 3166-1 alpha-3
    country: str  # its name in the report's language
    incidents: Count
    acts: Count
    victims: Count


@dataclass
class ReportMeta:
    title: str
    organisation: str
    scope: str  # "Syrian Arab Republic", the countries' names, or a situation's name
    period_from: str
    period_to: str
    audience: str
    classification: str  # the marking printed on every page
    generated_at: str  # UTC, ISO 8601
    lang: str
    rtl: bool
    threshold: int  # counts below this (and above 0) are suppressed, unless internal
    sections: list[str]
    logo: str | None = None  # path of an image file, from the template
    methodology: str = ""


@dataclass
class SitrepTexts:
    """What an office expects beside the figures, written by the officer for this one report
    (inputs of the report, kept with it when it leaves the store: `Reports.record_export`).
    Dates are ISO; every text is scrubbed like the rest of the report."""

    number: str = ""  # the report's number in its series, e.g. "2026/11"
    as_of: str = ""  # the date the information is current to
    highlights: list[str] = field(default_factory=list)
    overview: str = ""
    contacts: str = ""
    next_report: str = ""  # the date of the next report

    @property
    def empty(self) -> bool:
        return not any(
            (
                self.number,
                self.as_of,
                self.highlights,
                self.overview,
                self.contacts,
                self.next_report,
            )
        )


@dataclass
class Report:
    meta: ReportMeta
    incidents: Count
    acts: Count
    victims: Count
    by_violation: list[tuple[str, Count]]
    by_verification: list[tuple[str, Count]]
    victims_by_sex_age: Grid
    timeline: Timeline
    table: Grid  # violation type x admin-1
    map: MapData
    key_incidents: list[KeyIncident]
    risk: list[RiskBlock]
    actions: list[ActionRow]
    sources_by_type: list[tuple[str, Count]]
    # incidents not listed one by one, as listing them would reveal a suppressed count
    unlisted_small: int = 0
    # outside the UN: key incidents with no summary cleared for partners and the public,
    # and those cleared by their author alone (an office with a single user)
    summaries_missing: int = 0
    summaries_single_user: int = 0
    # incidents approved in review by their own author (a single-user office's self-review)
    reviews_single_user: int = 0
    # the incidents of the period and scope this report leaves out, and why (`app.left_out`)
    left_out: LeftOut = field(default_factory=LeftOut)
    texts: SitrepTexts = field(default_factory=SitrepTexts)
    # a report over several countries (or all the store holds): each one's figures, in the
    # report's order; empty for one country or one situation
    by_country: list[CountryRow] = field(default_factory=list)
    maps: list[MapData] = field(default_factory=list)  # and a map of each, in that order

    def content(self) -> dict[str, Any]:
        """Everything printed, less the generation time: what the reference hash covers. A
        report over one country or one situation has no `by_country` nor `maps`: left out, so its
        reference is the one printed before reports could cover several countries."""
        out = asdict(self)
        out["meta"].pop("generated_at")
        for name in ("by_country", "maps"):
            if not out[name]:
                out.pop(name)
        return out

    def sha256(self) -> str:
        """SHA-256 of the report's content (canonical JSON), printed on it for reference:
        two prints with the same hash say the same thing."""
        text = json.dumps(self.content(), sort_keys=True, ensure_ascii=False, separators=(",", ":"))
        return hashlib.sha256(text.encode()).hexdigest()
