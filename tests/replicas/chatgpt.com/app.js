// ChatGPT replica, after shared/research/chatgpt-x.md. Two UI generations:
//  - legacy (default): Radix-like profile menu opening on pointerdown, settings dialog routed by #settings/<Tab>,
//    tabs activating on mousedown, stable data-testids;
//  - shell=new: settings at /settings/<section> as a page, almost no data-testids.
const { el, tr, state, saveState, navigate, onRoute, later, variant } = Replica;
const NEW_SHELL = variant.shell === "new";

const L = {
  openProfile: { en: "Open profile menu", de: "Profilmenü öffnen", fr: "Ouvrir le menu du profil", es: "Abrir menú de perfil", it: "Apri il menu del profilo", nl: "Profielmenu openen" },
  settings: { en: "Settings", de: "Einstellungen", fr: "Paramètres", es: "Configuración", it: "Impostazioni", nl: "Instellingen" },
  help: { en: "Help", de: "Hilfe", fr: "Aide", es: "Ayuda", it: "Aiuto", nl: "Help" },
  logout: { en: "Log out", de: "Abmelden", fr: "Se déconnecter", es: "Cerrar sesión", it: "Esci", nl: "Uitloggen" },
  general: { en: "General", de: "Allgemein", fr: "Général", es: "General", it: "Generale", nl: "Algemeen" },
  personalization: { en: "Personalization", de: "Personalisierung", fr: "Personnalisation", es: "Personalización", it: "Personalizzazione", nl: "Personalisatie" },
  dataControls: { en: "Data controls", de: "Datenkontrollen", fr: "Contrôles des données", es: "Controles de datos", it: "Controlli dei dati", nl: "Gegevensbeheer" },
  improve: { en: "Improve the model for everyone", de: "Das Modell für alle verbessern", fr: "Améliorer le modèle pour tous", es: "Mejorar el modelo para todos", it: "Migliora il modello per tutti", nl: "Het model voor iedereen verbeteren" },
  on: { en: "On", de: "An", fr: "Activé", es: "Activado", it: "Attivato", nl: "Aan" },
  off: { en: "Off", de: "Aus", fr: "Désactivé", es: "Desactivado", it: "Disattivato", nl: "Uit" },
  modelImprovement: { en: "Model improvement", de: "Modellverbesserung", fr: "Amélioration du modèle", es: "Mejora de modelo", it: "Miglioramento del modello", nl: "Modelverbetering" },
  done: { en: "Done", de: "Fertig", fr: "OK", es: "Listo", it: "Fine", nl: "Gereed" },
  archive: { en: "Archived chats", de: "Archivierte Chats", fr: "Discussions archivées", es: "Chats archivados", it: "Chat archiviate", nl: "Gearchiveerde chats" },
  close: { en: "Close", de: "Schließen", fr: "Fermer", es: "Cerrar", it: "Chiudi", nl: "Sluiten" },
  ask: { en: "Ask anything", de: "Frag einfach", fr: "Posez une question", es: "Pregunta lo que quieras", it: "Chiedi qualsiasi cosa", nl: "Vraag maar raak" },
};
const TABS = [["General", L.general, "general"], ["Personalization", L.personalization, "personalization"], ["DataControls", L.dataControls, "data-controls"]];

if (!("training" in state)) {
  state.training = !variant.optedout;
  saveState();
}
const app = document.getElementById("app");
const portal = document.getElementById("portal");

function closeMenu() {
  portal.querySelector("[role=menu]")?.remove();
  document.querySelector("[data-profile]")?.setAttribute("aria-expanded", "false");
}

function openMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  const settingsItem = NEW_SHELL
    ? el("a", { role: "menuitem", href: "/settings/general-settings", "data-spa": "", on: { click: closeMenu } }, tr(L.settings))
    : el("div", { role: "menuitem", tabindex: "-1", "data-testid": "settings-menu-item", on: { click: () => { closeMenu(); location.hash = "#settings/General"; } } }, tr(L.settings));
  portal.append(el("div", { role: "menu", class: "menu", "aria-orientation": "vertical" },
    settingsItem,
    el("div", { role: "menuitem" }, tr(L.help)),
    el("div", { role: "menuitem" }, tr(L.logout))));
}

function sidebar() {
  const attrs = NEW_SHELL
    ? { class: "profile", "aria-label": tr(L.openProfile), "aria-haspopup": "menu", "aria-expanded": "false", "data-profile": "" }
    : { class: "profile", role: "button", tabindex: "0", "data-testid": "accounts-profile-button",
        "aria-label": `Ada Plus, ${tr(L.openProfile).toLowerCase()}`, "aria-haspopup": "menu", "aria-expanded": "false", "data-profile": "" };
  const button = el(NEW_SHELL ? "button" : "div", attrs, el("span", { class: "truncate" }, "Ada Lovelace"));
  // Radix menus open on pointerdown, not click.
  button.addEventListener("pointerdown", (e) => { if (e.button === 0) openMenu(button); });
  button.addEventListener("keydown", (e) => { if (e.key === "Enter") openMenu(button); });
  return el("aside", { id: "stage-slideover-sidebar" }, el("nav", {}, el("a", { href: "/", "data-spa": "" }, "New chat")), button);
}

function improveRow(onOpen) {
  const attrs = { type: "button", class: "rowbtn", on: { click: onOpen } };
  if (!NEW_SHELL) attrs["data-testid"] = "improve-model-open-modal-button";
  return el("button", attrs, el("div", { class: "ps-3" }, tr(L.improve)), el("div", {}, tr(state.training ? L.on : L.off)));
}

function openImproveDialog() {
  const label = el("span", { id: "improve-label" }, tr(L.improve));
  const attrs = { type: "button", role: "switch", "aria-checked": String(state.training), "aria-labelledby": "improve-label",
    "data-state": state.training ? "checked" : "unchecked" };
  if (!NEW_SHELL) attrs["data-testid"] = "improve-model-toggle";
  const toggle = el("button", attrs);
  toggle.addEventListener("click", () => {
    state.training = !state.training;
    saveState();
    toggle.setAttribute("aria-checked", String(state.training));
    toggle.setAttribute("data-state", state.training ? "checked" : "unchecked");
    renderRows();
  });
  const close = () => wrapper.remove();
  const wrapper = el("div", { class: "overlay", "data-sub": "" },
    el("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": "improve-title", class: "small" },
      el("h2", { id: "improve-title" }, tr(L.modelImprovement)),
      el("div", { class: "rowbtn" }, label, toggle),
      el("p", {}, "Allow your content to be used to train our models, which makes ChatGPT better for you and everyone who uses it. We take steps to protect your privacy."),
      el("button", { type: "button", on: { click: close } }, tr(L.done))));
  portal.append(wrapper);
}

let renderRows = () => {};

function dataControlsPanel() {
  const holder = el("div", {});
  renderRows = () => holder.replaceChildren(improveRow(openImproveDialog), el("button", { type: "button", class: "rowbtn" }, tr(L.archive)));
  renderRows();
  return [el("h2", {}, tr(L.dataControls)), holder];
}

// Legacy: the settings dialog lives in the hash.
function renderDialog() {
  portal.querySelectorAll(".overlay").forEach((n) => n.remove());
  const m = location.hash.match(/^#settings\/(\w+)/);
  if (!m) return;
  const active = TABS.find(([v]) => v === m[1]) ? m[1] : "General";
  const panel = el("div", { class: "panel", role: "tabpanel", "data-state": "active" });
  const tabs = TABS.map(([value, label, slug]) => {
    const tab = el("button", { type: "button", role: "tab", "aria-selected": String(value === active), "data-testid": `${slug}-tab`,
      id: `radix-_r_1_-trigger-${value}` }, tr(label));
    tab.addEventListener("mousedown", () => { history.replaceState(null, "", `#settings/${value}`); renderDialog(); });
    return tab;
  });
  const close = el("button", { type: "button", "data-testid": "close-button", "aria-label": tr(L.close),
    on: { click: () => history.pushState(null, "", location.pathname) || renderDialog() } }, "×");
  portal.prepend(el("div", { class: "overlay" },
    el("div", { role: "dialog", "aria-modal": "true", class: "dialog" },
      el("div", { role: "tablist", class: "tabs", "aria-orientation": "vertical" }, close, ...tabs), panel)));
  later(panel, () => (active === "DataControls" ? dataControlsPanel() : [el("h2", {}, tr(TABS.find(([v]) => v === active)[1]))]));
}

function chatPage() {
  app.replaceChildren(el("div", { class: "shell" }, sidebar(), el("main", { class: "chat" }, el("h1", {}, "ChatGPT"), el("textarea", { placeholder: tr(L.ask) }))));
}

// New shell: settings as routed pages.
function settingsPage(section) {
  const content = el("section", {});
  app.replaceChildren(el("div", { class: "shell" }, sidebar(), el("main", { class: "settingsPage" },
    el("nav", { "aria-label": tr(L.settings) }, ...TABS.map(([, label, slug]) =>
      el("a", { href: `/settings/${slug === "general" ? "general-settings" : slug}`, "data-spa": "",
        "aria-current": section === slug ? "page" : null }, tr(label)))),
    content)));
  later(content, () => (section === "data-controls" ? dataControlsPanel() : [el("h2", {}, tr(L.general))]));
}

onRoute(() => {
  closeMenu();
  if (NEW_SHELL && location.pathname.startsWith("/settings/")) {
    portal.replaceChildren();
    const section = location.pathname.split("/")[2];
    return settingsPage(section === "general-settings" ? "general" : section);
  }
  chatPage();
  renderDialog();
});
addEventListener("hashchange", renderDialog);
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  const sub = portal.querySelector("[data-sub]");
  if (sub) return sub.remove();
  if (location.hash.startsWith("#settings")) {
    history.pushState(null, "", location.pathname);
    renderDialog();
  }
});
document.addEventListener("pointerdown", (e) => {
  if (!e.target.closest("[role=menu]") && !e.target.closest("[data-profile]")) closeMenu();
});
