"""Where the toolchain finds the schema and the extension sources: the source checkout, else package data."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_CHECKOUT = _PACKAGE.parent.parent  # build/optout_guide -> repository root
_DATA = _PACKAGE / "_data"


def _pick(checkout_relative: str, data_relative: str) -> Path:
    in_checkout = _CHECKOUT / checkout_relative
    return in_checkout if in_checkout.exists() else _DATA / data_relative


def schema_path() -> Path:
    return _pick("content/guide.schema.json", "guide.schema.json")


def extension_dir() -> Path:
    return _pick("extension", "extension")


def default_content_dir() -> Path:
    return Path("content")


def default_out_dir() -> Path:
    return Path("dist")


TEMPLATES = _PACKAGE / "templates"
