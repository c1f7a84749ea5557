"""Command-line entry point (placeholder until the toolchain lands)."""


def main() -> int:
    raise SystemExit("optout-guide: not implemented yet")
