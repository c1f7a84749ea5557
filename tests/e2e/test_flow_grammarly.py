"""Grammarly: the opt-out flow on the replica of account.grammarly.com (the account pages with their left navigation,
the Privacy page /security/privacy with "Product Improvement and Training", and a single-user Pro account's
/admin/data_settings with "Product Improvement & Training"), with the other toggles on those pages ("Personalized
suggestions", "Product news and offers", "Generative AI features", all made up) as decoys the ring must never enclose.

Labels: only the English ones are sourced (Grammarly's support pages); the replica's other languages are made up, so
there the guide gets as far as its link step and must then fall back honestly to the plain steps and the direct link."""

import time

from . import flows
from .flows import find
from .harness.guide import hold_status, host_state, shadow_click, shadow_find, wait_for_status, wait_spotlight_on, wait_until
from .ring_watch import assert_decoys_never_ringed, assert_honest_fallback, assert_no_guiding, watch

HOME = "https://account.grammarly.com/"
PRIVACY = "https://account.grammarly.com/security/privacy"
DATA_SETTINGS = "https://account.grammarly.com/admin/data_settings"
DECOYS = ["personal-switch", "news-switch", "genai-switch"]
STEPS = 2


def guided_click(d, step, where, index):
    return flows.guided_click(d, "grammarly", step, where, index, count=STEPS)


def start_at_the_link_step(d):
    """Start from the pill: step 1 is a link to the privacy page, with nothing ringed."""
    shadow_click(d, '[data-action="start"]')
    state = wait_for_status(d, "guiding", "open-privacy")
    assert (state["step-index"], state["step-count"]) == ("1", str(STEPS))
    link = wait_until(lambda: shadow_find(d, 'a[data-action="open-link"]'), 3, message="the open-link button")
    assert link.get_attribute("href") == PRIVACY
    assert shadow_find(d, '[part~="spotlight"]') is None, "a step done by opening a link rings nothing"
    return link


def switch_off_and_done(d, decoys=("personal-switch", "news-switch")):
    guided_click(d, "switch-off", "@training-switch", 2)
    wait_for_status(d, "done", timeout=2)
    assert not find(d, "@training-switch").is_selected()
    for decoy in decoys:
        assert find(d, "@" + decoy).is_selected(), f"{decoy} was touched"



def test_whole_flow_from_home_through_the_navigation(browser):
    """account.grammarly.com opens on the Account page; started there, the guide offers its link, and the page's own
    "Privacy" entry (a client-side navigation) gets there just as well."""
    d = browser.driver
    browser.open(HOME)
    wait_until(lambda: d.execute_script("return location.pathname") == "/account", 3, message="/account")
    assert wait_for_status(d, "prompt")["lang"] == "en"
    start_at_the_link_step(d)
    watch(d, DECOYS)
    find(d, "@privacy-link").click()
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)
    assert browser.storage()["guide:grammarly"]["observed"] == "off"


def test_single_user_pro_data_settings_on_a_late_page(browser):
    """A single-user Pro account's /admin/data_settings, rendering 1-2 s late, with the label as the business pages
    write it ("Product Improvement & Training") and a "Generative AI features" toggle beside it."""
    d = browser.driver
    browser.open(f"{DATA_SETTINGS}?late=1")
    watch(d, DECOYS)
    wait_for_status(d, "searching", "switch-off", timeout=3)
    switch_off_and_done(d, decoys=("genai-switch",))
    assert_decoys_never_ringed(d)


def test_turned_back_on_guides_again(browser):
    d = browser.driver
    browser.open(PRIVACY)
    watch(d, DECOYS)
    switch_off_and_done(d)
    find(d, "@training-switch").click()
    assert wait_for_status(d, "guiding", "switch-off", timeout=2)["step-index"] == "2"
    wait_spotlight_on(d, find(d, "@training-switch"))
    assert browser.storage()["guide:grammarly"]["observed"] == "on"
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def test_done_holds_after_reload(browser):
    d = browser.driver
    browser.open(PRIVACY)
    switch_off_and_done(d)
    d.refresh()
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done")
    assert_no_guiding(d)
    assert_decoys_never_ringed(d)
    find(d, "@account-link").click()  # outside the setting's pages: nothing to show once it is known off
    wait_until(lambda: host_state(d) is None, 2, message="no host on the Account page")


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
    keys = ["training-switch", *DECOYS]
    assert_honest_fallback(d, "switch-off", lang, since, PRIVACY, keys)
    for key in ("training-switch", "personal-switch", "news-switch"):
        assert find(d, "@" + key).is_selected(), f"{key} changed"


def test_site_changed_falls_back_to_the_direct_link(browser):
    """The toggle renamed: its neighbours are still there, none of them is ringed, and neither is the renamed toggle."""
    d = browser.driver
    browser.open(f"{PRIVACY}?changed=1")
    since = time.monotonic()
    watch(d, ["training-switch", *DECOYS])
    _assert_honest_fallback(d, "en", since)


def test_non_english_ui_gets_the_link_then_falls_back(browser):
    """No source gives Grammarly's labels in other languages (the replica's French is made up): the link step still
    works; the toggle, known by its English name only, is not guessed."""
    d = browser.driver
    browser.open(f"{HOME}?lang=fr")
    assert wait_for_status(d, "prompt")["lang"] == "fr"
    start_at_the_link_step(d)
    browser.open(PRIVACY)  # the link's address in this tab: the replica keeps its language
    since = time.monotonic()
    watch(d, ["training-switch", *DECOYS])
    _assert_honest_fallback(d, "fr", since)
