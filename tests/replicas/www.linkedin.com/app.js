// LinkedIn replica, after shared/research/linkedin.md: Ember global nav with the "Me" dropdown on the feed;
// the settings app under /mypreferences/ with client-side navigation and the AI-training switch.
const { el, tr, state, saveState, onRoute, later, variant } = Replica;

const L = {
  me: { en: "Me", de: "Ich", fr: "Vous", es: "Yo", it: "Tu", nl: "Ik" },
  settings: { en: "Settings & Privacy", de: "Einstellungen & Datenschutz", fr: "Préférences et confidentialité", es: "Configuración y privacidad", it: "Impostazioni e privacy", nl: "Instellingen en privacy" },
  help: { en: "Help", de: "Hilfe", fr: "Aide", es: "Ayuda", it: "Guida", nl: "Help" },
  signout: { en: "Sign Out", de: "Abmelden", fr: "Déconnexion", es: "Cerrar sesión", it: "Esci", nl: "Afmelden" },
  home: { en: "Home", de: "Startseite", fr: "Accueil", es: "Inicio", it: "Home", nl: "Startpagina" },
  account: { en: "Account preferences", de: "Kontoeinstellungen", fr: "Préférences du compte", es: "Preferencias de la cuenta", it: "Preferenze account", nl: "Accountvoorkeuren" },
  security: { en: "Sign in & security", de: "Anmelden & Sicherheit", fr: "Connexion et sécurité", es: "Inicio de sesión y seguridad", it: "Accesso e sicurezza", nl: "Aanmelden en beveiliging" },
  visibility: { en: "Visibility", de: "Sichtbarkeit", fr: "Visibilité", es: "Visibilidad", it: "Visibilità", nl: "Zichtbaarheid" },
  privacy: { en: "Data privacy", de: "Datenschutz", fr: "Confidentialité des données", es: "Privacidad de datos", it: "Privacy dei dati", nl: "Gegevensprivacy" },
  ads: { en: "Advertising data", de: "Werbedaten", fr: "Données publicitaires", es: "Datos de publicidad", it: "Dati pubblicitari", nl: "Advertentiegegevens" },
  notifications: { en: "Notifications", de: "Benachrichtigungen", fr: "Notifications", es: "Notificaciones", it: "Notifiche", nl: "Meldingen" },
  howUses: { en: "How LinkedIn uses your data", de: "So verwendet LinkedIn Ihre Daten", fr: "Comment LinkedIn utilise vos données", es: "Cómo usa LinkedIn tus datos", it: "Come LinkedIn utilizza i tuoi dati", nl: "Hoe LinkedIn je gegevens gebruikt" },
  copy: { en: "Get a copy of your data", de: "Kopie Ihrer Daten anfordern", fr: "Obtenir une copie de vos données", es: "Obtener una copia de tus datos", it: "Ottieni una copia dei tuoi dati", nl: "Een kopie van je gegevens opvragen" },
  research: { en: "Social, economic, and workplace research", de: "Sozial-, Wirtschafts- und Arbeitsplatzforschung", fr: "Recherche sociale, économique et professionnelle", es: "Investigación social, económica y laboral", it: "Ricerca sociale, economica e lavorativa", nl: "Sociaal, economisch en werkplekonderzoek" },
  aiName: { en: "Data for Generative AI Improvement", de: "Daten zur Verbesserung generativer KI", fr: "Données pour l’amélioration de l’IA générative", es: "Datos para mejorar la IA generativa", it: "Dati per migliorare l’IA generativa", nl: "Gegevens voor verbetering van generatieve AI" },
  question: { en: "Can LinkedIn use your personal data and content you create on LinkedIn to train generative AI models that create content?", de: "Darf LinkedIn Ihre personenbezogenen Daten und Inhalte zum Trainieren generativer KI-Modelle verwenden?", fr: "LinkedIn peut-il utiliser vos données personnelles et vos contenus pour entraîner des modèles d’IA générative ?", es: "¿Puede LinkedIn usar tus datos personales y tu contenido para entrenar modelos de IA generativa?", it: "LinkedIn può usare i tuoi dati personali e i tuoi contenuti per addestrare modelli di IA generativa?", nl: "Mag LinkedIn je persoonsgegevens en content gebruiken om generatieve AI-modellen te trainen?" },
  switchLabel: { en: "Use my data for training content creation AI models", de: "Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen", fr: "Utiliser mes données pour entraîner des modèles d’IA de création de contenu", es: "Usar mis datos para entrenar modelos de IA que crean contenido", it: "Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti", nl: "Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt" },
  on: { en: "On", de: "Ein", fr: "Activé", es: "Sí", it: "Sì", nl: "Aan" },
  off: { en: "Off", de: "Aus", fr: "Désactivé", es: "No", it: "No", nl: "Uit" },
  post: { en: "Start a post", de: "Beitrag beginnen", fr: "Commencer un post", es: "Crear publicación", it: "Avvia un post", nl: "Bericht starten" },
};

if (!("aiAllowed" in state)) {
  state.aiAllowed = !variant.optedout;
  saveState();
}
const app = document.getElementById("app");

function header() {
  const panel = el("div", { class: "global-nav__me-content artdeco-dropdown__content", "aria-hidden": "true", hidden: true },
    el("ul", { class: "global-nav__secondary-items", "aria-label": "Me menu" },
      el("li", { class: "global-nav__secondary-item" },
        el("h3", { class: "global-nav__secondary-title" }, "Account"),
        el("ul", { class: "mv1" },
          el("li", {}, el("a", { class: "global-nav__secondary-link app-aware-link", href: "/mypreferences/d/categories/account", "data-control-name": "nav.settings_and_privacy" }, tr(L.settings))),
          el("li", {}, el("a", { class: "global-nav__secondary-link", href: "/help/linkedin" }, tr(L.help))))),
      el("li", { class: "global-nav__secondary-item--divider" },
        el("a", { href: "/m/logout/", "data-control-name": "nav.settings_signout" }, tr(L.signout)))));
  const trigger = el("button", {
    class: "global-nav__primary-link global-nav__primary-link-me-menu-trigger artdeco-dropdown__trigger ember-view",
    "aria-expanded": "false", type: "button",
    on: {
      click: () => {
        const open = trigger.getAttribute("aria-expanded") !== "true";
        trigger.setAttribute("aria-expanded", String(open));
        panel.setAttribute("aria-hidden", String(!open));
        panel.hidden = !open;
      },
    },
  }, el("img", { class: "global-nav__me-photo evi-image ember-view", alt: "Ada Lovelace", width: "24", height: "24", src: "data:image/gif;base64,R0lGODlhAQABAAAAACw=" }),
     el("span", { class: "global-nav__primary-link-text" }, tr(L.me)));
  return el("header", { class: "global-nav" },
    el("span", {}, "in"),
    el("ul", { class: "global-nav__primary-items" },
      el("li", { class: "global-nav__primary-item" }, el("a", { href: "/feed/" }, tr(L.home))),
      el("li", { class: "global-nav__primary-item" }, el("div", { class: "global-nav__me artdeco-dropdown" }, trigger, panel))));
}

function feed() {
  const main = el("main", { class: "scaffold-layout__main" });
  later(main, () => [el("button", { type: "button" }, tr(L.post)),
    ...[1, 2, 3].map((i) => el("article", { class: "feed-shared-update-v2" }, el("p", {}, `Post ${i}`)))]);
  app.replaceChildren(header(), main);
}

const CATEGORIES = [["account", L.account], ["sign-in-and-security", L.security], ["profile-visibility", L.visibility],
  ["privacy", L.privacy], ["ads", L.ads], ["notifications", L.notifications]];

function settingsPage(content) {
  const nav = el("nav", { "aria-label": "Settings" },
    ...CATEGORIES.map(([slug, label]) => el("a", { href: `/mypreferences/d/categories/${slug}`, "data-spa": "" }, tr(label))));
  const main = el("main", { id: "main", class: "settings" }, nav, el("section", {}));
  later(main.lastChild, content);
  app.replaceChildren(el("header", {}, el("a", { href: "/feed/" }, "in")), main);
}

function privacyCategory() {
  return [el("h1", {}, tr(L.privacy)), el("h2", {}, tr(L.howUses)),
    el("a", { class: "row", href: "/mypreferences/d/download-my-data", "data-spa": "" }, tr(L.copy)),
    el("a", { class: "row", href: "/mypreferences/d/settings/policy-and-academic-research", "data-spa": "" }, tr(L.research)),
    el("a", { class: "row", href: "/mypreferences/d/settings/data-for-ai-improvement", "data-spa": "" },
      el("span", {}, tr(L.aiName)), el("span", { "data-test-category-item-sneakpeek": "" }, tr(state.aiAllowed ? L.on : L.off)))];
}

function aiSetting() {
  const word = el("span", {}, tr(state.aiAllowed ? L.on : L.off));
  const input = el("input", {
    type: "checkbox", role: "switch", "aria-labelledby": "allowDataForGenerativeAI", class: "_switchCheckbox_1x9f2",
    checked: state.aiAllowed,
    on: {
      change: () => {
        state.aiAllowed = input.checked;
        saveState();
        word.textContent = tr(state.aiAllowed ? L.on : L.off);
      },
    },
  });
  return [el("h1", {}, tr(L.aiName)), el("p", {}, tr(L.question)),
    el("div", { class: "row" }, el("p", { id: "allowDataForGenerativeAI" }, tr(L.switchLabel)), el("label", {}, word, input))];
}

onRoute(() => {
  const path = location.pathname;
  if (path.startsWith("/mypreferences/d/categories/privacy")) return settingsPage(privacyCategory);
  if (path.startsWith("/mypreferences/d/settings/data-for-ai-improvement")) return settingsPage(aiSetting);
  if (path.startsWith("/mypreferences/")) {
    const slug = path.split("/").pop();
    const category = CATEGORIES.find(([s]) => s === slug);
    return settingsPage(() => [el("h1", {}, tr(category ? category[1] : L.account))]);
  }
  return feed();
});
