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
        name, position, message = row.split("\t", 2)
        yield pytest.param(name, position, message, id=name)


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


def assert_refused(capsys, content: Path, out: Path, position: str | None, message: str):
    before = tree_digest(out)
    started = time.perf_counter()
    code, stdout, stderr = run_cli(capsys, "build", "--content", str(content), "--out", str(out))
    took = time.perf_counter() - started
    assert code == 2
    assert "Traceback" not in stderr
    problems = [PROBLEM_LINE.match(line) for line in stderr.splitlines()[:-1]]
    assert problems and all(problems), stderr
    first = problems[0]
    assert first["file"].endswith(".yaml")
    if position:
        assert f"{first['line']}:{first['col']}" == position, stderr
    assert first["message"].startswith(message) or message in stderr, stderr
    assert took < 1.0
    assert tree_digest(out) == before


@pytest.mark.parametrize("name,position,message", list(cases()))
def test_broken_guide_is_refused(capsys, tmp_path, previous_dist, name, position, message):
    content = content_with(tmp_path, {"bad.yaml": (CORPUS / f"{name}.yaml").read_bytes()})
    assert_refused(capsys, content, previous_dist, position, message)


def test_corpus_is_large_and_complete():
    files = {p.stem for p in CORPUS.glob("*.yaml")}
    listed = {c.values[0] for c in cases()}
    assert files == listed
    assert len(files) >= 40


def real(name: str) -> bytes:
    return (REAL_CONTENT / "guides" / f"{name}.yaml").read_bytes()


def test_symlink_to_a_file_outside_is_refused(capsys, tmp_path, previous_dist):
    outside = tmp_path / "elsewhere.yaml"
    outside.write_bytes(real("x"))
    content = content_with(tmp_path, {})
    (content / "guides" / "x.yaml").symlink_to(outside)
    assert_refused(capsys, content, previous_dist, "1:1", "is a symbolic link to a file outside")


def test_two_guides_claiming_one_host_are_refused(capsys, tmp_path, previous_dist):
    clone = real("x").replace(b"id: x\n", b"id: x-copy\n")
    content = content_with(tmp_path, {"x.yaml": real("x"), "x-copy.yaml": clone})
    assert_refused(capsys, content, previous_dist, "7:9", "host 'x.com' is already claimed")


def test_guide_id_clashing_with_another_file_is_refused(capsys, tmp_path, previous_dist):
    content = content_with(tmp_path, {"x.yaml": real("x"), "chatgpt.yaml": real("x")})
    assert_refused(capsys, content, previous_dist, "3:5", "guide id 'x' must equal the file name 'chatgpt'")


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
