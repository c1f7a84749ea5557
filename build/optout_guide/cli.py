"""`optout-guide`: the toolchain's command line."""

from __future__ import annotations

import argparse
import sys

from . import __version__
from .commands import build, check, check_page, release
from .errors import InputError


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="optout-guide", description="Validate opt-out guides and build the browser extension.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = p.add_subparsers(dest="command", required=True)
    build.add_parser(sub)
    check.add_parser(sub)
    check_page.add_parser(sub)
    release.add_parser(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return args.run(args)
    except InputError as exc:
        for problem in exc.problems:
            print(problem, file=sys.stderr)
        count = len(exc.problems)
        done = "nothing was checked" if args.command == "check-page" else "nothing was built"
        print(f"{count} problem{'s' if count != 1 else ''} found; {done}.", file=sys.stderr)
        return 2
    except OSError as exc:
        # The machine, not the input: say what failed without a traceback; the previous output is untouched.
        print(f"optout-guide: {exc.strerror or exc}: {exc.filename or ''}; nothing was built.", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
