// check-page's probe: run in a saved copy of a real page, with the engine's own modules, it reports what the guide
// finds there, step by step. It reads the page and changes nothing; the report goes back to the toolchain only.
import { anyHolds, observeSetting, resolveStep } from "./content/conditions.js";
import { decide } from "./content/decide.js";
import { accessibleName, createPass, isVisible } from "./content/finder.js";
import { GUIDE } from "./content/guide-data.js";
import { STRATEGY_KINDS } from "./content/guide-rules.js";
import { urlMatchesAny } from "./content/urls.js";

const EXCERPT = 160;

function describe(el) {
  if (!el) return null;
  const tag = el.tagName.toLowerCase();
  const html = el.cloneNode(false).outerHTML;
  return {
    tag,
    id: el.id || null,
    role: el.getAttribute("role"),
    name: accessibleName(el).slice(0, 120),
    excerpt: html.length > EXCERPT ? html.slice(0, EXCERPT - 1) + "…" : html,
    visible: isVisible(el),
  };
}

function strategyReport(pass, strategy, index) {
  const kind = STRATEGY_KINDS.find((k) => k in strategy) || "?";
  const alone = pass.find([strategy]);
  return { index: index + 1, kind, match: strategy.match || null, found: describe(alone), count: pass.count([strategy])[0] };
}

function stepReport(pass, step, index) {
  const onHost = !step.host || step.host === location.hostname;
  const target = step.open ? null : pass.find(step.target);
  const strategies = step.target.map((s, i) => strategyReport(pass, s, i));
  const winner = strategies.find((s) => s.found && s.found.visible) || null;
  return {
    index: index + 1,
    id: step.id,
    on_host: onHost,
    when: onHost && (!step.when.length || anyHolds(step.when, pass, step.target)),
    open: step.open || null,
    target: describe(target),
    found_by: winner ? winner.index : null,
    strategies,
    complete: step.complete.length ? anyHolds(step.complete, pass, step.target) : null,
  };
}

function report() {
  const pass = createPass(null);
  const steps = GUIDE.steps.map((step, i) => stepReport(pass, step, i));
  const stepIndex = resolveStep(GUIDE, pass);
  const seen = observeSetting(GUIDE, pass);
  const current = stepIndex >= 0 ? GUIDE.steps[stepIndex] : null;
  const targetFound = Boolean(current && (current.open || pass.find(current.target)));
  const facts = { inSettings: urlMatchesAny(GUIDE.settings_area), stepIndex, targetFound, seen };
  // As a user who started the guide would see it; a saved page never changes, so a search runs out.
  const stored = { started: true, dismissed: false, observed: null };
  let decision = decide(GUIDE.steps.length, facts, stored, { status: null, stepIndex: -1, searchingSince: 0, askedForSteps: -1, now: 0 });
  if (decision.status === "searching") {
    decision = decide(GUIDE.steps.length, facts, stored, { status: "searching", stepIndex, searchingSince: 0, askedForSteps: -1, now: 1e9 });
  }
  return {
    guide: GUIDE.id,
    checked: GUIDE.checked,
    url: location.pathname + location.search + location.hash,
    lang: document.documentElement.getAttribute("lang"),
    steps,
    opted_out: anyHolds(GUIDE.opted_out, pass, null),
    opted_in: anyHolds(GUIDE.opted_in, pass, null),
    seen,
    engine: { step: current ? current.id : null, step_index: stepIndex + 1, status: decision.status },
  };
}

globalThis.__optoutGuideProbe = report();
