// Gemini web app replica (gemini.google.com), after docs/evidence.md: an Angular single-page app
// (custom elements, _ngcontent attributes, data-test-id on a few controls, a cdk overlay container for menus);
// "Menu" (top left) opens and closes the side navigation, whose "Settings & help" button opens a menu with "Activity",
// a link that opens myactivity.google.com/product/gemini in a new tab. Routes: /app and /app/<chat id>.
// Sourced labels: English "Menu"-button path ("Settings & help", "Activity"); the research guesses the German ones
// (I); every other translation is made up (?) = unknown in the research.
// Variants: lang, late=1 (the chat area 1-2 s late).
// Test registry keys: main-menu, sidenav, settings-help, settings-menu, activity, account.
const { el, tr, onRoute, later, lang } = Replica;

const L = {
  mainMenu: { en: "Main menu", de: "Hauptmenü", fr: "Menu principal", es: "Menú principal", it: "Menu principale", nl: "Hoofdmenu" }, // non-en (?)
  newChat: { en: "New chat", de: "Neuer Chat", fr: "Nouvelle discussion", es: "Nuevo chat", it: "Nuova chat", nl: "Nieuwe chat" }, // non-en (?)
  recent: { en: "Recent", de: "Letzte", fr: "Récents", es: "Recientes", it: "Recenti", nl: "Recent" }, // non-en (?)
  // en C; de I (research); others (?)
  settingsHelp: { en: "Settings & help", de: "Einstellungen & Hilfe", fr: "Paramètres et aide", es: "Configuración y ayuda", it: "Impostazioni e guida", nl: "Instellingen en hulp" },
  activity: { en: "Activity", de: "Aktivitäten", fr: "Activité", es: "Actividad", it: "Attività", nl: "Activiteit" },
  // the rest of the menu: plausible only, non-en (?)
  savedInfo: { en: "Saved info", de: "Gespeicherte Informationen", fr: "Infos enregistrées", es: "Información guardada", it: "Informazioni salvate", nl: "Opgeslagen info" },
  apps: { en: "Apps", de: "Apps", fr: "Applications", es: "Aplicaciones", it: "App", nl: "Apps" },
  links: { en: "Your public links", de: "Ihre öffentlichen Links", fr: "Vos liens publics", es: "Tus enlaces públicos", it: "I tuoi link pubblici", nl: "Je openbare links" },
  theme: { en: "Theme", de: "Design", fr: "Thème", es: "Tema", it: "Tema", nl: "Thema" },
  feedback: { en: "Send feedback", de: "Feedback senden", fr: "Envoyer des commentaires", es: "Enviar comentarios", it: "Invia feedback", nl: "Feedback sturen" },
  help: { en: "Help", de: "Hilfe", fr: "Aide", es: "Ayuda", it: "Guida", nl: "Help" },
  hello: { en: "Hello, Ada", de: "Hallo Ada", fr: "Bonjour Ada", es: "Hola, Ada", it: "Ciao Ada", nl: "Hallo Ada" },
  ask: { en: "Ask Gemini", de: "Gemini fragen", fr: "Demander à Gemini", es: "Pregunta a Gemini", it: "Chiedi a Gemini", nl: "Vraag het Gemini" },
  account: { en: "Google Account", de: "Google-Konto", fr: "Compte Google", es: "Cuenta de Google", it: "Account Google", nl: "Google-account" },
};
const ACTIVITY_URL = "https://myactivity.google.com/product/gemini";
const CHATS = [["c_8f21a0", "Weekend in Lisbon"], ["c_8f21a1", "TCP vs UDP"], ["c_8f21a2", "Birthday card ideas"]];

document.documentElement.lang = lang;
const appRoot = document.getElementById("app-root");
const overlay = document.querySelector(".cdk-overlay-container");
const NG = { "_ngcontent-ng-c2947184410": "" };
let sidenavOpen = true;

function closeMenu() {
  overlay.replaceChildren();
  Replica.target("settings-help")?.setAttribute("aria-expanded", "false");
}

function openSettingsMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  const at = button.getBoundingClientRect();
  const item = (label, attrs = {}) => el("button", { class: "mat-mdc-menu-item mat-focus-indicator", role: "menuitem", tabindex: "0", "aria-disabled": "false", ...NG, ...attrs },
    el("span", { class: "mat-mdc-menu-item-text" }, label));
  overlay.replaceChildren(el("div", { class: "cdk-overlay-backdrop cdk-overlay-transparent-backdrop", on: { click: closeMenu } }),
    el("div", { class: "cdk-overlay-connected-position-bounding-box", style: `left: ${Math.round(at.right + 8)}px; bottom: ${Math.round(innerHeight - at.bottom)}px` },
      el("div", { class: "cdk-overlay-pane" },
        el("div", { class: "mat-mdc-menu-panel mat-mdc-elevation-specific", role: "menu", tabindex: "-1", "aria-labelledby": "settings-help-button", mark: "settings-menu" },
          el("div", { class: "mat-mdc-menu-content" },
            el("a", { class: "mat-mdc-menu-item mat-focus-indicator", role: "menuitem", href: ACTIVITY_URL, target: "_blank", "data-test-id": "activity-link", mark: "activity", ...NG, on: { click: closeMenu } },
              el("span", { class: "mat-mdc-menu-item-text" }, tr(L.activity))),
            item(tr(L.savedInfo)), item(tr(L.apps)), item(tr(L.links)), el("div", { role: "separator", class: "mat-divider" }),
            item(tr(L.theme)), item(tr(L.feedback)), item(tr(L.help)))))));
}

function sidenav() {
  const settings = el("button", { id: "settings-help-button", class: "mat-mdc-list-item mdc-list-item side-nav-action-button", "data-test-id": "settings-and-help-button",
    "aria-haspopup": "menu", "aria-expanded": "false", "aria-label": tr(L.settingsHelp), mark: "settings-help", ...NG },
  el("mat-icon", { role: "img", class: "mat-icon google-symbols", "aria-hidden": "true", fonticon: "settings" }),
  sidenavOpen ? el("span", { class: "gds-body-m" }, tr(L.settingsHelp)) : null);
  settings.addEventListener("click", () => openSettingsMenu(settings));
  return el("bard-sidenav", { class: sidenavOpen ? "expanded" : "collapsed", mark: "sidenav", ...NG },
    el("side-navigation-content", {},
      el("expandable-button", { "data-test-id": "new-chat-button", ...NG },
        el("a", { href: "/app", spa: true, class: "mat-mdc-list-item", "aria-label": tr(L.newChat) },
          el("mat-icon", { class: "mat-icon google-symbols", "aria-hidden": "true", fonticon: "edit_square" }),
          sidenavOpen ? el("span", {}, tr(L.newChat)) : null)),
      sidenavOpen ? el("div", { class: "chat-history" },
        el("div", { class: "title gds-label-l", role: "heading", "aria-level": "2" }, tr(L.recent)),
        ...CHATS.map(([id, title]) => el("a", { href: `/app/${id}`, spa: true, class: "mat-mdc-list-item conversation", "data-test-id": "conversation" },
          el("div", { class: "conversation-title gds-body-m" }, title)))) : null),
    el("div", { class: "sidenav-footer" }, el("side-nav-action-button", { ...NG }, settings)));
}

function topBar() {
  const menu = el("button", { class: "mdc-icon-button mat-mdc-icon-button main-menu-button", "aria-label": tr(L.mainMenu), "data-test-id": "side-nav-menu-button", mark: "main-menu", ...NG },
    el("mat-icon", { class: "mat-icon google-symbols", "aria-hidden": "true", fonticon: "menu" }));
  menu.addEventListener("click", () => {
    sidenavOpen = !sidenavOpen;
    closeMenu();
    render();
  });
  return el("top-bar-actions", { ...NG },
    el("div", { class: "left-section" }, menu, el("span", { class: "bard-logo gds-title-l" }, "Gemini")),
    el("div", { class: "right-section" },
      el("a", { class: "gb_B", "aria-label": `${tr(L.account)}: Ada Lovelace (ada.lovelace@gmail.com)`, role: "button", tabindex: "0", "aria-expanded": "false",
        href: "https://accounts.google.com/SignOutOptions?hl=en&continue=https://gemini.google.com/app", mark: "account" },
      el("span", { class: "avatar", "aria-hidden": "true" }, "A"))));
}

function render() {
  const main = el("main", { class: "chat-container", ...NG });
  appRoot.replaceChildren(el("div", { class: "boqOnegoogleliteOgbOneGoogleBar" }, topBar()),
    el("mat-sidenav-container", { class: "mat-drawer-container mat-sidenav-container" },
      el("mat-sidenav", { class: "mat-drawer mat-sidenav" + (sidenavOpen ? " mat-drawer-opened" : ""), role: "navigation" }, sidenav()),
      el("mat-sidenav-content", { class: "mat-drawer-content mat-sidenav-content" }, main)));
  const chat = CHATS.find(([id]) => location.pathname === `/app/${id}`);
  later(main, () => [
    chat ? el("div", { class: "conversation-container" }, el("user-query", {}, el("p", { class: "query-text-line" }, chat[1])))
      : el("h1", { class: "greeting" }, el("span", { class: "gds-display-s" }, tr(L.hello))),
    el("input-area-v2", {}, el("rich-textarea", {}, el("div", { class: "ql-editor textarea", contenteditable: "true", role: "textbox", "aria-multiline": "true", "aria-label": tr(L.ask), "data-placeholder": tr(L.ask) }))),
  ]);
}

onRoute(() => {
  closeMenu();
  if (!location.pathname.startsWith("/app")) Replica.redirect("/app" + location.search);
  render();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") closeMenu();
});
