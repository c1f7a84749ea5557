"""The toolbar popup: platform rows and statuses from what the content script saw, one click to each setting,
reopening a dismissed guide, forgetting everything, and no untranslated string."""

import datetime
import os
from pathlib import Path

from selenium.webdriver.common.by import By

from .flows import find
from .harness.guide import host_state, shadow_click, wait_for_status, wait_until

ROOT = Path(__file__).resolve().parents[2]


def open_popup(browser):
    browser.open_extension_page("popup/popup.html")
    wait_until(lambda: browser.driver.execute_script("return document.body.dataset.ready") == "true", 5, message="popup ready")


def row_state(d, guide):
    return d.execute_script("const r = document.querySelector(`li.platform[data-guide=\"${arguments[0]}\"]`);"
                            "return r && r.dataset.state;", guide)


def test_rows_for_every_platform_with_their_facts(browser):
    d = browser.driver
    open_popup(browser)
    # Grouped, each group in name order; every guide has a row.
    groups = d.find_elements(By.CSS_SELECTOR, "li.group")
    assert [g.get_attribute("data-group") for g in groups] == ["ai-assistants", "social-networks", "writing-and-publishing"]
    assert [h.get_attribute("textContent") for h in d.find_elements(By.CSS_SELECTOR, "li.group > h2")] == [
        "AI assistants", "Social networks", "Writing and publishing"]
    rows = d.find_elements(By.CSS_SELECTOR, "li.platform")
    ids = [r.get_attribute("data-guide") for r in rows]
    assert ids == ["chatgpt", "claude", "gemini", "copilot", "perplexity", "linkedin", "meta", "pinterest", "x",
                   "grammarly", "quora", "tumblr", "wordpress"]
    assert [r.find_element(By.CSS_SELECTOR, ".name").text for r in rows][:2] == ["ChatGPT", "Claude"]
    assert all(row_state(d, g) == "unknown" for g in ids)
    linkedin = rows[ids.index("linkedin")]
    linkedin.find_element(By.TAG_NAME, "summary").click()
    facts = linkedin.find_element(By.TAG_NAME, "dl").text
    assert "3" in facts and "Data Processing Objection Form" in facts and "not retroactive" in facts
    link = linkedin.find_element(By.CSS_SELECTOR, 'a[href="https://www.linkedin.com/help/linkedin/ask/TS-DPRO"]')
    assert link.get_attribute("rel") == "noopener noreferrer"
    # No key shown in place of a translation.
    text = d.find_element(By.TAG_NAME, "body").text
    assert "popup_" not in text and "badge_" not in text


def test_status_after_walking_a_flow_to_done(browser):
    d = browser.driver
    browser.open("https://x.com/settings/grok_settings")
    find(d, 'input[aria-describedby="CHECKBOX_1_LABEL"]').click()
    wait_for_status(d, "done")
    open_popup(browser)
    assert row_state(d, "x") == "off"
    status = d.find_element(By.CSS_SELECTOR, 'li.platform[data-guide="x"] .status').text
    assert datetime.date.today().strftime("%Y") in status
    assert row_state(d, "linkedin") == "unknown"


def test_in_progress_status(browser):
    d = browser.driver
    browser.set_storage({"guide:chatgpt": {"started": True, "dismissed": False, "observed": "on", "observedAt": None}})
    open_popup(browser)
    assert row_state(d, "chatgpt") == "progress"


def test_go_to_the_setting_opens_it_with_the_guide_started(browser):
    d = browser.driver
    browser.set_storage({"guide:linkedin": {"started": False, "dismissed": True, "observed": None, "observedAt": None}})
    open_popup(browser)
    before = set(d.window_handles)
    d.find_element(By.CSS_SELECTOR, 'li.platform[data-guide="linkedin"] button.go').click()
    new = wait_until(lambda: [h for h in d.window_handles if h not in before], 5, message="a new tab")
    d.switch_to.window(new[0])
    wait_until(lambda: d.current_url.startswith("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement"), 5,
               message="the setting's URL")
    wait_for_status(d, "guiding", "switch-off")
    stored = browser.storage()["guide:linkedin"]
    assert stored["started"] is True and stored["dismissed"] is False


def test_reopening_after_dismissal(browser):
    d = browser.driver
    browser.open("https://x.com/contract/plain.html")
    wait_for_status(d, "prompt")
    shadow_click(d, '[data-action="dismiss"]')
    wait_for_status(d, "dismissed")
    # What the popup's "Show the guide on this page" stores; the page follows the storage change.
    browser.set_storage({"guide:x": {"started": True, "dismissed": False, "observed": None, "observedAt": None}})
    wait_for_status(d, "guiding", "open-more-menu")


def test_forget_everything(browser):
    d = browser.driver
    browser.set_storage({"guide:x": {"started": False, "dismissed": True, "observed": "off", "observedAt": "2026-11-01T10:00:00Z"}})
    open_popup(browser)
    assert row_state(d, "x") == "off"
    d.find_element(By.ID, "forget").click()
    wait_until(lambda: row_state(d, "x") == "unknown", 3, message="rows to reset")
    assert d.find_element(By.ID, "forgotten").is_displayed()
    assert browser.storage() == {}


def test_no_permission_notice_when_host_access_is_granted(browser):
    d = browser.driver
    open_popup(browser)
    assert not d.find_element(By.ID, "permissions").is_displayed()


def test_screenshots_for_the_readme(browser, tmp_path):
    """Pictures of what a user sees; UPDATE_SCREENSHOTS=1 writes them to docs/screenshots/."""
    if browser.name != "chromium":
        return
    d = browser.driver
    target = ROOT / "docs" / "screenshots" if os.environ.get("UPDATE_SCREENSHOTS") else tmp_path
    target.mkdir(parents=True, exist_ok=True)
    browser.open("https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?lang=en")
    wait_for_status(d, "guiding", "switch-off")
    wait_until(lambda: d.execute_script(
        "return document.getElementById('optout-guide').shadowRoot.querySelector('[part~=tooltip]').offsetWidth > 0"), 3)
    d.set_window_size(1100, 640)
    wait_for_status(d, "guiding", "switch-off")
    d.save_screenshot(str(target / "overlay.png"))
    d.set_window_size(1280, 900)
    browser.set_storage({"guide:x": {"started": False, "dismissed": False, "observed": "off", "observedAt": "2026-11-24T09:00:00Z"},
                         "guide:linkedin": {"started": True, "dismissed": False, "observed": "on", "observedAt": None}})
    open_popup(browser)
    d.find_element(By.CSS_SELECTOR, 'li.platform[data-guide="linkedin"] summary').click()
    d.find_element(By.TAG_NAME, "body").screenshot(str(target / "popup.png"))
    assert (target / "overlay.png").stat().st_size > 5000 and (target / "popup.png").stat().st_size > 5000
    assert host_state(d) is None  # the popup page is not a supported site


def badge_for(browser, url_pattern):
    return browser._run_in_extension("""
      api.tabs.query({url: arguments[0]}).then(async (tabs) => {
        done(tabs.length ? await api.action.getBadgeText({tabId: tabs[0].id}) : null);
      });""", url_pattern)


def test_badge_marks_the_sites_opt_out_state(browser):
    d = browser.driver
    browser.open("https://x.com/settings/grok_settings")
    wait_for_status(d, "guiding", "untick-data-sharing")
    wait_until(lambda: badge_for(browser, "https://x.com/*") == "!", 5, message="the to-do badge")
    find(d, 'input[aria-describedby="CHECKBOX_1_LABEL"]').click()
    wait_for_status(d, "done")
    wait_until(lambda: badge_for(browser, "https://x.com/*") == "✓", 5, message="the done badge")


def test_meta_route_forms_text_and_sent_mark(browser):
    """Meta has no setting: the popup links its forms, offers the objection text, and records the user's own mark."""
    d = browser.driver
    open_popup(browser)
    row = d.find_element(By.CSS_SELECTOR, 'li.platform.route[data-guide="meta"]')
    assert row_state(d, "meta") == "unknown"
    assert not row.find_elements(By.CSS_SELECTOR, "button.go")
    hrefs = [a.get_attribute("href") for a in row.find_elements(By.CSS_SELECTOR, "ul.forms a")]
    assert hrefs == ["https://www.facebook.com/help/contact/712876720715583", "https://help.instagram.com/contact/767264225370182"]
    assert all(a.get_attribute("target") == "_blank" for a in row.find_elements(By.CSS_SELECTOR, "ul.forms a"))
    row.find_element(By.CSS_SELECTOR, "details.objection summary").click()
    text = row.find_element(By.CSS_SELECTOR, ".objection-text").text
    assert "Article 21 of the GDPR" in text
    row.find_element(By.CSS_SELECTOR, "button.mark").click()
    wait_until(lambda: row_state(d, "meta") == "off", 3, message="marked as sent")
    status = d.find_element(By.CSS_SELECTOR, 'li.platform[data-guide="meta"] .status').text
    assert status.startswith("Objection sent (") and str(datetime.date.today().year) in status
    d.find_element(By.CSS_SELECTOR, 'li.platform[data-guide="meta"] button.mark').click()
    wait_until(lambda: row_state(d, "meta") == "unknown", 3, message="marked as not sent")
