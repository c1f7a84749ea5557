// Single-page navigations are invisible to content scripts: a page's own history.pushState runs in its world,
// and content scripts are not injected again. Notice them by every cheap signal there is.
// The address is read as document.URL, not location.href: without the Navigation API the check runs on every
// batch of page changes, and in Firefox a read through the page's Location object took about twice as long (the
// benchmark's profiled feed).

// Where the Navigation API exists it reports every same-document navigation (history.pushState and replaceState,
// a new hash, Back): no other sign is needed. Without it (older browsers), a batch of page changes is the only
// sign of a pushState, so the engine keeps watching the whole page and checks the address on each batch.
export const NAVIGATIONS_REPORTED = Boolean(globalThis.navigation && typeof navigation.addEventListener === "function");

export function watchUrl(onChange) {
  let last = document.URL;
  const check = () => {
    const now = document.URL;
    if (now === last) return false;
    last = now;
    onChange();
    return true;
  };
  const listeners = [
    [window, "popstate"],
    [window, "hashchange"],
  ];
  if (NAVIGATIONS_REPORTED) listeners.push([navigation, "currententrychange"]);
  for (const [target, type] of listeners) target.addEventListener(type, check, true);
  return {
    check,
    // A batch of page changes: a sign of a new address only where navigations are not reported.
    pageChanged: () => !NAVIGATIONS_REPORTED && check(),
    stop() {
      for (const [target, type] of listeners) target.removeEventListener(type, check, true);
    },
  };
}
