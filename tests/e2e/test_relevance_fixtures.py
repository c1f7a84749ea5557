"""Which page changes make the guide read the page again (extension/content/relevance.js), on a small fixture page
in the real browsers: a feed that changes all the time beside the step's target must not, anything that can
change the step's answer must.

Each check finds the targets with the finder (as an evaluation does), records one change with a
MutationObserver configured like the engine's, and asks changesThatMatter() about those records. Every check
also reads the page again with the answers carryOver() keeps and compares each lookup with a read from scratch:
a carried answer that the change made wrong fails the check, whatever the change."""

from __future__ import annotations

from pathlib import Path

import pytest

from .harness.probe import bundle_probe

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = ROOT / "tests" / "fixtures" / "relevance" / "feed.html"
PROBE = ('import { createPass } from "./content/finder.js";\n'
         'import { carryOver, changesThatMatter } from "./content/relevance.js";\n'
         "globalThis.__relevance = { createPass, carryOver, changesThatMatter };\n")

# Names as the build compiles them: normalized (lower case). Like a guide's first steps on a feed page: the "More" button (not the posts' "More" carets), a settings link
# that only a menu shows, and a state word read by text.
MORE = [{"role": "button", "name": ["more menu items"], "match": "exact"},
        {"label": ["more menu items"], "match": "exact"}]
SETTINGS = [{"testid": "settings"},
            {"role": "menuitem", "name": ["settings and privacy"], "match": "exact"},
            {"href": "^/settings/?$", "within": '[role="menu"]'}]
# A name with a character markup escapes, and a control known only by a selector.
PRIVACY = [{"role": "menuitem", "name": ["settings & privacy"], "match": "exact"}]
PANEL_SWITCH = [{"css": '[data-panel="privacy"] input[type="checkbox"]'}]
GROK_ROW = [{"text": ["grok & third-party collaborators"], "match": "exact", "not_within": 'header[role="banner"]'}]
STATE_WORD = [{"css": "#state-word"}]
# The same "More" button behind a stronger strategy that finds nothing yet (a test id the page may add later).
MORE_BY_ID = [{"testid": "more-button"}, *MORE]
# A button named by its content alone.
LISTS = [{"role": "button", "name": ["lists"], "match": "exact"}]
# A settings link that never counts inside the site's navigation.
PRIVACY_LINK = [{"href": "^/settings/privacy_and_safety$", "not_within": 'header[role="banner"]'}]
# A dialog found by a step's condition, with a button whose label comes later; a button whose exact name is
# "Privacy" once its "(beta)" badge goes.
DIALOG = [{"css": "#dialog"}]
SAVE = [{"role": "button", "name": ["save"], "match": "exact"}]
PRIVACY_BUTTON = [{"role": "button", "name": ["privacy"], "match": "exact"}]
LOOKUPS = [MORE, SETTINGS, GROK_ROW, STATE_WORD, PRIVACY, PANEL_SWITCH, MORE_BY_ID, LISTS, PRIVACY_LINK, DIALOG,
           SAVE, PRIVACY_BUTTON]

# The engine's observer options (engine.js WATCHED_ATTRIBUTES).
OBSERVE = ('{childList: true, subtree: true, attributes: true, attributeFilter: ["aria-expanded", "aria-hidden", '
           '"aria-checked", "aria-selected", "data-state", "open", "hidden", "style", "class", "href", "lang"]}')


@pytest.fixture(scope="module")
def probe_source() -> str:
    return bundle_probe(PROBE)


CHANGE_SCRIPT = """
const {{ createPass, carryOver, changesThatMatter }} = globalThis.__relevance;
const [lookups, hostId] = arguments;
const pass = createPass(null);
for (const target of lookups) pass.find(target);
const watch = pass.watch();
const observer = new MutationObserver(() => {{}});
observer.observe(document, {observe});
(function () {{ {change} }})();
const records = observer.takeRecords();
observer.disconnect();
const host = hostId ? document.getElementById(hostId) : null;
const change = changesThatMatter(records, watch, host);
// No change that matters: the engine does not read, every answer stands.
const carried = change ? carryOver(pass.answers(), change) : pass.answers();
const again = createPass(null, carried);
const fresh = createPass(null);
const wrong = lookups.flatMap((target, i) => again.find(target) === fresh.find(target) ? [] : [i]);
const label = (el) => el ? el.id || el.textContent : null;
return {{
  records: records.length,
  matters: change !== null,
  everything: Boolean(change && change.everything),
  wrong: wrong,
  carried: carried ? [...carried].map(([key, el]) => [JSON.parse(key), label(el)]) : [],
}};
"""


@pytest.fixture
def change_of(browser, probe_source):
    """change_of(change_js) → what the engine learns from the change (a script body run on the fixture page)."""
    browser.driver.get(FIXTURE.as_uri())

    def ask(change: str, host_id: str | None = None, lookups: list = LOOKUPS) -> dict:
        script = probe_source + CHANGE_SCRIPT.format(observe=OBSERVE, change=change)
        result = browser.driver.execute_script(script, lookups, host_id)
        assert result["records"] > 0, "the change made no mutation record: the check would prove nothing"
        if host_id is None:  # (the overlay's own element is left out of the finder's reads by other means)
            assert result["wrong"] == [], f"carried answers differ from a fresh read for lookups {result['wrong']}"
        return result
    return ask


@pytest.fixture
def matters(change_of):
    """matters(change_js) → whether the change matters (and, checked on the way, carried answers stay right)."""
    return lambda change, host_id=None: change_of(change, host_id)["matters"]


POST = """
const a = document.createElement("article");
a.innerHTML = '<a href="/carol/status/7">Carol</a><p>A new post with a link: /settings here</p>' +
  '<button type="button" aria-label="More">…</button><button type="button" aria-label="Reply">r</button>';
document.getElementById("feed").append(a);
"""


def test_a_new_feed_post_with_look_alike_buttons_does_not_matter(matters):
    assert matters(POST) is False


# Strategies that look for an element in a row naming the setting: a switch known by its role and its row
# alone, and a menu button like every post's "More" caret, told apart by its row's words.
IN_ROWS = [[{"role": "switch", "row": {"css": "[data-settings-row]", "text": ["help improve the model"]}}],
           [{"css": '[aria-haspopup="menu"]', "row": {"css": "div", "text": ["keep activity"]}}]]


def switch_into(slot: str) -> str:
    return f"""
const s = document.createElement("button");
s.setAttribute("role", "switch");
s.setAttribute("aria-checked", "true");
document.getElementById("{slot}").append(s);
"""


def test_a_strategy_known_by_its_row_is_asked_where_the_rows_words_are(change_of):
    lookups = [*LOOKUPS, *IN_ROWS]
    new_row = """
const row = document.createElement("div");
row.setAttribute("data-settings-row", "");
row.append("Help improve the model");
document.getElementById("layers").append(row);
const s = document.createElement("button");
s.setAttribute("role", "switch");
row.append(s);
"""
    assert change_of(new_row, lookups=lookups)["matters"] is True  # the row comes with it
    assert change_of(switch_into("training-slot"), lookups=lookups)["matters"] is True  # the row is around it
    assert change_of(switch_into("search-slot"), lookups=lookups)["matters"] is False  # another setting's row


def test_a_menu_button_in_a_post_does_not_matter_to_a_strategy_that_wants_it_in_a_named_row(change_of):
    post_with_menu = POST.replace('aria-label="More"', 'aria-label="More" aria-haspopup="menu"')
    assert 'aria-haspopup="menu"' in post_with_menu
    assert change_of(post_with_menu, lookups=[*LOOKUPS, *IN_ROWS])["matters"] is False


def test_a_removed_feed_post_does_not_matter(matters):
    assert matters('document.getElementById("post-1").remove();') is False


def test_a_class_change_inside_the_feed_does_not_matter(matters):
    assert matters('document.getElementById("post-2").classList.add("seen");') is False


def test_new_text_in_a_post_does_not_matter(matters):
    assert matters('document.getElementById("post-1-text").textContent = "Edited post";') is False


def test_the_target_changing_state_matters(matters):
    assert matters('document.getElementById("more").setAttribute("aria-expanded", "true");') is True


def test_the_target_removed_matters(matters):
    assert matters('document.getElementById("more").remove();') is True


def test_an_ancestor_of_the_target_hidden_matters(matters):
    assert matters('document.getElementById("nav").classList.add("gone");') is True


def test_the_targets_content_changing_matters(matters):
    assert matters('document.getElementById("more").textContent = "Mehr";') is True


def test_a_menu_with_the_next_target_appearing_matters(matters):
    assert matters("""
const menu = document.createElement("div");
menu.setAttribute("role", "menu");
const item = document.createElement("a");
item.setAttribute("role", "menuitem");
item.href = "/settings";
item.textContent = "Settings and privacy";
menu.append(item);
document.getElementById("layers").append(menu);
""") is True


def test_a_look_alike_in_the_excluded_navigation_does_not_matter(matters):
    assert matters("""
const a = document.createElement("a");
a.href = "/i/grok/about";
a.textContent = "Grok & Third-party Collaborators";
document.getElementById("nav").append(a);
""") is False


def test_the_same_words_outside_the_excluded_navigation_matter(matters):
    assert matters("""
const a = document.createElement("a");
a.href = "/settings/grok_settings";
a.textContent = "Grok & Third-party Collaborators";
document.getElementById("feed").append(a);
""") is True


def test_text_added_that_completes_a_wanted_name_matters(matters):
    assert matters("""
const a = document.createElement("a");
a.href = "/settings/grok_settings";
document.getElementById("feed").append(a);
""") is False
    assert matters("""
const a = document.createElement("a");
a.href = "/settings/grok_settings";
document.getElementById("feed").append(a);
a.append(document.createTextNode("Grok & Third-party Collaborators"));
""") is True


def test_a_found_elements_state_word_changing_matters(matters):
    assert matters('document.getElementById("state-word").textContent = "Off";') is True


def test_a_style_sheet_matters(matters):
    assert matters('document.head.append(Object.assign(document.createElement("style"), {textContent: "p{}"}));') is True


def test_an_svg_style_sheet_matters(matters):
    # An inline <svg>'s <style> styles the whole document, like the page's own.
    assert matters("""
const svg = document.createElementNS("http://www.w3.org/2000/svg", "svg");
document.getElementById("feed").append(svg);
svg.append(Object.assign(document.createElementNS("http://www.w3.org/2000/svg", "style"), {textContent: "p{}"}));
""") is True


def test_the_page_language_matters(matters):
    assert matters('document.documentElement.lang = "de";') is True


def test_the_overlays_own_changes_do_not_matter(matters):
    # The overlay's host sits last in <html>; its attributes and children change with every status. A menu
    # item named like the next target inside it would matter anywhere else.
    change = """
let host = document.getElementById("own-host");
if (!host) {
  host = document.createElement("div");
  host.id = "own-host";
  document.documentElement.append(host);
}
host.setAttribute("class", "guiding");
const item = document.createElement("a");
item.setAttribute("role", "menuitem");
item.textContent = "Settings and privacy";
host.append(item);
"""
    assert matters(change, "own-host") is False
    assert matters(change, None) is True


def test_a_weaker_strategys_look_alike_does_not_matter_once_a_stronger_one_found_the_target(matters):
    # "More" was found by its role and name (the first strategy): an element only the second strategy (the
    # aria-label alone) would find can never replace it.
    assert matters("""
const div = document.createElement("div");
div.setAttribute("aria-label", "More menu items");
document.getElementById("feed").append(div);
""") is False


def test_an_element_the_finding_strategy_also_finds_matters(matters):
    assert matters("""
const b = document.createElement("button");
b.setAttribute("aria-label", "More menu items");
document.getElementById("nav").prepend(b);
""") is True


def test_a_name_from_elsewhere_is_not_ruled_out_by_the_subtree_words(matters):
    # The new button's name comes from an element outside it (aria-labelledby): its own words say nothing.
    assert matters("""
const b = document.createElement("button");
b.setAttribute("aria-labelledby", "more-label");
document.getElementById("layers").append(b);
const label = document.createElement("span");
label.id = "more-label";
label.textContent = "Settings and privacy";
document.body.append(label);
b.setAttribute("role", "menuitem");
""") is True


def labelled_post(labelledby: str, inner: str, role: str = "article") -> str:
    """A change: a feed post (role `role`) named by the ids `labelledby`, holding `inner`."""
    return f"""
const a = document.createElement("div");
a.setAttribute("role", "{role}");
a.setAttribute("aria-labelledby", "{labelledby}");
a.innerHTML = '{inner}<button type="button" aria-label="More">…</button>';
document.getElementById("feed").append(a);
"""


FAR_LABEL = ('const far = document.createElement("span"); far.id = "far-label"; far.textContent = "More menu items"; '
             'document.getElementById("layers").append(far);')


def test_a_post_named_by_its_own_parts_does_not_matter(matters):
    # Real feed posts name themselves by ids inside them (aria-labelledby="author text"): no wanted word anywhere.
    assert matters(labelled_post("p-author p-text", '<a id="p-author" href="/carol">Carol</a><p id="p-text">A post</p>')) is False


def test_a_button_named_from_outside_the_new_subtree_matters(change_of):
    # The new button's words are in an element elsewhere: nothing in the subtree says so. (Its label, added in the
    # same change, holds no button itself.)
    change = FAR_LABEL + labelled_post("far-label", "<p>A post</p>", role="button")
    assert change_of(change)["matters"] is True


def test_a_button_named_by_its_own_parts_in_another_order_matters(matters):
    # "menu items" + "More", put together by aria-labelledby in the other order: only its longest word is in the
    # text as written.
    change = labelled_post("p-2 p-1", '<span id="p-1">menu items</span> <span id="p-2">More</span>', role="button")
    assert matters(change) is True


# The checks read a new subtree's labels, test ids and links attribute by attribute: characters markup would
# escape must still be recognised, and each kind of strategy must still see its own.

def test_a_button_named_by_its_title_or_its_images_alt_text_matters(matters):
    # No words in the new subtree's text: the name is in an attribute, which the check asks the browser about.
    for button in ('<button type="button" title="More menu items"></button>',
                   '<button type="button"><img alt="More menu items" src="data:,"></button>'):
        assert matters(f"""
const slot = document.createElement("span");
slot.innerHTML = '{button}';
document.getElementById("layers").append(slot);
""") is True, button


def test_a_name_with_an_escaped_character_in_a_label_matters(matters):
    for label in ("Settings & Privacy", "Settings\u00a0&\u00a0Privacy"):
        assert matters(f"""
const item = document.createElement("div");
item.setAttribute("role", "menuitem");
item.setAttribute("aria-label", "{label}");
document.getElementById("layers").append(item);
""") is True, label


def feed_link(attribute: str, value: str) -> str:
    """A change: a link "Gear" with one attribute set, added to the feed."""
    return f"""
const a = document.createElement("a");
a.setAttribute("{attribute}", "{value}");
a.textContent = "Gear";
document.getElementById("feed").append(a);
"""


def test_a_new_element_with_a_wanted_test_id_matters(matters):
    assert matters(feed_link("data-testid", "settings")) is True
    assert matters(feed_link("data-testid", "settings-2")) is False


def test_a_link_to_the_wanted_path_matters_and_others_do_not(matters):
    assert matters(feed_link("href", "/settings")) is True
    assert matters(feed_link("href", "https://example.org/settings/")) is True  # the path is what is compared
    assert matters(feed_link("href", "/settings/account")) is False


def test_an_element_a_css_strategy_finds_matters_and_a_near_miss_does_not(matters):
    change = """
const panel = document.createElement("div");
panel.setAttribute("data-panel", "%s");
const box = document.createElement("input");
box.type = "checkbox";
panel.append(box);
document.getElementById("layers").append(panel);
"""
    assert matters(change % "privacy") is True
    assert matters(change % "display") is False


# What the next read carries over: only the answers a change can have altered are asked again.

def carried(result: dict) -> dict:
    """{(kind, value): what the strategy found} of the carried answers; value: its test id, name, css, text."""
    out = {}
    for strategy, found in result["carried"]:
        kind = next(k for k in ("testid", "role", "label", "href", "text", "css") if k in strategy)
        value = strategy.get("name", strategy[kind]) if kind == "role" else strategy[kind]
        out[(kind, value if isinstance(value, str) else value[0])] = found
    return out


def test_a_new_menu_asks_again_only_the_strategies_that_could_find_its_item(change_of):
    result = change_of("""
const menu = document.createElement("div");
menu.setAttribute("role", "menu");
const item = document.createElement("a");
item.setAttribute("role", "menuitem");
item.href = "/settings";
item.textContent = "Settings and privacy";
menu.append(item);
document.getElementById("layers").append(menu);
""")
    kept = carried(result)
    assert result["matters"] and not result["everything"]
    assert ("role", "settings and privacy") not in kept and ("href", "^/settings/?$") not in kept
    assert kept[("role", "more menu items")] == "more"
    assert kept[("css", "#state-word")] == "state-word"
    assert kept[("testid", "settings")] is None and kept[("testid", "more-button")] is None


def test_the_target_changing_state_asks_again_only_what_found_it(change_of):
    kept = carried(change_of('document.getElementById("more").setAttribute("aria-expanded", "true");'))
    assert ("role", "more menu items") not in kept
    assert kept[("css", "#state-word")] == "state-word"
    assert kept[("role", "settings and privacy")] is None


def test_a_found_element_renamed_by_its_content_is_asked_again(change_of):
    # (change_of checks that the carried read no longer finds it, as a read from scratch does not.)
    result = change_of('document.getElementById("lists").textContent = "Listen";')
    kept = carried(result)
    assert ("role", "lists") not in kept
    assert kept[("role", "more menu items")] == "more"


def test_a_found_element_moved_where_it_no_longer_counts_matters(change_of):
    # Taken out and put back inside the excluded navigation in one batch: still in the page, but no target now.
    result = change_of('document.getElementById("nav").append(document.getElementById("privacy-link"));')
    assert result["matters"]
    assert ("href", "^/settings/privacy_and_safety$") not in carried(result)


def test_a_label_filled_in_inside_a_found_dialog_asks_again_for_the_named_button(change_of):
    result = change_of('document.getElementById("dialog-label").textContent = "Save";')
    kept = carried(result)
    assert ("role", "save") not in kept and ("css", "#dialog") not in kept
    assert kept[("role", "more menu items")] == "more"


def test_a_badge_removed_from_a_button_that_now_has_the_wanted_name_matters(change_of):
    result = change_of('document.getElementById("beta").remove();')
    assert result["matters"]
    assert ("role", "privacy") not in carried(result)


def test_a_carried_element_renamed_in_an_attribute_the_observer_ignores_is_checked_again(change_of):
    # The label change makes no record; the menu that appears in the same batch makes the engine read again,
    # and the carried "More" must not survive that read (change_of compares it with a read from scratch).
    change_of("""
document.getElementById("more").setAttribute("aria-label", "Close");
const menu = document.createElement("div");
menu.setAttribute("role", "menu");
menu.append(Object.assign(document.createElement("a"), {href: "/settings", textContent: "Settings and privacy"}));
document.getElementById("layers").append(menu);
""")


def test_a_stronger_strategy_finding_something_new_is_asked_again(change_of):
    # "More" was found by its name only; a button with the wanted test id now outranks it. (change_of checks
    # that the read with carried answers finds the new button, as a read from scratch does.)
    result = change_of("""
const b = document.createElement("button");
b.id = "more-2";
b.setAttribute("data-testid", "more-button");
b.textContent = "More";
document.getElementById("layers").append(b);
""")
    kept = carried(result)
    assert ("testid", "more-button") not in kept
    assert kept[("role", "more menu items")] == "more"


def test_a_style_sheet_asks_everything_again(change_of):
    result = change_of('document.head.append(Object.assign(document.createElement("style"), {textContent: "p{}"}));')
    assert result["everything"] and result["carried"] == []


def test_an_irrelevant_change_keeps_every_answer(change_of):
    result = change_of(POST)
    assert not result["matters"]
    assert carried(result)[("role", "more menu items")] == "more"


def test_a_feed_post_does_not_matter_to_a_step_that_looks_nothing_up(change_of):
    # A step that only opens a link (most guides' first step) finds nothing and watches no element: no change of
    # the page's content can change what it shows.
    assert change_of(POST, lookups=[])["matters"] is False
    assert change_of('document.getElementById("post-1").remove();', lookups=[])["matters"] is False
