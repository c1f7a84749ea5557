"""`optout-guide check`: validate the guides and UI strings without building; warn about guides not checked
against the real site for a long time."""

from __future__ import annotations

import argparse
import datetime
import sys
from pathlib import Path

from ..guides import load_guides
from ..loader import Document
from ..locales import load_locales
from ..resources import default_content_dir, extension_dir

STALE_AFTER_DAYS = 90


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("check", help="validate the guides only")
    p.add_argument("--content", type=Path, default=default_content_dir(), help="content directory (default: content/)")
    p.add_argument("--today", type=datetime.date.fromisoformat, default=None, help=argparse.SUPPRESS)
    p.set_defaults(run=run)


def stale_warnings(docs: list[Document], today: datetime.date) -> list[str]:
    """One line per guide whose `checked` date is more than STALE_AFTER_DAYS old (a warning, not an error)."""
    lines = []
    for doc in docs:
        checked = datetime.date.fromisoformat(doc.data["checked"])
        age = (today - checked).days
        if age > STALE_AFTER_DAYS:
            line, col = doc.value_marks.get(("checked",), (1, 1))
            lines.append(f"{doc.file}:{line}:{col}: warning: guide {doc.data['id']!r} was last checked against the "
                         f"real site on {checked} ({age} days ago, more than {STALE_AFTER_DAYS}); check it (for "
                         "example with `optout-guide check-page` on a saved copy) and update `checked`")
    return lines


def run(args: argparse.Namespace) -> int:
    docs = load_guides(args.content)
    load_locales(extension_dir())
    for line in stale_warnings(docs, args.today or datetime.date.today()):
        print(line, file=sys.stderr)
    print(f"ok: {len(docs)} guide(s) valid: {', '.join(d.data['id'] for d in docs)}")
    return 0
