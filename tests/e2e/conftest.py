"""Fixtures for end-to-end tests: the built extension, the replica sites, real browsers shared by the test modules."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .harness.browsers import start_chromium, start_firefox
from .harness.certs import make_certificate
from .harness.matrix import FULL
from .harness.proxy import ConnectProxy
from .harness.server import ReplicaServer

ROOT = Path(__file__).resolve().parents[2]
ALL_BROWSERS = ("chromium", "firefox")


def selected_browsers() -> list[str]:
    wanted = os.environ.get("E2E_BROWSERS", ",".join(ALL_BROWSERS)).split(",")
    return [b for b in ALL_BROWSERS if b in wanted]


# `make test` stays within minutes on two cores; `make test-full` (E2E_FULL=1) runs the whole matrix.
# - Every test runs in Chromium, in every language it lists.
# - Firefox runs the tests where the browser itself matters (events and clicks, the overlay's own behaviour, the
#   popup, the finder on fixtures) and the three original platforms' flows; the other platforms' flows exercise
#   their guides' data, which does not depend on the browser, and run in Firefox in the full matrix only.
# - Languages change which names a guide matches, not how a browser runs the engine: Firefox runs two of each
#   test's languages.
FIREFOX_LANGUAGES = ("en", "de")
FIREFOX_MODULES = {
    "test_overlay_contract", "test_final_click", "test_overlay_restart", "test_popup", "test_problem_report",
    "test_finder_fixtures", "test_relevance_fixtures", "test_robustness", "test_flow_x", "test_flow_linkedin", "test_flow_chatgpt",
}


def _firefox_keeps(item) -> bool:
    if item.module.__name__.rsplit(".", 1)[-1] not in FIREFOX_MODULES:
        return False
    params = item.callspec.params if hasattr(item, "callspec") else {}
    if "lang" not in params:
        return True
    langs = next((m.args[1] for m in item.iter_markers("parametrize") if m.args and m.args[0] == "lang"), [])
    kept = [l for l in langs if l in FIREFOX_LANGUAGES] or list(langs[:1])
    return params["lang"] in kept


def pytest_collection_modifyitems(config, items):
    if FULL:
        return
    keep, drop = [], []
    for item in items:
        params = item.callspec.params if hasattr(item, "callspec") else {}
        (drop if params.get("browser") == "firefox" and not _firefox_keeps(item) else keep).append(item)
    if drop:
        config.hook.pytest_deselected(items=drop)
        items[:] = keep


@pytest.fixture(scope="session")
def built_extension(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("extension")
    tool = Path(sys.executable).parent / "optout-guide"
    subprocess.run([str(tool), "build", "--out", str(out)], cwd=ROOT, check=True, capture_output=True, text=True)
    return out


class Site:
    def __init__(self, server: ReplicaServer, proxy: ConnectProxy):
        self.server = server
        self.proxy = proxy

    @property
    def requests(self):
        return self.server.requests


@pytest.fixture(scope="session")
def site(tmp_path_factory):
    cert, key = make_certificate(tmp_path_factory.mktemp("tls"))
    server = ReplicaServer(cert, key).start()
    proxy = ConnectProxy(server.port).start()
    yield Site(server, proxy)
    proxy.stop()
    server.stop()


@pytest.fixture(scope="session")
def browser_pool(built_extension, site):
    """One browser of each kind per test worker, shared by the modules: starting Firefox takes seconds, and every
    test starts from a fresh tab, empty extension storage and the standard window size anyway (Browser.reset)."""
    started = {}

    def get(name: str):
        b = started.get(name)
        if b is not None and b.alive():
            return b
        if b is not None:
            b.quit()
        if name == "chromium":
            b = start_chromium(built_extension / "chrome", site.server.port)
        else:
            b = start_firefox(built_extension / "firefox", site.proxy.port)
        started[name] = b
        return b

    yield get
    for b in started.values():
        b.quit()


@pytest.fixture(scope="module", params=selected_browsers())
def browser(request, browser_pool):
    yield browser_pool(request.param)


@pytest.fixture(autouse=True)
def fresh_state(request):
    if "browser" in request.fixturenames:
        request.getfixturevalue("browser").reset()
    yield
