"""Tumblr: the opt-out flow on the replica of www.tumblr.com (Settings at /settings/account with the list of the user's
blogs, each blog's settings at /settings/blog/<name>, section Visibility, the toggle "Prevent third-party sharing for
<name>"; opted out here is the toggle ON). The neighbouring toggles ("Hide <name> from search results", "Allow others
to …") are decoys. The setting is per blog and the replica has two: the second is still to do after the first, while
the extension stores one state per platform. English labels only; no markup is public."""

from . import flows
from .flows import find
from .harness.guide import hold_status, shadow_click, shadow_find, wait_for_status, wait_until
from .ring_watch import assert_decoys_never_ringed, seen, watch

HOME = "https://www.tumblr.com/dashboard"
SETTING = "https://www.tumblr.com/settings"
BLOG1, BLOG2 = "adalovelace", "ada-sketches"
BLOG_URL = "https://www.tumblr.com/settings/blog/{}"
DECOYS = ["hide-search-switch", "hide-logged-out-switch", "asks-switch", "submissions-switch"]
STEPS = 3


def guided_click(d, step, where, index):
    return flows.guided_click(d, "tumblr", step, where, index, count=STEPS)


def switch_on_and_done(d):
    guided_click(d, "switch-on", "@prevent-switch", 3)
    wait_for_status(d, "done", timeout=2)
    assert find(d, "@prevent-switch").is_selected()
    assert not find(d, "@hide-search-switch").is_selected(), "the neighbouring toggles were not touched"
    assert find(d, "@asks-switch").is_selected()


def path(d):
    return d.execute_script("return location.pathname")


def test_whole_flow_then_the_second_blog(browser):
    """Dashboard → the pill → the link to Settings → the first blog → switch on: done. Then the second blog, whose
    toggle is still off: on the account page the guide says done (one state per platform), and on the second blog's
    page it guides again to that blog's toggle."""
    d = browser.driver
    browser.open(HOME)
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding", "open-settings")
    link = wait_until(lambda: shadow_find(d, 'a[data-action="open-link"]'), 3, message="the open-link button")
    assert link.get_attribute("href") == SETTING
    browser.open(SETTING)
    assert path(d) == "/settings/account"
    watch(d, DECOYS)
    guided_click(d, "choose-blog", f"@blog-{BLOG1}", 2)
    wait_until(lambda: path(d) == f"/settings/blog/{BLOG1}", 2, message="the first blog's settings")
    switch_on_and_done(d)
    assert browser.storage()["guide:tumblr"]["observed"] == "off"
    # Back to the account settings: the blog list is there, but the platform is known off.
    before = len(seen(d)["statuses"])
    find(d, "@account-link").click()
    wait_until(lambda: path(d) == "/settings/account", 2, message="the account settings")
    hold_status(d, "done", seconds=0.8)
    on_account = [s for s in seen(d)["statuses"][before:] if s.endswith(" /settings/account")]
    assert on_account and all(s.startswith("done") for s in on_account), on_account
    # The second blog: its toggle is off, which reads as "on" (sharing allowed): guided again.
    find(d, f"@blog-{BLOG2}").click()
    state = wait_for_status(d, "guiding", "switch-on", timeout=2)
    assert state["step-index"] == "3"
    assert browser.storage()["guide:tumblr"]["observed"] == "on"
    switch_on_and_done(d)
    assert_decoys_never_ringed(d)
    # The first blog again: still on, still done.
    find(d, f"@blog-{BLOG1}").click()
    wait_until(lambda: path(d) == f"/settings/blog/{BLOG1}", 2, message="the first blog's settings")
    hold_status(d, "done", seconds=0.5)
    assert_decoys_never_ringed(d)


def test_switched_off_again_guides_again(browser):
    d = browser.driver
    browser.open(BLOG_URL.format(BLOG1) + "?optedout=1&late=1&scramble=1")
    watch(d, DECOYS)
    wait_for_status(d, "done", timeout=4)
    find(d, "@prevent-switch").click()  # off again
    wait_for_status(d, "guiding", "switch-on", timeout=2)
    assert browser.storage()["guide:tumblr"]["observed"] == "on"
    switch_on_and_done(d)
    assert_decoys_never_ringed(d)


def test_done_holds_after_reload(browser):
    d = browser.driver
    browser.open(BLOG_URL.format(BLOG2))
    watch(d, DECOYS)
    switch_on_and_done(d)
    browser.open(BLOG_URL.format(BLOG2))
    watch(d, DECOYS)
    wait_for_status(d, "done")
    hold_status(d, "done", seconds=1)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding") or s.startswith("searching")], statuses


def test_site_changed_falls_back_to_the_direct_link(browser):
    d = browser.driver
    browser.open(BLOG_URL.format(BLOG1) + "?changed=1")
    watch(d, DECOYS)
    state = wait_for_status(d, "target-missing", "switch-on", timeout=6.5)
    assert state["step-index"] == "3"
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link is not None and link.get_attribute("href") == SETTING
    hold_status(d, "target-missing", "switch-on", seconds=0.5)
    statuses = assert_decoys_never_ringed(d)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding")], statuses
