"""bench/results.md (a table against the budget) and bench/results.json (every number)."""

from __future__ import annotations

import json
from pathlib import Path

from .stats import percentile, spread

BUDGET = {
    "size_bytes": 20_000,
    "idle_ratio": 1.02,
    "guiding_ratio": 1.05,
    "spotlight_p50": 16,
    "spotlight_p95": 50,
    "navigation_ms": 300,
    "build_warm_s": 1.0,
}


def verdict(ok: bool) -> str:
    return "meets" if ok else "**misses**"


def write_report(results: dict, out: Path) -> None:
    rows = []
    for guide, size in results["sizes"].items():
        rows.append((f"content script `{guide}.js`", f"{size['bytes']:,} B ({size['gzip']:,} B gzip)",
                     "≤ 20 KB", verdict(size["bytes"] <= BUDGET["size_bytes"])))
    ratios = results["overhead"]["ratios"]
    for state, values in ratios.items():
        s = spread(values)
        limit = BUDGET["guiding_ratio"] if state == "guiding" else BUDGET["idle_ratio"]
        rows.append((f"main-thread time, {state} / without extension", f"{s['median']:.3f} (min {s['min']:.3f}, max {s['max']:.3f}, n={len(values)})",
                     f"≤ {limit}", verdict(s["median"] <= limit)))
    spot = results["spotlight_ms"]
    if spot:
        p50, p95 = percentile(spot, 50), percentile(spot, 95)
        rows.append(("target inserted → spotlight encloses it", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms (n={len(spot)})",
                     "p50 ≤ 16 ms, p95 ≤ 50 ms", verdict(p50 <= 16 and p95 <= 50)))
    nav = results["navigation_ms"]
    if nav:
        p50, p95 = percentile(nav, 50), percentile(nav, 95)
        rows.append(("pushState → new step's status", f"p50 {p50:.1f} ms, p95 {p95:.1f} ms (n={len(nav)})", "≤ 300 ms",
                     verdict(p95 <= BUDGET["navigation_ms"])))
    heap = results["heap"]
    rows.append((f"JS heap after {heap['seconds']} s on the busy feed (guiding)",
                 f"{heap['with_bytes'] / 1e6:.2f} MB with, {heap['without_bytes'] / 1e6:.2f} MB without "
                 f"(difference {heap['extension_bytes'] / 1e3:+.0f} KB)", "reported", "—"))
    build = results["build"]
    rows.append(("build, all guides, both browsers", f"warm {build['warm_s']:.2f} s, cold {build['cold_s']:.2f} s (new process)",
                 "warm ≤ 1 s", verdict(build["warm_s"] <= BUDGET["build_warm_s"])))

    lines = [
        "# Benchmark results",
        "",
        f"Measured {results['started']} on {results['machine']}{' (quick run)' if results['quick'] else ''}.",
        "Method: bench/README.md. Re-run with `make bench`.",
        "",
        "| what | measured | budget | |",
        "| --- | --- | --- | --- |",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
        "",
    ]
    out.parent.joinpath(out.name + ".md").write_text("\n".join(lines), encoding="utf-8")
    out.parent.joinpath(out.name + ".json").write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
