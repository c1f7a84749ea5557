"""`python -m optout_guide`: the same command line as the `optout-guide` script."""

import sys

from .cli import main

sys.exit(main())
