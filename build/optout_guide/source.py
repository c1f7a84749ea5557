"""The source package a store reviewer rebuilds from: the toolchain, the guides, the extension's sources, the
exact versions of the toolchain's dependencies, and BUILD.md, which says how to get the same Firefox zip."""

from __future__ import annotations

import importlib.metadata
import re
import tempfile
from pathlib import Path

from packaging.requirements import Requirement

from . import __version__
from .package import deterministic_zip
from .resources import _CHECKOUT

INCLUDED = ("pyproject.toml", "README.md", "CHANGELOG.md", "build/optout_guide", "content", "extension")
SKIPPED = re.compile(r"(__pycache__|\.pyc$|\.egg-info)")


def dependency_lock() -> str:
    """requirements-build.lock: every installed distribution the toolchain needs, with its exact version."""
    wanted, seen = ["optout-guide"], {}
    while wanted:
        name = wanted.pop()
        key = re.sub(r"[-_.]+", "-", name).lower()
        if key in seen:
            continue
        dist = importlib.metadata.distribution(name)
        seen[key] = dist.version
        for line in dist.requires or []:
            requirement = Requirement(line)
            # Only what this Python needs without extras (the tests' extra is not needed to build).
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                wanted.append(requirement.name)
    seen.pop("optout-guide", None)
    return "".join(f"{name}=={version}\n" for name, version in sorted(seen.items()))


BUILD_MD = """# Building Opt-out Guide {version} from this source

Needs Python 3.11 or newer; nothing else (no Node.js, no bundler: the build is this Python toolchain).

```
python3 -m venv .venv
.venv/bin/pip install -r requirements-build.lock
PYTHONPATH=build .venv/bin/python -m optout_guide build --browser firefox --out out
```

`out/optout-guide-{version}-firefox.zip` is then byte for byte the submitted Firefox package (zips are written
with sorted names, fixed dates and modes). The JavaScript in it is the files of `extension/` put together by
`build/optout_guide/jsmodules.py` (imports resolved, nothing renamed); only the content scripts are minified,
with rjsmin, and `extension/` holds their readable sources. `content/guides/*.yaml` are the guides it carries.
"""


def write_source_package(target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder) / f"optout-guide-{__version__}-source"
        for entry in INCLUDED:
            source = _CHECKOUT / entry
            paths = [source] if source.is_file() else sorted(p for p in source.rglob("*") if p.is_file())
            for path in paths:
                relative = path.relative_to(_CHECKOUT)
                if SKIPPED.search(relative.as_posix()):
                    continue
                (root / relative).parent.mkdir(parents=True, exist_ok=True)
                (root / relative).write_bytes(path.read_bytes())
        (root / "requirements-build.lock").write_text(dependency_lock(), encoding="utf-8")
        (root / "BUILD.md").write_text(BUILD_MD.format(version=__version__), encoding="utf-8")
        deterministic_zip(root, target)
