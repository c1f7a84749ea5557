"""Normalizing a validated guide into the form the content script and the popup read."""

from __future__ import annotations

import copy
import re
import unicodedata
from typing import Any

from .rules import name_keys


# JavaScript's \s, which the engine's normalize() collapses; Python's str.split() knows a different set.
_JS_WHITESPACE = re.compile("[\t\n\v\f\r \u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+")


def normalize_text(s: str) -> str:
    """Same as the engine's normalize(): NFC, lower case, whitespace collapsed, trimmed (tests/normalize_cases.json)."""
    return _JS_WHITESPACE.sub(" ", unicodedata.normalize("NFC", s).lower()).strip(" ")


def _flatten_names(names: dict[str, Any]) -> list[str]:
    out: list[str] = []
    for value in names.values():
        for name in [value] if isinstance(value, str) else value:
            n = normalize_text(name)
            if n and n not in out:
                out.append(n)
    return out


def _strategy(strategy: dict) -> dict:
    s = dict(strategy)
    for key in name_keys():
        if isinstance(s.get(key), dict):
            s[key] = _flatten_names(s[key])
    if "role" in s or any(k in s for k in name_keys()):
        s.setdefault("match", "exact")  # always present where it applies: the engine never has to know the default
    if "row" in s:
        s["row"] = {"css": s["row"]["css"], "text": _flatten_names(s["row"]["text"])}
    return s


def _conditions(value: Any) -> list[dict]:
    if value is None:
        return []
    items = value if isinstance(value, list) else [value]
    out = []
    for cond in items:
        c = dict(cond)
        if isinstance(c.get("url"), str):
            c["url"] = [c["url"]]
        for key in ("element", "no_element"):
            if key in c:
                c[key] = [_strategy(s) for s in c[key]]
        for key in ("name_ends", "text_ends"):
            if key in c:
                c[key] = _flatten_names(c[key])
        if "all" in c:
            c["all"] = _conditions(c["all"])
        out.append(c)
    return out


def _opposite_of_checked(opted_out: list[dict]) -> list[dict]:
    """The default opted_in: each opted_out condition that reads a checked state, with that state flipped.

    Text readings (name_ends) are left out: "does not end in Off" is not the same as "on"."""
    out = []
    for cond in opted_out:
        if "all" in cond:
            out.extend(_opposite_of_checked(cond["all"]))  # on while any of them is on
        elif "checked" in cond and "name_ends" not in cond and "text_ends" not in cond:
            out.append({**cond, "checked": not cond["checked"]})
    return out


def normalize_guide(data: dict) -> dict:
    """The full normalized guide (with about), as written to data/guides.json."""
    g = copy.deepcopy(data)
    g.setdefault("kind", "guide")
    g["about"].setdefault("links", [])
    if g["kind"] == "route":
        g["hosts"] = []  # nothing runs on any site: no content script, no host permission
        return g
    g["steps"] = [
        {
            "id": step["id"],
            "host": step.get("host"),
            "when": _conditions(step.get("when")),
            "target": [_strategy(s) for s in step.get("target", [])],
            "open": step.get("open"),
            "complete": _conditions(step.get("complete")),
            "text": step["text"],
        }
        for step in data["steps"]
    ]
    g["opted_out"] = _conditions(data["opted_out"])
    g["opted_in"] = _conditions(data["opted_in"]) if "opted_in" in data else _opposite_of_checked(g["opted_out"])
    return g


def content_guide(normalized: dict) -> dict:
    """What a content script carries: no about facts, nothing the engine does not read."""
    keep = ("id", "name", "checked", "languages", "hosts", "settings_area", "setting", "steps", "opted_out", "opted_in")
    return {k: normalized[k] for k in keep}
