"""A page-side watch for the flow tests of look-alike controls: every status the guide shows, with the page's path
(read on every change of the host's attributes, so a flash of "guiding" between two polls is not missed) and every animation frame in
which the spotlight encloses a decoy (elements the replica registered as Replica.target(key)).

The watch lives in the page: install it again after every full load."""

from __future__ import annotations

import time

from .harness.guide import hold_status, shadow_find, wait_for_status

WATCH_JS = r"""
const decoys = arguments[0];
if (window.__decoyRingWatch) { window.__decoyRingWatch.decoys = decoys; return; }
const w = window.__decoyRingWatch = {decoys, statuses: [], times: [], hits: [], frames: 0};
const hostOf = () => document.getElementById('optout-guide');
let last = null;
let watched = null;
const attrs = new MutationObserver(note);
function note() {
  const h = hostOf();
  if (h && h !== watched) {
    watched = h;
    attrs.observe(h, {attributes: true, attributeFilter: ['data-status', 'data-step']});
  }
  const now = (h ? (h.getAttribute('data-status') || '') + ' ' + (h.getAttribute('data-step') || '') : 'none') +
    ' ' + location.pathname;
  if (now !== last) {
    w.statuses.push(now);
    w.times.push(Math.round(performance.now()));
    last = now;
  }
}
new MutationObserver(note).observe(document.documentElement, {childList: true});
function tick() {
  w.frames++;
  note();
  const h = hostOf();
  const s = h && h.shadowRoot && h.shadowRoot.querySelector('[part~="spotlight"]');
  if (s) {
    const a = s.getBoundingClientRect();
    if (a.width > 0 && a.height > 0) {
      for (const key of w.decoys) {
        const el = window.Replica && Replica.target(key);
        if (!el) continue;
        const b = el.getBoundingClientRect();
        if (b.width > 0 && a.left <= b.left && a.top <= b.top && a.right >= b.right && a.bottom >= b.bottom) {
          w.hits.push({key, status: h.getAttribute('data-status'), step: h.getAttribute('data-step'),
                       ring: [a.left, a.top, a.width, a.height].map(Math.round), decoy: [b.left, b.top, b.width, b.height].map(Math.round)});
          if (w.hits.length > 50) w.hits.shift();
        }
      }
    }
  }
  requestAnimationFrame(tick);
}
note();
requestAnimationFrame(tick);
"""


def watch(driver, decoys: list[str]) -> None:
    """Start (or keep) the watch on this page, with these registered elements as decoys."""
    driver.execute_script(WATCH_JS, decoys)


def seen(driver) -> dict:
    """{"statuses": ["<status> <step> <path>", ...] in order, "hits": [decoy rings], "frames": n} since the watch started."""
    return driver.execute_script("return window.__decoyRingWatch ? {statuses: __decoyRingWatch.statuses, times: __decoyRingWatch.times,"
                                 " hits: __decoyRingWatch.hits, frames: __decoyRingWatch.frames} : null")


def assert_decoys_never_ringed(driver) -> dict:
    w = seen(driver)
    assert w is not None, "the ring watch is not installed on this page"
    assert w["frames"] > 0, "the ring watch saw no animation frame"
    assert not w["hits"], f"the spotlight enclosed a decoy: {w['hits'][:3]} (statuses: {w['statuses']})"
    return w


def statuses_on(driver, path: str) -> list[str]:
    """The statuses the guide showed while the page was at this path ("<status> <step>"). The status carried over
    from the previous path is left out if the guide replaced it within the 300 ms the contract allows."""
    w = seen(driver)
    entries = [(*e.rsplit(" ", 1), t) for e, t in zip(w["statuses"], w["times"])]
    out = []
    for i, (status, at, t) in enumerate(entries):
        if at != path:
            continue
        carried = i > 0 and entries[i - 1][1] != path and entries[i - 1][0] == status
        replaced_in = entries[i + 1][2] - t if i + 1 < len(entries) else float("inf")
        if carried and replaced_in <= 300:
            continue
        out.append(status)
    return out


RINGED_JS = r"""
const h = document.getElementById('optout-guide');
const s = h && h.shadowRoot && h.shadowRoot.querySelector('[part~="spotlight"]');
if (!s || !window.Replica) return [];
const a = s.getBoundingClientRect();
return arguments[0].filter((key) => {
  const el = Replica.target(key);
  if (!el) return false;
  const b = el.getBoundingClientRect();
  return b.width > 0 && a.left <= b.left && a.top <= b.top && a.right >= b.right && a.bottom >= b.bottom;
});
"""


def ringed(driver, keys: list[str]) -> list[str]:
    """Which of these registered elements the spotlight encloses now (for failure messages)."""
    return driver.execute_script(RINGED_JS, keys)


def assert_no_guiding(driver) -> None:
    statuses = seen(driver)["statuses"]
    assert not [s for s in statuses if s.startswith("guiding") or s.startswith("searching")], statuses


def missing_after_load_ms(driver) -> int:
    """By the page's clock: from the end of its DOMContentLoaded (content scripts run after it, so an upper bound on
    when the search began) to the first "target-missing" the watch saw."""
    w = seen(driver)
    missing = next(t for s, t in zip(w["statuses"], w["times"]) if s.startswith("target-missing"))
    ready = driver.execute_script("const n = performance.getEntriesByType('navigation')[0]; return n ? n.domContentLoadedEventEnd : 0")
    return round(missing - ready)


def assert_honest_fallback(driver, step: str, lang: str, since: float, direct_link: str, keys: list[str]) -> None:
    """The target cannot be found: target-missing with the direct link about 5 s after the page loaded (timed with
    the page's own clock, so a slow WebDriver round trip does not count), never a ring on any of `keys`."""
    try:
        state = wait_for_status(driver, "target-missing", step, timeout=6.5)
    except AssertionError as exc:
        raise AssertionError(f"{exc}; the ring encloses {ringed(driver, keys)}; statuses: {seen(driver)['statuses']}") from None
    elapsed = time.monotonic() - since
    assert elapsed < 7, f"target-missing only {elapsed:.1f} s after the page loaded"
    in_page = missing_after_load_ms(driver)
    assert in_page < 5800, f"target-missing {in_page} ms after the page's DOMContentLoaded"
    assert state["lang"] == lang
    link = shadow_find(driver, 'a[data-action="direct-link"]')
    assert link is not None and link.get_attribute("href") == direct_link
    hold_status(driver, "target-missing", seconds=1)
    assert_decoys_never_ringed(driver)
    statuses = seen(driver)["statuses"]
    assert statuses and not [s for s in statuses if s.startswith("guiding")], f"guided on something: {statuses}"
