"""Validation of guide documents: the JSON Schema first, then what a schema cannot say."""

from __future__ import annotations

import datetime
import re
from functools import lru_cache
from typing import Any
from urllib.parse import urlsplit

import jsonschema

from .errors import Problem
from .languages import ISO_639_1
from .loader import Document
from .patterns import compile_problem
from .rules import name_keys, schema, typed_values
from .selectors import selector_problem

@lru_cache(maxsize=1)
def _validator() -> jsonschema.protocols.Validator:
    cls = jsonschema.validators.validator_for(schema())
    cls.check_schema(schema())
    return cls(schema())


def _short(value) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


_TYPE_NAMES = {"string": "a string", "array": "a list", "object": "a mapping", "boolean": "true or false",
               "integer": "a whole number", "number": "a number"}


def _type_of(value) -> str:
    return {str: "a string", list: "a list", dict: "a mapping", bool: "a boolean", int: "a number",
            float: "a number", type(None): "nothing"}.get(type(value), type(value).__name__)


def _describe(error: jsonschema.ValidationError) -> tuple[tuple, str, bool]:
    """A message that says what to fix, the path to point at, and whether to point at the key."""
    path = tuple(error.absolute_path)
    where = _dotted(path)
    v, schema, value = error.validator, error.schema, error.instance
    if v == "required":
        missing = error.message.split("'")[1] if "'" in error.message else "?"
        return path, f"{where}: missing required key {missing!r}", False
    if v == "additionalProperties":
        extra = re.findall(r"'([^']+)'", error.message.split("(")[-1])
        allowed = sorted(schema.get("properties", {}))
        key = extra[0] if extra else None
        hint = f" (allowed: {', '.join(allowed)})" if allowed else ""
        return (path + (key,) if key else path), f"{where}: unknown key {key!r}{hint}; remove or rename it", True
    if v == "oneOf" and "required" in str(schema.get("oneOf", "")):
        keys = [next(iter(s["required"])) for s in schema["oneOf"]]
        return path, f"{where}: give exactly one of {', '.join(keys)}", False
    if v in ("oneOf", "anyOf") and error.context:
        # Explain the branch the value was meant for: one whose type fits, preferring errors deepest in the data.
        fitting = [e for e in error.context if not (e.validator == "type" and tuple(e.absolute_path) == path)]
        if fitting:
            return _describe(max(fitting, key=lambda e: len(list(e.absolute_path))))
        return path, f"{where}: {_short(value)} is neither {' nor '.join(_expected(s) for s in schema[v])}", False
    if v == "type":
        expected = error.validator_value if isinstance(error.validator_value, list) else [error.validator_value]
        got = _type_of(value) if value is None else f"{_type_of(value)} {_short(value)}"
        return path, f"{where}: expected {' or '.join(_TYPE_NAMES.get(t, t) for t in expected)}, got {got}", False
    if v == "maxLength":
        return path, f"{where}: is {len(value)} characters, more than the {error.validator_value} allowed; shorten it", False
    if v == "minLength":
        return path, f"{where}: must not be empty", False
    if v == "pattern" and "propertyNames" in error.schema_path:
        return (path + (value,), f"{where}: {_short(value)} is not a language code; use one of the guide's "
                                 "languages (two-letter codes such as en, de)", True)
    if v == "pattern":
        wanted = schema.get("description") or "must match " + error.validator_value
        wanted = (wanted[:1].lower() + wanted[1:]).rstrip(".")
        return path, f"{where}: {_short(value)} is not valid here ({wanted})", False
    if v == "enum":
        return path, f"{where}: {_short(value)} is not one of {', '.join(map(str, error.validator_value))}", False
    if v == "uniqueItems":
        return path, f"{where}: lists an entry twice; keep each once", False
    if v in ("minItems", "minProperties"):
        return path, f"{where}: must not be empty", False
    if v in ("maxItems", "maxProperties"):
        return path, f"{where}: has more than the {error.validator_value} entries allowed", False
    return path, f"{where}: {error.message[:200]}", False


def _expected(schema: dict) -> str:
    if "$ref" in schema:
        return "a " + schema["$ref"].rsplit("/", 1)[-1]
    return _TYPE_NAMES.get(schema.get("type"), "valid")


def _dotted(path: tuple) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out or "guide"


def schema_problems(doc: Document) -> list[Problem]:
    problems = []
    for error in _validator().iter_errors(doc.data):
        path, message, key = _describe(error)
        problems.append(doc.problem(path, message, key=key))
    return problems


# ---- semantic checks -------------------------------------------------------------------------------

def _is_real_date(value: str) -> bool:
    try:
        datetime.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def semantic_problems(doc: Document, file_stem: str) -> list[Problem]:
    data = doc.data
    problems: list[Problem] = []

    def add(path: tuple, message: str, key: bool = False) -> None:
        problems.append(doc.problem(path, message, key=key))

    if data.get("id") != file_stem:
        add(("id",), f"guide id {data.get('id')!r} must equal the file name {file_stem!r}")

    for path in (("checked",), ("about", "since")):
        value = data.get(path[0]) if len(path) == 1 else data.get("about", {}).get(path[1])
        if isinstance(value, str) and not _is_real_date(value):
            add(path, f"{value!r} is not a date that exists; write a real date as YYYY-MM-DD")

    languages = data.get("languages", [])
    for i, lang in enumerate(languages):
        if lang not in ISO_639_1:
            add(("languages", i), f"{lang!r} is not an ISO 639-1 language code (e.g. en, de, fr)")
    if "en" not in languages:
        add(("languages",), "languages must include 'en' (the fallback language)")

    seen: dict[str, int] = {}
    for i, step in enumerate(data.get("steps", [])):
        sid = step.get("id")
        if sid in seen:
            add(("steps", i, "id"), f"duplicate step id {sid!r} (also step {seen[sid] + 1}); step ids must be unique")
        else:
            seen[sid] = i

    hosts = data.get("hosts", [])
    url = data.get("setting", {}).get("url", "")
    host = urlsplit(url).hostname
    if host and host not in hosts:
        add(("setting", "url"), f"unknown host {host!r}: the setting's URL must be on one of the guide's hosts {hosts}")
    for i, step in enumerate(data.get("steps", [])):
        if step.get("host") is not None and step["host"] not in hosts:
            add(("steps", i, "host"), f"host {step['host']!r} is not one of the guide's hosts {hosts}")

    for path, kind, value in typed_values(data):
        if kind == "urlPattern" and isinstance(value, str):
            message = compile_problem(value)
            if message:
                add(path, message)
        elif kind == "selector" and isinstance(value, str):
            message = selector_problem(value)
            if message:
                add(path, message)
        elif kind in ("langText", "langNames") and isinstance(value, dict):
            missing = [l for l in languages if l not in value]
            extra = [l for l in value if l not in languages]
            # Instructions are ours to write in every language; site labels only where a source has them.
            if missing and kind == "langText":
                add(path, f"missing {', '.join(missing)}: every text needs all of the guide's languages {languages}")
            for lang in extra:
                add(path + (lang,), f"language {lang!r} is not in the guide's languages {languages}; add it there or remove it", key=True)
        elif kind == "strategy" and isinstance(value, dict):
            loose = _loose_strategy_problem(value)
            if loose:
                add(path + (loose[0],), loose[1])
    return problems


# A name of one short word matched by part (starts/ends/contains) finds look-alikes: X's left-nav "Grok" link
# for the "Grok & Third-party Collaborators" row. Such a strategy needs `within:` the panel it belongs to.
LOOSE_WORD_LENGTH = 12


def _names(value: Any) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [v for v in value if isinstance(v, str)]
    if isinstance(value, dict):
        return [n for v in value.values() for n in _names(v)]
    return []


def _loose_strategy_problem(strategy: dict) -> tuple[str, str] | None:
    """(key, message) when a strategy can match look-alikes anywhere on the page, else None."""
    if "within" in strategy or "row" in strategy:
        return None
    if "role" in strategy and "name" not in strategy:
        return ("role", f"role {strategy['role']!r} without a name matches any such element on the page; "
                        "add a name, or `within:` the panel where the target lives")
    if strategy.get("match") not in ("starts", "ends", "contains"):
        return None
    key = next((k for k in name_keys() if k in strategy), None)
    if key is None:
        return None
    short = [n for n in _names(strategy[key]) if len(n.split()) == 1 and len(n.strip()) <= LOOSE_WORD_LENGTH]
    if not short:
        return None
    return ("match", f"{key} {short[0].strip()!r} is a single short word matched with {strategy['match']!r}: it also "
                     "finds look-alikes elsewhere (site navigation, other controls); match exact, drop the word, "
                     "or add `within:` the panel where the target lives")


def cross_guide_problems(docs: list[Document], stems: dict[str, str]) -> list[Problem]:
    """Problems between files: a guide id that names another file, and the same host in two guides.

    `docs` are all guides that loaded as mappings (valid or not); `stems` maps each guide file's name without
    .yaml to its display path."""
    problems = []
    hosts: dict[str, Document] = {}
    for doc in docs:
        gid = doc.data.get("id")
        own = next((stem for stem, file in stems.items() if file == doc.file), None)
        if isinstance(gid, str) and gid != own and gid in stems:
            problems.append(doc.problem(("id",), f"guide id {gid!r} clashes with {stems[gid]}, which has that name; "
                                                  "give this guide its own id and file name"))
        listed = doc.data.get("hosts")
        for i, host in enumerate(listed if isinstance(listed, list) else []):
            if not isinstance(host, str):
                continue
            if host in hosts:
                problems.append(doc.problem(("hosts", i), f"host {host!r} is already claimed by {hosts[host].file}; one guide per host"))
            else:
                hosts[host] = doc
    return problems
