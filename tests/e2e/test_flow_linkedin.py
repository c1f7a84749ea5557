"""LinkedIn: the whole opt-out flow on the replica, as a user clicks it, in six languages."""

import pytest

from . import flows
from .flows import find
from .harness.guide import (host_state, page_mutations, record_page_mutations, shadow_click, wait_for_status,
                            wait_spotlight_on)

HOME = "https://www.linkedin.com/feed/"
SETTING = "https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"
LANGS = ["en", "de", "fr", "es", "it", "nl"]


def guided_click(driver, step, where, index):
    return flows.guided_click(driver, "linkedin", step, where, index)


@pytest.mark.parametrize("lang", LANGS)
def test_whole_flow_from_home(browser, lang):
    d = browser.driver
    browser.open(f"{HOME}?lang={lang}")
    state = wait_for_status(d, "prompt")
    assert state["lang"] == lang
    shadow_click(d, '[data-action="start"]')
    guided_click(d, "open-me-menu", "@me", 1)
    guided_click(d, "open-settings", "@settings-link", 2)
    guided_click(d, "open-data-privacy", "@privacy-link", 3)
    guided_click(d, "open-ai-setting", "@ai-link", 4)
    guided_click(d, "switch-off", "@ai-switch", 5)
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
    guided_click(d, "open-data-privacy", "@privacy-link", 3)
    wait_for_status(d, "searching", "open-ai-setting", timeout=2)
    guided_click(d, "open-ai-setting", "@ai-link", 4)
    guided_click(d, "switch-off", "@ai-switch", 5)
    wait_for_status(d, "done")


def test_reload_and_back_mid_flow(browser):
    d = browser.driver
    browser.open("https://www.linkedin.com/mypreferences/d/categories/privacy?lang=fr")
    wait_for_status(d, "guiding", "open-ai-setting")
    d.refresh()
    wait_for_status(d, "guiding", "open-ai-setting")
    find(d, "@ai-link").click()
    wait_for_status(d, "guiding", "switch-off")
    d.back()
    wait_for_status(d, "guiding", "open-ai-setting")
    d.forward()
    wait_for_status(d, "guiding", "switch-off")


def test_turning_it_back_on_resumes_guiding(browser):
    d = browser.driver
    browser.open(SETTING + "?lang=en")
    switch = find(d, "@ai-switch")
    switch.click()
    wait_for_status(d, "done")
    switch.click()
    wait_for_status(d, "guiding", "switch-off")
    assert host_state(d)["count"] == 1


ME_SHAPE_JS = """
const me = Replica.target('me');
const panel = document.querySelector('[aria-hidden].global-nav__me-content');
const span = me.querySelector('span.global-nav__primary-link-text');
const svg = span && span.querySelector('svg');
return {
  tag: me.tagName, attrs: [...me.attributes].map((a) => a.name), expanded: me.getAttribute('aria-expanded'),
  img: (me.querySelector('img.global-nav__me-photo') || {}).alt || null, first: me.firstElementChild.tagName,
  text: span && span.textContent, svgNs: svg && svg.namespaceURI, svgHidden: svg && svg.getAttribute('aria-hidden'),
  svgIcon: svg && svg.getAttribute('data-test-icon'),
  panelHidden: panel && panel.getAttribute('aria-hidden'), panelChildren: panel && panel.childNodes.length,
};
"""


def test_replica_me_button_follows_the_research(browser):
    """The replica's "Me" trigger as the research addendum's real copy shows it (guards the replica, not the guide)."""
    d = browser.driver
    browser.open(HOME + "?lang=en")
    find(d, "@me")
    shape = d.execute_script(ME_SHAPE_JS)
    assert shape["tag"] == "BUTTON" and shape["expanded"] == "false"
    assert "aria-label" not in shape["attrs"] and not [a for a in shape["attrs"] if a.startswith("data-test")]
    assert shape["first"] == "IMG" and shape["img"] == "Ada Lovelace"
    assert shape["text"] == "Me"  # the caret is an icon, not a character
    assert shape["svgNs"] == "http://www.w3.org/2000/svg" and shape["svgHidden"] == "true" and shape["svgIcon"] == "caret-small"
    assert shape["panelHidden"] == "true" and shape["panelChildren"] == 0
    find(d, "@me").click()
    find(d, "@settings-link")
    assert d.execute_script(ME_SHAPE_JS)["panelHidden"] == "false"
    find(d, "@me").click()
    wait_for_status(d, "prompt")
    shape = d.execute_script(ME_SHAPE_JS)
    assert shape["panelHidden"] == "true" and shape["panelChildren"] == 0


def test_page_touching_the_target_on_pointerdown(browser):
    """churn=pointer: the "Me" button and the switch change under the pointer (class, style, a child re-rendered);
    each click still moves the guide on, and the final one reaches done within 2 s."""
    d = browser.driver
    browser.open(HOME + "?lang=en&churn=pointer")
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    record_page_mutations(d)
    guided_click(d, "open-me-menu", "@me", 1)
    wait_for_status(d, "guiding", "open-settings", timeout=2)
    assert any(m["target"] == "BUTTON#ember30" and m["attr"] == "class" for m in page_mutations(d)), "no churn on the Me button"
    guided_click(d, "open-settings", "@settings-link", 2)
    guided_click(d, "open-data-privacy", "@privacy-link", 3)
    guided_click(d, "open-ai-setting", "@ai-link", 4)
    state = wait_for_status(d, "guiding", "switch-off")
    assert state["step-index"] == "5"
    switch = find(d, "@ai-switch")
    wait_spotlight_on(d, switch)
    record_page_mutations(d)
    switch.click()
    wait_for_status(d, "done", timeout=2)
    churn = page_mutations(d)
    assert any(m["target"] == "INPUT" and m["attr"] == "class" for m in churn), "no churn on the switch"
    assert any(m["type"] == "childList" and m["target"] == "LABEL" for m in churn), "the state word was not re-rendered"
    assert browser.storage()["guide:linkedin"]["observed"] == "off"
