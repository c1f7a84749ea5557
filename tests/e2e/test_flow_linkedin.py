"""LinkedIn: the whole opt-out flow on the replica, as a user clicks it, in six languages."""

import pytest

from . import flows
from .flows import find
from .harness.guide import host_state, shadow_click, wait_for_status

HOME = "https://www.linkedin.com/feed/"
SETTING = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
LANGS = ["en", "de", "fr", "es", "it", "nl"]


def guided_click(driver, step, css, index):
    flows.guided_click(driver, "linkedin", step, css, index)


@pytest.mark.parametrize("lang", LANGS)
def test_whole_flow_from_home(browser, lang):
    d = browser.driver
    browser.open(f"{HOME}?lang={lang}")
    state = wait_for_status(d, "prompt")
    assert state["lang"] == lang
    shadow_click(d, '[data-action="start"]')
    guided_click(d, "open-me-menu", "button.global-nav__primary-link-me-menu-trigger", 1)
    guided_click(d, "open-settings", 'a[data-control-name="nav.settings_and_privacy"]', 2)
    guided_click(d, "open-data-privacy", 'a[href="/mypreferences/d/categories/privacy"]', 3)
    guided_click(d, "open-ai-setting", 'a[href="/mypreferences/d/settings/data-for-ai-improvement"]', 4)
    guided_click(d, "switch-off", 'input[role="switch"]', 5)
    state = wait_for_status(d, "done")
    assert state["lang"] == lang
    stored = browser.storage()["guide:linkedin"]
    assert stored["observed"] == "off" and stored["observedAt"]


def test_direct_link_opens_on_the_last_step(browser):
    browser.open(SETTING + "?lang=en")
    wait_for_status(browser.driver, "guiding", "switch-off")


def test_already_opted_out_goes_straight_to_done(browser):
    browser.open(SETTING + "?optedout=1")
    wait_for_status(browser.driver, "done", "switch-off")


def test_scrambled_classes_and_late_content(browser):
    d = browser.driver
    browser.open("https://www.linkedin.com/mypreferences/d/categories/account?scramble=1&late=1&lang=de")
    guided_click(d, "open-data-privacy", 'a[href="/mypreferences/d/categories/privacy"]', 3)
    wait_for_status(d, "searching", "open-ai-setting", timeout=2)
    guided_click(d, "open-ai-setting", 'a[href="/mypreferences/d/settings/data-for-ai-improvement"]', 4)
    guided_click(d, "switch-off", 'input[role="switch"]', 5)
    wait_for_status(d, "done")


def test_reload_and_back_mid_flow(browser):
    d = browser.driver
    browser.open("https://www.linkedin.com/mypreferences/d/categories/privacy?lang=fr")
    wait_for_status(d, "guiding", "open-ai-setting")
    d.refresh()
    wait_for_status(d, "guiding", "open-ai-setting")
    find(d, 'a[href="/mypreferences/d/settings/data-for-ai-improvement"]').click()
    wait_for_status(d, "guiding", "switch-off")
    d.back()
    wait_for_status(d, "guiding", "open-ai-setting")
    d.forward()
    wait_for_status(d, "guiding", "switch-off")


def test_turning_it_back_on_resumes_guiding(browser):
    d = browser.driver
    browser.open(SETTING + "?lang=en")
    switch = find(d, 'input[role="switch"]')
    switch.click()
    wait_for_status(d, "done")
    switch.click()
    wait_for_status(d, "guiding", "switch-off")
    assert host_state(d)["count"] == 1
