"""Browser-side modules: explicit `import`/`export` lines resolved into one scope per bundle.

Every file in extension/ is an ES module (node's test runner imports them as they are). The extension ships one
plain script per bundle, so the build does what a bundler would, and refuses what would break once the files
share one scope:

- an import from a file that does not exist, or of a name that file does not export;
- a top-level name defined in two modules of the same bundle;
- a name used but defined nowhere (not in the module, not imported, not a browser or language global).

Each problem is reported as FILE:LINE:COL. Output keeps the sources readable: modules in dependency order, with
the import lines removed and the `export` keywords dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path, PurePosixPath

import tree_sitter_javascript
from tree_sitter import Language, Node, Parser

from .errors import InputError, Problem
from .jsglobals import GLOBALS

_PARSER = Parser(Language(tree_sitter_javascript.language()))

_FUNCTIONS = {"function_declaration", "generator_function_declaration", "function_expression",
              "generator_function", "arrow_function", "method_definition"}
_SCOPES = _FUNCTIONS | {"program", "statement_block", "for_statement", "for_in_statement", "catch_clause",
                        "class_body", "switch_body"}
_DECLARED_BY_NAME = {"function_declaration", "generator_function_declaration", "class_declaration"}


@dataclass
class Module:
    path: str                                  # relative to extension/, e.g. "content/finder.js"
    display: str                               # as shown in problems
    text: str
    imports: list[tuple[str, str, Node]] = field(default_factory=list)   # (name, module path, node)
    exports: dict[str, Node] = field(default_factory=dict)
    top_level: dict[str, Node] = field(default_factory=dict)
    free: list[Node] = field(default_factory=list)  # identifiers used but not bound in the module
    cut: list[tuple[int, int]] = field(default_factory=list)  # byte ranges removed from the output

    @property
    def body(self) -> str:
        data = self.text.encode("utf-8")
        out, at = [], 0
        for start, end in sorted(self.cut):
            out.append(data[at:start])
            at = end
        out.append(data[at:])
        return b"".join(out).decode("utf-8").strip("\n")


def _at(module: Module, node: Node, message: str) -> Problem:
    line, col = node.start_point
    return Problem(module.display, line + 1, col + 1, message)


def _name(node: Node) -> str:
    return node.text.decode("utf-8")


def _pattern_names(node: Node | None) -> list[Node]:
    """The identifiers a binding pattern declares (`x`, `{a, b: [c]}`, `...rest`, `x = 1`)."""
    if node is None:
        return []
    if node.type in ("identifier", "shorthand_property_identifier_pattern"):
        return [node]
    if node.type == "pair_pattern":
        return _pattern_names(node.child_by_field_name("value"))
    if node.type in ("assignment_pattern", "object_assignment_pattern"):
        return _pattern_names(node.child_by_field_name("left"))
    if node.type in ("object_pattern", "array_pattern", "rest_pattern", "formal_parameters"):
        return [n for child in node.named_children for n in _pattern_names(child)]
    return []


def _enclosing_scope(node: Node) -> Node:
    parent = node.parent
    while parent is not None and parent.type not in _SCOPES:
        parent = parent.parent
    return parent


class _Scopes:
    """Which names each scope declares (scopes keyed by node id), and which identifiers are bindings."""

    def __init__(self, root: Node):
        self.names: dict[int, set[str]] = {}
        self.bindings: set[int] = set()
        self._walk(root)

    def declare(self, scope: Node, ident: Node) -> None:
        self.names.setdefault(scope.id, set()).add(_name(ident))
        self.bindings.add(ident.id)

    def _walk(self, node: Node) -> None:
        kind = node.type
        if kind in _DECLARED_BY_NAME and node.child_by_field_name("name") is not None:
            self.declare(_enclosing_scope(node), node.child_by_field_name("name"))
        if kind in ("function_expression", "generator_function", "class") and node.child_by_field_name("name"):
            self.declare(node, node.child_by_field_name("name"))
        if kind in _FUNCTIONS:
            params = node.child_by_field_name("parameters") or node.child_by_field_name("parameter")
            for ident in _pattern_names(params):
                self.declare(node, ident)
        elif kind == "variable_declarator":
            for ident in _pattern_names(node.child_by_field_name("name")):
                self.declare(_enclosing_scope(node), ident)
        elif kind == "for_in_statement" and node.child_by_field_name("kind") is not None:
            for ident in _pattern_names(node.child_by_field_name("left")):
                self.declare(node, ident)
        elif kind == "catch_clause":
            for ident in _pattern_names(node.child_by_field_name("parameter")):
                self.declare(node, ident)
        elif kind == "import_specifier":
            self.declare(_enclosing_scope(node), node.child_by_field_name("name"))
        for child in node.children:
            self._walk(child)

    def resolves(self, ident: Node) -> bool:
        name = _name(ident)
        scope = _enclosing_scope(ident)
        while scope is not None:
            if name in self.names.get(scope.id, ()):
                return True
            scope = _enclosing_scope(scope)
        return False


def _free_identifiers(root: Node, scopes: _Scopes) -> list[Node]:
    free = []
    stack = [root]
    while stack:
        node = stack.pop()
        if node.type in ("identifier", "shorthand_property_identifier") and node.id not in scopes.bindings:
            if not scopes.resolves(node):
                free.append(node)
        stack.extend(reversed(node.children))
    return free


@lru_cache(maxsize=256)
def parse_module(path: str, display: str, text: str) -> tuple[Module, list[Problem]]:
    """One module's imports, exports, top-level names and free names (cached: every guide's bundle shares them)."""
    module = Module(path, display, text)
    problems: list[Problem] = []
    tree = _PARSER.parse(text.encode("utf-8"))
    root = tree.root_node
    if root.has_error:
        bad = next(_errors(root))
        return module, [_at(module, bad, "JavaScript syntax error here; fix it")]
    for statement in root.named_children:
        if statement.type == "import_statement":
            _read_import(module, statement, problems)
            module.cut.append((statement.start_byte, statement.end_byte))
        elif statement.type == "export_statement":
            declaration = statement.child_by_field_name("declaration")
            if declaration is None:
                problems.append(_at(module, statement, "export the declaration itself (`export function f`, "
                                                       "`export const x`), not a list or a default"))
                continue
            keyword = statement.children[0]
            module.cut.append((keyword.start_byte, declaration.start_byte))
            for ident in _declared_names(declaration):
                module.exports[_name(ident)] = ident
                module.top_level[_name(ident)] = ident
        else:
            for ident in _declared_names(statement):
                module.top_level[_name(ident)] = ident
    module.free = _free_identifiers(root, _Scopes(root))
    return module, problems


def _errors(node: Node):
    if node.type == "ERROR" or node.is_missing:
        yield node
    for child in node.children:
        if child.has_error or child.type == "ERROR" or child.is_missing:
            yield from _errors(child)


def _declared_names(statement: Node) -> list[Node]:
    if statement.type in _DECLARED_BY_NAME:
        return [statement.child_by_field_name("name")]
    if statement.type in ("lexical_declaration", "variable_declaration"):
        return [ident for d in statement.named_children if d.type == "variable_declarator"
                for ident in _pattern_names(d.child_by_field_name("name"))]
    return []


def _read_import(module: Module, statement: Node, problems: list[Problem]) -> None:
    source = statement.child_by_field_name("source")
    spec = source.text.decode("utf-8").strip("\"'") if source is not None else ""
    if not spec.startswith("./") and not spec.startswith("../"):
        problems.append(_at(module, statement, f"import from {spec!r}: only relative paths to the project's own "
                                               "modules (./x.js, ../common/x.js)"))
        return
    target = str(PurePosixPath(module.path).parent.joinpath(spec))
    target = str(PurePosixPath(*_normalized_parts(target)))
    clause = next((c for c in statement.named_children if c.type == "import_clause"), None)
    named = clause.named_children[0] if clause is not None and clause.named_children else None
    if named is None or named.type != "named_imports":
        problems.append(_at(module, statement, "import names explicitly: import { a, b } from \"./x.js\""))
        return
    for specifier in named.named_children:
        if specifier.child_by_field_name("alias") is not None:
            problems.append(_at(module, specifier, "renaming imports (`as`) is not supported: every module "
                                                   "shares one scope once bundled; use the exported name"))
            continue
        ident = specifier.child_by_field_name("name")
        module.imports.append((_name(ident), target, ident))


def _normalized_parts(path: str) -> list[str]:
    parts: list[str] = []
    for part in path.split("/"):
        if part == "..":
            if parts:
                parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return parts


def bundle(extension_dir: Path, entry: str, virtual: dict[str, str] | None = None) -> str:
    """The modules reachable from `entry`, checked, in dependency order, as one scope's worth of source.

    `virtual` supplies generated modules by path (the guide data of a content script)."""
    virtual = virtual or {}
    modules: dict[str, Module] = {}
    problems: list[Problem] = []
    order: list[str] = []

    def load(path: str, importer: Module | None, node: Node | None) -> Module | None:
        if path in modules:
            return modules[path]
        if path in virtual:
            text, display = virtual[path], f"{path} (generated)"
        else:
            file = extension_dir / path
            if not file.is_file():
                if importer is not None:
                    problems.append(_at(importer, node, f"imports {path!r}, which does not exist"))
                else:
                    problems.append(Problem(str(extension_dir / "build.json"), 1, 1, f"entry {path!r} does not exist"))
                return None
            text, display = file.read_text(encoding="utf-8"), str(file)
        module, found = parse_module(path, display, text)
        problems.extend(found)
        modules[path] = module
        visiting.add(path)
        for name, target, ident in module.imports:
            if target in visiting:
                problems.append(_at(module, ident, f"import cycle through {target!r}: move what both need "
                                                   "into a module of its own"))
                continue
            dependency = load(target, module, ident)
            if dependency is not None and name not in dependency.exports:
                problems.append(_at(module, ident, f"{name!r} is not exported by {target}"))
        visiting.discard(path)
        order.append(path)
        return module

    visiting: set[str] = set()
    load(entry, None, None)
    problems.extend(_scope_problems([modules[p] for p in order]))
    if problems:
        raise InputError(problems)
    return "\n".join(f"// --- {path}\n{modules[path].body}\n" for path in order)


def _scope_problems(modules: list[Module]) -> list[Problem]:
    problems: list[Problem] = []
    owner: dict[str, Module] = {}
    for module in modules:
        for name, ident in module.top_level.items():
            if name in owner:
                other = owner[name]
                line = other.top_level[name].start_point[0] + 1
                problems.append(_at(module, ident, f"top-level name {name!r} is also defined in {other.display}:"
                                                   f"{line}; the bundle shares one scope, rename one of them"))
            else:
                owner[name] = module
    for module in modules:
        imported = {name for name, _, _ in module.imports}
        for ident in module.free:
            name = _name(ident)
            if name in imported or name in module.top_level or name in GLOBALS:
                continue
            problems.append(_at(module, ident, f"{name!r} is not defined: import it from the module that exports "
                                               "it (or, for a browser global, add it to jsglobals.py)"))
    return problems
