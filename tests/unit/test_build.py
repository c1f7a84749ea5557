"""Building the real guides: output layout, manifests per browser, determinism, and safe failure."""

from __future__ import annotations

import json
import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from optout_guide import __version__
from optout_guide.compile import normalize_text
from optout_guide.resources import extension_dir

from .conftest import REAL_CONTENT, ROOT, run_cli, tree_digest

ZIPS = [f"optout-guide-{__version__}-chrome.zip", f"optout-guide-{__version__}-firefox.zip"]


def test_output_layout(good_build):
    for browser in ("chrome", "firefox"):
        root = good_build / browser
        for name in ("manifest.json", "background.js", "popup/popup.html", "popup/popup.js", "data/guides.json",
                     "content/linkedin.js", "content/chatgpt.js", "content/x.js", "_locales/en/messages.json",
                     "icons/icon-128.png"):
            assert (root / name).is_file(), name
        for lang in ("en", "de", "fr", "es", "it", "nl"):
            assert (root / "_locales" / lang / "messages.json").is_file()
    for name in ZIPS:
        assert (good_build / name).is_file()


def test_chrome_manifest(good_build):
    m = json.loads((good_build / "chrome" / "manifest.json").read_text())
    assert m["background"] == {"service_worker": "background.js"}
    assert "browser_specific_settings" not in m
    assert m["action"]["default_popup"] == "popup/popup.html"
    assert m["version"] == __version__ and m["default_locale"] == "en"


def test_firefox_manifest(good_build):
    m = json.loads((good_build / "firefox" / "manifest.json").read_text())
    assert m["background"] == {"scripts": ["background.js"]}
    gecko = m["browser_specific_settings"]["gecko"]
    assert gecko["strict_min_version"] == "142.0"
    assert gecko["data_collection_permissions"] == {"required": ["none"]}


def test_zips_match_the_unpacked_builds(good_build):
    for browser, name in zip(("chrome", "firefox"), ZIPS):
        with zipfile.ZipFile(good_build / name) as archive:
            names = archive.namelist()
            assert names == sorted(names)
            assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}
            for entry in names:
                assert archive.read(entry) == (good_build / browser / entry).read_bytes()
        assert set(names) == {str(p.relative_to(good_build / browser)) for p in (good_build / browser).rglob("*") if p.is_file()}


def test_two_builds_are_byte_identical(capsys, tmp_path, good_build):
    out = tmp_path / "again"
    assert run_cli(capsys, "build", "--content", str(REAL_CONTENT), "--out", str(out))[0] == 0
    assert tree_digest(out) == tree_digest(good_build)


def test_content_script_carries_only_its_guide(good_build):
    guides = json.loads((good_build / "chrome" / "data" / "guides.json").read_text())
    assert [g["id"] for g in guides] == sorted(p.stem for p in (ROOT / "content" / "guides").glob("*.yaml"))
    linkedin = (good_build / "chrome" / "content" / "linkedin.js").read_text()
    assert "mypreferences" in linkedin and "improve-model-toggle" not in linkedin and "AppTabBar_More_Menu" not in linkedin
    assert "about" not in json.loads(linkedin.split("const GUIDE=", 1)[1].split(";const UI=", 1)[0])


def test_guides_are_normalized(good_build):
    guides = {g["id"]: g for g in json.loads((good_build / "chrome" / "data" / "guides.json").read_text())}
    step = guides["linkedin"]["steps"][1]
    assert step["when"][0]["element"] == step["target"]
    names = step["target"][1]["name"]
    assert "settings & privacy" in names and "einstellungen & datenschutz" in names
    assert all(n == normalize_text(n) for n in names)
    assert guides["x"]["steps"][0]["when"] == [] and guides["x"]["steps"][0]["complete"] == [{"expanded": True}]
    assert guides["chatgpt"]["opted_out"][1]["name_ends"][0] == "off"


def test_building_one_browser_keeps_the_other(capsys, tmp_path, good_build):
    out = tmp_path / "dist"
    shutil.copytree(good_build, out)
    before = tree_digest(out / "firefox")
    assert run_cli(capsys, "build", "--content", str(REAL_CONTENT), "--out", str(out), "--browser", "chrome")[0] == 0
    assert tree_digest(out / "firefox") == before
    assert tree_digest(out / "chrome") == tree_digest(good_build / "chrome")


def test_a_failed_build_leaves_dist_untouched(capsys, tmp_path, good_build):
    out = tmp_path / "dist"
    shutil.copytree(good_build, out)
    before = tree_digest(out)
    content = tmp_path / "content"
    shutil.copytree(REAL_CONTENT, content)
    guide = content / "guides" / "x.yaml"
    guide.write_text(guide.read_text().replace("testid: privacyAndSafetyLink", "testid: [oops"))
    code, _, err = run_cli(capsys, "build", "--content", str(content), "--out", str(out))
    assert code == 2 and "x.yaml:" in err
    assert tree_digest(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["content", "dist"]  # no staging left behind


def test_a_locale_missing_a_key_fails_the_build(capsys, tmp_path, monkeypatch):
    ext = tmp_path / "extension"
    shutil.copytree(extension_dir(), ext)
    nl = ext / "locales" / "ui" / "nl.json"
    data = json.loads(nl.read_text())
    del data["popup_go"]
    nl.write_text(json.dumps(data))
    monkeypatch.setattr("optout_guide.commands.build.extension_dir", lambda: ext)
    code, _, err = run_cli(capsys, "build", "--content", str(REAL_CONTENT), "--out", str(tmp_path / "out"))
    assert code == 2
    assert "nl.json:1:1: missing key 'popup_go'" in err


def test_every_locale_has_every_key():
    for part in ("overlay", "ui"):
        folder = extension_dir() / "locales" / part
        keys = {p.stem: set(json.loads(p.read_text())) for p in folder.glob("*.json")}
        assert set(keys) == {"en", "de", "fr", "es", "it", "nl"}
        assert all(k == keys["en"] for k in keys.values())


def test_every_ui_string_used_in_code_exists():
    ext = extension_dir()
    en = set(json.loads((ext / "locales" / "ui" / "en.json").read_text())) | set(json.loads((ext / "locales" / "overlay" / "en.json").read_text()))
    import re
    used = set()
    for path in list(ext.rglob("*.js")) + list(ext.rglob("*.html")):
        text = path.read_text()
        used |= set(re.findall(r'data-i18n="([a-z_]+)"', text))
        used |= set(re.findall(r'\bt\("([a-z_]+)"', text))
        used |= set(re.findall(r'"((?:overlay|popup|badge)_[a-z_]+)"', text))
    assert used and used <= en, used - en


def test_icons_are_valid_pngs(good_build):
    for size in (16, 32, 48, 128):
        data = (good_build / "chrome" / "icons" / f"icon-{size}.png").read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        assert int.from_bytes(data[16:20], "big") == size


def test_web_ext_lint_is_clean(good_build):
    result = subprocess.run(
        [str(ROOT / "node_modules" / ".bin" / "web-ext"), "lint", "--source-dir", str(good_build / "firefox"),
         "--output", "json", "--no-input"],
        capture_output=True, text=True, timeout=120)
    report = json.loads(result.stdout)
    assert report["summary"]["errors"] == 0, report["errors"]
    assert report["summary"]["warnings"] == 0, report["warnings"]


def test_check_warns_about_guides_not_checked_for_90_days(capsys):
    import datetime
    from optout_guide.cli import main
    assert main(["check", "--today", "2026-12-01"]) == 0
    assert "warning" not in capsys.readouterr().err
    later = (datetime.date(2026, 11, 29) + datetime.timedelta(days=91)).isoformat()
    assert main(["check", "--today", later]) == 0
    err = capsys.readouterr().err.splitlines()
    assert any(line.startswith("content/guides/x.yaml:") and "warning: guide 'x' was last checked" in line and "91 days ago" in line
               for line in err), err
