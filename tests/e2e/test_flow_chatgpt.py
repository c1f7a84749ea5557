"""ChatGPT: the opt-out flow on both UI generations of the replica, in six languages."""

import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from . import flows
from .flows import find
from .harness.guide import hold_status, host_state, shadow_click, wait_for_status

HOME = "https://chatgpt.com/"
LANGS = ["en", "de", "fr", "es", "it", "nl"]


def guided_click(driver, step, css, index):
    return flows.guided_click(driver, "chatgpt", step, css, index)


@pytest.mark.parametrize("lang", LANGS)
def test_legacy_dialog_flow(browser, lang):
    d = browser.driver
    browser.open(f"{HOME}?lang={lang}")
    assert wait_for_status(d, "prompt")["lang"] == lang
    shadow_click(d, '[data-action="start"]')
    guided_click(d, "open-profile-menu", '[data-testid="accounts-profile-button"]', 1)
    guided_click(d, "open-settings", '[data-testid="settings-menu-item"]', 2)
    guided_click(d, "open-data-controls", '[data-testid="data-controls-tab"]', 3)
    guided_click(d, "open-improve-model", '[data-testid="improve-model-open-modal-button"]', 4)
    guided_click(d, "switch-off", '[data-testid="improve-model-toggle"]', 5)
    wait_for_status(d, "done")
    find(d, "@done").click()  # "Done": the row now reads "Off"
    wait_for_status(d, "done")


@pytest.mark.parametrize("lang", ["en", "de", "it"])
def test_new_shell_flow_without_test_ids(browser, lang):
    d = browser.driver
    browser.open(f"{HOME}?shell=new&lang={lang}")
    shadow_click(d, '[data-action="start"]')
    guided_click(d, "open-profile-menu", "@profile", 1)
    guided_click(d, "open-settings", "@settings-item", 2)
    guided_click(d, "open-data-controls", "@data-controls", 3)
    guided_click(d, "open-improve-model", "@improve-row", 4)
    guided_click(d, "switch-off", "@improve-switch", 5)
    wait_for_status(d, "done")


def test_direct_link_opens_data_controls(browser):
    browser.open("https://chatgpt.com/?lang=en#settings/DataControls")
    wait_for_status(browser.driver, "guiding", "open-improve-model")


def test_already_opted_out_goes_straight_to_done(browser):
    browser.open("https://chatgpt.com/?optedout=1#settings/DataControls")
    wait_for_status(browser.driver, "done")


def test_late_content_searches_then_guides(browser):
    d = browser.driver
    browser.open("https://chatgpt.com/?late=1&scramble=1#settings/DataControls")
    wait_for_status(d, "searching", timeout=3)
    wait_for_status(d, "guiding", "open-improve-model", timeout=5)


def test_reload_and_back_mid_flow(browser):
    d = browser.driver
    browser.open("https://chatgpt.com/?lang=es")
    wait_for_status(d, "prompt")
    d.execute_script("location.hash = '#settings/General'")  # hash navigation opens the settings dialog
    guided_click(d, "open-data-controls", '[data-testid="data-controls-tab"]', 3)
    wait_for_status(d, "guiding", "open-improve-model")
    d.refresh()
    wait_for_status(d, "guiding", "open-improve-model")
    d.back()
    wait_for_status(d, "prompt")


def _statuses_until_done(d, timeout=5):
    """Every (status, step) the guide shows from now until it says done."""
    seen = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s = host_state(d)
        now = s and (s.get("status"), s.get("step"))
        if not seen or seen[-1] != now:
            seen.append(now)
        if now and now[0] == "done":
            return seen
        time.sleep(0.03)
    raise AssertionError(f"no done within {timeout} s; seen: {seen}")


@pytest.mark.parametrize("close", ["done-button", "escape"])
@pytest.mark.parametrize("lang", ["en", "de"])
@pytest.mark.parametrize("shell", ["legacy", "new"])
def test_done_stays_done_after_closing_and_reload(browser, shell, lang, close):
    """Training switched off, then the "Model improvement" box closed (Done or Escape), then the page reloaded: the
    guide says done throughout and never goes back to guiding on the row, which now reads "Off" in the page's language."""
    d = browser.driver
    if shell == "new":
        browser.open(f"{HOME}?shell=new&lang={lang}")
        wait_for_status(d, "prompt")
        browser.open("https://chatgpt.com/settings/data-controls")  # variant kept for the tab; a reload keeps the state
    else:
        browser.open(f"{HOME}?lang={lang}")
        wait_for_status(d, "prompt")
        browser.open("https://chatgpt.com/#settings/DataControls")
    assert wait_for_status(d, "guiding", "open-improve-model")["lang"] == lang
    guided_click(d, "open-improve-model", "@improve-row", 4)
    guided_click(d, "switch-off", "@improve-switch", 5)
    wait_for_status(d, "done", timeout=2)
    hold_status(d, "done")
    if close == "done-button":
        find(d, "@done").click()
    else:
        ActionChains(d).send_keys(Keys.ESCAPE).perform()
    wait_for_status(d, "done", timeout=2)
    assert d.execute_script("return !!Replica.target('improve-row') && !Replica.target('improve-switch')"), "the box did not close"
    hold_status(d, "done")
    d.refresh()
    seen = _statuses_until_done(d)
    assert not [s for s in seen if s and s[0] == "guiding"], f"guiding again after the reload: {seen}"
    hold_status(d, "done")
    assert find(d, "@improve-row").get_attribute("data-testid") == (None if shell == "new" else "improve-model-open-modal-button")
    assert browser.storage()["guide:chatgpt"]["observed"] == "off"
