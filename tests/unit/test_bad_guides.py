"""The corpus of broken guides: each one is refused with FILE:LINE:COL, exit 2, no traceback, and the previous
build left byte-identical."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import REAL_CONTENT, run_cli, tree_digest

CORPUS = Path(__file__).resolve().parents[1] / "bad_guides"
PROBLEM_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+):(?P<col>\d+): (?P<message>.+)$")


def cases():
    for row in (CORPUS / "expected.tsv").read_text(encoding="utf-8").splitlines():
        if row.startswith("#") or not row.strip():
            continue
        name, where, message = row.split("\t", 2)
        file, position = where.split(":", 1)
        yield pytest.param(name, file, position, message, id=name)


@pytest.fixture(scope="module")
def previous_dist(tmp_path_factory, good_build) -> Path:
    out = tmp_path_factory.mktemp("previous") / "dist"
    shutil.copytree(good_build, out)
    return out


def content_with(tmp_path: Path, files: dict[str, bytes]) -> Path:
    content = tmp_path / "content"
    (content / "guides").mkdir(parents=True)
    for name, data in files.items():
        (content / "guides" / name).write_bytes(data)
    return content


def corpus_case(tmp_path: Path, name: str) -> Path:
    """A content directory holding the case: <name>.yaml as guides/bad.yaml, or <name>/ as guides/."""
    case = CORPUS / name
    if case.is_dir() and not case.is_symlink():
        content = tmp_path / "content"
        shutil.copytree(case, content / "guides", symlinks=True)
        return content
    return content_with(tmp_path, {"bad.yaml": case.with_suffix(".yaml").read_bytes()})


def assert_refused(capsys, content: Path, out: Path, file: str, position: str | None, message: str):
    before = tree_digest(out)
    started = time.perf_counter()
    code, stdout, stderr = run_cli(capsys, "build", "--content", str(content), "--out", str(out))
    took = time.perf_counter() - started
    assert code == 2, stderr
    assert "Traceback" not in stderr and stdout == ""
    lines = stderr.splitlines()
    assert lines[-1].endswith("nothing was built.")
    problems = [PROBLEM_LINE.match(line) for line in lines[:-1]]
    assert problems and all(problems), stderr
    first = problems[0]
    assert first["file"] == str(content / "guides" / file), stderr
    if position:
        assert f"{first['line']}:{first['col']}" == position, stderr
    assert first["message"].startswith(message), stderr
    assert took < 1.0
    assert tree_digest(out) == before
    assert sorted(p.name for p in out.parent.iterdir()) == ["dist"], "a staging directory was left behind"


@pytest.mark.parametrize("name,file,position,message", list(cases()))
def test_broken_guide_is_refused(capsys, tmp_path, previous_dist, name, file, position, message):
    assert_refused(capsys, corpus_case(tmp_path, name), previous_dist, file, position, message)


def test_corpus_is_large_and_complete():
    entries = {p.name.removesuffix(".yaml") for p in CORPUS.iterdir() if p.name != "expected.tsv"}
    listed = {c.values[0] for c in cases()}
    assert entries == listed
    assert len(entries) >= 40


def real(name: str) -> bytes:
    return (REAL_CONTENT / "guides" / f"{name}.yaml").read_bytes()


def test_real_guide_copied_under_another_name_is_refused(capsys, tmp_path, previous_dist):
    # The corpus has small clash cases; this one checks the real guides, whatever line their id is on.
    content = content_with(tmp_path, {"x.yaml": real("x"), "chatgpt.yaml": real("x")})
    line = real("x").decode().splitlines().index("id: x") + 1
    assert_refused(capsys, content, previous_dist, "chatgpt.yaml", f"{line}:5", "guide id 'x' clashes with")


def test_every_problem_is_reported_not_just_the_first(capsys, tmp_path, previous_dist):
    files = {f"case{i}.yaml": (CORPUS / f"{name}.yaml").read_bytes()
             for i, name in enumerate(["duplicate-key", "bad-css-selector", "empty-file"])}
    content = content_with(tmp_path, files)
    code, _, stderr = run_cli(capsys, "check", "--content", str(content))
    assert code == 2
    assert {line.split(":")[0].rsplit("/", 1)[-1] for line in stderr.splitlines()[:-1]} == set(files)


def test_the_installed_command_exits_2_without_traceback(tmp_path):
    content = content_with(tmp_path, {"bad.yaml": (CORPUS / "python-object-tag.yaml").read_bytes()})
    tool = Path(sys.executable).parent / "optout-guide"
    result = subprocess.run([str(tool), "check", "--content", str(content)], capture_output=True, text=True, timeout=30)
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert re.search(r"bad\.yaml:2:7: tag .*python/object.* is not allowed", result.stderr)
