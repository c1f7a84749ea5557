// ChatGPT replica, after docs/evidence.md. Two UI generations:
//  - legacy (default): Radix-like profile menu opening on pointerdown, settings dialog routed by #settings/<Tab>,
//    tabs activating on mousedown, stable data-testids;
//  - shell=new: settings as pages at /settings/<section>, labels as localized aria-labels, almost no data-testids;
//    the old #settings/<Tab> links are redirected to those paths.
// Test registry keys: profile, settings-item, data-controls, improve-row, improve-switch, done.
const { el, tr, state, saveState, navigate, redirect, onRoute, later, variant, lang } = Replica;
const NEW_SHELL = variant.shell === "new";
document.documentElement.lang = { en: "en-US", de: "de-DE", fr: "fr-FR", es: "es-ES", it: "it-IT", nl: "nl-NL" }[lang];

// Labels marked (?) are unknown in the research: plausible translations.
const L = {
  openProfile: { en: "Open profile menu", de: "Profilmenü öffnen", fr: "Ouvrir le menu du profil", es: "Abrir menú de perfil", it: "Apri il menu del profilo", nl: "Profielmenu openen" }, // non-en (?)
  newChat: { en: "New chat", de: "Neuer Chat", fr: "Nouveau chat", es: "Nuevo chat", it: "Nuova chat", nl: "Nieuwe chat" },
  searchChats: { en: "Search chats", de: "Chats durchsuchen", fr: "Rechercher des chats", es: "Buscar chats", it: "Cerca chat", nl: "Chats zoeken" },
  library: { en: "Library", de: "Bibliothek", fr: "Bibliothèque", es: "Biblioteca", it: "Libreria", nl: "Bibliotheek" },
  upgrade: { en: "Upgrade plan", de: "Plan upgraden", fr: "Passer à un forfait supérieur", es: "Mejorar plan", it: "Esegui l’upgrade del piano", nl: "Abonnement upgraden" },
  settings: { en: "Settings", de: "Einstellungen", fr: "Paramètres", es: "Configuración", it: "Impostazioni", nl: "Instellingen" },
  help: { en: "Help", de: "Hilfe", fr: "Aide", es: "Ayuda", it: "Aiuto", nl: "Help" },
  logout: { en: "Log out", de: "Abmelden", fr: "Se déconnecter", es: "Cerrar sesión", it: "Esci", nl: "Uitloggen" },
  general: { en: "General", de: "Allgemein", fr: "Général", es: "General", it: "Generale", nl: "Algemeen" },
  notifications: { en: "Notifications", de: "Benachrichtigungen", fr: "Notifications", es: "Notificaciones", it: "Notifiche", nl: "Meldingen" },
  personalization: { en: "Personalization", de: "Personalisierung", fr: "Personnalisation", es: "Personalización", it: "Personalizzazione", nl: "Personalisatie" },
  apps: { en: "Apps", de: "Apps", fr: "Applications", es: "Aplicaciones", it: "App", nl: "Apps" },
  schedules: { en: "Schedules", de: "Zeitpläne", fr: "Planifications", es: "Programaciones", it: "Pianificazioni", nl: "Planningen" },
  // fr and it conflicting in the research; nl single source
  dataControls: { en: "Data controls", de: "Datenkontrollen", fr: "Contrôles des données", es: "Controles de datos", it: "Controlli dei dati", nl: "Gegevensbeheer" },
  security: { en: "Security", de: "Sicherheit", fr: "Sécurité", es: "Seguridad", it: "Sicurezza", nl: "Beveiliging" },
  account: { en: "Account", de: "Konto", fr: "Compte", es: "Cuenta", it: "Account", nl: "Account" },
  improve: { en: "Improve the model for everyone", de: "Das Modell für alle verbessern", fr: "Améliorer le modèle pour tous", es: "Mejorar el modelo para todos", it: "Migliora il modello per tutti", nl: "Het model voor iedereen verbeteren" },
  on: { en: "On", de: "An", fr: "Activé", es: "Activado", it: "Attivato", nl: "Aan" }, // non-en (?)
  off: { en: "Off", de: "Aus", fr: "Désactivé", es: "Desactivado", it: "Disattivato", nl: "Uit" }, // non-en (?)
  // Only es "Mejora de modelo" is attested; the rest (?)
  modelImprovement: { en: "Model improvement", de: "Modellverbesserung", fr: "Amélioration du modèle", es: "Mejora de modelo", it: "Miglioramento del modello", nl: "Modelverbetering" },
  description: { en: "Allow your content to be used to train our models, which makes ChatGPT better for you and everyone who uses it. We take steps to protect your privacy.",
    de: "Erlaube, dass deine Inhalte zum Trainieren unserer Modelle verwendet werden. So wird ChatGPT für dich und alle anderen besser.",
    fr: "Autorisez l’utilisation de votre contenu pour entraîner nos modèles, afin d’améliorer ChatGPT pour vous et pour tous.",
    es: "Permite que tu contenido se use para entrenar nuestros modelos, lo que mejora ChatGPT para ti y para todos.",
    it: "Consenti che i tuoi contenuti vengano usati per addestrare i nostri modelli e migliorare ChatGPT per te e per tutti.",
    nl: "Sta toe dat je content wordt gebruikt om onze modellen te trainen, zodat ChatGPT beter wordt voor jou en iedereen." },
  done: { en: "Done", de: "Fertig", fr: "OK", es: "Listo", it: "Fine", nl: "Gereed" }, // only es attested (?)
  location: { en: "Location", de: "Standort", fr: "Localisation", es: "Ubicación", it: "Posizione", nl: "Locatie" },
  shared: { en: "Shared links", de: "Geteilte Links", fr: "Liens partagés", es: "Enlaces compartidos", it: "Link condivisi", nl: "Gedeelde links" },
  archived: { en: "Archived chats", de: "Archivierte Chats", fr: "Discussions archivées", es: "Chats archivados", it: "Chat archiviate", nl: "Gearchiveerde chats" },
  manage: { en: "Manage", de: "Verwalten", fr: "Gérer", es: "Gestionar", it: "Gestisci", nl: "Beheren" },
  archiveAll: { en: "Archive all chats", de: "Alle Chats archivieren", fr: "Archiver toutes les discussions", es: "Archivar todos los chats", it: "Archivia tutte le chat", nl: "Alle chats archiveren" },
  deleteAll: { en: "Delete all chats", de: "Alle Chats löschen", fr: "Supprimer toutes les discussions", es: "Eliminar todos los chats", it: "Elimina tutte le chat", nl: "Alle chats verwijderen" },
  exportData: { en: "Export data", de: "Daten exportieren", fr: "Exporter les données", es: "Exportar datos", it: "Esporta dati", nl: "Gegevens exporteren" },
  close: { en: "Close", de: "Schließen", fr: "Fermer", es: "Cerrar", it: "Chiudi", nl: "Sluiten" },
  ask: { en: "Ask anything", de: "Frag einfach", fr: "Posez une question", es: "Pregunta lo que quieras", it: "Chiedi qualsiasi cosa", nl: "Vraag maar raak" },
};
// [hash value, label, legacy test id prefix, new-shell path]
const TABS = [
  ["General", L.general, "general", "general-settings"],
  ["Notifications", L.notifications, "notifications", "notifications"],
  ["Personalization", L.personalization, "personalization", "personalization"],
  ["Connectors", L.apps, "connectors", "plugins-settings"],
  ["Schedules", L.schedules, "schedules", "schedules"],
  ["DataControls", L.dataControls, "data-controls", "data-controls"],
  ["Security", L.security, "security", "security"],
  ["Account", L.account, "account", "account"],
];

if (!("training" in state)) {
  state.training = !variant.optedout;
  saveState();
}
const app = document.getElementById("app");
const portal = document.getElementById("portal");

function testid(id) {
  return NEW_SHELL ? null : id;
}

function closeMenu() {
  portal.querySelector("[role=menu]")?.remove();
  Replica.target("profile")?.setAttribute("aria-expanded", "false");
  Replica.target("profile")?.setAttribute("data-state", "closed");
}

function openMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  button.setAttribute("data-state", "open");
  const settingsItem = NEW_SHELL
    ? el("a", { role: "menuitem", href: "/settings/general-settings", spa: true, tabindex: "-1", mark: "settings-item", on: { click: closeMenu } }, tr(L.settings))
    : el("div", { role: "menuitem", tabindex: "-1", "data-testid": "settings-menu-item", mark: "settings-item",
      on: { click: () => { closeMenu(); location.hash = "#settings/General"; } } }, tr(L.settings));
  const rect = button.getBoundingClientRect();
  portal.append(el("div", { "data-radix-popper-content-wrapper": "", style: `position: fixed; left: ${rect.left}px; bottom: ${innerHeight - rect.top + 4}px; z-index: 40` },
    el("div", { role: "menu", "aria-orientation": "vertical", "data-state": "open", class: "popover menu", tabindex: "-1" },
      el("div", { class: "px-3 text-token-text-secondary" }, "ada@example.com"),
      el("div", { role: "menuitem", tabindex: "-1" }, tr(L.upgrade)),
      el("div", { role: "menuitem", tabindex: "-1" }, tr(L.personalization)),
      settingsItem,
      el("div", { role: "separator" }),
      el("div", { role: "menuitem", tabindex: "-1" }, tr(L.help)),
      el("div", { role: "menuitem", tabindex: "-1" }, tr(L.logout)))));
}

function profileButton() {
  const attrs = NEW_SHELL
    ? { type: "button", class: "profile", "aria-label": tr(L.openProfile), "aria-haspopup": "menu", "aria-expanded": "false", "data-state": "closed", mark: "profile" }
    : { class: "profile", role: "button", tabindex: "0", "data-testid": "accounts-profile-button",
        "aria-label": `Ada Lovelace Plus, ${tr(L.openProfile).toLowerCase()}`, "aria-haspopup": "menu", "aria-expanded": "false", "data-state": "closed", mark: "profile" };
  const button = el(NEW_SHELL ? "button" : "div", attrs,
    el("div", { class: "flex min-w-0 items-center gap-2" }, el("span", { class: "avatar" }, "AL"), el("div", { class: "truncate" }, "Ada Lovelace")));
  // Radix menus open on pointerdown, not click; Enter opens them from the keyboard.
  button.addEventListener("pointerdown", (e) => { if (e.button === 0) openMenu(button); });
  button.addEventListener("keydown", (e) => { if (e.key === "Enter") openMenu(button); });
  return button;
}

function sidebar() {
  const history = [["6802a1", "Trip to Lisbon"], ["6802a2", "Regex help"], ["6802a3", "Birthday ideas"]];
  const links = el("nav", { "aria-label": "Chat history" },
    el("a", { href: "/", spa: true, "data-testid": testid("create-new-chat-button") }, tr(L.newChat)),
    el("a", { href: "/search", spa: true }, tr(L.searchChats)),
    el("a", { href: "/library", spa: true }, tr(L.library)),
    el("h2", {}, "Chats"),
    ...history.map(([id, title]) => el("a", { href: `/c/${id}`, spa: true, "data-testid": testid(`history-item-${id}`) }, title)));
  return NEW_SHELL
    ? el("aside", { class: "app-shell-left-panel" }, el("div", { id: "app-shell-sidebar" }, links, profileButton()))
    : el("aside", { id: "stage-slideover-sidebar" }, links, profileButton());
}

function improveRow(onOpen) {
  return el("button", { type: "button", class: "rowbtn", "data-testid": testid("improve-model-open-modal-button"), mark: "improve-row", on: { click: onOpen } },
    el("div", { class: "ps-3" }, tr(L.improve)), el("div", { class: "state" }, tr(state.training ? L.on : L.off)));
}

function plainRow(label, action) {
  return el("div", { class: "row" }, el("div", {}, tr(label)), action ? el("button", { type: "button", class: "btn" }, tr(action)) : null);
}

function openImproveDialog() {
  const toggle = el("button", { type: "button", role: "switch", "aria-checked": String(state.training), "aria-labelledby": "improve-label",
    "data-state": state.training ? "checked" : "unchecked", "data-testid": testid("improve-model-toggle"), mark: "improve-switch" });
  toggle.addEventListener("click", () => {
    state.training = !state.training;
    saveState();
    toggle.setAttribute("aria-checked", String(state.training));
    toggle.setAttribute("data-state", state.training ? "checked" : "unchecked");
    renderRows();
  });
  const close = () => wrapper.remove();
  const wrapper = el("div", { class: "overlay sub" },
    el("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": "improve-title", "data-state": "open", class: "small", tabindex: "-1" },
      el("h2", { id: "improve-title" }, tr(L.modelImprovement)),
      el("div", { class: "row" }, el("span", { id: "improve-label" }, tr(L.improve)), toggle),
      el("p", {}, tr(L.description)),
      el("button", { type: "button", class: "btn", mark: "done", on: { click: close } }, tr(L.done))));
  portal.append(wrapper);
}

let renderRows = () => {};

function dataControlsPanel() {
  const holder = el("div", {});
  renderRows = () => holder.replaceChildren(improveRow(openImproveDialog), plainRow(L.location),
    plainRow(L.shared, L.manage), plainRow(L.archived, L.manage), plainRow(L.archiveAll, L.archiveAll),
    plainRow(L.deleteAll, L.deleteAll), plainRow(L.exportData, L.exportData));
  renderRows();
  return NEW_SHELL ? [el("h1", {}, tr(L.dataControls)), holder] : [holder];
}

function sectionPanel(label) {
  return [el("h1", {}, tr(label)), plainRow(label)];
}

// Legacy: the settings dialog lives in the hash.
function renderDialog() {
  portal.querySelectorAll(".overlay").forEach((n) => n.remove());
  const m = location.hash.match(/^#settings(?:\/(\w+))?/);
  if (!m) return;
  const active = TABS.find(([v]) => v === m[1]) ? m[1] : "General";
  const panel = el("div", { class: "panel", role: "tabpanel", "data-state": "active", id: `radix-_r_1_-content-${active}`,
    "aria-labelledby": `radix-_r_1_-trigger-${active}` });
  const tabs = TABS.map(([value, label, slug]) => {
    const tab = el("button", { type: "button", role: "tab", "aria-selected": String(value === active), "data-state": value === active ? "active" : "inactive",
      "data-testid": `${slug}-tab`, id: `radix-_r_1_-trigger-${value}`, "aria-controls": `radix-_r_1_-content-${value}`, tabindex: value === active ? "0" : "-1",
      mark: value === "DataControls" ? "data-controls" : null },
      el("div", { class: "flex items-center gap-2" }, tr(label)));
    // Radix tabs activate on mousedown.
    tab.addEventListener("mousedown", (e) => {
      if (e.button !== 0 || value === active) return;
      history.replaceState(null, "", `#settings/${value}`);
      renderDialog();
    });
    return tab;
  });
  const close = el("button", { type: "button", "data-testid": "close-button", "aria-label": tr(L.close), on: { click: closeDialog } }, "×");
  portal.prepend(el("div", { class: "overlay" },
    el("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": "settings-title", "data-state": "open", class: "dialog" },
      el("div", { role: "tablist", "aria-orientation": "vertical", class: "tabs" }, close, ...tabs),
      el("div", { class: "content" }, el("h2", { id: "settings-title" }, tr((TABS.find(([v]) => v === active) || TABS[0])[1])), panel))));
  later(panel, () => (active === "DataControls" ? dataControlsPanel() : sectionPanel(TABS.find(([v]) => v === active)[1])), "dialog");
}

function closeDialog() {
  history.pushState(null, "", location.pathname + location.search);
  renderDialog();
}

function chatPage() {
  const main = el("main", { class: "chat" });
  later(main, () => [el("h1", {}, "ChatGPT"), el("div", { id: "prompt-textarea", contenteditable: "true", role: "textbox", "aria-label": tr(L.ask) })]);
  app.replaceChildren(el("div", { class: "shell" }, sidebar(), main));
}

// New shell: settings as routed pages with a section list of plain links.
function settingsPage(path) {
  const current = TABS.find((t) => t[3] === path) || TABS[0];
  const content = el("section", { class: "settings-section" });
  app.replaceChildren(el("div", { class: "shell" }, sidebar(), el("main", { class: "settingsPage" },
    el("nav", { "aria-label": tr(L.settings) }, ...TABS.map(([value, label, , slug]) =>
      el("a", { href: `/settings/${slug}`, spa: true, "aria-current": slug === current[3] ? "page" : null,
        mark: value === "DataControls" ? "data-controls" : null }, tr(label)))),
    content)));
  later(content, () => (current[0] === "DataControls" ? dataControlsPanel() : sectionPanel(current[1])));
}

onRoute(() => {
  closeMenu();
  if (NEW_SHELL) {
    portal.replaceChildren();
    const m = location.hash.match(/^#settings(?:\/(\w+))?/);
    if (m) redirect(`/settings/${(TABS.find(([v]) => v === m[1]) || TABS[0])[3]}`);
    if (location.pathname === "/settings/apps") redirect("/settings/general-settings");
    if (location.pathname.startsWith("/settings/")) return settingsPage(location.pathname.split("/")[2]);
    return chatPage();
  }
  chatPage();
  renderDialog();
});
addEventListener("hashchange", () => (NEW_SHELL ? onRouteAgain() : renderDialog()));
function onRouteAgain() {
  dispatchEvent(new PopStateEvent("popstate"));
}
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  const sub = portal.querySelector(".sub");
  if (sub) return sub.remove();
  if (portal.querySelector("[role=menu]")) return closeMenu();
  if (!NEW_SHELL && location.hash.startsWith("#settings")) closeDialog();
});
document.addEventListener("pointerdown", (e) => {
  const profile = Replica.target("profile");
  if (!e.target.closest("[role=menu]") && !(profile && profile.contains(e.target))) closeMenu();
});
