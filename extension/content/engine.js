// Which step comes next, and what to show for it (contract sections 2 and 4; algorithm in docs/architecture.md).

const SEARCH_TIMEOUT_MS = 5000;
const DONE_VISIBLE_MS = 8000;
const STORAGE_KEY = "guide:" + GUIDE.id;
const WATCHED_ATTRIBUTES = ["aria-expanded", "aria-hidden", "aria-checked", "aria-selected", "data-state",
  "open", "hidden", "style", "class", "href", "lang"];

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

// The step the user stands at: the last step whose `when` holds, moved on past completed steps.
function resolveStep(pass) {
  const steps = GUIDE.steps;
  let index = -1;
  for (let i = steps.length - 1; i >= 0; i--) {
    if (!steps[i].when.length || anyHolds(steps[i].when, pass, steps[i].target)) {
      index = i;
      break;
    }
  }
  while (index >= 0 && index < steps.length - 1 && steps[index].complete.length &&
         anyHolds(steps[index].complete, pass, steps[index].target)) {
    index++;
  }
  return index;
}

function createEngine() {
  let stored = { started: false, dismissed: false, observed: null, observedAt: null };
  let status = null;
  let stepIndex = -1;
  let searchingSince = 0;
  let searchTimer = 0;
  let doneTimer = 0;
  let doneClosed = false;
  let frame = 0;
  let observer = null;
  let urlWatch = null;
  let stopped = false;
  let lastReported = null;
  let idle = false; // prompt, or nothing to show: only a URL change can matter
  let stepsAskedFor = -1; // the step whose plain-text fallback the user asked for ("Can't find it?")

  const overlay = createOverlay({
    start: guarded(() => start()),
    dismiss: guarded(() => dismiss()),
    "show-steps": guarded(() => showMissing(true)),
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
      api.storage.local.set({ [STORAGE_KEY]: { ...stored } }).catch(() => {});
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
    const key = status + "|" + stored.observed;
    if (key === lastReported) return;
    lastReported = key;
    try {
      const sent = api.runtime.sendMessage({ type: "status", guide: GUIDE.id, status, observed: stored.observed });
      if (sent && sent.catch) sent.catch(() => {});
    } catch {
      orphaned();
    }
  }

  function schedule() {
    if (frame || stopped) return;
    frame = requestAnimationFrame(guarded(() => {
      frame = 0;
      evaluate();
    }));
  }

  // While guiding on a page that keeps changing, the ring follows every frame but the whole page is
  // re-read at most every THROTTLE_MS (well within the 300 ms the contract allows for a status change).
  const THROTTLE_MS = 120;
  let throttleTimer = 0;
  let lastFull = 0;
  function scheduleCheaply() {
    if (status !== "guiding" || !overlay.hasTarget()) return schedule();
    if (!frame) frame = requestAnimationFrame(guarded(() => {
      frame = 0;
      if (!overlay.targetConnected()) return evaluate();
      overlay.follow();
    }));
    if (throttleTimer) return;
    const wait = Math.max(0, THROTTLE_MS - (performance.now() - lastFull));
    throttleTimer = setTimeout(guarded(() => {
      throttleTimer = 0;
      schedule();
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
    };
  }

  function setStatus(next, index, lang) {
    const changed = next !== status || index !== stepIndex;
    status = next;
    stepIndex = index;
    const i = Math.max(index, 0);
    overlay.setState({
      guide: GUIDE.id,
      step: GUIDE.steps[i].id,
      "step-index": i + 1,
      "step-count": GUIDE.steps.length,
      status: next,
      lang,
    });
    report();
    return changed;
  }

  function evaluate() {
    if (stopped) return;
    lastFull = performance.now();
    if (isOrphaned()) return orphaned();
    urlWatch.check();
    const lang = pickLanguage();
    const t = texts(lang);
    if (stored.dismissed) {
      setStatus("dismissed", Math.max(stepIndex, 0), lang);
      overlay.showNothing();
      return pause();
    }
    overlay.keepOnTop();
    idle = false;
    const pass = createPass(overlay.host);
    const seen = observeSetting(pass);
    if (seen && seen !== stored.observed) {
      // Seen off: the flow is over. Seen on again after off: guiding resumes on that control.
      const started = seen === "off" ? false : stored.started || stored.observed === "off";
      save({ observed: seen, observedAt: new Date().toISOString(), started });
    } else if (seen === "off" && stored.started) {
      save({ started: false });
    }
    const last = GUIDE.steps.length - 1;
    if (seen === "off") {
      if (setStatus("done", last, lang) || !doneTimer && !doneClosed) showDone(lang);
      return;
    }
    clearTimeout(doneTimer);
    doneTimer = 0;
    doneClosed = false;

    const inSettings = urlMatchesAny(GUIDE.settings_area);
    if (!stored.started && (stored.observed === "off" || !inSettings)) {
      idle = true;
      if (stored.observed === "off" && seen === null) {
        // Known to be done: nothing to show away from the setting itself.
        status = null;
        return overlay.remove();
      }
      if (setStatus("prompt", Math.max(resolveStep(pass), 0), lang) || !overlay.host.shadowRoot.querySelector('[part~="pill"]')) {
        overlay.showPrompt(t);
      }
      return;
    }

    const index = resolveStep(pass);
    if (index < 0) {
      status = null;
      return overlay.remove();
    }
    const step = GUIDE.steps[index];
    const el = pass.find(step.target);
    if (stepsAskedFor >= 0) {
      if (stepsAskedFor === index) return;
      stepsAskedFor = -1;
    }
    if (el) {
      clearTimeout(searchTimer);
      searchTimer = 0;
      setStatus("guiding", index, lang);
      overlay.showGuiding({
        ...t,
        counter: message(lang, "overlay_counter", String(index + 1), String(GUIDE.steps.length)),
        instruction: step.text[lang] || step.text.en,
      }, el);
      return;
    }
    if (status !== "searching" && status !== "target-missing" || index !== stepIndex) {
      searchingSince = performance.now();
    }
    const waited = performance.now() - searchingSince;
    if (waited >= SEARCH_TIMEOUT_MS) {
      if (setStatus("target-missing", index, lang) || !overlay.host.shadowRoot.querySelector('[data-action="direct-link"]')) {
        showMissing(false);
      }
      return;
    }
    if (setStatus("searching", index, lang)) overlay.showSearching({ ...t, searching: message(lang, "overlay_searching") });
    clearTimeout(searchTimer);
    searchTimer = setTimeout(guarded(schedule), SEARCH_TIMEOUT_MS - waited + 20);
  }

  function showDone(lang) {
    const name = GUIDE.setting.name[lang] || GUIDE.setting.name.en;
    overlay.showPanel(texts(lang), {
      title: message(lang, "overlay_done_title"),
      body: message(lang, "overlay_done_body", GUIDE.name, name),
      message: message(lang, "overlay_done_title"),
    });
    clearTimeout(doneTimer);
    doneTimer = setTimeout(guarded(closeDone), DONE_VISIBLE_MS);
  }

  function closeDone() {
    doneClosed = true;
    clearTimeout(doneTimer);
    doneTimer = 0;
    overlay.showNothing();
  }

  // The fallback: the remaining steps as plain text and a direct link to the setting.
  function showMissing(byUser) {
    const lang = pickLanguage();
    const from = Math.max(stepIndex, 0);
    if (byUser) {
      stepsAskedFor = from;
      setStatus("target-missing", from, lang);
    }
    overlay.showPanel(texts(lang), {
      title: message(lang, "overlay_missing_title"),
      body: message(lang, "overlay_missing_intro"),
      steps: GUIDE.steps.slice(from).map((s) => s.text[lang] || s.text.en),
      link: { href: GUIDE.setting.url, text: message(lang, "overlay_direct_link") },
      message: message(lang, "overlay_missing_title"),
    });
  }

  function start() {
    save({ started: true, dismissed: false });
    resume();
    evaluate();
  }

  function dismiss() {
    if (status === "done") return closeDone();
    save({ dismissed: true });
    evaluate();
  }

  function onKey(event) {
    if (event.key !== "Escape" || !overlay.host) return;
    if (status === "guiding" || status === "searching" || status === "target-missing") dismiss();
    else if (status === "done" && !doneClosed) closeDone();
  }

  // While idle, a busy page's mutations cost one string comparison; otherwise one evaluation per frame.
  function onMutations() {
    if (!idle) return scheduleCheaply();
    if (!urlWatch.check() && overlay.host && !overlay.host.isConnected) schedule();
  }

  function onPageEvent() {
    if (idle) urlWatch.check();
    else schedule();
  }

  function onScroll() {
    if (overlay.hasTarget()) overlay.follow();
  }

  // Observe the page only while there is something to follow; dismissed costs nothing.
  function resume() {
    if (observer) return;
    stopped = false;
    observer = new MutationObserver(onMutations);
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
    urlWatch = urlWatch || watchUrl(schedule);
    addEventListener("click", onPageEvent, true);
    addEventListener("change", onPageEvent, true);
    addEventListener("keydown", onKeyGuarded, true);
    addEventListener("scroll", onScrollGuarded, true);
    addEventListener("resize", onScrollGuarded, true);
  }

  const onKeyGuarded = guarded(onKey);
  const onScrollGuarded = guarded(onScroll);

  function pause() {
    if (observer) observer.disconnect();
    observer = null;
    clearTimeout(searchTimer);
    clearTimeout(doneTimer);
    removeEventListener("click", onPageEvent, true);
    removeEventListener("change", onPageEvent, true);
    removeEventListener("keydown", onKeyGuarded, true);
    removeEventListener("scroll", onScrollGuarded, true);
    removeEventListener("resize", onScrollGuarded, true);
  }

  function stop() {
    stopped = true;
    pause();
    if (urlWatch) urlWatch.stop();
    if (frame) cancelAnimationFrame(frame);
  }

  return {
    async boot() {
      try {
        const data = await api.storage.local.get(STORAGE_KEY);
        Object.assign(stored, data[STORAGE_KEY] || {});
      } catch {
        return orphaned();
      }
      // A copy of this script from before an extension update may have left its host behind.
      const stale = document.getElementById(HOST_ID);
      if (stale) stale.remove();
      urlWatch = watchUrl(schedule);
      resume();
      evaluate();
      api.storage.onChanged.addListener(guarded((changes, area) => {
        if (area !== "local" || !(STORAGE_KEY in changes)) return;
        const next = changes[STORAGE_KEY].newValue || { started: false, dismissed: false, observed: null, observedAt: null };
        const reopened = stored.dismissed && !next.dismissed;
        stored = { started: false, dismissed: false, observed: null, observedAt: null, ...next };
        if (reopened) resume();
        schedule();
      }));
    },
    start: guarded(start),
  };
}
