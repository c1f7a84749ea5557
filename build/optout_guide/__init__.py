"""Build toolchain of the optout-guide browser extension."""

__version__ = "0.2.0"
