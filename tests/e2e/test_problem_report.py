"""The problem report a user can copy when a step cannot be found: exact fields, and nothing of the page."""

from __future__ import annotations

from .harness.guide import shadow_click, shadow_find, wait_for_status, wait_until

def report_text(browser) -> str:
    """The copied report: from the clipboard where the test can read it, else from the box shown instead."""
    d = browser.driver
    if browser.name == "chromium":
        d.execute_cdp_cmd("Browser.grantPermissions", {"origin": "https://x.com",
                                                       "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]})
    shadow_click(d, '[data-action="copy-report"]')
    def outcome():
        box = shadow_find(d, 'textarea[part~="report"]')
        if box is not None:
            return ("box", box.get_attribute("value"))
        button = shadow_find(d, '[data-action="copy-report"]')
        if button is not None and button.get_attribute("textContent") == button.get_attribute("data-done"):
            return ("clipboard", None)
        return None
    how, text = wait_until(outcome, 3, message="report copied or shown")
    if how == "box":
        return text
    if browser.name == "chromium":
        return d.execute_async_script("navigator.clipboard.readText().then(arguments[0], (e) => arguments[0]('ERROR ' + e));")
    return d.execute_async_script(
        "const done = arguments[0]; const area = document.createElement('textarea'); document.body.append(area);"
        "area.focus(); document.execCommand('paste'); const t = area.value; area.remove(); done(t);")


def test_report_holds_ids_counts_and_no_page_content(browser):
    d = browser.driver
    browser.open("https://x.com/settings/privacy_and_safety?grokrow=missing&lang=fr")
    wait_for_status(d, "target-missing", "open-grok-settings", timeout=8)
    text = report_text(browser)
    page_text = d.execute_script("return document.body.innerText")
    lines = text.splitlines()
    assert lines[0].startswith("Opt-out Guide ") and lines[0].split()[-1][0].isdigit()
    assert lines[1] == "guide: x (checked 2026-11-29)"
    assert lines[2] == "step: open-grok-settings (4 of 5)"
    assert lines[3] == "page language: fr"
    assert lines[4] == "page path: /settings/privacy_and_safety"
    assert lines[5] == "strategies (elements found):"
    assert lines[6:] == ["  1. href: 0", "  2. role (starts): 0"]
    # Nothing of the page: no query, no text the page shows.
    assert "grokrow" not in text and "?" not in text
    for line in page_text.splitlines():
        if len(line.strip()) > 3:
            assert line.strip() not in text, line
