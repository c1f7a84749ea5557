"""`optout-guide release`: everything both stores ask for, in one go: the two extension zips, the source package
with BUILD.md, the listings per language, and the privacy policy page (in the guide book site)."""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from .. import __version__
from ..assemble import BROWSERS
from ..resources import default_content_dir, default_out_dir
from ..source import write_source_package
from ..store import write_store
from .build import PACKAGE_NAME, build_into


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("release", help="build everything the browser stores ask for")
    p.add_argument("--content", type=Path, default=default_content_dir(), help="content directory (default: content/)")
    p.add_argument("--out", type=Path, default=default_out_dir(), help="output directory (default: dist/)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()

    def release_files(stage: Path, guides: list[dict], strings: dict) -> None:
        write_store(stage / "store", guides, strings)
        write_source_package(stage / f"{PACKAGE_NAME}-{__version__}-source.zip")

    count = build_into(args.content, args.out, BROWSERS, extra=release_files)
    took = time.perf_counter() - started
    print(f"released {__version__}: zips for {', '.join(BROWSERS)}, source package, store listings in "
          f"{len(list((args.out / 'store').iterdir()))} languages, from {count} guide(s), into {args.out} in {took:.2f} s")
    return 0
