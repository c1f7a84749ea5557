// LinkedIn replica, after docs/evidence.md: the Ember global nav with the "Me" dropdown (items rendered
// when it opens, aria-hidden/aria-expanded toggled), and the settings app under /mypreferences/ with client-side
// navigation and the AI-training switch (input type=checkbox role=switch, saved at once).
// Test registry keys: me, settings-link, privacy-link, ai-link, ai-switch.
// churn=pointer: like some front ends, the "Me" button and the switch are touched on pointerdown (a pressed class and
// style set, a child re-rendered) and restored on pointerup, so the element changes right under the user's click.
const { el, tr, state, saveState, onRoute, later, redirect, variant } = Replica;
const CHURN = variant.churn === "pointer";

// Labels marked (?) are unknown in the research: plausible translations.
const L = {
  me: { en: "Me", de: "Ich", fr: "Vous", es: "Yo", it: "Tu", nl: "Ik" }, // de/es/it/nl (?)
  home: { en: "Home", de: "Startseite", fr: "Accueil", es: "Inicio", it: "Home", nl: "Startpagina" },
  network: { en: "My Network", de: "Mein Netzwerk", fr: "Réseau", es: "Mi red", it: "Rete", nl: "Mijn netwerk" },
  jobs: { en: "Jobs", de: "Jobs", fr: "Emplois", es: "Empleos", it: "Lavoro", nl: "Vacatures" },
  messaging: { en: "Messaging", de: "Nachrichten", fr: "Messagerie", es: "Mensajes", it: "Messaggistica", nl: "Berichten" },
  notifications: { en: "Notifications", de: "Mitteilungen", fr: "Notifications", es: "Notificaciones", it: "Notifiche", nl: "Meldingen" },
  viewProfile: { en: "View Profile", de: "Profil anzeigen", fr: "Voir le profil", es: "Ver perfil", it: "Visualizza profilo", nl: "Profiel bekijken" },
  accountSection: { en: "Account", de: "Konto", fr: "Compte", es: "Cuenta", it: "Account", nl: "Account" },
  manageSection: { en: "Manage", de: "Verwalten", fr: "Gérer", es: "Gestionar", it: "Gestisci", nl: "Beheren" },
  // fr and es conflicting in the research (also "Paramètres et confidentialité", "Ajustes y privacidad"); nl (?)
  settings: { en: "Settings & Privacy", de: "Einstellungen & Datenschutz", fr: "Préférences et confidentialité", es: "Configuración y privacidad", it: "Impostazioni e privacy", nl: "Instellingen en privacy" },
  help: { en: "Help", de: "Hilfe", fr: "Aide", es: "Ayuda", it: "Guida", nl: "Help" },
  language: { en: "Language", de: "Sprache", fr: "Langue", es: "Idioma", it: "Lingua", nl: "Taal" },
  activity: { en: "Posts & Activity", de: "Beiträge & Aktivitäten", fr: "Posts et activité", es: "Publicaciones y actividad", it: "Post e attività", nl: "Berichten en activiteit" },
  signout: { en: "Sign Out", de: "Abmelden", fr: "Déconnexion", es: "Cerrar sesión", it: "Esci", nl: "Afmelden" },
  account: { en: "Account preferences", de: "Kontoeinstellungen", fr: "Préférences du compte", es: "Preferencias de la cuenta", it: "Preferenze account", nl: "Accountvoorkeuren" },
  security: { en: "Sign in & security", de: "Anmelden & Sicherheit", fr: "Connexion et sécurité", es: "Inicio de sesión y seguridad", it: "Accesso e sicurezza", nl: "Aanmelden en beveiliging" },
  visibility: { en: "Visibility", de: "Sichtbarkeit", fr: "Visibilité", es: "Visibilidad", it: "Visibilità", nl: "Zichtbaarheid" },
  privacy: { en: "Data privacy", de: "Datenschutz", fr: "Confidentialité des données", es: "Privacidad de datos", it: "Privacy dei dati", nl: "Gegevensprivacy" },
  ads: { en: "Advertising data", de: "Werbedaten", fr: "Données publicitaires", es: "Datos de publicidad", it: "Dati pubblicitari", nl: "Advertentiegegevens" },
  // es, nl (?)
  howUses: { en: "How LinkedIn uses your data", de: "So verwendet LinkedIn Ihre Daten", fr: "Comment LinkedIn utilise vos données", es: "Cómo usa LinkedIn tus datos", it: "Come LinkedIn utilizza i tuoi dati", nl: "Hoe LinkedIn je gegevens gebruikt" },
  copy: { en: "Get a copy of your data", de: "Kopie Ihrer Daten anfordern", fr: "Obtenir une copie de vos données", es: "Obtener una copia de tus datos", it: "Ottieni una copia dei tuoi dati", nl: "Een kopie van je gegevens opvragen" },
  search: { en: "Search history", de: "Suchverlauf", fr: "Historique des recherches", es: "Historial de búsqueda", it: "Cronologia delle ricerche", nl: "Zoekgeschiedenis" },
  research: { en: "Social, economic, and workplace research", de: "Sozial-, Wirtschafts- und Arbeitsplatzforschung", fr: "Recherche sociale, économique et professionnelle", es: "Investigación social, económica y laboral", it: "Ricerca sociale, economica e lavorativa", nl: "Sociaal, economisch en werkplekonderzoek" },
  // es conflicting ("Datos para la mejora de la IA generativa"); it, nl single source
  aiName: { en: "Data for Generative AI Improvement", de: "Daten zur Verbesserung generativer KI", fr: "Données pour l’amélioration de l’IA générative", es: "Datos para mejorar la IA generativa", it: "Dati per migliorare l’IA generativa", nl: "Gegevens voor verbetering van generatieve AI" },
  question: { en: "Can LinkedIn use your personal data and content you create on LinkedIn to train generative AI models that create content?", de: "Darf LinkedIn Ihre personenbezogenen Daten und Inhalte, die Sie auf LinkedIn erstellen, zum Trainieren generativer KI-Modelle verwenden, die Inhalte erstellen?", fr: "LinkedIn peut-il utiliser vos données personnelles et les contenus que vous créez sur LinkedIn pour entraîner des modèles d’IA générative qui créent du contenu ?", es: "¿Puede LinkedIn usar tus datos personales y el contenido que creas en LinkedIn para entrenar modelos de IA generativa que crean contenido?", it: "LinkedIn può usare i tuoi dati personali e i contenuti che crei su LinkedIn per addestrare modelli di IA generativa che creano contenuti?", nl: "Mag LinkedIn je persoonsgegevens en de content die je op LinkedIn maakt gebruiken om generatieve AI-modellen te trainen die content maken?" },
  // it (?)
  switchLabel: { en: "Use my data for training content creation AI models", de: "Ihre Daten zum Schulen von KI-Modellen verwenden, um Inhalte zu erstellen", fr: "Utiliser mes données pour entraîner des modèles d’IA de création de contenu", es: "Usar mis datos para entrenar modelos de IA que crean contenido", it: "Usa i miei dati per addestrare i modelli di IA per la creazione di contenuti", nl: "Mijn gegevens gebruiken voor training van AI-modellen waarmee content wordt gemaakt" },
  explain: { en: "When this setting is on, LinkedIn can use your data and content to train content-generating AI models that are used in product features. The data we use for this purpose does not include your private messages.", de: "Wenn diese Einstellung aktiviert ist, kann LinkedIn Ihre Daten und Inhalte zum Trainieren von KI-Modellen verwenden. Ihre privaten Nachrichten gehören nicht dazu.", fr: "Lorsque ce paramètre est activé, LinkedIn peut utiliser vos données et contenus pour entraîner des modèles d’IA. Vos messages privés n’en font pas partie.", es: "Cuando este ajuste está activado, LinkedIn puede usar tus datos y tu contenido para entrenar modelos de IA. Tus mensajes privados no se incluyen.", it: "Quando questa impostazione è attiva, LinkedIn può usare i tuoi dati e contenuti per addestrare modelli di IA. I tuoi messaggi privati non sono inclusi.", nl: "Als deze instelling aan staat, kan LinkedIn je gegevens en content gebruiken om AI-modellen te trainen. Je privéberichten horen daar niet bij." },
  learnMore: { en: "Learn more", de: "Weitere Infos", fr: "En savoir plus", es: "Más información", it: "Scopri di più", nl: "Meer informatie" },
  // en, de confirmed; nl "Uit", it "Sì/No" single source; the rest (?)
  on: { en: "On", de: "Ein", fr: "Oui", es: "Sí", it: "Sì", nl: "Aan" },
  off: { en: "Off", de: "Aus", fr: "Non", es: "No", it: "No", nl: "Uit" },
  post: { en: "Start a post", de: "Beitrag beginnen", fr: "Commencer un post", es: "Crear publicación", it: "Avvia un post", nl: "Bericht starten" },
};

if (!("aiAllowed" in state)) {
  state.aiAllowed = !variant.optedout;
  saveState();
}
const app = document.getElementById("app");

function mePhoto() {
  return el("img", { class: "global-nav__me-photo evi-image ember-view", id: "ember31", alt: "Ada Lovelace", width: "24", height: "24",
    src: "data:image/gif;base64,R0lGODlhAQABAAAAACw=" });
}

// The caret is an inline icon, not a text character.
function caretIcon() {
  const NS = "http://www.w3.org/2000/svg";
  const svg = document.createElementNS(NS, "svg");
  for (const [k, v] of Object.entries({ viewBox: "0 0 16 16", "data-supported-dps": "16x16", fill: "currentColor", class: "mercado-match",
    width: "16", height: "16", focusable: "false", "aria-hidden": "true", "data-test-icon": "caret-small" })) svg.setAttribute(k, v);
  const path = document.createElementNS(NS, "path");
  path.setAttribute("d", "M8 11 3 6h10z");
  svg.append(path);
  return svg;
}

// churn=pointer: on pointerdown the element gets a pressed class and style, and rerender() replaces one of its
// children (or a sibling); pointerup/pointercancel take the class and style away again.
function churnOnPointerdown(node, rerender) {
  node.addEventListener("pointerdown", () => {
    node.classList.add("is-pressed");
    node.style.boxShadow = "0 0 0 2px rgba(10, 102, 194, .4)";
    rerender();
  });
  const release = () => {
    node.classList.remove("is-pressed");
    node.style.removeProperty("box-shadow");
    if (!node.getAttribute("style")) node.removeAttribute("style");
  };
  node.addEventListener("pointerup", release);
  node.addEventListener("pointercancel", release);
}

// The dropdown's items exist only while it is open.
function meMenu() {
  // Closed, the panel is an empty aria-hidden container (research addendum): the items exist only while open.
  const panel = el("div", { class: "global-nav__me-content artdeco-dropdown__content artdeco-dropdown--is-dropdown-element artdeco-dropdown__content--justification-right artdeco-dropdown__content--placement-bottom", "aria-hidden": "true" });
  // No aria-label and no data-test* attribute: the name comes from the photo's alt and the text "Me".
  const trigger = el("button", {
    class: "global-nav__primary-link global-nav__primary-link-me-menu-trigger artdeco-dropdown__trigger artdeco-dropdown__trigger--placement-bottom ember-view",
    "aria-expanded": "false", type: "button", id: "ember30", mark: "me",
  }, mePhoto(), el("span", { class: "global-nav__primary-link-text" }, tr(L.me), caretIcon()));
  if (CHURN) churnOnPointerdown(trigger, () => trigger.querySelector("img").replaceWith(mePhoto()));
  function inner() {
    return el("div", { class: "artdeco-dropdown__content-inner" },
      el("header", { class: "global-nav__me-content-header" },
        el("div", { class: "artdeco-entity-lockup" }, el("strong", {}, "Ada Lovelace"), el("p", {}, "Analyst")),
        el("a", { class: "artdeco-button artdeco-button--secondary", href: "/in/ada-lovelace/" }, tr(L.viewProfile))),
      el("ul", { class: "global-nav__secondary-items", "aria-label": "Me menu" },
        el("li", { class: "global-nav__secondary-item" },
          el("h3", { class: "global-nav__secondary-title" }, tr(L.accountSection)),
          el("ul", { class: "mv1", "aria-label": tr(L.accountSection) },
            el("li", {}, el("a", { class: "global-nav__secondary-link app-aware-link", href: "/mypreferences/d/categories/account",
              "data-control-name": "nav.settings_and_privacy", mark: "settings-link" }, tr(L.settings))),
            el("li", {}, el("a", { class: "global-nav__secondary-link", href: "/help/linkedin/", "data-control-name": "nav.help" }, tr(L.help))),
            el("li", {}, el("a", { class: "global-nav__secondary-link", href: "/mypreferences/d/settings/language", "data-control-name": "nav.language" }, tr(L.language))))),
        el("li", { class: "global-nav__secondary-item" },
          el("h3", { class: "global-nav__secondary-title" }, tr(L.manageSection)),
          el("ul", { class: "mv1", "aria-label": tr(L.manageSection) },
            el("li", {}, el("a", { class: "global-nav__secondary-link", href: "/in/ada-lovelace/recent-activity/" }, tr(L.activity))))),
        el("li", { class: "global-nav__secondary-item global-nav__secondary-item--divider" },
          el("a", { class: "global-nav__secondary-link", href: "/m/logout/", "data-control-name": "nav.settings_signout" }, tr(L.signout)))));
  }
  function setOpen(open) {
    trigger.setAttribute("aria-expanded", String(open));
    panel.setAttribute("aria-hidden", String(!open));
    panel.replaceChildren(...(open ? [inner()] : []));
  }
  trigger.addEventListener("click", () => setOpen(trigger.getAttribute("aria-expanded") !== "true"));
  const root = el("div", { class: "global-nav__me artdeco-dropdown artdeco-dropdown--placement-bottom artdeco-dropdown--justification-left ember-view" }, trigger, panel);
  document.addEventListener("click", (e) => {
    if (trigger.getAttribute("aria-expanded") === "true" && !root.contains(e.target)) setOpen(false);
  });
  document.addEventListener("keydown", (e) => { if (e.key === "Escape" && trigger.getAttribute("aria-expanded") === "true") setOpen(false); });
  return root;
}

function navItem(href, label) {
  return el("li", { class: "global-nav__primary-item" }, el("a", { class: "global-nav__primary-link", href }, el("span", { class: "global-nav__primary-link-text" }, tr(label))));
}

function globalNav() {
  return el("header", { id: "global-nav", class: "global-nav global-nav--jet" },
    el("a", { class: "global-nav__logo", href: "/feed/", "aria-label": "LinkedIn" }, "in"),
    el("nav", { class: "global-nav__nav", "aria-label": "Primary Navigation" },
      el("ul", { class: "global-nav__primary-items" },
        navItem("/feed/", L.home), navItem("/mynetwork/", L.network), navItem("/jobs/", L.jobs),
        navItem("/messaging/", L.messaging), navItem("/notifications/", L.notifications),
        el("li", { class: "global-nav__primary-item" }, meMenu()))));
}

function feed() {
  const main = el("main", { class: "scaffold-layout__main", "aria-label": "Main Feed" });
  later(main, () => [el("div", { class: "share-box-feed-entry__top-bar" }, el("button", { type: "button", class: "artdeco-button" }, tr(L.post))),
    ...[1, 2, 3].map((i) => el("article", { class: "feed-shared-update-v2" }, el("p", {}, `Post ${i}`)))]);
  app.replaceChildren(el("div", { class: "application-outlet" }, globalNav(), el("div", { class: "authentication-outlet" }, main)));
}

const CATEGORIES = [["account", L.account], ["sign-in-and-security", L.security], ["profile-visibility", L.visibility],
  ["privacy", L.privacy], ["ads", L.ads], ["notifications", L.notifications]];

// The settings app: its own header, a left nav of categories, content rendered into #main.
function settingsPage(current, content) {
  const nav = el("nav", { class: "settings-nav", "aria-label": "Settings" },
    el("ul", {}, ...CATEGORIES.map(([slug, label]) => el("li", {},
      el("a", { href: `/mypreferences/d/categories/${slug}`, spa: true, "aria-current": slug === current ? "page" : null,
        mark: slug === "privacy" ? "privacy-link" : null }, tr(label))))));
  const section = el("section", { class: "settings-content" });
  later(section, content);
  app.replaceChildren(el("header", { class: "settings-header" }, el("a", { href: "/feed/", "aria-label": "LinkedIn" }, "in"), el("h1", {}, tr(L.settings))),
    el("main", { id: "main", class: "settings" }, nav, section));
}

function categoryItem(slug, label, peek) {
  return el("li", {}, el("a", { class: "category-item", href: `/mypreferences/d/${slug}`, spa: true, mark: slug === "settings/data-for-ai-improvement" ? "ai-link" : null },
    el("span", {}, tr(label)), peek ? el("span", { "data-test-category-item-sneakpeek": "" }, peek) : null, el("span", { "aria-hidden": "true" }, "→")));
}

function privacyCategory() {
  return [el("h2", {}, tr(L.privacy)),
    el("section", { class: "category-section" }, el("h3", {}, tr(L.howUses)),
      el("ul", {},
        categoryItem("download-my-data", L.copy),
        categoryItem("settings/search-history", L.search),
        categoryItem("settings/policy-and-academic-research", L.research, tr(L.on)),
        categoryItem("settings/data-for-ai-improvement", L.aiName, tr(state.aiAllowed ? L.on : L.off))))];
}

function aiSetting() {
  let word = el("span", { class: "state-word" }, tr(state.aiAllowed ? L.on : L.off));
  const input = el("input", {
    type: "checkbox", role: "switch", "aria-labelledby": "allowDataForGenerativeAI", class: "_switchCheckbox_1x9f2",
    checked: state.aiAllowed, mark: "ai-switch",
    on: {
      change: () => {
        state.aiAllowed = input.checked;
        saveState();
        word.textContent = tr(state.aiAllowed ? L.on : L.off);
      },
    },
  });
  const label = el("label", { class: "switch" }, word, input);
  if (CHURN) {
    churnOnPointerdown(input, () => {
      // The state word is rendered again, as a framework re-render would.
      const fresh = el("span", { class: "state-word" }, word.textContent);
      label.replaceChild(fresh, word);
      word = fresh;
    });
  }
  return [el("h2", {}, tr(L.aiName)), el("p", {}, tr(L.question)),
    el("div", { class: "toggle-row" },
      el("div", {}, el("p", { id: "allowDataForGenerativeAI" }, tr(L.switchLabel))),
      label),
    el("p", { class: "explain" }, tr(L.explain), " ", el("a", { href: "/help/linkedin/answer/a6278444" }, tr(L.learnMore)))];
}

onRoute(() => {
  let path = location.pathname;
  // Old and bare settings addresses land in the new settings app.
  if (/^\/psettings\/privacy/.test(path)) redirect("/mypreferences/d/categories/privacy");
  else if (/^\/psettings(\/|$)/.test(path) || /^\/mypreferences(\/d)?\/?$/.test(path)) redirect("/mypreferences/d/categories/account");
  path = location.pathname;
  if (path.startsWith("/mypreferences/d/categories/privacy")) return settingsPage("privacy", privacyCategory);
  if (path.startsWith("/mypreferences/d/settings/data-for-ai-improvement")) return settingsPage("privacy", aiSetting);
  if (path.startsWith("/mypreferences/")) {
    const slug = path.replace(/\/$/, "").split("/").pop();
    const category = CATEGORIES.find(([s]) => s === slug);
    return settingsPage(category ? slug : null, () => [el("h2", {}, tr(category ? category[1] : L.account))]);
  }
  return feed();
});
