"""Claude: the opt-out flow on the replica of claude.ai (settings dialog at #settings/data-privacy-controls), with the
location-metadata switch next to the training switch as a decoy the ring must never enclose.

Labels: the 2026 English label "Help improve our AI models" and the 2025 labels (en "Help improve Claude", fr "Aider
à améliorer Claude", es "Ayudar a mejorar Claude", de shown in English) are sourced; the 2026 label in other
languages is unknown, so there the replica's made-up translation must lead to an honest fallback."""

import time

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from . import flows
from .flows import find
from .harness.guide import hold_status, host_state, shadow_click, shadow_find, wait_for_status, wait_spotlight_on, wait_until
from .ring_watch import assert_decoys_never_ringed, seen, watch

HOME = "https://claude.ai/new"
SETTING = "https://claude.ai/new#settings/data-privacy-controls"
DECOYS = ["location-switch"]
STEPS = 3


def guided_click(d, step, where, index):
    return flows.guided_click(d, "claude", step, where, index, count=STEPS)


def start_and_open_link(browser, click: bool):
    flows.start_and_open_link(browser, "open-privacy-settings", SETTING, STEPS, click)


def switch_off_and_done(d):
    guided_click(d, "switch-off", "@training-switch", 3)
    wait_for_status(d, "done", timeout=2)
    assert find(d, "@training-switch").get_attribute("aria-checked") == "false"
    assert find(d, "@location-switch").get_attribute("aria-checked") == "true", "the location switch was not touched"


def test_whole_flow_from_home_by_the_link(browser):
    d = browser.driver
    browser.open(HOME)
    assert wait_for_status(d, "prompt")["lang"] == "en"
    start_and_open_link(browser, click=True)
    watch(d, DECOYS)
    assert wait_for_status(d, "guiding", "switch-off")["lang"] == "en"
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)
    assert browser.storage()["guide:claude"]["observed"] == "off"


@pytest.mark.parametrize("lang", ["fr", "es", "de"])
def test_flow_through_the_menu_and_privacy_tab_in_language(browser, lang):
    """Sourced labels only: the Privacy tab (Confidentialité, Privacidad, Datenschutz) as a role=tab button without
    href, and the 2025 switch label (Aider à améliorer Claude, Ayudar a mejorar Claude; English in German)."""
    d = browser.driver
    browser.open(f"{HOME}?lang={lang}&labels=old&tabs=buttons")
    assert wait_for_status(d, "prompt")["lang"] == lang
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding", "open-privacy-settings")
    # The user takes the app's own way instead of the link: their name → Settings.
    find(d, "@profile").click()
    find(d, "@settings-item").click()
    watch(d, DECOYS)
    assert find(d, "@privacy-tab").get_attribute("href") is None, "a tab without a link: found by role and name"
    guided_click(d, "open-privacy-tab", "@privacy-tab", 2)
    assert host_state(d)["lang"] == lang
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def test_privacy_tab_by_its_link_then_switch(browser):
    d = browser.driver
    browser.open(f"{HOME}#settings/general")
    watch(d, DECOYS)
    guided_click(d, "open-privacy-tab", "@privacy-tab", 2)
    wait_until(lambda: d.execute_script("return location.hash") == "#settings/data-privacy-controls", 2, message="the Privacy panel")
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def test_open_link_in_language_then_switch(browser):
    d = browser.driver
    browser.open(f"{HOME}?lang=es&labels=old")
    assert wait_for_status(d, "prompt")["lang"] == "es"
    start_and_open_link(browser, click=False)  # same tab: the replica keeps its language
    watch(d, DECOYS)
    assert wait_for_status(d, "guiding", "switch-off")["lang"] == "es"
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


@pytest.mark.parametrize("order", ["training-first", "location-first"])
def test_switch_without_name_found_by_its_row(browser, order):
    """The switch's own name is unknown: with none at all, the row that carries the label picks it, never its neighbour."""
    d = browser.driver
    browser.open(SETTING.replace("#", f"?switchname=none&order={order}#"))
    watch(d, DECOYS)
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def test_turned_back_on_guides_again(browser):
    d = browser.driver
    browser.open(SETTING)
    watch(d, DECOYS)
    switch_off_and_done(d)
    find(d, "@training-switch").click()  # back on: a new element after the re-render
    state = wait_for_status(d, "guiding", "switch-off", timeout=2)
    assert state["step-index"] == "3"
    wait_spotlight_on(d, find(d, "@training-switch"))
    assert browser.storage()["guide:claude"]["observed"] == "on"
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def _statuses_until_done(d, timeout=5):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s = host_state(d)
        if s and s.get("status") == "done":
            return
        time.sleep(0.03)
    raise AssertionError(f"no done within {timeout} s; now: {host_state(d)}")


def test_done_holds_after_reload_and_closing(browser):
    d = browser.driver
    browser.open(SETTING)
    switch_off_and_done(d)
    d.refresh()
    watch(d, DECOYS)
    _statuses_until_done(d)
    hold_status(d, "done")
    statuses = seen(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding") or s.startswith("searching")], statuses
    # Closed (Escape closes the dialog): outside the settings the guide has nothing to show once the setting is off.
    ActionChains(d).send_keys(Keys.ESCAPE).perform()
    wait_until(lambda: host_state(d) is None, 2, message="no host outside the settings")
    d.execute_script("location.hash = '#settings/data-privacy-controls'")
    wait_for_status(d, "done", timeout=2)


def test_already_opted_out_goes_straight_to_done(browser):
    d = browser.driver
    browser.open(SETTING.replace("#", "?optedout=1#"))
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding")], statuses


def test_late_panel_searches_then_guides(browser):
    """The panel's controls arrive ~2.9 s after navigation: searching first, then the ring on the training switch."""
    d = browser.driver
    browser.open(SETTING.replace("#", "?late=1&scramble=1#"))
    watch(d, DECOYS)
    wait_for_status(d, "searching", "switch-off", timeout=3)
    t0 = time.monotonic()
    wait_for_status(d, "guiding", "switch-off", timeout=5)
    assert time.monotonic() - t0 < 4.5
    switch_off_and_done(d)
    assert_decoys_never_ringed(d)


def _assert_honest_fallback(browser, url, lang, decoy_shown=True):
    d = browser.driver
    browser.open(url)
    t0 = time.monotonic()  # the page has loaded: the guide looks for 5 s, then says it cannot find the switch
    watch(d, DECOYS)
    state = wait_for_status(d, "target-missing", "switch-off", timeout=6.5)
    elapsed = time.monotonic() - t0
    assert elapsed < 5.8, f"target-missing only {elapsed:.1f} s after the page loaded"
    assert state["lang"] == lang
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link is not None and link.get_attribute("href") == SETTING
    assert shadow_find(d, '[data-action="copy-report"]') is not None
    hold_status(d, "target-missing", "switch-off", seconds=1)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding")], f"guided on something: {statuses}"
    if decoy_shown:
        assert find(d, "@location-switch").is_displayed()


@pytest.mark.parametrize("change", ["renamed", "removed"])
def test_site_changed_falls_back_to_the_direct_link(browser, change):
    _assert_honest_fallback(browser, SETTING.replace("#", f"?changed={change}#"), "en")


def test_new_label_in_a_language_without_a_source_falls_back(browser):
    """French UI with the 2026 label, whose French wording no source gives (the replica's is made up): the guide does
    not know it and must say so, not guess the switch next to it."""
    _assert_honest_fallback(browser, SETTING.replace("#", "?lang=fr#"), "fr")


def test_old_settings_address_that_serves_nothing_falls_back(browser):
    """/settings/data-privacy-controls is still published but served nothing when signed in: the guide knows the
    address but finds no switch there, and offers the working fragment address instead."""
    _assert_honest_fallback(browser, "https://claude.ai/settings/data-privacy-controls", "en", decoy_shown=False)
