"""UI strings: extension/locales/<part>/<lang>.json merged into _locales/<lang>/messages.json."""

from __future__ import annotations

import json
from pathlib import Path

from .errors import InputError, Problem

PARTS = ("overlay", "ui")  # shipped in the extension's _locales
STORE_PART = "store"       # the store listings and the privacy page: not shipped in the extension


def load_locales(extension_dir: Path, parts: tuple[str, ...] = PARTS) -> dict[str, dict[str, dict]]:
    """{lang: {key: {"message": ..., ...}}} over all parts; every language must have every key."""
    merged: dict[str, dict[str, dict]] = {}
    part_keys: dict[str, dict[str, set]] = {}
    problems: list[Problem] = []
    for part in parts:
        folder = extension_dir / "locales" / part
        if not folder.is_dir():
            continue
        for path in sorted(folder.glob("*.json")):
            lang = path.stem
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as exc:
                line, col = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
                problems.append(Problem(str(path), line, col, f"not valid JSON: {exc}"))
                continue
            for key, entry in data.items():
                if not isinstance(entry, dict) or not isinstance(entry.get("message"), str):
                    problems.append(Problem(str(path), 1, 1, f"key {key!r} needs a \"message\" string"))
                    continue
                if key in merged.get(lang, {}):
                    problems.append(Problem(str(path), 1, 1, f"key {key!r} is defined in two locale parts"))
                merged.setdefault(lang, {})[key] = entry
            part_keys.setdefault(part, {})[lang] = set(data)
    for part, by_lang in part_keys.items():
        every = set().union(*by_lang.values())
        for lang, keys in sorted(by_lang.items()):
            for key in sorted(every - keys):
                path = extension_dir / "locales" / part / f"{lang}.json"
                problems.append(Problem(str(path), 1, 1, f"missing key {key!r} (other languages have it); translate it"))
    if "en" not in merged:
        problems.append(Problem(str(extension_dir / "locales"), 1, 1, "no English (en) strings found"))
    if problems:
        raise InputError(problems)
    return merged


def overlay_strings(merged: dict[str, dict[str, dict]]) -> dict[str, dict[str, str]]:
    return {
        lang: {k: v["message"] for k, v in sorted(entries.items()) if k.startswith("overlay_")}
        for lang, entries in sorted(merged.items())
    }


def plain_strings(merged: dict[str, dict[str, dict]]) -> dict[str, dict[str, str]]:
    return {lang: {k: v["message"] for k, v in sorted(e.items())} for lang, e in sorted(merged.items())}
