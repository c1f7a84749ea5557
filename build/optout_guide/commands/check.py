"""`optout-guide check`: validate the guides and UI strings without building."""

from __future__ import annotations

import argparse
from pathlib import Path

from ..guides import load_guides
from ..locales import load_locales
from ..resources import default_content_dir, extension_dir


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("check", help="validate the guides only")
    p.add_argument("--content", type=Path, default=default_content_dir(), help="content directory (default: content/)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    docs = load_guides(args.content)
    load_locales(extension_dir())
    print(f"ok: {len(docs)} guide(s) valid: {', '.join(d.data['id'] for d in docs)}")
    return 0
