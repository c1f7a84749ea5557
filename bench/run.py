"""`python -m bench`: every measurement, then bench/results.md and bench/results.json (`--quick`: a smoke run,
written to bench/results.quick.*). Method: bench/README.md."""

from __future__ import annotations

import argparse
import copy
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import browser_runs
from .buildtime import build_times
from .engines import ENGINES, BenchError, start_control, start_pair
from .hosts import BY_GUIDE, HOSTS
from .report import top_functions, write_report
from .server import start_servers
from .sizes import content_script_sizes
from .stats import median_ci

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
STATE_NAMES = list(browser_runs.STATES)
HEAP_GUIDES = ("x", "linkedin", "chatgpt")


@dataclass
class Settings:
    # Feed ticks (100 ms each) per window: 3 s windows vary about half as much from one load to the next as 1 s
    # windows (bench/README.md).
    ticks: dict = field(default_factory=lambda: {"chromium": 30, "firefox": 30})
    settle: float = 1.0  # seconds between a page's load and its window
    rounds: int = 8  # rounds every (engine, host, state) gets
    max_rounds: int = 12  # the cap for the (engine, host, state)s whose spread is still too wide
    spread_target: float = 0.10
    minutes: float = 90.0  # extra rounds start only if they end within this (the base rounds always run)
    insertions: int = 40  # spotlight latency: removals and re-insertions per (engine, host)
    navigations: int = 10  # navigation latency: per (engine, host)
    share_windows: int = 2  # profiled windows per (browser, host, state) for the extension's own share
    share_ticks: int = 20  # feed ticks per profiled window
    control_windows: int = 2  # control windows (the page alone in both browsers) per browser and base round
    heap_seconds: int = 300
    heap_every: int = 60
    time_domain: str = "threadTicks"  # Chromium's Performance.enable timeDomain


# A smoke run: every part once, every check made, no number to rely on.
QUICK = dict(ticks={"chromium": 5, "firefox": 5}, settle=0.3, rounds=1, max_rounds=1, insertions=5, navigations=3,
             share_windows=1, share_ticks=5, heap_seconds=30, heap_every=15, control_windows=1)


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass

    def version(cmd: str) -> str:
        try:
            return subprocess.run([cmd, "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
        except (OSError, subprocess.SubprocessError):
            return cmd
    return (f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}, Python {platform.python_version()}, "
            f"{version('chromium')}, {version('firefox-esr')}")


def log(message: str) -> None:
    print(message, flush=True)


def cells_summary(cost: dict) -> dict:
    """(engine, guide, state) -> the median ratio's interval, from every block measured so far."""
    out = {}
    for engine, guides in cost.items():
        for guide, blocks in guides.items():
            for state in STATE_NAMES:
                ratios = [b["ratios"][state] for b in blocks if state in b["ratios"]]
                if ratios:
                    out[(engine, guide, state)] = median_ci(ratios)
    return out


def run_round(r: int, wanted: dict, pairs: dict, settings: Settings, cost: dict, label: str) -> None:
    """One round: for each host (order alternating between rounds) each engine's block (order alternating with the
    host and the round), with the states asked for (their order alternating between rounds)."""
    guides = list(wanted) if r % 2 == 0 else list(reversed(list(wanted)))
    for i, guide in enumerate(guides):
        host = BY_GUIDE[guide]
        engines = [e for e in pairs if wanted[guide].get(e)]
        if (r + i) % 2:
            engines.reverse()
        for engine in engines:
            states = wanted[guide][engine]
            ext, plain = pairs[engine]
            block = browser_runs.cost_block(ext, plain, host, states, settings.ticks[engine], settings.settle,
                                            reverse=r % 2 == 1)
            block["round"] = r
            cost[engine][guide].append(block)
            seconds = sum(block["windows"][s]["seconds"] for s in states)
            warnings = [w for win in block["windows"].values() for w in win.get("warnings", [])]
            log(f"  {label} {engine:8} {guide:10} " + "  ".join(f"{s} {block['ratios'][s]:.3f}" for s in states)
                + f"  ({seconds:.1f} s)" + (f"  WARNING: {'; '.join(warnings)}" if warnings else ""))


def share_part(pairs: dict, guides: list[str], settings: Settings) -> dict:
    """Every (browser, host, state) under the sampling profiler, settings.share_windows windows each (the windows of
    one host alternate between the states)."""
    out: dict = {engine: {g: {s: [] for s in STATE_NAMES} for g in guides} for engine in pairs}
    for engine, (ext, _) in pairs.items():
        for guide in guides:
            for w in range(settings.share_windows):
                for state in (STATE_NAMES if w % 2 == 0 else list(reversed(STATE_NAMES))):
                    sample = browser_runs.share_window(ext, BY_GUIDE[guide], state, settings.share_ticks,
                                                       settings.settle)
                    out[engine][guide][state].append(sample)
            log(f"  {engine:8} {guide:10} " + "  ".join(
                f"{s} {statistics.median(x['share'] for x in out[engine][guide][s]):.2%}" for s in STATE_NAMES))
            for name, ms in top_functions(out[engine][guide]["guiding"], settings.share_ticks):
                log(f"      guiding {ms:.3f} ms/tick  {name}")
    return out


def control_round(r: int, guides: list[str], pairs: dict, controls: dict, settings: Settings, control: dict) -> None:
    """The round's control windows: per browser, settings.control_windows hosts (the next ones in turn) with the
    page alone on both sides of the pair."""
    for engine, other in controls.items():
        _, plain = pairs[engine]
        for j in range(settings.control_windows):
            guide = guides[(r * settings.control_windows + j) % len(guides)]
            sample = browser_runs.control_window(other, plain, BY_GUIDE[guide], settings.ticks[engine],
                                                 settings.settle)
            sample["round"] = r
            control[engine].append(sample)
            log(f"  control {engine:8} {guide:10} {sample['ratio']:.3f}")


def base_rounds(pairs: dict, controls: dict, guides: list[str], settings: Settings) -> tuple[dict, dict]:
    """Every (browser, host, state), settings.rounds times; each round also the control windows (none when
    controls is empty). Returns (cost, control)."""
    cost = {engine: {g: [] for g in guides} for engine in pairs}
    control: dict = {engine: [] for engine in controls}
    everything = {g: {e: STATE_NAMES for e in pairs} for g in guides}
    started = time.monotonic()
    for r in range(settings.rounds):
        run_round(r, everything, pairs, settings, cost, f"round {r + 1}/{settings.rounds}")
        control_round(r, guides, pairs, controls, settings, control)
        if r == 0 and settings.rounds > 1:
            per_round = time.monotonic() - started
            log(f"  (a round takes {per_round / 60:.1f} min: the {settings.rounds} rounds end in about "
                f"{per_round * settings.rounds / 60:.0f} min)")
    return cost, control


def extra_rounds(cost: dict, pairs: dict, settings: Settings, deadline: float) -> None:
    """Three more rounds at a time for the (browser, host, state)s whose spread is still too wide (the interval of
    the median narrows only when its order statistic moves inward: at 9, 12, 15 rounds for 95 %), up to the cap,
    as many as end before the deadline: guiding first, then the widest."""
    r = settings.rounds
    while r + 3 <= settings.max_rounds:
        wide = [(key, ci) for key, ci in cells_summary(cost).items()
                if not ci["enough"] or ci["spread"] >= settings.spread_target]
        if not wide:
            return
        wide.sort(key=lambda item: (item[0][2] != "guiding", -item[1]["spread"]))
        pair_s = {e: statistics.mean(b["windows"][s]["seconds"] for blocks in cost[e].values() for b in blocks
                                     for s in b["order"]) for e in cost}
        wanted: dict = {}
        estimate = 0.0
        left = deadline - time.monotonic()
        for (engine, guide, state), _ in wide:
            more = 3 * pair_s[engine]
            if estimate + more > left:
                continue
            estimate += more
            wanted.setdefault(guide, {}).setdefault(engine, []).append(state)
        if not wanted:
            log(f"  no more rounds: the {len(wide)} (browser, host, state)s still at ±{settings.spread_target:.0%} or "
                f"wider do not fit in the --minutes budget")
            return
        chosen = sum(len(states) for per in wanted.values() for states in per.values())
        log(f"  3 more rounds for {chosen} of the {len(wide)} (browser, host, state)s still at "
            f"±{settings.spread_target:.0%} or wider (about {estimate / 60:.1f} min)")
        for guide in wanted:  # the states in their usual order
            for engine in wanted[guide]:
                wanted[guide][engine] = [s for s in STATE_NAMES if s in wanted[guide][engine]]
        for extra in range(3):
            run_round(r + extra, wanted, pairs, settings, cost, f"extra round {r + extra + 1}")
        r += 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a smoke run of about five minutes (one round, short windows)")
    parser.add_argument("--hosts", help="comma-separated guide ids (default: every guide with a content script)")
    parser.add_argument("--browsers", default=",".join(ENGINES), help="chromium,firefox (default: both)")
    parser.add_argument("--heap-seconds", type=int, help="how long the heap run guides (default 300; quick 30)")
    parser.add_argument("--rounds", type=int, help=f"rounds for every (browser, host, state) (default {Settings.rounds})")
    parser.add_argument("--max-rounds", type=int, help="cap of the extra rounds for wide spreads (default 12)")
    parser.add_argument("--ticks", help="feed ticks (100 ms) per measured window: N for both browsers, or "
                             "chromium=N,firefox=M (default chromium=30,firefox=30)")
    parser.add_argument("--minutes", type=float, help="budget of the whole run: extra rounds start only if they end within it; the base rounds "
                             f"always run (default {Settings.minutes:.0f})")
    parser.add_argument("--time-domain", choices=("threadTicks", "timeTicks"),
                        help="Chromium's TaskDuration: main-thread CPU time (threadTicks, default) or wall time")
    parser.add_argument("--skip", default="", help="comma-separated parts to leave out: "
                        "build,cost,control,share,spotlight,navigation,heap")
    args = parser.parse_args(argv)

    settings = Settings(**(copy.deepcopy(QUICK) if args.quick else {}))
    for name in ("heap_seconds", "rounds", "max_rounds", "minutes", "time_domain"):
        if getattr(args, name) is not None:
            setattr(settings, name, getattr(args, name))
    if args.ticks:
        try:
            if "=" in args.ticks:
                settings.ticks.update({k.strip(): int(v) for k, v in (part.split("=") for part in args.ticks.split(","))})
            else:
                settings.ticks = {engine: int(args.ticks) for engine in ENGINES}
        except ValueError:
            parser.error(f"--ticks: {args.ticks!r}")
        if set(settings.ticks) != set(ENGINES) or min(settings.ticks.values()) < 1:
            parser.error(f"--ticks: {args.ticks!r}")
    settings.max_rounds = max(settings.max_rounds, settings.rounds)
    if settings.heap_seconds < settings.heap_every:
        settings.heap_every = settings.heap_seconds
    guides = [g.strip() for g in args.hosts.split(",")] if args.hosts else [h.guide for h in HOSTS]
    unknown = [g for g in guides if g not in BY_GUIDE]
    engines = [e.strip() for e in args.browsers.split(",")]
    if unknown or any(e not in ENGINES for e in engines):
        parser.error(f"unknown host or browser: {unknown or engines} (hosts: {', '.join(BY_GUIDE)})")
    skip = {s for s in args.skip.split(",") if s}

    started = time.monotonic()
    deadline = started + settings.minutes * 60
    results: dict = {"machine": machine(), "quick": args.quick, "settings": asdict(settings), "engines": engines,
                     "hosts": {g: asdict(BY_GUIDE[g]) for g in guides},
                     "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    if "build" not in skip:
        log("build time ...")
        results["build"] = build_times()
    with tempfile.TemporaryDirectory() as tmp:
        dist = Path(tmp) / "dist"
        subprocess.run([str(Path(sys.executable).parent / "optout-guide"), "build", "--out", str(dist)],
                       cwd=ROOT, check=True, capture_output=True)
        results["sizes"] = content_script_sizes(dist)
        sys.path.insert(0, str(ROOT / "tests"))
        from e2e.harness.certs import make_certificate  # the end-to-end harness: one server, launchers for both

        cert, key = make_certificate(Path(tmp))
        server, proxy = start_servers(cert, key)
        pairs: dict = {}
        controls: dict = {}
        try:
            for engine in engines:
                log(f"starting {engine} (with and without the extension) ...")
                pairs[engine] = start_pair(engine, dist, server.port, proxy.port, settings.time_domain)
                if "cost" not in skip and "control" not in skip and settings.control_windows:
                    controls[engine] = start_control(engine, server.port, proxy.port, settings.time_domain)
            if "spotlight" not in skip:
                log("spotlight latency ...")
                results["spotlight"] = {}
                for engine, (ext, _) in pairs.items():
                    for guide in guides:
                        host = BY_GUIDE[guide]
                        if not host.target:
                            results["spotlight"].setdefault(engine, {})[guide] = {"skipped": "first step opens a link"}
                            continue
                        r = browser_runs.spotlight_latency(ext, host, settings.insertions, max(settings.settle, 1.0))
                        results["spotlight"].setdefault(engine, {})[guide] = r
                        log(f"  {engine:8} {guide:10} p50 {statistics.median(r['ms']) if r['ms'] else float('nan'):.1f} ms"
                            f" (n={len(r['ms'])}, misses {r['misses']})")
            if "navigation" not in skip:
                log("navigation latency ...")
                results["navigation"] = {}
                for engine, (ext, _) in pairs.items():
                    for guide in guides:
                        host = BY_GUIDE[guide]
                        if not host.navigate:
                            continue
                        r = browser_runs.navigation_latency(ext, host, settings.navigations, 0.5)
                        results["navigation"].setdefault(engine, {})[guide] = r
                        log(f"  {engine:8} {guide:10} p50 {statistics.median(r['ms']) if r['ms'] else float('nan'):.1f} ms"
                            f" (n={len(r['ms'])}, misses {r['misses']})")
            if "share" not in skip:
                log(f"the extension's own share of the main thread (profiled, {settings.share_windows} windows of "
                    f"{settings.share_ticks} ticks per host and state) ...")
                results["share"] = share_part(pairs, guides, settings)
            if "cost" not in skip:
                log(f"main-thread cost: {settings.rounds} rounds of {len(guides)} hosts x {len(engines)} browsers x "
                    f"{len(STATE_NAMES)} states, windows of "
                    + ", ".join(f"{settings.ticks[e]} ticks ({e})" for e in engines) + f" after {settings.settle} s ...")
                results["cost"], control = base_rounds(pairs, controls, guides, settings)
                if controls:
                    results["control"] = control
            if "heap" not in skip:
                heap_hosts = [BY_GUIDE[g] for g in HEAP_GUIDES if g in guides] or [BY_GUIDE[guides[0]]]
                log(f"heap: {', '.join(h.guide for h in heap_hosts)} guiding for {settings.heap_seconds} s in every "
                    f"browser at once ...")
                results["heap"] = {"seconds": settings.heap_seconds, "every": settings.heap_every,
                                   "hosts": [h.guide for h in heap_hosts],
                                   "samples": browser_runs.heap_run(pairs, heap_hosts, settings.heap_seconds,
                                                                    settings.heap_every, log)}
            if "cost" not in skip and settings.max_rounds > settings.rounds:
                log("main-thread cost, more rounds where the spread is still wide ...")
                extra_rounds(results["cost"], pairs, settings, deadline)
        except BenchError as exc:
            log(f"FAILED: {exc}")
            return 1
        finally:
            for arm in [*(a for pair in pairs.values() for a in pair), *controls.values()]:
                arm.quit()
            proxy.stop()
            server.stop()
    results["finished"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    results["minutes"] = (time.monotonic() - started) / 60
    # Only a whole run replaces results.md: a quick one or one of some parts, hosts or browsers goes beside it.
    partial = bool(skip) or args.hosts or args.browsers != ",".join(ENGINES)
    out = HERE / ("results.quick" if args.quick else "results.partial" if partial else "results")
    write_report(results, out)
    log(f"wrote {out.relative_to(ROOT)}.md and .json ({results['minutes']:.1f} min)")
    return 0
