"""`optout-guide release`: the store listings within the stores' limits in every language, the privacy page, and
a source package from which a fresh virtualenv, following its BUILD.md, rebuilds the Firefox zip byte for byte."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from optout_guide import __version__
from optout_guide.store import LIMITS

ROOT = Path(__file__).resolve().parents[2]
LANGS = ["de", "en", "es", "fr", "it", "nl"]
FILES = ["description.txt", "name.txt", "permissions.txt", "privacy-policy.txt", "single-purpose.txt", "summary.txt"]


@pytest.fixture(scope="module")
def release(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("release") / "dist"
    tool = Path(sys.executable).parent / "optout-guide"
    subprocess.run([str(tool), "release", "--out", str(out)], cwd=ROOT, check=True, capture_output=True, text=True)
    return out


def test_every_language_has_every_listing_file_within_the_limits(release):
    assert sorted(p.name for p in (release / "store").iterdir()) == LANGS
    for lang in LANGS:
        folder = release / "store" / lang
        assert sorted(p.name for p in folder.iterdir()) == FILES
        for name, limit in LIMITS.items():
            text = (folder / name).read_text(encoding="utf-8").rstrip("\n")
            assert 0 < len(text) <= limit, (lang, name, len(text))
        description = (folder / "description.txt").read_text(encoding="utf-8")
        for guide in json.loads((release / "chrome" / "data" / "guides.json").read_text()):
            assert f"• {guide['name']}: " in description
        assert "chatgpt.com" in (folder / "permissions.txt").read_text(encoding="utf-8")


def test_privacy_page_in_six_languages_linked_from_the_book(release):
    for lang in LANGS:
        page = release / "site" / ("privacy.html" if lang == "en" else f"privacy.{lang}.html")
        html = page.read_text(encoding="utf-8")
        assert f'<html lang="{lang}">' in html and "storage.local" in html
    assert 'href="privacy.html"' in (release / "site" / "index.html").read_text(encoding="utf-8")
    assert (release / "firefox" / "book" / "privacy.html").is_file()


def test_version_from_one_place(release):
    assert json.loads((release / "firefox" / "manifest.json").read_text())["version"] == __version__
    assert {p.name for p in release.glob("*.zip")} == {f"optout-guide-{__version__}-{k}.zip" for k in ("chrome", "firefox", "source")}
    assert f"## {__version__} " in (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")


def test_source_package_rebuilds_the_firefox_zip_byte_for_byte(release, tmp_path):
    with zipfile.ZipFile(release / f"optout-guide-{__version__}-source.zip") as archive:
        archive.extractall(tmp_path / "src")
    src = tmp_path / "src"
    steps = re.search(r"```\n(.*?)```", (src / "BUILD.md").read_text(encoding="utf-8"), re.S).group(1).strip().splitlines()
    assert steps[0] == "python3 -m venv .venv"
    venv.create(src / ".venv", with_pip=True)
    for step in steps[1:]:
        subprocess.run(step, shell=True, cwd=src, check=True, capture_output=True, text=True, timeout=600)
    rebuilt = (src / "out" / f"optout-guide-{__version__}-firefox.zip").read_bytes()
    assert rebuilt == (release / f"optout-guide-{__version__}-firefox.zip").read_bytes()
