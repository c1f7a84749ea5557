"""Reading a saved copy of a real page: an .html file as "Save page as…" writes it (HTML only, or complete with
its _files folder), or a single-file .mhtml. Gives the HTML and, when the file records it, the page's address."""

from __future__ import annotations

import email
import email.policy
import re
from dataclasses import dataclass
from pathlib import Path

from .errors import InputError, Problem

MAX_BYTES = 30 * 1024 * 1024
HTML_SUFFIXES = (".html", ".htm")
MHTML_SUFFIXES = (".mhtml", ".mht")
# Chromium writes this comment at the top of a page saved as HTML.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(\S+?)\s*-->", re.I)


@dataclass
class SavedPage:
    path: Path
    html: str
    url: str | None  # where the page was saved from, if the file says


def _fail(path: Path, message: str) -> InputError:
    return InputError([Problem(str(path), 1, 1, message)])


def read_saved_page(path: Path) -> SavedPage:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise _fail(path, "is not a file; give a saved page (.html, .htm, .mhtml) or a folder of them")
        if size > MAX_BYTES:
            raise _fail(path, f"is {size} bytes, more than the {MAX_BYTES} a saved page may have")
        raw = path.read_bytes()
    except OSError as exc:
        raise _fail(path, f"cannot be read: {exc.strerror}")
    if not raw.strip():
        raise _fail(path, "is empty; save the page again")
    if b"\0" in raw[:65536]:
        raise _fail(path, "is a binary file, not a saved web page")
    if path.suffix.lower() in MHTML_SUFFIXES:
        return _read_mhtml(path, raw)
    if path.suffix.lower() not in HTML_SUFFIXES:
        raise _fail(path, f"has the suffix {path.suffix!r}; a saved page is .html, .htm or .mhtml")
    text = _decode(path, raw)
    if "<" not in text:
        raise _fail(path, "holds no HTML; save the page again with “Save page as…”")
    found = _SAVED_FROM.search(text[:4096])
    return SavedPage(path, text, found.group(1) if found else None)


def _decode(path: Path, raw: bytes, charset: str | None = None) -> str:
    for encoding in filter(None, (charset, "utf-8")):
        try:
            return raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
    raise _fail(path, "is not text in UTF-8 (or its declared charset); save the page again")


def _read_mhtml(path: Path, raw: bytes) -> SavedPage:
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    parts = message.walk() if message.is_multipart() else [message]
    for part in parts:
        if part.get_content_type() == "text/html":
            payload = part.get_payload(decode=True) or b""
            html = _decode(path, payload, part.get_content_charset())
            location = part.get("Content-Location") or message.get("Snapshot-Content-Location")
            return SavedPage(path, html, location)
    raise _fail(path, "is an MHTML file without an HTML page in it")
