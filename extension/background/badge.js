// The toolbar badge for a tab: "!" while the site's opt-out is not done, "✓" once it is.
import { api } from "../common/browser.js";
const BADGE = {
  todo: { text: "!", color: "#b45309", title: "badge_todo" },
  done: { text: "✓", color: "#15803d", title: "badge_done" },
};

export function setBadge(tabId, kind, guideName) {
  const badge = BADGE[kind];
  const ignore = () => {};
  if (!badge) {
    api.action.setBadgeText({ tabId, text: "" }).catch(ignore);
    api.action.setTitle({ tabId, title: api.i18n.getMessage("extension_name") }).catch(ignore);
    return;
  }
  api.action.setBadgeText({ tabId, text: badge.text }).catch(ignore);
  api.action.setBadgeBackgroundColor({ tabId, color: badge.color }).catch(ignore);
  api.action.setTitle({ tabId, title: api.i18n.getMessage(badge.title, [guideName]) }).catch(ignore);
}

export function badgeKind(observed) {
  return observed === "off" ? "done" : "todo";
}
