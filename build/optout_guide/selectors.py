"""CSS selectors in guides run through querySelectorAll in the page; they must parse and use only what browsers
support (cssselect also parses its own extensions such as ':contains()', which browsers reject)."""

from __future__ import annotations

import cssselect
from cssselect import parser as css

# Pseudo-classes that querySelectorAll understands in current Chromium and Firefox and that make sense for
# finding an element (no user-action states such as :hover).
_PSEUDO_CLASSES = frozenset({
    "first-child", "last-child", "only-child", "first-of-type", "last-of-type", "only-of-type", "empty",
    "root", "scope", "checked", "disabled", "enabled", "required", "optional", "read-only", "read-write",
    "link", "any-link", "defined", "open", "modal", "popover-open", "focus-within", "indeterminate",
    "default", "placeholder-shown",
})
_FUNCTIONS = frozenset({"nth-child", "nth-last-child", "nth-of-type", "nth-last-of-type", "lang", "dir"})


def selector_problem(selector: str) -> str | None:
    """Why `selector` cannot be used in a guide, or None."""
    try:
        parsed = cssselect.parse(selector)
    except cssselect.SelectorError as exc:
        return f"CSS selector {selector!r} does not parse: {exc}; fix the selector"
    for item in parsed:
        if item.pseudo_element:
            return (f"CSS selector {selector!r} selects the pseudo-element '::{item.pseudo_element}', "
                    "which is never an element on the page; remove it")
        why = _unsupported(item.parsed_tree)
        if why:
            return f"CSS selector {selector!r}: {why}"
    return None


def _unsupported(node) -> str | None:
    if isinstance(node, css.Pseudo) and node.ident.lower() not in _PSEUDO_CLASSES:
        return f"':{node.ident}' is not a pseudo-class browsers support here; remove it"
    if isinstance(node, css.Function) and node.name.lower() not in _FUNCTIONS:
        return f"':{node.name}()' is not a pseudo-class browsers support (cssselect extension?); remove it"
    for child in _children(node):
        why = _unsupported(child)
        if why:
            return why
    return None


def _children(value):
    """The selector nodes directly inside `value` (attributes, argument lists, nested tuples)."""
    for child in vars(value).values() if hasattr(value, "__dict__") else value:
        if isinstance(child, css.Selector):
            yield child.parsed_tree
        elif isinstance(child, (list, tuple)):
            yield from _children(child)
        elif hasattr(child, "specificity"):
            yield child
