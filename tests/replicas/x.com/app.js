// X replica, after shared/research/chatgpt-x.md: left nav "More" menu rendered into #layers after the click,
// settings routed client-side (/settings → /settings/account), Privacy and safety → Grok & Third-party Collaborators.
const { el, tr, state, saveState, navigate, onRoute, later, variant } = Replica;

const L = {
  home: { en: "Home", de: "Startseite", fr: "Accueil", es: "Inicio", it: "Home", nl: "Startpagina" },
  more: { en: "More", de: "Mehr", fr: "Plus", es: "Más", it: "Altro", nl: "Meer" },
  moreLabel: { en: "More menu items", de: "Mehr Menübefehle", fr: "Plus d’éléments de menu", es: "Más opciones de menú", it: "Altri elementi del menu", nl: "Meer menu-items" },
  settings: { en: "Settings and privacy", de: "Einstellungen und Datenschutz", fr: "Paramètres et confidentialité", es: "Configuración y privacidad", it: "Impostazioni e privacy", nl: "Instellingen en privacy" },
  account: { en: "Your account", de: "Dein Konto", fr: "Votre compte", es: "Tu cuenta", it: "Il tuo account", nl: "Je account" },
  security: { en: "Security and account access", de: "Sicherheit und Kontozugriff", fr: "Sécurité et accès au compte", es: "Seguridad y acceso a la cuenta", it: "Sicurezza e accesso all’account", nl: "Beveiliging en accounttoegang" },
  privacy: { en: "Privacy and safety", de: "Datenschutz und Sicherheit", fr: "Confidentialité et sécurité", es: "Privacidad y seguridad", it: "Privacy e sicurezza", nl: "Privacy en veiligheid" },
  notifications: { en: "Notifications", de: "Mitteilungen", fr: "Notifications", es: "Notificaciones", it: "Notifiche", nl: "Meldingen" },
  activity: { en: "Your X activity", de: "Deine Aktivität auf X", fr: "Votre activité sur X", es: "Tu actividad en X", it: "La tua attività su X", nl: "Je X-activiteit" },
  mute: { en: "Mute and block", de: "Stummschalten und blockieren", fr: "Masquer et bloquer", es: "Silenciar y bloquear", it: "Silenzia e blocca", nl: "Negeren en blokkeren" },
  sharing: { en: "Data sharing and personalization", de: "Datenfreigabe und Personalisierung", fr: "Partage des données et personnalisation", es: "Intercambio de datos y personalización", it: "Personalizzazione e condivisione dei dati", nl: "Gegevens delen en personalisatie" },
  ads: { en: "Ads preferences", de: "Anzeigeneinstellungen", fr: "Préférences en matière de publicités", es: "Preferencias de anuncios", it: "Preferenze annunci", nl: "Advertentievoorkeuren" },
  location: { en: "Location information", de: "Standortinformationen", fr: "Informations de localisation", es: "Información de ubicación", it: "Informazioni sulla posizione", nl: "Locatiegegevens" },
  grok: { en: "Grok & Third-party Collaborators", de: "Grok und Drittanbieter-Kollaborateure", fr: "Grok et collaborateurs tiers", es: "Grok y colaboradores externos", it: "Grok e collaboratori di terze parti", nl: "Grok en externe samenwerkingspartners" },
  dataSharing: { en: "Data Sharing", de: "Datenfreigabe", fr: "Partage des données", es: "Intercambio de datos", it: "Condivisione dei dati", nl: "Gegevens delen" },
  training: { en: "Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning",
    de: "Erlaube, dass deine öffentlichen Daten sowie deine Interaktionen, Eingaben und Ergebnisse mit Grok und xAI für Training und Feinabstimmung verwendet werden",
    fr: "Autoriser l’utilisation de vos données publiques ainsi que de vos interactions, saisies et résultats avec Grok et xAI pour l’entraînement et l’affinage",
    es: "Permitir que tus datos públicos y tus interacciones, entradas y resultados con Grok y xAI se usen para entrenamiento y ajuste",
    it: "Consenti che i tuoi dati pubblici e le tue interazioni, input e risultati con Grok e xAI vengano usati per l’addestramento e il perfezionamento",
    nl: "Sta toe dat je openbare gegevens en je interacties, invoer en resultaten met Grok en xAI worden gebruikt voor training en verfijning" },
  personalize: { en: "Allow X to personalize your experience with Grok", de: "Erlaube X, dein Erlebnis mit Grok zu personalisieren", fr: "Autoriser X à personnaliser votre expérience avec Grok", es: "Permitir que X personalice tu experiencia con Grok", it: "Consenti a X di personalizzare la tua esperienza con Grok", nl: "Sta X toe je ervaring met Grok te personaliseren" },
  remember: { en: "Allow Grok to remember your conversation history", de: "Erlaube Grok, sich an deinen Gesprächsverlauf zu erinnern", fr: "Autoriser Grok à mémoriser l’historique de vos conversations", es: "Permitir que Grok recuerde tu historial de conversaciones", it: "Consenti a Grok di ricordare la cronologia delle conversazioni", nl: "Sta Grok toe je gespreksgeschiedenis te onthouden" },
  deleteHistory: { en: "Delete conversation history", de: "Konversationsprotokoll löschen", fr: "Supprimer l’historique des conversations", es: "Eliminar historial de conversaciones", it: "Elimina cronologia delle conversazioni", nl: "Gespreksgeschiedenis verwijderen" },
};

if (!("checks" in state)) {
  state.checks = [!variant.optedout, true, true];
  saveState();
}
const root = document.getElementById("react-root");
const layers = document.getElementById("layers");

function closeMenu() {
  layers.replaceChildren();
  document.querySelector('[data-testid="AppTabBar_More_Menu"]')?.setAttribute("aria-expanded", "false");
}

function banner() {
  const more = el("button", { "data-testid": "AppTabBar_More_Menu", "aria-label": tr(L.moreLabel), "aria-expanded": "false",
    "aria-haspopup": "menu", role: "button", type: "button", class: "css-175oi2r r-6koalj r-eqz5dr" }, tr(L.more));
  more.addEventListener("click", () => {
    if (more.getAttribute("aria-expanded") === "true") return closeMenu();
    more.setAttribute("aria-expanded", "true");
    // The menu exists only after the click.
    setTimeout(() => layers.replaceChildren(el("div", { role: "menu", "data-testid": "Dropdown", class: "css-175oi2r r-1ut6f8c" },
      el("a", { role: "menuitem", href: "/settings", "data-testid": "settings", "data-spa": "", class: "css-175oi2r r-18u37iz" }, tr(L.settings)))), 150);
  });
  return el("header", { role: "banner", class: "css-175oi2r r-lrvibr" },
    el("a", { href: "/home", "data-testid": "AppTabBar_Home_Link", "data-spa": "", "aria-label": tr(L.home) }, tr(L.home)), more);
}

function frame(content) {
  root.replaceChildren(el("div", { class: "frame css-175oi2r" }, banner(), el("main", { role: "main" }, content)));
}

const NAV = [["account", L.account, "accountLink"], ["security_and_account_access", L.security, "accountAccessLink"],
  ["privacy_and_safety", L.privacy, "privacyAndSafetyLink"], ["notifications", L.notifications, "notificationsLink"]];

function settingsLayout(section, details) {
  const nav = el("section", { "aria-label": "Section navigation" }, ...NAV.map(([slug, label, testid]) =>
    el("a", { href: `/settings/${slug}`, role: "tab", "aria-selected": String(section === slug), "data-testid": testid, "data-spa": "" }, tr(label))));
  const body = el("section", { "aria-label": "Section details" });
  later(body, details);
  frame([nav, body]);
}

function pivot(slug, title) {
  return el("a", { href: `/settings/${slug}`, "data-testid": "pivot", role: "tab", "data-spa": "" }, el("span", {}, tr(title)));
}

function privacyPage() {
  return el("div", { "data-testid": "privacyAndSafetyScreen" },
    el("h2", {}, tr(L.privacy)), el("h3", {}, tr(L.activity)), pivot("mute_and_block", L.mute),
    el("h3", {}, tr(L.sharing)), pivot("ads_preferences", L.ads), pivot("location_information", L.location), pivot("grok_settings", L.grok));
}

function checkbox(n, text) {
  const input = el("input", { type: "checkbox", "aria-describedby": `CHECKBOX_${n}_LABEL`, checked: state.checks[n - 1] });
  input.addEventListener("change", () => {
    state.checks[n - 1] = input.checked;
    saveState();
  });
  return el("label", { class: "check" }, el("span", { id: `CHECKBOX_${n}_LABEL` }, tr(text)), input);
}

function grokPage() {
  return el("div", {}, el("h2", {}, tr(L.grok)), el("h3", {}, tr(L.dataSharing)), checkbox(1, L.training),
    el("h3", {}, "Grok"), checkbox(2, L.personalize), checkbox(3, L.remember),
    el("button", { type: "button" }, tr(L.deleteHistory)));
}

function homePage() {
  frame(el("div", { "aria-label": "Timeline: Your Home Timeline" }, ...[1, 2, 3].map((i) => el("article", { "data-testid": "tweet" }, `Post ${i}`))));
}

onRoute(() => {
  closeMenu();
  const path = location.pathname.replace(/\/$/, "");
  if (path === "/settings") {
    history.replaceState(null, "", "/settings/account");
  }
  const section = location.pathname.split("/")[2];
  if (!location.pathname.startsWith("/settings")) return homePage();
  if (section === "privacy_and_safety") return settingsLayout(section, privacyPage);
  if (section === "grok_settings") return settingsLayout("privacy_and_safety", grokPage);
  return settingsLayout(section, () => el("h2", {}, tr((NAV.find(([s]) => s === section) || NAV[0])[1])));
});
