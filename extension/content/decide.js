// Which status and step to show: the one place where that is decided. Pure: no DOM, no storage, no clock of its
// own, so every transition can be tested on its own (prompt → guiding → target-missing → done → re-enabled →
// dismissed → reload).

export const SEARCH_TIMEOUT_MS = 5000;

// facts:   what the page shows now. {inSettings, stepIndex (-1: no step applies), targetFound, seen: "off"|"on"|null}
// stored:  what the extension remembers for this guide. {started, dismissed, observed: "off"|"on"|null}
// session: this page's memory. {status, stepIndex, searchingSince, askedForSteps (step index or -1), now}
// Returns {status (null: nothing to show, no host), stepIndex, save (changes to store, or null), searchingSince,
//          wakeIn (ms until the decision may change without a page change, or 0)}.
export function decide(stepCount, facts, stored, session) {
  const last = stepCount - 1;
  const save = {};
  let { started, observed } = stored;

  if (facts.seen === "off") {
    if (observed !== "off") Object.assign(save, { observed: "off", observedAt: session.nowIso });
    // The flow is over for the tab that walked it; a tab already showing done leaves a restart from the popup be.
    if (started && session.status !== "done") save.started = false;
    return result(stored.dismissed ? "dismissed" : "done", last, save);
  }
  if (facts.seen === "on" && observed !== "on") {
    // Seen on again after it was off: the user turned it back on, so guiding resumes on that control.
    Object.assign(save, { observed: "on", observedAt: session.nowIso });
    if (observed === "off" && !started) save.started = started = true;
    observed = "on";
  }
  if (stored.dismissed) return result("dismissed", Math.max(session.stepIndex, 0), save);

  if (!started && observed === "off") {
    // Known off: the confirmation holds on the setting's pages even when the control is out of view.
    return result(facts.inSettings ? "done" : null, last, save);
  }
  if (!started && !facts.inSettings) return result("prompt", Math.max(facts.stepIndex, 0), save);
  if (facts.stepIndex < 0) return result(null, 0, save);

  const index = facts.stepIndex;
  if (session.askedForSteps === index) return result("target-missing", index, save);
  if (facts.targetFound) return result("guiding", index, save);

  const stillSearching = (session.status === "searching" || session.status === "target-missing") &&
    session.stepIndex === index;
  const since = stillSearching ? session.searchingSince : session.now;
  const waited = session.now - since;
  if (waited >= SEARCH_TIMEOUT_MS) return result("target-missing", index, save, since);
  return result("searching", index, save, since, SEARCH_TIMEOUT_MS - waited);

  function result(status, stepIndex, changes, searchingSince = 0, wakeIn = 0) {
    return { status, stepIndex, save: Object.keys(changes).length ? changes : null, searchingSince, wakeIn };
  }
}
