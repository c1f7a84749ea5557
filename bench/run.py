"""`python -m bench [--quick]`: run every measurement and write bench/results.md and bench/results.json."""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from . import browser_runs
from .buildtime import build_times
from .report import write_report
from .sizes import content_script_sizes

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def machine() -> str:
    cpu = "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    chromium = subprocess.run(["chromium", "--version"], capture_output=True, text=True).stdout.strip() or "chromium"
    return f"{os.cpu_count()} cores ({cpu}), {platform.system()} {platform.release()}, Python {platform.python_version()}, {chromium}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="a ~1 minute smoke run with fewer rounds")
    args = parser.parse_args(argv)
    rounds, window, insertions, navigations, heap_s = (1, 2, 30, 5, 10) if args.quick else (4, 3, 40, 15, 60)

    from e2e.harness.certs import make_certificate  # the test harness: one server and launcher for both
    from e2e.harness.server import REPLICAS, ReplicaServer

    results: dict = {"machine": machine(), "quick": args.quick, "started": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())}
    print("build time ...", flush=True)
    results["build"] = build_times()
    with tempfile.TemporaryDirectory() as tmp:
        dist = Path(tmp) / "dist"
        subprocess.run([str(Path(sys.executable).parent / "optout-guide"), "build", "--out", str(dist)],
                       cwd=ROOT, check=True, capture_output=True)
        results["sizes"] = content_script_sizes(dist)
        cert, key = make_certificate(Path(tmp))
        roots = {p.name: p for p in REPLICAS.iterdir() if p.is_dir()}
        roots["x.com"] = HERE / "pages" / "x.com"
        server = ReplicaServer(cert, key, roots).start()
        ext, plain = browser_runs.open_browsers(dist, server.port)
        try:
            print("main-thread overhead ...", flush=True)
            results["overhead"] = browser_runs.overhead(ext, plain, rounds, window)
            print("spotlight latency ...", flush=True)
            results["spotlight_ms"] = browser_runs.spotlight_latency(ext, insertions)
            print("navigation latency ...", flush=True)
            results["navigation_ms"] = browser_runs.navigation_latency(ext, navigations)
            print(f"heap after {heap_s} s ...", flush=True)
            results["heap"] = browser_runs.heap_after(ext, plain, heap_s)
        finally:
            ext.quit()
            plain.quit()
            server.stop()
    results["finished"] = time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())
    out = HERE / ("results.quick" if args.quick else "results")
    write_report(results, out)
    print(f"wrote {out}.md and {out}.json")
    return 0
