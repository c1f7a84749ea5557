// Background: badge per tab and opening a setting with its guide started. Keeps no state in memory
// (the Chrome service worker may stop at any time); everything lives in storage.local.

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
    return openSetting(msg.guide).then(() => ({ ok: true }), () => ({ ok: false }));
  }
  return undefined;
});

async function openSetting(guideId) {
  const guides = await loadGuides();
  const guide = guides.find((g) => g.id === guideId);
  if (!guide) return;
  const key = storageKey(guideId);
  const current = (await api.storage.local.get(key))[key] || {};
  await api.storage.local.set({ [key]: { observed: null, observedAt: null, ...current, started: true, dismissed: false } });
  await api.tabs.create({ url: guide.setting.url });
}

// Switching tabs: show the badge from what was last observed for that site.
api.tabs.onActivated.addListener(({ tabId }) => {
  api.tabs.get(tabId).then(async (tab) => {
    const guide = guideForUrl(await loadGuides(), tab.url || "");
    if (!guide) return setBadge(tabId, null);
    const key = storageKey(guide.id);
    const state = (await api.storage.local.get(key))[key] || {};
    setBadge(tabId, badgeKind(state.observed), guide.name);
  }).catch(() => {});
});
