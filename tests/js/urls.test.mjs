// Link paths as the finder compares them (extension/content/urls.js): the shortcut for plain root-relative hrefs
// must agree with WHATWG URL resolution.
import { test } from "node:test";
import assert from "node:assert/strict";

import { linkPath } from "../../extension/content/urls.js";

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
