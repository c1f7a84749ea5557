"""The guide removed, then started again in the same page: it must draw a visible guiding view again, not an empty
host (the "blank overlay": a view remembered from before the removal, drawn into the new host's empty shadow root).

The shortest path a user takes there (engine: no host at all once the opt-out is known done, the guide is not
started and the page is not the setting's area): on the feed the user starts the guide; in another tab the setting
gets switched off (or is found off), which records the opt-out and ends the started flow, so the feed's guide goes
away; then the user starts it again from the toolbar popup, or turns the switch back on in the other tab."""

import time

import pytest
from selenium.webdriver.common.by import By

from .flows import find
from .harness.guide import host_state, shadow_click, wait_for_status, wait_spotlight_on, wait_until

HOME = "https://www.linkedin.com/feed/"
SETTING = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"

GUIDING_VIEW_JS = """
const host = document.getElementById('optout-guide');
if (!host || !host.shadowRoot) return {host: false};
const size = (css) => { const e = host.shadowRoot.querySelector(css); if (!e) return null;
  const r = e.getBoundingClientRect(); return [Math.round(r.width), Math.round(r.height)]; };
const instruction = host.shadowRoot.querySelector('[part~="instruction"]');
return {host: host.isConnected, status: host.dataset.status, step: host.dataset.step,
  spotlight: size('[part~="spotlight"]'), tooltip: size('[part~="tooltip"]'),
  instruction: instruction ? instruction.textContent : null};
"""


def visible_guiding(d, step: str, timeout: float = 3) -> dict:
    """Status guiding on `step` with a spotlight and a tooltip of non-zero size and an instruction to read."""
    def ready():
        v = d.execute_script(GUIDING_VIEW_JS)
        ok = (v.get("status") == "guiding" and v.get("step") == step and v.get("spotlight") and v.get("tooltip")
              and min(v["spotlight"] + v["tooltip"]) > 0 and v.get("instruction"))
        return v if ok else None
    try:
        return wait_until(ready, timeout, message=f"a visible guiding view on {step}")
    except AssertionError as exc:
        raise AssertionError(f"{exc} (now: {d.execute_script(GUIDING_VIEW_JS)!r})") from None


def click_show_here(browser, tab_url: str) -> None:
    """The popup's "Show the guide on this page", clicked for real for the tab at tab_url.

    The popup asks for the active tab of its window, which in a test is the popup's own tab: the lookup is pointed
    at the page's tab, the popup's script runs again with it, and its button is clicked."""
    d = browser.driver
    back = d.current_window_handle
    before = set(d.window_handles)
    browser._open_extension_tab("popup/popup.html")
    popup = d.current_window_handle
    d.execute_async_script("""
      const [url, done] = arguments;
      const api = globalThis.browser ?? globalThis.chrome;
      const query = api.tabs.query.bind(api.tabs);
      api.tabs.query = (q) => (q && q.active ? query({url}) : query(q));
      const s = document.createElement('script');
      s.src = 'popup.js';
      s.onload = () => done(true);
      document.body.append(s);
    """, tab_url)
    button = wait_until(lambda: next((b for b in d.find_elements(By.ID, "show-here") if b.is_displayed()), None), 5,
                        message="the popup's show-here button")
    button.click()
    # The popup closes itself after the click; where the browser does not let it, close it here.
    deadline = time.monotonic() + 1
    while popup in d.window_handles and time.monotonic() < deadline:
        time.sleep(0.05)
    if popup in d.window_handles:
        d.switch_to.window(popup)
        d.close()
    assert set(d.window_handles) >= before
    d.switch_to.window(back)


@pytest.mark.parametrize("restart", ["popup", "switch-back-on"])
@pytest.mark.parametrize("recorded", ["switched-off-in-other-tab", "seen-off-in-other-tab"])
def test_guide_removed_then_started_again_is_visible(browser, recorded, restart):
    d = browser.driver
    # Tab A: the feed, the guide started by the user, guiding on the "Me" button.
    browser.open(HOME + "?lang=en")
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    visible_guiding(d, "open-me-menu")
    tab_a = d.current_window_handle

    # Tab B: the opt-out gets recorded there.
    d.switch_to.new_window("tab")
    tab_b = d.current_window_handle
    if recorded == "seen-off-in-other-tab":
        browser.open(SETTING + "?optedout=1")
        wait_for_status(d, "done")
    else:
        browser.open(SETTING)
        wait_for_status(d, "guiding", "switch-off")
        find(d, "@ai-switch").click()
        wait_for_status(d, "done")
    stored = browser.storage()["guide:linkedin"]
    assert stored["observed"] == "off" and stored["started"] is False

    # Tab A: known done, not started, not on the setting's pages: the guide goes away.
    d.switch_to.window(tab_a)
    wait_until(lambda: host_state(d) is None, 3, message="the feed's guide to go away")

    if restart == "popup":
        # The user closes the other tab first: a tab still showing the switch off ends a started guide again.
        d.switch_to.window(tab_b)
        d.close()
        d.switch_to.window(tab_a)
        click_show_here(browser, HOME + "*")
        assert browser.storage()["guide:linkedin"]["started"] is True
    else:
        d.switch_to.window(tab_b)
        switch = find(d, "@ai-switch")
        assert not switch.is_selected()
        switch.click()
        wait_for_status(d, "guiding", "switch-off")
        d.switch_to.window(tab_a)

    # Tab A again: a guiding view a user can see, around the real "Me" button.
    visible_guiding(d, "open-me-menu")
    wait_spotlight_on(d, find(d, "@me"))
    assert host_state(d)["count"] == 1
