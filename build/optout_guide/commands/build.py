"""`optout-guide build`: validate, compile and package the extension for each browser."""

from __future__ import annotations

import argparse
import shutil
import time
from pathlib import Path

from .. import __version__
from ..book import render_book
from ..assemble import BROWSERS, read_bundle_spec, write_browser
from ..compile import normalize_guide
from ..guides import load_guides
from ..locales import STORE_PART, load_locales, overlay_strings, plain_strings
from ..package import deterministic_zip, staged_output
from ..resources import default_content_dir, default_out_dir, extension_dir

PACKAGE_NAME = "optout-guide"


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("build", help="validate the guides and build the extensions")
    p.add_argument("--content", type=Path, default=default_content_dir(), help="content directory (default: content/)")
    p.add_argument("--out", type=Path, default=default_out_dir(), help="output directory (default: dist/)")
    p.add_argument("--browser", choices=[*BROWSERS, "all"], default="all", help="which browser to build for")
    p.set_defaults(run=run)




def run(args: argparse.Namespace) -> int:
    started = time.perf_counter()
    browsers = BROWSERS if args.browser == "all" else (args.browser,)
    count = build_into(args.content, args.out, browsers)
    took = time.perf_counter() - started
    print(f"built {', '.join(browsers)} from {count} guide(s) into {args.out} in {took:.2f} s")
    return 0


def build_into(content: Path, out: Path, browsers: tuple[str, ...], extra=None) -> int:
    """Build into `out` through a staging folder; `extra(stage, guides, strings)` adds more output (a release).

    Everything that can fail on bad input happens before `out` is touched, and a failure leaves it as it was."""
    guides = [normalize_guide(doc.data) for doc in load_guides(content)]
    ext = extension_dir()
    spec = read_bundle_spec(ext)
    locales = load_locales(ext)
    store = plain_strings(load_locales(ext, (STORE_PART,)))
    overlay_ui = overlay_strings(locales)
    strings = {lang: {**texts, **store.get(lang, {})} for lang, texts in plain_strings(locales).items()}
    previous = out.resolve()

    with staged_output(out) as stage:
        render_book(guides, strings, stage / "site")
        for browser in BROWSERS:
            if browser in browsers:
                write_browser(stage / browser, browser, guides, locales, overlay_ui, ext, spec)
                shutil.copytree(stage / "site", stage / browser / "book")
                deterministic_zip(stage / browser, stage / f"{PACKAGE_NAME}-{__version__}-{browser}.zip")
            elif (previous / browser).is_dir():
                # Building one browser keeps the other's previous output.
                shutil.copytree(previous / browser, stage / browser)
                zip_name = f"{PACKAGE_NAME}-{__version__}-{browser}.zip"
                if (previous / zip_name).is_file():
                    shutil.copyfile(previous / zip_name, stage / zip_name)
        if extra:
            extra(stage, guides, strings)
    return len(guides)
