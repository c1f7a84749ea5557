"""Loading every guide of a content directory, with all problems collected before anything is built."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError, Problem
from .loader import Document, load_yaml
from .validate import cross_guide_problems, schema_problems, semantic_problems


def load_guides(content_dir: Path) -> list[Document]:
    """Load and validate content_dir/guides/*.yaml; raise InputError listing every problem found."""
    guides_dir = content_dir / "guides"
    if not guides_dir.is_dir():
        raise InputError([Problem(str(guides_dir), 1, 1, "no guides directory; create it with one <id>.yaml per platform")])
    files = sorted(p for p in guides_dir.iterdir() if p.suffix in (".yaml", ".yml"))
    if not files:
        raise InputError([Problem(str(guides_dir), 1, 1, "no guides found; add <id>.yaml files")])
    problems: list[Problem] = []
    docs: list[Document] = []
    mappings: list[Document] = []
    stems = {path.stem: str(path) for path in files if path.suffix == ".yaml"}
    for path in files:
        display = str(path)
        if path.suffix == ".yml":
            problems.append(Problem(display, 1, 1, "rename to .yaml (guides are <id>.yaml)"))
            continue
        try:
            doc = load_yaml(path, display, root=content_dir)
        except InputError as exc:
            problems.extend(exc.problems)
            continue
        if not isinstance(doc.data, dict):
            kind = {list: "a list", str: "a text", int: "a number", float: "a number", bool: "true or false"}.get(
                type(doc.data), "something else")
            problems.append(doc.problem((), f"a guide must be a mapping (id, name, steps, ...), not {kind}"))
            continue
        mappings.append(doc)
        found = schema_problems(doc)
        if not found:
            found = semantic_problems(doc, path.stem)
        problems.extend(found)
        if not found:
            docs.append(doc)
    problems.extend(cross_guide_problems(mappings, stems))
    if problems:
        raise InputError(problems)
    return docs
