"""Extension modules bundled for a test page, as the build bundles them (with the rules generated from the schema),
so DOM tests run exactly the code the content scripts ship."""

from __future__ import annotations

from pathlib import Path

from optout_guide import rules
from optout_guide.jsmodules import bundle

EXTENSION = Path(__file__).resolve().parents[3] / "extension"


def bundle_probe(entry_source: str) -> str:
    """One script: entry_source (ES module code importing from "./content/...") with its imports, in a closure."""
    source = bundle(EXTENSION, "probe.js", {"probe.js": entry_source, "content/guide-rules.js": rules.engine_module()})
    return "(() => {\n\"use strict\";\n" + source + "})();"
