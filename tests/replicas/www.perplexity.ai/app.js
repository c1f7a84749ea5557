// Perplexity replica (www.perplexity.ai), after docs/evidence.md. Known there: account settings
// at /account/details (help "Account Settings"), reached by the avatar / profile name at the bottom of the sidebar →
// "All settings"; "Preferences" in the menu on the left (its address /account/preferences is inferred); the
// Preferences items in this order: Theme, Answer font, Language, Preferred response language, Autosuggest, Keyboard
// shortcut hints, Image generation model, Video generation model, AI data retention (earlier "AI Data Usage"), a
// toggle with the description below. No markup is public: everything else here is chosen (a Next.js-like app with
// client-side routing, button[role=switch] named by its row's title through aria-labelledby, native selects).
// Localized labels are unknown in the research: every non-English label here is made up.
// Variants (besides lang, late, optedout, scramble):
//   labels=old               the earlier label "AI Data Usage"
//   changed=renamed|removed  the site changed: the toggle renamed and reworded, or gone (the other toggles stay)
// Test registry keys: profile, settings-item, account-link, preferences-link, retention-row, retention-switch,
//   autosuggest-switch, shortcuts-switch.
const { el, tr, state, saveState, redirect, onRoute, later, variant, lang } = Replica;
document.documentElement.lang = { en: "en-US", de: "de-DE", fr: "fr-FR", es: "es-ES", it: "it-IT", nl: "nl-NL" }[lang];

const OLD_LABEL = variant.labels === "old";
const CHANGED = variant.changed === "removed" ? "removed" : variant.changed ? "renamed" : null;

// English labels: sourced where the header says so (the rest of the app's wording is made up). Every non-English
// label is unknown in the research.
const L = {
  home: { en: "Home", de: "Startseite", fr: "Accueil", es: "Inicio", it: "Home", nl: "Start" },
  discover: { en: "Discover", de: "Entdecken", fr: "Découvrir", es: "Descubrir", it: "Scopri", nl: "Ontdekken" },
  spaces: { en: "Spaces", de: "Spaces", fr: "Espaces", es: "Espacios", it: "Spazi", nl: "Spaces" },
  library: { en: "Library", de: "Bibliothek", fr: "Bibliothèque", es: "Biblioteca", it: "Libreria", nl: "Bibliotheek" },
  ask: { en: "Ask anything…", de: "Frag irgendetwas …", fr: "Demandez n’importe quoi…", es: "Pregunta lo que quieras…", it: "Chiedi qualsiasi cosa…", nl: "Vraag maar raak…" },
  allSettings: { en: "All settings", de: "Alle Einstellungen", fr: "Tous les paramètres", es: "Toda la configuración", it: "Tutte le impostazioni", nl: "Alle instellingen" },
  signOut: { en: "Sign out", de: "Abmelden", fr: "Se déconnecter", es: "Cerrar sesión", it: "Esci", nl: "Afmelden" },
  settings: { en: "Settings", de: "Einstellungen", fr: "Paramètres", es: "Configuración", it: "Impostazioni", nl: "Instellingen" },
  account: { en: "Account", de: "Konto", fr: "Compte", es: "Cuenta", it: "Account", nl: "Account" },
  preferences: { en: "Preferences", de: "Präferenzen", fr: "Préférences", es: "Preferencias", it: "Preferenze", nl: "Voorkeuren" },
  personalization: { en: "Personalization", de: "Personalisierung", fr: "Personnalisation", es: "Personalización", it: "Personalizzazione", nl: "Personalisatie" },
  notifications: { en: "Notifications", de: "Benachrichtigungen", fr: "Notifications", es: "Notificaciones", it: "Notifiche", nl: "Meldingen" },
  api: { en: "API", de: "API", fr: "API", es: "API", it: "API", nl: "API" },
  fullName: { en: "Full name", de: "Vollständiger Name", fr: "Nom complet", es: "Nombre completo", it: "Nome completo", nl: "Volledige naam" },
  username: { en: "Username", de: "Benutzername", fr: "Nom d’utilisateur", es: "Nombre de usuario", it: "Nome utente", nl: "Gebruikersnaam" },
  email: { en: "Email", de: "E-Mail", fr: "E-mail", es: "Correo electrónico", it: "Email", nl: "E-mail" },
  subscription: { en: "Subscription", de: "Abonnement", fr: "Abonnement", es: "Suscripción", it: "Abbonamento", nl: "Abonnement" },
  signOutAll: { en: "Sign out of all sessions", de: "Von allen Sitzungen abmelden", fr: "Se déconnecter de toutes les sessions", es: "Cerrar todas las sesiones", it: "Esci da tutte le sessioni", nl: "Afmelden bij alle sessies" },
  deleteAccount: { en: "Delete account", de: "Konto löschen", fr: "Supprimer le compte", es: "Eliminar cuenta", it: "Elimina account", nl: "Account verwijderen" },
  // The Preferences items, English S (the help's "Account Settings" list).
  theme: { en: "Theme", de: "Design", fr: "Thème", es: "Tema", it: "Tema", nl: "Thema" },
  answerFont: { en: "Answer font", de: "Schriftart der Antworten", fr: "Police des réponses", es: "Fuente de las respuestas", it: "Carattere delle risposte", nl: "Lettertype van antwoorden" },
  language: { en: "Language", de: "Sprache", fr: "Langue", es: "Idioma", it: "Lingua", nl: "Taal" },
  responseLanguage: { en: "Preferred response language", de: "Bevorzugte Antwortsprache", fr: "Langue de réponse préférée", es: "Idioma de respuesta preferido", it: "Lingua di risposta preferita", nl: "Voorkeurstaal voor antwoorden" },
  autosuggest: { en: "Autosuggest", de: "Automatische Vorschläge", fr: "Suggestions automatiques", es: "Sugerencias automáticas", it: "Suggerimenti automatici", nl: "Automatische suggesties" },
  shortcuts: { en: "Keyboard shortcut hints", de: "Hinweise zu Tastenkürzeln", fr: "Indications de raccourcis clavier", es: "Sugerencias de atajos de teclado", it: "Suggerimenti per le scorciatoie da tastiera", nl: "Hints voor sneltoetsen" },
  imageModel: { en: "Image generation model", de: "Modell für Bildgenerierung", fr: "Modèle de génération d’images", es: "Modelo de generación de imágenes", it: "Modello di generazione di immagini", nl: "Model voor het genereren van afbeeldingen" },
  videoModel: { en: "Video generation model", de: "Modell für Videogenerierung", fr: "Modèle de génération de vidéos", es: "Modelo de generación de vídeos", it: "Modello di generazione di video", nl: "Model voor het genereren van video’s" },
  // en S (help), earlier "AI Data Usage" C (FAQ); translations unknown in the research.
  retention: { en: "AI data retention", de: "KI-Datenspeicherung", fr: "Conservation des données pour l’IA", es: "Retención de datos de IA", it: "Conservazione dei dati per l’IA", nl: "AI-gegevensbewaring" },
  retentionOld: { en: "AI Data Usage", de: "KI-Datennutzung", fr: "Utilisation des données par l’IA", es: "Uso de datos de IA", it: "Utilizzo dei dati per l’IA", nl: "AI-gegevensgebruik" },
  // en S (skool.com copy of the setting's text); translations unknown in the research.
  retentionDesc: { en: "AI Data Retention allows Perplexity to use your searches to improve AI models. Turn this setting off if you wish to exclude your data from this process.",
    de: "Mit der KI-Datenspeicherung darf Perplexity deine Suchen nutzen, um KI-Modelle zu verbessern. Schalte diese Einstellung aus, wenn deine Daten davon ausgeschlossen werden sollen.",
    fr: "La conservation des données pour l’IA permet à Perplexity d’utiliser vos recherches pour améliorer ses modèles d’IA. Désactivez ce paramètre pour en exclure vos données.",
    es: "La retención de datos de IA permite a Perplexity usar tus búsquedas para mejorar los modelos de IA. Desactiva este ajuste si quieres excluir tus datos de este proceso.",
    it: "La conservazione dei dati per l’IA consente a Perplexity di usare le tue ricerche per migliorare i modelli di IA. Disattiva questa impostazione per escludere i tuoi dati.",
    nl: "Met AI-gegevensbewaring mag Perplexity je zoekopdrachten gebruiken om AI-modellen te verbeteren. Zet deze instelling uit om je gegevens hiervan uit te sluiten." },
  // The site-changed variant: a name and wording the guide has never heard of (made up).
  renamed: { en: "Model improvement", de: "Modellverbesserung", fr: "Amélioration des modèles", es: "Mejora de los modelos", it: "Miglioramento dei modelli", nl: "Modelverbetering" },
  renamedDesc: { en: "Let Perplexity learn from your searches.", de: "Lass Perplexity aus deinen Suchen lernen.", fr: "Laissez Perplexity apprendre de vos recherches.",
    es: "Deja que Perplexity aprenda de tus búsquedas.", it: "Lascia che Perplexity impari dalle tue ricerche.", nl: "Laat Perplexity leren van je zoekopdrachten." },
  autosuggestDesc: { en: "Show suggestions while you type.", de: "Vorschläge beim Tippen anzeigen.", fr: "Afficher des suggestions pendant la saisie.", es: "Mostrar sugerencias mientras escribes.", it: "Mostra suggerimenti durante la digitazione.", nl: "Suggesties tonen tijdens het typen." },
  shortcutsDesc: { en: "Show hints for keyboard shortcuts.", de: "Hinweise zu Tastenkürzeln anzeigen.", fr: "Afficher les raccourcis clavier.", es: "Mostrar atajos de teclado.", it: "Mostra le scorciatoie da tastiera.", nl: "Sneltoetsen tonen." },
  system: { en: "System", de: "System", fr: "Système", es: "Sistema", it: "Sistema", nl: "Systeem" },
  default: { en: "Default", de: "Standard", fr: "Par défaut", es: "Predeterminado", it: "Predefinito", nl: "Standaard" },
  automatic: { en: "Automatic (detect input)", de: "Automatisch (Eingabe erkennen)", fr: "Automatique (détecter la saisie)", es: "Automático (detectar entrada)", it: "Automatico (rileva input)", nl: "Automatisch (invoer herkennen)" },
};
const LANGUAGE_NAMES = { en: "English", de: "Deutsch", fr: "Français", es: "Español", it: "Italiano", nl: "Nederlands" };
// [path, label, registry key]: /account/details and /account/api are seen in the research, /account/preferences is
// inferred, the others are made up.
const MENU = [
  ["/account/details", L.account, "account-link"],
  ["/account/preferences", L.preferences, "preferences-link"],
  ["/account/personalize", L.personalization, null],
  ["/account/notifications", L.notifications, null],
  ["/account/api", L.api, null],
];

if (!("retention" in state)) {
  Object.assign(state, { retention: !variant.optedout, autosuggest: true, shortcuts: true });
  saveState();
}
const root = document.getElementById("__next");
let rowId = 0;
const uid = () => `headlessui-label-${(rowId += 1)}`;

// ---- sidebar and profile menu ----------------------------------------------------------------------------------

function closeMenu() {
  document.querySelector(".profile-menu")?.remove();
  Replica.target("profile")?.setAttribute("aria-expanded", "false");
}

function toggleMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  button.parentElement.append(el("div", { role: "menu", class: "profile-menu" },
    el("a", { role: "menuitem", href: "/account/details", spa: true, mark: "settings-item", on: { click: closeMenu } }, tr(L.allSettings)),
    el("div", { role: "menuitem", tabindex: "-1" }, tr(L.signOut))));
}

function sidebar() {
  const profile = el("button", { type: "button", class: "profile", "aria-haspopup": "menu", "aria-expanded": "false", mark: "profile",
    on: { click: (e) => toggleMenu(e.currentTarget) } },
  el("span", { class: "avatar", "aria-hidden": "true" }, "A"), el("span", {}, "ada"));
  return el("div", { class: "sidebar" },
    el("a", { href: "/", spa: true, class: "logo", "aria-label": "Perplexity" }, "perplexity"),
    el("nav", {},
      el("a", { href: "/", spa: true }, tr(L.home)),
      el("a", { href: "/discover", spa: true }, tr(L.discover)),
      el("a", { href: "/spaces", spa: true }, tr(L.spaces)),
      el("a", { href: "/library", spa: true }, tr(L.library))),
    el("div", { class: "sidebar-bottom" }, profile));
}

// ---- account settings ------------------------------------------------------------------------------------------

function switchRow(key, title, desc) {
  const titleId = uid();
  const sw = el("button", { type: "button", role: "switch", "aria-checked": String(state[key]), "data-state": state[key] ? "checked" : "unchecked",
    "aria-labelledby": titleId, class: "switch", mark: `${key}-switch` }, el("span", { class: "knob", "aria-hidden": "true" }));
  sw.addEventListener("click", () => {
    state[key] = !state[key];
    saveState();
    sw.setAttribute("aria-checked", String(state[key]));
    sw.setAttribute("data-state", state[key] ? "checked" : "unchecked");
  });
  return el("div", { class: "row", mark: `${key}-row` },
    el("div", { class: "row-text" }, el("div", { id: titleId, class: "row-title" }, title), el("div", { class: "row-desc" }, desc)), sw);
}

function selectRow(title, options) {
  const titleId = uid();
  return el("div", { class: "row" }, el("div", { class: "row-text" }, el("div", { id: titleId, class: "row-title" }, title)),
    el("select", { "aria-labelledby": titleId }, ...options.map((o) => el("option", {}, o))));
}

function buttonRow(title, action, danger) {
  return el("div", { class: "row" }, el("div", { class: "row-text" }, el("div", { class: "row-title" }, title)),
    el("button", { type: "button", class: danger ? "btn danger" : "btn" }, action));
}

function preferences() {
  const rows = [
    selectRow(tr(L.theme), [tr(L.system), "Light", "Dark"]),
    selectRow(tr(L.answerFont), [tr(L.default), "Serif", "Sans"]),
    selectRow(tr(L.language), [LANGUAGE_NAMES[lang], ...Object.values(LANGUAGE_NAMES).filter((n) => n !== LANGUAGE_NAMES[lang])]),
    selectRow(tr(L.responseLanguage), [tr(L.automatic), ...Object.values(LANGUAGE_NAMES)]),
    switchRow("autosuggest", tr(L.autosuggest), tr(L.autosuggestDesc)),
    switchRow("shortcuts", tr(L.shortcuts), tr(L.shortcutsDesc)),
    selectRow(tr(L.imageModel), [tr(L.default), "GPT Image 1", "FLUX.1", "Seedream"]),
    selectRow(tr(L.videoModel), [tr(L.default), "Veo 3"]),
  ];
  if (CHANGED === "renamed") rows.push(switchRow("retention", tr(L.renamed), tr(L.renamedDesc)));
  else if (!CHANGED) rows.push(switchRow("retention", tr(OLD_LABEL ? L.retentionOld : L.retention), tr(L.retentionDesc)));
  return [el("h1", {}, tr(L.preferences)), el("div", { class: "rows" }, ...rows)];
}

function details() {
  return [el("h1", {}, tr(L.account)), el("div", { class: "rows" },
    el("div", { class: "row" }, el("span", { class: "avatar big", "aria-hidden": "true" }, "A"), el("button", { type: "button", class: "btn" }, "↑")),
    el("div", { class: "row" }, el("div", { class: "row-title" }, tr(L.fullName)), el("input", { type: "text", value: "Ada Lovelace", "aria-label": tr(L.fullName) })),
    el("div", { class: "row" }, el("div", { class: "row-title" }, tr(L.username)), el("span", {}, "ada")),
    el("div", { class: "row" }, el("div", { class: "row-title" }, tr(L.email)), el("span", {}, "ada@example.com")),
    el("div", { class: "row" }, el("div", { class: "row-title" }, tr(L.subscription)), el("span", {}, "Free")),
    buttonRow(tr(L.signOutAll), tr(L.signOut)),
    buttonRow(tr(L.deleteAccount), tr(L.deleteAccount), true))];
}

function accountPage(path) {
  const current = MENU.find(([p]) => p === path) || MENU[0];
  const page = el("div", { class: "account" });
  const build = () => [
    el("nav", { class: "account-menu", "aria-label": tr(L.settings) },
      ...MENU.map(([p, label, key]) => el("a", { href: p, spa: true, mark: key, "aria-current": p === current[0] ? "page" : null }, tr(label)))),
    el("section", { class: "account-content" },
      ...(current[0] === "/account/preferences" ? preferences() : current[0] === "/account/details" ? details() : [el("h1", {}, tr(current[1]))])),
  ];
  later(page, build);
  return page;
}

function homePage() {
  const main = el("div", { class: "home" });
  later(main, () => [el("h1", { class: "wordmark" }, "perplexity"),
    el("div", { class: "ask" }, el("textarea", { placeholder: tr(L.ask), "aria-label": tr(L.ask), rows: "2" }))]);
  return main;
}

onRoute(() => {
  closeMenu();
  if (/^\/account\/?$/.test(location.pathname)) redirect("/account/details" + location.search);
  const path = location.pathname;
  root.replaceChildren(el("div", { class: "shell" }, sidebar(),
    el("main", { class: "main" }, path.startsWith("/account/") ? accountPage(path) : homePage())));
});

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") closeMenu();
});
document.addEventListener("mousedown", (e) => {
  const profile = Replica.target("profile");
  if (!e.target.closest(".profile-menu") && !(profile && profile.contains(e.target))) closeMenu();
});
