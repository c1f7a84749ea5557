"""Pinterest: the opt-out flow on the replica of www.pinterest.com ("Privacy and data" at /settings/privacy: the "Ads
personalisation" checkboxes, then the section "GenAI" with "Use your data to train Pinterest Canvas"), with the page's
other checkboxes as decoys and "GenAI interests" (seeing less AI content, on "Refine your recommendations") as a
look-alike on another page.

How the page confirms a change is unknown (older help: "Done"; maybe a Save bar; maybe autosave): with a button, the
box unticked is not done until the button is pressed; with autosave it is done at once. English labels only."""

from . import flows
from .flows import find
from .harness.guide import hold_status, shadow_click, shadow_find, wait_for_status, wait_until
from .ring_watch import assert_decoys_never_ringed, seen, watch

HOME = "https://www.pinterest.com/"
SETTING = "https://www.pinterest.com/settings/privacy"
REFINE = "https://www.pinterest.com/settings/refine-recommendations"
ADS = ["ads-sites-box", "ads-partner-box", "ads-about-box", "ads-reporting-box", "ads-sharing-box", "ads-off-box"]
INTERESTS = ["genai-interests-tab", "genai-interest-art", "genai-interest-beauty", "genai-interest-fashion"]
DECOYS = ADS + ["reset"]
STEPS = 3


def guided_click(d, step, where, index):
    return flows.guided_click(d, "pinterest", step, where, index, count=STEPS)


def checked(d, key):
    return find(d, "@" + key).is_selected()


def scroll_clear_of_the_bar(d):
    """The sticky Save bar covers the bottom of the window; the ring may sit under it (the guide scrolls only targets
    wholly out of view), so the user scrolls a little, as they would."""
    d.execute_script("const b = Replica.target('canvas-box'); b && b.scrollIntoView({block: 'center'});")


def untick_then_confirm(d, button):
    """Untick: not done yet, the guide points at the confirming button; press it: done."""
    if button == "save":
        wait_for_status(d, "guiding", "untick-canvas")
        scroll_clear_of_the_bar(d)
    before = len(seen(d)["statuses"])
    guided_click(d, "untick-canvas", "@canvas-box", 2)
    wait_for_status(d, "guiding", "save", timeout=2)
    hold_status(d, "guiding", "save", seconds=0.8)  # unticked but unsaved: never done
    unsaved = seen(d)["statuses"][before:]
    assert not [s for s in unsaved if s.startswith("done")], f"done before the box was saved: {unsaved}"
    guided_click(d, "save", "@" + button, 3)
    wait_for_status(d, "done", timeout=2)
    assert not checked(d, "canvas-box")
    assert all(checked(d, key) for key in ADS), "the ads boxes were not touched"


def test_whole_flow_with_done_button(browser):
    """From the home feed: the pill, the link to Privacy and data, untick, Done. Ticking the box again before Done puts
    the guide back on the box (nothing changed, Done disabled again)."""
    d = browser.driver
    browser.open(HOME)
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding", "open-privacy-and-data")
    link = wait_until(lambda: shadow_find(d, 'a[data-action="open-link"]'), 3, message="the open-link button")
    assert link.get_attribute("href") == SETTING
    assert shadow_find(d, '[part~="spotlight"]') is None
    browser.open(link.get_attribute("href"))
    watch(d, DECOYS)
    guided_click(d, "untick-canvas", "@canvas-box", 2)
    wait_for_status(d, "guiding", "save", timeout=2)
    find(d, "@canvas-box").click()  # ticked again: nothing left to save
    assert find(d, "@done").get_attribute("disabled") is not None
    wait_for_status(d, "guiding", "untick-canvas", timeout=2)
    untick_then_confirm(d, "done")
    assert_decoys_never_ringed(d)
    assert browser.storage()["guide:pinterest"]["observed"] == "off"


def test_unsaved_untick_is_lost_on_reload_then_save_bar(browser):
    """The Save bar: unticking alone is not done, and a reload shows the box ticked again (nothing was saved); then
    untick and Save: done, and done holds after a reload."""
    d = browser.driver
    browser.open(SETTING + "?save=bar")
    watch(d, DECOYS)
    wait_for_status(d, "guiding", "untick-canvas")
    scroll_clear_of_the_bar(d)
    guided_click(d, "untick-canvas", "@canvas-box", 2)
    wait_for_status(d, "guiding", "save", timeout=2)
    assert_decoys_never_ringed(d)
    browser.open(SETTING)  # a reload (without the query, which would reset the replica; the variant stays)
    wait_for_status(d, "guiding", "untick-canvas")
    assert checked(d, "canvas-box")
    watch(d, DECOYS)
    untick_then_confirm(d, "save")
    assert_decoys_never_ringed(d)
    browser.open(SETTING)
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding") or s.startswith("searching")], statuses


def test_autosave_is_done_at_once(browser):
    d = browser.driver
    browser.open(SETTING + "?save=auto&late=1&scramble=1")
    watch(d, DECOYS)
    guided_click(d, "untick-canvas", "@canvas-box", 2)
    wait_for_status(d, "done", timeout=2)
    assert_decoys_never_ringed(d)
    assert browser.storage()["guide:pinterest"]["observed"] == "off"


def test_ticked_again_guides_again(browser):
    d = browser.driver
    browser.open(SETTING + "?optedout=1")
    watch(d, DECOYS)
    wait_for_status(d, "done")
    find(d, "@canvas-box").click()  # ticked again (not yet saved)
    wait_for_status(d, "guiding", "untick-canvas", timeout=2)
    assert browser.storage()["guide:pinterest"]["observed"] == "on"
    find(d, "@done").click()  # and saved: the setting is on again
    wait_for_status(d, "guiding", "untick-canvas", timeout=2)
    untick_then_confirm(d, "done")
    assert_decoys_never_ringed(d)


def test_genai_interests_page_is_not_the_setting(browser):
    """On "Refine your recommendations" the "GenAI interests" tab and switches are about what you see: the guide
    offers the link to Privacy and data and rings nothing."""
    d = browser.driver
    browser.open(REFINE)
    watch(d, INTERESTS)
    wait_for_status(d, "guiding", "open-privacy-and-data")
    hold_status(d, "guiding", "open-privacy-and-data", seconds=1.5)
    assert shadow_find(d, 'a[data-action="open-link"]').get_attribute("href") == SETTING
    assert shadow_find(d, '[part~="spotlight"]') is None
    assert_decoys_never_ringed(d)
    # The same look-alikes reached by the site's own navigation: still nothing ringed; then Privacy and data.
    find(d, "@privacy-link").click()
    watch(d, DECOYS)
    untick_then_confirm(d, "done")
    assert_decoys_never_ringed(d)


def test_site_changed_falls_back_to_the_direct_link(browser):
    d = browser.driver
    browser.open(SETTING + "?changed=1")
    watch(d, DECOYS)
    state = wait_for_status(d, "target-missing", "untick-canvas", timeout=6.5)
    assert state["step-index"] == "2"
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link is not None and link.get_attribute("href") == SETTING
    hold_status(d, "target-missing", "untick-canvas", seconds=0.5)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding")], statuses
    assert all(checked(d, key) for key in ADS)
