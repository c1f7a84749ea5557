"""Measurements in real headless Chromium against the busy-feed page served under https://x.com/bench/feed.html."""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from e2e.harness.browsers import start_chromium  # noqa: E402

FEED = "https://x.com/bench/feed.html"
STATES = {
    "prompt": None,
    "guiding": {"started": True, "dismissed": False, "observed": None, "observedAt": None},
    "done": {"started": False, "dismissed": False, "observed": "off", "observedAt": "2026-11-24T00:00:00Z"},
    "dismissed": {"started": False, "dismissed": True, "observed": None, "observedAt": None},
}


def start_plain_chromium(port: int):
    """The same Chromium without the extension: the baseline arm."""
    driver = start_chromium(None, port).driver
    driver.set_script_timeout(90)
    return driver


def task_duration(driver) -> float:
    metrics = driver.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]
    return next(m["value"] for m in metrics if m["name"] == "TaskDuration")


def heap_used(driver) -> float:
    metrics = driver.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]
    return next(m["value"] for m in metrics if m["name"] == "JSHeapUsedSize")


def load_state(ext, state: str) -> None:
    ext.reset()
    if STATES[state]:
        ext.set_storage({"guide:x": STATES[state]})
    ext.driver.get(FEED)


def measure_window(driver, seconds: float) -> dict:
    """Main-thread busy time (CDP TaskDuration) and the page's own frame times over one window."""
    driver.execute_cdp_cmd("Performance.enable", {})
    time.sleep(1.0)  # settle after load
    before = task_duration(driver)
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1]; window.__bench.collect(arguments[0]).then(done);", seconds * 1000)
    busy = task_duration(driver) - before
    frames = result["frames"][1:]
    return {"busy_s": busy, "long_task_ms": result["longTask"], "mean_frame_ms": statistics.mean(frames),
            "frames": len(frames)}


def overhead(ext, plain, rounds: int, seconds: float) -> dict:
    """With vs without the extension, interleaved round by round so load on the machine hits both arms."""
    samples = {state: [] for state in STATES}
    raw = []
    for r in range(rounds):
        for state in (list(STATES) if r % 2 == 0 else list(reversed(STATES))):
            # Only the measured browser runs the busy page; the other one rests on a blank page.
            ext.driver.get("about:blank")
            plain.get(FEED)
            base = measure_window(plain, seconds)
            plain.get("about:blank")
            load_state(ext, state)
            with_ext = measure_window(ext.driver, seconds)
            ratio = with_ext["busy_s"] / base["busy_s"] if base["busy_s"] else float("nan")
            samples[state].append(ratio)
            raw.append({"round": r, "state": state, "without": base, "with": with_ext, "ratio": ratio})
            status = ext.driver.execute_script(
                "const h = document.getElementById('optout-guide'); return h && h.dataset.status")
            raw[-1]["status_seen"] = status
            ext.driver.get("about:blank")
    return {"ratios": samples, "raw": raw}


def spotlight_latency(ext, insertions: int) -> list[float]:
    load_state(ext, "guiding")
    time.sleep(1.0)
    values = []
    for _ in range(insertions):
        ms = ext.driver.execute_async_script(
            "const done = arguments[arguments.length - 1]; window.__bench.spotlightLatency().then(done);")
        if ms is not None:
            values.append(ms)
    return values


def navigation_latency(ext, navigations: int) -> list[float]:
    values = []
    for _ in range(navigations):
        load_state(ext, "prompt")
        time.sleep(0.5)
        ms = ext.driver.execute_async_script(
            "const done = arguments[arguments.length - 1];"
            "window.__bench.navigationLatency('/settings/privacy_and_safety', 'searching').then(done);")
        if ms is not None:
            values.append(ms)
    return values


def heap_after(ext, plain, seconds: float) -> dict:
    load_state(ext, "guiding")
    plain.get(FEED)
    for d in (ext.driver, plain):
        d.execute_cdp_cmd("Performance.enable", {})
    time.sleep(seconds)
    for d in (ext.driver, plain):
        d.execute_cdp_cmd("HeapProfiler.enable", {})
        d.execute_cdp_cmd("HeapProfiler.collectGarbage", {})
    with_ext, without = heap_used(ext.driver), heap_used(plain)
    return {"with_bytes": with_ext, "without_bytes": without, "extension_bytes": with_ext - without, "seconds": seconds}


def open_browsers(dist: Path, port: int):
    ext = start_chromium(dist / "chrome", port)
    ext.driver.set_script_timeout(90)
    plain = start_plain_chromium(port)
    return ext, plain
