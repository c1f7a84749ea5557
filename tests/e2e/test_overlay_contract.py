"""The on-page guide against docs/overlay.md: host, state attributes, statuses, parts, languages."""

import time

from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys

from .flows import find
from .harness.guide import (host_state, page_mutations, record_page_mutations, shadow_click, shadow_find,
                            wait_for_status, wait_spotlight_on, wait_until)

PLAIN = "https://x.com/contract/plain.html"
MORE = '[data-testid="AppTabBar_More_Menu"]'
VISIBLE_PARTS_JS = """
const root = document.getElementById('optout-guide').shadowRoot;
return [...root.querySelectorAll('*')].filter((e) => { const r = e.getBoundingClientRect();
  return r.width > 1 && r.height > 1 && getComputedStyle(e).visibility !== 'hidden'; })
  .map((e) => e.tagName).filter((t) => t !== 'STYLE');
"""


def start(d):
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')


def guide_to_more(browser):
    """The plain page, the guide started, the ring on its first target (the "More" button): that button."""
    d = browser.driver
    browser.open(PLAIN)
    start(d)
    more = find(d, MORE)
    wait_spotlight_on(d, more)
    return more


def test_prompt_host_and_state(browser):
    d = browser.driver
    browser.open(PLAIN)
    s = wait_for_status(d, "prompt")
    assert s == {"guide": "x", "step": "open-more-menu", "step-index": "1", "step-count": "5", "status": "prompt",
                 "lang": "en", "count": 1, "last": True, "open": True}
    assert d.execute_script("return document.getElementById('optout-guide').shadowRoot.mode") == "open"
    assert d.execute_script("return document.getElementById('optout-guide').tagName") == "DIV"
    assert shadow_find(d, '[data-action="start"]') and shadow_find(d, '[data-action="dismiss"]')


def test_no_host_where_nothing_is_supported(browser):
    d = browser.driver
    d.get("data:text/html,<p>elsewhere</p>")
    time.sleep(0.5)
    assert host_state(d) is None


def test_guiding_parts(browser):
    d = browser.driver
    browser.open(PLAIN)
    start(d)
    wait_for_status(d, "guiding", "open-more-menu")
    wait_spotlight_on(d, find(d, MORE))
    tooltip = shadow_find(d, '[part~="tooltip"]')
    assert tooltip.get_attribute("role") == "dialog"
    name = d.execute_script("const t = arguments[0]; const id = t.getAttribute('aria-labelledby');"
                            "return (id && t.getRootNode().getElementById(id).textContent) || t.getAttribute('aria-label');", tooltip)
    assert "X" in name
    assert shadow_find(d, '[part~="counter"]').text == "Step 1 of 5"
    assert "More" in shadow_find(d, '[part~="instruction"]').text
    assert shadow_find(d, '[part~="tooltip"] [data-action="dismiss"]')


def test_spotlight_follows_scroll_and_lets_clicks_through(browser):
    d = browser.driver
    more = guide_to_more(browser)
    d.execute_script("window.scrollBy(0, 150)")
    wait_spotlight_on(d, more)
    d.set_window_size(900, 700)
    wait_spotlight_on(d, more)
    more.click()  # through the spotlight: a covered element would raise "click intercepted"
    d.set_window_size(1280, 900)


def test_localized_counter_and_language(browser):
    d = browser.driver
    browser.open("https://x.com/home?lang=de")
    s = wait_for_status(d, "prompt")
    assert s["lang"] == "de"
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding")
    assert shadow_find(d, '[part~="counter"]').text == "Schritt 1 von 5"


def test_dismiss_survives_reload_and_shows_nothing(browser):
    d = browser.driver
    browser.open(PLAIN)
    start(d)
    wait_for_status(d, "guiding")
    shadow_click(d, '[part~="tooltip"] [data-action="dismiss"]')
    wait_for_status(d, "dismissed")
    assert d.execute_script(VISIBLE_PARTS_JS) == []
    d.refresh()
    time.sleep(0.5)
    s = host_state(d)
    assert s is None or s["status"] == "dismissed"
    d.get("https://x.com/settings/grok_settings")
    time.sleep(0.5)
    s = host_state(d)
    assert s is None or s["status"] == "dismissed"
    assert browser.storage()["guide:x"]["dismissed"] is True


def test_dismiss_from_the_prompt(browser):
    d = browser.driver
    browser.open(PLAIN)
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="dismiss"]')
    wait_for_status(d, "dismissed")


def test_escape_dismisses_while_guiding(browser):
    d = browser.driver
    browser.open(PLAIN)
    start(d)
    wait_for_status(d, "guiding")
    ActionChains(d).send_keys(Keys.ESCAPE).perform()
    wait_for_status(d, "dismissed")


def test_target_missing_then_found(browser):
    d = browser.driver
    browser.open("https://x.com/contract/no-target.html")
    start(d)
    s = wait_for_status(d, "searching", "open-more-menu", timeout=2)
    assert s["lang"] == "de"
    wait_for_status(d, "target-missing", timeout=7)
    link = shadow_find(d, 'a[data-action="direct-link"]')
    assert link.get_attribute("href") == "https://x.com/settings/grok_settings"
    steps = d.execute_script("return [...arguments[0].getRootNode().querySelectorAll('li')].map((li) => li.textContent)", link)
    assert len(steps) == 5 and "Mehr" in steps[0]
    d.execute_script("""const b = document.createElement('button'); b.dataset.testid = 'AppTabBar_More_Menu';
                        b.textContent = 'Mehr'; document.body.append(b);""")
    wait_for_status(d, "guiding", "open-more-menu")


def test_page_pushstate_and_hash_navigation(browser):
    d = browser.driver
    browser.open(PLAIN)
    wait_for_status(d, "prompt")
    d.execute_script("history.pushState({}, '', '/settings/privacy_and_safety')")
    wait_for_status(d, "searching", "open-grok-settings")
    d.execute_script("history.back()")
    wait_for_status(d, "prompt")
    browser.open("https://chatgpt.com/contract-page-that-does-not-exist")
    d.execute_script("document.body.replaceChildren()")
    wait_for_status(d, "prompt")
    d.execute_script("location.hash = '#settings/DataControls'")
    wait_for_status(d, "searching", "open-improve-model")


def wait_for_language(d, lang):
    wait_until(lambda: (host_state(d) or {}).get("lang") == lang, 1, message=f"the overlay in {lang!r}")


def test_prompt_follows_a_language_set_late(browser):
    """An app that sets <html lang> after it loaded: the prompt, which otherwise reads nothing of the page's
    changes, speaks the new language."""
    d = browser.driver
    browser.open(PLAIN)
    wait_for_status(d, "prompt")
    english = shadow_find(d, '[data-action="start"]').text
    d.execute_script("document.documentElement.lang = 'de'")
    wait_for_language(d, "de")
    assert host_state(d)["status"] == "prompt"
    assert shadow_find(d, '[data-action="start"]').text not in ("", english)


def test_prompt_put_back_when_the_page_replaces_it(browser):
    """A page that removes the overlay, or replaces its whole <html> (an app shell rebuilt): the prompt comes back,
    in the new <html>, and follows that one's changes too."""
    d = browser.driver
    browser.open(PLAIN)
    wait_for_status(d, "prompt")
    d.execute_script("document.getElementById('optout-guide').remove()")
    wait_for_status(d, "prompt")
    d.execute_script("""const html = document.createElement('html');
                        html.append(document.createElement('head'), document.createElement('body'));
                        document.replaceChild(html, document.documentElement);""")
    s = wait_for_status(d, "prompt")
    assert s["count"] == 1 and s["last"]
    d.execute_script("document.getElementById('optout-guide').remove()")
    wait_for_status(d, "prompt")
    d.execute_script("document.documentElement.lang = 'fr'")
    wait_for_language(d, "fr")


def test_target_inside_open_shadow_root(browser):
    d = browser.driver
    browser.open("https://x.com/contract/shadow.html")
    start(d)
    wait_for_status(d, "guiding", "open-more-menu")
    button = d.execute_script("return document.querySelector('nav-bar').shadowRoot.querySelector('button')")
    wait_spotlight_on(d, button)


def test_hostile_page_stylesheet(browser):
    d = browser.driver
    browser.open("https://x.com/contract/hostile.html")
    wait_for_status(d, "prompt")
    pill = shadow_find(d, '[data-action="start"]')
    assert pill.is_displayed()
    pill.click()  # a real click: fails if anything of the page covers the overlay
    wait_for_status(d, "guiding")
    wait_spotlight_on(d, find(d, MORE))
    assert shadow_find(d, '[part~="tooltip"]').is_displayed()
    shadow_find(d, '[part~="tooltip"] [data-action="dismiss"]').click()
    wait_for_status(d, "dismissed")


def test_hostile_page_scripts_do_not_matter(browser):
    d = browser.driver
    browser.open("https://x.com/contract/hostile-scripts.html")
    start(d)
    more = find(d, MORE)
    wait_spotlight_on(d, more)
    more.click()
    wait_until(lambda: d.execute_script("return window.__clicks") == 1, 2, message="the page's own click handler")
    errors = d.execute_script("return window.__pageErrors")
    assert all("page" in e for e in errors), errors  # only the page's own failures


def test_nothing_changes_outside_the_host(browser):
    d = browser.driver
    browser.open(PLAIN)
    record_page_mutations(d)
    start(d)
    wait_for_status(d, "guiding")
    d.execute_script("window.scrollBy(0, 100)")
    wait_spotlight_on(d, find(d, MORE))
    shadow_click(d, '[part~="tooltip"] [data-action="show-steps"]')
    wait_for_status(d, "target-missing")
    shadow_click(d, '[data-action="dismiss"]')
    wait_for_status(d, "dismissed")
    assert page_mutations(d) == []
    assert d.execute_script("return document.querySelectorAll('style, link[rel=stylesheet]').length") == 0


# A feed that never rests below the target: ~50 nodes in and out every 100 ms, none of them anything the
# step looks for.
BUSY_FEED_JS = """
const main = document.getElementById('content');
let n = 0;
window.__feed = setInterval(() => {
  for (let i = 0; i < 17; i++) {
    const a = document.createElement('article');
    const p = document.createElement('p');
    p.textContent = 'Post ' + (n++);
    const b = document.createElement('button');
    b.setAttribute('aria-label', 'More');
    b.textContent = '…';
    a.append(p, b);
    main.append(a);
  }
  while (main.children.length > 100) main.firstElementChild.remove();
}, 100);
"""

SHADOW_RECORDER_JS = """
window.__overlayChanges = 0;
const host = document.getElementById('optout-guide');
new MutationObserver((records) => { window.__overlayChanges += records.length; })
  .observe(host.shadowRoot, {subtree: true, childList: true, attributes: true, characterData: true});
"""


def test_spotlight_follows_a_layout_shift_from_elsewhere(browser):
    # A banner inserted above the target moves it: nothing the step looks for changed, the ring still follows.
    d = browser.driver
    more = guide_to_more(browser)
    d.execute_script("const b = document.createElement('div'); b.style.height = '120px'; b.textContent = 'Cookies?';"
                     "document.body.prepend(b);")
    wait_spotlight_on(d, more, timeout=1)
    d.execute_script("document.querySelector('header').style.paddingLeft = '200px';")
    wait_spotlight_on(d, more, timeout=1)


TOOLTIP_BOXES_JS = """
const root = document.getElementById('optout-guide').shadowRoot;
const t = root.querySelector('[part~="tooltip"]').getBoundingClientRect();
const s = root.querySelector('[part~="spotlight"]').getBoundingClientRect();
return {tooltip: [t.left, t.top, t.right, t.bottom], ring: [s.left, s.top, s.right, s.bottom],
        viewport: [document.documentElement.clientWidth, document.documentElement.clientHeight]};
"""


def _clear_of_the_ring_in_view(boxes) -> bool:
    (tl, tt, tr, tb), (sl, st, sr, sb) = boxes["tooltip"], boxes["ring"]
    vw, vh = boxes["viewport"]
    apart = tr <= sl or tl >= sr or tb <= st or tt >= sb
    return apart and tl >= 0 and tt >= 0 and tr <= vw and tb <= vh


def test_tooltip_placed_again_when_it_grows(browser):
    # The tooltip grows after it was placed (a late font, a longer text): it is placed again for its new size, still
    # inside the viewport and clear of the ring, never left where its old size fitted.
    d = browser.driver
    guide_to_more(browser)
    assert _clear_of_the_ring_in_view(d.execute_script(TOOLTIP_BOXES_JS))
    d.execute_script("const p = document.getElementById('optout-guide').shadowRoot.querySelector('[part~=\"instruction\"]');"
                     "const tall = document.createElement('div'); tall.style.height = '480px'; p.append(tall);")
    wait_until(lambda: _clear_of_the_ring_in_view(d.execute_script(TOOLTIP_BOXES_JS)), 2,
               message="the grown tooltip inside the viewport and clear of the ring")


def test_a_still_target_on_a_busy_page_costs_no_drawing(browser):
    d = browser.driver
    more = guide_to_more(browser)
    d.execute_script(BUSY_FEED_JS)
    time.sleep(0.5)
    d.execute_script(SHADOW_RECORDER_JS)
    time.sleep(2)
    changes = d.execute_script("clearInterval(window.__feed); return window.__overlayChanges;")
    assert changes == 0, f"the overlay redrew {changes} times while its target stood still"
    assert host_state(d)["status"] == "guiding"
    # The same feed pushing the target down: the ring follows it.
    d.execute_script("document.querySelector('header').before(Object.assign(document.createElement('div'),"
                     " {style: 'height: 90px'}));")
    wait_spotlight_on(d, more, timeout=1)

