// Background: badge per tab and opening a setting with its guide started. Keeps no state in memory
// (the Chrome service worker may stop at any time); everything lives in storage.local.
import { api } from "../common/browser.js";
import { guideForUrl, loadGuides } from "../common/guides.js";
import { isFromExtension, isValidMessage } from "../common/messages.js";
import { readState, startGuide } from "../common/storage.js";
import { badgeKind, setBadge } from "./badge.js";

api.runtime.onMessage.addListener((msg, sender) => {
  if (!isFromExtension(sender) || !isValidMessage(msg)) return undefined;
  if (msg.type === "status" && sender.tab) {
    loadGuides().then((guides) => {
      const guide = guides.find((g) => g.id === msg.guide);
      if (guide) setBadge(sender.tab.id, badgeKind(msg.observed), guide.name);
    }).catch(() => {});
    return undefined;
  }
  if (msg.type === "open-setting") {
    // The popup waits for this before it closes.
    return openSetting(msg.guide).catch(() => {});
  }
  return undefined;
});

async function openSetting(guideId) {
  const guides = await loadGuides();
  const guide = guides.find((g) => g.id === guideId);
  if (!guide) return;
  await startGuide(guideId);
  await api.tabs.create({ url: guide.setting.url });
}

// Switching tabs: show the badge from what was last observed for that site.
api.tabs.onActivated.addListener(({ tabId }) => {
  api.tabs.get(tabId).then(async (tab) => {
    const guide = guideForUrl(await loadGuides(), tab.url || "");
    if (!guide) return setBadge(tabId, null);
    const state = await readState(guide.id);
    setBadge(tabId, badgeKind(state.observed), guide.name);
  }).catch(() => {});
});
