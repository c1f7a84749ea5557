// The one message schema shared by content scripts, popup and background.
const GUIDE_ID = /^[a-z][a-z0-9-]{0,31}$/;
const STATUSES = ["prompt", "searching", "guiding", "target-missing", "done", "dismissed"];

const MESSAGE_SHAPES = {
  status: (m) => GUIDE_ID.test(m.guide) && STATUSES.includes(m.status) && [null, "on", "off"].includes(m.observed ?? null),
  start: (m) => GUIDE_ID.test(m.guide),
  "open-setting": (m) => GUIDE_ID.test(m.guide),
};

function isValidMessage(msg) {
  if (!msg || typeof msg !== "object" || typeof msg.type !== "string") return false;
  const check = MESSAGE_SHAPES[msg.type];
  return Boolean(check && check(msg));
}

// Only the extension's own pages and content scripts may talk to it.
function isFromExtension(sender) {
  return Boolean(sender) && sender.id === api.runtime.id;
}

function storageKey(guideId) {
  return "guide:" + guideId;
}

async function loadGuides() {
  const response = await fetch(api.runtime.getURL("data/guides.json"));
  return response.json();
}

function guideForUrl(guides, url) {
  try {
    const { protocol, hostname } = new URL(url);
    if (protocol !== "https:") return null;
    return guides.find((g) => g.hosts.includes(hostname)) || null;
  } catch {
    return null;
  }
}
