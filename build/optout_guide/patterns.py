"""URL patterns run as Python regexes here and as JavaScript `new RegExp(source)` (no flags) in the engine.

Only the common subset is allowed: this module finds constructs that one of the two languages rejects or reads
differently, so that a pattern tested in one place cannot behave otherwise in the other."""

from __future__ import annotations

import re

# Escapes after a backslash that one language does not know or reads otherwise (outside the u flag).
_ESCAPES = {
    "A": "'\\A' is Python-only; use '^'",
    "Z": "'\\Z' is Python-only; use '$'",
    "z": "'\\z' is not portable; use '$'",
    "N": "'\\N{...}' is Python-only; write the character itself",
    "k": "named backreferences '\\k<...>' are JavaScript-only; use a plain group and '\\1'",
    "p": "'\\p{...}' classes need JavaScript's u flag, which the engine does not use; list the characters",
    "P": "'\\P{...}' classes need JavaScript's u flag, which the engine does not use; list the characters",
    "c": "control escapes '\\cX' are JavaScript-only; remove them",
    "G": "'\\G' is not supported by either language; remove it",
}

# Group openers after "(?" that are not in the common subset.
_GROUPS = [
    ("P<", "named groups '(?P<...>)' are Python-only; use a plain group"),
    ("P=", "named backreferences '(?P=...)' are Python-only; use '\\1'"),
    ("<=", None),  # lookbehind: both languages
    ("<!", None),
    ("<", "named groups '(?<...>)' are JavaScript-only; use a plain group"),
    ("#", "comments '(?#...)' are Python-only; remove them"),
    (">", "atomic groups '(?>...)' are Python-only; use a plain group"),
    ("(", "conditional groups '(?(...)...)' are Python-only; write two patterns instead"),
    (":", None),
    ("=", None),
    ("!", None),
]
_INLINE_FLAGS = re.compile(r"[aiLmsux-]+[:)]")


def portability_problem(pattern: str) -> str | None:
    """Why `pattern` is outside the common subset of Python and JavaScript regexes, or None."""
    i, n = 0, len(pattern)
    in_class = False
    while i < n:
        ch = pattern[i]
        if ch == "\\":
            escaped = pattern[i + 1] if i + 1 < n else ""
            if escaped in _ESCAPES and not (in_class and escaped in "AZz"):
                return _ESCAPES[escaped]
            if escaped == "u" and pattern[i + 2:i + 3] == "{":
                return "'\\u{...}' needs JavaScript's u flag, which the engine does not use; use '\\uXXXX'"
            i += 2
            continue
        if in_class:
            if ch == "]":
                in_class = False
            i += 1
            continue
        if ch == "[":
            if pattern.startswith("[^]", i):
                return "'[^]' means any character in JavaScript but not in Python; use '[\\s\\S]'"
            in_class = True
            # A ']' right after '[' or '[^' is a literal in Python but ends the class in JavaScript.
            j = i + 1 + (pattern[i + 1:i + 2] == "^")
            if pattern[j:j + 1] == "]":
                return "']' first in a character class is read differently by Python and JavaScript; escape it as '\\]'"
            i = j
            continue
        if ch == "(" and pattern.startswith("(?", i):
            rest = pattern[i + 2:]
            for opener, why in _GROUPS:
                if rest.startswith(opener):
                    if why:
                        return why
                    break
            else:
                if _INLINE_FLAGS.match(rest):
                    return "inline flags like '(?i)' are not portable; write the pattern without them"
            i += 2
            continue
        if ch == "+" and _after_quantifier(pattern, i):
            return "possessive quantifiers like '*+' are Python-only; drop the extra '+'"
        if ch == "{" and re.match(r"\{,\d+\}", pattern[i:]):
            return "'{,n}' is a quantifier in Python but literal text in JavaScript; write '{0,n}'"
        i += 1
    return None


def _escaped(pattern: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and pattern[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1


def _after_quantifier(pattern: str, index: int) -> bool:
    """Whether the '+' at index directly follows a quantifier (which makes it possessive in Python)."""
    if index == 0 or _escaped(pattern, index - 1):
        return False
    before = pattern[index - 1]
    if before in "*+":
        return True
    if before == "?":
        # 'a?+' is possessive; in '*?+' the '?' is a lazy marker (both languages reject that anyway).
        earlier = pattern[index - 2] if index > 1 else ""
        return earlier not in ("(", "*", "+", "?", "}", "") or _escaped(pattern, index - 2)
    if before == "}":
        return re.search(r"(?<!\\)\{\d+(,\d*)?\}$", pattern[:index]) is not None
    return False


def compile_problem(pattern: str) -> str | None:
    """Why `pattern` cannot be a URL pattern (not portable, or does not compile), or None."""
    why = portability_problem(pattern)
    if why:
        return f"URL pattern {pattern!r}: {why}"
    try:
        re.compile(pattern)
    except re.error as exc:
        return f"URL pattern {pattern!r} does not compile: {exc.msg} (at position {exc.pos}); fix the regular expression"
    return None
