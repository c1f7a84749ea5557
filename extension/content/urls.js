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
