"""Toolchain build time: cold (a fresh process, as a maintainer runs it) and warm (in a running process)."""

from __future__ import annotations

import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from optout_guide.cli import main as cli_main

ROOT = Path(__file__).resolve().parents[1]


def build_times(repeats: int = 5) -> dict[str, float]:
    tool = Path(sys.executable).parent / "optout-guide"
    cold, warm = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for i in range(repeats):
            out = Path(tmp) / f"cold{i}"
            started = time.perf_counter()
            subprocess.run([str(tool), "build", "--out", str(out)], cwd=ROOT, check=True, capture_output=True)
            cold.append(time.perf_counter() - started)
        cli_main(["build", "--out", str(Path(tmp) / "prime")])
        for i in range(repeats):
            started = time.perf_counter()
            cli_main(["build", "--out", str(Path(tmp) / f"warm{i}")])
            warm.append(time.perf_counter() - started)
    return {"cold_s": statistics.median(cold), "warm_s": statistics.median(warm)}
