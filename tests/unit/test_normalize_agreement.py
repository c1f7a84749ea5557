"""The toolchain's normalizer against the table the engine's normalizer is tested on too (tests/js)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from optout_guide.compile import normalize_text

TABLE = json.loads((Path(__file__).resolve().parents[1] / "normalize_cases.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("text,expected", TABLE["cases"])
def test_normalize_text(text, expected):
    assert normalize_text(text) == expected
