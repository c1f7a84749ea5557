"""HTTPS server for the replica sites: the Host header picks the site; unknown paths get the site's index.html
so client-side routes survive a reload. A page's extra response headers (a Content-Security-Policy, say) sit beside
it in `<name>.headers`, one `Name: value` per line. Every request is logged so tests can check what the browser
fetched."""

from __future__ import annotations

import http.server
import mimetypes
import ssl
import threading
from pathlib import Path

REPLICAS = Path(__file__).resolve().parents[2] / "replicas"
SHARED_PREFIX = "/__replica/"


class ReplicaHandler(http.server.BaseHTTPRequestHandler):
    server_version = "replica"
    protocol_version = "HTTP/1.1"

    def log_message(self, format, *args):  # keep test output quiet
        pass

    def do_GET(self):
        host = (self.headers.get("Host") or "").split(":")[0]
        path = self.path.split("?")[0].split("#")[0]
        self.server.requests.append((host, self.path))
        roots = self.server.roots
        if path.startswith(SHARED_PREFIX):
            file = roots["_shared"] / path[len(SHARED_PREFIX):]
        elif host in roots:
            file = roots[host] / path.lstrip("/")
            if not file.is_file() or not file.resolve().is_relative_to(roots[host].resolve()):
                file = roots[host] / "index.html"
        else:
            return self.send_error(404)
        if not file.is_file():
            return self.send_error(404)
        body = file.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", (mimetypes.guess_type(file.name)[0] or "application/octet-stream") + "; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Cache-Control", "no-store")
        for name, value in extra_headers(file):
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)


def extra_headers(file: Path) -> list[tuple[str, str]]:
    sidecar = file.with_name(file.name + ".headers")
    if not sidecar.is_file():
        return []
    headers = []
    for number, line in enumerate(sidecar.read_text(encoding="utf-8").splitlines(), 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        name, colon, value = line.partition(":")
        if not colon or not name.strip():
            raise ValueError(f"{sidecar}:{number}: expected `Name: value`, got {line!r}")
        headers.append((name.strip(), value.strip()))
    return headers


class ReplicaServer(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, cert: Path, key: Path, roots: dict[str, Path] | None = None):
        super().__init__(("127.0.0.1", 0), ReplicaHandler)
        self.roots = roots or {p.name: p for p in REPLICAS.iterdir() if p.is_dir()}
        self.requests: list[tuple[str, str]] = []
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(cert, key)
        self.socket = context.wrap_socket(self.socket, server_side=True, do_handshake_on_connect=False)
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self.server_address[1]

    def start(self) -> "ReplicaServer":
        self.thread.start()
        return self

    def stop(self) -> None:
        self.shutdown()
        self.server_close()
