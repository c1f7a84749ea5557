"""A watcher inside the page: every change of the guide's status and step, and every moment the spotlight encloses
one of the given look-alikes (elements the replica registered under those keys). It runs from a mutation observer
plus a 20 ms timer, so nothing between two WebDriver calls goes unseen; a full page load ends it (install it again)."""

from __future__ import annotations

WATCH_JS = """
const keys = arguments[0];
function encloses(el) {
  const h = document.getElementById('optout-guide');
  const s = h && h.shadowRoot && h.shadowRoot.querySelector('[part~="spotlight"]');
  if (!s || !el || !el.isConnected || !s.getClientRects().length) return false;
  const st = getComputedStyle(s);
  if (st.display === 'none' || st.visibility === 'hidden') return false;
  const a = s.getBoundingClientRect(), b = el.getBoundingClientRect();
  if (!a.width || !b.width) return false;
  return a.left <= b.left && a.top <= b.top && a.right >= b.right && a.bottom >= b.bottom;
}
if (window.__ringWatch) clearInterval(window.__ringWatch.timer);
const nav = performance.getEntriesByType('navigation')[0];
const W = window.__ringWatch = {t0: performance.now(), log: [], ringed: [], keys,
                                 ready: Math.round(nav ? nav.domContentLoadedEventEnd : 0)};
let last = '';
function look() {
  const h = document.getElementById('optout-guide');
  const status = h ? h.dataset.status || null : null, step = h ? h.dataset.step || null : null;
  const t = Math.round(performance.now());  // since the page's navigation started
  if (status + '|' + step !== last) { last = status + '|' + step; W.log.push({t, status, step}); }
  if (status !== 'guiding' || W.ringed.length >= 50) return;
  for (const key of W.keys) {
    if (encloses(Replica.target(key))) W.ringed.push({t, key, status, step});
  }
}
new MutationObserver(look).observe(document, {subtree: true, childList: true, attributes: true,
                                              attributeFilter: ['data-status', 'data-step', 'aria-expanded']});
W.timer = setInterval(look, 20);
look();
"""


def watch(driver, decoys: list[str]) -> None:
    """Start watching this page; `decoys` are registry keys the spotlight must never enclose."""
    driver.execute_script(WATCH_JS, decoys)


def watched(driver) -> dict:
    return driver.execute_script("return window.__ringWatch || null") or {"log": [], "ringed": []}


def assert_nothing_wrong_ringed(driver) -> dict:
    w = watched(driver)
    assert not w["ringed"], f"the spotlight enclosed a look-alike: {w['ringed'][:5]}; statuses: {w['log']}"
    return w


def searching_to_missing_ms(w: dict) -> float | None:
    """With the page's clock: from the moment searching began to "target-missing". If the watcher found the guide
    already searching (or past it), the end of the page's DOMContentLoaded stands in for that moment (content scripts
    run after it): an upper bound."""
    log = w["log"]
    missing = next((e["t"] for e in log if e["status"] == "target-missing"), None)
    if missing is None:
        return None
    if not log or log[0]["status"] != "searching" and log[0]["status"] != "target-missing":
        start = next((e["t"] for e in log if e["status"] == "searching"), 0)
    else:
        start = w.get("ready", 0)
    return missing - start
