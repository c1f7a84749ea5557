"""WordPress.com: the opt-out flow on the replica of wordpress.com (classic Calypso's General Settings at
/settings/general/<site>, section Privacy; the new dashboard's Site visibility at /v2/sites/<site>/settings/
site-visibility). Opted out here is the box TICKED and SAVED: ticking alone is not done, and neither is a ticked box
with the form still unsaved. The visibility radios and "Discourage search engines from indexing this site" are the
decoys next to it. The setting is per site: a second site is still to do after the first.

Markup and labels follow Automattic's public wp-calypso source (English only)."""

import pytest

from . import flows
from .flows import find
from .harness.guide import hold_status, shadow_click, shadow_find, wait_for_status, wait_until
from .ring_watch import assert_decoys_never_ringed, ringed, seen, watch

SITE = "adasnotes.wordpress.com"
SITE2 = "lovelace.blog"
HOME = f"https://wordpress.com/home/{SITE}"
SETTING = "https://wordpress.com/settings/general"  # the guide's link: the site picker
CLASSIC = f"https://wordpress.com/settings/general/{SITE}"
V2 = f"https://wordpress.com/v2/sites/{SITE}/settings/site-visibility"
DECOYS = ["discourage-box", "public-radio", "private-radio", "coming-soon-radio"]
SAVES = ["privacy-save", "profile-save", "save"]
STEPS = 4


def guided_click(d, step, where, index):
    return flows.guided_click(d, "wordpress", step, where, index, count=STEPS)


def ringed_save(d):
    """The Save button the guide rings (classic pages have one per section, all saving the same form)."""
    return wait_until(lambda: next(iter(ringed(d, SAVES)), None), 3, message="a ringed Save button")


# The save button of a finished save: in the page, and no longer saying "Saving…".
SAVED_JS = "const b = Replica.target(arguments[0]); return Boolean(b && b.isConnected && !/Saving/.test(b.textContent));"


def tick_then_save(d):
    """Tick: not done, the guide moves to Save; done only once the form is saved."""
    before = len(seen(d)["statuses"])
    guided_click(d, "tick-prevent-sharing", "@prevent-box", 3)
    wait_for_status(d, "guiding", "save", timeout=2)
    hold_status(d, "guiding", "save", seconds=0.8)
    unsaved = seen(d)["statuses"][before:]
    assert not [s for s in unsaved if s.startswith("done")], f"done before Save: {unsaved}"
    save = ringed_save(d)
    guided_click(d, "save", "@" + save, 4)
    wait_for_status(d, "done", timeout=2)
    # The form shows the saved state once the save is over: while "Saving…" it is drawn again (and a notice of an
    # earlier save may still be there), so its elements are read after that.
    wait_until(lambda: d.execute_script(SAVED_JS, save), 2, message="the save over")
    assert find(d, "@prevent-box").is_selected()
    assert "Settings saved." in find(d, "@notice").text
    assert not find(d, "@discourage-box").is_selected(), "the search-engine box was not touched"
    return save


def test_whole_flow_from_my_home_through_the_site_picker(browser):
    """My Home → the pill → the guide's link (the site picker) → the site → tick; untick and tick again before saving
    (the guide follows both ways) → Save settings → done. Then the second site: the guide guides again there."""
    d = browser.driver
    browser.open(HOME)
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding", "open-site-settings")
    link = wait_until(lambda: shadow_find(d, 'a[data-action="open-link"]'), 3, message="the open-link button")
    assert link.get_attribute("href") == SETTING
    browser.open(SETTING)
    watch(d, DECOYS)
    # The site picker: the guide rings a site to choose (any of them: the setting is per site).
    state = wait_for_status(d, "guiding", "choose-site")
    assert state["step-index"] == "2"
    find(d, f"@site-{SITE}").click()
    guided_click(d, "tick-prevent-sharing", "@prevent-box", 3)
    wait_for_status(d, "guiding", "save", timeout=2)
    find(d, "@prevent-box").click()  # unticked again: the form is clean, nothing to save
    wait_for_status(d, "guiding", "tick-prevent-sharing", timeout=2)
    tick_then_save(d)
    assert_decoys_never_ringed(d)
    assert browser.storage()["guide:wordpress"]["observed"] == "off"
    # The second site, whose box is not ticked: per site, so the guide guides again there. On the site picker the
    # platform is known off (one state per platform): the guide says done there.
    browser.open(SETTING)
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=0.5)
    find(d, f"@site-{SITE2}").click()
    wait_for_status(d, "guiding", "tick-prevent-sharing", timeout=3)
    assert browser.storage()["guide:wordpress"]["observed"] == "on"
    tick_then_save(d)
    assert_decoys_never_ringed(d)


def test_new_dashboard_not_done_before_save_and_done_after_reload(browser):
    d = browser.driver
    browser.open(V2 + "?late=1&scramble=1")
    watch(d, DECOYS)
    assert tick_then_save(d) == "save"
    assert find(d, "@save").get_attribute("disabled") is not None
    assert_decoys_never_ringed(d)
    browser.open(V2)  # a reload (the query would reset the replica)
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding") or s.startswith("searching")], statuses


def test_unticked_again_guides_again(browser):
    d = browser.driver
    browser.open(CLASSIC + "?optedout=1")
    watch(d, DECOYS)
    wait_for_status(d, "done")
    find(d, "@prevent-box").click()  # unticked: sharing would be allowed again once saved
    wait_for_status(d, "guiding", "tick-prevent-sharing", timeout=2)
    assert browser.storage()["guide:wordpress"]["observed"] == "on"
    find(d, "@privacy-save").click()
    wait_until(lambda: not find(d, "@prevent-box").is_selected() and find(d, "@notice"), 3, message="saved unticked")
    wait_for_status(d, "guiding", "tick-prevent-sharing", timeout=2)
    tick_then_save(d)
    assert_decoys_never_ringed(d)


def test_done_holds_after_reload_classic(browser):
    d = browser.driver
    browser.open(CLASSIC)
    watch(d, DECOYS)
    tick_then_save(d)
    browser.open(CLASSIC)
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding") or s.startswith("searching")], statuses


@pytest.mark.parametrize("page", [CLASSIC, V2])
def test_site_changed_falls_back_to_the_direct_link(browser, page):
    d = browser.driver
    browser.open(page + "?changed=1")
    watch(d, DECOYS)
    state = wait_for_status(d, "target-missing", "tick-prevent-sharing", timeout=6.5)
    assert state["step-index"] == "3"
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link is not None and link.get_attribute("href") == SETTING
    hold_status(d, "target-missing", "tick-prevent-sharing", seconds=0.5)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding")], statuses


def test_classic_save_button_enabled_while_clean(browser):
    """wp-calypso's section headers disable "Save settings" only while saving (settings-section-header, site-setting-
    privacy: disabled={isRequestingSettings || isSavingSettings}), so after saving the buttons stay enabled. Done comes
    from the moment of saving, when the button reads "Saving…" (no "Save settings" button: the guide's no_element case),
    and then holds as known off."""
    d = browser.driver
    browser.open(CLASSIC + "?save=always")
    watch(d, DECOYS)
    tick_then_save(d)
    assert_decoys_never_ringed(d)


@pytest.mark.xfail(strict=True, reason="guide: with Save settings enabled while nothing changed (as wp-calypso builds "
                   "it), a box ticked and saved earlier reads neither off nor on, and the guide asks for Save (step 4)")
def test_classic_already_saved_with_save_button_enabled(browser):
    """The site opted out earlier (ticked and saved; a new browser, or after "Forget everything"), on the page as
    wp-calypso builds it (Save settings enabled): the guide should confirm, not ask for a Save."""
    d = browser.driver
    browser.open(CLASSIC + "?save=always&optedout=1")
    watch(d, DECOYS)
    wait_for_status(d, "done")
