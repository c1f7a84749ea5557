"""X: the opt-out flow on the replica in six languages, and the look-alikes X's real page has.

The replica follows docs/evidence.md: the left nav's own "Grok" link (/i/grok) on every page, settings
rows that are role="tab" anchors all with data-testid="pivot", and checkbox label ids (CHECKBOX_<n>_LABEL) counted
over the whole page load. Elements are named by the replica's registry ("@key"), never by the guide's selectors."""

import time

import pytest

from . import flows
from .flows import find
from .harness.guide import host_state, shadow_click, shadow_find, wait_for_status, wait_spotlight_on, wait_until
from .harness.matrix import REPEATS

HOME = "https://x.com/home"
PRIVACY = "https://x.com/settings/privacy_and_safety"
SETTING = "https://x.com/settings/grok_settings"
LANGS = ["en", "de", "fr", "es", "it", "nl"]

# What the spotlight encloses, shared by the two watchers below.
ENCLOSES_JS = """
function spotlightEncloses(el) {
  const h = document.getElementById('optout-guide');
  const s = h && h.shadowRoot && h.shadowRoot.querySelector('[part~="spotlight"]');
  if (!s || !el || !el.isConnected || !s.getClientRects().length) return false;
  const st = getComputedStyle(s);
  if (st.display === 'none' || st.visibility === 'hidden') return false;
  const a = s.getBoundingClientRect(), b = el.getBoundingClientRect();
  if (!a.width || !b.width) return false;
  return a.left <= b.left && a.top <= b.top && a.right >= b.right && a.bottom >= b.bottom;
}
"""

# One look from the test (about every 50 ms): the host's status, whether the Grok row exists, the spotlight.
FRAME_JS = ENCLOSES_JS + """
const h = document.getElementById('optout-guide');
const row = Replica.target('grok-row');
return {t: performance.now(), status: h ? h.dataset.status || null : null, step: h ? h.dataset.step || null : null,
        row: !!row, onNav: spotlightEncloses(Replica.target('nav-grok'))};
"""

# A watcher inside the page, so that nothing between two WebDriver calls goes unseen (Firefox's calls are slow):
# every change of the host's status or step, and of the row's presence, with the page's clock, from a mutation
# observer plus a 20 ms timer; and every moment the host says guiding with the spotlight on the nav's Grok link.
WATCH_JS = ENCLOSES_JS + """
const W = window.__xWatch = {t0: performance.now(), log: [], onNav: []};
let last = '';
function look() {
  const h = document.getElementById('optout-guide');
  const status = h ? h.dataset.status || null : null, step = h ? h.dataset.step || null : null;
  const row = !!Replica.target('grok-row');
  const key = status + '|' + step + '|' + row;
  if (key !== last) { last = key; W.log.push({t: performance.now(), status, step, row, onNav: false}); }
  if (status === 'guiding' && W.onNav.length < 50 && spotlightEncloses(Replica.target('nav-grok'))) {
    W.onNav.push({t: performance.now(), status, step, row, onNav: true});
  }
}
new MutationObserver(look).observe(document, {subtree: true, childList: true, attributes: true,
                                              attributeFilter: ['data-status', 'data-step']});
setInterval(look, 20);
look();
"""


def guided_click(driver, step, where, index):
    return flows.guided_click(driver, "x", step, where, index)


def frame(driver) -> dict:
    return driver.execute_script(FRAME_JS)


def watch(driver) -> None:
    driver.execute_script(WATCH_JS)


def watched(driver) -> dict:
    return driver.execute_script("return window.__xWatch")


def brief(frames: list, t0: float | None = None) -> list:
    """Frames as (ms, status, step, flags) for a readable failure message."""
    if t0 is None:
        t0 = frames[0]["t"] if frames else 0
    return [(round(f["t"] - t0), f["status"], f["step"], "row" if f["row"] else "-",
             "ON-NAV-GROK" if f["onNav"] else "") for f in frames]


@pytest.mark.parametrize("lang", LANGS)
def test_whole_flow_from_home(browser, lang):
    d = browser.driver
    browser.open(f"{HOME}?lang={lang}")
    assert wait_for_status(d, "prompt")["lang"] == lang
    shadow_click(d, '[data-action="start"]')
    guided_click(d, "open-more-menu", "@more", 1)
    guided_click(d, "open-settings", "@settings-link", 2)
    wait_until(lambda: d.execute_script("return location.pathname") == "/settings/account", 3,
               message="the redirect to /settings/account")
    guided_click(d, "open-privacy", "@privacy-link", 3)
    guided_click(d, "open-grok-settings", "@grok-row", 4)
    checkbox = guided_click(d, "untick-data-sharing", "@training", 5)
    wait_for_status(d, "done")
    assert not checkbox.is_selected()
    # The personalisation and history boxes are left alone.
    assert find(d, "@personalize").is_selected()
    assert find(d, "@history").is_selected()


def test_late_grok_row_never_spotlights_the_nav_grok_link(browser):
    """The row comes ~2.5 s after the list; until then the nav's "Grok" link is the only "Grok" on the page."""
    d = browser.driver
    browser.open(PRIVACY + "?grokrow=late")
    watch(d)
    find(d, "@nav-grok")
    frames = []
    deadline = time.monotonic() + 10
    while True:
        f = frame(d)
        frames.append(f)
        if f["row"]:
            break
        assert time.monotonic() < deadline, f"the Grok row never appeared: {brief(frames)[-5:]}"
        time.sleep(0.05)
    w = watched(d)
    seen = sorted(frames + w["log"] + w["onNav"], key=lambda f: f["t"])
    before = [f for f in seen if not f["row"]]
    on_nav = [f for f in seen if f["status"] == "guiding" and f["onNav"]]
    not_searching = [f for f in before if f["status"] not in (None, "searching")]
    assert not on_nav, \
        f"guiding with the spotlight on the nav's Grok link: {brief(on_nav, w['t0'])}; all: {brief(w['log'], w['t0'])}"
    assert not not_searching, f"while the row was absent the guide was not searching: {brief(not_searching, w['t0'])}"
    assert any(f["status"] == "searching" and f["step"] == "open-grok-settings" for f in before), brief(seen, w["t0"])
    row_at = min(f["t"] for f in seen if f["row"])
    assert row_at - w["t0"] >= 1500, f"the row came after {row_at - w['t0']:.0f} ms: the variant did not delay it"
    # The row is there: the guide points at it, and only at it.
    row = find(d, "@grok-row")
    wait_for_status(d, "guiding", "open-grok-settings")
    wait_spotlight_on(d, row)
    assert not frame(d)["onNav"]
    guided_click(d, "open-grok-settings", "@grok-row", 4)
    wait_for_status(d, "guiding", "untick-data-sharing")


def test_missing_grok_row_falls_back_to_the_direct_link(browser):
    """The site changed, the row is gone: the guide says so and links the setting; it never settles for a look-alike."""
    d = browser.driver
    browser.open(PRIVACY + "?grokrow=missing")
    watch(d)
    find(d, "@nav-grok")
    find(d, '[data-testid="privacyAndSafetyScreen"]')
    frames = []
    deadline = time.monotonic() + 10
    missing_at = None
    while True:
        f = frame(d)
        frames.append(f)
        now = time.monotonic()
        where = "on the nav Grok link" if f["onNav"] else "elsewhere"
        assert f["status"] != "guiding", f"guiding although the row is missing ({where}): {brief(frames)[-5:]}"
        if f["status"] == "target-missing" and missing_at is None:
            missing_at = now
        # Keep watching a second after the fallback shows: it must not give way to a look-alike either.
        if missing_at is not None and now - missing_at > 1:
            break
        assert now < deadline, f"no target-missing within 10 s: {brief(frames)[-5:]}"
        time.sleep(0.05)
    w = watched(d)
    log = w["log"]
    guiding = [f for f in log + w["onNav"] if f["status"] == "guiding"]
    assert not guiding, f"guiding although the row is missing: {brief(guiding, w['t0'])}"
    # Timed with the page's clock: from the first "searching" the watcher saw to "target-missing".
    searching = next((f for f in log if f["status"] == "searching"), None)
    missing = next((f for f in log if f["status"] == "target-missing"), None)
    assert searching and missing, brief(log, w["t0"])
    assert searching["step"] == missing["step"] == "open-grok-settings", brief(log, w["t0"])
    waited = missing["t"] - searching["t"]
    print(f"[{browser.name}] target-missing after {waited:.0f} ms of searching")
    assert waited <= 5500, f"target-missing after {waited:.0f} ms of searching: {brief(log, w['t0'])}"
    assert frames[-1]["status"] == "target-missing", brief(frames[-3:])
    assert not any(f["row"] for f in frames + log)
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link is not None
    assert link.get_attribute("href") == SETTING


def test_grok_page_twice_in_one_page_load(browser):
    """X numbers checkbox label ids over the whole page load: the second visit's training box is not CHECKBOX_1."""
    d = browser.driver
    browser.open(PRIVACY)
    d.execute_script("window.__samePageLoad = true")
    guided_click(d, "open-grok-settings", "@grok-row", 4)
    first = find(d, "@training")
    wait_for_status(d, "guiding", "untick-data-sharing")
    wait_spotlight_on(d, first)
    assert first.get_attribute("aria-describedby") == "CHECKBOX_1_LABEL"  # the first checkbox of this page load
    # Back to Privacy and safety through the settings nav (client-side), then to the Grok page again.
    find(d, "@privacy-link").click()
    guided_click(d, "open-grok-settings", "@grok-row", 4)
    wait_for_status(d, "guiding", "untick-data-sharing")
    training = find(d, "@training")
    label_id = training.get_attribute("aria-describedby")
    assert label_id != "CHECKBOX_1_LABEL" and label_id.startswith("CHECKBOX_"), label_id
    assert d.execute_script("return document.getElementById(arguments[0]).textContent", label_id)
    assert d.execute_script("return window.__samePageLoad === true"), "the replica reloaded the page"
    wait_spotlight_on(d, training)
    training.click()
    wait_for_status(d, "done")
    assert find(d, "@personalize").is_selected()


def test_a_look_alike_checkbox_elsewhere_is_not_the_opt_out(browser):
    """On another data-sharing page a checkbox holds CHECKBOX_1_LABEL: unticking it must not count as opted out."""
    d = browser.driver
    browser.open("https://x.com/settings/location_information")
    box = find(d, "@location-box")
    assert box.get_attribute("aria-describedby") == "CHECKBOX_1_LABEL"
    before = wait_until(lambda: (host_state(d) or {}).get("status"), 5, message="the guide")
    assert before != "done" and box.is_selected()
    box.click()
    assert not box.is_selected()
    time.sleep(1.5)
    s = host_state(d)
    assert s is not None and s["status"] != "done", f"unticking the location box made the guide say {s!r}"
    assert (browser.storage().get("guide:x") or {}).get("observed") != "off", browser.storage()


def test_final_click_repeated(browser):
    """The last step, over and over: each time a fresh tab and state, the click must give "done" within 2 s."""
    d = browser.driver
    failures = []
    for i in range(REPEATS):
        if i:
            browser.reset()
        browser.open(SETTING + "?reset=1")
        try:
            wait_for_status(d, "guiding", "untick-data-sharing", timeout=5)
            training = find(d, "@training")
            assert training.is_selected(), "the replica did not start ticked"
            training.click()
            wait_for_status(d, "done", timeout=2)
        except AssertionError as exc:
            failures.append((i, str(exc)))
    for i, why in failures:
        print(f"[{browser.name}] iteration {i} failed: {why}")
    assert not failures, f"{len(failures)} of {REPEATS} failed in {browser.name}: {failures}"


def test_direct_link_opens_on_the_last_step(browser):
    d = browser.driver
    browser.open(SETTING + "?lang=nl")
    wait_for_status(d, "guiding", "untick-data-sharing")
    wait_spotlight_on(d, find(d, "@training"))


def test_already_opted_out_goes_straight_to_done(browser):
    browser.open(SETTING + "?optedout=1")
    wait_for_status(browser.driver, "done")
    assert not find(browser.driver, "@training").is_selected()


def test_scrambled_and_late(browser):
    d = browser.driver
    browser.open(PRIVACY + "?late=1&scramble=1&lang=fr")
    wait_for_status(d, "searching", "open-grok-settings", timeout=2)
    guided_click(d, "open-grok-settings", "@grok-row", 4)
    wait_for_status(d, "searching", "untick-data-sharing", timeout=2)
    guided_click(d, "untick-data-sharing", "@training", 5)
    wait_for_status(d, "done")


def test_reload_and_back_mid_flow(browser):
    d = browser.driver
    browser.open("https://x.com/settings?lang=it")
    guided_click(d, "open-privacy", "@privacy-link", 3)
    wait_for_status(d, "guiding", "open-grok-settings")
    d.refresh()
    wait_for_status(d, "guiding", "open-grok-settings")
    wait_spotlight_on(d, find(d, "@grok-row"))
    d.back()
    wait_for_status(d, "guiding", "open-privacy")
