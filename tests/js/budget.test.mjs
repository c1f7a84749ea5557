// The read budget: changes are read at once while reading stays a small share of the time; a page that keeps
// changing where it matters waits, never longer than the contract's limit allows.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createReadBudget } from "../../extension/content/budget.js";

test("a fresh budget reads at once", () => {
  const b = createReadBudget();
  assert.equal(b.waitAt(0), 0);
});

test("quick changes in a row are each read at once while reads are cheap", () => {
  const b = createReadBudget({ share: 0.06, burst: 60 });
  let now = 0;
  for (let i = 0; i < 10; i++) {
    assert.equal(b.waitAt(now), 0, `change ${i}`);
    b.spent(5, (now += 5));
    now += 30; // the next change 30 ms later
  }
});

test("reads costing more than the share make the next change wait for the budget to refill", () => {
  const b = createReadBudget({ share: 0.06, burst: 60, floorGap: Infinity });
  b.spent(70, 70); // one read of 70 ms: 10 ms in debt
  const wait = b.waitAt(70);
  assert.equal(wait, Math.ceil(10 / 0.06));
  assert.equal(b.waitAt(70 + wait), 0, "after the wait the budget is back");
});

test("over budget, a change is still read floorGap after the last read, however slow the reads", () => {
  const b = createReadBudget({ share: 0.06, burst: 60, floorGap: 120 });
  b.spent(500, 500);
  assert.equal(b.waitAt(500), 120);
  assert.equal(b.waitAt(560), 60);
  assert.equal(b.waitAt(620), 0);
});

test("over a long run reading uses about the share of the time", () => {
  const b = createReadBudget({ share: 0.06, burst: 60, floorGap: Infinity });
  let now = 0;
  let spent = 0;
  while (now < 60_000) {
    now += b.waitAt(now);
    b.spent(8, (now += 8)); // every change read as soon as allowed, 8 ms a read
    spent += 8;
  }
  assert.ok(spent / now < 0.075, `share ${spent / now}`);
  assert.ok(spent / now > 0.05, `share ${spent / now}`);
});

test("the budget never holds more than one burst", () => {
  const b = createReadBudget({ share: 0.06, burst: 60 });
  b.waitAt(0);
  b.spent(0, 1_000_000); // a long quiet time
  b.spent(61, 1_000_061);
  assert.ok(b.waitAt(1_000_061) > 0);
});
