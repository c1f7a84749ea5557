"""Assembling one browser's unpacked extension from the guides and extension/ sources."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import jinja2
import rjsmin

from . import __version__
from .compile import content_guide
from .errors import InputError, Problem
from .icons import SIZES
from .resources import TEMPLATES

BROWSERS = ("chrome", "firefox")
GECKO_ID = "optout-guide@optout-guide.org"


def _json(value) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=True)


def read_bundle_spec(extension_dir: Path) -> dict:
    spec_path = extension_dir / "build.json"
    try:
        spec = json.loads(spec_path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise InputError([Problem(str(spec_path), getattr(exc, "lineno", 1), getattr(exc, "colno", 1), f"cannot read the bundle list: {exc}")])
    wanted = [*_all_sources(spec), *(f"icons/icon-{size}.png" for size in SIZES)]
    missing = [
        Problem(str(spec_path), 1, 1, f"needs {name!r}, which does not exist in {extension_dir}")
        for name in wanted if not (extension_dir / name).is_file()
    ]
    if missing:
        raise InputError(missing)
    return spec


def _all_sources(spec: dict) -> list[str]:
    popup = spec["popup"]
    return [*spec["content"], *spec["background"], popup["html"], *popup["js"], *popup["css"]]


def _concat(extension_dir: Path, files: list[str]) -> str:
    parts = []
    for name in files:
        text = (extension_dir / name).read_text(encoding="utf-8").strip("\n")
        parts.append(f"// --- {name}\n{text}\n")
    return "\n".join(parts)


def content_script(guide: dict, ui: dict, extension_dir: Path, modules: list[str]) -> str:
    # Content scripts run on every page load of busy sites: ship them minified (sources stay readable).
    return rjsmin.jsmin(
        "// Opt-out Guide content script for " + guide["name"] + " (generated; sources in extension/content/).\n"
        "(() => {\n\"use strict\";\n"
        f"const GUIDE = {_json(content_guide(guide))};\n"
        f"const UI = {_json(ui)};\n\n"
        + _concat(extension_dir, modules)
        + "})();\n", keep_bang_comments=False
    ) + "\n"


def manifest(browser: str, guides: list[dict]) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    hosts = [f"https://{h}/*" for g in guides for h in g["hosts"]]
    text = env.get_template("manifest.json.j2").render(
        browser=browser,
        version=__version__,
        gecko_id=GECKO_ID,
        icons={str(s): f"icons/icon-{s}.png" for s in SIZES},
        host_permissions=hosts,
        content_scripts=[
            {"matches": [f"https://{h}/*"], "js": [f"content/{g['id']}.js"]}
            for g in guides for h in g["hosts"]
        ],
    )
    return json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def write_browser(out: Path, browser: str, guides: list[dict], locales: dict, overlay_ui: dict,
                  extension_dir: Path, spec: dict) -> None:
    out.mkdir(parents=True)
    (out / "manifest.json").write_text(manifest(browser, guides), encoding="utf-8")
    (out / "content").mkdir()
    for guide in guides:
        text = content_script(guide, overlay_ui, extension_dir, spec["content"])
        (out / "content" / f"{guide['id']}.js").write_text(text, encoding="utf-8")
    (out / "background.js").write_text(
        "(() => {\n\"use strict\";\n" + _concat(extension_dir, spec["background"]) + "})();\n", encoding="utf-8")
    popup = spec["popup"]
    (out / "popup").mkdir()
    shutil.copyfile(extension_dir / popup["html"], out / "popup" / "popup.html")
    (out / "popup" / "popup.js").write_text(
        "(() => {\n\"use strict\";\n" + _concat(extension_dir, popup["js"]) + "})();\n", encoding="utf-8")
    (out / "popup" / "popup.css").write_text(_concat(extension_dir, popup["css"]).replace("// ---", "/* ---").replace(".css\n", ".css */\n"), encoding="utf-8")
    (out / "data").mkdir()
    (out / "data" / "guides.json").write_text(
        json.dumps(guides, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    shutil.copytree(extension_dir / "icons", out / "icons")
    for lang, entries in sorted(locales.items()):
        folder = out / "_locales" / lang
        folder.mkdir(parents=True)
        (folder / "messages.json").write_text(
            json.dumps(entries, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
