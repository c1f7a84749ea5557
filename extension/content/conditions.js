// Conditions of the guide format (docs/architecture.md): url, element, checked, expanded, selected, name_ends;
// and what they say about the page: which step applies, and whether the setting reads off or on.
import { accessibleName, textOf } from "./finder.js";
import { STATE_KEYS } from "./guide-rules.js";
import { matchesText } from "./normalize.js";
import { urlMatchesAny } from "./urls.js";

export function isDisabled(el) {
  return el.disabled === true || el.getAttribute("aria-disabled") === "true";
}

// true / false, or null when the element carries no state at all.
export function isChecked(el) {
  if (el.tagName === "INPUT" && (el.type === "checkbox" || el.type === "radio")) return el.checked;
  const aria = el.getAttribute("aria-checked");
  if (aria !== null) return aria === "true";
  const state = el.getAttribute("data-state");
  if (state === "checked" || state === "on") return true;
  if (state === "unchecked" || state === "off") return false;
  return null;
}


export function conditionHolds(cond, pass, ownTarget) {
  if (cond.url && !urlMatchesAny(cond.url)) return false;
  if (cond.no_element && pass.find(cond.no_element)) return false;
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
  if ("disabled" in cond && isDisabled(el) !== cond.disabled) return false;
  if (cond.name_ends && !matchesText(accessibleName(el), cond.name_ends, "ends")) return false;
  if (cond.text_ends && !matchesText(textOf(el), cond.text_ends, "ends")) return false;
  if (cond.all && !cond.all.every((each) => conditionHolds(each, pass, ownTarget))) return false;
  return true;
}

// A list of conditions holds when any one does; an empty list means "always" (when) or "never" (complete).
export function anyHolds(conditions, pass, ownTarget) {
  return conditions.some((cond) => conditionHolds(cond, pass, ownTarget));
}

// What the page shows about the setting: "off", "on", or null when the page does not say (its control is not
// there, or it reads in a way the guide has no word for: never taken as "on").
export function observeSetting(guide, pass) {
  if (anyHolds(guide.opted_out, pass, null)) return "off";
  if (anyHolds(guide.opted_in, pass, null)) return "on";
  return null;
}

// The step the user stands at: the last step whose `when` holds, moved on past completed steps.
export function resolveStep(guide, pass) {
  const steps = guide.steps;
  let index = -1;
  for (let i = steps.length - 1; i >= 0; i--) {
    if (steps[i].host && steps[i].host !== location.hostname) continue; // a step of the guide's other host
    if (!steps[i].when.length || anyHolds(steps[i].when, pass, steps[i].target)) {
      index = i;
      break;
    }
  }
  while (index >= 0 && index < steps.length - 1 && steps[index].complete.length &&
         anyHolds(steps[index].complete, pass, steps[index].target)) {
    index++;
  }
  return index;
}
