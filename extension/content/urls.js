// URL patterns of the guide format: regular expressions matched, with search semantics, against the page's
// path + query + fragment (so "#settings/..." matches a fragment).

const patternCache = new Map();

export function urlPattern(source) {
  let re = patternCache.get(source);
  if (!re) {
    re = new RegExp(source);
    patternCache.set(source, re);
  }
  return re;
}

export function currentUrl() {
  return location.pathname + location.search + location.hash;
}

export function urlMatchesAny(patterns) {
  const url = currentUrl();
  return patterns.some((p) => urlPattern(p).test(url));
}

// A root-relative href of plain characters (no dot segments, nothing a URL parser would encode, no fragment)
// resolves to itself: feeds are full of them, and resolving each through URL is costly in a content script.
const PLAIN_PATH = /^\/(?![/\\])[A-Za-z0-9\-_~!$&()*+,;=:@/]*(?:\?[A-Za-z0-9\-_~!$&()*+,;=:@/?.%]+)?$/;

// A link's href as the finder compares it once resolved: path, query and fragment ("" when it does not parse, as
// an anchor with such an href reports).
export function linkPath(href, base) {
  if (PLAIN_PATH.test(href)) return href;
  try {
    const url = new URL(href, base);
    return url.pathname + url.search + url.hash;
  } catch {
    return "";
  }
}

// Pieces of letters, digits, "_" and "-" of which every string the pattern matches holds one (null: no piece of
// three characters or more is sure). A reader of the guide format's common regex subset (literals, escapes,
// classes, groups, alternations, quantifiers): a construct it does not know ends a piece.
export function requiredPieces(source) {
  let at = 0;
  const QUANTIFIER = /^(\?|\*|\+|\{\d*(,\d*)?\})\??/;
  const optional = (q) => q[0] === "?" || q[0] === "*" || /^\{0/.test(q) || /^\{,/.test(q);

  // Alternatives until ")" or the end: each must give a piece; all are kept.
  function alternation() {
    const all = [];
    let ok = true;
    for (;;) {
      const found = sequence();
      if (found) all.push(...found);
      else ok = false;
      if (source[at] !== "|") break;
      at++;
    }
    return ok && all.length ? [...new Set(all)] : null;
  }

  // The best factor of a sequence: the set of pieces whose shortest is longest.
  function sequence() {
    const factors = [];
    let run = "";
    const endRun = () => {
      if (run) factors.push([run]);
      run = "";
    };
    while (at < source.length && source[at] !== "|" && source[at] !== ")") {
      const ch = source[at];
      let atom = null; // a literal character, or null for anything else
      let group = null;
      if (ch === "\\") {
        const next = source[at + 1] || "";
        atom = /[-_]/.test(next) ? next : /[A-Za-z0-9]/.test(next) ? null : "";
        // \uXXXX, \xXX, \cX, a backreference: no literal of their own to read on
        const skip = { u: 4, x: 2, c: 1 }[next] || 0;
        at += 2 + skip;
        if (/[1-9]/.test(next)) while (/[0-9]/.test(source[at] || "")) at++;
      } else if (ch === "[") {
        at++;
        while (at < source.length && source[at] !== "]") at += source[at] === "\\" ? 2 : 1;
        at++;
      } else if (ch === "(") {
        at++;
        const look = /^\?(=|!|<=|<!)/.exec(source.slice(at));
        if (source.startsWith("?:", at)) at += 2;
        else if (look) at += look[0].length;
        group = alternation();
        if (look) group = null;
        at++; // ")"
      } else {
        atom = /[A-Za-z0-9_-]/.test(ch) ? ch : "";
        at++;
      }
      const q = QUANTIFIER.exec(source.slice(at));
      if (q) at += q[0].length;
      if (atom && !q) run += atom;
      else {
        // A repeated or optional atom ends the run; a required group's pieces are a factor of their own.
        if (atom && !optional(q[0])) run += atom;
        endRun();
        if (group && !(q && optional(q[0]))) factors.push(group);
      }
    }
    endRun();
    let best = null;
    for (const factor of factors) {
      const shortest = Math.min(...factor.map((piece) => piece.length));
      if (shortest >= 3 && (!best || shortest > best.shortest)) best = { factor, shortest };
    }
    return best ? best.factor : null;
  }

  try {
    const pieces = alternation();
    return at >= source.length ? pieces : null;
  } catch {
    return null;
  }
}
