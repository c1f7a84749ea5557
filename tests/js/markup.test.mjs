// Reading a subtree's serialized markup (extension/content/markup.js): what the mutation checks learn from one
// outerHTML read must hold everything the per-element reads would have found.
import { test } from "node:test";
import assert from "node:assert/strict";

import { decodeAttribute, linkPath, readMarkup } from "../../extension/content/markup.js";

test("attribute values read back as the page set them", () => {
  assert.equal(decodeAttribute("Settings &amp; Privacy"), "Settings & Privacy");
  assert.equal(decodeAttribute("Say &quot;hi&quot;&nbsp;&lt;b&gt;"), 'Say "hi"\u00a0<b>');
  assert.equal(decodeAttribute("line&#10;break &#x41;"), "line\nbreak A"); // XML serializers
  assert.equal(decodeAttribute("&amp;#10;"), "&#10;"); // a literal "&#10;" in the page's value stays one
  assert.equal(decodeAttribute("&#99999999;"), "");
});

test("labels, titles, alt texts, test ids and hrefs come out of the markup", () => {
  const html = '<article data-testid="cellInnerDiv"><a href="/ada">Ada</a>' +
    '<button aria-label="Settings &amp; Privacy" title="Open &quot;menu&quot;">x</button>' +
    '<img alt="Me" src="a.png"><div data-testid="settings"></div></article>';
  const got = readMarkup(html);
  assert.deepEqual(got.names, ["Settings & Privacy", 'Open "menu"', "Me"]);
  assert.deepEqual([...got.testids], ["cellInnerDiv", "settings"]);
  assert.deepEqual(got.hrefs, ["/ada"]);
  assert.equal(got.namedElsewhere, false);
});

test("a name that may come from elsewhere is noticed", () => {
  assert.equal(readMarkup('<div><span aria-labelledby="x"></span></div>').namedElsewhere, true);
  assert.equal(readMarkup('<div><input type="checkbox"></div>').namedElsewhere, true);
  assert.equal(readMarkup("<label><select></select></label>").namedElsewhere, true);
  assert.equal(readMarkup("<div><textarea/></div>").namedElsewhere, true);
  assert.equal(readMarkup('<div class="inputs">input</div>').namedElsewhere, false);
});

test("an attribute-like text only adds words", () => {
  const got = readMarkup('<p>write title="Data controls" in the box</p>');
  assert.deepEqual(got.names, ["Data controls"]);
});

test("a link's path is what URL resolution gives, with or without the shortcut", () => {
  const base = "https://x.com/home?tab=1#top";
  const hrefs = ["/settings", "/settings/", "/", "/settings/privacy_and_safety", "/ada/status/123?s=20",
    "/a:b@c", "/search?q=a%20b&f=live", "/a?", "/a#", "/a#frag", "/a/../settings", "/a/./b", "/%7Esettings",
    "/a b", "/é", "//evil.example/settings", "/\\settings", "settings", "../settings", "?q=1", "#x",
    "https://x.com/settings", "HTTPS://X.COM/Settings", "mailto:a@b.c", "javascript:void(0)", "", " /settings ",
    "/a'b", "/q?x='y'", "/a`b", "/a{b}", "/a^b", "http://[bad"];
  for (const href of hrefs) {
    let expected;
    try {
      const url = new URL(href, base);
      expected = url.pathname + url.search + url.hash;
    } catch {
      expected = "";
    }
    assert.equal(linkPath(href, base), expected, href);
  }
});
