"""What each host's content script injects: bytes and gzip bytes, guide data included."""

from __future__ import annotations

import gzip
from pathlib import Path


def content_script_sizes(dist: Path) -> dict[str, dict[str, int]]:
    out = {}
    for path in sorted((dist / "chrome" / "content").glob("*.js")):
        data = path.read_bytes()
        out[path.stem] = {"bytes": len(data), "gzip": len(gzip.compress(data, 9))}
    return out
