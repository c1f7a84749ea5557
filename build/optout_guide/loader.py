"""Safe YAML loading that remembers where every value came from.

Only the YAML node graph is composed by PyYAML's SafeLoader; values are built here, so that duplicate keys,
unknown tags, alias bombs and absurd nesting are reported with their position instead of being built.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from .errors import InputError, Problem

MAX_BYTES = 256 * 1024
MAX_NODES = 50_000  # after alias expansion
MAX_DEPTH = 40

Path_ = tuple  # a path into the data: keys and list indexes

_PLAIN_TAGS = {
    "tag:yaml.org,2002:str",
    "tag:yaml.org,2002:int",
    "tag:yaml.org,2002:float",
    "tag:yaml.org,2002:bool",
    "tag:yaml.org,2002:null",
    "tag:yaml.org,2002:timestamp",
}


@dataclass
class Document:
    """A loaded YAML file: its data and the position of every value and key in it."""

    file: str
    data: Any
    value_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    key_marks: dict[Path_, tuple[int, int]] = field(default_factory=dict)

    def where(self, path: Path_, key: bool = False) -> tuple[int, int]:
        """Line and column of the value at `path`, or of its nearest ancestor that has one."""
        path = tuple(path)
        marks = self.key_marks if key else self.value_marks
        while path:
            if path in marks:
                return marks[path]
            if not key and path in self.key_marks:
                return self.key_marks[path]
            path = path[:-1]
        return self.value_marks.get((), (1, 1))

    def problem(self, path: Path_, message: str, key: bool = False) -> Problem:
        line, col = self.where(path, key)
        return Problem(self.file, line, col, message)


def _mark(node: yaml.Node) -> tuple[int, int]:
    return node.start_mark.line + 1, node.start_mark.column + 1


class _Builder:
    def __init__(self, file: str, loader):
        self.doc = Document(file, None)
        self.loader = loader
        self.count = 0
        self.open_nodes: set[int] = set()  # collections being built, to catch aliases that point into themselves

    def fail(self, node: yaml.Node, message: str) -> InputError:
        line, col = _mark(node)
        return InputError([Problem(self.doc.file, line, col, message)])

    def build(self, node: yaml.Node, path: Path_, depth: int) -> Any:
        self.count += 1
        if self.count > MAX_NODES:
            raise self.fail(node, f"document expands to more than {MAX_NODES} values (alias bomb?); "
                                  "write the data out instead of nesting aliases")
        if depth > MAX_DEPTH:
            raise self.fail(node, f"data nested deeper than {MAX_DEPTH} levels; flatten it")
        self.doc.value_marks.setdefault(path, _mark(node))
        if isinstance(node, (yaml.MappingNode, yaml.SequenceNode)):
            if id(node) in self.open_nodes:
                raise self.fail(node, "an alias refers to the collection that contains it (a cycle); write the data out")
            self.open_nodes.add(id(node))
            try:
                return self.build_collection(node, path, depth)
            finally:
                self.open_nodes.discard(id(node))
        if node.tag not in _PLAIN_TAGS:
            raise self.fail(node, f"tag {node.tag!r} is not allowed; only plain YAML values are")
        value = self.loader.construct_object(node, deep=True)
        if isinstance(value, (datetime.date, datetime.datetime)):
            value = value.isoformat()
        return value

    def build_collection(self, node: yaml.Node, path: Path_, depth: int) -> dict | list:
        if isinstance(node, yaml.MappingNode):
            return self.build_mapping(node, path, depth)
        if node.tag != "tag:yaml.org,2002:seq":
            raise self.fail(node, f"tag {node.tag!r} is not allowed; remove it")
        return [self.build(item, path + (i,), depth + 1) for i, item in enumerate(node.value)]

    def build_mapping(self, node: yaml.MappingNode, path: Path_, depth: int) -> dict:
        if node.tag != "tag:yaml.org,2002:map":
            raise self.fail(node, f"tag {node.tag!r} is not allowed; remove it")
        result: dict = {}
        for key_node, value_node in node.value:
            if key_node.tag == "tag:yaml.org,2002:merge":
                raise self.fail(key_node, "merge keys ('<<') are not supported; write the keys out")
            if not isinstance(key_node, yaml.ScalarNode) or key_node.tag not in _PLAIN_TAGS:
                raise self.fail(key_node, "mapping keys must be plain strings")
            key = key_node.value
            if key in result:
                first = self.doc.key_marks.get(path + (key,), (0, 0))[0]
                raise self.fail(key_node, f"duplicate key {key!r} (first defined on line {first}); keep one")
            self.doc.key_marks[path + (key,)] = _mark(key_node)
            result[key] = self.build(value_node, path + (key,), depth + 1)
        return result


def _position_of_byte(raw: bytes, offset: int) -> tuple[int, int]:
    before = raw[:offset]
    line = before.count(b"\n") + 1
    col = offset - (before.rfind(b"\n") + 1) + 1
    return line, col


def _tab_problem(text: str) -> tuple[int, int] | None:
    """Position of the first tab: YAML forbids tabs in indentation and they hide in values; guides use spaces."""
    index = text.find("\t")
    if index < 0:
        return None
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _one_line(text: str) -> str:
    return " ".join(str(text).split())


def load_yaml(path: Path, display: str, root: Path | None = None) -> Document:
    """Load one YAML file safely; raise InputError with positions for anything wrong."""
    def problem(message: str, line: int = 1, col: int = 1) -> InputError:
        return InputError([Problem(display, line, col, message)])

    if path.is_symlink():
        target = path.resolve()
        if root is None or not target.is_relative_to(root.resolve()):
            raise problem("is a symbolic link to a file outside the content directory; copy the file in instead")
    if not path.is_file():
        raise problem("is not a regular file; a guide is a plain <id>.yaml file")
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_BYTES + 1)
            size = path.stat().st_size
    except OSError as exc:
        raise problem(f"cannot be read: {exc.strerror}")
    if len(raw) > MAX_BYTES:
        raise problem(f"file is {max(size, len(raw))} bytes, more than the {MAX_BYTES} allowed; split or shorten it")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line, col = _position_of_byte(raw, exc.start)
        raise problem(f"byte 0x{raw[exc.start]:02x} is not valid UTF-8; save the file as UTF-8", line, col)
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.strip() or all(l.strip().startswith("#") or not l.strip() for l in text.splitlines()):
        raise problem("file is empty; a guide is a mapping with id, name, steps, ...")
    bad = yaml.reader.Reader.NON_PRINTABLE.search(text)
    if bad:
        line, col = _position_of_char(text, bad.start())
        raise problem(f"character U+{ord(bad.group()):04X} (a control or non-character) is not allowed in YAML; remove it", line, col)
    tab = _tab_problem(text)
    if tab:
        raise problem("tab character; indent and separate with spaces, not tabs (write \\t in a quoted string "
                      "if a text really needs one)", *tab)
    # libyaml's parser when present (much faster); both keep node positions.
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)(text)
    try:
        node = loader.get_single_node()
        if node is None:
            raise problem("file is empty; a guide is a mapping with id, name, steps, ...")
        builder = _Builder(display, loader)
        builder.doc.data = builder.build(node, (), 0)
        return builder.doc
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        what = _one_line(exc.problem or "invalid YAML")
        context = ""
        if exc.context and exc.context_mark:
            context = f" ({_one_line(exc.context)} at line {exc.context_mark.line + 1}, column {exc.context_mark.column + 1})"
        raise problem(f"YAML syntax error: {what}{context}; fix the YAML at this position", line, col)
    except yaml.YAMLError as exc:
        raise problem(f"YAML error: {_one_line(exc)}")
    finally:
        loader.dispose()


def _position_of_char(text: str, offset: int) -> tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1
