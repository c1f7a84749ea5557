"""Benchmarks of the extension: injected size, main-thread cost on a busy page, spotlight and navigation
latency, memory, and build time. `python -m bench` (or `make bench`) writes bench/results.md and .json."""
