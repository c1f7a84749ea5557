// The status table of the on-page guide, decided without a page: every transition of decide().
import { test } from "node:test";
import assert from "node:assert/strict";
import { decide, SEARCH_TIMEOUT_MS } from "../../extension/content/decide.js";

const STEPS = 5;
const LAST = STEPS - 1;
const fresh = { started: false, dismissed: false, observed: null };
const page = (over = {}) => ({ inSettings: false, stepIndex: 0, targetFound: true, seen: null, ...over });
const session = (over = {}) => ({ status: null, stepIndex: -1, searchingSince: 0, askedForSteps: -1, now: 10_000, nowIso: "2026-11-29T10:00:00.000Z", ...over });

function run(facts, stored = fresh, s = session()) {
  return decide(STEPS, facts, stored, s);
}

test("outside the settings area, not started: prompt on the step the page is at", () => {
  const r = run(page({ stepIndex: 1 }));
  assert.equal(r.status, "prompt");
  assert.equal(r.stepIndex, 1);
  assert.equal(r.save, null);
});

test("prompt shows step 1 when no step applies yet", () => {
  assert.equal(run(page({ stepIndex: -1 })).stepIndex, 0);
});

test("in the settings area guiding starts by itself", () => {
  assert.equal(run(page({ inSettings: true, stepIndex: 3 })).status, "guiding");
});

test("started: guiding wherever the target is on the page", () => {
  const r = run(page({ stepIndex: 2 }), { ...fresh, started: true });
  assert.deepEqual([r.status, r.stepIndex], ["guiding", 2]);
});

test("started but no step applies: nothing to show", () => {
  assert.equal(run(page({ stepIndex: -1 }), { ...fresh, started: true }).status, null);
});

test("target not on the page: searching, then target-missing after the timeout", () => {
  const started = { ...fresh, started: true };
  const first = run(page({ targetFound: false, stepIndex: 2 }), started, session({ now: 1000 }));
  assert.equal(first.status, "searching");
  assert.equal(first.searchingSince, 1000);
  assert.equal(first.wakeIn, SEARCH_TIMEOUT_MS);
  const later = run(page({ targetFound: false, stepIndex: 2 }), started,
    session({ status: "searching", stepIndex: 2, searchingSince: 1000, now: 1000 + SEARCH_TIMEOUT_MS - 1 }));
  assert.equal(later.status, "searching");
  assert.equal(later.wakeIn, 1);
  const missing = run(page({ targetFound: false, stepIndex: 2 }), started,
    session({ status: "searching", stepIndex: 2, searchingSince: 1000, now: 1000 + SEARCH_TIMEOUT_MS }));
  assert.equal(missing.status, "target-missing");
  assert.equal(missing.wakeIn, 0);
});

test("a new step restarts the search clock", () => {
  const r = run(page({ targetFound: false, stepIndex: 3 }), { ...fresh, started: true },
    session({ status: "target-missing", stepIndex: 2, searchingSince: 0, now: 50_000 }));
  assert.equal(r.status, "searching");
  assert.equal(r.searchingSince, 50_000);
});

test("the target appearing ends target-missing", () => {
  const r = run(page({ stepIndex: 2 }), { ...fresh, started: true },
    session({ status: "target-missing", stepIndex: 2, searchingSince: 0, now: 50_000 }));
  assert.equal(r.status, "guiding");
});

test("the plain steps the user asked for stay until the step changes", () => {
  const asked = session({ status: "target-missing", stepIndex: 2, askedForSteps: 2 });
  assert.equal(run(page({ stepIndex: 2 }), { ...fresh, started: true }, asked).status, "target-missing");
  assert.equal(run(page({ stepIndex: 3 }), { ...fresh, started: true }, asked).status, "guiding");
});

test("seen off: done on the last step, remembered with its date, the flow is over", () => {
  const r = run(page({ seen: "off", stepIndex: LAST }), { ...fresh, started: true });
  assert.deepEqual([r.status, r.stepIndex], ["done", LAST]);
  assert.deepEqual(r.save, { observed: "off", observedAt: "2026-11-29T10:00:00.000Z", started: false });
});

test("seen off again: nothing new to store", () => {
  assert.equal(run(page({ seen: "off" }), { ...fresh, observed: "off" }).save, null);
});

test("known off: done holds on the setting's pages while the control is out of view", () => {
  const r = run(page({ inSettings: true, stepIndex: 3, targetFound: false }), { ...fresh, observed: "off" });
  assert.deepEqual([r.status, r.stepIndex], ["done", LAST]);
});

test("known off: nothing at all on the site's other pages", () => {
  assert.equal(run(page({ stepIndex: 0 }), { ...fresh, observed: "off" }).status, null);
});

test("re-enabled: seen on after off resumes guiding on that control", () => {
  const r = run(page({ inSettings: true, seen: "on", stepIndex: LAST }), { ...fresh, observed: "off" });
  assert.equal(r.status, "guiding");
  assert.equal(r.stepIndex, LAST);
  assert.deepEqual(r.save, { observed: "on", observedAt: "2026-11-29T10:00:00.000Z", started: true });
});

test("re-enabled outside the settings area still guides (started)", () => {
  const r = run(page({ seen: "on", stepIndex: LAST }), { ...fresh, observed: "off" });
  assert.equal(r.status, "guiding");
});

test("first sight of the setting on: remembered, not started by it", () => {
  const r = run(page({ inSettings: true, seen: "on", stepIndex: LAST }));
  assert.equal(r.status, "guiding");
  assert.deepEqual(r.save, { observed: "on", observedAt: "2026-11-29T10:00:00.000Z" });
});

test("started again from the popup while known off: guide until the control is seen", () => {
  const r = run(page({ stepIndex: 0 }), { ...fresh, observed: "off", started: true });
  assert.equal(r.status, "guiding");
});

test("dismissed: nothing visible, whatever the page shows", () => {
  const dismissed = { ...fresh, dismissed: true };
  assert.equal(run(page({ inSettings: true }), dismissed).status, "dismissed");
  assert.equal(run(page({ seen: "on" }), dismissed).status, "dismissed");
});

test("dismissed but seen off: still recorded, still quiet", () => {
  const r = run(page({ seen: "off" }), { ...fresh, dismissed: true });
  assert.equal(r.status, "dismissed");
  assert.equal(r.save.observed, "off");
});

test("a reload forgets the page's memory but not the stored state", () => {
  // After a reload the session is new: known off on a settings page is done straight away.
  assert.equal(run(page({ inSettings: true, targetFound: false }), { ...fresh, observed: "off" }, session()).status, "done");
  // Started, mid-flow: the step comes from the page, not from memory.
  assert.equal(run(page({ stepIndex: 3 }), { ...fresh, started: true }, session()).stepIndex, 3);
});

test("a tab already showing done does not undo a restart from the popup elsewhere", () => {
  const r = run(page({ inSettings: true, seen: "off", stepIndex: LAST }), { ...fresh, observed: "off", started: true },
    session({ status: "done", stepIndex: LAST }));
  assert.equal(r.status, "done");
  assert.equal(r.save, null);
});
