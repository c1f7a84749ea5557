"""The benchmark's statistics (bench/stats.py) and its table of hosts (bench/hosts.py)."""

import math
import random
from pathlib import Path

import pytest
import yaml

from bench.hosts import HOSTS
from bench.stats import binomial_cdf, median_ci, minimum_samples, order_statistic_coverage, percentile

ROOT = Path(__file__).resolve().parents[2]


def test_binomial_cdf_half():
    assert binomial_cdf(-1, 6) == 0
    assert binomial_cdf(0, 6) == pytest.approx(1 / 64)
    assert binomial_cdf(3, 6) == pytest.approx(42 / 64)
    assert binomial_cdf(6, 6) == pytest.approx(1)


def test_coverage_of_the_order_statistics():
    # [x(1), x(6)] misses the median only when all six fall on one side: 2 / 64.
    assert order_statistic_coverage(6, 1) == pytest.approx(1 - 2 / 64)
    assert order_statistic_coverage(5, 1) == pytest.approx(1 - 2 / 32)
    # [x(2), x(8)] of 9: 1 - 2 * P(B <= 1) = 1 - 2 * 10/512
    assert order_statistic_coverage(9, 2) == pytest.approx(1 - 20 / 512)
    assert order_statistic_coverage(4, 3) == 0  # no such interval


def test_fewest_samples_for_95_percent():
    assert minimum_samples(0.95) == 6
    assert minimum_samples(0.90) == 5


@pytest.mark.parametrize("n, k", [(6, 1), (8, 1), (9, 2), (11, 2), (12, 3), (15, 4), (20, 6)])
def test_the_narrowest_interval_reaching_95_percent(n, k):
    ci = median_ci([float(i) for i in range(1, n + 1)])
    assert ci["k"] == k and ci["enough"]
    assert ci["coverage"] >= 0.95 and order_statistic_coverage(n, k + 1) < 0.95
    assert (ci["low"], ci["high"]) == (k, n + 1 - k)


def test_interval_and_spread_of_known_values():
    ci = median_ci([1.10, 0.95, 1.00, 1.05, 0.98, 1.02])
    assert ci["median"] == pytest.approx(1.01)
    assert (ci["low"], ci["high"]) == (0.95, 1.10)
    assert ci["spread"] == pytest.approx(0.09 / 1.01)


def test_too_few_values_give_the_range_and_say_so():
    ci = median_ci([1.0, 1.2, 1.1])
    assert not ci["enough"] and ci["coverage"] == pytest.approx(0.75)
    assert (ci["low"], ci["high"]) == (1.0, 1.2)
    assert median_ci([])["n"] == 0 and math.isnan(median_ci([])["median"])
    assert median_ci([1.0, float("nan"), 1.2])["n"] == 2


def test_the_interval_holds_the_median_about_as_often_as_it_says():
    rng = random.Random(7)
    n, trials, hits = 12, 4000, 0
    for _ in range(trials):
        ci = median_ci([rng.lognormvariate(0, 0.2) for _ in range(n)])
        hits += ci["low"] <= 1.0 <= ci["high"]  # the lognormal's median is exp(0) = 1
    assert abs(hits / trials - order_statistic_coverage(n, 3)) < 0.02


def test_percentile():
    assert percentile([3, 1, 2], 50) == 2
    assert percentile([1, 2, 3, 4], 95) == pytest.approx(3.85)
    assert math.isnan(percentile([], 50))


def guides():
    out = {}
    for path in (ROOT / "content" / "guides").glob("*.yaml"):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        out[data["id"]] = data
    return out


def test_every_guide_with_a_content_script_has_a_bench_host():
    with_hosts = {gid for gid, g in guides().items() if g.get("hosts")}
    assert {h.guide for h in HOSTS} == with_hosts


@pytest.mark.parametrize("host", HOSTS, ids=lambda h: h.guide)
def test_bench_host_matches_its_guide(host):
    guide = guides()[host.guide]
    assert host.host in guide["hosts"]
    # The first step that applies on this host.
    first = next(s for s in guide["steps"] if s.get("host", host.host) == host.host)
    assert host.step == first["id"]
    # A step that opens a link rings nothing: no selector for the latency measure; every other one has one.
    assert (host.target is None) == ("open" in first)
    assert (ROOT / "tests" / "replicas" / host.host / "index.html").is_file()
