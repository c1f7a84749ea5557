"""The guide format's rules as the schema states them (content/guide.schema.json), for the validator, the
compiler and the engine alike: which strategies and roles exist, which elements have a role implicitly, which
condition keys read an element's state, and what kind of value sits where in a guide."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any, Iterator

from .resources import schema_path


@lru_cache(maxsize=1)
def schema() -> dict:
    return json.loads(schema_path().read_text(encoding="utf-8"))


def _defs() -> dict:
    return schema()["$defs"]


def strategy_kinds() -> list[str]:
    """The "by" keys of a strategy, in the schema's order (href, testid, role, ...)."""
    return [branch["required"][0] for branch in _defs()["strategy"]["oneOf"]]


def name_keys() -> list[str]:
    """Strategy keys whose value is a LangNames (matched with `match`)."""
    props = _defs()["strategy"]["properties"]
    return [k for k, v in props.items() if v.get("$ref") == "#/$defs/langNames"]


def role_selectors() -> dict[str, str]:
    """CSS for every role: its explicit role attribute, plus the elements that have it implicitly."""
    role = _defs()["strategy"]["properties"]["role"]
    implicit = role.get("x-implicit-elements", {})
    return {r: ",".join(filter(None, [implicit.get(r), f'[role="{r}"]'])) for r in role["enum"]}


def state_keys() -> list[str]:
    """Condition keys that read the state of an element (the condition's own, or the step's target)."""
    return [k for k in _defs()["condition"]["properties"] if k not in ("url", "element", "no_element", "all")]


def engine_module() -> str:
    """The engine's copy of these rules, as the generated module content/guide-rules.js."""
    def const(name: str, value: Any) -> str:
        return f"export const {name} = {json.dumps(value, ensure_ascii=False, sort_keys=True)};\n"
    return (const("ROLE_SELECTORS", role_selectors()) + const("STRATEGY_KINDS", strategy_kinds())
            + const("STATE_KEYS", state_keys()))


def _resolve(node: dict) -> tuple[str | None, dict]:
    name = None
    while "$ref" in node:
        name = node["$ref"].rsplit("/", 1)[-1]
        node = _defs()[name]
    return name, node


_JSON_TYPES = {dict: "object", list: "array", str: "string", bool: "boolean", int: "integer", float: "number"}


def _fits(node: dict, value: Any) -> bool:
    wanted = node.get("type")
    if wanted is None:
        return True
    kinds = wanted if isinstance(wanted, list) else [wanted]
    return _JSON_TYPES.get(type(value)) in kinds or (isinstance(value, int) and "number" in kinds)


def typed_values(data: Any) -> Iterator[tuple[tuple, str, Any]]:
    """(path, $defs name, value) for every value in a schema-valid guide whose schema is a named definition."""
    def walk(node: dict, value: Any, path: tuple) -> Iterator[tuple[tuple, str, Any]]:
        name, node = _resolve(node)
        if name:
            yield path, name, value
        for key in ("oneOf", "anyOf"):
            if key in node:
                branch = next((b for b in node[key] if _fits(_resolve(b)[1], value)), None)
                if branch is not None:
                    yield from walk(branch, value, path)
        if isinstance(value, dict):
            props = node.get("properties", {})
            extra = node.get("additionalProperties")
            for k, v in value.items():
                child = props.get(k, extra if isinstance(extra, dict) else None)
                if child is not None:
                    yield from walk(child, v, path + (k,))
        elif isinstance(value, list) and isinstance(node.get("items"), dict):
            for i, v in enumerate(value):
                yield from walk(node["items"], v, path + (i,))
    yield from walk(schema(), data, ())
