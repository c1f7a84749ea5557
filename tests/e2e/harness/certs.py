"""The replica sites' TLS certificate, made fresh for each test run, for every host a guide names."""

from __future__ import annotations

from pathlib import Path

import yaml

from optout_guide.tlscert import make_certificate as _make_certificate

HOSTS = tuple(sorted({host for path in (Path(__file__).resolve().parents[3] / "content" / "guides").glob("*.yaml")
                      for host in yaml.safe_load(path.read_text(encoding="utf-8")).get("hosts", [])}))


def make_certificate(folder: Path, hosts=HOSTS) -> tuple[Path, Path]:
    return _make_certificate(folder, hosts)
