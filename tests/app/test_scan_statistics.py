"""The horizon scan's statistics (app.scan) on a simulated world, through the same functions the
scan runs on the store's weekly counts (`place_series`, then `test_series`).

The world: 50 countries x 30 admin 1 regions x 10 violation types, each region x type with a
steady baseline drawn uniformly from 0.5 to 5 acts a week, over the scan's 30 weeks (26 of
baseline, 4 recent). Weekly counts are Poisson, or overdispersed: negative binomial (a
gamma-Poisson mixture) with variance 3x the mean. Each scan tests 17,050 series (every region
and country, each type and all types).

Bounds (the test fails outside them):
(a) steady worlds, Poisson and overdispersed: at most 1 false alarm per scan on average;
(b) a world with rises planted (3x in the 4 recent weeks, in 3 % of the region x type series):
    false discovery proportion <= 0.05 on average over scans;
(c) power >= 80 % for the planted 3x rises whose baseline is at least 2 acts a week. Met on
    the Poisson world; on the overdispersed world it is a known miss, kept as a strict xfail
    (it fails the run the day it passes, so the bound is never quietly dropped): with variance
    3x the mean a 4-week rise from 2 to 6 a week is about 3 standard deviations of the 4-week
    count's own scatter, which a correction over 17,050 tests rarely flags (measured: 4 %).
    No test reaches the bound there: one that knew each series' true rate and dispersion
    would have about half the power asked (test_no_test_reaches_80_percent_power_...).

`pytest -s` prints the table.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable

import pytest

from app import scan

COUNTRIES, REGIONS, TYPES = 50, 30, 10
WEEKS = scan.WEEKS
BASE = scan.BASELINE_WEEKS
PLANTED_SHARE = 0.03
FACTOR = 3.0
PHI = 3.0  # variance / mean of the overdispersed world


def poisson(rng: random.Random, lam: float) -> int:
    """Poisson by sequential inversion (lam stays small here); a normal approximation above 60."""
    if lam <= 0:
        return 0
    if lam > 60:
        return max(0, round(rng.gauss(lam, math.sqrt(lam))))
    u, k = rng.random(), 0
    p = math.exp(-lam)
    total = p
    while u > total:
        k += 1
        p *= lam / k
        total += p
    return k


def draw(rng: random.Random, mean: float, phi: float) -> int:
    if phi <= 1:
        return poisson(rng, mean)
    shape = mean / (phi - 1)  # variance mean + mean^2 / shape = phi * mean
    return poisson(rng, rng.gammavariate(shape, mean / shape))


Finest = dict[tuple[str, str | None, str], list[int]]


def world(rng: random.Random, phi: float, planted: float) -> tuple[Finest, dict[tuple, float]]:
    """Finest counts (country, region, type) and the planted rises: cell -> its baseline."""
    finest: Finest = {}
    rises: dict[tuple, float] = {}
    for c in range(COUNTRIES):
        for r in range(REGIONS):
            for t in range(TYPES):
                key = (f"C{c:02d}", f"C{c:02d}R{r:02d}", f"t{t}")
                mean = rng.uniform(0.5, 5.0)
                rise = rng.random() < planted
                if rise:
                    rises[key] = mean
                finest[key] = [
                    draw(rng, mean * (FACTOR if rise and w >= BASE else 1.0), phi)
                    for w in range(WEEKS)
                ]
    return finest, rises


def one_scan(rng: random.Random, phi: float, planted: float) -> dict[str, float]:
    finest, rises = world(rng, phi, planted)
    tests = scan.test_series(scan.place_series(finest))
    risen_regions = {(k[1], k[2]) for k in rises} | {(k[1], None) for k in rises}
    risen_countries = {(k[0], k[2]) for k in rises} | {(k[0], None) for k in rises}

    def true_rise(cell: scan.Cell) -> bool:
        if cell.pcode is not None:
            return (cell.pcode, cell.type) in risen_regions
        return (cell.country, cell.type) in risen_countries

    flagged = [c for c, t in tests.items() if t.flagged]
    false = sum(1 for c in flagged if not true_rise(c))
    strong = [k for k, mean in rises.items() if mean >= 2.0]
    hits = sum(1 for k in strong if tests[scan.Cell(*k)].flagged)
    return {
        "tests": len(tests),
        "flagged": len(flagged),
        "false": false,
        "fdp": false / len(flagged) if flagged else 0.0,
        "power": hits / len(strong) if strong else math.nan,
    }


def mean(values: list[float]) -> float:
    values = [v for v in values if not math.isnan(v)]
    return sum(values) / len(values) if values else math.nan


def run(name: str, scans: int, phi: float, planted: float, seed: int) -> dict[str, float]:
    rng = random.Random(seed)
    found = [one_scan(rng, phi, planted) for _ in range(scans)]
    return {
        "world": name,  # type: ignore[dict-item]
        "scans": scans,
        "tests": found[0]["tests"],
        "false_per_scan": mean([f["false"] for f in found]),
        "flagged_per_scan": mean([f["flagged"] for f in found]),
        "fdp": mean([f["fdp"] for f in found]),
        "power": mean([f["power"] for f in found]),
    }


def table(rows: list[dict[str, float]], say: Callable[[str], None] = print) -> None:
    say("")
    say(
        f"{'world':<34} {'scans':>5} {'tests':>7} {'flagged/scan':>12} "
        f"{'false/scan':>10} {'FDP':>6} {'power 3x, base>=2':>18}"
    )
    for r in rows:
        power = "-" if math.isnan(r["power"]) else f"{100 * r['power']:.1f} %"
        say(
            f"{r['world']:<34} {r['scans']:>5} {r['tests']:>7} {r['flagged_per_scan']:>12.1f} "
            f"{r['false_per_scan']:>10.2f} {r['fdp']:>6.3f} {power:>18}"
        )


@pytest.fixture(scope="module")
def measured() -> dict[str, dict[str, float]]:
    rows = [
        run("steady, Poisson", 6, 1.0, 0.0, seed=11),
        run("steady, variance 3x mean", 6, PHI, 0.0, seed=12),
        run("3 % planted 3x, Poisson", 4, 1.0, PLANTED_SHARE, seed=13),
        run("3 % planted 3x, variance 3x mean", 3, PHI, PLANTED_SHARE, seed=14),
    ]
    table(rows)
    return {str(r["world"]): r for r in rows}


def test_false_alarms_fdp_and_power_on_a_simulated_world(measured):
    rows = list(measured.values())
    steady_poisson, steady_over, planted_poisson, planted_over = rows
    # (a) at most one false alarm per scan on average, on steady series
    assert steady_poisson["false_per_scan"] <= 1.0, rows
    assert steady_over["false_per_scan"] <= 1.0, rows
    # (b) false discovery proportion <= 0.05 on average, where rises are planted
    assert planted_poisson["fdp"] <= 0.05, rows
    assert planted_over["fdp"] <= 0.05, rows
    # (c) power >= 80 % for a 3x rise on a baseline of 2 acts a week or more (Poisson)
    assert planted_poisson["power"] >= 0.80, rows
    # the rises are found at all where counts are overdispersed
    assert planted_over["flagged_per_scan"] > 0, rows


@pytest.mark.xfail(
    strict=True,
    reason="known miss: with variance 3x the mean, a 4-week rise from 2 to 6 acts a week is "
    "about 3 standard deviations of the 4-week count's own scatter; Benjamini-Hochberg over "
    "17,050 tests flags a few % of them (see the printed table)",
)
def test_power_where_counts_are_overdispersed(measured):
    # (c) on the overdispersed world: the bound as the issue states it, kept, not loosened
    assert measured["3 % planted 3x, variance 3x mean"]["power"] >= 0.80


def _nb_tail(c: int, size: float, mean: float) -> float:
    """P(X >= c) for a negative binomial of this size (gamma shape) and mean."""
    p = size / (size + mean)
    below = math.fsum(
        math.exp(
            math.lgamma(k + size)
            - math.lgamma(size)
            - math.lgamma(k + 1)
            + size * math.log(p)
            + k * math.log1p(-p)
        )
        for k in range(c)
    )
    return max(0.0, 1.0 - below)


def oracle_power(base: float, threshold: float) -> float:
    """Power of the best test there is for one series of the overdispersed world, one that
    knows the true baseline rate and dispersion (no estimate, no conditioning): the 4 recent
    weeks' sum is negative binomial (independent weekly gamma mixing, shape mean/(PHI-1) a
    week), mean 4 x base under no rise and 4 x 3 x base under the planted rise; reject where
    its tail under no rise is at most ``threshold``."""
    recent = scan.RECENT_WEEKS

    def size(rate: float) -> float:
        return recent * rate / (PHI - 1)

    c = 0
    while _nb_tail(c, size(base), recent * base) > threshold:
        c += 1
    return _nb_tail(c, size(FACTOR * base), recent * FACTOR * base)


def test_no_test_reaches_80_percent_power_where_counts_are_overdispersed(capsys):
    """Why the overdispersed power bound is a known miss rather than a defect to fix: even the
    oracle test above falls short of 80 % over the planted rises with a baseline of 2 to 5 a
    week, at a per-test threshold more lenient than Benjamini-Hochberg's on this world
    (q x discoveries / tests: at most 0.05 x 3 % of the region x type series flagged, about
    0.0015; the oracle is given 0.003)."""
    threshold = 0.003
    bases = [2.0 + 3.0 * (i + 0.5) / 30 for i in range(30)]  # uniform over [2, 5]
    powers = [oracle_power(b, threshold) for b in bases]
    mean = math.fsum(powers) / len(powers)
    with capsys.disabled():
        print(
            f"\noracle power, variance {PHI:g}x mean, p <= {threshold:g}: "
            f"base 2: {powers[0]:.0%}, base 5: {powers[-1]:.0%}, over [2, 5]: {mean:.0%}"
        )
    assert powers[0] < powers[-1]  # more acts a week, more power: the tail sums are right
    assert 0.1 < powers[0] < 0.5 and powers[-1] > 0.7
    assert mean < 0.80


def test_benjamini_hochberg_matches_the_step_up_by_hand():
    p = [0.01, 0.04, 0.03, 0.005, 0.5]
    # sorted: 0.005, 0.01, 0.03, 0.04, 0.5 -> x5/1, x5/2, x5/3, x5/4, x5/5, then monotone
    expected = {0.005: 0.025, 0.01: 0.025, 0.03: 0.05, 0.04: 0.05, 0.5: 0.5}
    adjusted = scan.benjamini_hochberg(p)
    assert [round(a, 12) for a in adjusted] == [expected[x] for x in p]


def test_a_rise_in_one_region_flags_the_region_and_a_steady_world_nothing():
    rng = random.Random(5)
    finest: Finest = {}
    for r in range(30):
        for t in range(3):
            finest[("AAA", f"AAAR{r:02d}", f"t{t}")] = [poisson(rng, 2.0) for _ in range(WEEKS)]
    tests = scan.test_series(scan.place_series(finest))
    assert not any(t.flagged for t in tests.values())
    finest[("AAA", "AAAR07", "t1")] = [2] * BASE + [9, 8, 10, 9]
    tests = scan.test_series(scan.place_series(finest))
    assert tests[scan.Cell("AAA", "AAAR07", "t1")].flagged
    assert tests[scan.Cell("AAA", "AAAR07", None)].flagged
    assert not tests[scan.Cell("AAA", "AAAR08", "t1")].flagged
