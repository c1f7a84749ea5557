// Claude replica (claude.ai), after docs/evidence.md.
// Observed there (2026-09, single source): settings are a dialog ([role="dialog"]) over the chat app, opened by the
// page's own script from the URL fragment #settings/<panel> on any chat path; the privacy panel is
// [data-perf-screen="data-privacy-controls"], its rows [data-settings-row] with React ids that change on every
// render and no data-testid; buttons carry data-cds="Button"; toasts are [data-cds="Toast"] [role="dialog"]; the
// panel's controls arrive ~2.9 s after navigation; <html lang> follows the UI language ("es-419" seen). In the panel:
// the training switch, the coarse-location-metadata switch next to it, then "Export data", then "Manage" buttons.
// Not observed, so chosen here: the switch's markup (button[role=switch] with aria-checked, named by its row's label
// through aria-labelledby), the other panels' fragment names, the sidebar and the profile menu.
// Variants (besides lang, late, optedout, scramble):
//   labels=old             the 2025 label "Help improve Claude" (fr, es sourced; de shown in English, as in German press)
//   changed=renamed|removed  the site changed: the training row renamed and reworded, or gone (the location switch stays)
//   tabs=buttons           the settings nav as role=tab buttons without href (default: links to #settings/<panel>)
//   switchname=none        the switches have no accessible name (only their row says what they are)
//   order=location-first   the location row above the training row (their real order is unknown)
// Test registry keys: profile, settings-item, general-tab, privacy-tab, close, training-row, training-switch,
//   location-row, location-switch, export.
// The old address /settings/data-privacy-controls shows a "not found" page (as the research saw it).
const { el, tr, state, saveState, redirect, onRoute, variant, lang } = Replica;
document.documentElement.lang = { en: "en-US", de: "de-DE", fr: "fr-FR", es: "es-419", it: "it-IT", nl: "nl-NL" }[lang];

const OLD_LABELS = variant.labels === "old";
const CHANGED = variant.changed === "removed" ? "removed" : variant.changed ? "renamed" : null;
const TAB_BUTTONS = variant.tabs === "buttons";
const NAMED_SWITCHES = variant.switchname !== "none";
const LOCATION_FIRST = variant.order === "location-first";

// A label marked "unknown" is unknown in the research for that language: a plausible made-up translation.
const L = {
  newChat: { en: "New chat", de: "Neuer Chat", fr: "Nouvelle conversation", es: "Nuevo chat", it: "Nuova chat", nl: "Nieuwe chat" }, // non-en unknown in the research
  chats: { en: "Chats", de: "Chats", fr: "Conversations", es: "Chats", it: "Chat", nl: "Chats" }, // non-en unknown in the research
  projects: { en: "Projects", de: "Projekte", fr: "Projets", es: "Proyectos", it: "Progetti", nl: "Projecten" }, // non-en unknown in the research
  recents: { en: "Recents", de: "Zuletzt", fr: "Récents", es: "Recientes", it: "Recenti", nl: "Recent" }, // non-en unknown in the research
  search: { en: "Search", de: "Suchen", fr: "Rechercher", es: "Buscar", it: "Cerca", nl: "Zoeken" }, // es seen in the app (S); de/fr/it/nl unknown in the research
  send: { en: "Send message", de: "Nachricht senden", fr: "Envoyer le message", es: "Enviar mensaje", it: "Invia messaggio", nl: "Bericht verzenden" }, // es seen in the app (S); de/fr/it/nl unknown in the research
  prompt: { en: "How can I help you today?", de: "Wie kann ich dir heute helfen?", fr: "Comment puis-je vous aider aujourd’hui ?", es: "¿Cómo puedo ayudarte hoy?", it: "Come posso aiutarti oggi?", nl: "Waarmee kan ik je vandaag helpen?" }, // all unknown in the research
  freePlan: { en: "Free plan", de: "Free-Tarif", fr: "Offre Free", es: "Plan Free", it: "Piano Free", nl: "Free-abonnement" }, // non-en unknown in the research
  // Settings: fr C, es S (official help), de inferred in the research; it, nl unknown in the research.
  settings: { en: "Settings", de: "Einstellungen", fr: "Paramètres", es: "Configuración", it: "Impostazioni", nl: "Instellingen" },
  language: { en: "Language", de: "Sprache", fr: "Langue", es: "Idioma", it: "Lingua", nl: "Taal" }, // non-en unknown in the research
  help: { en: "Get help", de: "Hilfe erhalten", fr: "Obtenir de l’aide", es: "Obtener ayuda", it: "Ottieni assistenza", nl: "Hulp krijgen" }, // non-en unknown in the research
  logout: { en: "Log out", de: "Abmelden", fr: "Se déconnecter", es: "Cerrar sesión", it: "Esci", nl: "Uitloggen" }, // non-en unknown in the research
  close: { en: "Close", de: "Schließen", fr: "Fermer", es: "Cerrar", it: "Chiudi", nl: "Sluiten" }, // non-en unknown in the research
  general: { en: "General", de: "Allgemein", fr: "Général", es: "General", it: "Generali", nl: "Algemeen" }, // all unknown in the research
  account: { en: "Account", de: "Konto", fr: "Compte", es: "Cuenta", it: "Account", nl: "Account" }, // non-en unknown in the research
  // Privacy tab: de C, fr C, es S; it, nl unknown in the research.
  privacy: { en: "Privacy", de: "Datenschutz", fr: "Confidentialité", es: "Privacidad", it: "Privacy", nl: "Privacy" },
  billing: { en: "Billing", de: "Abrechnung", fr: "Facturation", es: "Facturación", it: "Fatturazione", nl: "Facturering" }, // non-en unknown in the research
  capabilities: { en: "Capabilities", de: "Funktionen", fr: "Fonctionnalités", es: "Funciones", it: "Funzionalità", nl: "Mogelijkheden" }, // non-en unknown in the research
  connectors: { en: "Connectors", de: "Konnektoren", fr: "Connecteurs", es: "Conectores", it: "Connettori", nl: "Connectoren" }, // non-en unknown in the research
  privacyIntro: { en: "Manage how your data is used.", de: "Verwalte, wie deine Daten verwendet werden.", fr: "Gérez l’utilisation de vos données.", es: "Gestiona cómo se usan tus datos.", it: "Gestisci come vengono usati i tuoi dati.", nl: "Beheer hoe je gegevens worden gebruikt." }, // all unknown in the research
  // 2026 label: en C; every translation unknown in the research.
  training: { en: "Help improve our AI models", de: "Hilf mit, unsere KI-Modelle zu verbessern", fr: "Aidez-nous à améliorer nos modèles d’IA", es: "Ayúdanos a mejorar nuestros modelos de IA", it: "Aiutaci a migliorare i nostri modelli di IA", nl: "Help ons onze AI-modellen te verbeteren" },
  // 2025 label: en C, fr S (kulturegeek), es S (official help); de shown in English in German press; it, nl unknown in the research.
  trainingOld: { en: "Help improve Claude", de: "Help improve Claude", fr: "Aider à améliorer Claude", es: "Ayudar a mejorar Claude", it: "Aiuta a migliorare Claude", nl: "Help Claude verbeteren" },
  // en C (Claude Code notice, a course note copying the panel); translations unknown in the research.
  trainingDesc: { en: "Allow the use of your chats and coding sessions to train and improve Anthropic AI models.",
    de: "Erlaube die Nutzung deiner Chats und Programmiersitzungen, um KI-Modelle von Anthropic zu trainieren und zu verbessern.",
    fr: "Autorisez l’utilisation de vos discussions et sessions de code pour entraîner et améliorer les modèles d’IA d’Anthropic.",
    es: "Permite el uso de tus chats y sesiones de programación para entrenar y mejorar los modelos de IA de Anthropic.",
    it: "Consenti l’uso delle tue chat e sessioni di programmazione per addestrare e migliorare i modelli di IA di Anthropic.",
    nl: "Sta het gebruik van je chats en programmeersessies toe om AI-modellen van Anthropic te trainen en te verbeteren." },
  // The site-changed variant: a new name and wording the guide has never heard of (made up).
  renamed: { en: "Model training", de: "Modelltraining", fr: "Entraînement des modèles", es: "Entrenamiento de modelos", it: "Addestramento dei modelli", nl: "Modeltraining" },
  renamedDesc: { en: "Let Anthropic learn from your conversations to make future models better.", de: "Lass Anthropic aus deinen Unterhaltungen lernen.",
    fr: "Laissez Anthropic apprendre de vos conversations.", es: "Deja que Anthropic aprenda de tus conversaciones.", it: "Lascia che Anthropic impari dalle tue conversazioni.",
    nl: "Laat Anthropic leren van je gesprekken." },
  location: { en: "Location metadata", de: "Standort-Metadaten", fr: "Métadonnées de localisation", es: "Metadatos de ubicación", it: "Metadati sulla posizione", nl: "Locatiemetadata" }, // all unknown in the research
  // en C (a course note copying the panel); translations unknown in the research.
  locationDesc: { en: "Allow Claude to use coarse location metadata (city/region) to improve product experiences.",
    de: "Erlaube Claude, ungefähre Standort-Metadaten (Stadt/Region) zu nutzen, um Produkterlebnisse zu verbessern.",
    fr: "Autorisez Claude à utiliser des métadonnées de localisation approximative (ville/région) pour améliorer l’expérience produit.",
    es: "Permite que Claude use metadatos de ubicación aproximada (ciudad/región) para mejorar la experiencia del producto.",
    it: "Consenti a Claude di usare metadati di posizione approssimativa (città/regione) per migliorare l’esperienza del prodotto.",
    nl: "Sta Claude toe grove locatiemetadata (stad/regio) te gebruiken om de productervaring te verbeteren." },
  exportData: { en: "Export data", de: "Daten exportieren", fr: "Exporter les données", es: "Exportar datos", it: "Esporta dati", nl: "Gegevens exporteren" }, // non-en unknown in the research
  sharedChats: { en: "Shared chats", de: "Geteilte Chats", fr: "Discussions partagées", es: "Chats compartidos", it: "Chat condivise", nl: "Gedeelde chats" }, // all unknown in the research
  memory: { en: "Memory", de: "Erinnerungen", fr: "Mémoire", es: "Memoria", it: "Memoria", nl: "Geheugen" }, // all unknown in the research
  manage: { en: "Manage", de: "Verwalten", fr: "Gérer", es: "Gestionar", it: "Gestisci", nl: "Beheren" }, // non-en unknown in the research
  saved: { en: "Settings updated", de: "Einstellungen aktualisiert", fr: "Paramètres mis à jour", es: "Configuración actualizada", it: "Impostazioni aggiornate", nl: "Instellingen bijgewerkt" }, // all unknown in the research
  generalBody: { en: "Full name", de: "Vollständiger Name", fr: "Nom complet", es: "Nombre completo", it: "Nome completo", nl: "Volledige naam" }, // all unknown in the research
};
// [fragment, label]: only data-privacy-controls is observed; the other fragments are unknown in the research.
const PANELS = [
  ["general", L.general], ["account", L.account], ["data-privacy-controls", L.privacy],
  ["billing", L.billing], ["capabilities", L.capabilities], ["connectors", L.connectors],
];

if (!("training" in state)) {
  state.training = !variant.optedout;
  state.location = true;
  saveState();
}
const root = document.getElementById("root");
const portal = document.getElementById("portal");
const toaster = document.getElementById("toaster");

// React's useId: a new id on every render, so nothing can hold on to one.
let idCounter = Math.floor(Math.random() * 400);
function rid() {
  idCounter += 1;
  return `:r${idCounter.toString(36)}:`;
}

function toast(text) {
  const t = el("div", { "data-cds": "Toast", class: "toast" }, el("div", { role: "dialog", "aria-live": "polite" }, text));
  toaster.append(t);
  setTimeout(() => t.remove(), 3000);
}

// ---- chat app ---------------------------------------------------------------------------------------------------

function closeMenu() {
  document.querySelector(".user-menu")?.remove();
  Replica.target("profile")?.setAttribute("aria-expanded", "false");
}

function openSettings(panel) {
  history.pushState(null, "", `${location.pathname}${location.search}#settings/${panel}`);
  renderSettings(false);
}

function toggleMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  button.parentElement.append(el("div", { role: "menu", class: "user-menu", "aria-orientation": "vertical" },
    el("div", { class: "menu-email" }, "ada@example.com"),
    el("div", { role: "menuitem", tabindex: "-1", mark: "settings-item", on: { click: () => { closeMenu(); openSettings("general"); } } }, tr(L.settings)),
    el("div", { role: "menuitem", tabindex: "-1" }, tr(L.language)),
    el("div", { role: "menuitem", tabindex: "-1" }, tr(L.help)),
    el("div", { role: "separator" }),
    el("div", { role: "menuitem", tabindex: "-1" }, tr(L.logout))));
}

function sidebar() {
  const chats = [["0b6c1a52-4f0e-4a8e-9c61-2f1e7d2a9b10", "Trip to Lisbon"], ["5d2e8f3a-1c4b-4e7d-8a9f-3b6c2d1e0f21", "Regex help"],
    ["9a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c42", "Birthday ideas"]];
  const profile = el("button", { type: "button", class: "profile", "aria-haspopup": "menu", "aria-expanded": "false", mark: "profile",
    on: { click: (e) => toggleMenu(e.currentTarget) } },
  el("span", { class: "avatar", "aria-hidden": "true" }, "AL"),
  el("span", { class: "who" }, el("span", {}, "Ada Lovelace"), el("span", { class: "plan" }, tr(L.freePlan))));
  return el("nav", { class: "sidebar", "aria-label": "Sidebar" },
    el("div", { class: "nav-top" },
      el("a", { href: "/new", spa: true, class: "nav-link" }, tr(L.newChat)),
      el("button", { type: "button", class: "nav-link", "data-cds": "Button" }, tr(L.search)),
      el("a", { href: "/recents", spa: true, class: "nav-link" }, tr(L.chats)),
      el("a", { href: "/projects", spa: true, class: "nav-link" }, tr(L.projects)),
      el("h3", {}, tr(L.recents)),
      ...chats.map(([id, title]) => el("a", { href: `/chat/${id}`, spa: true, class: "nav-link" }, title))),
    el("div", { class: "nav-bottom" }, profile));
}

function mainContent() {
  // The older published address /settings/data-privacy-controls "served nothing" when signed in (S); whether it
  // now redirects to the fragment is unknown: here it does not.
  if (location.pathname.startsWith("/settings/")) return [el("h1", {}, "Page not found")];
  const m = location.pathname.match(/^\/chat\/([\w-]+)/);
  const composer = el("fieldset", { class: "composer" },
    el("div", { contenteditable: "true", role: "textbox", "aria-label": tr(L.prompt), class: "ProseMirror" }),
    el("button", { type: "button", "data-cds": "Button", "aria-label": tr(L.send) }, "↑"));
  if (m) return [el("h1", {}, "Trip to Lisbon"), el("div", { class: "message" }, "Three days in Lisbon: where should I stay?"), composer];
  return [el("h1", { class: "greeting" }, "Ada"), composer];
}

let renderedPath = null;
function renderApp() {
  if (renderedPath === location.pathname) return;
  renderedPath = location.pathname;
  root.replaceChildren(el("div", { class: "shell" }, sidebar(), el("main", { class: "chat" }, ...mainContent())));
}

// ---- settings dialog (from the URL fragment) -------------------------------------------------------------------

let shownPanel = null;
let pendingPanel = 0;
let renderRows = () => {};

function closeSettings() {
  history.pushState(null, "", location.pathname + location.search);
  renderSettings(false);
}

function switchRow(key, label, desc, checked, onToggle) {
  const labelId = rid();
  const sw = el("button", { type: "button", role: "switch", "aria-checked": String(checked), "data-state": checked ? "checked" : "unchecked",
    "aria-labelledby": NAMED_SWITCHES ? labelId : null, class: "switch", mark: `${key}-switch`, on: { click: onToggle } },
  el("span", { class: "thumb", "aria-hidden": "true" }));
  return el("div", { "data-settings-row": "", id: rid(), class: "settings-row", mark: `${key}-row` },
    el("div", { class: "row-text" }, el("div", { id: labelId, class: "row-label" }, label), el("p", { class: "row-desc" }, desc)),
    el("div", { class: "row-control" }, sw));
}

function buttonRow(label, action, mark) {
  return el("div", { "data-settings-row": "", id: rid(), class: "settings-row" },
    el("div", { class: "row-text" }, el("div", { class: "row-label" }, tr(label))),
    el("div", { class: "row-control" }, el("button", { type: "button", "data-cds": "Button", class: "cds-button", mark }, tr(action))));
}

function privacyRows() {
  const training = CHANGED === "removed" ? null
    : switchRow("training", CHANGED ? tr(L.renamed) : tr(OLD_LABELS ? L.trainingOld : L.training), tr(CHANGED ? L.renamedDesc : L.trainingDesc),
      state.training, () => {
        state.training = !state.training;
        saveState();
        renderRows();
        toast(tr(L.saved));
      });
  const locationRow = switchRow("location", tr(L.location), tr(L.locationDesc), state.location, () => {
    state.location = !state.location;
    saveState();
    renderRows();
    toast(tr(L.saved));
  });
  const switches = LOCATION_FIRST ? [locationRow, training] : [training, locationRow];
  return [...switches, buttonRow(L.exportData, L.exportData, "export"), buttonRow(L.sharedChats, L.manage), buttonRow(L.memory, L.manage)];
}

function panelContent(panel) {
  if (panel !== "data-privacy-controls") {
    const label = PANELS.find(([id]) => id === panel)[1];
    return [el("h2", { class: "panel-title" }, tr(label)), el("div", { "data-settings-row": "", id: rid(), class: "settings-row" },
      el("div", { class: "row-label" }, tr(L.generalBody)), el("input", { type: "text", value: "Ada Lovelace", "aria-label": tr(L.generalBody) }))];
  }
  const rows = el("div", { class: "rows" });
  renderRows = () => rows.replaceChildren(...privacyRows().filter(Boolean));
  renderRows();
  return [el("h2", { class: "panel-title" }, tr(L.privacy)), el("p", { class: "intro" }, tr(L.privacyIntro)), rows];
}

function settingsNav(active) {
  const markFor = (id) => (id === "data-privacy-controls" ? "privacy-tab" : id === "general" ? "general-tab" : null);
  if (TAB_BUTTONS) {
    return el("div", { role: "tablist", "aria-orientation": "vertical", class: "settings-nav" },
      ...PANELS.map(([id, label]) => el("button", { type: "button", role: "tab", "aria-selected": String(id === active), id: rid(),
        tabindex: id === active ? "0" : "-1", mark: markFor(id), on: { click: () => id !== active && openSettings(id) } }, tr(label))));
  }
  return el("nav", { class: "settings-nav", "aria-label": tr(L.settings) },
    ...PANELS.map(([id, label]) => el("a", { href: `#settings/${id}`, "aria-current": id === active ? "page" : null, mark: markFor(id) }, tr(label))));
}

// atLoad: the dialog opened by a full page load, whose panel arrives ~2.9 s after navigation with late=1; after a
// client-side navigation it takes 1-1.8 s.
function renderSettings(atLoad) {
  const m = location.hash.match(/^#settings(?:\/([\w-]+))?/);
  if (!m) {
    shownPanel = null;
    pendingPanel++;
    portal.replaceChildren();
    return;
  }
  const panel = PANELS.some(([id]) => id === m[1]) ? m[1] : "general";
  if (panel === shownPanel) return;
  shownPanel = panel;
  const titleId = rid();
  const content = el("section", { class: "settings-content", "data-perf-screen": panel });
  const backdrop = el("div", { class: "backdrop", on: { mousedown: (e) => e.target === backdrop && closeSettings() } },
    el("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": titleId, "data-state": "open", class: "settings-dialog" },
      el("header", { class: "settings-head" }, el("h2", { id: titleId }, tr(L.settings)),
        el("button", { type: "button", "data-cds": "Button", "aria-label": tr(L.close), class: "close", mark: "close", on: { click: closeSettings } }, "×")),
      el("div", { class: "settings-body" }, settingsNav(panel), content)));
  portal.replaceChildren(backdrop);
  const mine = ++pendingPanel;
  if (!variant.late) {
    content.replaceChildren(...panelContent(panel));
    return;
  }
  content.replaceChildren(el("div", { class: "skeleton", "aria-busy": "true" }, "…"));
  const delay = atLoad ? Math.max(0, 2900 - performance.now()) : 1000 + Math.random() * 800;
  setTimeout(() => {
    if (pendingPanel === mine) content.replaceChildren(...panelContent(panel));
  }, delay);
}

// ---- routing --------------------------------------------------------------------------------------------------

function route(atLoad) {
  closeMenu();
  if (location.pathname === "/") redirect("/new" + location.search + location.hash);
  renderApp();
  renderSettings(atLoad === true);
}

function boot() {
  let atLoad = true;
  onRoute(() => {
    route(atLoad);
    atLoad = false;
  });
  addEventListener("hashchange", () => route(false));
}
if (variant.late) {
  // The app shell comes at ~1.4 s (readyState is complete long before the controls are there).
  root.replaceChildren(el("div", { class: "skeleton", "aria-busy": "true" }, "…"));
  setTimeout(boot, Math.max(0, 1400 - performance.now()));
} else {
  boot();
}

document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  if (document.querySelector(".user-menu")) return closeMenu();
  if (location.hash.startsWith("#settings")) closeSettings();
});
document.addEventListener("mousedown", (e) => {
  const profile = Replica.target("profile");
  if (!e.target.closest(".user-menu") && !(profile && profile.contains(e.target))) closeMenu();
});
