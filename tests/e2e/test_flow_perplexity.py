"""Perplexity: the opt-out flow on the replica of www.perplexity.ai's account settings (/account/details, then
Preferences at /account/preferences, the "AI data retention" toggle at the end of the list), with the page's other
toggles ("Autosuggest", "Keyboard shortcut hints") as decoys the ring must never enclose.

Labels: English only are sourced ("AI data retention", earlier "AI Data Usage", "Preferences"); the replica's other
languages are made up, so there the guide gets as far as its language-neutral steps (the link, the Preferences
address) and must then fall back honestly."""

import time

import pytest

from . import flows
from .flows import find
from .harness.guide import hold_status, host_state, shadow_click, shadow_find, wait_for_status, wait_spotlight_on, wait_until
from .ring_watch import assert_decoys_never_ringed, ringed, seen, statuses_on, watch

HOME = "https://www.perplexity.ai/"
DETAILS = "https://www.perplexity.ai/account/details"
PREFERENCES = "https://www.perplexity.ai/account/preferences"
SETTING = DETAILS  # the guide's direct link
DECOYS = ["autosuggest-switch", "shortcuts-switch"]
KEYS = ["account-link", "preferences-link", "retention-switch", *DECOYS]  # what a failure message says is ringed
STEPS = 3


def guided_click(d, step, where, index):
    return flows.guided_click(d, "perplexity", step, where, index, count=STEPS)


def start_and_open_link(browser, click: bool):
    flows.start_and_open_link(browser, "open-account-settings", DETAILS, STEPS, click)


def preferences_then_switch_off(d):
    guided_click(d, "open-preferences", "@preferences-link", 2)
    wait_until(lambda: d.execute_script("return location.pathname") == "/account/preferences", 2, message="Preferences")
    switch_off_and_done(d)


def switch_off_and_done(d):
    guided_click(d, "switch-off", "@retention-switch", 3)
    wait_for_status(d, "done", timeout=2)
    assert find(d, "@retention-switch").get_attribute("aria-checked") == "false"
    for decoy in DECOYS:
        assert find(d, "@" + decoy).get_attribute("aria-checked") == "true", f"{decoy} was touched"


def test_whole_flow_from_home_by_the_link(browser):
    d = browser.driver
    browser.open(HOME)
    assert wait_for_status(d, "prompt")["lang"] == "en"
    start_and_open_link(browser, click=True)
    watch(d, DECOYS)
    preferences_then_switch_off(d)
    assert_decoys_never_ringed(d)
    assert browser.storage()["guide:perplexity"]["observed"] == "off"


def test_flow_through_the_profile_menu_with_the_old_label(browser):
    """The way the help describes (avatar → All settings → Preferences), on a page still saying "AI Data Usage"."""
    d = browser.driver
    browser.open(f"{HOME}?labels=old")
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding", "open-account-settings")
    find(d, "@profile").click()
    find(d, "@settings-item").click()  # a client-side navigation to /account/details
    watch(d, DECOYS)
    preferences_then_switch_off(d)
    assert_decoys_never_ringed(d)


def test_turned_back_on_guides_again(browser):
    d = browser.driver
    browser.open(PREFERENCES)
    watch(d, DECOYS)
    switch_off_and_done(d)
    find(d, "@retention-switch").click()
    assert wait_for_status(d, "guiding", "switch-off", timeout=2)["step-index"] == "3"
    wait_spotlight_on(d, find(d, "@retention-switch"))
    assert browser.storage()["guide:perplexity"]["observed"] == "on"
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def test_done_holds_after_reload_and_elsewhere_in_settings(browser):
    d = browser.driver
    browser.open(PREFERENCES)
    switch_off_and_done(d)
    d.refresh()
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done")
    statuses = seen(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding") or s.startswith("searching")], statuses
    find(d, "@account-link").click()  # other settings pages: known off, still done
    wait_until(lambda: d.execute_script("return location.pathname") == "/account/details", 2, message="/account/details")
    hold_status(d, "done", seconds=1)
    d.execute_script("document.querySelector('a.logo').click()")  # outside the settings: nothing to show
    wait_until(lambda: host_state(d) is None, 2, message="no host outside the settings")


def test_already_opted_out_goes_straight_to_done(browser):
    d = browser.driver
    browser.open(f"{PREFERENCES}?optedout=1")
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding")], statuses


def test_late_rendering_searches_then_guides(browser):
    d = browser.driver
    browser.open(f"{DETAILS}?late=1&scramble=1")
    wait_for_status(d, "searching", "open-preferences", timeout=3)
    guided_click(d, "open-preferences", "@preferences-link", 2)
    watch(d, DECOYS)
    wait_for_status(d, "searching", timeout=2)  # the Preferences page loads late too
    wait_for_status(d, "guiding", "switch-off", timeout=4)
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def _assert_honest_fallback(d, lang, since, path=None):
    """The toggle cannot be found: target-missing with the direct link within ~5.5 s, never a ring on anything."""
    try:
        state = wait_for_status(d, "target-missing", timeout=6.5)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the ring encloses {ringed(d, KEYS)} at {d.execute_script('return location.pathname')}"
                             f"; statuses: {seen(d)['statuses']}") from None
    elapsed = time.monotonic() - since
    assert elapsed < 5.8, f"target-missing only {elapsed:.1f} s after the page loaded"
    assert state["lang"] == lang
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link is not None and link.get_attribute("href") == SETTING
    hold_status(d, "target-missing", seconds=1)
    assert_decoys_never_ringed(d)
    statuses = statuses_on(d, path) if path else seen(d)["statuses"]
    assert statuses and not [s for s in statuses if s.startswith("guiding")], f"guided on something: {seen(d)['statuses']}"


@pytest.mark.parametrize("change", ["renamed", "removed"])
def test_site_changed_falls_back_to_the_direct_link(browser, change):
    d = browser.driver
    browser.open(f"{PREFERENCES}?changed={change}")
    since = time.monotonic()
    watch(d, DECOYS)
    _assert_honest_fallback(d, "en", since)
    assert find(d, "@autosuggest-switch").is_displayed()


@pytest.mark.parametrize("lang", ["de", "fr"])
def test_non_english_ui_gets_the_neutral_steps_then_falls_back(browser, lang):
    """No source gives Perplexity's labels in other languages (the replica's are made up): the link and the
    Preferences address still guide; the toggle, known by its English name only, is not guessed."""
    d = browser.driver
    browser.open(f"{HOME}?lang={lang}")
    assert wait_for_status(d, "prompt")["lang"] == lang
    start_and_open_link(browser, click=False)  # same tab: the replica keeps its language
    watch(d, DECOYS)
    assert host_state(d)["lang"] == lang
    guided_click(d, "open-preferences", "@preferences-link", 2)
    since = time.monotonic()  # a client-side navigation: the watch is still there
    _assert_honest_fallback(d, lang, since, path="/account/preferences")
