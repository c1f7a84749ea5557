"""Checking a guide against a saved copy of a real page, in headless Chromium.

The page is served locally under its real host name (Chromium's host resolver maps it to a local server) with a
content security policy that runs none of the page's scripts and reaches nothing outside; the engine's own
modules then read it (build/optout_guide/probe/probe.js) and report, step by step, what the guide finds."""

from __future__ import annotations

import http.server
import os
import shutil
import ssl
import tempfile
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from . import rules
from .assemble import GUIDE_DATA, GUIDE_RULES, _json
from .compile import content_guide
from .errors import InputError, Problem
from .jsmodules import bundle
from .resources import extension_dir
from .savedpage import SavedPage
from .tlscert import make_certificate

PROBE = Path(__file__).resolve().parent / "probe" / "probe.js"
PAGE_POLICY = "script-src 'none'; connect-src 'none'; frame-src 'none'; worker-src 'none'; object-src 'none'"


def probe_source(guide: dict) -> str:
    virtual = {
        "probe.js": PROBE.read_text(encoding="utf-8"),
        GUIDE_DATA: f"export const GUIDE = {_json(content_guide(guide))};\nexport const UI = {{}};\n",
        GUIDE_RULES: rules.engine_module(),
    }
    return "(() => {\n\"use strict\";\n" + bundle(extension_dir(), "probe.js", virtual) + "})();\n"


class _PageServer(http.server.ThreadingHTTPServer):
    daemon_threads = True
    page: SavedPage | None = None
    tls: ssl.SSLContext | None = None

    def get_request(self):
        sock, address = super().get_request()
        # The handshake runs in the request's own thread, on its first read.
        return self.tls.wrap_socket(sock, server_side=True, do_handshake_on_connect=False), address


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _PageServer

    def log_message(self, format, *args):  # quiet
        pass

    def do_GET(self):
        page = self.server.page
        path = self.path.split("?", 1)[0].split("#", 1)[0]
        body, kind = (page.html.encode("utf-8"), "text/html; charset=utf-8") if self._is_page(path) else self._resource(path)
        if body is None:
            return self.send_error(404)
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Security-Policy", PAGE_POLICY)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def _is_page(self, path: str) -> bool:
        return path == self.server.page_path

    def _resource(self, path: str) -> tuple[bytes | None, str]:
        """A file of a page saved "complete" (its _files folder), looked up under the page's folder."""
        folder = self.server.page.path.parent.resolve()
        parts = [p for p in path.split("/") if p and p not in (".", "..")]
        for start in range(len(parts)):
            candidate = folder.joinpath(*parts[start:]).resolve()
            if candidate.is_file() and candidate.is_relative_to(folder):
                kind = {".css": "text/css", ".png": "image/png", ".svg": "image/svg+xml", ".jpg": "image/jpeg",
                        ".gif": "image/gif", ".webp": "image/webp"}.get(candidate.suffix.lower(), "application/octet-stream")
                return candidate.read_bytes(), kind
        return None, ""


@contextmanager
def page_browser(lang: str = "en-US") -> Iterator["PageChecker"]:
    """One headless Chromium and one local server, for any number of saved pages."""
    try:
        from selenium import webdriver
        from selenium.webdriver.chrome.service import Service
    except ImportError:
        raise InputError([Problem("optout-guide", 1, 1, "check-page needs selenium: pip install selenium")])
    binary = next((p for p in ("/usr/lib/chromium/chromium", "/usr/bin/chromium", shutil.which("chromium") or "")
                   if p and Path(p).exists()), None)
    driver_path = shutil.which("chromedriver")
    if not binary or not driver_path:
        raise InputError([Problem("optout-guide", 1, 1, "check-page needs Chromium and chromedriver "
                                                        "(make browsers installs them)")])
    server = _PageServer(("127.0.0.1", 0), _Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    os.environ.setdefault("SE_AVOID_STATS", "true")  # Selenium Manager must not reach the network
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--ignore-certificate-errors", "--disable-dev-shm-usage", "--disable-gpu", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", f"--lang={lang}"):
        options.add_argument(arg)
    options.add_experimental_option("prefs", {"intl.accept_languages": lang})
    checker = PageChecker(server, options, Service(executable_path=driver_path))
    try:
        yield checker
    finally:
        checker.close()
        server.shutdown()


class PageChecker:
    def __init__(self, server: _PageServer, options, service):
        self.server = server
        self.options = options
        self.service = service
        self.driver = None
        self.mapped_host = None

    def _driver_for(self, host: str):
        # The resolver rule is a start-up flag: a new host needs a new browser (a folder of pages is grouped by host).
        if self.driver is not None and self.mapped_host == host:
            return self.driver
        self.close()
        self._serve_tls_for(host)
        from selenium import webdriver
        options = self.options
        options.arguments[:] = [a for a in options.arguments if not a.startswith("--host-resolver-rules")]
        port = self.server.server_address[1]
        options.add_argument(f"--host-resolver-rules=MAP {host} 127.0.0.1:{port}, MAP * ~NOTFOUND")
        self.driver = webdriver.Chrome(options=options, service=self.service)
        self.driver.set_page_load_timeout(30)
        self.mapped_host = host
        return self.driver

    def _serve_tls_for(self, host: str) -> None:
        # A certificate for this host name (HTTPS-only sites refuse plain HTTP); the browser accepts it as local.
        with tempfile.TemporaryDirectory() as folder:
            cert, key = make_certificate(Path(folder), (host,))
            context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            context.load_cert_chain(cert, key)
        self.server.tls = context

    def check(self, page: SavedPage, guide: dict, host: str, url_path: str) -> dict:
        self.server.page = page
        self.server.page_path = url_path.split("?", 1)[0].split("#", 1)[0] or "/"
        driver = self._driver_for(host)
        driver.get(f"https://{host}{url_path}")
        return driver.execute_script(probe_source(guide) + "\nreturn globalThis.__optoutGuideProbe;")

    def close(self) -> None:
        if self.driver is not None:
            self.driver.quit()
            self.driver = None
