// The only state the extension keeps: per guide, in storage.local under "guide:<id>". Content scripts, popup and
// background all read and write it through this module.
import { api } from "./browser.js";

export const EMPTY_STATE = Object.freeze({ started: false, dismissed: false, observed: null, observedAt: null });

export function storageKey(guideId) {
  return "guide:" + guideId;
}

export async function readStates(guideIds) {
  const data = await api.storage.local.get(guideIds.map(storageKey));
  return Object.fromEntries(guideIds.map((id) => [id, { ...EMPTY_STATE, ...(data[storageKey(id)] || {}) }]));
}

export async function readState(guideId) {
  return (await readStates([guideId]))[guideId];
}

export function writeState(guideId, state) {
  return api.storage.local.set({ [storageKey(guideId)]: { ...EMPTY_STATE, ...state } });
}

// Started from the popup: every open tab of that site picks it up from the storage change.
export async function startGuide(guideId) {
  await writeState(guideId, { ...(await readState(guideId)), started: true, dismissed: false });
}

export function onStateChange(guideId, listener) {
  const key = storageKey(guideId);
  api.storage.onChanged.addListener((changes, area) => {
    if (area === "local" && key in changes) listener({ ...EMPTY_STATE, ...(changes[key].newValue || {}) });
  });
}

export function forgetAll() {
  return api.storage.local.clear();
}
