"""Odd and busy pages, rapid navigation, several tabs, and proof that the extension sends nothing anywhere."""

import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .conftest import selected_browsers
from .flows import find
from .harness.browsers import start_firefox
from .harness.guide import host_state, shadow_click, wait_for_status, wait_spotlight_on, wait_until

MORE = '[data-testid="AppTabBar_More_Menu"]'
REPLICAS = Path(__file__).resolve().parents[1] / "replicas"
HOSTS = {"www.linkedin.com", "chatgpt.com", "x.com"}
# Firefox's own settings/update service may call home whatever the profile says; it is the browser, not the add-on.
BROWSER_SERVICES = (".mozilla.com", ".mozilla.net", ".mozilla.org")


def test_ten_thousand_node_page(browser):
    d = browser.driver
    browser.open("https://x.com/contract/big.html")
    assert d.execute_script("return document.getElementsByTagName('*').length") > 10000
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    wait_spotlight_on(d, find(d, MORE))


def test_twenty_pushstates_in_a_second(browser):
    d = browser.driver
    browser.open("https://x.com/home")
    wait_for_status(d, "prompt")
    d.execute_script("""
      const paths = ['/settings/account', '/home', '/explore', '/settings/privacy_and_safety', '/notifications'];
      let i = 0;
      const timer = setInterval(() => {
        history.pushState({}, '', paths[i % paths.length]);
        if (++i === 20) { clearInterval(timer); history.pushState({}, '', '/settings/grok_settings'); }
      }, 45);""")
    time.sleep(1.2)
    wait_for_status(d, "searching", "untick-data-sharing")
    assert host_state(d)["count"] == 1


@pytest.fixture(scope="module")
def firefox_without_navigation_api(built_extension, site):
    """Firefox as before it had the Navigation API (before 147; the manifest admits 142 and later)."""
    if "firefox" not in selected_browsers():
        pytest.skip("Firefox is not among the selected browsers")
    b = start_firefox(built_extension / "firefox", site.proxy.port, prefs={"dom.navigation.webidl.enabled": False})
    yield b
    b.quit()


def test_single_page_navigation_without_the_navigation_api(firefox_without_navigation_api):
    """Where no navigation event reports a pushState, the idle guide keeps watching the whole page: the page's
    change that comes with the new address is the sign of it."""
    b = firefox_without_navigation_api
    d = b.driver
    b.open("https://x.com/home")
    wait_for_status(d, "prompt")
    assert d.execute_script("return typeof navigation") == "undefined"
    d.execute_script("""history.pushState({}, '', '/settings/privacy_and_safety');
                        document.body.append(document.createElement('section'));""")
    wait_for_status(d, "searching", "open-grok-settings")


def test_target_removed_and_added_again(browser):
    d = browser.driver
    browser.open("https://x.com/contract/plain.html")
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    wait_spotlight_on(d, find(d, MORE))
    d.execute_script("window.__saved = document.querySelector(arguments[0]); window.__saved.remove();", MORE)
    wait_for_status(d, "searching", "open-more-menu")
    d.execute_script("document.body.prepend(window.__saved)")
    wait_for_status(d, "guiding", "open-more-menu")
    wait_spotlight_on(d, find(d, MORE))


def test_two_tabs_on_the_same_site(browser):
    d = browser.driver
    browser.open("https://x.com/contract/plain.html")
    wait_for_status(d, "prompt")
    first = d.current_window_handle
    d.switch_to.new_window("tab")
    d.get("https://x.com/settings/grok_settings")
    wait_for_status(d, "guiding", "untick-data-sharing")
    find(d, 'input[aria-describedby="CHECKBOX_1_LABEL"]').click()
    wait_for_status(d, "done")
    d.switch_to.window(first)
    # The first tab now knows the opt-out is done: nothing more to show away from the setting.
    wait_until(lambda: host_state(d) is None, 3, message="the prompt to disappear in the other tab")
    d.refresh()
    time.sleep(0.5)
    assert host_state(d) is None


def test_done_confirmation_closes_itself(browser):
    d = browser.driver
    browser.open("https://x.com/settings/grok_settings?optedout=1")
    wait_for_status(d, "done")
    assert find_done_panel(d)
    wait_until(lambda: not find_done_panel(d), 10, message="the confirmation to close itself")
    assert host_state(d)["status"] == "done"


def find_done_panel(d):
    return d.execute_script("const h = document.getElementById('optout-guide');"
                            "return !!(h && h.shadowRoot.querySelector('[part~=\"panel\"]'));")


def test_messages_from_outside_or_malformed_are_ignored(browser):
    d = browser.driver
    browser.open_extension_page("popup/popup.html")
    handles = set(d.window_handles)
    result = d.execute_async_script("""
      const done = arguments[arguments.length - 1];
      const api = globalThis.browser ?? chrome;
      const bad = [{type: 'open-setting', guide: '../../evil'}, {type: 'open-setting'}, {type: 'nope', guide: 'x'},
                   'open-setting', null, {type: 'status', guide: 'x', status: 'pwned'}];
      Promise.all(bad.map((m) => api.runtime.sendMessage(m).then((r) => r ?? null, () => 'rejected')))
        .then((answers) => done(answers));""")
    time.sleep(0.5)
    assert set(d.window_handles) == handles
    assert all(a in (None, "rejected") for a in result), result
    # Web pages cannot reach the extension at all: it exposes nothing to them.
    d.get("https://x.com/home")
    assert d.execute_script("return typeof chrome === 'undefined' || !chrome.runtime || !chrome.runtime.sendMessage")


def test_no_request_the_page_did_not_make(browser, site):
    d = browser.driver
    site.server.requests.clear()
    site.proxy.tunnels.clear()
    if browser.name == "chromium":
        d.get_log("performance")  # drain
    browser.open("https://www.linkedin.com/feed/?lang=en")
    shadow_click(d, '[data-action="start"]')
    find(d, "button.global-nav__primary-link-me-menu-trigger").click()
    find(d, 'a[data-control-name="nav.settings_and_privacy"]').click()
    wait_for_status(d, "guiding", "open-data-privacy")
    browser.open("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement")
    find(d, 'input[role="switch"]').click()
    wait_for_status(d, "done")
    for host, path in site.server.requests:
        if host.endswith(BROWSER_SERVICES):
            continue
        assert host in HOSTS
        file = path.split("?")[0].split("#")[0]
        assert file in ("/favicon.ico",) or file.startswith("/__replica/") or (REPLICAS / host / file.lstrip("/")).is_file() \
            or "." not in file.rsplit("/", 1)[-1], f"unexpected request {host}{path}"
    if browser.name == "firefox":
        contacted = {t.rsplit(":", 1)[0] for t in site.proxy.tunnels}
        contacted = {h for h in contacted if not h.endswith(BROWSER_SERVICES)}
        assert contacted <= HOSTS, site.proxy.tunnels
    else:
        for entry in d.get_log("performance"):
            message = json.loads(entry["message"])["message"]
            if message["method"] == "Network.requestWillBeSent":
                url = message["params"]["request"]["url"]
                scheme = urlsplit(url).scheme
                assert scheme in ("data", "chrome-extension") or urlsplit(url).hostname in HOSTS, url


def test_page_that_allows_no_inline_style(browser):
    # The page's policy blocks every <style> element and style attribute of its own; the overlay's look and the
    # ring's place must not depend on either.
    d = browser.driver
    browser.open("https://x.com/contract/strict-csp.html")
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    more = find(d, MORE)
    wait_spotlight_on(d, more)
    tooltip = d.execute_script(
        "const t = document.getElementById('optout-guide').shadowRoot.querySelector('[part~=\"tooltip\"]');"
        "const s = getComputedStyle(t), r = t.getBoundingClientRect();"
        "return {position: s.position, background: s.backgroundColor, top: r.top, bottom: r.bottom};")
    assert tooltip["position"] == "fixed" and tooltip["background"] not in ("", "rgba(0, 0, 0, 0)"), tooltip
    button = more.rect
    # Placed beside the button it explains, not left where unstyled content would fall.
    assert tooltip["top"] >= button["y"] + button["height"] or tooltip["bottom"] <= button["y"], (tooltip, button)


def test_a_step_that_opens_a_link_still_follows_the_page_that_matters(browser):
    """A step that only opens a link reads nothing of the page, so the guide stops following the page's content
    (a busy feed costs it nothing): what can still matter must still get through. A modal dialog the page opens
    is drawn below the overlay, a new <html lang> is spoken, and a dialog in a <body> the page swapped in is drawn
    below it too."""
    d = browser.driver
    browser.open("https://gemini.google.com/app")
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="start"]')
    wait_for_status(d, "guiding", "open-activity")
    d.execute_script(OPEN_RED_MODAL_JS, "body")
    wait_until(lambda: overlay_drawn_on_top(d), 3, message="the overlay to be drawn above the page's dialog")
    d.execute_script("document.querySelector('dialog').close(); document.documentElement.lang = 'de';")
    wait_until(lambda: host_state(d)["lang"] == "de", 3, message="the guide to speak the page's new language")
    d.execute_script("document.documentElement.replaceChild(document.createElement('body'), document.body);")
    d.execute_script(OPEN_RED_MODAL_JS, "body")
    wait_until(lambda: overlay_drawn_on_top(d), 3, message="the overlay above a dialog in the new <body>")
    assert host_state(d)["status"] == "guiding"


# A modal dialog over the whole viewport, plain red: the page's top layer.
OPEN_RED_MODAL_JS = """
const dialog = document.createElement('dialog');
dialog.style.cssText = 'width: 100vw; height: 100vh; max-width: none; max-height: none; margin: 0; padding: 0; ' +
  'border: 0; background: rgb(255, 0, 0)';
document.querySelector(arguments[0]).append(dialog);
dialog.showModal();
"""

# The colour drawn in the middle of the overlay's card, read from a screenshot of the viewport (decoded in the
# page, with no element added to it).
PIXEL_JS = """
const [png, x, y, done] = arguments;
const bytes = Uint8Array.from(atob(png), (c) => c.charCodeAt(0));
createImageBitmap(new Blob([bytes], { type: 'image/png' })).then((image) => {
  const canvas = new OffscreenCanvas(image.width, image.height);
  const context = canvas.getContext('2d');
  context.drawImage(image, 0, 0);
  const scale = image.width / window.innerWidth;
  done([...context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data]);
}, (error) => done(String(error)));
"""


def overlay_drawn_on_top(driver) -> bool:
    middle = driver.execute_script("""
      const card = document.getElementById('optout-guide').shadowRoot.querySelector('[part~="tooltip"]');
      const r = card.getBoundingClientRect();
      return [r.left + r.width / 2, r.top + r.height / 2];""")
    pixel = driver.execute_async_script(PIXEL_JS, driver.get_screenshot_as_base64(), *middle)
    assert isinstance(pixel, list), pixel
    return pixel[:3] != [255, 0, 0]
