"""The browser-side pure code's own unit tests (tests/js, node's built-in test runner), run as part of pytest."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_node_unit_tests_pass():
    node = shutil.which("node")
    assert node, "node is needed for the JavaScript unit tests (make test installs the test tools)"
    done = subprocess.run([node, "--test", "tests/js/"], cwd=ROOT, capture_output=True, text=True, timeout=120)
    summary = [line for line in done.stdout.splitlines() if line.startswith("# ")]
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]
    assert any(line.startswith("# pass") and int(line.split()[-1]) > 0 for line in summary), summary
