"""Early-warning signals for a situation of concern: weekly incident counts, and a rule that
flags a deterioration when the recent rate clearly exceeds the baseline.

Weeks
-----
A "week" here is a 7-day bin ending on a chosen day ``end`` (inclusive), not an ISO calendar
week: the last bin is ``end - 6 days .. end``, the one before it the 7 days before that, and so
on. Lists run oldest first. Dates outside the window are ignored.

The deterioration rule
----------------------
Compare the last ``recent_weeks`` (4) against the ``baseline_weeks`` (12) before them. Let X be
the recent count, B the baseline count, N = X + B, and w = 4 / 16 the recent share of the time.

* Test. Conditional on the total N, a recent count at the baseline rate is, for Poisson counts,
  Binomial(N, w) (the exact conditional test for comparing two Poisson rates; it needs no
  estimate of the rate itself). Real incident counts are overdispersed: weekly counts whose
  variance is phi times their mean. We model them as negative binomial (a gamma-Poisson
  mixture) with variance mu + mu^2 / k; then the sums over the two periods are negative binomial
  with shapes 4k and 12k and, conditional on N, X is beta-binomial BetaBinomial(N, 4k, 12k).
  That is the exact conditional distribution again, now with overdispersion: it is wider than
  the binomial, and tends to it as k grows. k comes from the 12 baseline weeks by the method
  of moments: phi = max(1, s^2 / mean) (sample variance, n - 1), k = mean / (phi - 1); phi = 1
  (no overdispersion seen, or an all-zero baseline) gives the plain binomial. The dispersion is
  estimated from the baseline only, so a surge in the recent weeks cannot inflate it and hide
  itself. The exact one-sided upper tail P(X' >= X | N) is summed in log space.
* Allowance for estimating phi. Twelve weekly counts pin phi down poorly, and an estimate that
  comes out low makes the test too eager, most of all in the far tail that a correction across
  types relies on (measured at variance = 3 x mean: about 2 x alpha at 0.01, 5-9 x at 0.001).
  So, as a quasi-Poisson model does with an estimated dispersion, the exact tail is referred to
  Student's t with baseline_weeks - 1 (11) degrees of freedom: p = P(T_11 > z), with z the
  normal score of the exact tail. This holds the false-positive rate near alpha down to 0.001.
* Decision. Flag when p <= alpha (0.01, one-sided) AND the rate ratio (X/4) / (B/12) is at
  least ``min_ratio`` (1.5) AND X >= ``min_recent`` (3). The significance test says the rise is
  not noise; the minimum effect says it is large enough to matter (with many incidents a 10 %
  rise can be "significant"); the minimum count means a move from 0 to 1 or 2 incidents never
  flags, whatever the baseline.

Why this rule: the conditional test needs no estimate of the rate and is exact at the small
counts typical of one type or one region (no normal approximation of the counts); the
beta-binomial keeps the false-positive rate near alpha under gamma-Poisson overdispersion, where
a plain Poisson (binomial) test flags pure noise several times as often as alpha (8 % at
variance = 3 x mean); the t allowance keeps it there when phi is estimated low by chance.
The price is power: measured on Poisson 5/week rising to 10/week, about 58 % of doublings are
flagged (the plain binomial test, valid only without overdispersion, about 82 %), 89 % of
2.5-fold and 98 % of 3-fold rises. Week-to-week dependence (one burst spread over adjacent
weeks) is not modelled. A flag is a prompt to look, not a finding.

Several violation types
-----------------------
``deteriorations_by_type`` applies the rule to each type and controls the family-wise error
rate across types with Holm's step-down correction (uniformly at least as powerful as
Bonferroni, same guarantee, no independence assumption). The family is every type passed in.

Pure standard library: no numpy, no scipy.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from statistics import NormalDist
from typing import Any

__all__ = [
    "Signal",
    "deterioration",
    "deteriorations_by_type",
    "dispersion",
    "weekly_counts",
    "weekly_counts_by_type",
]


_NORMAL = NormalDist()

# --- weekly counts ---------------------------------------------------------------------------


def _as_date(value: date) -> date:
    if isinstance(value, datetime):
        return value.date()
    if not isinstance(value, date):
        raise TypeError(f"expected a date, got {type(value).__name__}")
    return value


def _week_index(day: date, end: date, weeks: int) -> int | None:
    """Index (0 = oldest) of the 7-day bin holding ``day``, or None when outside the window."""
    back = (end - day).days  # 0 .. 6 -> last bin
    if back < 0:
        return None
    index = weeks - 1 - back // 7
    return index if index >= 0 else None


def _check_window(end: date, weeks: int) -> date:
    if isinstance(weeks, bool) or not isinstance(weeks, int) or weeks < 1:
        raise ValueError(f"weeks must be a positive integer, got {weeks!r}")
    return _as_date(end)


def weekly_counts(dates: Iterable[date], *, end: date, weeks: int) -> list[int]:
    """Incidents per 7-day bin, ``weeks`` bins ending on ``end`` (inclusive), oldest first."""
    end = _check_window(end, weeks)
    counts = [0] * weeks
    for day in dates:
        index = _week_index(_as_date(day), end, weeks)
        if index is not None:
            counts[index] += 1
    return counts


def weekly_counts_by_type(
    items: Iterable[tuple[date, str]], *, end: date, weeks: int
) -> dict[str, list[int]]:
    """Per violation type, incidents per 7-day bin as in ``weekly_counts``.

    Types that have at least one incident inside the window, in sorted order.
    """
    end = _check_window(end, weeks)
    counts: dict[str, list[int]] = {}
    for day, kind in items:
        index = _week_index(_as_date(day), end, weeks)
        if index is not None:
            counts.setdefault(kind, [0] * weeks)[index] += 1
    return {kind: counts[kind] for kind in sorted(counts)}


# --- exact tails -----------------------------------------------------------------------------


def _logsumexp(values: Sequence[float]) -> float:
    top = max(values)
    if top == -math.inf:
        return -math.inf
    return top + math.log(math.fsum(math.exp(v - top) for v in values))


def _beta_binomial_upper_tail(x: int, n: int, a: float, b: float) -> float:
    """P(X >= x) for X ~ BetaBinomial(n, a, b), exact.

    From the pmf recursion p(j+1) / p(j) = (n - j) / (j + 1) * (a + j) / (b + n - j - 1) and
    log p(0) = sum_{j<n} log((b + j) / (a + b + j)), summed in log space: no lgamma of huge
    arguments, so it stays accurate as a, b grow large (where it tends to the binomial).
    """
    if x <= 0:
        return 1.0
    if x > n:
        return 0.0
    # log p(0) = sum_{j<n} log((b + j) / (a + b + j))
    log_p = math.fsum(math.log((b + j) / (a + b + j)) for j in range(n))
    logs = []
    for j in range(n):
        if j >= x:
            logs.append(log_p)
        log_p += math.log((n - j) / (j + 1)) + math.log((a + j) / (b + n - j - 1))
    logs.append(log_p)  # j = n
    return min(1.0, math.exp(_logsumexp(logs)))


def _binomial_upper_tail(x: int, n: int, p: float) -> float:
    """P(X >= x) for X ~ Binomial(n, p), exact, summed in log space with math.lgamma."""
    if x <= 0:
        return 1.0
    if x > n:
        return 0.0
    lp, lq = math.log(p), math.log1p(-p)
    log_n = math.lgamma(n + 1)
    logs = [
        log_n - math.lgamma(j + 1) - math.lgamma(n - j + 1) + j * lp + (n - j) * lq
        for j in range(x, n + 1)
    ]
    return min(1.0, math.exp(_logsumexp(logs)))


def student_t_sf(t: float, df: int) -> float:
    """P(T > t) for Student's t with integer ``df`` >= 1 (closed-form finite series,
    Abramowitz & Stegun 26.7.3-4)."""
    if t < 0:
        return 1.0 - student_t_sf(-t, df)
    theta = math.atan(t / math.sqrt(df))
    cos2, sin = math.cos(theta) ** 2, math.sin(theta)
    if df % 2:
        total, term = 0.0, math.cos(theta)
        if df > 1:
            total = term
            for j in range(3, df - 1, 2):
                term *= cos2 * (j - 1) / j
                total += term
        inside = 2 / math.pi * (theta + sin * total)
    else:
        total = term = 1.0
        for j in range(2, df - 1, 2):
            term *= cos2 * (j - 1) / j
            total += term
        inside = sin * total
    return max(0.0, (1.0 - inside) / 2)


def t_calibrated(p: float, df: int) -> float:
    """Refer the z-score of the one-sided p-value ``p`` to Student's t with ``df`` degrees of
    freedom: the allowance for a variance (here the dispersion) estimated from df + 1 values."""
    if p >= 1.0:
        return 1.0
    if p <= 0.0:
        return 0.0
    return student_t_sf(-_NORMAL.inv_cdf(p), df)


def conditional_p_value(
    recent: int, baseline: int, recent_weeks: int, baseline_weeks: int, shape: float | None
) -> float:
    """One-sided p-value P(X' >= recent | X' + B' = recent + baseline) under equal rates.

    ``shape`` is the per-week negative-binomial shape k; None means Poisson (binomial test).
    """
    n = recent + baseline
    if shape is None:
        return _binomial_upper_tail(recent, n, recent_weeks / (recent_weeks + baseline_weeks))
    return _beta_binomial_upper_tail(recent, n, recent_weeks * shape, baseline_weeks * shape)


# --- the deterioration rule ------------------------------------------------------------------


@dataclass(frozen=True)
class Signal:
    recent_count: int
    baseline_count: int
    recent_rate_per_week: float
    baseline_rate_per_week: float
    rate_ratio: float  # inf when the baseline is empty and the recent count is not; 1.0 for 0/0
    p_value: float  # one-sided, t-calibrated; Holm-adjusted in deteriorations_by_type
    dispersion: float  # phi = max(1, variance / mean) of the baseline weekly counts
    flagged: bool
    rule: str
    reason: str


# The rule's settings, named so that a reader's words (ui/signal_words.py) quote the values
# the rule uses.
RECENT_WEEKS = 4
BASELINE_WEEKS = 12
ALPHA = 0.01
MIN_RATIO = 1.5
MIN_RECENT = 3


def dispersion(baseline: Sequence[int]) -> float:
    """phi = max(1, sample variance / mean) of baseline weekly counts (1 for an all-zero
    baseline): the method-of-moments dispersion the rule uses."""
    mean = math.fsum(baseline) / len(baseline)
    if mean <= 0:
        return 1.0
    variance = math.fsum((c - mean) ** 2 for c in baseline) / (len(baseline) - 1)
    return max(1.0, variance / mean)


def _rule_text(
    recent_weeks: int,
    baseline_weeks: int,
    alpha: float,
    min_ratio: float,
    min_recent: int,
    family: str = "",
) -> str:
    return (
        f"last {recent_weeks} weeks vs previous {baseline_weeks}: exact one-sided "
        f"beta-binomial test conditional on the total, dispersion from the baseline weeks, "
        f"t-calibrated ({baseline_weeks - 1} df), p <= {alpha:g}{family}, "
        f"rate ratio >= {min_ratio:g}, at least {min_recent} recent incidents"
    )


def _fmt_p(p: float) -> str:
    if p < 0.001:
        return "p < 0.001"
    return f"p = {p:.3f}" if p < 0.1 else f"p = {p:.2f}"


def _reason(
    signal_parts: dict[str, Any],
    recent_weeks: int,
    min_ratio: float,
    min_recent: int,
    alpha: float,
    p_note: str = "",
) -> str:
    x = signal_parts["recent_count"]
    base_rate = signal_parts["baseline_rate_per_week"]
    ratio = signal_parts["rate_ratio"]
    p = signal_parts["p_value"]
    noun = "incident" if x == 1 else "incidents"
    head = f"{x} {noun} in the last {recent_weeks} weeks against {base_rate:.1f} a week before"
    if math.isinf(ratio):
        effect = "none in the baseline"
    else:
        effect = f"{ratio:.1f}× the baseline"
    stats = f"({_fmt_p(p)}{p_note})"
    if signal_parts["flagged"]:
        return f"{head}: {effect} {stats}"
    if x < min_recent:
        why = f"too few recent incidents to judge (fewer than {min_recent})"
    elif ratio < min_ratio:
        why = f"below the {min_ratio:g}× minimum"
    else:
        why = f"within the range of chance at {alpha:g}"
    return f"{head}: {effect} {stats}, not flagged: {why}"


def _validate(
    weekly: Sequence[int],
    recent_weeks: int,
    baseline_weeks: int,
    alpha: float,
    min_ratio: float,
    min_recent: int,
) -> list[int]:
    for name, value, low in (
        ("recent_weeks", recent_weeks, 1),
        ("baseline_weeks", baseline_weeks, 2),
        ("min_recent", min_recent, 0),
    ):
        if isinstance(value, bool) or not isinstance(value, int) or value < low:
            raise ValueError(f"{name} must be an integer >= {low}, got {value!r}")
    if not 0 < alpha < 1:
        raise ValueError(f"alpha must be between 0 and 1, got {alpha!r}")
    if not min_ratio >= 1:
        raise ValueError(f"min_ratio must be at least 1, got {min_ratio!r}")
    need = recent_weeks + baseline_weeks
    weekly = list(weekly)
    if len(weekly) < need:
        raise ValueError(
            f"weekly must hold at least recent_weeks + baseline_weeks = {need} "
            f"weeks, got {len(weekly)}"
        )
    window = weekly[-need:]
    for count in window:
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValueError(f"weekly counts must be non-negative integers, got {count!r}")
    return window


def _evaluate(weekly: Sequence[int], recent_weeks: int, baseline_weeks: int) -> dict[str, Any]:
    baseline_part, recent_part = weekly[:baseline_weeks], weekly[baseline_weeks:]
    x, b = sum(recent_part), sum(baseline_part)
    recent_rate, base_rate = x / recent_weeks, b / baseline_weeks
    if base_rate > 0:
        ratio = recent_rate / base_rate
    else:
        ratio = math.inf if x > 0 else 1.0
    phi = dispersion(baseline_part)
    shape = None if phi <= 1.0 else base_rate / (phi - 1.0)
    exact = conditional_p_value(x, b, recent_weeks, baseline_weeks, shape)
    p = t_calibrated(exact, baseline_weeks - 1)
    return {
        "recent_count": x,
        "baseline_count": b,
        "recent_rate_per_week": recent_rate,
        "baseline_rate_per_week": base_rate,
        "rate_ratio": ratio,
        "p_value": p,
        "dispersion": phi,
    }


def deterioration(
    weekly: Sequence[int],
    *,
    recent_weeks: int = RECENT_WEEKS,
    baseline_weeks: int = BASELINE_WEEKS,
    alpha: float = ALPHA,
    min_ratio: float = MIN_RATIO,
    min_recent: int = MIN_RECENT,
) -> Signal:
    """Does the last ``recent_weeks`` of ``weekly`` (oldest first) clearly exceed the
    ``baseline_weeks`` before them? Uses the last recent + baseline entries; see the module
    docstring for the rule."""
    window = _validate(weekly, recent_weeks, baseline_weeks, alpha, min_ratio, min_recent)
    parts = _evaluate(window, recent_weeks, baseline_weeks)
    parts["flagged"] = (
        parts["p_value"] <= alpha
        and parts["rate_ratio"] >= min_ratio
        and parts["recent_count"] >= min_recent
    )
    return Signal(
        **parts,
        rule=_rule_text(recent_weeks, baseline_weeks, alpha, min_ratio, min_recent),
        reason=_reason(parts, recent_weeks, min_ratio, min_recent, alpha),
    )


def holm(p_values: Mapping[str, float]) -> dict[str, float]:
    """Holm step-down adjusted p-values (monotone, capped at 1)."""
    ordered = sorted(p_values.items(), key=lambda kv: kv[1])
    m = len(ordered)
    adjusted: dict[str, float] = {}
    running = 0.0
    for i, (key, p) in enumerate(ordered):
        running = max(running, min(1.0, (m - i) * p))
        adjusted[key] = running
    return adjusted


def deteriorations_by_type(
    weekly_by_type: Mapping[str, Sequence[int]],
    *,
    recent_weeks: int = RECENT_WEEKS,
    baseline_weeks: int = BASELINE_WEEKS,
    alpha: float = ALPHA,
    min_ratio: float = MIN_RATIO,
    min_recent: int = MIN_RECENT,
) -> dict[str, Signal]:
    """``deterioration`` for each violation type, with Holm's correction across all the types
    given, so that the chance of any false flag among them stays at about ``alpha``.

    Each Signal's ``p_value`` is the Holm-adjusted one, and ``flagged`` compares it with alpha.
    """
    parts: dict[str, dict[str, Any]] = {}
    for kind, weekly in weekly_by_type.items():
        window = _validate(weekly, recent_weeks, baseline_weeks, alpha, min_ratio, min_recent)
        parts[kind] = _evaluate(window, recent_weeks, baseline_weeks)
    adjusted = holm({kind: p["p_value"] for kind, p in parts.items()})
    m = len(parts)
    family = f" (Holm-adjusted over {m} types)"
    note = f", Holm-adjusted over {m} types"
    rule = _rule_text(recent_weeks, baseline_weeks, alpha, min_ratio, min_recent, family)
    result: dict[str, Signal] = {}
    for kind, p in parts.items():
        p["p_value"] = adjusted[kind]
        p["flagged"] = (
            p["p_value"] <= alpha
            and p["rate_ratio"] >= min_ratio
            and p["recent_count"] >= min_recent
        )
        result[kind] = Signal(
            **p, rule=rule, reason=_reason(p, recent_weeks, min_ratio, min_recent, alpha, note)
        )
    return result
