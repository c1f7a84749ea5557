// The one message schema shared by content scripts, popup and background.
const GUIDE_ID = /^[a-z][a-z0-9-]{0,31}$/;
const STATUSES = ["prompt", "searching", "guiding", "target-missing", "done", "dismissed"];

const isGuideId = (value) => typeof value === "string" && GUIDE_ID.test(value);

const MESSAGE_SHAPES = {
  status: (m) => isGuideId(m.guide) && STATUSES.includes(m.status) && [null, "on", "off"].includes(m.observed ?? null),
  start: (m) => isGuideId(m.guide),
  "open-setting": (m) => isGuideId(m.guide),
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
