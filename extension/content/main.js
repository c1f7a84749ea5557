// Start-up: one engine per page. The content script accepts no messages: the popup starts a guide through storage.
import { createEngine } from "./engine.js";

if (!globalThis.__optoutGuideLoaded) {
  globalThis.__optoutGuideLoaded = true;
  createEngine().boot();
}
