// The on-page UI: one host element, an open shadow root, and one view at a time (contract sections 1-3).

export const HOST_ID = "optout-guide";
const SPOTLIGHT_PADDING = 6;
const GAP = 12;
const MARGIN = 8;

const STYLE = `
:host { all: initial !important; position: fixed !important; inset: 0 !important; display: block !important;
  width: auto !important; height: auto !important; margin: 0 !important; padding: 0 !important; border: 0 !important;
  background: transparent !important; overflow: visible !important; pointer-events: none !important;
  z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; transform: none !important;
  color-scheme: light dark; }
* { box-sizing: border-box; }
.card { pointer-events: auto; position: fixed; max-width: min(360px, calc(100vw - 16px));
  font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: #14213d; background: #fff;
  border: 1px solid #c7d2fe; border-radius: 12px; box-shadow: 0 8px 28px rgba(15, 23, 42, .28); padding: 12px 14px;
  text-align: start; letter-spacing: normal; text-transform: none; }
[part~="tooltip"] { width: min(320px, calc(100vw - 16px)); }
.pill { bottom: 16px; right: 16px; display: flex; gap: 8px; align-items: center; border-radius: 999px; padding: 8px 8px 8px 16px; }
.hint { bottom: 16px; right: 16px; padding: 8px 14px; opacity: .92; }
.panel { bottom: 16px; right: 16px; }
.head { display: flex; justify-content: space-between; align-items: center; gap: 8px; margin-bottom: 4px; }
.title { font-weight: 650; margin: 0 0 4px; font-size: 14px; }
.counter { font-size: 12px; color: #475569; font-weight: 600; }
.instruction { margin: 0; }
ol { margin: 6px 0 8px; padding-inline-start: 20px; }
.actions { display: flex; flex-wrap: wrap; gap: 4px 16px; align-items: center; }
textarea { width: 100%; font: 12px/1.4 ui-monospace, monospace; margin-top: 6px; }
li { margin: 2px 0; }
p { margin: 0 0 6px; }
button, a { font: inherit; cursor: pointer; }
button { border: 1px solid transparent; border-radius: 999px; padding: 5px 12px; background: #2563eb; color: #fff; font-weight: 600; }
button.quiet { background: transparent; color: #334155; border-color: transparent; padding: 2px 8px; font-size: 18px; line-height: 1; }
button.link { background: transparent; color: #1d4ed8; padding: 4px 0; text-decoration: underline; }
a { color: #1d4ed8; font-weight: 600; }
a.button { display: inline-block; margin: 8px 0 4px; padding: 5px 12px; border-radius: 999px; background: #2563eb; color: #fff; text-decoration: none; }
button:focus-visible, a:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
.spotlight { position: fixed; pointer-events: none; border-radius: 10px; border: 3px solid #2563eb;
  box-shadow: 0 0 0 4px rgba(37, 99, 235, .35);
  transition: top .12s ease-out, left .12s ease-out, width .12s ease-out, height .12s ease-out; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (prefers-color-scheme: dark) {
  .card { color: #e2e8f0; background: #0f172a; border-color: #334155; }
  .counter { color: #94a3b8; }
  button.quiet { color: #cbd5e1; }
  button.link, a { color: #93c5fd; }
  .spotlight { border-color: #60a5fa; }
}
@media (prefers-reduced-motion: reduce) { .spotlight { transition: none; } }
@media (forced-colors: active) {
  .card { border: 2px solid CanvasText; background: Canvas; color: CanvasText; }
  .spotlight { border-color: Highlight; box-shadow: none; }
  button { border-color: ButtonText; background: ButtonFace; color: ButtonText; }
  a, button.link { color: LinkText; }
}
`;

function h(tag, attrs = {}, children = []) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "text") el.textContent = value;
    else el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

export function createOverlay(handlers) {
  let host = null;
  let view = null;
  let live = null;
  // What is drawn now, so an unchanged view is not redrawn; forgotten with the host, so a removed view can
  // always be shown again.
  let drawn = null;
  let spotlight = null;
  let tooltip = null;
  let target = null;
  let resizeObserver = null;
  let raisedAt = 0;
  // The ring follows its target without asking the page for layout while nothing moves: the target's box as
  // last drawn, the tooltip's size and the viewport's are kept, and an IntersectionObserver whose root is
  // shrunk to exactly that box reports (with the new box) when the target moves out of it.
  let placed = null;
  let tooltipSize = null;
  let viewport = null;
  let moveObserver = null;
  let tooltipObserver = null;
  let armedFor = "";

  function ensureHost() {
    if (!host) {
      host = document.createElement("div");
      host.id = HOST_ID;
      host.setAttribute("popover", "manual");
      const root = host.attachShadow({ mode: "open" });
      const style = document.createElement("style");
      style.textContent = STYLE;
      view = h("div", { part: "view" });
      live = h("div", { class: "sr", "aria-live": "polite", role: "status" });
      root.append(style, view, live);
      root.addEventListener("click", onClick);
    }
    const top = document.documentElement;
    if (host.parentNode !== top || top.lastElementChild !== host) {
      top.append(host);
      raise(); // moving an element closes its popover
    }
    return host;
  }

  // The top layer keeps the overlay above page z-indexes, transformed <html> and page dialogs.
  function raise() {
    try {
      if (host.matches(":popover-open")) host.hidePopover();
      host.showPopover();
    } catch {
      // No Popover API or not allowed: the z-index still applies.
    }
  }

  function pageTopLayerCount() {
    try {
      return document.querySelectorAll("dialog:modal, :popover-open:not(#" + HOST_ID + ")").length;
    } catch {
      return 0;
    }
  }

  function onClick(event) {
    const action = event.target.closest && event.target.closest("[data-action]");
    if (!action) return;
    const name = action.getAttribute("data-action");
    if (handlers[name]) handlers[name](event);
  }

  function setState(attrs) {
    ensureHost();
    for (const [name, value] of Object.entries(attrs)) {
      const attr = "data-" + name;
      if (host.getAttribute(attr) !== String(value)) host.setAttribute(attr, String(value));
    }
  }

  function announce(text) {
    if (live && live.textContent !== text) live.textContent = text;
  }

  function clearTarget() {
    target = null;
    placed = null;
    if (resizeObserver) resizeObserver.disconnect();
    if (moveObserver) moveObserver.disconnect();
    moveObserver = null;
    armedFor = "";
    if (tooltipObserver) tooltipObserver.disconnect();
    tooltipSize = null;
  }

  function show(children, message) {
    clearTarget();
    spotlight = tooltip = null;
    view.replaceChildren(...children);
    if (message) announce(message);
  }

  function dismissButton(label) {
    return h("button", { type: "button", class: "quiet", "data-action": "dismiss", "aria-label": label, title: label, text: "×" });
  }

  // Draw a view: {kind: "prompt"|"searching"|"guiding"|"panel"|"none", key, ...}. Same kind and key: only the
  // guiding ring is brought up to date (its target may have been re-resolved).
  function render(next, t) {
    ensureHost();
    const key = next.kind + "|" + next.key;
    if (drawn === key) {
      if (next.kind === "guiding") showGuiding(next, t);
      return;
    }
    drawn = key;
    if (next.kind === "prompt") showPrompt(t);
    else if (next.kind === "searching") show([h("div", { part: "hint", class: "card hint", role: "status", text: t.searching })], t.searching);
    else if (next.kind === "guiding") {
      show([]); // a new step: a new tooltip with its own text
      showGuiding(next, t);
    }
    else if (next.kind === "panel") showPanel(t, next);
    else show([]);
  }

  function showPrompt(t) {
    show([
      h("div", { part: "pill", class: "card pill", role: "region", "aria-label": t.label }, [
        h("span", { text: t.prompt }),
        h("button", { type: "button", "data-action": "start", text: t.start }),
        dismissButton(t.close),
      ]),
    ]);
  }

  function showGuiding(v, t) {
    if (!tooltip) {
      // A step done by opening a link has no element to ring: the tooltip stands alone with the link.
      spotlight = v.target ? h("div", { part: "spotlight", class: "spotlight", "aria-hidden": "true" }) : null;
      tooltip = h("section", { part: "tooltip", class: v.target ? "card" : "card panel", role: "dialog", "aria-labelledby": "og-title", "aria-describedby": "og-instruction" }, [
        h("div", { class: "head" }, [h("span", { part: "counter", class: "counter" }), dismissButton(t.close)]),
        h("p", { id: "og-title", class: "title" }),
        h("p", { id: "og-instruction", part: "instruction", class: "instruction" }),
        v.link ? h("a", { href: v.link.href, target: "_blank", rel: "noopener noreferrer", class: "button", "data-action": "open-link", text: v.link.text }) : null,
        h("button", { type: "button", class: "link", "data-action": "show-steps" }),
      ]);
      view.replaceChildren(...[spotlight, tooltip].filter(Boolean));
      setText(tooltip.querySelector('[part~="counter"]'), v.counter);
      setText(tooltip.querySelector(".title"), t.title);
      setText(tooltip.querySelector('[part~="instruction"]'), v.instruction);
      setText(tooltip.querySelector('[data-action="show-steps"]'), t.cantFind);
      tooltip.setAttribute("aria-label", t.title);
      announce(`${v.counter}. ${v.instruction}`);
    }
    if (v.target && target !== v.target) {
      clearTarget();
      target = v.target;
      if (typeof ResizeObserver === "function") {
        resizeObserver = resizeObserver || new ResizeObserver(() => follow());
        resizeObserver.observe(target);
      }
      const rect = target.getBoundingClientRect();
      if (rect.bottom < 0 || rect.top > innerHeight || rect.right < 0 || rect.left > innerWidth) {
        target.scrollIntoView({ block: "center", inline: "nearest" });
      }
    }
    follow();
  }

  function setText(el, text) {
    if (el && el.textContent !== text) el.textContent = text;
  }

  // Keep the spotlight on the target and the tooltip beside it, inside the viewport: read the target's box now
  // (after a scroll, a resize, a re-render).
  function follow() {
    if (!target || !spotlight) return;
    viewport = {
      // The layout viewport, without the page's scrollbars.
      width: document.documentElement.clientWidth || window.innerWidth,
      height: document.documentElement.clientHeight || window.innerHeight,
    };
    place(target.getBoundingClientRect());
  }

  // Draw the ring and the tooltip for a target box; nothing is read from the page here.
  function place(r) {
    if (!target || !spotlight) return;
    if (!tooltipSize) measureTooltip();
    if (!viewport) viewport = { width: window.innerWidth, height: window.innerHeight };
    const p = SPOTLIGHT_PADDING;
    setStyle(spotlight, {
      top: `${r.top - p}px`, left: `${r.left - p}px`, width: `${r.width + 2 * p}px`, height: `${r.height + 2 * p}px`,
    });
    const { width: w, height: th } = tooltipSize;
    const { width: innerWidth, height: innerHeight } = viewport;
    let top = r.bottom + p + GAP;
    let placement = "below";
    if (top + th > innerHeight - MARGIN) {
      const above = r.top - p - GAP - th;
      if (above >= MARGIN) {
        top = above;
        placement = "above";
      } else {
        top = Math.max(MARGIN, Math.min(innerHeight - th - MARGIN, r.top));
        placement = "side";
      }
    }
    let left = r.left;
    if (placement === "side") {
      left = r.right + p + GAP + w <= innerWidth - MARGIN ? r.right + p + GAP : r.left - p - GAP - w;
    }
    left = Math.max(MARGIN, Math.min(innerWidth - w - MARGIN, left));
    setStyle(tooltip, { top: `${top}px`, left: `${left}px` });
    if (tooltip.getAttribute("data-placement") !== placement) tooltip.setAttribute("data-placement", placement);
    // The whole box: the tooltip's ResizeObserver places it again from this copy (right and bottom included).
    placed = { top: r.top, left: r.left, width: r.width, height: r.height, right: r.right, bottom: r.bottom };
    // Re-arm the move watch only for a new box or viewport: a re-read that finds the target still costs nothing.
    const armFor = `${placed.top},${placed.left},${placed.width},${placed.height},${viewport.width},${viewport.height}`;
    if (armFor !== armedFor || !moveObserver) {
      armedFor = armFor;
      watchMoves(placed);
    }
  }

  // Written as the style attribute, not through el.style: the first CSSStyleDeclaration of a page makes Firefox
  // build that page's style prototype, thousands of property accessors (~200 KB of the page's heap). The overlay's
  // ring and tooltip get no other inline style, so writing the whole attribute loses nothing.
  function setStyle(el, values) {
    let text = "";
    for (const [name, value] of Object.entries(values)) text += `${name}:${value};`;
    if (el.getAttribute("style") !== text) el.setAttribute("style", text);
  }

  // The tooltip's size: measured once when drawn, then kept up to date by a ResizeObserver.
  function measureTooltip() {
    tooltipSize = { width: tooltip.offsetWidth, height: tooltip.offsetHeight };
    if (typeof ResizeObserver !== "function") return;
    tooltipObserver = tooltipObserver || new ResizeObserver((entries) => {
      const box = entries[entries.length - 1].borderBoxSize;
      const size = box && box[0] ? { width: box[0].inlineSize, height: box[0].blockSize } : null;
      if (!size || !tooltipSize || (size.width === tooltipSize.width && size.height === tooltipSize.height)) return;
      tooltipSize = size;
      if (placed) place(placed);
    });
    tooltipObserver.observe(tooltip);
  }

  // Watch the box just drawn: the observer's root is the viewport shrunk to the box's visible part, so the
  // target's share inside it stays the same until the target moves; then the entry brings the new box and the
  // ring is drawn there, with no layout read of our own. A target out of view is watched until it enters.
  function watchMoves(box, calibrated = null) {
    if (typeof IntersectionObserver !== "function") return;
    if (moveObserver) moveObserver.disconnect();
    const { width: vw, height: vh } = viewport;
    const top = Math.max(0, Math.floor(box.top));
    const left = Math.max(0, Math.floor(box.left));
    const bottom = Math.min(vh, Math.ceil(box.top + box.height));
    const right = Math.min(vw, Math.ceil(box.left + box.width));
    const area = box.width * box.height;
    let options = { threshold: 0 };
    let expected = 0;
    if (area > 0 && right > left && bottom > top) {
      expected = calibrated ?? Math.min(1, ((Math.min(right, box.left + box.width) - Math.max(left, box.left)) *
        (Math.min(bottom, box.top + box.height) - Math.max(top, box.top))) / area);
      options = { rootMargin: `${-top}px ${-(vw - right)}px ${-(vh - bottom)}px ${-left}px`, threshold: expected };
    }
    let first = true;
    moveObserver = new IntersectionObserver((entries) => {
      const entry = entries[entries.length - 1];
      const wasFirst = first;
      first = false;
      if (!target || entry.target !== target || !target.isConnected) return; // the engine re-reads the page then
      const r = entry.boundingClientRect;
      if (r.width === 0 && r.height === 0) return;
      if (moved(r)) return place(r);
      // Unmoved, but the page clips the target (a scrolling container, the scrollbar): take the share seen now as
      // the one to watch, once, so an unmoved target never costs a frame.
      if (wasFirst && calibrated === null && Math.abs(entry.intersectionRatio - expected) > 0.001) {
        watchMoves(box, entry.intersectionRatio);
      }
    }, options);
    moveObserver.observe(target);
  }

  function moved(r) {
    return !placed || Math.abs(r.top - placed.top) > 0.5 || Math.abs(r.left - placed.left) > 0.5 ||
      Math.abs(r.width - placed.width) > 0.5 || Math.abs(r.height - placed.height) > 0.5;
  }

  function showPanel(t, { title, body, steps, link, report }) {
    const children = [
      h("div", { class: "head" }, [h("p", { id: "og-panel-title", class: "title", text: title }), dismissButton(t.close)]),
    ];
    if (body) children.push(h("p", { text: body }));
    if (steps && steps.length) children.push(h("ol", {}, steps.map((s) => h("li", { text: s }))));
    const actions = [];
    if (link) {
      actions.push(h("a", { href: link.href, target: "_blank", rel: "noopener noreferrer", "data-action": "direct-link", text: link.text }));
    }
    if (report) {
      actions.push(h("button", { type: "button", class: "link", "data-action": "copy-report", "data-done": report.done, text: report.text }));
    }
    if (actions.length) children.push(h("div", { class: "actions" }, actions));
    show([h("section", { part: "panel", class: "card panel", role: "dialog", "aria-labelledby": "og-panel-title" }, children)], title);
  }

  function reportButton() {
    return view && view.querySelector('[data-action="copy-report"]');
  }

  // The clipboard took the report: say so on the button.
  function reportCopied() {
    const button = reportButton();
    if (!button) return;
    button.textContent = button.getAttribute("data-done");
    announce(button.textContent);
  }

  // The clipboard refused: show the report for the user to select and copy.
  function showReport(text) {
    const button = reportButton();
    if (!button) return;
    const box = h("textarea", { part: "report", readonly: true, rows: 7, "aria-label": button.textContent });
    box.value = text;
    button.replaceWith(box);
    box.select();
  }

  function remove() {
    clearTarget();
    if (host) host.remove();
    host = view = live = spotlight = tooltip = drawn = null;
  }

  return {
    setState, render, remove, follow, reportCopied, showReport,
    get host() {
      return host;
    },
    // Called on each page change: keep the host last in <html> and above page top-layer elements.
    keepOnTop() {
      if (!host) return;
      const top = document.documentElement;
      if (host.parentNode !== top || top.lastElementChild !== host) top.append(host);
      const count = pageTopLayerCount();
      let open = true;
      try {
        open = host.matches(":popover-open");
      } catch {
        // Popover API missing: nothing to re-raise.
      }
      if (count > raisedAt || !open) raise();
      raisedAt = count;
    },
    hasTarget: () => target !== null,
  };
}
