// Shared helpers of the replica sites: variants, per-tab state, client-side routing, scrambled class names.
// Variants come from the query string of a full page load and stay for the tab (sessionStorage):
//   lang=en|de|fr|es|it|nl   scramble=1   late=1   optedout=1   shell=new (ChatGPT)
(function () {
  const KEYS = ["lang", "scramble", "late", "optedout", "shell"];
  const params = new URLSearchParams(location.search);
  let variant = JSON.parse(sessionStorage.getItem("replica-variant") || "{}");
  if (KEYS.some((k) => params.has(k)) || params.has("reset")) {
    variant = {};
    for (const k of KEYS) if (params.has(k)) variant[k] = params.get(k);
    sessionStorage.setItem("replica-variant", JSON.stringify(variant));
    sessionStorage.removeItem("replica-state");
  }
  const lang = variant.lang || "en";
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

  // el("button", {class: "a b", "aria-label": "x", on: {click: fn}}, children...)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined || v === false) continue;
      if (k === "class") node.className = cls(v);
      else if (k === "on") for (const [type, fn] of Object.entries(v)) node.addEventListener(type, fn);
      else if (k === "checked") node.checked = v;
      else node.setAttribute(k, v === true ? "" : v);
    }
    for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c);
    return node;
  }

  function tr(table) {
    return table[lang] || table.en;
  }

  let renderRoute = () => {};
  function navigate(path) {
    history.pushState({}, "", path);
    renderRoute();
  }
  function onRoute(render) {
    renderRoute = render;
    addEventListener("popstate", render);
    render();
  }
  // Links marked data-spa navigate client-side, as the real sites do.
  document.addEventListener("click", (e) => {
    const a = e.target.closest && e.target.closest("a[data-spa]");
    if (!a || e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey) return;
    e.preventDefault();
    navigate(a.getAttribute("href"));
  });

  // With late=1, content appears 1-2 s after a navigation (a skeleton first).
  let generation = 0;
  function later(container, build) {
    const mine = ++generation;
    if (!variant.late) {
      container.replaceChildren(...[].concat(build()));
      return;
    }
    container.replaceChildren(el("div", { class: "skeleton", "aria-busy": "true" }, "…"));
    setTimeout(() => {
      if (mine === generation) container.replaceChildren(...[].concat(build()));
    }, 1200 + Math.random() * 600);
  }

  window.Replica = { variant, lang, state, saveState, el, cls, tr, navigate, onRoute, later };
})();
