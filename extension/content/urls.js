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
