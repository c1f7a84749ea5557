"""The guide book: every platform in every language, as plain escaped HTML without scripts."""

from __future__ import annotations

import copy
import json

from optout_guide.book import render_book
from optout_guide.locales import STORE_PART, load_locales, plain_strings
from optout_guide.resources import extension_dir

from .conftest import tree_digest


def load(good_build):
    guides = json.loads((good_build / "chrome" / "data" / "guides.json").read_text())
    store = plain_strings(load_locales(extension_dir(), (STORE_PART,)))
    strings = {lang: {**{k: v["message"] for k, v in json.loads((good_build / "chrome" / "_locales" / lang / "messages.json").read_text()).items()},
                      **store[lang]}
               for lang in ("en", "de", "fr", "es", "it", "nl")}
    return guides, strings


def test_every_platform_in_every_language(good_build):
    site = good_build / "site"
    for lang in ("en", "de", "fr", "es", "it", "nl"):
        assert (site / ("index.html" if lang == "en" else f"index.{lang}.html")).is_file()
        for guide in ("linkedin", "chatgpt", "x"):
            page = (site / f"{guide}.{lang}.html").read_text()
            assert f'<html lang="{lang}">' in page
            assert page.count("<li>") >= 5
    de = (site / "linkedin.de.html").read_text()
    assert "Daten zur Verbesserung generativer KI" in de and "https://www.linkedin.com/help/linkedin/ask/TS-DPRO" in de


def test_the_book_ships_inside_each_extension(good_build):
    assert tree_digest(good_build / "chrome" / "book") == tree_digest(good_build / "site")
    assert tree_digest(good_build / "firefox" / "book") == tree_digest(good_build / "site")


def test_no_scripts_and_text_is_escaped(good_build, tmp_path):
    guides, strings = load(good_build)
    evil = copy.deepcopy(guides)
    evil[0]["steps"][0]["text"]["en"] = '<script>alert(1)</script><img src=x onerror=alert(2)>'
    render_book(evil, strings, tmp_path)
    page = (tmp_path / f"{evil[0]['id']}.en.html").read_text()
    assert "<script" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    for html in good_build.joinpath("site").glob("*.html"):
        assert "<script" not in html.read_text()
