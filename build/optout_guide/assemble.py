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
from .jsmodules import bundle
from . import rules
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
    problems = _spec_shape_problems(spec, str(spec_path))
    if problems:
        raise InputError(problems)
    wanted = [*_all_sources(spec), *(f"{icons_folder(spec)}/icon-{size}.png" for size in SIZES)]
    missing = [
        Problem(str(spec_path), 1, 1, f"needs {name!r}, which does not exist in {extension_dir}; "
                                      "add the file or remove it from the list")
        for name in wanted if not (extension_dir / name).is_file()
    ]
    if missing:
        raise InputError(missing)
    return spec


def icons_folder(spec: dict) -> str:
    return spec.get("icons", "icons")


def _spec_shape_problems(spec, where: str) -> list[Problem]:
    """build.json names each bundle's entry module (its imports bring in the rest), the popup page and the icons."""
    def is_list(value) -> bool:
        return isinstance(value, list) and all(isinstance(v, str) for v in value)

    popup = spec.get("popup") if isinstance(spec, dict) else None
    ok = (isinstance(spec, dict) and isinstance(spec.get("content"), str) and isinstance(spec.get("background"), str)
          and isinstance(popup, dict) and isinstance(popup.get("html"), str)
          and isinstance(popup.get("js"), str) and is_list(popup.get("css", []))
          and isinstance(spec.get("icons", "icons"), str))
    if ok:
        return []
    return [Problem(where, 1, 1, 'expected {"content": entry module, "background": entry module, '
                                 '"popup": {"html": file, "js": entry module, "css": [files]}, "icons": folder}')]


def _all_sources(spec: dict) -> list[str]:
    popup = spec["popup"]
    return [spec["content"], spec["background"], popup["html"], popup["js"], *popup.get("css", [])]


def _concat(extension_dir: Path, files: list[str], comment: str = "// {}") -> str:
    parts = []
    for name in files:
        text = (extension_dir / name).read_text(encoding="utf-8").strip("\n")
        parts.append(comment.format(f"--- {name}") + f"\n{text}\n")
    return "\n".join(parts)


# The content script's generated modules: the guide it carries with the overlay's strings in every language, and
# the guide format's rules as the schema states them.
GUIDE_DATA = "content/guide-data.js"
GUIDE_RULES = "content/guide-rules.js"


def content_script(guide: dict, ui: dict, extension_dir: Path, entry: str) -> str:
    data = f"export const GUIDE = {_json(content_guide(guide))};\nexport const UI = {_json(ui)};\n"
    source = bundle(extension_dir, entry, {GUIDE_DATA: data, GUIDE_RULES: rules.engine_module()})
    # Content scripts run on every page load of busy sites: ship them minified (sources stay readable).
    return rjsmin.jsmin(
        "// Opt-out Guide content script for " + guide["name"] + " (generated; sources in extension/content/).\n"
        "(() => {\n\"use strict\";\n" + source + "})();\n", keep_bang_comments=False
    ) + "\n"


def script(extension_dir: Path, entry: str) -> str:
    return "(() => {\n\"use strict\";\n" + bundle(extension_dir, entry) + "})();\n"


def manifest(browser: str, guides: list[dict]) -> str:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=False,
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True)
    hosts = sorted({f"https://{h}/*" for g in guides for h in g["hosts"]})
    text = env.get_template("manifest.json.j2").render(
        browser=browser,
        version=__version__,
        gecko_id=GECKO_ID,
        icons={str(s): f"icons/icon-{s}.png" for s in SIZES},
        host_permissions=hosts,
        # One entry per guide: a page only ever loads the guide of its own host.
        content_scripts=[
            {"matches": [f"https://{h}/*" for h in g["hosts"]], "js": [f"content/{g['id']}.js"]}
            for g in guides if g["kind"] == "guide"
        ],
    )
    return json.dumps(json.loads(text), indent=2, ensure_ascii=False) + "\n"


def write_browser(out: Path, browser: str, guides: list[dict], locales: dict, overlay_ui: dict,
                  extension_dir: Path, spec: dict) -> None:
    out.mkdir(parents=True)
    (out / "manifest.json").write_text(manifest(browser, guides), encoding="utf-8")
    (out / "content").mkdir()
    for guide in (g for g in guides if g["kind"] == "guide"):
        text = content_script(guide, overlay_ui, extension_dir, spec["content"])
        (out / "content" / f"{guide['id']}.js").write_text(text, encoding="utf-8")
    (out / "background.js").write_text(script(extension_dir, spec["background"]), encoding="utf-8")
    popup = spec["popup"]
    (out / "popup").mkdir()
    shutil.copyfile(extension_dir / popup["html"], out / "popup" / "popup.html")
    (out / "popup" / "popup.js").write_text(script(extension_dir, popup["js"]), encoding="utf-8")
    (out / "popup" / "popup.css").write_text(_concat(extension_dir, popup.get("css", []), comment="/* {} */"), encoding="utf-8")
    (out / "data").mkdir()
    (out / "data" / "guides.json").write_text(
        json.dumps(guides, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    (out / "icons").mkdir()
    for size in SIZES:
        shutil.copyfile(extension_dir / icons_folder(spec) / f"icon-{size}.png", out / "icons" / f"icon-{size}.png")
    for lang, entries in sorted(locales.items()):
        folder = out / "_locales" / lang
        folder.mkdir(parents=True)
        (folder / "messages.json").write_text(
            json.dumps(entries, ensure_ascii=False, indent=1, sort_keys=True) + "\n", encoding="utf-8")
