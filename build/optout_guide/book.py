"""The guide book: every platform's steps as plain text, in every language, as static pages.

Shipped inside the extension (book/) and as a stand-alone site (dist/site/): printable, no scripts, usable
without the extension."""

from __future__ import annotations

from pathlib import Path

import jinja2

from .resources import TEMPLATES

LANGUAGE_NAMES = {"en": "English", "de": "Deutsch", "fr": "Français", "es": "Español", "it": "Italiano", "nl": "Nederlands"}


def _environment() -> jinja2.Environment:
    return jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES / "book"),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render_book(guides: list[dict], strings: dict[str, dict[str, str]], out: Path) -> None:
    env = _environment()
    languages = [lang for lang in LANGUAGE_NAMES if all(lang in g["languages"] for g in guides)]
    out.mkdir(parents=True, exist_ok=True)
    (out / "book.css").write_text((TEMPLATES / "book" / "book.css").read_text(encoding="utf-8"), encoding="utf-8")
    for lang in languages:
        t = {**strings.get("en", {}), **strings.get(lang, {})}
        common = {"lang": lang, "languages": languages, "language_names": LANGUAGE_NAMES, "t": t, "guides": guides}
        page = env.get_template("index.html.j2").render(**common)
        (out / ("index.html" if lang == "en" else f"index.{lang}.html")).write_text(page, encoding="utf-8")
        for guide in guides:
            page = env.get_template("guide.html.j2").render(guide=guide, **common)
            (out / f"{guide['id']}.{lang}.html").write_text(page, encoding="utf-8")
        page = env.get_template("privacy.html.j2").render(**common)
        (out / ("privacy.html" if lang == "en" else f"privacy.{lang}.html")).write_text(page, encoding="utf-8")
