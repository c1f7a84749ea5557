// The one message schema: the only messages any part of the extension accepts. Content scripts send "status";
// the popup sends "open-setting"; nothing else is listened to.
import { api } from "./browser.js";

const GUIDE_ID = /^[a-z][a-z0-9-]{0,31}$/;
const STATUSES = ["prompt", "searching", "guiding", "target-missing", "done", "dismissed"];

const isGuideId = (value) => typeof value === "string" && GUIDE_ID.test(value);

const MESSAGE_SHAPES = {
  status: (m) => isGuideId(m.guide) && STATUSES.includes(m.status) && [null, "on", "off"].includes(m.observed ?? null),
  "open-setting": (m) => isGuideId(m.guide),
};

export function isValidMessage(msg) {
  if (!msg || typeof msg !== "object" || typeof msg.type !== "string") return false;
  const check = MESSAGE_SHAPES[msg.type];
  return Boolean(check && check(msg));
}

// Only the extension's own pages and content scripts may talk to it.
export function isFromExtension(sender) {
  return Boolean(sender) && sender.id === api.runtime.id;
}
