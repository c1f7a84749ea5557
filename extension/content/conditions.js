// Conditions of the guide format (docs/architecture.md): url, element, checked, expanded, selected, name_ends.

const patternCache = new Map();

function urlPattern(source) {
  let re = patternCache.get(source);
  if (!re) {
    re = new RegExp(source);
    patternCache.set(source, re);
  }
  return re;
}

function currentUrl() {
  return location.pathname + location.search + location.hash;
}

function urlMatchesAny(patterns) {
  const url = currentUrl();
  return patterns.some((p) => urlPattern(p).test(url));
}

// true / false, or null when the element carries no state at all.
function isChecked(el) {
  if (el.tagName === "INPUT" && (el.type === "checkbox" || el.type === "radio")) return el.checked;
  const aria = el.getAttribute("aria-checked");
  if (aria !== null) return aria === "true";
  const state = el.getAttribute("data-state");
  if (state === "checked" || state === "on") return true;
  if (state === "unchecked" || state === "off") return false;
  return null;
}

const STATE_KEYS = ["checked", "expanded", "selected", "name_ends"];

function conditionHolds(cond, pass, ownTarget) {
  if (cond.url && !urlMatchesAny(cond.url)) return false;
  let el = null;
  if (cond.element) {
    el = pass.find(cond.element);
    if (!el) return false;
  } else if (STATE_KEYS.some((k) => k in cond)) {
    el = ownTarget ? pass.find(ownTarget) : null;
    if (!el) return false;
  }
  if ("checked" in cond && isChecked(el) !== cond.checked) return false;
  if ("expanded" in cond && (el.getAttribute("aria-expanded") === "true") !== cond.expanded) return false;
  if ("selected" in cond && (el.getAttribute("aria-selected") === "true") !== cond.selected) return false;
  if (cond.name_ends && !matchesText(accessibleName(el), cond.name_ends, "ends")) return false;
  return true;
}

// A list of conditions holds when any one does; an empty list means "always" (when) or "never" (complete).
function anyHolds(conditions, pass, ownTarget) {
  return conditions.some((cond) => conditionHolds(cond, pass, ownTarget));
}

// What the page shows about the setting: "off", "on", or null when the page does not say (its control is not
// there, or it reads in a way the guide has no word for: never taken as "on").
function observeSetting(pass) {
  if (anyHolds(GUIDE.opted_out, pass, null)) return "off";
  if (anyHolds(GUIDE.opted_in, pass, null)) return "on";
  return null;
}
