"""Statistics for the report: percentiles, and a distribution-free confidence interval of a median.

The interval is the classic one from order statistics: with the n values sorted, x(1) ≤ … ≤ x(n), the interval
[x(k), x(n+1-k)] holds the true median unless k or more values fall on one side of it, so its coverage is
P(k ≤ B ≤ n-k) = 1 - 2·P(B ≤ k-1) with B ~ Binomial(n, 1/2), whatever the distribution of the values (continuous,
independent samples). The narrowest such interval whose coverage reaches the level asked for is used; with fewer than
6 values no interval reaches 95 %: then the whole range [x(1), x(n)] is given, with its (lower) coverage."""

from __future__ import annotations

import math
import statistics


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def binomial_cdf(k: int, n: int) -> float:
    """P(B ≤ k) for B ~ Binomial(n, 1/2)."""
    if k < 0:
        return 0.0
    return sum(math.comb(n, i) for i in range(min(k, n) + 1)) / 2 ** n


def order_statistic_coverage(n: int, k: int) -> float:
    """Coverage of [x(k), x(n+1-k)] (1-based k) as an interval for the median of n values."""
    if n < 1 or k < 1 or 2 * k > n + 1:
        return 0.0
    return 1 - 2 * binomial_cdf(k - 1, n)


def median_ci(values: list[float], confidence: float = 0.95) -> dict:
    """The median of values and its distribution-free confidence interval.

    Returns median, low, high, coverage (the interval's exact coverage), k (the order statistic used, 1-based), n,
    enough (coverage ≥ confidence) and spread: max(median - low, high - median) / median, the ± of the report."""
    ordered = sorted(v for v in values if v == v)  # NaN is not a sample
    n = len(ordered)
    if n == 0:
        nan = float("nan")
        return {"median": nan, "low": nan, "high": nan, "coverage": 0.0, "k": 0, "n": 0, "enough": False, "spread": nan}
    k = 1
    while order_statistic_coverage(n, k + 1) >= confidence:
        k += 1
    coverage = order_statistic_coverage(n, k)
    median = statistics.median(ordered)
    low, high = ordered[k - 1], ordered[n - k]
    spread = max(median - low, high - median) / median if median else float("inf")
    return {"median": median, "low": low, "high": high, "coverage": coverage, "k": k, "n": n,
            "enough": coverage >= confidence, "spread": spread}


def minimum_samples(confidence: float = 0.95) -> int:
    """The fewest values for which some order-statistic interval of the median reaches the confidence."""
    n = 1
    while order_statistic_coverage(n, 1) < confidence:
        n += 1
    return n
