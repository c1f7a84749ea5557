"""Steps shared by the flow tests: find a visible page element, check the guide points at it, click it.

An element is named by a CSS selector, or by "@key" for an element the replica registered as Replica.target(key)
(the replicas keep test hooks out of the DOM, where the extension could see them)."""

from __future__ import annotations

from selenium.common.exceptions import StaleElementReferenceException
from selenium.webdriver.common.by import By

from .harness.guide import shadow_click, shadow_find, wait_for_status, wait_spotlight_on, wait_until

REGISTERED_JS = "const el = window.Replica && Replica.target(arguments[0]); return el && el.isConnected ? el : null;"


def _visible(driver, where: str):
    try:
        if where.startswith("@"):
            el = driver.execute_script(REGISTERED_JS, where[1:])
            return el if el is not None and el.is_displayed() else None
        return next((e for e in driver.find_elements(By.CSS_SELECTOR, where) if e.is_displayed()), None)
    except StaleElementReferenceException:
        return None  # the page re-rendered between finding and looking: look again


def find(driver, where: str, timeout: float = 5):
    return wait_until(lambda: _visible(driver, where), timeout, message=where)


def guided_click(driver, guide: str, step: str, where: str, index: int, count: int = 5, timeout: float = 5):
    """The guide is on `step` (N of M), its spotlight encloses the element at `where`; then click it as a user would."""
    state = wait_for_status(driver, "guiding", step, timeout=timeout)
    assert state["guide"] == guide
    assert state["step-index"] == str(index) and state["step-count"] == str(count)
    # The tooltip speaks of this step, not of the one before ("Step N of M" in any language has both numbers).
    wait_until(lambda: _counter_names(driver, index, count), 2, message=f"tooltip counter for step {index} of {count}")
    target = find(driver, where)
    wait_spotlight_on(driver, target)
    target.click()
    return target


def _counter_names(driver, index: int, count: int) -> bool:
    counter = shadow_find(driver, '[part~="counter"]')
    numbers = [int(n) for n in "".join(c if c.isdigit() else " " for c in (counter.text if counter else "")).split()]
    return numbers == [index, count]


def start_and_open_link(browser, step: str, url: str, count: int, click: bool) -> None:
    """Start from the pill; the first step is a link, not a ring. Follow it: click it (a new tab) or go to its address."""
    d = browser.driver
    shadow_click(d, '[data-action="start"]')
    state = wait_for_status(d, "guiding", step)
    assert (state["step-index"], state["step-count"]) == ("1", str(count))
    link = wait_until(lambda: shadow_find(d, 'a[data-action="open-link"]'), 3, message="the open-link button")
    assert link.get_attribute("href") == url
    assert shadow_find(d, '[part~="spotlight"]') is None, "a step done by opening a link rings nothing"
    if click:
        before = set(d.window_handles)
        link.click()
        handle = wait_until(lambda: next((h for h in d.window_handles if h not in before), None), 5, message="the new tab")
        d.switch_to.window(handle)
        wait_until(lambda: d.execute_script("return location.href") == url, 5, message=url)
    else:
        browser.open(url)
