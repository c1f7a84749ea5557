// Finding a step's target on a page we do not control: strategies in the guide's order, visible elements only,
// open shadow roots included, our own overlay excluded.
import { ROLE_SELECTORS } from "./guide-rules.js";
import { matchesText, normalize } from "./normalize.js";
import { urlPattern } from "./urls.js";

const MAX_TEXT = 400;
const ROW_DEPTH = 6;

export function isVisible(el) {
  if (!el.isConnected) return false;
  if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

function hasRole(el, role) {
  const explicit = el.getAttribute("role");
  if (explicit) return explicit.trim().split(/\s+/)[0] === role;
  return true; // matched by the implicit selector
}

// Text nodes joined with spaces: block children ("Label" + "Off") read as words, as in an accessible name.
export function textOf(el) {
  const parts = [];
  let length = 0;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node && length < MAX_TEXT; node = walker.nextNode()) {
    parts.push(node.nodeValue);
    length += node.nodeValue.length;
  }
  return normalize(parts.join(" ").slice(0, MAX_TEXT));
}

// Name from content, as the accessible-name computation builds it: text, an image's alt, a child's aria-label;
// subtrees hidden from assistive technology (aria-hidden icons) count for nothing.
function nameFromContent(el) {
  const parts = [];
  let length = 0;
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT, {
    acceptNode(node) {
      if (node.nodeType !== 1) return NodeFilter.FILTER_ACCEPT;
      if (node.getAttribute("aria-hidden") === "true" || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(node.tagName)) {
        return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let node = walker.nextNode(); node && length < MAX_TEXT; node = walker.nextNode()) {
    let part = null;
    if (node.nodeType === 3) part = node.nodeValue;
    else if (node.tagName === "IMG") part = node.getAttribute("alt");
    if (part) {
      parts.push(part);
      length += part.length;
    }
  }
  return normalize(parts.join(" ").slice(0, MAX_TEXT));
}

function textOfIds(el, attr) {
  const ids = el.getAttribute(attr);
  if (!ids) return "";
  const root = el.getRootNode();
  return ids.trim().split(/\s+/)
    .map((id) => (root.getElementById ? root.getElementById(id) : document.getElementById(id)))
    .filter(Boolean).map(textOf).join(" ");
}

// A practical subset of the accessible-name computation: labelledby, aria-label, <label>, alt/title, content.
export function accessibleName(el) {
  const labelledBy = textOfIds(el, "aria-labelledby");
  if (labelledBy) return normalize(labelledBy);
  const label = el.getAttribute("aria-label");
  if (label && label.trim()) return normalize(label);
  if (el.labels && el.labels.length) return normalize([...el.labels].map(textOf).join(" "));
  if (el.tagName === "INPUT") return normalize(el.getAttribute("title") || el.getAttribute("value") || "");
  const alt = el.getAttribute("alt") || el.getAttribute("title");
  const content = nameFromContent(el);
  return content || normalize(alt || "");
}

const compact = (text) => text.toLowerCase().replace(/\s+/g, "");

// A guide's wanted names and texts without spaces, computed once per list (guide data never changes).
const compacted = new WeakMap();
function compactAll(list) {
  let out = compacted.get(list);
  if (!out) compacted.set(list, (out = list.map(compact)));
  return out;
}

// A cheap first look before the full name computation: could any wanted name be in this element at all?
function mightBeNamed(el, names) {
  if (el.hasAttribute("aria-labelledby") || el.hasAttribute("aria-describedby") || (el.labels && el.labels.length)) return true;
  if (el.querySelector("img[alt]")) return true; // the name may include an image's alt text
  const raw = compact((el.getAttribute("aria-label") || "") + (el.textContent || "").slice(0, MAX_TEXT) + (el.getAttribute("title") || ""));
  return compactAll(names).some((name) => raw.includes(name));
}

function description(el) {
  return normalize(textOfIds(el, "aria-describedby"));
}

// Open shadow roots can only be found by walking the whole tree: on a busy page that walk is done at most
// once a second, not on every evaluation.
const SHADOW_WALK_INTERVAL_MS = 1000;
let shadowCache = { at: -Infinity, roots: [] };

function knownShadowRoots(host) {
  const now = performance.now();
  if (now - shadowCache.at < SHADOW_WALK_INTERVAL_MS) return shadowCache.roots.filter((r) => r.host.isConnected);
  const roots = [];
  const visit = (root) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.shadowRoot && node !== host) {
        roots.push(node.shadowRoot);
        visit(node.shadowRoot);
      }
    }
  };
  visit(document.documentElement);
  shadowCache = { at: now, roots };
  return roots;
}

// row: the element sits in a row (an ancestor matching row.css) whose text names the setting; its neighbour
// switch, in another row, does not.
function inRow(el, strategy) {
  if (!strategy.row) return true;
  let node = el.parentElement;
  for (let depth = 0; node && depth < ROW_DEPTH; depth++, node = node.parentElement) {
    let matches = false;
    try {
      matches = node.matches(strategy.row.css);
    } catch {
      return false;
    }
    if (matches && matchesText(textOf(node), strategy.row.text, "contains")) return true;
  }
  return false;
}

// not_within: look-alikes live in the site's navigation; an element there is never the target.
function isExcluded(el, strategy) {
  if (!strategy.not_within) return false;
  try {
    return el.closest(strategy.not_within) !== null;
  } catch {
    return false;
  }
}

function matchesStrategy(el, strategy) {
  if (strategy.href !== undefined) {
    // Anchors expose their resolved parts; no URL object per link on link-heavy pages.
    return el.pathname !== undefined && urlPattern(strategy.href).test(el.pathname + el.search + el.hash);
  }
  if (strategy.role) {
    if (!hasRole(el, strategy.role)) return false;
    if (!strategy.name) return true;
    if (!mightBeNamed(el, strategy.name)) return false;
    return matchesText(accessibleName(el), strategy.name, strategy.match) ||
      matchesText(description(el), strategy.name, strategy.match);
  }
  if (strategy.label) return matchesText(normalize(el.getAttribute("aria-label")), strategy.label, strategy.match);
  return true;
}

const selectors = new WeakMap();
function selectorFor(strategy) {
  let selector = selectors.get(strategy);
  if (selector === undefined) {
    if (strategy.href !== undefined) selector = "a[href]";
    else if (strategy.testid) selector = `[data-testid="${CSS.escape(strategy.testid)}"]`;
    else if (strategy.role) selector = ROLE_SELECTORS[strategy.role];
    else if (strategy.label) selector = "[aria-label]";
    else selector = strategy.css;
    selectors.set(strategy, selector);
  }
  return selector;
}

function candidatesIn(root, selector) {
  try {
    return root.querySelectorAll(selector);
  } catch {
    return [];
  }
}

// Cheap checks first; visibility (which needs layout) last, and only when asked for.
function accept(el, strategy, host, visibleOnly) {
  if (el === host) return false;
  return matchesStrategy(el, strategy) && !isExcluded(el, strategy) && inRow(el, strategy) &&
    (!visibleOnly || isVisible(el));
}

// Elements whose text matches a text strategy: the innermost element whose whole text matches, found from the
// text nodes under root, in document order.
function* matchesByText(root, strategy, host, visibleOnly) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const wanted = compactAll(strategy.text);
  let previous = null;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    // Cheap first look: only text that is part of a wanted name (or contains one) can match.
    const own = compact(node.nodeValue);
    if (!own || !wanted.some((w) => w.includes(own) || own.includes(w))) continue;
    // The innermost element whose whole text matches: the text node's parent, or a close ancestor.
    let el = node.parentElement;
    for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
      if (el === host || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) break;
      if (matchesText(textOf(el), strategy.text, strategy.match)) {
        if (el !== previous && !isExcluded(el, strategy) && inRow(el, strategy) && (!visibleOnly || isVisible(el))) {
          previous = el;
          yield el;
        }
        break;
      }
    }
  }
}

// Every element the strategy finds under root (root itself not included), in document order.
function* matchesIn(root, strategy, host, visibleOnly) {
  if (strategy.text) {
    yield* matchesByText(root, strategy, host, visibleOnly);
    return;
  }
  for (const el of candidatesIn(root, selectorFor(strategy))) {
    if (accept(el, strategy, host, visibleOnly)) yield el;
  }
}

// For a changed part of the page: could a strategy find an element in root's subtree (root included) if it were
// visible? The finder's own test without the layout read; a `within` scope is not required, so the answer errs
// towards yes. One checker per batch of changes: what it learns about a subtree (its words) is shared by all
// strategies.
export function createSubtreeCheck(host) {
  const words = new Map();

  // Everything a name inside root can be made of, without spaces: its text, and its labels, titles and alt texts.
  // null: a name may come from elsewhere (aria-labelledby, a form control's <label>), so no shortcut.
  function wordsOf(root) {
    if (words.has(root)) return words.get(root);
    let out = null;
    const indirect = "[aria-labelledby],[aria-describedby],input,select,textarea";
    if (!root.matches(indirect) && !root.querySelector(indirect)) {
      const parts = [root.textContent || ""];
      const named = "[aria-label],[title],img[alt]";
      for (const el of [root, ...root.querySelectorAll(named)]) {
        if (el.nodeType !== 1) continue;
        parts.push(el.getAttribute("aria-label") || "", el.getAttribute("title") || "", el.getAttribute("alt") || "");
      }
      out = compact(parts.join(""));
    }
    words.set(root, out);
    return out;
  }

  return function mayHold(root, strategy) {
    if (root === host || root.nodeType !== 1) return false;
    if (strategy.text) {
      // A wanted text is in the subtree's text, or the subtree's text is part of one (the rest may be in an
      // ancestor). A feed post of other words ends here.
      const own = compact(root.textContent || "");
      if (!own || !compactAll(strategy.text).some((w) => own.includes(w) || w.includes(own))) return false;
    } else {
      if (strategy.role && strategy.name) {
        const known = wordsOf(root);
        if (known !== null && !compactAll(strategy.name).some((name) => known.includes(name))) return false;
      }
      let matches = false;
      try {
        matches = root.matches(selectorFor(strategy));
      } catch {
        return false;
      }
      if (matches && accept(root, strategy, host, false)) return true;
    }
    for (const el of matchesIn(root, strategy, host, false)) if (el) return true;
    return false;
  };
}

// One evaluation pass: finds are cached so a target named by several conditions is looked up once.
export function createPass(host) {
  const cache = new Map();
  let shadowRoots = null;

  function collectShadowRoots() {
    if (!shadowRoots) shadowRoots = knownShadowRoots(host);
    return shadowRoots;
  }

  function scopes(strategy) {
    const roots = [document];
    if (!strategy.within) return roots;
    for (const el of candidatesIn(document, strategy.within)) {
      if (isVisible(el)) return [el];
    }
    return [];
  }

  function* matchesOf(strategy) {
    for (const root of scopes(strategy)) yield* matchesIn(root, strategy, host, true);
    if (strategy.within) return;
    for (const root of collectShadowRoots()) yield* matchesIn(root, strategy, host, true);
  }

  function findStrategy(strategy) {
    for (const el of matchesOf(strategy)) return el;
    return null;
  }

  return {
    // The first visible element found by the target's strategies, in order.
    find(target) {
      if (cache.has(target)) return cache.get(target).found;
      let found = null;
      let by = target.length - 1;
      for (const [index, strategy] of target.entries()) {
        found = findStrategy(strategy);
        if (found) {
          by = index;
          break;
        }
      }
      cache.set(target, { found, by });
      return found;
    },
    // What this pass read: the strategies whose answer counts (for a found target, the one that found it and the
    // stronger ones before it, whose element would replace it; for a missing one, all) and every element found.
    // A later page change that touches neither cannot change what the pass would answer.
    watch() {
      const strategies = new Set();
      const elements = [];
      for (const [target, { found, by }] of cache) {
        for (const strategy of target.slice(0, by + 1)) strategies.add(strategy);
        if (found && !elements.includes(found)) elements.push(found);
      }
      return { strategies: [...strategies], elements };
    },
    // How many visible elements each strategy finds (for the problem report: counts only, nothing of the page).
    count(target, limit = 9) {
      return target.map((strategy) => {
        let n = 0;
        for (const el of matchesOf(strategy)) {
          if (el && ++n > limit) break;
        }
        return n;
      });
    },
  };
}
