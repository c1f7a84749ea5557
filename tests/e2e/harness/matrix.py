"""How much of the test matrix runs: `make test` (quick enough for two cores) or `make test-full` (E2E_FULL=1)."""

import os

FULL = os.environ.get("E2E_FULL") == "1"

# Tests that repeat one action to catch a race (the final click, from a fresh state each time): eight rounds per
# browser and variant in `make test`, twenty in the full matrix.
REPEATS = 20 if FULL else 8
