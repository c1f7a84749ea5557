// Start-up: one engine per page, and the only message the content script accepts (the popup's "start").
if (!globalThis.__optoutGuideLoaded) {
  globalThis.__optoutGuideLoaded = true;
  const engine = createEngine();
  engine.boot();
  api.runtime.onMessage.addListener((msg, sender) => {
    if (!sender || sender.id !== api.runtime.id) return;
    if (msg && msg.type === "start" && msg.guide === GUIDE.id) engine.start();
  });
}
