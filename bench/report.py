"""bench/results.md (tables against the budget, and the method) and bench/results.json (every sample)."""

from __future__ import annotations

import json
import statistics
from pathlib import Path

from .stats import median_ci, percentile

STATES = ("prompt", "guiding", "done", "dismissed")
BUDGET = {
    "size_bytes": 20_000,
    "guiding": 1.10,
    "idle": 1.02,  # prompt, done, dismissed
    "spotlight_p50": 16,
    "spotlight_p95": 50,
    "navigation_p95": 300,
    "heap_bytes": 1_000_000,
    "heap_growth_bytes": 100_000,
    "build_warm_s": 1.0,
}
ENGINE_NAMES = {"chromium": "Chromium", "firefox": "Firefox"}
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"


def verdict(ok: bool) -> str:
    return "meets" if ok else "**misses**"


def state_budget(state: str) -> float:
    return BUDGET["guiding"] if state == "guiding" else BUDGET["idle"]


def cost_cells(results: dict) -> dict:
    """(engine, guide, state) -> ratios and their median's interval."""
    out = {}
    for engine, guides in results.get("cost", {}).items():
        for guide, blocks in guides.items():
            for state in STATES:
                ratios = [b["ratios"][state] for b in blocks if state in b.get("ratios", {})]
                if ratios:
                    out[(engine, guide, state)] = {"ratios": ratios, **median_ci(ratios)}
    return out


def fmt_ratio(cell: dict | None, state: str, target: float) -> str:
    if not cell:
        return "—"
    judged = verdict(cell["median"] <= state_budget(state))
    if cell["n"] == 1:
        return f"{cell['median']:.2f}× (one round) {judged}"
    spread = f"±{cell['spread']:.0%}".replace("%", " %")
    if not cell["enough"]:
        spread += f" (n={cell['n']}: range, {cell['coverage']:.0%} interval)".replace("%", " %")
    elif cell["spread"] >= target:
        spread += " (wide)"
    return f"{cell['median']:.2f}× {spread} {judged}"


def fmt_latency(entry: dict | None) -> str:
    if not entry:
        return "—"
    if "skipped" in entry:
        return "— (first step opens a link: no ring)"
    ms = entry["ms"]
    if not ms:
        return f"no ring within 3 s ({entry['misses']} tries)"
    p50, p95 = percentile(ms, 50), percentile(ms, 95)
    misses = f", {entry['misses']} missed" if entry.get("misses") else ""
    ok = p50 <= BUDGET["spotlight_p50"] and p95 <= BUDGET["spotlight_p95"] and not entry.get("misses")
    return f"{p50:.1f} / {p95:.1f} ms (n={len(ms)}{misses}) {verdict(ok)}"


def cost_tables(results: dict, cells: dict) -> list[str]:
    lines = []
    target = results["settings"]["spread_target"]
    for engine in results.get("engines", []):
        if engine not in results.get("cost", {}) and engine not in results.get("spotlight", {}):
            continue
        spot = results.get("spotlight", {}).get(engine, {})
        lines += [f"### {ENGINE_NAMES[engine]}", "",
                  "| host | prompt | guiding | done | dismissed | spotlight p50 / p95 |",
                  "| --- | --- | --- | --- | --- | --- |"]
        notes = []
        for guide, host in results["hosts"].items():
            row = [fmt_ratio(cells.get((engine, guide, s)), s, target) for s in STATES]
            name = host["host"]
            if host.get("setup_note"):
                notes.append(f"{host['host']}: {host['setup_note']}.")
                name += SUPERSCRIPTS[len(notes)]
            lines.append(f"| {name} | " + " | ".join(row) + f" | {fmt_latency(spot.get(guide))} |")
        lines += [""] + [f"{SUPERSCRIPTS[i + 1]} {note}" for i, note in enumerate(notes)] + ([""] if notes else [])
    return lines


def control_lines(results: dict) -> list[str]:
    """The control windows (the page alone on both sides): the method's own ratio when nothing differs."""
    control = results.get("control")
    if not control:
        return []
    per_round = results["settings"]["control_windows"]
    lines = ["## Control: the page alone ÷ the page alone", "",
             "The same paired windows with the extension on neither side: a third browser without it stands where "
             f"the one with it stands, {per_round} window{'s' if per_round != 1 else ''} per browser and base round, "
             "the hosts in turn. What the method gives when the two pages differ in nothing: the median shows any "
             "lean of the method itself, the single windows how far one pair strays by chance (each cost cell above "
             "is the median of such pairs).",
             "", "| browser | windows | median ± 95 % interval | single windows: 10th–90th percentile, range |",
             "| --- | --- | --- | --- |"]
    for engine, samples in control.items():
        ratios = [x["ratio"] for x in samples if x["ratio"] == x["ratio"]]  # NaN: no baseline time
        ci = median_ci(ratios)
        if not ci["n"]:
            continue
        spread = f"±{ci['spread']:.0%}".replace("%", " %") if ci["enough"] else f"(n={ci['n']}: too few for an interval)"
        lines.append(f"| {ENGINE_NAMES[engine]} | {ci['n']} | {ci['median']:.2f}× {spread} | "
                     f"{percentile(ratios, 10):.2f}–{percentile(ratios, 90):.2f}×, "
                     f"{min(ratios):.2f}–{max(ratios):.2f}× |")
    lines.append("")
    return lines


def share_budget(state: str) -> float:
    """The largest share of the main thread's busy time the extension's own work may take for the state's ratio
    budget: a share s alone makes the page's time 1 / (1 - s) of what it was."""
    return 1 - 1 / state_budget(state)


def fmt_share(samples: list[dict] | None) -> str:
    if not samples:
        return "—"
    shares = sorted(x["share"] for x in samples)
    median = statistics.median(shares)
    spread = f" ({shares[0]:.1%}–{shares[-1]:.1%})" if len(shares) > 1 else ""
    return f"{median:.1%}{spread} → {1 / (1 - median):.3f}×".replace("%", " %")


def function_of(place: str) -> str:
    """A profile place ("name (file:line...) -> callee") -> the extension's function name alone (the same function
    has a line of its own in each host's content script)."""
    return place.partition(" -> ")[0].partition(" (")[0] or "(anonymous)"


def top_functions(samples: list[dict], ticks: int, count: int = 5) -> list[tuple[str, float]]:
    """The extension's functions that took most of its time in the profiled windows (with the browser work they
    called), in ms per feed tick, largest first."""
    totals: dict[str, float] = {}
    for sample in samples:
        for place, seconds in sample.get("where", []):
            name = function_of(place)
            totals[name] = totals.get(name, 0.0) + seconds
    per_tick = 1000 / (ticks * len(samples)) if samples else 0.0
    return [(name, seconds * per_tick) for name, seconds in sorted(totals.items(), key=lambda item: -item[1])[:count]]


def share_lines(results: dict) -> list[str]:
    share = results.get("share")
    if not share:
        return []
    s = results["settings"]
    lines = ["## The extension's own share of the main thread", "",
             "Under a sampling profiler (method below): of the page's main-thread busy time with the extension, the "
             "part with the extension's code on the stack (its scripts and the DOM, style and layout work they call), "
             f"median of {s['share_windows']} windows of {s['share_ticks']} feed ticks per cell, with their range, and "
             "the ratio that share alone makes, 1 / (1 − share). Unlike the ratios above it does not carry the "
             "page's own variance from one load to the next, so it can be held to the budget at this machine's noise: "
             f"guiding ≤ {share_budget('guiding'):.1%}, prompt, done and dismissed ≤ {share_budget('prompt'):.1%}. "
             "What it leaves out: work the browser does later on the extension's behalf (drawing the overlay, "
             "mutation records for its observer, garbage collection).".replace("%", " %"), ""]
    for engine, guides in share.items():
        lines += [f"### {ENGINE_NAMES[engine]}", "", "| host | prompt | guiding | done | dismissed | |",
                  "| --- | --- | --- | --- | --- | --- |"]
        for guide, states in guides.items():
            ok = all(statistics.median(x["share"] for x in states[st]) <= share_budget(st)
                     for st in STATES if states.get(st))
            lines.append(f"| {results['hosts'][guide]['host']} | "
                         + " | ".join(fmt_share(states.get(st)) for st in STATES) + f" | {verdict(ok)} |")
        guiding = [x for states in guides.values() for x in states.get("guiding", [])]
        top = top_functions(guiding, s["share_ticks"])
        if top:
            lines += ["", "Where its guiding time went (every host's windows; its functions with the browser work "
                      "they called, ms per feed tick): " + ", ".join(f"`{name}` {ms:.3f}" for name, ms in top) + "."]
        lines.append("")
    return lines


def warnings_of(results: dict) -> list[str]:
    seen = {}
    for engine, guides in results.get("cost", {}).items():
        for guide, blocks in guides.items():
            for b in blocks:
                for w in b["windows"].values():
                    for text in w.get("warnings", []):
                        seen[(engine, guide, text)] = seen.get((engine, guide, text), 0) + 1
    return [f"- {ENGINE_NAMES[e]}, {g}: {t} ({n}×)" for (e, g, t), n in seen.items()]


def heap_lines(results: dict) -> list[str]:
    heap = results.get("heap")
    if not heap:
        return []
    lines = [f"## JS heap after {heap['seconds']} s of guiding on the busy feed", "",
             "With the extension minus without, after a forced garbage collection: Chromium's `JSHeapUsedSize`, "
             "Firefox's JS GC heap in use (method below); growth is the difference at the end minus at "
             f"{heap['every']} s. Firefox's difference also holds what Firefox itself loads into the tab's process "
             "for an extension's content scripts: the script's own zone is given apart, and so is all of the JS "
             "engine's memory in the process (which moves by hundreds of KB from one sample to the next).", "",
             "| browser | host | difference at the end | growth since the first sample | content script's own zone "
             "| all JS memory (Firefox) | feed ticks done (with / without) | |",
             "| --- | --- | --- | --- | --- | --- | --- | --- |"]
    for engine, guides in heap["samples"].items():
        for guide, samples in guides.items():
            if not samples:
                continue
            first, last = samples[0], samples[-1]
            diff, growth = last["difference_bytes"], last["difference_bytes"] - first["difference_bytes"]
            zone = last["with"].get("content_script_bytes")
            zone_text = f"{zone / 1e3:.0f} KB" if zone else "—"
            all_js = last.get("difference_all_js_bytes")
            all_text = f"{all_js / 1e3:+.0f} KB" if all_js is not None else "—"
            ticks = f"{last['with'].get('ticks')} / {last['without'].get('ticks')}"
            ok = diff <= BUDGET["heap_bytes"] and growth <= BUDGET["heap_growth_bytes"]
            lines.append(f"| {ENGINE_NAMES[engine]} | {guide} | {diff / 1e3:+.0f} KB | {growth / 1e3:+.0f} KB | "
                         f"{zone_text} | {all_text} | {ticks} | {verdict(ok)} |")
    lines += ["", f"Not growing: at most {BUDGET['heap_growth_bytes'] / 1e3:.0f} KB more at the end than at the first "
              "sample. Every sample (seconds: difference):", ""]
    for engine, guides in heap["samples"].items():
        for guide, samples in guides.items():
            lines.append(f"- {ENGINE_NAMES[engine]} {guide}: " + ", ".join(
                f"{s['t']} s {s['difference_bytes'] / 1e3:+.0f} KB" for s in samples))
    lines.append("")
    return lines


def navigation_lines(results: dict) -> list[str]:
    nav = results.get("navigation")
    if not nav:
        return []
    lines = ["## Navigation latency", "",
             "From guiding the first step, the site's own client-side navigation to a settings page, until the overlay "
             "guides the step there.", "",
             "| browser | host | to | p50 / p95 | |", "| --- | --- | --- | --- | --- |"]
    for engine, guides in nav.items():
        for guide, r in guides.items():
            if r["ms"]:
                p50, p95 = percentile(r["ms"], 50), percentile(r["ms"], 95)
                text = f"{p50:.1f} / {p95:.1f} ms (n={len(r['ms'])}{', ' + str(r['misses']) + ' missed' if r['misses'] else ''})"
                ok = p95 <= BUDGET["navigation_p95"] and not r["misses"]
            else:
                text, ok = f"never within 3 s ({r['misses']} tries)", False
            lines.append(f"| {ENGINE_NAMES[engine]} | {guide} | `{r['path']}` ({r['step']}) | {text} | {verdict(ok)} |")
    lines.append("")
    return lines


def method_lines(results: dict) -> list[str]:
    s = results["settings"]
    rounds = {}
    for engine, guides in results.get("cost", {}).items():
        for guide, blocks in guides.items():
            rounds[(engine, guide)] = len(blocks)
    windows = [w for guides in results.get("cost", {}).values() for blocks in guides.values() for b in blocks
               for w in b["windows"].values()]
    busy = statistics.median(w["machine_busy"] for w in windows) if windows else float("nan")
    extra = sorted({n for n in rounds.values()} - {s["rounds"]})
    chromium_measure = ("main-thread CPU time" if s["time_domain"] == "threadTicks" else "main-thread wall time")
    return [
        "## Method",
        "",
        "- **Pages.** Each host's replica page (tests/replicas/<host>/) at the path where the guide's first step "
        "applies, served under its real host name with `?bench=feed`: the page as the end-to-end tests see it plus "
        "bench/pages/feed.js, a feed in the page's main region that never rests (every 100 ms six posts in, six out: "
        "48 elements each way, with author links and \"Reply\", \"Like\", \"Share\" and \"More\" buttons). States are "
        "set in the extension's storage before each load (prompt: nothing stored; guiding: started; done: the setting "
        "seen off; dismissed). In the guiding state the run stops unless the overlay shows `guiding` at the first step "
        "(and its ring, where the step has a target) before and after the window.",
        "- **Browsers.** Per engine two browsers, one with the extension as `optout-guide build` makes it, one "
        "without. The two of one engine measure together (paired windows, below); the other engine's two rest on "
        "about:blank meanwhile.",
        f"- **Window.** Both browsers of the engine load the page at once, {s['settle']} s to settle, then "
        + " and ".join(f"{s['ticks'][e]} feed ticks ({s['ticks'][e] / 10:.1f} s) in {ENGINE_NAMES[e]}"
                       for e in results.get("engines", []))
        + ", from half-way between two ticks to half-way between two others, so every window holds the same feed "
        "work whatever the timer's phase, in both browsers at the same time (a paired window). During the window "
        "the page runs a requestAnimationFrame loop (it records the frame intervals), so frames are drawn at 60 per "
        "second, as on a page with an animation. Why paired: on this machine the CPU time of the same work drifts "
        "by up to ±30 % over tens of seconds (other load on the host), and the page's work with and without the "
        "extension measured side by side drifts alike; the ratio of two windows measured one after the other "
        "carries the drift.",
        f"- **Chromium measure:** CDP `Performance.getMetrics` `TaskDuration` with `Performance.enable` "
        f"`{{timeDomain: \"{s['time_domain']}\"}}`: the {chromium_measure} of the renderer's tasks (the page's "
        "scripts and the content script's isolated world, style, layout, paint), read at both ends of the window.",
        "- **Firefox measure:** the CPU time of the main thread of the content process that shows the tab (site "
        "isolation: that process holds only this site's page and the content script in it), from "
        "/proc/<pid>/task/<pid>/schedstat (on Linux the main thread's id is the process id; nanoseconds), read at "
        "both ends of the window; the process is the tab's `browsingContext.currentWindowGlobal.osPid`. The whole "
        "process's CPU time (all threads) is in the JSON as `process_cpu_s`.",
        "- **Both:** the page's own frame intervals and long-task time (Chromium only) are in the JSON, with how busy "
        f"the whole machine was in each window (median over this run: {busy:.0%}).".replace("%", " %"),
        f"- **Rounds.** A round measures, for every host, a block per browser: a paired window for each of the "
        "four states; the order of hosts, of the browsers within a host and of the states alternates from round to "
        "round. Each state's ratio in a round is its window's CPU time with the extension over its pair's without. "
        f"{s['rounds']} round{'s' if s['rounds'] != 1 else ''} for everything; "
        + (f"then, three at a time up to {s['max_rounds']}, more rounds for the states whose spread was still "
           f"±{s['spread_target']:.0%} or wider (guiding first, then the widest), as many as fitted in "
           f"{s['minutes']:.0f} minutes: " .replace("%", " %")
           + (f"rounds per (browser, host) in this run: {', '.join(str(n) for n in sorted(set(rounds.values())))}."
              if extra else "none were needed or none fitted.")
           if s["max_rounds"] > s["rounds"] else "no extra rounds."),
        "- **Control.** In each base round, per browser, paired windows of the page alone on both sides: a third "
        "browser without the extension in the place of the one with it (its ratio over the baseline's, as for a "
        "state). It measures the method's own noise and any lean of one side of the pair; the browser with the "
        "extension differs from it also by the extension's page kept open in a window of its own (to set its "
        "storage).",
        "- **Spread.** The reported value is the median of the per-round ratios; ± is the wider side of its "
        "distribution-free 95 % confidence interval [x(k), x(n+1-k)] (order statistics; coverage from the binomial "
        "distribution, bench/stats.py), as a share of the median. With fewer than 6 rounds no such interval exists.",
        "- **Own share.** Separate windows with the extension only, as above but under a sampling profiler (the "
        "profiler slows the page a little, so the cost windows run without it). Chromium: V8's CPU profiler (CDP "
        "`Profiler`, a sample every 200 µs; the page's world and the content script's isolated world alike): busy "
        "time is every sample but `(idle)`, each standing for the time to the next one. Firefox: the Gecko profiler "
        "on the main threads (a sample every 0.2 ms with the thread's CPU time since the one before), the tab's "
        "content process only: busy time is the samples' CPU time. The extension's part: the samples with a frame "
        "of its code (its extension URL) anywhere on the stack.",
        f"- **Spotlight latency.** Guiding, {s['insertions']} times: the first step's target (bench/hosts.py) is "
        "removed, 150 ms later put back at the same place; a page-side MutationObserver on the overlay's shadow root "
        "and a frame check note when the `[part~=\"spotlight\"]` rect first encloses it. Guides whose first step "
        "opens a link ring nothing there: no latency.",
        "- **Heap.** The heap hosts' pages guiding at once, each in a window of its own, in both browsers of every "
        f"engine at the same time (heap is not timing-sensitive); every {results.get('heap', {}).get('every', '?')} s "
        "a forced full garbage collection, then Chromium's `JSHeapUsedSize` (the renderer's V8 heap: the page's world "
        "and the content script's isolated world) and, in Firefox, after \"minimize memory usage\" (GC and CC in every "
        "process), the memory reports of the tab's content process: the JS GC heap in use "
        "(`js-main-runtime-gc-heap-committed/used`), all JS engine memory (`js-main-runtime`), and the zone holding "
        "the content script's realm. The table gives with minus without.",
        "- **Sizes and build time** as before: bytes and gzip (level 9) of each built content script; `optout-guide "
        "build` as a new process (cold) and again in one process (warm), median of 5.",
        "",
    ]


def write_report(results: dict, out: Path) -> None:
    cells = cost_cells(results)
    lines = [
        "# Benchmark results",
        "",
        f"Measured {results['started']} on {results['machine']}"
        f"{' (quick run: too few rounds for intervals)' if results.get('quick') else ''}; "
        f"{results.get('minutes', 0):.0f} minutes. Re-run with `make bench`; method below and in bench/README.md.",
        "",
        f"Budgets: guiding ≤ {BUDGET['guiding']}× and prompt, done, dismissed ≤ {BUDGET['idle']}× the page's "
        f"main-thread time without the extension (set for Chromium; Firefox is held to the same numbers here); spotlight "
        f"p50 ≤ {BUDGET['spotlight_p50']} ms, p95 ≤ {BUDGET['spotlight_p95']} ms; heap ≤ 1 MB and not growing after the first "
        f"minute; each ratio's spread below ±{results['settings']['spread_target']:.0%}.".replace("%", " %"),
        "",
        "## Main-thread cost on a busy feed (with ÷ without the extension), spotlight latency",
        "",
        "Each cell: the median ratio over the rounds ± its 95 % interval, and the verdict of the median against "
        "the budget. “wide”: the interval is ±10 % or wider.",
        "",
        *cost_tables(results, cells),
    ]
    warnings = warnings_of(results)
    if warnings:
        lines += ["Unexpected overlay states seen (the samples are kept):", "", *warnings, ""]
    lines += control_lines(results)
    lines += share_lines(results)
    lines += heap_lines(results)
    lines += navigation_lines(results)
    rows = []
    for guide, size in results.get("sizes", {}).items():
        rows.append((f"content script `{guide}.js`", f"{size['bytes']:,} B ({size['gzip']:,} B gzip)",
                     "≤ 20 KB", verdict(size["bytes"] <= BUDGET["size_bytes"])))
    build = results.get("build")
    if build:
        rows.append(("build, all guides, both browsers", f"warm {build['warm_s']:.2f} s, cold {build['cold_s']:.2f} s (new process)",
                     "warm ≤ 1 s", verdict(build["warm_s"] <= BUDGET["build_warm_s"])))
    if rows:
        lines += ["## Size and build time", "", "| what | measured | budget | |", "| --- | --- | --- | --- |",
                  *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows], ""]
    lines += method_lines(results)
    out.parent.joinpath(out.name + ".md").write_text("\n".join(lines), encoding="utf-8")
    out.parent.joinpath(out.name + ".json").write_text(json.dumps(results, indent=1, default=str) + "\n", encoding="utf-8")
