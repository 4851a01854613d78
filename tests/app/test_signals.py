"""Early-warning signals: weekly counts and the deterioration rule, checked on seeded generated
series whose answer is known. Run with ``-s`` to see the measured rates."""

from __future__ import annotations

import math
import random
from datetime import date, datetime, timedelta

import pytest

from app.signals import (
    Signal,
    conditional_p_value,
    deterioration,
    deteriorations_by_type,
    holm,
    student_t_sf,
    t_calibrated,
    weekly_counts,
    weekly_counts_by_type,
)

END = date(2026, 10, 31)


# --- generators (stdlib only) ----------------------------------------------------------------


def poisson(rng: random.Random, lam: float) -> int:
    """Knuth's multiplication method; splits large means so exp(-lam) never underflows."""
    if lam <= 0:
        return 0
    if lam > 200:
        half = lam / 2
        return poisson(rng, half) + poisson(rng, lam - half)
    limit, k, product = math.exp(-lam), 0, rng.random()
    while product > limit:
        k += 1
        product *= rng.random()
    return k


def overdispersed(rng: random.Random, mean: float, phi: float) -> int:
    """Negative binomial as a gamma-Poisson mixture: mean ``mean``, variance ``phi * mean``."""
    if phi <= 1:
        return poisson(rng, mean)
    shape = mean / (phi - 1)
    return poisson(rng, rng.gammavariate(shape, mean / shape))


def series(rng, draw, baseline_mean, recent_mean, *, baseline=12, recent=4, **kw) -> list[int]:
    return [draw(rng, baseline_mean, **kw) for _ in range(baseline)] + [
        draw(rng, recent_mean, **kw) for _ in range(recent)
    ]


def flag_rate(seed: int, runs: int, make) -> float:
    rng = random.Random(seed)
    return sum(deterioration(make(rng)).flagged for _ in range(runs)) / runs


# --- the generators themselves ---------------------------------------------------------------


def test_generators_have_the_intended_mean_and_variance():
    rng = random.Random(7)
    for draw, kw, want_var in ((poisson, {}, 5.0), (overdispersed, {"phi": 3.0}, 15.0)):
        xs = [draw(rng, 5.0, **kw) for _ in range(20000)]
        mean = sum(xs) / len(xs)
        var = sum((x - mean) ** 2 for x in xs) / (len(xs) - 1)
        assert mean == pytest.approx(5.0, rel=0.03)
        assert var == pytest.approx(want_var, rel=0.08)


# --- weekly counts ---------------------------------------------------------------------------


def test_weekly_counts_bins_end_on_end_inclusive_oldest_first():
    dates = [
        END,  # last bin
        END - timedelta(days=6),  # still the last bin
        END - timedelta(days=7),  # second-to-last bin
        END - timedelta(days=13),  # second-to-last bin
        END - timedelta(days=14),  # first bin (weeks=3)
        END - timedelta(days=20),  # first bin, oldest day of the window
        END - timedelta(days=21),  # before the window: ignored
        END + timedelta(days=1),  # after end: ignored
    ]
    assert weekly_counts(dates, end=END, weeks=3) == [2, 2, 2]
    assert weekly_counts(dates, end=END, weeks=1) == [2]
    assert weekly_counts(dates, end=END, weeks=4) == [1, 2, 2, 2]
    assert weekly_counts([], end=END, weeks=2) == [0, 0]


def test_weekly_counts_accepts_datetimes_and_rejects_bad_weeks():
    assert weekly_counts([datetime(2026, 10, 31, 23, 59)], end=END, weeks=2) == [0, 1]
    for bad in (0, -1, 1.5, True):
        with pytest.raises(ValueError, match="weeks"):
            weekly_counts([END], end=END, weeks=bad)


def test_weekly_counts_by_type_matches_weekly_counts_per_type():
    rng = random.Random(3)
    items = [(END - timedelta(days=rng.randrange(-10, 130)), rng.choice("abc")) for _ in range(400)]
    items.append((END - timedelta(days=200), "only_outside"))
    by_type = weekly_counts_by_type(items, end=END, weeks=16)
    assert list(by_type) == ["a", "b", "c"]
    for kind, counts in by_type.items():
        assert counts == weekly_counts([d for d, k in items if k == kind], end=END, weeks=16)
    in_window = sum(1 for d, _ in items if END - timedelta(days=16 * 7) < d <= END)
    assert sum(map(sum, by_type.values())) == in_window


# --- exact tails -----------------------------------------------------------------------------


def _bb_tail_direct(x, n, a, b):
    def log_beta(p, q):
        return math.lgamma(p) + math.lgamma(q) - math.lgamma(p + q)

    return sum(
        math.comb(n, j) * math.exp(log_beta(j + a, n - j + b) - log_beta(a, b))
        for j in range(x, n + 1)
    )


def test_p_values_match_direct_formulas():
    # Poisson: Binomial(n, 1/4) upper tail
    for x, b in ((0, 5), (3, 0), (5, 7), (12, 12), (40, 60)):
        n = x + b
        direct = sum(math.comb(n, j) * 0.25**j * 0.75 ** (n - j) for j in range(x, n + 1))
        assert conditional_p_value(x, b, 4, 12, None) == pytest.approx(direct, rel=1e-9)
    # overdispersed: BetaBinomial(n, 4k, 12k) upper tail
    for x, b, k in ((3, 1, 0.5), (10, 20, 2.5), (30, 50, 17.0), (1, 0, 3.0)):
        want = _bb_tail_direct(x, x + b, 4 * k, 12 * k)
        assert conditional_p_value(x, b, 4, 12, k) == pytest.approx(want, rel=1e-9)
    # a huge shape is the binomial in the limit, computed without cancellation
    assert conditional_p_value(30, 50, 4, 12, 1e12) == pytest.approx(
        conditional_p_value(30, 50, 4, 12, None), rel=1e-6
    )
    # overdispersion widens the null: larger p-value for the same counts
    assert conditional_p_value(30, 50, 4, 12, 2.0) > conditional_p_value(30, 50, 4, 12, None)


def test_student_t_tail_and_calibration():
    # textbook quantiles: t(11) 0.99 = 2.718, 0.999 = 4.025; t(15) 0.99 = 2.602; t(2) 0.95 = 2.920
    for t, df, tail in (
        (2.718, 11, 0.01),
        (4.025, 11, 0.001),
        (2.602, 15, 0.01),
        (2.920, 2, 0.05),
        (0.0, 11, 0.5),
    ):
        assert student_t_sf(t, df) == pytest.approx(tail, rel=2e-3)
    assert student_t_sf(1.0, 1) == pytest.approx(0.25)  # Cauchy
    assert student_t_sf(-2.718, 11) == pytest.approx(0.99, rel=1e-4)
    assert student_t_sf(1.0, 10_000) == pytest.approx(0.158655, rel=1e-3)  # -> normal
    # calibration: more conservative in the tail, unchanged at 1/2, bounded
    assert t_calibrated(0.001, 11) > 0.004
    assert t_calibrated(0.5, 11) == pytest.approx(0.5)
    assert (t_calibrated(0.0, 11), t_calibrated(1.0, 11)) == (0.0, 1.0)


# --- the deterioration rule: known answers ---------------------------------------------------


def test_doubled_rate_is_flagged_most_of_the_time():
    """Baseline Poisson 5/week for 12 weeks, then 10/week for 4; 500 seeded series.

    Measured: 54.8 % flagged at a doubling, 91.6 % at 2.5x (5 -> 12.5).

    The brief asked for >= 90 % at a doubling; no valid alpha = 0.01 test of 4 weeks against
    12 reaches that: the exact Poisson (binomial) test, which assumes no overdispersion and so
    flags 8 % of overdispersed noise, reaches about 82 %; only a test that knew the baseline
    rate exactly would reach 90 %. Robustness to overdispersion (beta-binomial, t allowance for
    the estimated dispersion) costs ~25 points of power at a doubling; from 2.5x up the rule
    flags ~90 % and more.
    """
    doubled = flag_rate(101, 500, lambda rng: series(rng, poisson, 5, 10))
    larger = flag_rate(102, 500, lambda rng: series(rng, poisson, 5, 12.5))
    print(f"\npower, Poisson 5 -> 10/week: {doubled:.1%}; 5 -> 12.5/week: {larger:.1%}")
    assert doubled >= 0.45
    assert larger >= 0.85


def test_doubled_rate_under_overdispersion_loses_power_honestly():
    """Same doubling with negative-binomial weeks (variance = 3x mean); 500 series.

    Measured: 20.0 % flagged. Overdispersed counts carry less information; this pins that the
    rule still detects a share of them (and that the figure does not silently collapse).
    """
    rate = flag_rate(103, 500, lambda rng: series(rng, overdispersed, 5, 10, phi=3.0))
    print(f"\npower, overdispersed (phi = 3) 5 -> 10/week: {rate:.1%}")
    assert 0.1 <= rate < 0.45


def test_poisson_noise_at_baseline_is_rarely_flagged():
    """Constant Poisson 5/week for 16 weeks; 2000 seeded series. Measured: 0.25 % flagged."""
    rate = flag_rate(201, 2000, lambda rng: series(rng, poisson, 5, 5))
    print(f"\nfalse positives, Poisson 5/week: {rate:.2%}")
    assert rate <= 0.02


def test_overdispersed_noise_at_baseline_is_rarely_flagged():
    """Constant gamma-Poisson (negative binomial) noise, mean 5/week, variance 3x the mean; 2000
    seeded series. Measured: 0.75 % flagged by the rule, 8.05 % by a plain binomial (Poisson) test
    with the same effect-size and count floors -- the reason for the dispersion term."""
    rate = flag_rate(301, 2000, lambda rng: series(rng, overdispersed, 5, 5, phi=3.0))

    def plain_poisson_test(weekly):
        x, b = sum(weekly[12:]), sum(weekly[:12])
        return conditional_p_value(x, b, 4, 12, None) <= 0.01 and x >= 3 and x / 4 >= 1.5 * b / 12

    rng = random.Random(301)
    plain = (
        sum(plain_poisson_test(series(rng, overdispersed, 5, 5, phi=3.0)) for _ in range(2000))
        / 2000
    )
    print(
        f"\nfalse positives, overdispersed (phi = 3): rule {rate:.2%}, plain binomial {plain:.2%}"
    )
    assert rate <= 0.03
    assert plain > 2 * rate  # the dispersion term is what holds the rate down


def test_small_counts_never_flag():
    """Every split of 0..3 recent and 0..3 baseline incidents (0 -> 1, 1 -> 3, ...) is not
    flagged, wherever in the weeks they fall; an all-zero series gives p = 1 and no error."""
    checked = 0
    for recent in range(4):
        for baseline in range(4):
            for recent_week in range(4):
                for baseline_week in range(12):
                    weekly = [0] * 16
                    weekly[baseline_week] += baseline
                    weekly[12 + recent_week] += recent
                    assert not deterioration(weekly).flagged, weekly
                    checked += 1
    assert checked == 4 * 4 * 4 * 12
    zero = deterioration([0] * 16)
    assert (zero.flagged, zero.p_value, zero.rate_ratio, zero.dispersion) == (False, 1.0, 1.0, 1.0)
    assert zero.recent_rate_per_week == zero.baseline_rate_per_week == 0.0


def test_from_nothing_to_a_clear_cluster_flags_with_an_infinite_ratio():
    weekly = [0] * 12 + [1, 2, 1, 1]
    signal = deterioration(weekly)
    assert signal.flagged
    assert math.isinf(signal.rate_ratio)
    assert signal.p_value == pytest.approx(t_calibrated(0.25**5, 11))  # ~0.005
    assert "none in the baseline" in signal.reason


def test_signal_fields_and_reason():
    weekly = [1, 2, 1, 0, 2, 1, 1, 1, 2, 1, 1, 1] + [4, 5, 4, 5]
    signal = deterioration(weekly)
    assert isinstance(signal, Signal)
    assert (signal.recent_count, signal.baseline_count) == (18, 14)
    assert signal.recent_rate_per_week == 4.5
    assert signal.baseline_rate_per_week == pytest.approx(14 / 12)
    assert signal.rate_ratio == pytest.approx(4.5 / (14 / 12))
    assert signal.dispersion == 1.0  # variance below the mean: no inflation
    exact = conditional_p_value(18, 14, 4, 12, None)
    assert signal.p_value == pytest.approx(t_calibrated(exact, 11)) and signal.p_value > exact
    assert signal.flagged
    assert signal.reason.startswith(
        "18 incidents in the last 4 weeks against 1.2 a week before: 3.9× the baseline (p "
    )
    assert "p <= 0.01" in signal.rule and "1.5" in signal.rule
    with pytest.raises(AttributeError):
        signal.flagged = False  # type: ignore[misc]


def test_each_condition_can_block_a_flag_on_its_own():
    # significant but a small effect: many incidents, ratio 1.3
    big = deterioration([100] * 12 + [130] * 4)
    assert big.p_value <= 0.01 and big.rate_ratio < 1.5 and not big.flagged
    assert "below the 1.5× minimum" in big.reason
    # the same counts pass once the effect floor is lowered
    assert deterioration([100] * 12 + [130] * 4, min_ratio=1.2).flagged
    # a doubling over a bursty baseline is not significant (even at alpha = 0.05); the same
    # totals over a steady baseline are
    bursty = deterioration([0, 0, 12, 0, 1, 0, 0, 9, 0, 0, 2, 0] + [3, 4, 5, 4], alpha=0.05)
    assert bursty.dispersion > 5 and bursty.rate_ratio >= 2 and not bursty.flagged
    steady = deterioration([2] * 12 + [3, 4, 5, 4], alpha=0.05)
    assert steady.baseline_count == bursty.baseline_count and steady.flagged


def test_uses_only_the_last_weeks_and_validates_arguments():
    tail = [1, 2, 1, 0, 2, 1, 1, 1, 2, 1, 1, 1, 3, 4, 3, 4]
    assert deterioration([50] * 30 + tail) == deterioration(tail)
    with pytest.raises(ValueError, match="weekly"):
        deterioration(tail[1:])
    with pytest.raises(ValueError, match="weekly"):
        deterioration([0] * 15 + [-1])
    with pytest.raises(ValueError, match="recent_weeks"):
        deterioration(tail, recent_weeks=0)
    with pytest.raises(ValueError, match="baseline_weeks"):
        deterioration(tail, baseline_weeks=1)
    with pytest.raises(ValueError, match="alpha"):
        deterioration(tail, alpha=0)
    with pytest.raises(ValueError, match="min_ratio"):
        deterioration(tail, min_ratio=0.5)
    assert deterioration([2] * 8 + [6] * 2, recent_weeks=2, baseline_weeks=8).recent_count == 12


# --- several violation types -----------------------------------------------------------------


def test_holm_adjustment():
    adjusted = holm({"a": 0.01, "b": 0.04, "c": 0.03, "d": 0.5})
    assert adjusted == pytest.approx({"a": 0.04, "b": 0.09, "c": 0.09, "d": 0.5})


def _family_rate(seed: int, families: int, draw, **kw) -> tuple[float, float]:
    """(family-wise false-positive rate with Holm, the same without correction)."""
    rng = random.Random(seed)
    means = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15]  # ten types, from rare to common
    corrected = uncorrected = 0
    for _ in range(families):
        weekly = {f"type{i}": series(rng, draw, m, m, **kw) for i, m in enumerate(means)}
        corrected += any(s.flagged for s in deteriorations_by_type(weekly).values())
        uncorrected += any(deterioration(w).flagged for w in weekly.values())
    return corrected / families, uncorrected / families


def test_family_wise_false_positives_across_ten_types_of_noise():
    """Ten types of pure noise (means 1..15/week), 1000 families each.

    Measured family-wise false-positive rate, Holm vs no correction: Poisson 0.0 % vs 1.2 %;
    overdispersed (variance 3x mean) 1.3 % vs 11.7 %.
    """
    poisson_holm, poisson_raw = _family_rate(401, 1000, poisson)
    od_holm, od_raw = _family_rate(402, 1000, overdispersed, phi=3.0)
    print(
        f"\nfamily-wise false positives, 10 types: Poisson Holm {poisson_holm:.2%} "
        f"(uncorrected {poisson_raw:.2%}); overdispersed Holm {od_holm:.2%} "
        f"(uncorrected {od_raw:.2%})"
    )
    assert poisson_holm <= 0.02
    assert od_holm <= 0.025
    assert od_raw > 3 * max(od_holm, 0.01)  # the correction is doing the work


def test_by_type_flags_the_type_that_deteriorates_and_reports_holm():
    rng = random.Random(5)
    weekly = {f"noise{i}": series(rng, poisson, 4, 4) for i in range(5)}
    weekly["killing"] = [2] * 12 + [6, 7, 6, 8]
    signals = deteriorations_by_type(weekly)
    assert signals["killing"].flagged
    assert [k for k, s in signals.items() if s.flagged] == ["killing"]
    raw = deterioration(weekly["killing"])
    assert signals["killing"].p_value == pytest.approx(min(1.0, 6 * raw.p_value))
    assert "Holm-adjusted over 6 types" in signals["killing"].rule
    assert "Holm-adjusted over 6 types" in signals["killing"].reason
    assert deteriorations_by_type({}) == {}
    with pytest.raises(ValueError, match="weekly"):
        deteriorations_by_type({"short": [1, 2, 3]})
