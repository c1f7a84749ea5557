// The content script's loop: read the page (facts), ask decide() what to show, then store, report and draw.
// It also decides *when* to look again: on URL changes, page mutations, the user's clicks and changes, storage
// changes and the search timeout. Algorithm and states: docs/architecture.md; what the page sees: docs/overlay.md.
import { api } from "../common/browser.js";
import { EMPTY_STATE, onStateChange, readState, writeState } from "../common/storage.js";
import { createReadBudget } from "./budget.js";
import { observeSetting, resolveStep } from "./conditions.js";
import { decide } from "./decide.js";
import { createPass } from "./finder.js";
import { GUIDE, UI } from "./guide-data.js";
import { STRATEGY_KINDS } from "./guide-rules.js";
import { HOST_ID, createOverlay } from "./overlay.js";
import { carryOver, changesThatMatter, readsNothing } from "./relevance.js";
import { NAVIGATIONS_REPORTED, watchUrl } from "./url-watch.js";
import { urlMatchesAny } from "./urls.js";

const DONE_VISIBLE_MS = 8000;
const WATCHED_ATTRIBUTES = ["aria-expanded", "aria-hidden", "aria-checked", "aria-selected", "data-state",
  "open", "hidden", "style", "class", "href", "lang"];
// Changes elsewhere on the page are not a reason to read it at all; changes that matter are read at once while
// reading stays within its budget of main-thread time (budget.js), else 120 ms after the last read at most.
// A site may apply the user's click a little later (a re-render, a request): look once more after it.
const AFTER_INPUT_MS = 200;
// While searching (at most 5 s), look again this often too: a target can become visible without a change the
// observer reports (a style sheet finishing loading, a transition ending).
const SEARCH_POLL_MS = 250;
// Answers are carried from read to read (relevance.js) for at most this long after the page was last read in
// full: what the check of a batch cannot see (a name given from elsewhere, a row's label changed beside its
// switch) is seen by the first read after that, which reads in full. (A full read at a fixed pace instead
// would cost a big page tens of ms each time, in Firefox.)
const CARRY_MAX_AGE_MS = 5000;

function pickLanguage() {
  const fromPage = (document.documentElement.getAttribute("lang") || "").toLowerCase().split(/[-_]/)[0];
  if (GUIDE.languages.includes(fromPage)) return fromPage;
  const fromBrowser = (navigator.language || "").toLowerCase().split("-")[0];
  if (GUIDE.languages.includes(fromBrowser)) return fromBrowser;
  return "en";
}

function message(lang, key, ...subs) {
  const table = UI[lang] || UI.en;
  const text = (table && table[key]) || (UI.en && UI.en[key]) || "";
  return text.replace(/\$(\d)/g, (_, n) => subs[Number(n) - 1] ?? "");
}

// What the page shows now, read in one pass (carried: answers of the last pass still valid, see relevance.js).
function readPage(host, carried) {
  const pass = createPass(host, carried);
  const stepIndex = resolveStep(GUIDE, pass);
  const step = stepIndex >= 0 ? GUIDE.steps[stepIndex] : null;
  // A step done by opening a link has nothing to find: its link is in the tooltip. It is current only where no
  // later step applies, so by the guide's own account the setting is not on this page either (a feed, a chat, the
  // guide's other host): its control is not looked for here.
  const opensLink = Boolean(step && step.open);
  const seen = opensLink ? null : observeSetting(GUIDE, pass);
  const target = step && !opensLink ? pass.find(step.target) : null;
  const targetFound = Boolean(target) || opensLink;
  return { pass, target, facts: { inSettings: urlMatchesAny(GUIDE.settings_area), stepIndex, targetFound, seen } };
}

// The text a user can paste into a bug report when a step cannot be found: versions, ids, the page's language
// and path, and how many elements each strategy found. Nothing of the page's content, no names, no query.
function problemReport(step, counts) {
  const lang = (document.documentElement.getAttribute("lang") || "").trim();
  let version = "";
  try {
    version = api.runtime.getManifest().version;
  } catch {
    version = "unknown";
  }
  const lines = [
    `Opt-out Guide ${version}`,
    `guide: ${GUIDE.id} (checked ${GUIDE.checked})`,
    `step: ${step.id} (${GUIDE.steps.indexOf(step) + 1} of ${GUIDE.steps.length})`,
    `page language: ${/^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$/.test(lang) ? lang : "none"}`,
    `page path: ${location.pathname}`,
    "strategies (elements found):",
    ...step.target.map((strategy, i) => `  ${i + 1}. ${strategyKind(strategy)}: ${counts[i] > 9 ? "more than 9" : counts[i]}`),
  ];
  return lines.join("\n");
}

function strategyKind(strategy) {
  const kind = STRATEGY_KINDS.find((k) => k in strategy) || "?";
  const scoped = strategy.within ? " within" : "";
  return kind + (strategy.match && strategy.match !== "exact" ? ` (${strategy.match})` : "") + scoped;
}

export function createEngine() {
  let stored = { ...EMPTY_STATE };
  // This page's memory; nothing here is stored.
  const session = { status: null, stepIndex: -1, searchingSince: 0, askedForSteps: -1 };
  let doneShownAt = 0;
  let doneClosed = false;
  let stopped = false;
  let lastReported = null;
  let observer = null;
  let observing = null; // what the observer watches: {scope, top, body} (watchPage)
  let urlWatch = null;
  const timers = { evaluate: 0, evaluateFallback: 0, throttle: 0, search: 0, done: 0, afterInput: 0 };
  const readBudget = createReadBudget();
  // What the last evaluation read (relevance.js): mutations that touch none of it are ignored, and the answers
  // they cannot have changed are carried into the next read (null: the next read looks at everything).
  let watched = null;
  let carried = null;
  let readInFullAt = -Infinity;

  const overlay = createOverlay({
    start: guarded(() => start()),
    dismiss: guarded(() => dismiss()),
    "show-steps": guarded(() => askForSteps()),
    "copy-report": guarded(() => copyReport()),
  });

  function guarded(fn) {
    return (...args) => {
      try {
        return fn(...args);
      } catch (error) {
        // Never let a failure reach the page.
        console.debug("optout-guide:", error);
      }
    };
  }

  function save(changes) {
    Object.assign(stored, changes);
    try {
      writeState(GUIDE.id, stored).catch(() => {});
    } catch {
      orphaned();
    }
  }

  function orphaned() {
    // The extension was reloaded or removed: this copy of the script must leave no trace.
    stop();
    overlay.remove();
  }

  function isOrphaned() {
    try {
      return !api.runtime || !api.runtime.id;
    } catch {
      return true;
    }
  }

  function report() {
    const key = session.status + "|" + stored.observed;
    if (key === lastReported) return;
    lastReported = key;
    try {
      const sent = api.runtime.sendMessage({ type: "status", guide: GUIDE.id, status: session.status, observed: stored.observed });
      if (sent && sent.catch) sent.catch(() => {});
    } catch {
      orphaned();
    }
  }

  // A full evaluation at the next frame; a timer stands in where frames do not run (a hidden tab). Its causes
  // (the user's input, a new address, a timer, stored state) can change what no mutation record shows.
  function schedule() {
    carried = null;
    if (stopped || timers.evaluate) return;
    const run = guarded(evaluateNow);
    timers.evaluate = requestAnimationFrame(run);
    timers.evaluateFallback = setTimeout(run, 250);
  }

  function evaluateNow() {
    cancelAnimationFrame(timers.evaluate);
    clearTimeout(timers.evaluateFallback);
    timers.evaluate = timers.evaluateFallback = 0;
    evaluate();
  }

  // A change that matters: read the page now, while the page's own change is fresh (the ring is drawn in the
  // same frame), unless reading has used up its budget. (The ring follows a still-present target by itself:
  // overlay.js watches the target's box.)
  function evaluateThrottled() {
    if (stopped || timers.throttle) return;
    const wait = readBudget.waitAt(performance.now());
    if (wait <= 0) return evaluateNow();
    timers.throttle = setTimeout(guarded(() => {
      timers.throttle = 0;
      evaluateNow();
    }), wait);
  }

  function texts(lang) {
    return {
      label: message(lang, "overlay_label"),
      close: message(lang, "overlay_close"),
      start: message(lang, "overlay_start"),
      prompt: message(lang, "overlay_prompt", GUIDE.name),
      title: message(lang, "overlay_title", GUIDE.name),
      cantFind: message(lang, "overlay_cant_find"),
      searching: message(lang, "overlay_searching"),
    };
  }

  function evaluate() {
    if (stopped) return;
    const started = performance.now();
    try {
      readAndShow();
    } finally {
      const now = performance.now();
      readBudget.spent(now - started, now);
    }
  }

  function readAndShow() {
    if (isOrphaned()) return orphaned();
    urlWatch.check();
    const lang = pickLanguage();
    if (stored.dismissed && !isActive()) {
      // Dismissed costs nothing: no page reading at all until the popup reopens the guide.
      watched = carried = null;
      return apply({ status: "dismissed", stepIndex: Math.max(session.stepIndex, 0), save: null }, null, lang);
    }
    if (performance.now() - readInFullAt > CARRY_MAX_AGE_MS) carried = null;
    if (carried === null) readInFullAt = performance.now();
    const page = readPage(overlay.host, carried);
    watched = page.pass.watch();
    carried = page.pass.answers();
    const now = performance.now();
    const decision = decide(GUIDE.steps.length, page.facts, stored, { ...session, now, nowIso: new Date().toISOString() });
    apply(decision, page, lang);
  }

  function isActive() {
    return session.status !== null && session.status !== "dismissed";
  }

  function apply(decision, page, lang) {
    if (decision.save) save(decision.save);
    const changed = decision.status !== session.status || decision.stepIndex !== session.stepIndex;
    session.status = decision.status;
    session.stepIndex = decision.stepIndex;
    session.searchingSince = decision.searchingSince;
    watchPage();
    if (changed && decision.status !== "target-missing") session.askedForSteps = -1;
    clearTimeout(timers.search);
    const wake = decision.status === "searching" ? Math.min(decision.wakeIn + 20, SEARCH_POLL_MS) : decision.wakeIn && decision.wakeIn + 20;
    timers.search = wake ? setTimeout(guarded(schedule), wake) : 0;
    if (decision.status !== "done") {
      doneClosed = false;
      doneShownAt = 0;
    }

    if (decision.status === null) {
      overlay.remove();
      return;
    }
    const step = GUIDE.steps[decision.stepIndex];
    overlay.setState({
      guide: GUIDE.id,
      step: step.id,
      "step-index": decision.stepIndex + 1,
      "step-count": GUIDE.steps.length,
      status: decision.status,
      lang,
    });
    overlay.keepOnTop();
    report();
    draw(decision.status, step, lang, page);
    if (decision.status === "dismissed") pause();
  }

  function draw(status, step, lang, page) {
    const t = texts(lang);
    if (status === "prompt") return overlay.render({ kind: "prompt", key: lang }, t);
    if (status === "searching") return overlay.render({ kind: "searching", key: lang }, t);
    if (status === "dismissed") return overlay.render({ kind: "none", key: "" }, t);
    if (status === "guiding") {
      const index = GUIDE.steps.indexOf(step);
      return overlay.render({
        kind: "guiding",
        key: `${step.id}|${lang}`,
        target: page.target,
        link: step.open ? { href: step.open, text: message(lang, "overlay_open_link") } : null,
        counter: message(lang, "overlay_counter", String(index + 1), String(GUIDE.steps.length)),
        instruction: step.text[lang] || step.text.en,
      }, t);
    }
    if (status === "target-missing") {
      const from = GUIDE.steps.indexOf(step);
      return overlay.render({
        kind: "panel",
        key: `missing|${step.id}|${lang}`,
        title: message(lang, "overlay_missing_title"),
        body: message(lang, "overlay_missing_intro"),
        steps: GUIDE.steps.slice(from).map((s) => s.text[lang] || s.text.en),
        link: { href: GUIDE.setting.url, text: message(lang, "overlay_direct_link") },
        report: { text: message(lang, "overlay_copy_report"), done: message(lang, "overlay_copied") },
      }, t);
    }
    // done: the confirmation once per page, closing itself; then nothing visible while the status holds.
    if (doneClosed) return overlay.render({ kind: "none", key: "" }, t);
    if (!doneShownAt) {
      doneShownAt = performance.now();
      clearTimeout(timers.done);
      timers.done = setTimeout(guarded(closeDone), DONE_VISIBLE_MS);
    }
    const name = GUIDE.setting.name[lang] || GUIDE.setting.name.en;
    return overlay.render({
      kind: "panel",
      key: `done|${lang}`,
      title: message(lang, "overlay_done_title"),
      body: message(lang, "overlay_done_body", GUIDE.name, name),
    }, t);
  }

  function closeDone() {
    doneClosed = true;
    clearTimeout(timers.done);
    timers.done = 0;
    overlay.render({ kind: "none", key: "" }, texts(pickLanguage()));
  }

  // The user asked for the plain steps ("Can't find it?"): they stay until the step changes.
  function askForSteps() {
    if (session.stepIndex < 0) return;
    session.askedForSteps = session.stepIndex;
    schedule();
  }

  function copyReport() {
    const step = GUIDE.steps[Math.max(session.stepIndex, 0)];
    const text = problemReport(step, createPass(overlay.host).count(step.target));
    const shown = () => overlay.showReport(text);
    try {
      const copied = navigator.clipboard && navigator.clipboard.writeText(text);
      if (copied && copied.then) copied.then(() => overlay.reportCopied(), shown);
      else shown();
    } catch {
      shown();
    }
  }

  function start() {
    save({ started: true, dismissed: false });
    resume();
    carried = null;
    evaluate();
  }

  function dismiss() {
    if (session.status === "done") return closeDone();
    save({ dismissed: true });
    carried = null;
    evaluate();
  }

  function onKey(event) {
    if (event.key !== "Escape" || !overlay.host) return;
    const status = session.status;
    if (status === "guiding" || status === "searching" || status === "target-missing") dismiss();
    else if (status === "done" && !doneClosed) closeDone();
  }

  // Idle states (the prompt, nothing to show) do not follow the page's changes (watchPage).
  function isIdle() {
    return session.status === "prompt" || session.status === null;
  }

  // What the page's changes can matter for, and so what the observer watches:
  // - "top": idle. Only a new address, a new <html lang> or the overlay's removal matter. Where navigations are
  //   reported (url-watch.js), watching <html> and its own children is enough: the page's other changes then make
  //   no mutation records and no callback at all (in Chromium their delivery alone cost about 1 % of a busy feed's
  //   main thread).
  // - "top+dialogs": guiding a step that reads nothing of the page (it opens a link): as idle, and a page dialog
  //   opening, which could cover the overlay (mayCoverOverlay).
  // - "page": every other state, or where navigations are not reported: the whole page.
  function scopeNeeded() {
    if (!NAVIGATIONS_REPORTED || !document.documentElement) return "page";
    if (isIdle()) return "top";
    return readsNothing(watched) ? "top+dialogs" : "page";
  }

  // Called after every read, and for every batch of changes a narrow scope sees: <html> or <body> may be new.
  function watchPage() {
    if (!observer) return;
    const scope = scopeNeeded();
    const top = document.documentElement;
    const body = scope === "top+dialogs" ? document.body : null;
    if (observing && scope === observing.scope && top === observing.top && body === observing.body) return;
    observing = { scope, top, body };
    observer.disconnect();
    if (scope === "page") {
      observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
      return;
    }
    observer.observe(document, { childList: true }); // <html> itself replaced
    observer.observe(top, { childList: true, attributes: true, attributeFilter: ["lang"] }); // and <body>
    // One node takes one set of options, and `subtree` would bring every added node with it: dialogs are watched
    // in <body>, elements added to <html> itself by the line above.
    if (body) observer.observe(body, { subtree: true, attributes: true, attributeFilter: ["open"] });
  }

  // The page changed. Idle: only a new address, the page's language or a removed overlay matter. Otherwise the
  // page is read again when the change touches what the step depends on (relevance.js), not for every change of
  // a busy page.
  function onMutations(records) {
    if (urlWatch.pageChanged()) return;
    if (overlay.host && !overlay.host.isConnected) return schedule();
    const top = document.documentElement;
    if (isIdle()) {
      carried = null; // changes are not followed while idle
      // The prompt speaks the page's language, which a page may set after it loaded.
      if (records.some((record) => record.target === top && record.attributeName === "lang")) return schedule();
      return watchPage();
    }
    if (records.some((record) => mayCoverOverlay(record, top))) overlay.keepOnTop();
    if (observing && observing.scope !== "page") watchPage(); // <html> or <body> may be new
    const change = changesThatMatter(records, watched, overlay.host);
    if (!change) return;
    carried = carryOver(carried, change);
    evaluateThrottled();
  }

  // A page dialog opening, or an element added after the overlay's host at the top of the document, could
  // cover the overlay: stay on top of them. (Page popovers, and dialogs in current browsers, announce themselves
  // with a toggle event; the `open` attribute is for browsers whose dialogs do not.)
  function mayCoverOverlay(record, top) {
    if (record.type === "attributes") return record.attributeName === "open";
    return record.target === top && [...record.addedNodes].some((node) => node !== overlay.host);
  }

  function onToggle() {
    if (!isIdle()) overlay.keepOnTop();
  }

  // The user's own input: the page may change the control's state without any attribute changing, or open a panel
  // with no address of its own. Clicks are rare: even idle states look at the page again after one.
  function onInput(event) {
    // Typing in an idle page (a chat box) is not a reason to read it again; a click or a change is.
    if (isIdle() && (event.type === "input" || event.type === "keyup")) return urlWatch.check();
    schedule();
    clearTimeout(timers.afterInput);
    timers.afterInput = setTimeout(guarded(schedule), AFTER_INPUT_MS);
  }

  function onScroll() {
    if (overlay.hasTarget()) overlay.follow();
  }

  const onKeyGuarded = guarded(onKey);
  const onInputGuarded = guarded(onInput);
  const onScrollGuarded = guarded(onScroll);
  const onToggleGuarded = guarded(onToggle);
  const INPUT_EVENTS = ["click", "change", "input", "keyup"];

  // Observe the page only while there is something to follow; dismissed costs nothing.
  function resume() {
    if (observer) return;
    stopped = false;
    observer = new MutationObserver(guarded(onMutations));
    observing = null;
    watchPage();
    urlWatch = urlWatch || watchUrl(schedule);
    for (const type of INPUT_EVENTS) addEventListener(type, onInputGuarded, true);
    addEventListener("keydown", onKeyGuarded, true);
    addEventListener("scroll", onScrollGuarded, true);
    addEventListener("resize", onScrollGuarded, true);
    addEventListener("toggle", onToggleGuarded, true);
  }

  function pause() {
    if (observer) observer.disconnect();
    observer = observing = null;
    carried = null; // nothing follows the page's changes from here on
    for (const key of ["throttle", "search", "done", "afterInput"]) {
      clearTimeout(timers[key]);
      timers[key] = 0;
    }
    for (const type of INPUT_EVENTS) removeEventListener(type, onInputGuarded, true);
    removeEventListener("keydown", onKeyGuarded, true);
    removeEventListener("scroll", onScrollGuarded, true);
    removeEventListener("resize", onScrollGuarded, true);
    removeEventListener("toggle", onToggleGuarded, true);
  }

  function stop() {
    stopped = true;
    pause();
    if (urlWatch) urlWatch.stop();
    cancelAnimationFrame(timers.evaluate);
    clearTimeout(timers.evaluateFallback);
  }

  return {
    async boot() {
      try {
        stored = await readState(GUIDE.id);
      } catch {
        return orphaned();
      }
      // A copy of this script from before an extension update may have left its host behind.
      const stale = document.getElementById(HOST_ID);
      if (stale) stale.remove();
      urlWatch = watchUrl(schedule);
      resume();
      evaluate();
      // The popup (re)starts a guide by storing it: every open tab of the site picks that up here.
      onStateChange(GUIDE.id, guarded((next) => {
        const reopened = stored.dismissed && !next.dismissed;
        stored = next;
        if (reopened || next.started) {
          if (session.status === "dismissed") session.status = null;
          resume();
        }
        schedule();
      }));
    },
  };
}
