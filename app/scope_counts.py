"""HQ's weekly counts of a scope's violation acts, for the horizon scan of a device that does
not hold the scope's records (a `un` analyst's device holds only the views that reach the UN,
while most records stay internal at HQ).

What HQ counts (``build``, run by ``sync.hq.counts`` on the documents HQ holds): every act of
every incident of the device's scope, internal or not, dated as ``app.scan.weekly_acts`` dates
it (the act's own date, else its incident's ``occurred_from``: ``act_day``), per ISO week
(Monday to Sunday), over the ``WEEKS`` (52) complete weeks before the day it counts on (UTC).
Counts only: never a record, an id, a name or a text.

Cells only, and disjoint: each series is one cell of country x admin 1 P-code (None: the
country's acts without a P-code) x violation type x band of proof (the incident's
verification status where it is a standard of proof, rank above 0; None for every other
status together). **No sum of cells is sent** (no country, all-types or at-or-above series):
with the sums beside the cells, a hidden cell could be worked out from a sum less the shown
cells, through one level or several (a review found such a chain: a country's all types, less
one type, less one region), and no rule for hiding second cells short of an audit of the whole
linear system is safe. The device sums the cells itself (``scan_series``). Only series with an
act are sent (sparse).

Small cells (``build``): a weekly value from 1 to ``threshold`` - 1 (the reports' threshold,
``app.reports``' template, 5) goes as None, as a report outside internal shows "<5". A device
that reads internal records gets no counts at all: it holds the records. What stays open: one
payload compared with the next (a cell of a past week that changes tells what was recorded or
re-dated since), as two reports of overlapping periods would.

What the device keeps: the JSON payload below under store_meta ``KEY``, checked again
whenever it is read (``parse``: a file from outside is hostile, every refusal names the field)::

    {"format": 2, "as_of": "YYYY-MM-DD", "weeks": ["YYYY-MM-DD" (Mondays, oldest first)],
     "threshold": 5, "scope": {"teams": [...] or null, "countries": ["SYR", ...]},
     "series": [{"country", "pcode", "type", "standard", "counts": [int or null per week]}]}

How the scan uses them (``scan_series``): for each country of the counts' scope, HQ's counts
replace the device's own records; the window ends on the last complete ISO week ending on or
before the scan's date (``window_end``). The cells of a place and type are summed over the
bands (all of them; the bands at or above the scan's standard for the acts counted apart),
each suppressed week imputed so that it can only make a rise harder to flag: threshold - 1 in
the baseline weeks (the most it can be), 1 in the recent weeks (the least). Such series are
left out of the pooled dispersion (an imputed constant would shrink it, which would make every
other series easier to flag). The price: coarse series (a country, all types) carry the
imputation of each hidden cell, so the scan on counts finds the larger rises.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.errors import BadInput
from app.models import StoreMeta
from app.vocab import Vocabularies

KEY = "scope_counts"  # store_meta
FORMAT = 2  # 1 sent sums of cells beside the cells (a hidden cell could be worked out)
WEEKS = 52
MAX_WEEKS = 104
MAX_SERIES = 500_000
MAX_COUNT = 10_000_000
MIN_THRESHOLD = 3  # app.reports.MIN_THRESHOLD: smaller counts identify people
SOURCE = "hq-counts"
SOURCE_TEXT = "HQ's weekly counts over all of the scope's records"

_ISO3 = re.compile(r"[A-Z]{3}")
_CODE = re.compile(r"[A-Za-z0-9_.-]{1,64}")
_PCODE = re.compile(r"[A-Za-z0-9_.-]{1,32}")

Key = tuple[str, str | None, str | None, str | None]  # country, P-code, type, standard
Act = tuple[str, str | None, str, str, date]  # country, P-code, type, status, day


# --- HQ: counting ------------------------------------------------------------------------------
# the reports' default template (app.reports.TEMPLATE), read here too: HQ may not import
# app.reports, which opens stores (the import contracts); tests hold the two to one value
REPORT_TEMPLATE = Path(__file__).resolve().parent.parent / "resources" / "reports" / "sitrep.json"


def report_threshold() -> int:
    """The reports' small-count threshold: their default template's (5 when it names none,
    as app.reports.load_template reads it), at least MIN_THRESHOLD."""
    doc = json.loads(REPORT_TEMPLATE.read_text(encoding="utf-8"))
    value = doc.get("threshold", 5) if isinstance(doc, dict) else 5
    if not isinstance(value, int) or isinstance(value, bool) or value < MIN_THRESHOLD:
        raise BadInput("template.threshold", f"is at least {MIN_THRESHOLD}")
    return value


def week_start(day: date) -> date:
    """The Monday of the ISO week holding ``day``."""
    return day - timedelta(days=day.weekday())


def complete_weeks(as_of: date, weeks: int = WEEKS) -> list[date]:
    """The Mondays of the ``weeks`` complete ISO weeks before ``as_of``'s own week (the day
    itself is not over: its week is not complete), oldest first."""
    last = week_start(as_of) - timedelta(days=7)
    return [last - timedelta(days=7 * (weeks - 1 - i)) for i in range(weeks)]


def _day(value: Any) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and len(value) == 10:
        try:
            return date.fromisoformat(value)
        except ValueError:
            return None
    return None


def act_day(act_date: Any, occurred_from: Any) -> date | None:
    """An act's day as ``app.scan.weekly_acts`` dates it (there in SQL): its own date, else
    its incident's date of occurrence."""
    return _day(act_date) or _day(occurred_from)


def acts_of(doc: Mapping[str, Any]) -> Iterator[Act]:
    """The acts of an incident document (as ``Incidents.get`` gives it and HQ holds it):
    (country, admin 1 P-code or None, violation type, verification status, day)."""
    location = doc.get("location") or {}
    if not isinstance(location, Mapping):
        return
    country = location.get("country")
    if not isinstance(country, str) or not country:
        return
    pcode = location.get("admin1_pcode") or None
    if not isinstance(pcode, str):
        pcode = None
    verification = doc.get("verification") or {}
    status = verification.get("status") if isinstance(verification, Mapping) else None
    status = status if isinstance(status, str) and status else "unverified"
    for act in doc.get("violations") or []:
        if not isinstance(act, Mapping) or not isinstance(act.get("type"), str):
            continue
        day = act_day(act.get("date"), doc.get("occurred_from"))
        if day is not None:
            yield country, pcode, act["type"], status, day


def band(status: str, ranks: Mapping[str, int]) -> str | None:
    """An act's band of proof: its incident's verification status where that is a standard of
    proof (rank above 0), else None (unverified, pending and the like, together)."""
    return status if ranks.get(status, 0) > 0 else None


def build(
    acts: Iterable[Act],
    as_of: date,
    vocab: Vocabularies,
    *,
    threshold: int,
    suppress: bool = True,
    countries: Iterable[str] | None = None,
    weeks: int = WEEKS,
) -> dict[str, Any]:
    """The payload (without its scope) of the acts' weekly counts in disjoint cells only (see
    the module's docstring: no sums of cells are sent); only countries in ``countries`` when
    given."""
    mondays = complete_weeks(as_of, weeks)
    first, end = mondays[0], mondays[-1] + timedelta(days=6)
    keep = set(countries) if countries is not None else None
    ranks = {t.code: t.rank or 0 for t in vocab.terms("verification")}
    acc: dict[Key, list[int]] = {}
    for country, pcode, kind, status, day in acts:
        if not first <= day <= end or (keep is not None and country not in keep):
            continue
        key = (country, pcode, kind, band(status, ranks))
        acc.setdefault(key, [0] * weeks)[(day - first).days // 7] += 1

    def shown(n: int) -> int | None:
        return None if suppress and 0 < n < threshold else n

    return {
        "format": FORMAT,
        "as_of": as_of.isoformat(),
        "weeks": [m.isoformat() for m in mondays],
        "threshold": threshold,
        "series": [
            {
                "country": k[0],
                "pcode": k[1],
                "type": k[2],
                "standard": k[3],
                "counts": [shown(n) for n in acc[k]],
            }
            for k in sorted(acc, key=lambda k: tuple((x is not None, x or "") for x in k))
        ],
    }


# --- the device: reading what HQ sent ----------------------------------------------------------


@dataclass(frozen=True)
class ScopeCounts:
    as_of: date
    weeks: list[date]
    threshold: int
    countries: frozenset[str]
    teams: list[str] | None
    series: dict[Key, list[int | None]]


def _text(value: Any, field: str, pattern: re.Pattern[str], *, null: bool = False) -> str | None:
    if value is None and null:
        return None
    if not isinstance(value, str) or not pattern.fullmatch(value):
        raise BadInput(field, "is not a code HQ sends")
    return value


def parse(raw: str | bytes | Mapping[str, Any]) -> ScopeCounts:
    """The payload checked whole; BadInput names the first field that does not fit."""
    if isinstance(raw, str | bytes):
        try:
            doc = json.loads(raw)
        except (ValueError, RecursionError):  # nested past Python's limit: not HQ's
            raise BadInput(KEY, "is not valid JSON") from None
    else:
        doc = raw
    if not isinstance(doc, Mapping):
        raise BadInput(KEY, "is not an object")
    if doc.get("format") != FORMAT:
        raise BadInput(f"{KEY}.format", f"is not {FORMAT} (HQ may be newer)")
    as_of = _day(doc.get("as_of"))
    if as_of is None:
        raise BadInput(f"{KEY}.as_of", "is not a date (YYYY-MM-DD)")
    raw_weeks = doc.get("weeks")
    if not isinstance(raw_weeks, list) or not 1 <= len(raw_weeks) <= MAX_WEEKS:
        raise BadInput(f"{KEY}.weeks", f"is not a list of 1 to {MAX_WEEKS} weeks")
    weeks: list[date] = []
    for i, w in enumerate(raw_weeks):
        day = _day(w)
        if day is None or day.weekday() != 0:
            raise BadInput(f"{KEY}.weeks[{i}]", "is not a Monday (YYYY-MM-DD)")
        if weeks and day != weeks[-1] + timedelta(days=7):
            raise BadInput(f"{KEY}.weeks[{i}]", "does not follow the week before it")
        weeks.append(day)
    if weeks[-1] + timedelta(days=6) >= as_of:
        raise BadInput(f"{KEY}.weeks", "holds a week not complete on as_of")
    threshold = doc.get("threshold")
    if (
        not isinstance(threshold, int)
        or isinstance(threshold, bool)
        or not MIN_THRESHOLD <= threshold <= 1000
    ):
        raise BadInput(f"{KEY}.threshold", f"is not a whole number from {MIN_THRESHOLD} to 1000")
    scope = doc.get("scope")
    if not isinstance(scope, Mapping):
        raise BadInput(f"{KEY}.scope", "is not an object")
    raw_countries = scope.get("countries")
    if not isinstance(raw_countries, list) or len(raw_countries) > 1000:
        raise BadInput(f"{KEY}.scope.countries", "is not a list of countries")
    countries = frozenset(
        str(_text(c, f"{KEY}.scope.countries[{i}]", _ISO3)) for i, c in enumerate(raw_countries)
    )
    raw_teams = scope.get("teams")
    if raw_teams is not None and (not isinstance(raw_teams, list) or len(raw_teams) > 10_000):
        raise BadInput(f"{KEY}.scope.teams", "is not a list of teams")
    teams = (
        None
        if raw_teams is None
        else [str(_text(t, f"{KEY}.scope.teams[{i}]", _CODE)) for i, t in enumerate(raw_teams)]
    )
    raw_series = doc.get("series")
    if not isinstance(raw_series, list) or len(raw_series) > MAX_SERIES:
        raise BadInput(f"{KEY}.series", f"is not a list of at most {MAX_SERIES} series")
    series: dict[Key, list[int | None]] = {}
    for i, s in enumerate(raw_series):
        at = f"{KEY}.series[{i}]"
        if not isinstance(s, Mapping):
            raise BadInput(at, "is not an object")
        country = str(_text(s.get("country"), f"{at}.country", _ISO3))
        if country not in countries:
            raise BadInput(f"{at}.country", "is not a country of the counts' scope")
        key = (
            country,
            _text(s.get("pcode"), f"{at}.pcode", _PCODE, null=True),
            _text(s.get("type"), f"{at}.type", _CODE),  # a cell: one type
            _text(s.get("standard"), f"{at}.standard", _CODE, null=True),
        )
        counts = s.get("counts")
        if not isinstance(counts, list) or len(counts) != len(weeks):
            raise BadInput(f"{at}.counts", f"is not a list of {len(weeks)} weekly counts")
        for j, n in enumerate(counts):
            if n is not None and (
                not isinstance(n, int) or isinstance(n, bool) or not 0 <= n <= MAX_COUNT
            ):
                raise BadInput(f"{at}.counts[{j}]", "is not a count (a whole number, or null)")
        if key in series:
            raise BadInput(at, "repeats a series sent before it")
        series[key] = list(counts)
    return ScopeCounts(as_of, weeks, threshold, countries, teams, series)


def read(session: Session) -> tuple[ScopeCounts | None, str | None]:
    """The counts this device holds, checked: (counts, None); (None, None) when it holds none;
    (None, why) when what it holds does not fit (never raised: the scan then runs on the
    device's own records and says why)."""
    raw = held(session)
    if not raw:
        return None, None
    try:
        return parse(raw), None
    except BadInput as err:
        return None, str(err)


def held(session: Session) -> str | None:
    """The counts' JSON as HQ sent it and the device keeps it (unchecked), or None."""
    return session.scalar(select(StoreMeta.value).where(StoreMeta.key == KEY))


def save(session: Session, raw: str) -> ScopeCounts:
    """Keep HQ's counts, the JSON as HQ sent it (checked first: BadInput leaves what the
    device held)."""
    counts = parse(raw)
    session.merge(StoreMeta(key=KEY, value=raw))
    return counts


def forget(session: Session) -> None:
    """HQ sends this device no counts (it reads internal records, or its role changed)."""
    row = session.get(StoreMeta, KEY)
    if row is not None:
        session.delete(row)


def window_end(counts: ScopeCounts, to: date, weeks: int) -> date | None:
    """The Sunday that ends the scan's window on HQ's counts: the last complete ISO week
    ending on or before ``to`` that the counts hold; None when they hold fewer than
    ``weeks`` weeks up to it."""
    sunday = to - timedelta(days=(to.weekday() + 1) % 7)
    end = min(sunday, counts.weeks[-1] + timedelta(days=6))
    index = (end - timedelta(days=6) - counts.weeks[0]).days // 7
    return end if index >= weeks - 1 else None


@dataclass
class Series:
    """The device's finest series from HQ's cells, keyed as app.scan.weekly_acts keys its own
    (country, P-code or None, type): every act, and the acts at or above the standard."""

    all: dict[tuple[str, str | None, str], list[int]]
    verified: dict[tuple[str, str | None, str], list[int]]
    imputed_baseline: set[tuple[str, str | None, str | None]]  # not for pooling (with sums)
    suppressed: int  # finest series with at least one suppressed week in the window
    # those finest series: a place's sums over any of them are bounds, not counts
    hidden: set[tuple[str, str | None, str]] = field(default_factory=set)

    def estimated(self, country: str, pcode: str | None, kind: str | None) -> bool:
        """Whether the series of this place (a country with ``pcode`` None) and type (None:
        all types) sums a week HQ suppressed: its recent count then shows the least it can be,
        its baseline the most, and so its rate ratio the least."""
        return any(
            c == country and pcode in (None, p) and kind in (None, k) for c, p, k in self.hidden
        )


def scan_series(
    counts: ScopeCounts,
    end: date,
    standard_codes: Iterable[str],
    recent_weeks: int,
    baseline_weeks: int,
) -> Series:
    """The finest series the scan tests, from HQ's cells, over the window of ``recent_weeks``
    + ``baseline_weeks`` ISO weeks ending on ``end`` (a Sunday ``window_end`` gave): the cells
    of a place and type summed over the bands of proof (all of them; those in
    ``standard_codes`` for the acts at or above the standard), each suppressed week imputed
    so that it can only make a rise harder to flag: ``threshold`` - 1 in the baseline weeks
    (the most it can be), 1 in the recent weeks (the least)."""
    n = recent_weeks + baseline_weeks
    last = (end - timedelta(days=6) - counts.weeks[0]).days // 7
    codes = set(standard_codes)
    out = Series({}, {}, set(), 0)
    hidden_in: set[tuple[str, str | None, str]] = set()
    for (country, pcode, kind, std), weekly in counts.series.items():
        if kind is None:
            continue  # HQ sends cells of one type each
        window = weekly[last - n + 1 : last + 1]
        cell = (country, pcode, kind)
        hidden = [i for i, x in enumerate(window) if x is None]
        filled = [
            x if x is not None else (counts.threshold - 1 if i < baseline_weeks else 1)
            for i, x in enumerate(window)
        ]
        targets = [out.all] + ([out.verified] if std is not None and std in codes else [])
        for target in targets:
            total = target.setdefault(cell, [0] * n)
            for i, x in enumerate(filled):
                total[i] += x
        if hidden:
            hidden_in.add(cell)
            if any(i < baseline_weeks for i in hidden):
                out.imputed_baseline |= {cell, (country, None, kind)}
    out.suppressed = len(hidden_in)
    out.hidden = hidden_in
    return out
