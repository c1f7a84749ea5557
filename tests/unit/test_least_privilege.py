"""Least privilege, asserted on the built extensions: exactly what the README promises, nothing more."""

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
GUIDES = {path.stem: yaml.safe_load(path.read_text(encoding="utf-8")) for path in (ROOT / "content" / "guides").glob("*.yaml")}
# Exactly the hosts the guides name, read here from the YAML itself, not from what the build made of it.
SUPPORTED_HOSTS = {f"https://{host}/*" for guide in GUIDES.values() for host in guide.get("hosts", [])}

# Ways to turn data into code or markup; none may appear in shipped JavaScript.
UNSAFE_JS = {
    "innerHTML": re.compile(r"\binnerHTML\b"),
    "outerHTML": re.compile(r"\bouterHTML\b"),
    "insertAdjacentHTML": re.compile(r"\binsertAdjacentHTML\b"),
    "document.write": re.compile(r"\bdocument\.write(ln)?\s*\("),
    "eval": re.compile(r"(?<![\w.$])eval\s*\("),
    "new Function": re.compile(r"\bnew\s+Function\s*\("),
    "string timer": re.compile(r"\bset(Timeout|Interval)\s*\(\s*['\"`]"),
    "remote script": re.compile(r"""<script[^>]+src\s*=\s*["']?https?:""", re.I),
    "network API": re.compile(r"\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b"),
}


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("dist")
    subprocess.run(
        [str(Path(sys.executable).parent / "optout-guide"), "build", "--out", str(out)],
        cwd=ROOT, check=True, capture_output=True, text=True,
    )
    return out


def manifest(dist: Path, browser: str) -> dict:
    return json.loads((dist / browser / "manifest.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_permissions_are_exactly_storage(dist, browser):
    m = manifest(dist, browser)
    assert m["manifest_version"] == 3
    assert m["permissions"] == ["storage"]
    assert "optional_permissions" not in m


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_host_access_only_for_the_guides_hosts(dist, browser):
    m = manifest(dist, browser)
    assert set(m["host_permissions"]) == SUPPORTED_HOSTS
    matched = {pattern for script in m["content_scripts"] for pattern in script["matches"]}
    assert matched == SUPPORTED_HOSTS


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_each_site_gets_only_its_own_guide(dist, browser):
    m = manifest(dist, browser)
    # A route (a form to use, no setting) gets no content script and no host.
    assert len(m["content_scripts"]) == sum(1 for g in GUIDES.values() if g.get("kind", "guide") == "guide")
    for script in m["content_scripts"]:
        assert len(script["js"]) == 1
        guide_id = Path(script["js"][0]).stem
        hosts = {pattern.split("/")[2] for pattern in script["matches"]}
        assert hosts == set(GUIDES[guide_id]["hosts"])
        source = (dist / browser / script["js"][0]).read_text(encoding="utf-8")
        assert f'"id":"{guide_id}"' in source
        for other_id in set(GUIDES) - {guide_id}:
            assert f'"id":"{other_id}"' not in source, f"{guide_id} carries the guide of {other_id}"


@pytest.mark.parametrize("browser", ["chrome", "firefox"])
def test_no_exposed_resources_and_strict_csp(dist, browser):
    m = manifest(dist, browser)
    assert "web_accessible_resources" not in m
    assert "externally_connectable" not in m
    csp = m["content_security_policy"]["extension_pages"]
    directives = {d.split()[0]: d.split()[1:] for d in csp.split(";") if d.strip()}
    assert directives["script-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert "'unsafe-eval'" not in csp and "'unsafe-inline'" not in csp and "http" not in csp


def shipped_sources(dist: Path):
    for path in sorted(dist.rglob("*")):
        if path.suffix in {".js", ".html"}:
            yield path


def test_shipped_code_has_no_unsafe_apis(dist):
    problems = []
    files = list(shipped_sources(dist))
    assert any(p.suffix == ".js" for p in files)
    for path in files:
        text = path.read_text(encoding="utf-8")
        for what, pattern in UNSAFE_JS.items():
            for match in pattern.finditer(text):
                line = text.count("\n", 0, match.start()) + 1
                problems.append(f"{path.relative_to(dist)}:{line}: {what}")
    assert problems == []


def test_no_remote_urls_are_loaded_by_extension_pages(dist):
    for path in dist.rglob("*.html"):
        text = path.read_text(encoding="utf-8")
        for attr in re.finditer(r"""\b(?:src|href)\s*=\s*["']([^"']+)["']""", text):
            url = attr.group(1)
            if "<link" in text[max(0, attr.start() - 80):attr.start()] or "<script" in text[max(0, attr.start() - 80):attr.start()]:
                assert not re.match(r"(https?:)?//", url), f"{path.name} loads {url}"


def test_firefox_declares_no_data_collection(dist):
    gecko = manifest(dist, "firefox")["browser_specific_settings"]["gecko"]
    assert gecko["data_collection_permissions"] == {"required": ["none"]}
    assert gecko["id"]
    major = int(gecko["strict_min_version"].split(".")[0])
    assert major >= 142
