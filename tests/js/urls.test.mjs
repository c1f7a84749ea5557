// Link paths as the finder compares them (extension/content/urls.js): the shortcut for plain root-relative hrefs
// must agree with WHATWG URL resolution.
import { test } from "node:test";
import assert from "node:assert/strict";

import { linkPath, requiredPieces } from "../../extension/content/urls.js";

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

// The pieces the subtree gate asks of a link's href (finder.js hrefHints): a link whose path a pattern matches must
// hold one of them in its href, when the href is not relative to the page's own address.
const PATTERNS = {
  "^/(mypreferences/d/categories/account|mypreferences/d/?$|psettings/?$)": ["mypreferences", "psettings"],
  "#settings/data-privacy-controls$": ["data-privacy-controls"],
  "^/settings/general/[^/?#]+": ["settings"],
  "^/settings/privacy_and_safety/?$": ["privacy_and_safety"],
  "^/settings/grok_settings": ["grok_settings"],
  "^/account/preferences": ["preferences"],
  "^/a\\/b\\-cde+f": ["b-cde"], // escapes: "\-" is a literal, "\/" ends a piece; "e+" holds one "e"
  "^/se\\u0074tings": ["tings"], // an escaped letter is not read as its digits
  "^/(?=xyz)settings": ["settings"], // a lookahead gives nothing of its own
  "^/(abc)?x": null, // an optional group gives nothing, and "x" is too short
  "^/(settings|ab)": null, // every branch must give a piece
  "^/a.*": null,
  "(": null,
  "": null,
};

test("the pieces every match of a link pattern holds", () => {
  for (const [pattern, pieces] of Object.entries(PATTERNS)) {
    assert.deepEqual(requiredPieces(pattern), pieces, pattern);
  }
});

test("a link whose path matches holds one of its pattern's pieces in its href", () => {
  const base = "https://www.example.com/feed/";
  const hrefs = ["/settings", "/settings/", "/psettings/", "/psettings", "/mypreferences/d/", "/mypreferences/d",
    "/mypreferences/d/categories/account", "https://www.example.com/psettings/privacy", "/settings/general/abc",
    "/settings/privacy_and_safety", "/settings/grok_settings?x=1", "/account/preferences#a", "/a/../settings/",
    "//www.example.com/settings/general/x", "/a/b-cdeef", "/settings/x/../general/y", "HTTPS://www.example.com/psettings"];
  for (const [pattern, pieces] of Object.entries(PATTERNS)) {
    if (!pieces) continue;
    const re = new RegExp(pattern);
    for (const href of hrefs) {
      if (re.test(linkPath(href, base))) {
        assert.ok(pieces.some((piece) => href.includes(piece)), `${href} matches ${pattern} without a piece`);
      }
    }
  }
});
