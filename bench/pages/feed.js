// The benchmark's busy feed, added to a host's replica page when it is loaded with ?bench=feed (bench/server.py).
// A feed that never rests, like a busy timeline: every 100 ms six posts come in at the top and six leave at the
// bottom, 8 elements each (48 added, 48 removed, plus their text). Each post has an author link, its text and the
// buttons real feeds have ("Reply", "Like", "Share" and a "More" caret): look-alikes of the guides' targets.
// It lives in the page's main region (main or [role=main]); when the page's router replaces that region, the feed
// moves into the new one. Also here: window.__bench, what the benchmark asks of the page.
(function () {
  const POSTS_PER_TICK = 6;
  const FIRST_POSTS = 60;
  const TICK_MS = 100;
  const NAMES = ["Ada Lovelace", "Alan Turing", "Grace Hopper", "Edsger Dijkstra", "Barbara Liskov", "Donald Knuth"];
  let n = 0;
  let feed = null;
  let ticks = 0;
  let afterTick = [];

  function post() {
    const i = n++;
    const name = NAMES[i % NAMES.length];
    const article = document.createElement("article");
    article.className = "bench-post";
    const author = document.createElement("a");
    author.href = "/bench-author/" + (i % NAMES.length);
    author.textContent = name;
    const text = document.createElement("p");
    text.textContent = "Post " + i + " by " + name + ": what the day brought, with a link and a few words more.";
    const actions = document.createElement("div");
    actions.setAttribute("role", "group");
    actions.setAttribute("aria-label", "Post actions");
    for (const label of ["Reply", "Like", "Share", "More"]) {
      const b = document.createElement("button");
      b.type = "button";
      b.setAttribute("aria-label", label);
      if (label === "More") {
        b.setAttribute("aria-haspopup", "menu");
        b.setAttribute("aria-expanded", "false");
        b.textContent = "⌄";
      } else {
        b.textContent = label;
      }
      actions.append(b);
    }
    article.append(author, text, actions);
    return article;
  }

  function place() {
    const main = document.querySelector("main, [role=main]");
    if (feed && feed.isConnected && (!main || main.contains(feed))) return;
    feed = document.createElement("div");
    feed.className = "bench-feed";
    feed.setAttribute("aria-label", "Feed");
    for (let i = 0; i < FIRST_POSTS; i++) feed.append(post());
    (main || document.body).append(feed);
  }

  function tick() {
    place();
    for (let i = 0; i < POSTS_PER_TICK; i++) feed.prepend(post());
    for (let i = 0; i < POSTS_PER_TICK; i++) feed.lastElementChild.remove();
    ticks++;
    if (afterTick.length) {
      const waiting = afterTick;
      afterTick = [];
      // Half-way to the next tick: the tick's own work and the frame after it are over.
      setTimeout(() => { for (const fn of waiting) fn(); }, TICK_MS / 2);
    }
  }

  // Resolves half-way between two ticks, after `count` more ticks.
  function betweenTicks(count) {
    return new Promise((resolve) => {
      const target = ticks + Math.max(1, count);
      const wait = () => { if (ticks >= target) resolve(ticks); else afterTick.push(wait); };
      afterTick.push(wait);
    });
  }

  function start() {
    place();
    setInterval(tick, TICK_MS);
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();

  function encloses(root, target) {
    const s = root.querySelector('[part~="spotlight"]');
    if (!s || !target.isConnected) return false;
    const a = s.getBoundingClientRect();
    const b = target.getBoundingClientRect();
    return a.left <= b.left && a.top <= b.top && a.right >= b.right && a.bottom >= b.bottom && a.width - b.width <= 32;
  }

  window.__bench = {
    // How many ticks the feed has made since the page loaded.
    ticks() {
      return ticks;
    },

    // The next moment half-way between two ticks: where a measured window starts.
    align() {
      return betweenTicks(1);
    },

    // A window of `count` feed ticks, from half-way between two ticks to half-way between two others: its long-task
    // time (Chromium only), frame intervals and its length in ms, as the page itself sees them.
    collect(count) {
      return new Promise((resolve) => {
        let longTask = 0;
        const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) longTask += e.duration; });
        try { po.observe({ type: "longtask", buffered: false }); } catch (e) { /* no long tasks here (Firefox) */ }
        const frames = [];
        const start = performance.now();
        let last = start;
        let running = true;
        function frame(now) {
          frames.push(Math.round((now - last) * 100) / 100);
          last = now;
          if (running) requestAnimationFrame(frame);
        }
        requestAnimationFrame(frame);
        betweenTicks(count).then(() => {
          running = false;
          po.disconnect();
          resolve({ longTask, frames, ms: performance.now() - start, ticks: count });
        });
      });
    },

    // What the overlay shows now: its data-status (null: no overlay) and whether a spotlight is drawn.
    overlay() {
      const host = document.getElementById("optout-guide");
      const root = host && host.shadowRoot;
      return {
        status: host ? host.getAttribute("data-status") : null,
        step: host ? host.getAttribute("data-step") : null,
        spotlight: Boolean(root && root.querySelector('[part~="spotlight"]')),
      };
    },

    // Whether selector matches an element and the spotlight encloses it now.
    ringed(selector) {
      const target = document.querySelector(selector);
      const host = document.getElementById("optout-guide");
      return Boolean(target && host && host.shadowRoot && encloses(host.shadowRoot, target));
    },

    // Remove the element matching selector, wait 150 ms, put it back at the same place (same parent, same next
    // sibling); resolve with the ms until the spotlight encloses it again (null: not within 3 s, or no overlay).
    spotlightLatency(selector) {
      return new Promise((resolve) => {
        const target = document.querySelector(selector);
        if (!target) return resolve(null);
        const parent = target.parentNode;
        const next = target.nextSibling;
        target.remove();
        setTimeout(() => {
          const host = document.getElementById("optout-guide");
          const root = host && host.shadowRoot;
          const putBack = () => {
            if (next && next.parentNode === parent) parent.insertBefore(target, next);
            else parent.append(target);
          };
          if (!root) { putBack(); return resolve(null); }
          let t0 = 0;
          let settled = false;
          const finish = (value) => { if (settled) return; settled = true; mo.disconnect(); resolve(value); };
          const mo = new MutationObserver(() => { if (t0 && encloses(root, target)) finish(performance.now() - t0); });
          mo.observe(root, { subtree: true, childList: true, attributes: true });
          t0 = performance.now();
          putBack();
          const poll = () => {
            if (settled) return;
            if (encloses(root, target)) finish(performance.now() - t0);
            else if (performance.now() - t0 < 3000) requestAnimationFrame(poll);
            else finish(null);
          };
          requestAnimationFrame(poll);
        }, 150);
      });
    },

    // Navigate client-side (the replica's own router, else pushState); resolve with the ms until the overlay shows
    // `status` at `step` (null: not within 3 s).
    navigationLatency(path, status, step) {
      return new Promise((resolve) => {
        let t0 = 0;
        let settled = false;
        const check = () => {
          const h = document.getElementById("optout-guide");
          if (settled || !t0 || !h || h.getAttribute("data-status") !== status) return;
          if (step && h.getAttribute("data-step") !== step) return;
          settled = true;
          mo.disconnect();
          resolve(performance.now() - t0);
        };
        const mo = new MutationObserver(check);
        mo.observe(document.documentElement, { subtree: true, childList: true, attributes: true, attributeFilter: ["data-status", "data-step"] });
        t0 = performance.now();
        if (window.Replica && window.Replica.navigate) window.Replica.navigate(path);
        else history.pushState({}, "", path);
        check();
        setTimeout(() => { if (!settled) { settled = true; mo.disconnect(); resolve(null); } }, 3000);
      });
    },
  };
})();
