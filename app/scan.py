"""Horizon scan: the deterioration signals over every place the device holds records of, not
only inside the situations someone already defined.

What is tested
--------------
A place is every admin 1 region (by its P-code, as incidents hold it in ``admin1_pcode``) and
every country. For each place, the acts of each violation type and of all types together are
counted per 7-day week (``app.signals`` weeks, ending on the scan's date ``to``); an act is
dated by its own date, else by its incident's date of occurrence. An act whose incident has no
P-code counts in its country only.

Each series is tested with the rule of ``app.signals`` (the exact test conditional on the total,
beta-binomial for overdispersion, Student's t allowance for the estimated dispersion), with two
changes a scan over thousands of series needs, both within the rule's logic:

* **Windows.** The last ``RECENT_WEEKS`` (4) weeks against the ``BASELINE_WEEKS`` (26) before
  them, not 12: with many places tested at once the false-alarm correction asks for far smaller
  p-values than one situation's test, and a half-year baseline pins the rate and the dispersion
  down enough to reach them (measured on the simulated world of tests/app/test_scan_statistics.py:
  power for a 3x rise at 2 acts a week or more went from about 30 % with 12 weeks to over 80 %).
* **Dispersion pooled across places.** One series' 26 weeks estimate its dispersion poorly, and
  at the small counts of one region and one type an estimate that comes out low by chance (phi
  near 1 for counts whose variance is 3x their mean) raised false alarms well above the
  correction's level in the simulation. So each series' dispersion is at least the one pooled
  over every region's series of the same type (all types: over every region x type series),
  sum of baseline variances over sum of baseline means. Where the pooled value is the one used,
  it is estimated from thousands of weeks, and the t allowance takes its degrees of freedom
  (capped at ``POOLED_DF``); where the series' own estimate is higher, its own 25.

False alarms across places
--------------------------
Every series of every place and type is one test of one family, and the scan controls the false
discovery rate over that whole family with Benjamini-Hochberg at ``Q`` (0.05): among the places
flagged, about 5 % or fewer are expected to be noise. Flagged: BH-adjusted p <= Q, and the
minimum effect of app.signals: rate ratio >= 1.5 and at least 3 recent acts. A series that
cannot meet the minimum effect gets p = 1 without computing it: it could not be flagged
whatever its p, and a p-value raised to 1 only makes the correction more conservative for the
others (fewer p-values below each one), so the guarantee holds. On 500,000 incidents this skips
four fifths of the work (the large, slowly rising country series).

Ranking
-------
``RANK_RULE`` says it. The acts at or above a chosen standard of proof (``--standard``,
reasonable grounds by default) are counted apart, so a rise seen only in unverified reports
ranks below one of verified acts.

Humanitarian figures
--------------------
Each flagged place gets, under ``humanitarian``, the series imported HXL datasets hold for it
(app.humanitarian), compared over the scan's own windows (mean weekly figure, last 4 weeks
against the 26 before) and worded beside the acts that rose: "displacement up 3.0x where
Killing (6.0x) rose". Only flagged places are read.

Source
------
The scan runs on the device's own records (``SOURCE``), except in the countries for which the
device holds HQ's weekly counts (``app.scope_counts``, store_meta ``scope_counts``): HQ sends
them only to a device that does not read internal records (a `un` analyst's, which holds only
the views that reach the UN) and over all of its scope's records, so there they replace the
device's own (``source`` "hq-counts"; then each entry says its own ``source``, "hq-counts" or
"device", and ``hq_counts`` their as-of date). The counts come in ISO weeks: with them,
the window of every place ends on the last complete ISO week ending on or before ``to`` (the
result's ``recent.to``). Counts that do not fit are ignored and the result says why.
Pure functions (``place_series``, ``test_series``) do the statistics on weekly count series,
so a simulation can drive the same path without a store.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Integer, case, cast, func, select
from sqlalchemy.orm import Session

from app import humanitarian, places, scope_counts, signals
from app.errors import BadInput
from app.gazetteer import gazetteer
from app.models import Incident, Situation, StoreMeta, Violation
from app.schema.situation import PLACE_CODE
from app.situations import assessments as assessments_
from app.store import Store
from app.vocab import Vocabularies, vocabularies

RECENT_WEEKS = signals.RECENT_WEEKS  # 4
BASELINE_WEEKS = 26
WEEKS = RECENT_WEEKS + BASELINE_WEEKS
Q = 0.05  # Benjamini-Hochberg false discovery rate over every place and type tested
MIN_RATIO = signals.MIN_RATIO
MIN_RECENT = signals.MIN_RECENT
POOLED_DF = 200  # the t allowance's degrees of freedom where the pooled dispersion is used
DEFAULT_STANDARD = "reasonable_grounds"
WATCH_KEY = "scan_watch"  # store_meta: what each scan flagged (JSON)
WATCH_KEEP = 20  # scans kept in the watch list
SOURCE = "device"
SOURCE_TEXT = "the device's own records"

RANK_RULE = (
    "places are ranked by their strongest flagged series: first those whose rise is seen in "
    "the acts at or above the chosen standard of proof alone (at least {min_recent} such acts "
    "in the last {recent} weeks and a rate ratio of at least {min_ratio:g} among them), then "
    "the others; within each, by Benjamini-Hochberg-adjusted p (smallest first), then rate "
    "ratio (largest first), then acts at or above the standard in the last {recent} weeks "
    "(most first)"
)


class Cell(NamedTuple):
    """One tested series: a place (a country; with ``pcode``, one of its admin 1 regions) and a
    violation type (None: all types together)."""

    country: str
    pcode: str | None
    type: str | None


@dataclass(frozen=True)
class Test:
    recent_count: int
    baseline_count: int
    rate_ratio: float  # inf for an empty baseline with recent acts; 1.0 for 0/0
    dispersion: float  # the phi used: the series' own, or the pooled floor
    p_value: float  # one-sided, t-calibrated, before the correction
    p_adjusted: float  # Benjamini-Hochberg over every series tested
    flagged: bool


# --- the statistics, on weekly count series --------------------------------------------------


def place_series(
    finest: Mapping[tuple[str, str | None, str], Sequence[int]],
) -> dict[Cell, list[int]]:
    """Every series a scan tests, from the finest counts: (country, P-code or None, type) ->
    weekly counts (oldest first, all of one length). A region gets a series per type and one of
    all types; a country the same over all its acts (regions, and acts without a P-code)."""
    out: dict[Cell, list[int]] = {}
    for (country, pcode, kind), weekly in finest.items():
        cells = [Cell(country, None, kind), Cell(country, None, None)]
        if pcode is not None:
            cells += [Cell(country, pcode, kind), Cell(country, pcode, None)]
        for cell in cells:
            total = out.get(cell)
            if total is None:
                out[cell] = list(weekly)
            else:
                for i, count in enumerate(weekly):
                    total[i] += count
    return out


def pooled_dispersion(
    series: Mapping[Cell, Sequence[int]],
    recent_weeks: int = RECENT_WEEKS,
    baseline_weeks: int = BASELINE_WEEKS,
) -> dict[str | None, tuple[float, int]]:
    """Per violation type (None: all types), the dispersion pooled over the finest series (each
    region x type; a country x type where the type has no region's series): sum of the baseline
    weeks' sample variances over the sum of their means, at least 1; with its degrees of
    freedom (baseline weeks - 1 per series with acts)."""
    sums: dict[str | None, list[float]] = {}

    def add(kind: str | None, var: float, mean: float, df: int) -> None:
        acc = sums.setdefault(kind, [0.0, 0.0, 0])
        acc[0] += var
        acc[1] += mean
        acc[2] += df

    regional = {c.type for c in series if c.pcode is not None and c.type is not None}
    for cell, weekly in series.items():
        if cell.type is None or (cell.pcode is None and cell.type in regional):
            continue
        base = list(weekly[-(recent_weeks + baseline_weeks) :])[:baseline_weeks]
        mean = math.fsum(base) / baseline_weeks
        if mean <= 0:
            continue
        var = math.fsum((c - mean) ** 2 for c in base) / (baseline_weeks - 1)
        add(cell.type, var, mean, baseline_weeks - 1)
        add(None, var, mean, baseline_weeks - 1)
    return {kind: (max(1.0, v / m), int(df)) for kind, (v, m, df) in sums.items()}


def benjamini_hochberg(p_values: Sequence[float]) -> list[float]:
    """Benjamini-Hochberg adjusted p-values (step-up, monotone, capped at 1), in the order given.
    Written here: no statistics library is a dependency of app/ (no numpy, scipy or
    statsmodels), and the step-up is a few lines."""
    m = len(p_values)
    order = sorted(range(m), key=lambda i: p_values[i])
    adjusted = [1.0] * m
    running = 1.0
    for rank in range(m, 0, -1):
        i = order[rank - 1]
        running = min(running, p_values[i] * m / rank)
        adjusted[i] = running
    return adjusted


def _one(
    weekly: Sequence[int],
    floor: tuple[float, int],
    recent_weeks: int,
    baseline_weeks: int,
    min_ratio: float,
    min_recent: int,
) -> tuple[int, int, float, float, float]:
    """(recent, baseline, rate ratio, phi used, p) of one series, with app.signals' pieces."""
    window = list(weekly[-(recent_weeks + baseline_weeks) :])
    base, recent = window[:baseline_weeks], window[baseline_weeks:]
    x, b = sum(recent), sum(base)
    recent_rate, base_rate = x / recent_weeks, b / baseline_weeks
    ratio = recent_rate / base_rate if base_rate > 0 else (math.inf if x > 0 else 1.0)
    own = signals.dispersion(base)
    phi, df = (own, baseline_weeks - 1) if own > floor[0] else (floor[0], floor[1])
    if ratio < min_ratio or x < min_recent:
        return x, b, ratio, phi, 1.0  # cannot be flagged: p = 1 (conservative, see above)
    shape = None if phi <= 1.0 or base_rate <= 0 else base_rate / (phi - 1.0)
    exact = signals.conditional_p_value(x, b, recent_weeks, baseline_weeks, shape)
    return x, b, ratio, phi, signals.t_calibrated(exact, df)


def test_series(
    series: Mapping[Cell, Sequence[int]],
    *,
    recent_weeks: int = RECENT_WEEKS,
    baseline_weeks: int = BASELINE_WEEKS,
    q: float = Q,
    min_ratio: float = MIN_RATIO,
    min_recent: int = MIN_RECENT,
    pool: Mapping[Cell, Sequence[int]] | None = None,
) -> dict[Cell, Test]:
    """Every series tested (see the module's docstring), the false discovery rate controlled
    over all of them at once; the dispersion pooled over ``pool`` (default: every series)."""
    pooled = pooled_dispersion(series if pool is None else pool, recent_weeks, baseline_weeks)
    cells = list(series)
    found = []
    for cell in cells:
        floor = pooled.get(cell.type, pooled.get(None, (1.0, baseline_weeks - 1)))
        floor = (floor[0], min(max(floor[1], baseline_weeks - 1), POOLED_DF))
        found.append(_one(series[cell], floor, recent_weeks, baseline_weeks, min_ratio, min_recent))
    adjusted = benjamini_hochberg([f[4] for f in found])
    out: dict[Cell, Test] = {}
    for cell, (x, b, ratio, phi, p), p_adj in zip(cells, found, adjusted, strict=True):
        out[cell] = Test(
            recent_count=x,
            baseline_count=b,
            rate_ratio=ratio,
            dispersion=phi,
            p_value=p,
            p_adjusted=p_adj,
            flagged=p_adj <= q and ratio >= min_ratio and x >= min_recent,
        )
    return out


def rule_text() -> str:
    return (
        f"last {RECENT_WEEKS} weeks vs previous {BASELINE_WEEKS}, each admin 1 region (P-code) "
        f"and country, each violation type and all types: exact one-sided beta-binomial test "
        f"conditional on the total (app.signals), dispersion at least the one pooled over all "
        f"regions' series of the type, t-calibrated; false discovery rate controlled over "
        f"every series tested (Benjamini-Hochberg, q = {Q:g}); rate ratio >= {MIN_RATIO:g}, "
        f"at least {MIN_RECENT} recent acts"
    )


def rank_rule() -> str:
    return RANK_RULE.format(min_recent=MIN_RECENT, recent=RECENT_WEEKS, min_ratio=MIN_RATIO)


# --- reading the store -----------------------------------------------------------------------


def standard_codes(vocab: Vocabularies, standard: str) -> list[str]:
    if not isinstance(standard, str) or vocab.term("verification", standard) is None:
        raise BadInput(
            "standard", "is not a verification code (see `upfront vocab list verification`)"
        )
    floor = vocab.rank("verification", standard) or 0
    if floor <= 0:
        raise BadInput("standard", "names no standard of proof (unverified, pending and the like)")
    return [t.code for t in vocab.terms("verification") if (t.rank or 0) >= floor]


def weekly_acts(
    session: Session, to: date, verified_codes: Sequence[str], weeks: int = WEEKS
) -> tuple[
    dict[tuple[str, str | None, str], list[int]], dict[tuple[str, str | None, str], list[int]]
]:
    """(all acts, acts at or above the standard): (country, P-code or None, type) -> weekly
    counts, ``weeks`` weeks ending on ``to``, oldest first. Counted in SQL (GROUP BY), through
    the date indexes: acts dated in the window, and undated acts of incidents that occurred in
    it."""
    start = to - timedelta(days=7 * weeks - 1)
    verified = case((Incident.verification_status.in_(list(verified_codes)), 1), else_=0)
    counts: dict[tuple[str, str | None, str], list[int]] = {}
    checked: dict[tuple[str, str | None, str], list[int]] = {}

    def read(day: Any, where: Any) -> None:
        back = cast((func.julianday(to.isoformat()) - func.julianday(day)) / 7, Integer)
        q = (
            select(
                Incident.country,
                Incident.admin1_pcode,
                Violation.type,
                verified,
                back,
                func.count(),
            )
            .join(Incident, Incident.id == Violation.incident_id)
            .where(where)
            .group_by(Incident.country, Incident.admin1_pcode, Violation.type, verified, back)
        )
        for country, pcode, kind, ok, ago, n in session.execute(q):
            index = weeks - 1 - int(ago)
            if not 0 <= index < weeks:
                continue
            key = (country, pcode or None, kind)
            counts.setdefault(key, [0] * weeks)[index] += n
            if ok:
                checked.setdefault(key, [0] * weeks)[index] += n

    read(Violation.date, Violation.date.between(start, to))
    # the incidents of the window first (a covering index), then their undated acts (one probe
    # each): without the IN, SQLite walks every undated act of the store (1,000,000 for
    # 500,000 incidents) and looks up its incident; with it, only the window's
    in_window = select(Incident.id).where(Incident.occurred_from.between(start, to))
    read(
        Incident.occurred_from,
        Violation.date.is_(None)
        & Violation.incident_id.in_(in_window)
        & Incident.occurred_from.between(start, to),
    )
    return counts, checked


def _place_key(cell: Cell) -> str:
    return f"region:{cell.pcode}" if cell.pcode else f"country:{cell.country}"


def _signal_key(cell: Cell) -> str:
    return f"{_place_key(cell)}|{cell.type or 'all'}"


def _covers(
    row: Situation, match: tuple[set[str], set[str], set[str]], cell: Cell, since: date, to: date
) -> str | None:
    """'covered' when the situation's rule (app.situations.trends.rule_select: country, regions,
    dates, violation types) takes in every act of the series in the recent weeks; 'partly' when
    it takes in some (fewer regions or fewer types); None when it takes in none. Incidents tied
    to a situation by hand make no place covered: they are single records, not a place."""
    if row.country != cell.country:
        return None
    if (row.date_from and row.date_from > to) or (row.date_to and row.date_to < since):
        return None
    whole = True
    if row.regions:
        if cell.pcode is None:
            whole = False
        else:
            unit = gazetteer().unit(cell.pcode)
            pcodes, isos, names = match
            if not (
                cell.pcode in pcodes
                or (unit is not None and unit.iso and unit.iso in isos)
                or (unit is not None and unit.name in names)
            ):
                return None
    if row.violations:
        if cell.type is None:
            whole = False
        elif cell.type not in row.violations:
            return None
    if (row.date_from and row.date_from > since) or (row.date_to and row.date_to < to):
        whole = False
    return "covered" if whole else "partly"


def _risk_changes(
    session: Session, vocab: Vocabularies, row: Situation, to: date
) -> dict[str, Any] | None:
    """The latest assessment of the situation up to ``to`` and its factors that changed against
    the one before (worsening first)."""
    docs = [
        d
        for d in assessments_.assessments(session, vocab, row.id)
        if d["assessed_on"] <= to.isoformat()
    ]
    if not docs:
        return None
    latest = docs[-1]
    changed = [
        {"factor": f["factor"], "level": f["level"], "trend": f["trend"]}
        for f in latest["factors"]
        if f.get("trend") in ("worsening", "improving")
    ]
    changed.sort(key=lambda f: (f["trend"] != "worsening", f["factor"]))
    return {
        "situation": row.id,
        "situation_name": row.name,
        "assessed_on": latest["assessed_on"],
        "overall": latest.get("overall"),
        "changes": changed,
    }


def read_watch(session: Session) -> dict[str, Any]:
    raw = session.scalar(select(StoreMeta.value).where(StoreMeta.key == WATCH_KEY))
    if not raw:
        return {"scans": []}
    try:
        value = json.loads(raw)
    except ValueError:
        return {"scans": []}
    return (
        value if isinstance(value, dict) and isinstance(value.get("scans"), list) else {"scans": []}
    )


def scan(
    store: Store,
    to: date | None = None,
    *,
    standard: str = DEFAULT_STANDARD,
    watch: bool = True,
    vocab: Vocabularies | None = None,
    lang: str = "en",
) -> dict[str, Any]:
    """The horizon scan as of ``to`` (UTC today by default); see the module's docstring. With
    ``watch``, what it flagged is recorded in the store's watch list (store_meta ``scan_watch``);
    either way each entry says whether the previous recorded scan flagged its place."""
    vocab = vocab or vocabularies()
    if to is None:
        to = datetime.now(UTC).date()
    if isinstance(to, datetime):
        to = to.date()
    if not isinstance(to, date):
        raise BadInput("to", "is a date (YYYY-MM-DD)")
    if to.toordinal() < 7 * WEEKS:  # its weeks would begin before the calendar's first day
        raise BadInput("to", f"is too early: the scan reads the {WEEKS} weeks up to it")
    codes = standard_codes(vocab, standard)
    as_of = to
    with store.session() as session:
        counts, counts_problem = scope_counts.read(session)
        if counts is not None:
            end = scope_counts.window_end(counts, to, WEEKS)
            if end is None:
                counts_problem = f"HQ's counts (as of {counts.as_of}) do not reach back to {to}"
                counts = None
            else:
                to = end
        finest, checked = weekly_acts(session, to, codes)
        situations = list(session.scalars(select(Situation).order_by(Situation.name, Situation.id)))
        risk = {row.id: _risk_changes(session, vocab, row, to) for row in situations}
        previous = read_watch(session)
    recent_from = to - timedelta(days=7 * RECENT_WEEKS - 1)
    baseline_from = to - timedelta(days=7 * WEEKS - 1)
    series = place_series(finest)
    verified = place_series(checked)
    pool: dict[Cell, list[int]] | None = None
    hq: scope_counts.Series | None = None
    if counts is not None:  # HQ's counts replace the device's records in their countries
        hq = scope_counts.scan_series(counts, to, codes, RECENT_WEEKS, BASELINE_WEEKS)
        series = {c: x for c, x in series.items() if c.country not in counts.countries}
        verified = {c: x for c, x in verified.items() if c.country not in counts.countries}
        series.update(place_series(hq.all))
        verified.update(place_series(hq.verified))
        pool = {c: x for c, x in series.items() if tuple(c) not in hq.imputed_baseline}
    tests = test_series(series, pool=pool)
    matches = {
        row.id: places.region_match(row.country, row.regions)
        if row.regions
        else (set(), set(), set())
        for row in situations
    }
    before = previous["scans"][-1] if previous["scans"] else None
    before_places = set(before.get("places", [])) if before else set()
    before_signals = set(before.get("signals", [])) if before else set()

    by_place: dict[str, list[Cell]] = {}
    for cell, t in tests.items():
        if t.flagged:
            by_place.setdefault(_place_key(cell), []).append(cell)

    hq_countries = counts.countries if counts is not None else frozenset()
    g = gazetteer()
    entries: list[dict[str, Any]] = []
    for key, cells in by_place.items():
        country, pcode = cells[0].country, cells[0].pcode
        unit = g.unit(pcode) if pcode else None
        term = vocab.term("country", country)
        country_name = term.label(lang) if term else country
        name = g.label(unit, lang) if unit else (pcode or country_name)
        flagged_signals: list[dict[str, Any]] = []
        for cell in sorted(cells, key=lambda c: c.type or ""):
            t = tests[cell]
            v = verified.get(cell, [0] * WEEKS)
            v_recent, v_base = sum(v[-RECENT_WEEKS:]), sum(v[:BASELINE_WEEKS])
            v_ratio = (
                (v_recent / RECENT_WEEKS) / (v_base / BASELINE_WEEKS)
                if v_base
                else (math.inf if v_recent else 1.0)
            )
            cover: dict[str, list[dict[str, str]]] = {"covered": [], "partly": []}
            for row in situations:
                how = _covers(row, matches[row.id], cell, recent_from, to)
                if how:
                    cover[how].append({"id": row.id, "name": row.name})
            flagged_signals.append(
                {
                    "violation": cell.type,
                    "recent_count": t.recent_count,
                    "baseline_count": t.baseline_count,
                    "recent_rate_per_week": t.recent_count / RECENT_WEEKS,
                    "baseline_rate_per_week": t.baseline_count / BASELINE_WEEKS,
                    "rate_ratio": None if math.isinf(t.rate_ratio) else t.rate_ratio,
                    "dispersion": t.dispersion,
                    "p_value": t.p_value,
                    "p_adjusted": t.p_adjusted,
                    "at_standard": {
                        "recent_count": v_recent,
                        "baseline_count": v_base,
                        "rate_ratio": None if math.isinf(v_ratio) else v_ratio,
                        "rise": v_recent >= MIN_RECENT and v_ratio >= MIN_RATIO,
                    },
                    "covered_by": cover["covered"],
                    "partly_covered_by": cover["partly"],
                    "new": _signal_key(cell) not in before_signals,
                    # on HQ's counts with a suppressed week: counts and ratio are bounds
                    "estimated": hq is not None
                    and cell.country in hq_countries
                    and hq.estimated(*cell),
                }
            )
        flagged_signals.sort(key=_signal_order)  # the place's strongest first, by the rank rule
        best = flagged_signals[0]
        types = sorted({s["violation"] for s in flagged_signals if s["violation"]})
        # the place is covered by a situation covering each of its flagged types; its series
        # of all types counts too, unless the flagged types make most of its rise (then it
        # is their rise, which a situation over those types holds; otherwise other types,
        # none flagged alone, rose with them, and a situation over the flagged ones does not
        # cover the place)
        typed = [s for s in flagged_signals if s["violation"]]
        every = [s for s in flagged_signals if not s["violation"]]
        if not typed or (every and _excess(typed) < 0.5 * _excess(every)):
            typed = flagged_signals
        covered_ids = {x["id"] for x in typed[0]["covered_by"]}
        for s in typed[1:]:
            covered_ids &= {x["id"] for x in s["covered_by"]}
        covering = {x["id"]: x for s in typed for x in s["covered_by"]}
        related: list[dict[str, Any]] = [
            found
            for row in situations
            if (found := risk[row.id]) is not None
            and row.country == country
            and (
                pcode is None
                or not row.regions
                or _covers(row, matches[row.id], Cell(country, pcode, None), recent_from, to)
            )
        ]
        entries.append(
            {
                "place": {
                    "level": "region" if pcode else "country",
                    "country": country,
                    "country_name": country_name,
                    "pcode": pcode,
                    "name": name,
                },
                "key": key,
                "new": key not in before_places,
                "covered": bool(covered_ids),
                "covered_by": [covering[i] for i in covering if i in covered_ids],
                "signals": flagged_signals,
                "verified_rise": best["at_standard"]["rise"],
                "risk_changes": [r for r in related if r["changes"]],
                "proposal": {
                    "name": f"{name}: deterioration from {recent_from.isoformat()}",
                    "country": country,
                    "regions": [pcode] if pcode else [],
                    "date_from": recent_from.isoformat(),
                    "violations": types,
                },
                "_order": _signal_order(best),
            }
        )
    if counts is not None:  # which data each place's series came from, where they differ
        for entry in entries:
            held = entry["place"]["country"] in counts.countries
            entry["source"] = scope_counts.SOURCE if held else SOURCE
    _beside_humanitarian(store, entries, to, vocab, lang)
    entries.sort(key=lambda e: (*e["_order"], e["place"]["name"].casefold(), e["key"]))
    for rank, entry in enumerate(entries, 1):
        del entry["_order"]
        entry["rank"] = rank
    result = {
        "as_of": as_of.isoformat(),
        **_source(counts, counts_problem, hq, {c.country for c in series}, to),
        "recent": {"from": recent_from.isoformat(), "to": to.isoformat(), "weeks": RECENT_WEEKS},
        "baseline": {
            "from": baseline_from.isoformat(),
            "to": (recent_from - timedelta(days=1)).isoformat(),
            "weeks": BASELINE_WEEKS,
        },
        "standard": standard,
        "rule": rule_text(),
        "rank_rule": rank_rule(),
        "places": {
            "countries": len({c.country for c in series}),
            "regions": len({c.pcode for c in series if c.pcode}),
        },
        "series_tested": len(tests),
        "flagged": len(entries),
        "previous_scan": before.get("as_of") if before else None,
        "entries": entries,
    }
    if watch:
        _record(store, previous, result, tests)
    return result


def _beside_humanitarian(
    store: Store, entries: list[dict[str, Any]], to: date, vocab: Vocabularies, lang: str
) -> None:
    """Each flagged place's humanitarian series (app.humanitarian: imported HXL datasets), over
    the scan's own windows, beside the acts that rose there: "displacement up 3.0x where
    Killing (6.0x) rose". Only places a dataset holds figures for are read."""
    codes = {
        e["key"]: e["place"]["pcode"] or e["place"]["country"]
        for e in entries
        if PLACE_CODE.fullmatch(e["place"]["pcode"] or e["place"]["country"])
    }
    for entry in entries:
        entry["humanitarian"] = []
    if not codes:
        return
    data = humanitarian.Humanitarian(store, today=to)
    held = data.held(sorted(set(codes.values())))
    if not held:
        return
    for entry in entries:
        code = codes.get(entry["key"])
        rose = []
        for s in entry["signals"]:
            if s["violation"] is None:
                continue
            term = vocab.term("violation", s["violation"])
            word = term.label(lang) if term else s["violation"]
            ratio = s["rate_ratio"]
            rose.append(word if ratio is None else f"{word} ({ratio:.1f}x)")
        for h in held:
            if h["place"] != code:
                continue
            change = data.change(
                code,
                h["measure"],
                end=to,
                recent_weeks=RECENT_WEEKS,
                baseline_weeks=BASELINE_WEEKS,
                dataset_id=h["dataset"],
            )
            entry["humanitarian"].append(
                {
                    "dataset": h["dataset"],
                    "dataset_name": h["name"],
                    "place": code,
                    **change,
                    "text": humanitarian.sentence(h["measure"], change["ratio"], rose)
                    if change["ratio"]
                    else None,
                }
            )


def _source(
    counts: scope_counts.ScopeCounts | None,
    problem: str | None,
    hq: scope_counts.Series | None,
    countries: set[str],
    end: date,
) -> dict[str, Any]:
    """The result's ``source`` and ``data`` (what the scan ran on) and ``hq_counts`` (None
    when the device holds none; else their as-of date, the countries they stood for, the
    window's end and how many series had suppressed weeks)."""
    if counts is None or hq is None:
        data = SOURCE_TEXT if problem is None else f"{SOURCE_TEXT} (HQ's counts ignored: {problem})"
        return {"source": SOURCE, "data": data, "hq_counts": None}
    own = sorted(countries - counts.countries)
    covered = sorted(counts.countries)
    info = {
        "as_of": counts.as_of.isoformat(),
        "countries": covered,
        "threshold": counts.threshold,
        "window_end": end.isoformat(),
        "suppressed_series": hq.suppressed,
        "note": f"the window ends on {end.isoformat()}, the last complete ISO week of HQ's "
        f"counts (as of {counts.as_of.isoformat()}) ending on or before the scan's date; "
        f"suppressed weeks (1 to {counts.threshold - 1}) counted as {counts.threshold - 1} "
        "in the baseline and 1 in the recent weeks",
    }
    data = (
        f"{scope_counts.SOURCE_TEXT} ({', '.join(covered)}, as of {counts.as_of.isoformat()})"
        + (f" and {SOURCE_TEXT} ({', '.join(own)})" if own else "")
    )
    source = f"{scope_counts.SOURCE}+{SOURCE}" if own else scope_counts.SOURCE
    return {"source": source, "data": data, "hq_counts": info}


def _excess(flagged: Iterable[Mapping[str, Any]]) -> float:
    """Acts above the baseline's rate in the recent weeks, over these signals."""
    return math.fsum(
        s["recent_count"] - s["baseline_rate_per_week"] * RECENT_WEEKS for s in flagged
    )


def _signal_order(s: Mapping[str, Any]) -> tuple[Any, ...]:
    ratio = s["rate_ratio"]
    return (
        0 if s["at_standard"]["rise"] else 1,
        s["p_adjusted"],
        -(math.inf if ratio is None else ratio),
        -s["at_standard"]["recent_count"],
    )


def _record(
    store: Store, previous: dict[str, Any], result: Mapping[str, Any], tests: Mapping[Cell, Test]
) -> None:
    scans = [
        *previous["scans"],
        {
            "as_of": result["as_of"],
            "at": datetime.now(UTC).isoformat(timespec="seconds"),
            "standard": result["standard"],
            "places": [e["key"] for e in result["entries"]],
            "signals": sorted(_signal_key(c) for c, t in tests.items() if t.flagged),
        },
    ][-WATCH_KEEP:]
    with store.transaction() as session:
        session.merge(StoreMeta(key=WATCH_KEY, value=json.dumps({"scans": scans}, sort_keys=True)))


def watch_list(store: Store) -> list[dict[str, Any]]:
    """The scans recorded, oldest first."""
    with store.session() as session:
        return list(read_watch(session)["scans"])


def flagged_cells(tests: Mapping[Cell, Test]) -> Iterable[Cell]:
    return (c for c, t in tests.items() if t.flagged)
