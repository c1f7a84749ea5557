"""Google Gemini: from the Gemini app (an open-link step) to the "Keep activity" chip and its menu on My Activity.

The replicas (tests/replicas/gemini.google.com, tests/replicas/myactivity.google.com) follow
docs/evidence.md and the live-measured clone it cites: the chip (aria-haspopup="menu", aria-label
"Turn off your Keep Activity setting", "On"/"Off"), its menu ("Turn off" / "Turn off and delete activity", each with a
hint), and on the same page other things that look alike: the OneGoogle account button and the "Delete" button (both
aria-haspopup="menu", both opening a role=menu), the opt-in audio checkbox and the auto-delete row. Only English and
the Spanish page title are sourced; in other languages the replica uses made-up labels, and the guide can only fall
back to its plain steps and the direct link (or, in Spanish, find the chip by the page title but never read its
state). Elements are named by the replica's registry ("@key"), never by the guide's selectors."""

import pytest
from . import flows
from .flows import find
from .harness.guide import hold_status, host_state, shadow_click, shadow_find, wait_for_status, wait_spotlight_on, wait_until
from .ringwatch import assert_nothing_wrong_ringed, searching_to_missing_ms, watch, watched

GEMINI = "https://gemini.google.com/app"
ACTIVITY = "https://myactivity.google.com/product/gemini"
# Never the target, whatever step: the OneGoogle account button and its menu, the Delete button and its menu, the
# opt-in audio checkbox, the auto-delete row, the changed site's switch.
DECOYS = ["account", "account-first", "delete", "delete-first", "audio", "auto-delete", "changed-switch"]


def guided_click(driver, step, where, index):
    return flows.guided_click(driver, "gemini", step, where, index, count=3)


def chip_text(driver) -> str:
    return find(driver, "@chip").text.strip()


def no_spotlight(driver) -> bool:
    return shadow_find(driver, '[part~="spotlight"]') is None


def open_activity(browser, query: str = "") -> None:
    browser.open(ACTIVITY + query)
    watch(browser.driver, DECOYS)


def test_gemini_to_done(browser):
    """Prompt on Gemini, start, the open-link step (a link, no ring), then on My Activity: chip, "Turn off", done."""
    d = browser.driver
    browser.open(GEMINI)
    assert wait_for_status(d, "prompt")["lang"] == "en"
    shadow_click(d, '[data-action="start"]')
    state = wait_for_status(d, "guiding", "open-activity")
    assert (state["step-index"], state["step-count"]) == ("1", "3")
    link = shadow_find(d, 'a[data-action="open-link"]')
    assert link is not None and link.get_attribute("href") == ACTIVITY
    assert no_spotlight(d), "a step done by opening a link rings nothing"

    open_activity(browser)  # the same tab is fine: the guide was started for both hosts
    guided_click(d, "open-keep-activity-menu", "@chip", 2)
    guided_click(d, "turn-off", "@turn-off", 3)
    wait_for_status(d, "done", timeout=2)
    assert chip_text(d) == "Off"
    find(d, "@got-it").click()  # the dialog after turning off
    hold_status(d, "done", seconds=1)
    assert browser.storage()["guide:gemini"]["observed"] == "off"
    assert_nothing_wrong_ringed(d)


def test_done_holds_after_reload_and_re_enable_is_noticed(browser):
    d = browser.driver
    open_activity(browser)  # a settings page: guiding starts by itself
    guided_click(d, "open-keep-activity-menu", "@chip", 2)
    guided_click(d, "turn-off", "@turn-off", 3)
    wait_for_status(d, "done", timeout=2)
    find(d, "@got-it").click()

    d.refresh()
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1.5)
    assert not [e for e in watched(d)["log"] if e["status"] == "guiding"], watched(d)["log"]
    assert chip_text(d) == "Off"

    find(d, "@chip").click()  # the off chip's menu: "Turn on"
    find(d, "@turn-on")
    hold_status(d, "done", seconds=0.6)
    find(d, "@turn-on").click()
    wait_for_status(d, "guiding", "open-keep-activity-menu", timeout=2)
    wait_spotlight_on(d, find(d, "@chip"))
    assert chip_text(d) == "On"
    assert browser.storage()["guide:gemini"]["observed"] == "on"
    # and off again
    guided_click(d, "open-keep-activity-menu", "@chip", 2)
    guided_click(d, "turn-off", "@turn-off", 3)
    wait_for_status(d, "done", timeout=2)
    assert_nothing_wrong_ringed(d)


def test_activity_opens_in_a_new_tab_from_the_overlay_and_from_gemini(browser):
    """The overlay's link and Gemini's own Menu → Settings & help → Activity both open My Activity in a new tab,
    where the guide goes on with the chip; on Gemini nothing is ringed meanwhile."""
    d = browser.driver
    browser.open(GEMINI)
    wait_for_status(d, "prompt")
    watch(d, ["main-menu", "settings-help", "activity", "account"])
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding", "open-activity")
    gemini_tab = d.current_window_handle

    before = set(d.window_handles)
    shadow_click(d, 'a[data-action="open-link"]')
    tab = wait_until(lambda: [h for h in d.window_handles if h not in before], 5, message="a new tab")[0]
    d.switch_to.window(tab)
    wait_until(lambda: d.current_url.startswith(ACTIVITY), 5, message="My Activity in the new tab")
    guided_click(d, "open-keep-activity-menu", "@chip", 2)
    d.close()
    d.switch_to.window(gemini_tab)

    # Gemini's own way there: the side navigation's "Settings & help" menu, its "Activity" link.
    find(d, "@settings-help").click()
    assert host_state(d)["step"] == "open-activity" and no_spotlight(d)
    before = set(d.window_handles)
    find(d, "@activity").click()
    tab = wait_until(lambda: [h for h in d.window_handles if h not in before], 5, message="a new tab")[0]
    d.switch_to.window(tab)
    wait_until(lambda: d.current_url.startswith(ACTIVITY), 5, message="My Activity in the new tab")
    guided_click(d, "open-keep-activity-menu", "@chip", 2)
    d.switch_to.window(gemini_tab)
    state = host_state(d)
    assert state["status"] == "guiding" and state["step"] == "open-activity" and no_spotlight(d)
    assert not watched(d)["ringed"]


def test_other_menus_are_not_the_keep_activity_menu(browser):
    """The account menu and the Delete menu are menus too: opening them never makes the guide ring their first item;
    it stays on the chip. With the chip's own menu open it rings "Turn off"; the account menu closes that one again."""
    d = browser.driver
    open_activity(browser)
    wait_for_status(d, "guiding", "open-keep-activity-menu")
    chip = find(d, "@chip")
    wait_spotlight_on(d, chip)

    for button, first in (("@account", "@account-first"), ("@delete", "@delete-first")):
        find(d, button).click()
        find(d, first)  # that menu is open
        hold_status(d, "guiding", "open-keep-activity-menu", seconds=1)
        wait_spotlight_on(d, chip)
        find(d, button).click()  # closes it again (Escape would close the guide)
        wait_until(lambda: d.execute_script(f"return !Replica.target('{first[1:]}')"), 2, message="menu closed")
        wait_for_status(d, "guiding", "open-keep-activity-menu", timeout=1)

    chip.click()
    wait_for_status(d, "guiding", "turn-off")
    wait_spotlight_on(d, find(d, "@turn-off"))
    find(d, "@account").click()  # closes the chip's menu, opens the account menu
    find(d, "@account-first")
    wait_for_status(d, "guiding", "open-keep-activity-menu", timeout=1)
    hold_status(d, "guiding", "open-keep-activity-menu", seconds=1)
    wait_spotlight_on(d, find(d, "@chip"))
    assert find(d, "@chip").text.strip() == "On"
    assert_nothing_wrong_ringed(d)


def test_late_page_and_account_chooser_path(browser):
    d = browser.driver
    browser.open("https://myactivity.google.com/u/1/product/gemini?late=1")
    watch(d, DECOYS)
    wait_for_status(d, "searching", timeout=3)
    wait_for_status(d, "guiding", "open-keep-activity-menu", timeout=5)
    guided_click(d, "open-keep-activity-menu", "@chip", 2)
    guided_click(d, "turn-off", "@turn-off", 3)
    wait_for_status(d, "done", timeout=2)
    assert_nothing_wrong_ringed(d)


def test_already_off_goes_straight_to_done(browser):
    d = browser.driver
    open_activity(browser, "?optedout=1")
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1)
    assert not [e for e in watched(d)["log"] if e["status"] == "guiding"], watched(d)["log"]
    assert chip_text(d) == "Off"


def assert_target_missing_in_time(browser, label: str) -> None:
    d = browser.driver
    wait_for_status(d, "target-missing", "open-keep-activity-menu", timeout=8)
    waited = searching_to_missing_ms(watched(d))
    print(f"[{browser.name}] {label}: target-missing after {waited} ms of searching")
    assert waited is not None and waited <= 5500, watched(d)
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link is not None and link.get_attribute("href") == ACTIVITY
    assert no_spotlight(d)


def test_site_changed_falls_back_to_the_direct_link(browser):
    """The control changed (a plain switch "Chat history", no chip, no menu) while the page title, the header and the
    Delete menu stayed: the guide must say it cannot find the control, not ring another menu button."""
    d = browser.driver
    open_activity(browser, "?changed=1")
    try:
        wait_for_status(d, "target-missing", timeout=7)
    except AssertionError:
        pass
    assert_nothing_wrong_ringed(d)  # first: what was ringed instead, if anything
    assert_target_missing_in_time(browser, "changed")
    hold_status(d, "target-missing", seconds=1)
    assert_nothing_wrong_ringed(d)


@pytest.mark.parametrize("lang", ["de", "fr", "it", "nl"])
def test_unsourced_language_falls_back_honestly(browser, lang):
    """No label of the page is known in these languages: the open-link step still works on Gemini (it needs no
    label); on My Activity the guide falls back to the plain steps and the direct link, and rings nothing."""
    d = browser.driver
    browser.open(f"{GEMINI}?lang={lang}")
    assert wait_for_status(d, "prompt")["lang"] == lang
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding", "open-activity")
    assert shadow_find(d, 'a[data-action="open-link"]').get_attribute("href") == ACTIVITY
    open_activity(browser, f"?lang={lang}")
    assert_target_missing_in_time(browser, lang)
    assert host_state(d)["lang"] == lang
    assert_nothing_wrong_ringed(d)


def test_spanish_falls_back_honestly_and_never_rings_another_menu_button(browser):
    """Spanish: only the page title is sourced, not the card's heading, the chip's label or its state words. The
    page title alone would also fit other menu buttons in its column (Delete), so the guide does not use it: it
    searches, then shows the plain steps and the direct link, and never rings anything on the page."""
    d = browser.driver
    open_activity(browser, "?lang=es")
    state = wait_for_status(d, "target-missing", "open-keep-activity-menu", timeout=7)
    assert state["lang"] == "es"
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link is not None and link.get_attribute("href") == "https://myactivity.google.com/product/gemini"
    assert not [e for e in watched(d)["log"] if e["status"] == "guiding"]
    assert_nothing_wrong_ringed(d)
