// Single-page navigations are invisible to content scripts: a page's own history.pushState runs in its world,
// and content scripts are not injected again. Notice them by every cheap signal there is.
export function watchUrl(onChange) {
  let last = location.href;
  const check = () => {
    if (location.href === last) return false;
    last = location.href;
    onChange();
    return true;
  };
  const listeners = [
    [window, "popstate"],
    [window, "hashchange"],
  ];
  if (globalThis.navigation && typeof navigation.addEventListener === "function") {
    listeners.push([navigation, "currententrychange"]);
  }
  for (const [target, type] of listeners) target.addEventListener(type, check, true);
  return {
    check,
    stop() {
      for (const [target, type] of listeners) target.removeEventListener(type, check, true);
    },
  };
}
