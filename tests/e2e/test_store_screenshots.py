"""Store pictures, taken in real Chromium: per language a 1280×800 screenshot of the guide on a replica page and
one of the popup, plus the 440×280 promo tile and the 128-px icon. `make release` runs this with
STORE_SCREENSHOTS=dist/store to put them beside the listings; otherwise they go to a temporary folder."""

from __future__ import annotations

import os
import shutil
import struct
from pathlib import Path

import pytest

from .harness.browsers import start_chromium
from .harness.guide import wait_for_status, wait_until

ROOT = Path(__file__).resolve().parents[2]
LANGS = ["en", "de", "fr", "es", "it", "nl"]


def png_size(path: Path) -> tuple[int, int]:
    data = path.read_bytes()[:24]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    return struct.unpack(">II", data[16:24])


def viewport(driver, width: int, height: int) -> None:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False})


@pytest.fixture(scope="module")
def target(tmp_path_factory) -> Path:
    chosen = os.environ.get("STORE_SCREENSHOTS")
    return Path(chosen).resolve() if chosen else tmp_path_factory.mktemp("store")


@pytest.mark.parametrize("lang", LANGS)
def test_store_screenshots_per_language(built_extension, site, target, lang):
    folder = target / lang
    folder.mkdir(parents=True, exist_ok=True)
    browser = start_chromium(built_extension / "chrome", site.server.port, lang=lang)
    try:
        d = browser.driver
        viewport(d, 1280, 800)
        browser.open(f"https://www.linkedin.com/mypreferences/d/settings/data-for-ai-improvement?reset=1&lang={lang}")
        wait_for_status(d, "guiding", "switch-off")
        wait_until(lambda: d.execute_script(
            "return document.getElementById('optout-guide').shadowRoot.querySelector('[part~=tooltip]').offsetWidth > 0"), 3)
        d.save_screenshot(str(folder / "screenshot-guide.png"))
        browser.set_storage({"guide:x": {"started": False, "dismissed": False, "observed": "off", "observedAt": "2026-11-24T09:00:00Z"},
                             "guide:linkedin": {"started": True, "dismissed": False, "observed": "on", "observedAt": None}})
        browser.open_extension_page("popup/popup.html")
        viewport(d, 1280, 800)
        wait_until(lambda: d.execute_script("return document.body.dataset.ready") == "true", 5, message="popup ready")
        # The popup as it opens from the toolbar, on a plain backdrop the size the store asks for.
        d.execute_script("document.documentElement.style.cssText = 'background:#e2e8f0; min-height:100%';"
                         "document.body.style.cssText += ';margin:40px auto;max-height:720px;box-shadow:0 8px 28px rgba(15,23,42,.28)'")
        d.save_screenshot(str(folder / "screenshot-popup.png"))
    finally:
        browser.quit()
    for name in ("screenshot-guide.png", "screenshot-popup.png"):
        assert png_size(folder / name) == (1280, 800)
        assert (folder / name).stat().st_size > 10_000


def test_promo_tile_and_icon(built_extension, site, target):
    shutil.copyfile(ROOT / "extension" / "icons" / "icon-128.png", target / "icon-128.png")
    assert png_size(target / "icon-128.png") == (128, 128)
    browser = start_chromium(built_extension / "chrome", site.server.port)
    try:
        d = browser.driver
        browser.open_extension_page("book/index.html")
        viewport(d, 440, 280)
        icon = browser.extension_url("icons/icon-128.png")
        d.execute_script(
            "document.body.replaceChildren();"
            "document.body.style.cssText = 'margin:0;width:440px;height:280px;display:flex;align-items:center;gap:20px;"
            "padding:0 28px;box-sizing:border-box;background:#1e3a8a;color:#fff;font:600 26px/1.2 system-ui,sans-serif';"
            "const img = document.createElement('img'); img.src = arguments[0]; img.width = 96; img.height = 96;"
            "const p = document.createElement('p'); p.textContent = arguments[1];"
            "document.body.append(img, p);", icon, "Stop platforms training AI on your data")
        wait_until(lambda: d.execute_script("return document.images[0].complete"), 3)
        d.save_screenshot(str(target / "promo-440x280.png"))
    finally:
        browser.quit()
    assert png_size(target / "promo-440x280.png") == (440, 280)
