// Shared helpers of the replica sites: variants, per-tab state, client-side routing, scrambled class names.
// Variants come from the query string of a full page load and stay for the tab (sessionStorage):
//   lang=en|de|fr|es|it|nl   scramble=1   late=1   optedout=1   shell=new (ChatGPT)   churn=pointer (LinkedIn)
//   grokrow=late|missing (X)   changed=1 (the site changed: the control renamed)   sidebar=closed (Copilot)
//   labels=old tabs=buttons switchname=none order=location-first (Claude, Perplexity: see their app.js)
//   save=button|bar|auto (Pinterest), save=always (WordPress.com: see their app.js)
//   reset=1 (back to defaults)
// Nothing here leaves a test-only trace in the DOM: the elements a test needs are kept in a page-world registry
// (Replica.target), which the extension's content script, living in its own world, cannot see.
(function () {
  const KEYS = ["lang", "scramble", "late", "optedout", "shell", "churn", "grokrow", "changed", "sidebar", "labels", "tabs", "switchname", "order", "save"];
  const params = new URLSearchParams(location.search);
  let variant = JSON.parse(sessionStorage.getItem("replica-variant") || "{}");
  if (KEYS.some((k) => params.has(k)) || params.has("reset")) {
    variant = {};
    for (const k of KEYS) if (params.has(k)) variant[k] = params.get(k);
    sessionStorage.setItem("replica-variant", JSON.stringify(variant));
    sessionStorage.removeItem("replica-state");
  }
  const lang = ["en", "de", "fr", "es", "it", "nl"].includes(variant.lang) ? variant.lang : "en";
  document.documentElement.lang = lang;

  const state = JSON.parse(sessionStorage.getItem("replica-state") || "{}");
  function saveState() {
    sessionStorage.setItem("replica-state", JSON.stringify(state));
  }

  // Class names as a hashed CSS-module build would emit them: stable per name, meaningless.
  function scrambled(name) {
    let h = 2166136261;
    for (const c of name) h = Math.imul(h ^ c.charCodeAt(0), 16777619);
    return "_" + (h >>> 0).toString(36);
  }
  function cls(names) {
    return variant.scramble ? names.split(/\s+/).map(scrambled).join(" ") : names;
  }

  const targets = new Map();
  const spaLinks = new WeakSet();

  // el("button", {class: "a b", "aria-label": "x", on: {click: fn}, spa: true, mark: "key"}, children...)
  //   spa: the link navigates client-side; mark: the element is registered as Replica.target("key").
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = cls(v);
      else if (k === "on") for (const [type, fn] of Object.entries(v)) node.addEventListener(type, fn);
      else if (k === "checked") node.checked = v;
      else if (k === "spa") spaLinks.add(node);
      else if (k === "mark") targets.set(v, node);
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  }

  // The element registered under key, if it is still in the page.
  function target(key) {
    const node = targets.get(key);
    return node && node.isConnected ? node : null;
  }

  function tr(table) {
    return table[lang] || table.en;
  }

  let renderRoute = () => {};
  function navigate(path) {
    history.pushState({}, "", path);
    renderRoute();
  }
  function redirect(path) {
    history.replaceState(history.state, "", path);
  }
  function onRoute(render) {
    renderRoute = render;
    addEventListener("popstate", () => render());
    render();
  }
  // Links made with spa: true navigate client-side, as the real sites' routers do.
  document.addEventListener("click", (e) => {
    const a = e.target.closest && e.target.closest("a");
    if (!a || !spaLinks.has(a) || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey) return;
    e.preventDefault();
    navigate(a.getAttribute("href"));
  });

  // With late=1, content appears 1-2 s after a navigation (a skeleton first). One pending render per slot.
  const pending = new Map();
  function later(container, build, slot = "main") {
    const mine = (pending.get(slot) || 0) + 1;
    pending.set(slot, mine);
    if (!variant.late) {
      container.replaceChildren(...[].concat(build()));
      return;
    }
    container.replaceChildren(el("div", { class: "skeleton", "aria-busy": "true" }, "…"));
    setTimeout(() => {
      if (pending.get(slot) === mine) container.replaceChildren(...[].concat(build()));
    }, 1000 + Math.random() * 800);
  }

  window.Replica = { variant, lang, state, saveState, el, cls, tr, target, navigate, redirect, onRoute, later };
})();
