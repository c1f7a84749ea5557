"""Shared helpers for the toolchain's unit tests."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from optout_guide.cli import main

ROOT = Path(__file__).resolve().parents[2]
REAL_CONTENT = ROOT / "content"


def tree_digest(folder: Path) -> dict[str, str]:
    """Every file below folder with the hash of its bytes: equal digests mean byte-identical trees."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*")) if p.is_file()
    }


def run_cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="session")
def good_build(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("good") / "dist"
    assert main(["build", "--content", str(REAL_CONTENT), "--out", str(out)]) == 0
    return out
