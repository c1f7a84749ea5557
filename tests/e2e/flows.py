"""Steps shared by the flow tests: find a visible page element, check the guide points at it, click it.

An element is named by a CSS selector, or by "@key" for an element the replica registered as Replica.target(key)
(the replicas keep test hooks out of the DOM, where the extension could see them)."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from .harness.guide import shadow_find, wait_for_status, wait_spotlight_on, wait_until

REGISTERED_JS = "const el = window.Replica && Replica.target(arguments[0]); return el && el.isConnected ? el : null;"


def _visible(driver, where: str):
    if where.startswith("@"):
        el = driver.execute_script(REGISTERED_JS, where[1:])
        return el if el is not None and el.is_displayed() else None
    return next((e for e in driver.find_elements(By.CSS_SELECTOR, where) if e.is_displayed()), None)


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
