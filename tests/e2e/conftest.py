"""Fixtures for end-to-end tests: the built extension, the replica sites, one real browser per test module."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from .harness.browsers import start_chromium, start_firefox
from .harness.certs import make_certificate
from .harness.proxy import ConnectProxy
from .harness.server import ReplicaServer

ROOT = Path(__file__).resolve().parents[2]
ALL_BROWSERS = ("chromium", "firefox")


def selected_browsers() -> list[str]:
    wanted = os.environ.get("E2E_BROWSERS", ",".join(ALL_BROWSERS)).split(",")
    return [b for b in ALL_BROWSERS if b in wanted]


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


@pytest.fixture(scope="module", params=selected_browsers())
def browser(request, built_extension, site):
    if request.param == "chromium":
        b = start_chromium(built_extension / "chrome", site.server.port)
    else:
        b = start_firefox(built_extension / "firefox", site.proxy.port)
    try:
        yield b
    finally:
        b.quit()


@pytest.fixture(autouse=True)
def fresh_state(request):
    if "browser" in request.fixturenames:
        request.getfixturevalue("browser").reset()
    yield
