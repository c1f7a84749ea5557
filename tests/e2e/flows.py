"""Steps shared by the flow tests: find a visible page element, check the guide points at it, click it."""

from __future__ import annotations

from selenium.webdriver.common.by import By

from .harness.guide import wait_for_status, wait_spotlight_on, wait_until


def find(driver, css: str, timeout: float = 5):
    return wait_until(lambda: next((e for e in driver.find_elements(By.CSS_SELECTOR, css) if e.is_displayed()), None),
                      timeout, message=css)


def guided_click(driver, guide: str, step: str, css: str, index: int, count: int = 5, timeout: float = 5):
    """The guide is on `step` (N of M), its spotlight encloses the element at css; then click it as a user would."""
    state = wait_for_status(driver, "guiding", step, timeout=timeout)
    assert state["guide"] == guide
    assert state["step-index"] == str(index) and state["step-count"] == str(count)
    target = find(driver, css)
    wait_spotlight_on(driver, target)
    target.click()
    return target
