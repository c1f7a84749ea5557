// The engine's text normalizer agrees with the toolchain's on a shared table (tests/normalize_cases.json):
// guide names are normalized at build time and page text at run time, so any difference loses a match.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";

import { normalize, matchesText } from "../../extension/content/normalize.js";
const table = JSON.parse(readFileSync(new URL("../normalize_cases.json", import.meta.url), "utf8"));

for (const [input, expected] of table.cases) {
  test(`normalize ${JSON.stringify(input)}`, () => assert.equal(normalize(input), expected));
}

test("starts/ends/contains match whole words only", () => {
  assert.ok(matchesText("ada lovelace me", ["me"], "ends"));
  assert.ok(!matchesText("home", ["me"], "ends"));
  assert.ok(matchesText("grok & third-party collaborators allow your", ["grok & third-party collaborators"], "starts"));
  assert.ok(!matchesText("grokipedia", ["grok"], "starts"));
  assert.ok(matchesText("improve the model for everyone off", ["off"], "ends"));
  assert.ok(!matchesText("improve the model for everyone on", ["off"], "ends"));
  assert.ok(matchesText("x", ["x"], "exact") && !matchesText("x y", ["x"], "exact"));
  assert.ok(!matchesText("", ["x"], "contains"));
});
