"""The popup in each of the six languages: Chromium started with that UI language renders every string."""

import json
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from .harness.browsers import start_chromium
from .harness.guide import wait_until

LOCALES = Path(__file__).resolve().parents[2] / "extension" / "locales" / "ui"


@pytest.mark.parametrize("lang", ["en", "de", "fr", "es", "it", "nl"])
def test_popup_renders_in_the_browser_language(built_extension, site, lang):
    strings = json.loads((LOCALES / f"{lang}.json").read_text(encoding="utf-8"))
    browser = start_chromium(built_extension / "chrome", site.server.port, lang=lang)
    try:
        d = browser.driver
        d.get(browser.extension_url("popup/popup.html"))
        wait_until(lambda: d.execute_script("return document.body.dataset.ready") == "true", 5, message="popup ready")
        assert d.execute_script("return document.documentElement.lang") == lang
        assert d.find_element(By.CSS_SELECTOR, "p.lead").text == strings["popup_lead"]["message"]
        buttons = [b.text for b in d.find_elements(By.CSS_SELECTOR, "button.go")]
        guides = sum(1 for path in (LOCALES.parents[2] / "content" / "guides").glob("*.yaml")
                     if "\nkind: route" not in path.read_text(encoding="utf-8"))
        assert buttons == [strings["popup_go"]["message"]] * guides
        body = d.find_element(By.TAG_NAME, "body").text
        assert "popup_" not in body and "__MSG_" not in body
        # Every element the page translates got a non-empty text.
        empty = d.execute_script("return [...document.querySelectorAll('[data-i18n]')].filter((e) => !e.textContent.trim()).length")
        assert empty == 0
    finally:
        browser.quit()
