"""The finder against small HTML fixtures, in the real browsers: accessible names, scopes, decoys, visibility.

The finder's modules are bundled as the extension bundles them (with the rules generated from the schema) and
run in the page, so these tests see exactly the code the content scripts ship."""

from __future__ import annotations

from pathlib import Path

import pytest

from .harness.probe import bundle_probe

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures" / "finder"
PROBE = ('import { accessibleName, createPass, strategyKey } from "./content/finder.js";\n'
         "globalThis.__finder = { accessibleName, createPass, strategyKey };\n")


@pytest.fixture(scope="module")
def probe_source() -> str:
    return bundle_probe(PROBE)


class Fixture:
    """A fixture page with the finder loaded; each call runs the finder's code and a question in one script
    (Firefox runs each WebDriver script in its own sandbox, so nothing carries over between scripts)."""

    def __init__(self, driver, probe_source: str):
        self.driver = driver
        self.probe = probe_source

    def run(self, question: str, *args):
        return self.driver.execute_script(self.probe + "\nconst __f = globalThis.__finder;\n" + question, *args)


@pytest.fixture
def page(browser, probe_source):
    def open_fixture(name: str) -> Fixture:
        browser.driver.get((FIXTURES / name).as_uri())
        return Fixture(browser.driver, probe_source)
    return open_fixture


def name_of(page: Fixture, element_id: str) -> str:
    return page.run("return __f.accessibleName(document.getElementById(arguments[0]));", element_id)


def find(page: Fixture, *strategies: dict) -> str | None:
    """The id of the element the strategies find (in order), or None."""
    normalized = [dict({"match": "exact"} if ("role" in s or "text" in s or "label" in s) else {}, **s) for s in strategies]
    return page.run("const el = __f.createPass(null).find(arguments[0]); return el ? el.id : null;", normalized)


def counts(page: Fixture, *strategies: dict) -> list[int]:
    return page.run("return __f.createPass(null).count(arguments[0]);", list(strategies))


def test_accessible_names(page):
    d = page("names.html")
    assert name_of(d, "me") == "ada lovelace me"  # the image's alt counts; the aria-hidden caret does not
    assert name_of(d, "labelledby") == "from labelledby"
    assert name_of(d, "labelled") == "from aria-label"
    assert name_of(d, "wrapped") == "allow training"
    assert name_of(d, "hidden-icon") == "save"
    assert name_of(d, "no-text") == "titled"


def test_linkedin_me_button_by_its_real_name_only_inside_the_nav(page):
    d = page("names.html")
    me = {"role": "button", "name": ["me"], "match": "ends"}
    assert find(d, {**me, "within": "#global-nav, header"}) == "me"
    # Without the scope, "ends with me" also reads "Remind me": the toolchain refuses such a strategy.
    assert counts(d, me) == [2]


def test_names_from_aria_labels_the_browser_rules_out(page):
    """A role and name (or label) strategy asks the browser only for elements whose aria-label could hold the name:
    the answers are those of the full name computation."""
    d = page("labels.html")
    assert find(d, {"role": "button", "name": ["privacy"]}) == "blank"  # "like" is named by its label
    assert counts(d, {"role": "button", "name": ["privacy"], "match": "exact"}) == [1]
    assert find(d, {"role": "button", "name": ["privacy center"]}) == "shouting"
    assert find(d, {"role": "button", "name": ["data controls"]}) == "referred"
    assert find(d, {"role": "button", "name": ["model training on text"]}) == "described"
    assert find(d, {"role": "button", "name": ["confidentialité"]}) == "accented"
    assert find(d, {"role": "button", "name": ["設定"]}) == "no-ascii"
    assert find(d, {"role": "button", "name": ["nothing here", "like"]}) == "like"
    assert find(d, {"label": ["keep activity"]}) == "region"
    assert find(d, {"label": ["activity"]}) is None


def test_checkbox_by_label_and_by_description(page):
    d = page("names.html")
    assert find(d, {"role": "checkbox", "name": ["allow training"]}) == "wrapped"
    assert find(d, {"role": "checkbox", "name": ["described by this"]}) == "described"


def test_x_settings_row_never_the_nav_link(page):
    d = page("scopes.html")
    nav = 'header[role="banner"]'
    # An explicit role replaces the implicit one: the row is a tab, not a link.
    assert find(d, {"role": "link", "name": ["grok & third-party collaborators"], "match": "starts"}) is None
    assert find(d, {"role": "tab", "name": ["grok & third-party collaborators"], "match": "starts"}) == "row"
    assert find(d, {"href": "^/settings/grok_settings"}) == "nav-grok-settings"  # first in the document
    assert find(d, {"href": "^/settings/grok_settings", "not_within": nav}) == "row"
    assert find(d, {"role": "link", "name": ["grok"], "not_within": nav}) is None
    assert counts(d, {"testid": "pivot"}, {"href": "^/i/grok"}) == [2, 1]


def test_strategies_in_order_first_visible_wins(page):
    d = page("scopes.html")
    assert find(d, {"testid": "missing"}, {"css": "#other-row"}, {"css": "#row"}) == "other-row"


def test_hidden_elements_are_never_targets(page):
    d = page("scopes.html")
    for name in ("hidden button", "invisible button", "zero button"):
        assert find(d, {"role": "button", "name": [name]}) is None


def test_text_strategy_finds_the_innermost_element(page):
    d = page("scopes.html")
    assert find(d, {"text": ["data for generative ai improvement"]}) == "text-inner"


def test_open_shadow_roots_are_searched(page):
    d = page("scopes.html")
    assert find(d, {"role": "button", "name": ["inside a shadow root"]}) == "in-shadow"


# A pass may start from the previous pass's answers that no page change since can have altered (relevance.js).
CARRIED_FIND = """
const [strategy, carriedId, lookFirst] = arguments;
if (lookFirst) __f.createPass(null).find([strategy]);
const carried = new Map([[__f.strategyKey(strategy), carriedId ? document.getElementById(carriedId) : null]]);
const el = __f.createPass(null, carried).find([strategy]);
return el ? el.id : null;
"""


def test_a_carried_answer_is_taken_without_looking(page):
    d = page("names.html")
    wrapped = {"role": "checkbox", "name": ["allow training"], "match": "exact"}
    assert d.run(CARRIED_FIND, wrapped, None, False) is None  # carried "nothing": not looked up again
    # Both checkboxes are ones the strategy finds; a look would take the first.
    assert d.run(CARRIED_FIND, {"role": "checkbox"}, "described", False) == "described"


def test_a_carried_element_the_strategy_no_longer_finds_is_looked_up_again(page):
    # Its label may have changed in an attribute the engine's observer does not follow.
    d = page("names.html")
    wrapped = {"role": "checkbox", "name": ["allow training"], "match": "exact"}
    assert d.run(CARRIED_FIND, wrapped, "described", False) == "wrapped"
    assert d.run(CARRIED_FIND, {**wrapped, "within": "#wrap"}, "described", False) == "wrapped"


def test_a_carried_element_no_longer_visible_is_looked_up_again(page):
    d = page("scopes.html")
    row = {"href": "^/settings/grok_settings$", "not_within": "header"}
    assert d.run(CARRIED_FIND, row, "hidden", False) == "row"


def test_a_carried_nothing_is_not_trusted_where_open_shadow_roots_are_known(page):
    # Changes inside a shadow root make no mutation records: nothing would have said the answer changed.
    d = page("scopes.html")
    in_shadow = {"role": "button", "name": ["inside a shadow root"], "match": "exact"}
    assert d.run(CARRIED_FIND, in_shadow, None, True) == "in-shadow"
    assert d.run(CARRIED_FIND, in_shadow, None, False) == "in-shadow"  # no walk for shadow roots before
