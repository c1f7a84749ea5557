"""The replica server of the end-to-end tests, with one addition for the benchmark: a page loaded with ?bench=feed
gets the busy feed. `https://<host>/<path>?bench=feed` serves that host's replica page (what the replica server
would serve) with `<script src="/__bench/feed.js"></script>` before </body>; /__bench/feed.js is bench/pages/feed.js.
Everything else is the replica server's, unchanged."""

from __future__ import annotations

import sys
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

from e2e.harness.proxy import ConnectProxy  # noqa: E402
from e2e.harness.server import ReplicaHandler, ReplicaServer  # noqa: E402

PAGES = Path(__file__).resolve().parent / "pages"
BENCH_PREFIX = "/__bench/"
FEED_TAG = b'<script src="/__bench/feed.js"></script>\n'


class BenchHandler(ReplicaHandler):
    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        parts = urlsplit(self.path)
        if parts.path.startswith(BENCH_PREFIX):
            self.server.requests.append((host, self.path))
            file = PAGES / parts.path[len(BENCH_PREFIX):]
            if not file.is_file() or not file.resolve().is_relative_to(PAGES.resolve()):
                return self.send_error(404)
            return self._send(file.read_bytes(), "text/javascript")
        if parse_qs(parts.query).get("bench") == ["feed"] and host in self.server.roots:
            root = self.server.roots[host]
            file = root / parts.path.lstrip("/")
            if not file.is_file() or not file.resolve().is_relative_to(root.resolve()):
                file = root / "index.html"
            if file.name == "index.html":
                self.server.requests.append((host, self.path))
                body = file.read_bytes()
                at = body.rfind(b"</body>")
                body = body[:at] + FEED_TAG + body[at:] if at >= 0 else body + FEED_TAG
                return self._send(body, "text/html")
        return super().do_GET()

    def _send(self, body: bytes, mime: str) -> None:
        self.send_response(200)
        self.send_header("Content-Type", mime + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.wfile.write(body)


class BenchServer(ReplicaServer):
    """The replica server (every replica under its real host name) answering with BenchHandler."""

    def __init__(self, cert: Path, key: Path):
        super().__init__(cert, key)
        self.RequestHandlerClass = BenchHandler


def start_servers(cert: Path, key: Path) -> tuple[BenchServer, ConnectProxy]:
    """The server (Chromium maps every host to it) and the CONNECT proxy in front of it (Firefox's way in)."""
    server = BenchServer(cert, key).start()
    proxy = ConnectProxy(server.port).start()
    return server, proxy
