"""optout-guide check-page against saved copies of the replica pages (made here the way browsers save pages:
a single-file MHTML snapshot, and the DOM as HTML with the "saved from" comment), in several states."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .harness.browsers import start_chromium
from .harness.guide import wait_until

TOOL = Path(sys.executable).parent / "optout-guide"
ROOT = Path(__file__).resolve().parents[2]

# name: (address, how to bring the page into the state, what the saved copy must give)
PAGES = {
    "x-privacy-fr": ("https://x.com/settings/privacy_and_safety?lang=fr", None,
                     {"step": "open-grok-settings", "status": "guiding", "found_by": 1}),
    "x-privacy-late-missing": ("https://x.com/settings/privacy_and_safety?grokrow=missing&lang=de", None,
                               {"step": "open-grok-settings", "status": "target-missing", "found_by": None}),
    "x-grok-opted-out": ("https://x.com/settings/grok_settings?optedout=1&lang=es", None,
                         {"step": "untick-data-sharing", "status": "done", "found_by": 1}),
    "linkedin-feed-menu-closed": ("https://www.linkedin.com/feed/?lang=en", None,
                                  {"step": "open-me-menu", "status": "guiding", "found_by": 2}),
    "linkedin-feed-menu-open": ("https://www.linkedin.com/feed/?lang=fr", "me",
                                {"step": "open-settings", "status": "guiding", "found_by": 1}),
    "linkedin-switch-nl": ("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?lang=nl", None,
                           {"step": "switch-off", "status": "guiding", "found_by": 1}),
    "chatgpt-data-controls-de": ("https://chatgpt.com/?lang=de#settings/DataControls", None,
                                 {"step": "open-improve-model", "status": "guiding", "found_by": 1}),
    "chatgpt-new-shell-nl": ("https://chatgpt.com/?shell=new&lang=nl", None,
                             {"step": "open-profile-menu", "status": "guiding", "found_by": 5}),
}


@pytest.fixture(scope="module")
def saved(site, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("saved")
    browser = start_chromium(None, site.server.port)
    try:
        d = browser.driver
        for name, (url, click, _) in PAGES.items():
            browser.open(url.replace("?", "?reset=1&", 1))
            time.sleep(1.0)
            if click:
                d.execute_script("Replica.target(arguments[0]).click()", click)
                wait_until(lambda: d.execute_script("return Replica.target(arguments[0]).getAttribute('aria-expanded')", click) == "true", 3)
                time.sleep(0.3)
            # A saved copy keeps attributes, not the live `checked` property: write the boxes' state down the way
            # pages that render on the server do, so that the copy shows what the user saw.
            d.execute_script("for (const i of document.querySelectorAll('input[type=checkbox]')) i.toggleAttribute('checked', i.checked);")
            snapshot = d.execute_cdp_cmd("Page.captureSnapshot", {"format": "mhtml"})["data"]
            (folder / f"{name}.mhtml").write_text(snapshot, encoding="utf-8")
            html = d.execute_script("return document.documentElement.outerHTML")
            (folder / f"{name}.html").write_text(f"<!-- saved from url=({len(url):04d}){url} -->\n<!DOCTYPE html>\n{html}",
                                                 encoding="utf-8")
    finally:
        browser.quit()
    return folder


def check_page(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(TOOL), "check-page", *args], cwd=ROOT, capture_output=True, text=True, timeout=180)


def test_every_saved_state_gives_the_expected_report(saved):
    done = check_page(str(saved), "--json")
    assert done.returncode == 1, done.stderr  # some pages are meant not to be found
    assert done.stdout.startswith("["), done.stderr[-3000:]
    reports = {Path(r["page"]).name: r for r in json.loads(done.stdout)}
    assert len(reports) == 2 * len(PAGES)
    for name, (_, _, want) in PAGES.items():
        for suffix in (".mhtml", ".html"):
            r = reports[name + suffix]
            step = next(s for s in r["steps"] if s["id"] == r["engine"]["step"])
            got = {"step": r["engine"]["step"], "status": r["engine"]["status"], "found_by": step["found_by"]}
            assert got == want, f"{name}{suffix}: {got}"


def test_report_names_strategies_and_elements(saved):
    done = check_page(str(saved / "x-privacy-fr.mhtml"), "--json")
    assert done.returncode == 0, done.stderr
    r = json.loads(done.stdout)
    assert (r["guide"], r["url"], r["lang"], r["seen"]) == ("x", "/settings/privacy_and_safety?reset=1&lang=fr", "fr", None)
    row = r["steps"][3]
    assert row["id"] == "open-grok-settings" and row["when"] is True
    first = row["strategies"][0]
    assert (first["kind"], first["count"]) == ("href", 1)
    assert first["found"]["tag"] == "a" and first["found"]["role"] == "tab" and first["found"]["visible"] is True
    assert first["found"]["name"].startswith("grok et collaborateurs tiers")
    assert 'data-testid="pivot"' in first["found"]["excerpt"] and len(first["found"]["excerpt"]) <= 160


def test_text_report_and_exit_codes(saved):
    found = check_page(str(saved / "linkedin-switch-nl.html"))
    assert found.returncode == 0
    assert "step 5 switch-off: applies here; target found by strategy 1" in found.stdout
    assert "the guide would show: step 5 switch-off, status guiding" in found.stdout
    assert found.stdout.rstrip().endswith("result: FOUND")
    missing = check_page(str(saved / "x-privacy-late-missing.mhtml"))
    assert missing.returncode == 1
    assert "target NOT FOUND by any strategy" in missing.stdout and "status target-missing" in missing.stdout


def test_folder_summary(saved):
    done = check_page(str(saved))
    lines = done.stdout.splitlines()
    assert lines[0].split() == ["page", "guide", "address", "step", "status", "found", "by", "result"]
    assert lines[-1] == f"{2 * len(PAGES) - 2} of {2 * len(PAGES)} saved page(s) still found"


def test_bad_input_is_refused_clearly(tmp_path):
    cases = {
        "empty.html": b"",
        "binary.html": bytes(range(256)) * 20,
        "notes.txt": b"<html></html>",
        "other-site.html": b"<!-- saved from url=(0027)https://www.example.org/a -->\n<html><body>hi</body></html>",
    }
    for name, data in cases.items():
        (tmp_path / name).write_bytes(data)
    expected = {
        "empty.html": "is empty; save the page again",
        "binary.html": "is a binary file, not a saved web page",
        "notes.txt": "has the suffix '.txt'",
        "other-site.html": "no guide for this page: its host 'www.example.org' has no guide",
    }
    for name, message in expected.items():
        done = check_page(str(tmp_path / name))
        assert done.returncode == 2, (name, done.stdout, done.stderr)
        assert "Traceback" not in done.stderr
        assert done.stderr.startswith(f"{tmp_path / name}:1:1: {message}"), done.stderr
    huge = tmp_path / "huge.html"
    with huge.open("wb") as f:
        f.truncate(31 * 1024 * 1024)
    done = check_page(str(huge))
    assert done.returncode == 2 and "more than the" in done.stderr
    unknown = check_page(str(tmp_path / "other-site.html"), "--guide", "nope")
    assert unknown.returncode == 2 and "unknown guide 'nope'" in unknown.stderr
