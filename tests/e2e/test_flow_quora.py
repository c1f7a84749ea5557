"""Quora: the opt-out flow on the replica of www.quora.com (the home feed, the avatar menu's "Settings", the settings
tabs, the "Content Preferences" group of /settings/privacy), with the training toggle's neighbours in that group ("Allow
GIFs to play automatically", "Allow advertisers on Quora to promote your answers", "Notify your subscribers of your new
questions") and the search-engine toggle above it as decoys the ring must never enclose.

Labels: only the English ones are sourced; the replica's other languages are made up, so there the guide gets as far as
its link step and must then fall back honestly to the plain steps and the direct link."""

import time

from . import flows
from .flows import find
from .harness.guide import hold_status, host_state, shadow_click, shadow_find, wait_for_status, wait_spotlight_on, wait_until
from .ring_watch import assert_decoys_never_ringed, assert_honest_fallback, assert_no_guiding, watch

HOME = "https://www.quora.com/"
PRIVACY = "https://www.quora.com/settings/privacy"
DECOYS = ["gifs-switch", "ads-switch", "notify-switch", "search-switch"]
STEPS = 2


def guided_click(d, step, where, index):
    return flows.guided_click(d, "quora", step, where, index, count=STEPS)


def start_at_the_link_step(d):
    """Start from the pill: step 1 is a link to the privacy settings, with nothing ringed."""
    shadow_click(d, '[data-action="start"]')
    state = wait_for_status(d, "guiding", "open-privacy-settings")
    assert (state["step-index"], state["step-count"]) == ("1", str(STEPS))
    link = wait_until(lambda: shadow_find(d, 'a[data-action="open-link"]'), 3, message="the open-link button")
    assert link.get_attribute("href") == PRIVACY
    assert shadow_find(d, '[part~="spotlight"]') is None, "a step done by opening a link rings nothing"
    return link


def switch_off_and_done(d):
    guided_click(d, "switch-off", "@llm-switch", 2)
    wait_for_status(d, "done", timeout=2)
    assert find(d, "@llm-switch").get_attribute("aria-checked") == "false"
    for decoy in DECOYS:
        assert find(d, "@" + decoy).get_attribute("aria-checked") == "true", f"{decoy} was touched"



def test_whole_flow_from_home_by_the_link(browser):
    d = browser.driver
    browser.open(HOME)
    assert wait_for_status(d, "prompt")["lang"] == "en"
    link = start_at_the_link_step(d)
    before = set(d.window_handles)
    link.click()  # a new tab
    d.switch_to.window(wait_until(lambda: next((h for h in d.window_handles if h not in before), None), 5, message="the new tab"))
    wait_until(lambda: d.execute_script("return location.href") == PRIVACY, 5, message="the privacy settings")
    watch(d, DECOYS)
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)
    assert browser.storage()["guide:quora"]["observed"] == "off"


def test_avatar_menu_settings_privacy_on_a_late_page(browser):
    """The way the help describes (avatar → Settings → Privacy), each page rendering 1-2 s late."""
    d = browser.driver
    browser.open(f"{HOME}?late=1")
    wait_for_status(d, "prompt")
    start_at_the_link_step(d)
    watch(d, DECOYS)
    find(d, "@profile").click()
    find(d, "@settings-item").click()  # client-side, to /settings (the Account tab): still the link step
    wait_until(lambda: d.execute_script("return location.pathname") == "/settings", 2, message="/settings")
    hold_status(d, "guiding", "open-privacy-settings", seconds=0.5)
    find(d, "@privacy-tab").click()
    wait_for_status(d, "searching", "switch-off", timeout=2)  # the privacy panel is still a skeleton
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def test_turned_back_on_guides_again(browser):
    d = browser.driver
    browser.open(PRIVACY)
    watch(d, DECOYS)
    switch_off_and_done(d)
    find(d, "@llm-switch").click()
    assert wait_for_status(d, "guiding", "switch-off", timeout=2)["step-index"] == "2"
    wait_spotlight_on(d, find(d, "@llm-switch"))
    assert browser.storage()["guide:quora"]["observed"] == "on"
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def test_done_holds_after_reload_and_elsewhere_in_settings(browser):
    d = browser.driver
    browser.open(PRIVACY)
    switch_off_and_done(d)
    d.refresh()
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done")
    assert_no_guiding(d)
    find(d, "@account-tab").click()  # another settings page: known off, still done
    wait_until(lambda: d.execute_script("return location.pathname") == "/settings", 2, message="/settings")
    hold_status(d, "done", seconds=1)
    find(d, "@logo").click()  # outside the settings: nothing to show
    wait_until(lambda: host_state(d) is None, 2, message="no host outside the settings")
    assert_decoys_never_ringed(d)


def test_already_opted_out_goes_straight_to_done(browser):
    d = browser.driver
    browser.open(f"{PRIVACY}?optedout=1")
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1)
    assert_decoys_never_ringed(d)
    assert_no_guiding(d)


def _assert_honest_fallback(d, lang, since):
    """The toggle cannot be found: the shared honest fallback, and none of the toggles touched."""
    keys = ["llm-switch", *DECOYS]
    assert_honest_fallback(d, "switch-off", lang, since, PRIVACY, keys)
    for key in keys:
        assert find(d, "@" + key).get_attribute("aria-checked") == "true", f"{key} changed"


def test_site_changed_falls_back_to_the_direct_link(browser):
    """The training toggle renamed: its neighbours in "Content Preferences" are still there, none of them is ringed,
    and neither is the renamed toggle (the guide does not guess)."""
    d = browser.driver
    browser.open(f"{PRIVACY}?changed=1")
    since = time.monotonic()
    watch(d, ["llm-switch", *DECOYS])
    _assert_honest_fallback(d, "en", since)


def test_non_english_ui_gets_the_link_then_falls_back(browser):
    """No source gives Quora's labels in other languages (the replica's German is made up): the link step still
    works; the toggle, known by its English name only, is not guessed."""
    d = browser.driver
    browser.open(f"{HOME}?lang=de")
    assert wait_for_status(d, "prompt")["lang"] == "de"
    start_at_the_link_step(d)
    browser.open(PRIVACY)  # the link's address in this tab: the replica keeps its language
    since = time.monotonic()
    watch(d, ["llm-switch", *DECOYS])
    _assert_honest_fallback(d, "de", since)
