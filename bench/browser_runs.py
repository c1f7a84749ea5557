"""The measurements in real browsers, on each host's replica page with the busy feed (bench/hosts.py).

cost:        main-thread CPU time over a window of feed ticks, with the extension (one overlay state, set through
             its storage before the page loads) and without it, both measured at the same time (a paired window);
             blocks of the four states' pairs, interleaved (bench/run.py), make the rounds.
spotlight:   while guiding, the target is removed and put back; the ms until the spotlight encloses it again.
navigation:  a client-side navigation to a settings page; the ms until the overlay guides the step there.
share:       under a sampling profiler, the part of the main thread's busy time with the extension's code on the
             stack, per state (low noise: the extension's own work, without the page's variance around it).
heap:        guiding on the busy feed for minutes, the JS heap with the extension minus without, after forced GC."""

from __future__ import annotations

import threading
import time

from .engines import Arm, BenchError
from .hosts import Host

STATES = {
    "prompt": None,
    "guiding": {"started": True, "dismissed": False, "observed": None, "observedAt": None},
    "done": {"started": False, "dismissed": False, "observed": "off", "observedAt": "2026-11-24T00:00:00Z"},
    "dismissed": {"started": False, "dismissed": True, "observed": None, "observedAt": None},
}
# What the overlay's data-status shows on a landing page in each state (done: nothing, off the settings pages).
EXPECTED_STATUS = {"prompt": "prompt", "guiding": "guiding", "done": None, "dismissed": "dismissed"}


def storage_for(host: Host, state: str) -> dict | None:
    value = STATES[state]
    return {f"guide:{host.guide}": value} if value else None


def open_page(arm: Arm, host: Host, state: str | None) -> None:
    """Load the host's busy page (with the extension: in `state`), then do what the user did before (host.setup)."""
    arm.load(host.url, storage_for(host, state) if state else None)
    if host.setup:
        arm.run(host.setup)


def check_state(arm: Arm, host: Host, state: str | None, seen: dict, when: str) -> str | None:
    """Guiding must show the first step (and its ring, where it has one): anything else fails the run. Other states
    differing from what is expected come back as a warning, kept with the sample."""
    if seen.get("nobench"):
        raise BenchError(f"{arm.name}: the busy feed is missing on {host.url}")
    if not arm.with_extension:
        if seen.get("status") is not None:
            raise BenchError(f"{arm.name} shows an overlay on {host.url}: {seen}")
        return None
    if state == "guiding":
        if seen.get("status") != "guiding" or seen.get("step") != host.step:
            raise BenchError(f"{arm.name}, {host.guide} {when} the window: expected status guiding at step "
                             f"{host.step!r}, the overlay shows {seen}")
        if host.target and not seen.get("spotlight"):
            raise BenchError(f"{arm.name}, {host.guide} {when} the window: guiding {host.step!r} without a spotlight")
        return None
    if seen.get("status") != EXPECTED_STATUS[state]:
        return f"{state}: status {seen.get('status')!r} {when} the window (expected {EXPECTED_STATUS[state]!r})"
    return None


def both(first, second):
    """Run two calls at once, each on its own browser (a WebDriver session is used by one thread only); returns
    (first(), second()). An exception in either is raised once both have ended."""
    out: dict = {}

    def call(name, fn):
        try:
            out[name] = (fn(), None)
        except BaseException as exc:  # noqa: BLE001 -- handed back to the caller below
            out[name] = (None, exc)

    thread = threading.Thread(target=call, args=("second", second))
    thread.start()
    call("first", first)
    thread.join()
    for name in ("first", "second"):
        if out[name][1] is not None:
            raise out[name][1]
    return out["first"][0], out["second"][0]


def paired_window(ext: Arm, plain: Arm, host: Host, state: str, ticks: int, settle: float) -> dict:
    """One state's window with the extension and its window without, measured at the same time: both browsers load
    the host's busy page, settle, and count `ticks` feed ticks together, so whatever slows the whole machine
    meanwhile slows both sides alike. Then both rest on a blank page."""
    started = time.monotonic()
    both(lambda: open_page(ext, host, state), lambda: open_page(plain, host, None))
    ext.start_counting()
    plain.start_counting()
    time.sleep(settle)
    seen = {"before": both(ext.overlay, plain.overlay)}
    samples = both(lambda: ext.measure(ticks), lambda: plain.measure(ticks))
    seen["after"] = both(ext.overlay, plain.overlay)
    both(ext.blank, plain.blank)
    warnings = []
    for when, (with_seen, without_seen) in seen.items():
        warnings += [w for w in [check_state(ext, host, state, with_seen, when)] if w]
        check_state(plain, host, None, without_seen, when)
    seconds = time.monotonic() - started
    out = {}
    for side, sample, (before, after) in (("with", samples[0], (seen["before"][0], seen["after"][0])),
                                          ("without", samples[1], (seen["before"][1], seen["after"][1]))):
        sample["page"] = summarize_page(sample["page"])
        sample.update({"status_before": before.get("status"), "status_after": after.get("status"),
                       "spotlight": after.get("spotlight"), "seconds": seconds})
        out[side] = sample
    if warnings:
        out["with"]["warnings"] = warnings
    return out


# The places of the extension's time kept per profiled window (the largest; the rest are small and many).
WHERE_KEPT = 20


def share_window(arm: Arm, host: Host, state: str, ticks: int, settle: float) -> dict:
    """Like a cost window with the extension, under a sampling profiler: the main thread's busy time in the samples
    and the part of it with the extension's code on the stack (Arm.stop_profiler). The profiler slows the page a
    little, so these windows are kept apart from the cost windows."""
    open_page(arm, host, state)
    arm.start_counting()
    time.sleep(settle)
    before = arm.overlay()
    warnings = [w for w in [check_state(arm, host, state, before, "before")] if w]
    arm.start_profiler()
    try:
        sample = arm.measure(ticks)
    finally:
        profile = arm.stop_profiler()
    warnings += [w for w in [check_state(arm, host, state, arm.overlay(), "after")] if w]
    arm.blank()
    profile["where"] = profile["where"][:WHERE_KEPT]
    sample = {"cpu_s": sample["cpu_s"], "machine_busy": sample["machine_busy"], **profile,
              "share": profile["extension_s"] / profile["busy_s"] if profile["busy_s"] > 0 else float("nan")}
    if warnings:
        sample["warnings"] = warnings
    return sample


def summarize_page(page: dict) -> dict:
    """The page's own view of a window, with its frame intervals summarized (the first one, from the window's start
    to the first frame, is left out)."""
    frames = sorted(page.get("frames", [])[1:])
    out = {k: v for k, v in page.items() if k != "frames"}
    if frames:
        out.update({"frames": len(frames), "frame_mean_ms": sum(frames) / len(frames),
                    "frame_p95_ms": frames[min(len(frames) - 1, int(0.95 * len(frames)))], "frame_max_ms": frames[-1],
                    "frames_over_33ms": sum(f > 33.4 for f in frames)})
    return out


def pair_ratio(pair: dict) -> float:
    """A paired window's ratio: CPU time of its first side over its second's (NaN when the second spent none)."""
    base = pair["without"]["cpu_s"]
    return pair["with"]["cpu_s"] / base if base > 0 else float("nan")


def cost_block(ext: Arm, plain: Arm, host: Host, states: list[str], ticks: int, settle: float,
               reverse: bool) -> dict:
    """One host's block in one round: for each state (in reverse order every other round) a paired window, with
    the extension and without it at the same time. The state's ratio is the one of its own pair."""
    order = list(reversed(states)) if reverse else list(states)
    windows, ratios = {}, {}
    for state in order:
        pair = paired_window(ext, plain, host, state, ticks, settle)
        windows[state], windows[f"{state} without"] = pair["with"], pair["without"]
        ratios[state] = pair_ratio(pair)
    return {"order": order, "windows": windows, "ratios": ratios}


def control_window(control: Arm, plain: Arm, host: Host, ticks: int, settle: float) -> dict:
    """A paired window with the extension on neither side: the control browser in the place of the one with it,
    the baseline in its own. Its ratio is what the method measures when the two pages differ in nothing."""
    pair = paired_window(control, plain, host, None, ticks, settle)
    return {"guide": host.guide, "windows": {"control": pair["with"], "plain": pair["without"]},
            "ratio": pair_ratio(pair)}


def spotlight_latency(ext: Arm, host: Host, insertions: int, settle: float) -> dict:
    """Guiding; the target is taken out and put back `insertions` times. Misses (no ring within 3 s) are counted."""
    open_page(ext, host, "guiding")
    time.sleep(settle)
    seen = ext.overlay()
    check_state(ext, host, "guiding", seen, "before")
    if not ext.run("return window.__bench.ringed(arguments[0])", host.target):
        raise BenchError(f"{ext.name}, {host.guide}: the spotlight does not enclose {host.target!r}")
    values, misses = [], 0
    for _ in range(insertions):
        ms = ext.run_async("window.__bench.spotlightLatency(arguments[0]).then(done);", host.target)
        if ms is None:
            misses += 1
        else:
            values.append(ms)
        time.sleep(0.05)
    ext.blank()
    return {"ms": values, "misses": misses, "selector": host.target}


def navigation_latency(ext: Arm, host: Host, count: int, settle: float) -> dict:
    """From guiding the first step, a client-side navigation to host.navigate's path; ms until its step is guided."""
    path, step = host.navigate
    values, misses = [], 0
    for _ in range(count):
        open_page(ext, host, "guiding")
        time.sleep(settle)
        check_state(ext, host, "guiding", ext.overlay(), "before")
        ms = ext.run_async("window.__bench.navigationLatency(arguments[0], 'guiding', arguments[1]).then(done);", path, step)
        if ms is None:
            misses += 1
        else:
            values.append(ms)
    ext.blank()
    return {"ms": values, "misses": misses, "path": path, "step": step}


# --- heap -----------------------------------------------------------------------------------------------------------

def _open_windows(arm: Arm, hosts: list[Host], state: str | None) -> dict[str, str]:
    """Each host's busy page in a window of its own (all visible, none throttled); returns guide -> handle."""
    d = arm.driver
    arm.blank()
    handles = {}
    for i, host in enumerate(hosts):
        if i:
            d.switch_to.new_window("window")
        handles[host.guide] = d.current_window_handle
        arm.page = d.current_window_handle
        if state and i == 0:
            arm.set_storage({k: v for h in hosts for k, v in (storage_for(h, state) or {}).items()})
        d.get(host.url)
        arm._blank = False
        if host.setup:
            d.execute_script(host.setup)
    return handles


def _feed_ticks(arm: Arm, handle: str) -> int:
    arm.driver.switch_to.window(handle)
    return arm.run("return window.__bench ? window.__bench.ticks() : null;")


def heap_run(pairs: dict[str, tuple[Arm, Arm]], hosts: list[Host], seconds: int, every: int = 60,
             log=print) -> dict:
    """All hosts' pages at once, guiding, in both browsers of every engine given (heap is not timing-sensitive);
    after `every` seconds and each `every` seconds to `seconds`, a forced GC and the JS heap of each page."""
    opened = {}
    for engine, (ext, plain) in pairs.items():
        opened[engine] = {"with": _open_windows(ext, hosts, "guiding"), "without": _open_windows(plain, hosts, None)}
    time.sleep(2)
    for engine, (ext, _) in pairs.items():
        for host in hosts:
            ext.driver.switch_to.window(opened[engine]["with"][host.guide])
            check_state(ext, host, "guiding", ext.overlay(), "at the start of")
    started = time.monotonic()
    samples: dict = {engine: {h.guide: [] for h in hosts} for engine in pairs}
    for t in range(every, seconds + 1, every):
        time.sleep(max(0.0, started + t - time.monotonic()))
        for engine, (ext, plain) in pairs.items():
            reading = {}
            for side, arm in (("with", ext), ("without", plain)):
                handles = opened[engine][side]
                if engine == "chromium":
                    for host in hosts:
                        arm.driver.switch_to.window(handles[host.guide])
                        reading.setdefault(host.guide, {})[side] = arm.chromium_heap_after_gc()
                else:
                    pids = {}
                    for host in hosts:
                        arm.driver.switch_to.window(handles[host.guide])
                        pids[host.guide] = arm.content_pid()
                    memory = arm.firefox_memory_after_gc(list(pids.values()))
                    for guide, pid in pids.items():
                        reading.setdefault(guide, {})[side] = memory[pid]
                for host in hosts:
                    reading[host.guide][side]["ticks"] = _feed_ticks(arm, handles[host.guide])
            for host in hosts:
                ext.driver.switch_to.window(opened[engine]["with"][host.guide])
                check_state(ext, host, "guiding", ext.overlay(), f"{t} s into")
                r = reading[host.guide]
                r["t"] = t
                r["difference_bytes"] = r["with"]["js_bytes"] - r["without"]["js_bytes"]
                if "all_js_bytes" in r["with"]:
                    r["difference_all_js_bytes"] = r["with"]["all_js_bytes"] - r["without"]["all_js_bytes"]
                samples[engine][host.guide].append(r)
            log(f"  heap {engine} {t} s: " + ", ".join(
                f"{g} {s[-1]['difference_bytes'] / 1e3:+.0f} KB" for g, s in samples[engine].items()))
    for engine, (ext, plain) in pairs.items():
        for side, arm in (("with", ext), ("without", plain)):
            handles = list(opened[engine][side].values())
            for handle in handles[1:]:
                arm.driver.switch_to.window(handle)
                arm.driver.close()
            arm.driver.switch_to.window(handles[0])
            arm.page = handles[0]
            arm.blank()
    return samples
