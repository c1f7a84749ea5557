"""X: the opt-out flow on the replica, in six languages."""

import pytest

from . import flows
from .flows import find
from .harness.guide import shadow_click, wait_for_status

HOME = "https://x.com/home"
SETTING = "https://x.com/settings/grok_settings"
LANGS = ["en", "de", "fr", "es", "it", "nl"]


def guided_click(driver, step, css, index):
    return flows.guided_click(driver, "x", step, css, index)


@pytest.mark.parametrize("lang", LANGS)
def test_whole_flow_from_home(browser, lang):
    d = browser.driver
    browser.open(f"{HOME}?lang={lang}")
    assert wait_for_status(d, "prompt")["lang"] == lang
    shadow_click(d, '[data-action="start"]')
    guided_click(d, "open-more-menu", '[data-testid="AppTabBar_More_Menu"]', 1)
    guided_click(d, "open-settings", 'a[data-testid="settings"]', 2)
    guided_click(d, "open-privacy", '[data-testid="privacyAndSafetyLink"]', 3)
    guided_click(d, "open-grok-settings", 'a[href="/settings/grok_settings"]', 4)
    checkbox = guided_click(d, "untick-data-sharing", 'input[aria-describedby="CHECKBOX_1_LABEL"]', 5)
    wait_for_status(d, "done")
    assert not checkbox.is_selected()
    # The personalisation and history boxes are left alone.
    assert find(d, 'input[aria-describedby="CHECKBOX_2_LABEL"]').is_selected()


def test_direct_link_opens_on_the_last_step(browser):
    browser.open(SETTING + "?lang=nl")
    wait_for_status(browser.driver, "guiding", "untick-data-sharing")


def test_already_opted_out_goes_straight_to_done(browser):
    browser.open(SETTING + "?optedout=1")
    wait_for_status(browser.driver, "done")


def test_scrambled_and_late(browser):
    d = browser.driver
    browser.open("https://x.com/settings/privacy_and_safety?late=1&scramble=1&lang=fr")
    wait_for_status(d, "searching", "open-grok-settings", timeout=2)
    guided_click(d, "open-grok-settings", 'a[href="/settings/grok_settings"]', 4)
    wait_for_status(d, "searching", "untick-data-sharing", timeout=2)
    guided_click(d, "untick-data-sharing", 'input[aria-describedby="CHECKBOX_1_LABEL"]', 5)
    wait_for_status(d, "done")


def test_reload_and_back_mid_flow(browser):
    d = browser.driver
    browser.open("https://x.com/settings?lang=it")
    guided_click(d, "open-privacy", '[data-testid="privacyAndSafetyLink"]', 3)
    wait_for_status(d, "guiding", "open-grok-settings")
    d.refresh()
    wait_for_status(d, "guiding", "open-grok-settings")
    d.back()
    wait_for_status(d, "guiding", "open-privacy")
