// Finding a step's target on a page we do not control: strategies in the guide's order, visible elements only,
// open shadow roots included, our own overlay excluded.
import { ROLE_SELECTORS } from "./guide-rules.js";
import { matchesText, normalize } from "./normalize.js";
import { linkPath, requiredPieces, urlPattern } from "./urls.js";

const MAX_TEXT = 400;
const ROW_DEPTH = 6;

export function isVisible(el) {
  if (!el.isConnected) return false;
  if (el.checkVisibility && !el.checkVisibility({ visibilityProperty: true })) return false;
  const rect = el.getBoundingClientRect();
  return rect.width > 0 && rect.height > 0;
}

// What one look at the page learns, shared by every strategy of that look (an evaluation pass, or one batch of
// changes): the page does not change while we look. Many strategies ask the same questions: the same selector
// ("every button"), the same element's words, its visibility.
export function createMemo() {
  return { candidates: new Map(), words: new Map(), visible: new Map(), texts: new Map(), rowTexts: new Map() };
}

function memoVisible(el, memo) {
  let visible = memo.visible.get(el);
  if (visible === undefined) memo.visible.set(el, (visible = isVisible(el)));
  return visible;
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

// The words an element's name can be made of, without spaces (its aria-label, text and title); null when the name
// may come from elsewhere (aria-labelledby/-describedby, a <label>, an image's alt text).
function nameWords(el) {
  if (el.hasAttribute("aria-labelledby") || el.hasAttribute("aria-describedby") || mayHaveLabel(el)) return null;
  if (el.querySelector("img[alt]")) return null;
  return compact((el.getAttribute("aria-label") || "") + (el.textContent || "").slice(0, MAX_TEXT) + (el.getAttribute("title") || ""));
}

// Whether a <label> may name el. (Reading el.labels makes Chromium search the whole document on every call: on a
// page of hundreds of buttons that search was most of an evaluation.) Errs towards yes.
function mayHaveLabel(el) {
  if (!("labels" in el)) return false; // not a form control: no <label> names it
  if (el.closest("label")) return true;
  if (!el.id) return false;
  const root = el.getRootNode();
  return Boolean(root.querySelector && root.querySelector(`label[for="${CSS.escape(el.id)}"]`));
}

// A cheap first look before the full name computation: could any wanted name be in this element at all?
function mightBeNamed(el, names, memo) {
  let words = memo.words.get(el);
  if (words === undefined) memo.words.set(el, (words = nameWords(el)));
  return words === null || compactAll(names).some((name) => words.includes(name));
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

// A possible row's text, read once per look: the elements of a feed share their outer ancestors.
function rowText(node, memo) {
  let text = memo.rowTexts.get(node);
  if (text === undefined) memo.rowTexts.set(node, (text = textOf(node)));
  return text;
}

// row: the element sits in a row (an ancestor matching row.css) whose text names the setting; its neighbour
// switch, in another row, does not.
function inRow(el, strategy, memo) {
  if (!strategy.row) return true;
  let node = el.parentElement;
  for (let depth = 0; node && depth < ROW_DEPTH; depth++, node = node.parentElement) {
    let matches = false;
    try {
      matches = node.matches(strategy.row.css);
    } catch {
      return false;
    }
    if (matches && matchesText(rowText(node, memo), strategy.row.text, "contains")) return true;
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

function matchesStrategy(el, strategy, memo) {
  if (strategy.href !== undefined) {
    // Anchors expose their resolved parts; no URL object per link on link-heavy pages.
    return el.pathname !== undefined && urlPattern(strategy.href).test(el.pathname + el.search + el.hash);
  }
  if (strategy.role) {
    if (!hasRole(el, strategy.role)) return false;
    if (!strategy.name) return true;
    if (!mightBeNamed(el, strategy.name, memo)) return false;
    return matchesText(accessibleName(el), strategy.name, strategy.match) ||
      matchesText(description(el), strategy.name, strategy.match);
  }
  if (strategy.label) return matchesText(normalize(el.getAttribute("aria-label")), strategy.label, strategy.match);
  return true;
}

// What a strategy says, as one string: two strategies with the same key find the same elements.
const strategyKeys = new WeakMap();
export function strategyKey(strategy) {
  let key = strategyKeys.get(strategy);
  if (key === undefined) strategyKeys.set(strategy, (key = JSON.stringify(strategy)));
  return key;
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

// The names a role or aria-label strategy wants (a guide's strategy is of exactly one kind); undefined for others.
function wantedNames(strategy) {
  return strategy.role ? strategy.name : strategy.label;
}

// The selector a look asks the browser for a strategy's candidates: its own, narrowed where the browser can rule
// elements out by their attributes, so that no wrapper is made for them. Sound because the name computation
// (accessibleName) takes a non-empty aria-label before the content: such an element, not named or described by
// others, is named by its label, and a label holding none of the wanted names' longest ASCII pieces cannot hold a
// name. On a feed of icon buttons labelled "Reply", "Like", "Share" that leaves out every post's buttons. (An
// aria-label of spaces only, which the computation skips, is left out too.) Not narrowed where a name has no
// ASCII piece, or where the browser cannot read the narrowed selector.
const candidateSelectors = new WeakMap();
function candidateSelector(strategy) {
  let selector = candidateSelectors.get(strategy);
  if (selector !== undefined) return selector;
  selector = selectorFor(strategy);
  const named = wantedNames(strategy);
  const pieces = named ? named.map(longestPiece) : [];
  if (pieces.length && pieces.every(Boolean)) {
    const holding = pieces.map((piece) => `[aria-label*=${cssString(piece)} i]`).join(",");
    const narrowed = strategy.role
      ? `:is(${selector}):not([aria-label]:not([aria-label=""]):not(${holding}):not([aria-labelledby],[aria-describedby]))`
      : `${selector}:is(${holding})`;
    if (isValidSelector(narrowed)) selector = narrowed;
  }
  candidateSelectors.set(strategy, selector);
  return selector;
}

// Elements under root matching selector (root itself not included), asked once per look.
function candidatesIn(root, selector, memo) {
  let byRoot = memo.candidates.get(root);
  if (!byRoot) memo.candidates.set(root, (byRoot = new Map()));
  let found = byRoot.get(selector);
  if (!found) {
    try {
      found = root.querySelectorAll(selector);
    } catch {
      found = [];
    }
    byRoot.set(selector, found);
  }
  return found;
}

// Cheap checks first; visibility (which needs layout) last, and only when asked for.
function accept(el, strategy, host, visibleOnly, memo) {
  if (el === host) return false;
  return matchesStrategy(el, strategy, memo) && !isExcluded(el, strategy) && inRow(el, strategy, memo) &&
    (!visibleOnly || memoVisible(el, memo));
}

// root's text nodes with their text without spaces (empty ones left out), in document order; read once per look.
function textsIn(root, memo) {
  let texts = memo.texts.get(root);
  if (!texts) {
    texts = [];
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const own = compact(node.nodeValue);
      if (own) texts.push([node, own]);
    }
    memo.texts.set(root, texts);
  }
  return texts;
}

// Elements whose text matches a text strategy: the innermost element whose whole text matches, found from the
// text nodes under root, in document order.
function* matchesByText(root, strategy, host, visibleOnly, memo) {
  const wanted = compactAll(strategy.text);
  let previous = null;
  for (const [node, own] of textsIn(root, memo)) {
    // Cheap first look: only text that is part of a wanted name (or contains one) can match.
    if (!wanted.some((w) => w.includes(own) || own.includes(w))) continue;
    // The innermost element whose whole text matches: the text node's parent, or a close ancestor.
    let el = node.parentElement;
    for (let depth = 0; el && depth < 3; depth++, el = el.parentElement) {
      if (el === host || /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(el.tagName)) break;
      if (matchesText(textOf(el), strategy.text, strategy.match)) {
        if (el !== previous && !isExcluded(el, strategy) && inRow(el, strategy, memo) &&
            (!visibleOnly || memoVisible(el, memo))) {
          previous = el;
          yield el;
        }
        break;
      }
    }
  }
}

// Every element the strategy finds under root (root itself not included), in document order.
function* matchesIn(root, strategy, host, visibleOnly, memo) {
  if (strategy.text) {
    yield* matchesByText(root, strategy, host, visibleOnly, memo);
    return;
  }
  for (const el of candidatesIn(root, candidateSelector(strategy), memo)) {
    if (accept(el, strategy, host, visibleOnly, memo)) yield el;
  }
}

// What the gates of a set of strategies look for, all strategies together (one per watched set: the same array
// until the next read). Most subtrees a busy page adds (feed posts) hold none of it, and telling so must not
// touch their elements one by one: a content script that holds an element of the page holds a wrapper of its
// own for it (made, then collected), and running its code over each element costs more than asking the
// browser. So a subtree's gate is its text (one string) and two selector queries (no element unless one
// matches), whatever the number of strategies.
const wantedBy = new WeakMap();
function wantedOf(strategies) {
  let wanted = wantedBy.get(strategies);
  if (wanted) return wanted;
  const texts = [];
  const names = [];
  const pieces = [];
  const unhinted = []; // link patterns without a literal piece to ask for: their links are read
  const selectors = new Set();
  const rows = [];
  const namedRoles = new Set(); // the selectors of the role strategies that want a name
  let ungated = false;
  let links = false; // a link pattern is asked by its pieces
  let unpieced = false; // a name with no piece to ask for
  for (const strategy of strategies) {
    const named = wantedNames(strategy);
    if (strategy.role && strategy.name) namedRoles.add(selectorFor(strategy));
    // In a row that names the setting: the row's words are the rarest thing it looks for ("Keep activity" beside
    // a menu button like every post's).
    if (strategy.row) rows.push(strategy);
    else if (strategy.text) texts.push(...compactAll(strategy.text));
    else if (strategy.href !== undefined) {
      const hints = hrefHints(strategy.href);
      if (hints) hints.forEach((hint) => selectors.add(hint));
      else unhinted.push(urlPattern(strategy.href));
      links = links || Boolean(hints);
    } else if (strategy.testid !== undefined) selectors.add(selectorFor(strategy));
    else if (named) {
      names.push(...compactAll(named));
      for (const name of named) {
        const piece = longestPiece(name);
        if (!piece) {
          selectors.add("[aria-label]").add("[title]").add("img[alt]"); // no ASCII to ask: any could
          unpieced = true;
        } else {
          pieces.push(piece);
        }
      }
    } else if (isCssOnly(strategy)) selectors.add(strategy.css);
    else ungated = true; // a role without a name: its candidates are looked at directly
  }
  if (names.length) selectors.add(FORM_CONTROLS);
  piecesInAttributes([...new Set(pieces)]).forEach((selector) => selectors.add(selector));
  const rowTexts = rows.flatMap((strategy) => compactAll(strategy.row.text));
  if (links) selectors.add(RELATIVE_LINK);
  const valid = [...selectors].filter(isValidSelector);
  wanted = {
    texts,
    longestText: Math.max(0, ...texts.map((text) => text.length)),
    text: anyOf(texts),
    name: anyOf(names),
    piece: anyOf(pieces),
    unpieced,
    rows,
    rowText: anyOf(rowTexts),
    unhinted,
    selector: valid.join(","),
    // null: a selector this browser cannot read, so any element could be one.
    namedRoles: [...namedRoles].every(isValidSelector) ? [...namedRoles].join(",") : null,
    // A selector this browser cannot read: no gate can rule its strategy out.
    ungated: ungated || valid.length < selectors.size,
  };
  // Everything the gate asks the markup about, in one question: most changed subtrees (a feed's new posts) hold
  // none of it, and one query is cheaper than two (in Firefox each crosses into the page's compartment).
  wanted.markup = [names.length ? NAME_BEYOND_TEXT : "", wanted.selector].filter(Boolean).join(",");
  wantedBy.set(strategies, wanted);
  return wanted;
}

// The elements whose label, title or alt text holds one of the pieces: one selector per attribute, each piece
// inside it. The browser then tests an element without the attribute once, not once per piece: with a dozen
// pieces in six languages this halved the query's cost on a feed post (measured in Chromium).
function piecesInAttributes(pieces) {
  if (!pieces.length) return [];
  return NAME_ATTRIBUTES.map(([holder, attribute]) =>
    `${holder}:is(${pieces.map((piece) => `[${attribute}*=${cssString(piece)} i]`).join(",")})`);
}

// A strategy that is a CSS selector and nothing else (no role, test id, link or label that would pick another one).
function isCssOnly(strategy) {
  return Boolean(strategy.css) && selectorFor(strategy) === strategy.css;
}

// A name's longest piece a CSS attribute selector can look for: [attr*="..." i] folds ASCII letters only, so
// words are cut at their other characters ("confidentialit" for "confidentialité"). "" when it has none.
function longestPiece(name) {
  let longest = "";
  for (const piece of name.split(/[^\x21-\x7e]+/)) if (piece.length > longest.length) longest = piece;
  return longest;
}

function cssString(text) {
  return `"${text.replace(/["\\]/g, "\\$&")}"`;
}

// A link whose href is relative to the page's own address ("#…", "?…", "settings"): its resolved path holds the
// page's path, whatever its href says.
const RELATIVE_LINK = 'a[href]:not([href^="/"]):not([href^="http:" i]):not([href^="https:" i])';

// Selectors of the links whose resolved path could match a link pattern: the pattern's pieces of letters, digits,
// "_" and "-" that every match holds (a URL's parser neither adds nor removes those), as `a[href*="piece"]`, one
// per branch of an alternation. null: the pattern has no such piece of three characters or more.
function hrefHints(source) {
  const pieces = requiredPieces(source);
  return pieces ? pieces.map((piece) => `a[href*=${cssString(piece)}]`) : null;
}

// Whether this browser reads the selector, asked once per selector of the page's life (against one empty
// fragment: asking makes no node).
const selectorValidity = new Map();
let emptyFragment = null;
function isValidSelector(selector) {
  let valid = selectorValidity.get(selector);
  if (valid === undefined) {
    emptyFragment = emptyFragment || document.createDocumentFragment();
    try {
      emptyFragment.querySelector(selector);
      valid = true;
    } catch {
      valid = false;
    }
    selectorValidity.set(selector, valid);
  }
  return valid;
}

// One regular expression that finds any of the strings (null: none wanted).
function anyOf(strings) {
  if (!strings.length) return null;
  return new RegExp([...new Set(strings)].map((s) => s.replace(/[\\^$.*+?()[\]{}|]/g, "\\$&")).join("|"));
}

// Named by a <label>, wherever it is.
const FORM_CONTROLS = "input,select,textarea";
// Named or described by other elements (their ids).
const REFERRING = "[aria-labelledby],[aria-describedby]";
// What may name an element from elsewhere.
const NAMED_ELSEWHERE = `${REFERRING},${FORM_CONTROLS}`;
const NAME_ATTRIBUTES = [["[aria-label]", "aria-label"], ["[title]", "title"], ["img[alt]", "alt"]];
// An image whose alt text can be part of a name made of content.
const ALT_IMAGE = 'img[alt]:not([alt=""])';
// What can give a name words from more than the subtree's text in its order: an image's alt text, other elements.
const NAME_BEYOND_TEXT = `${ALT_IMAGE},${REFERRING}`;

// For a changed part of the page: could a strategy find an element in root's subtree (root included) if it were
// visible? The finder's own test without the layout read; a `within` scope is not required, so the answer errs
// towards yes. One checker per batch of changes (strategies: those the batch is checked against): what it learns
// about a subtree is shared by all strategies, and a subtree first meets the gate of all strategies at once.
export function createSubtreeCheck(host, strategies = []) {
  const memo = createMemo();
  const facts = new Map();
  const wanted = wantedOf(strategies);

  function factsOf(root) {
    let f = facts.get(root);
    if (!f) facts.set(root, (f = {}));
    return f;
  }

  // The subtree's text without spaces.
  function textIn(root) {
    const f = factsOf(root);
    if (f.text === undefined) f.text = compact(root.textContent || "");
    return f.text;
  }

  // The values of an attribute on root and on the elements in it that match selector (one query, one read per
  // element that has the attribute).
  function valuesIn(root, selector, attribute) {
    const values = [];
    const own = root.getAttribute(attribute);
    if (own !== null) values.push(own);
    for (const el of candidatesIn(root, selector, memo)) values.push(el.getAttribute(attribute));
    return values;
  }

  // Everything a name inside root can be made of, without spaces: its text, and its labels, titles and alt texts.
  // null: a name may come from elsewhere (aria-labelledby, a form control's <label>), so no shortcut.
  function wordsIn(root) {
    const f = factsOf(root);
    if (f.words === undefined) {
      f.words = null;
      if (!root.matches(NAMED_ELSEWHERE) && !root.querySelector(NAMED_ELSEWHERE)) {
        const names = NAME_ATTRIBUTES.flatMap(([selector, attribute]) => valuesIn(root, selector, attribute));
        f.words = textIn(root) + compact(names.join(""));
      }
    }
    return f.words;
  }

  // The test ids in the subtree, root's own included.
  function testidsIn(root) {
    const f = factsOf(root);
    if (f.testids === undefined) f.testids = new Set(valuesIn(root, "[data-testid]", "data-testid"));
    return f.testids;
  }

  // The resolved paths of the links in the subtree.
  function pathsIn(root) {
    const f = factsOf(root);
    if (f.paths === undefined) f.paths = valuesIn(root, "a[href]", "href").map((href) => linkPath(href, document.baseURI));
    return f.paths;
  }

  // Whether root or an element in it matches selector (an invalid selector: perhaps).
  function holds(root, selector) {
    try {
      return root.matches(selector) || root.querySelector(selector) !== null;
    } catch {
      return true;
    }
  }

  // Whether an element of the subtree is named or described by an element outside it, whose words are not in
  // the subtree's text.
  function namedFromOutside(root) {
    const referring = [root, ...candidatesIn(root, REFERRING, memo)];
    const scope = root.getRootNode();
    for (const el of referring) {
      for (const attribute of ["aria-labelledby", "aria-describedby"]) {
        for (const id of (el.getAttribute(attribute) || "").split(/\s+/).filter(Boolean)) {
          const named = scope.getElementById ? scope.getElementById(id) : document.getElementById(id);
          if (named && !root.contains(named)) return true;
        }
      }
    }
    return false;
  }

  // Whether root, or an ancestor close enough to hold the strategy's element in its row, is such a row.
  function inRowAround(root, strategy) {
    let node = root;
    for (let depth = 0; node && depth <= ROW_DEPTH; depth++, node = node.parentElement) {
      if (isRow(node, strategy)) return true;
    }
    return false;
  }

  // Whether node is a row the strategy wants (asked once per node: a batch's subtrees share their ancestors).
  function isRow(node, strategy) {
    return answerAbout(node, "rows", strategy, () => {
      try {
        return node.matches(strategy.row.css) && matchesText(rowText(node, memo), strategy.row.text, "contains");
      } catch {
        return true;
      }
    });
  }

  // compute()'s answer about node for key, asked once per batch (kind: which question).
  function answerAbout(node, kind, key, compute) {
    const f = factsOf(node);
    const answers = f[kind] || (f[kind] = new Map());
    let answer = answers.get(key);
    if (answer === undefined) answers.set(key, (answer = compute()));
    return answer;
  }

  // Whether any of the strategies could find something in root's subtree: the gates of all of them at once.
  function mayHoldAny(root) {
    const f = factsOf(root);
    if (f.any === undefined) f.any = wanted.ungated || gatesPassed(root);
    return f.any;
  }

  function gatesPassed(root) {
    if (wanted.text || wanted.name || wanted.rowText) {
      const own = textIn(root);
      // A row naming the setting in the subtree, or around it.
      if (wanted.rowText && ((own && wanted.rowText.test(own)) || wanted.rows.some((s) => inRowAround(root, s)))) {
        return true;
      }
      // A wanted text is in the subtree's text, or the subtree's text is part of one (the rest may be in an
      // ancestor).
      if (own && wanted.text && (wanted.text.test(own) ||
          (own.length <= wanted.longestText && wanted.texts.some((w) => w.includes(own))))) {
        return true;
      }
      // A wanted name in the subtree's text (a name made of content).
      if (own && wanted.name && wanted.name.test(own)) return true;
    }
    // A name made of more than the text: its longest piece in the text, the rest perhaps in an image's alt text or
    // in other elements of the subtree, in another order (aria-labelledby); or given by elements outside the
    // subtree. (Real feed posts name themselves by ids inside them: that alone is no reason to look further.)
    const markup = Boolean(wanted.markup) && holds(root, wanted.markup);
    if (markup && wanted.name && holds(root, NAME_BEYOND_TEXT)) {
      if (wanted.unpieced || wanted.piece?.test(textIn(root)) || namedFromOutside(root)) return true;
    }
    // An element named by its attributes (its longest piece in a label, title or alt text) or by a <label>, a
    // wanted test id, a link that may go to a wanted path, a CSS strategy's match.
    if (markup && wanted.selector && holds(root, wanted.selector)) return true;
    return wanted.unhinted.length > 0 && pathsIn(root).some((path) => wanted.unhinted.some((re) => re.test(path)));
  }

  // A necessary condition for the strategy to find something in root's subtree, from what is read once per subtree.
  function passesGate(root, strategy) {
    if (!mayHoldAny(root)) return false;
    if (strategy.text) {
      const own = textIn(root);
      return Boolean(own) && compactAll(strategy.text).some((w) => own.includes(w) || w.includes(own));
    }
    if (strategy.href !== undefined) return pathsIn(root).some((path) => urlPattern(strategy.href).test(path));
    if (strategy.testid !== undefined) return testidsIn(root).has(strategy.testid);
    // The names matchesStrategy() would compare.
    const names = wantedNames(strategy);
    if (names) {
      const known = wordsIn(root);
      return known === null || compactAll(names).some((name) => known.includes(name));
    }
    if (isCssOnly(strategy)) return holds(root, strategy.css);
    return true;
  }

  // The nearest element around node (node included) matching selector; asked once per node and selector
  // (named strategies of one role share it).
  function closestOf(node, selector) {
    return answerAbout(node, "closest", selector, () => {
      try {
        return node.closest(selector);
      } catch {
        return null;
      }
    });
  }

  function rootMatches(root, strategy) {
    try {
      return root.matches(selectorFor(strategy)) && accept(root, strategy, host, false, memo);
    } catch {
      return false;
    }
  }

  return {
    // Could any of the strategies find something in root's subtree? (false: none can, ask no further)
    mayHoldAny(root) {
      return root !== host && root.nodeType === 1 && mayHoldAny(root);
    },
    // Could the strategy find something in root's subtree, root included?
    inside(root, strategy) {
      if (root === host || root.nodeType !== 1 || !passesGate(root, strategy)) return false;
      if (!strategy.text && rootMatches(root, strategy)) return true;
      for (const el of matchesIn(root, strategy, host, false, memo)) if (el) return true;
      return false;
    },
    // Could any named role strategy's element be around node (node included)? One walk up the ancestors for all
    // of them: a feed's container, where its posts come and go, is in none.
    mayBeRenamed(node) {
      if (node.nodeType !== 1 || wanted.namedRoles === "") return false;
      return wanted.namedRoles === null || closestOf(node, wanted.namedRoles) !== null;
    },
    // Could a change at node (content added, removed, hidden) have given the nearest element around it that a
    // named role strategy looks at the wanted name? A name is made of its content. (Text strategies look at
    // the ancestors of the text they read already.)
    around(node, strategy) {
      if (!strategy.role || !strategy.name || node.nodeType !== 1) return false;
      const el = closestOf(node, selectorFor(strategy));
      return el !== null && el !== host && accept(el, strategy, host, false, memo);
    },
  };
}

// One evaluation pass: finds are cached so a target named by several conditions is looked up once, and a strategy
// that several targets share is asked once.
// carried: answers of the previous pass that the page's changes since cannot have altered (strategy key → the
// element it found, or null; relevance.js decides what is kept). A carried element is taken only if the strategy
// still finds it (in the page, visible, matching); a carried "nothing" only while no open shadow root is known
// (changes there make no mutation records, so nothing would have said the answer changed).
export function createPass(host, carried = null) {
  const cache = new Map();
  const answers = new Map();
  const memo = createMemo();
  let shadowRoots = null;

  function collectShadowRoots() {
    if (!shadowRoots) shadowRoots = knownShadowRoots(host);
    return shadowRoots;
  }

  function scopes(strategy) {
    const roots = [document];
    if (!strategy.within) return roots;
    for (const el of candidatesIn(document, strategy.within, memo)) {
      if (memoVisible(el, memo)) return [el];
    }
    return [];
  }

  function* matchesOf(strategy) {
    for (const root of scopes(strategy)) yield* matchesIn(root, strategy, host, true, memo);
    if (strategy.within) return;
    for (const root of collectShadowRoots()) yield* matchesIn(root, strategy, host, true, memo);
  }

  function findStrategy(strategy) {
    for (const el of matchesOf(strategy)) return el;
    return null;
  }

  // A carried element must still be one the strategy finds (attributes the observer does not follow, such as
  // its label, may have changed); a carried "nothing" holds only while no open shadow root is known.
  function stillValid(found, strategy) {
    if (found === null) return collectShadowRoots().length === 0;
    if (!memoVisible(found, memo)) return false;
    if (strategy.within) {
      const [scope] = scopes(strategy);
      if (!scope || !scope.contains(found)) return false;
    }
    if (strategy.text) {
      return matchesText(textOf(found), strategy.text, strategy.match) && !isExcluded(found, strategy) &&
        inRow(found, strategy, memo);
    }
    try {
      return found.matches(selectorFor(strategy)) && accept(found, strategy, host, true, memo);
    } catch {
      return false;
    }
  }

  // The first visible element the strategy finds: this pass's answer, the previous one if still valid, or a look.
  function answer(strategy) {
    const key = strategyKey(strategy);
    let found = answers.get(key);
    if (found !== undefined) return found;
    found = carried && carried.has(key) ? carried.get(key) : undefined;
    if (found === undefined || !stillValid(found, strategy)) found = findStrategy(strategy);
    answers.set(key, found);
    return found;
  }

  return {
    // The first visible element found by the target's strategies, in order.
    find(target) {
      if (cache.has(target)) return cache.get(target).found;
      let found = null;
      let by = target.length - 1;
      for (const [index, strategy] of target.entries()) {
        found = answer(strategy);
        if (found) {
          by = index;
          break;
        }
      }
      cache.set(target, { found, by });
      return found;
    },
    // Every strategy this pass asked, by key, with what it found (null: nothing): what the next pass may carry.
    answers() {
      return answers;
    },
    // What this pass read: the strategies whose answer counts (for a found target, the one that found it and the
    // stronger ones before it, whose element would replace it; for a missing one, all) and every element found.
    // A later page change that touches neither cannot change what the pass would answer.
    // Strategies are kept once by what they say: guides repeat the same strategy in several targets and
    // conditions (the setting's control is the target of one step and the `complete` of another).
    watch() {
      const strategies = new Map();
      const elements = [];
      for (const [target, { found, by }] of cache) {
        for (const strategy of target.slice(0, by + 1)) strategies.set(strategyKey(strategy), strategy);
        if (found && !elements.includes(found)) elements.push(found);
      }
      return { strategies: [...strategies.values()], elements };
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
