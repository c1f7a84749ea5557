// The guides as the build wrote them (data/guides.json), for the popup and the background.
import { api } from "./browser.js";

export async function loadGuides() {
  const response = await fetch(api.runtime.getURL("data/guides.json"));
  return response.json();
}

export function guideForUrl(guides, url) {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== "https:") return null;
    return guides.find((g) => g.hosts.includes(hostname)) || null;
  } catch {
    return null;
  }
}
