"""Reading the on-page guide the way the contract describes it: host attributes and shadow-root parts."""

from __future__ import annotations

import time

HOST_STATE_JS = """
const host = document.getElementById('optout-guide');
if (!host) return null;
const out = {};
for (const a of host.attributes) if (a.name.startsWith('data-')) out[a.name.slice(5)] = a.value;
out.count = document.querySelectorAll('#optout-guide').length;
out.last = document.documentElement.lastElementChild === host;
out.open = !!host.shadowRoot;
return out;
"""


def host_state(driver) -> dict | None:
    return driver.execute_script(HOST_STATE_JS)


def wait_until(predicate, timeout: float = 5, interval: float = 0.05, message: str = "condition"):
    deadline = time.monotonic() + timeout
    last = None
    while True:
        last = predicate()
        if last:
            return last
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {message}; last: {last!r}")
        time.sleep(interval)


def wait_for_status(driver, status: str, step: str | None = None, timeout: float = 5) -> dict:
    def ready():
        s = host_state(driver)
        if s and s.get("status") == status and (step is None or s.get("step") == step):
            return s
        return None
    try:
        return wait_until(ready, timeout, message=f"status {status!r} step {step!r}")
    except AssertionError as exc:
        raise AssertionError(f"{exc} (now: {host_state(driver)!r})") from None


def hold_status(driver, status: str, step: str | None = None, seconds: float = 1.5, interval: float = 0.05) -> dict:
    """The guide stays at `status` (and `step`) for `seconds`, read every `interval`: catches a flip back, not just one read."""
    deadline = time.monotonic() + seconds
    reads = 0
    while True:
        s = host_state(driver)
        reads += 1
        if not (s and s.get("status") == status and (step is None or s.get("step") == step)):
            left = round(deadline - time.monotonic(), 2)
            raise AssertionError(f"status left {status!r} step {step!r} after {reads} reads ({left} s before the end "
                                 f"of the {seconds} s watch): now {s!r}")
        if time.monotonic() >= deadline:
            return s
        time.sleep(interval)


def shadow_find(driver, css: str):
    """The first element matching css inside the overlay's open shadow root, or None."""
    return driver.execute_script(
        "const h = document.getElementById('optout-guide');"
        "return h && h.shadowRoot ? h.shadowRoot.querySelector(arguments[0]) : null;", css)


def shadow_click(driver, css: str) -> None:
    el = wait_until(lambda: shadow_find(driver, css), 3, message=f"overlay element {css}")
    el.click()


SPOTLIGHT_JS = """
const [el] = arguments;
const h = document.getElementById('optout-guide');
const s = h && h.shadowRoot && h.shadowRoot.querySelector('[part~="spotlight"]');
if (!s) return null;
const a = s.getBoundingClientRect(), b = el.getBoundingClientRect();
return {
  encloses: a.left <= b.left && a.top <= b.top && a.right >= b.right && a.bottom >= b.bottom,
  padding: Math.max(b.left - a.left, b.top - a.top, a.right - b.right, a.bottom - b.bottom),
  pointerEvents: getComputedStyle(s).pointerEvents,
};
"""


def spotlight_encloses(driver, element) -> bool:
    r = driver.execute_script(SPOTLIGHT_JS, element)
    return bool(r and r["encloses"] and r["padding"] <= 16 and r["pointerEvents"] == "none")


def wait_spotlight_on(driver, element, timeout: float = 3) -> None:
    wait_until(lambda: spotlight_encloses(driver, element), timeout,
               message=f"spotlight around {element.tag_name}")


RECORDER_JS = """
if (!window.__pageMutations) {
  window.__pageMutations = [];
  new MutationObserver((records) => {
    for (const r of records) {
      const t = r.target;
      if (t.id === 'optout-guide' || (t.closest && t.closest('#optout-guide'))) continue;
      if (r.type === 'childList') {
        const ours = [...r.addedNodes, ...r.removedNodes].every((n) => n.id === 'optout-guide');
        if (ours && t === document.documentElement) continue;
      }
      window.__pageMutations.push({type: r.type, target: t.nodeName + (t.id ? '#' + t.id : ''), attr: r.attributeName,
        old: r.oldValue, now: r.attributeName ? t.getAttribute(r.attributeName) : null});
    }
  }).observe(document, {subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true});
}
"""


def record_page_mutations(driver) -> None:
    driver.execute_script(RECORDER_JS)


def page_mutations(driver) -> list:
    return driver.execute_script("return window.__pageMutations || []")
