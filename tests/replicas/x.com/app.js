// X replica, after docs/evidence.md (X's own strings and component code, build of 2025-07-01) and
// the X sections of docs/evidence.md. React Native for Web shapes: the left nav in header[role=banner]
// with its own "Grok" link (/i/grok, on every page: a decoy for anything that matches the bare word "Grok") and the
// "More" button whose menu is rendered into #layers only after the click; settings routed client-side
// (/settings → /settings/account), rows are anchors with role="tab" (never role=link), every row of a category page
// is data-testid="pivot"; the Grok page's checkboxes are real inputs wrapped in <label>s whose aria-describedby ids
// (CHECKBOX_<n>_LABEL) come from a counter over every checkbox created since the page loaded.
// Variants (besides lang, scramble, late, optedout): grokrow=late (the Grok row appears ~2.5 s after the rest of
// the Privacy and safety list), grokrow=missing (it never appears: the site changed).
// Test registry keys: more, nav-grok, settings-link, privacy-link, grok-row, training, personalize, history, and the
// look-alike checkboxes of the other data-sharing pages: ads-box, inferred-box, partners-box, location-box.
const { el, tr, state, saveState, onRoute, later, redirect, variant } = Replica;

// X's translation keys (x-web-client.md) are named after each entry; everything else is marked (?): plausible
// translations, or English where the research has no other language.
const L = {
  i5aa4ce0: { en: "More menu items", de: "Mehr Menübefehle", fr: "Plus d'options de menu", es: "Más elementos del menú", it: "Altri elementi del menu", nl: "Meer menu-items" },
  h63a5c3c: { en: "More", de: "Mehr", fr: "Plus", es: "Más opciones", it: "Altro", nl: "Meer" },
  fd442790: { en: "Settings and privacy", de: "Einstellungen und Datenschutz", fr: "Paramètres et confidentialité", es: "Configuración y privacidad", it: "Impostazioni e privacy", nl: "Instellingen en privacy" },
  cad53944: { en: "Privacy and safety", de: "Datenschutz und Sicherheit", fr: "Confidentialité et sécurité", es: "Privacidad y seguridad", it: "Privacy e sicurezza", nl: "Privacy en veiligheid" },
  i83cab8a: { en: "Data sharing and personalization", de: "Datenfreigabe und Personalisierung", fr: "Partage des données et personnalisation", es: "Intercambio y personalización de datos", it: "Personalizzazione e condivisione dati", nl: "Gegevens delen en personalisatie" },
  ff4b3818: { en: "Grok & Third-party Collaborators", de: "Grok und unabhängige Kooperationspartner", fr: "Grok et collaborateurs tiers", es: "Grok y colaboradores externos", it: "Grok e collaboratori terzi", nl: "Grok en samenwerkende derde partijen" },
  f2b1e83e: { en: "Grok & Third-Party Collaborators", de: "Grok und unabhängige Kooperationspartner", fr: "Grok et collaborateurs tiers", es: "Grok y colaboradores externos", it: "Grok e collaboratori di terze parti", nl: "Grok en samenwerkende derde partijen" },
  i586f3e0: {
    en: "Allow your public data as well as your interactions, inputs, and results with Grok and xAI to be used for training and fine-tuning",
    de: "Erlauben, dass deine öffentlichen Daten sowie deine Interaktionen, Eingaben und Ergebnisse bei Grok und xAI für Training und Feinabstimmung herangezogen werden",
    fr: "Autoriser l'utilisation de mes données publiques ainsi que de mes interactions, saisies et résultats obtenus avec Grok et xAI à des fins d'entraînement et d'ajustement",
    es: "Permite que tus datos públicos, así como tus interacciones, entradas y resultados con Grok y xAI, se utilicen para entrenamiento y perfeccionamiento",
    it: "Consenti l'utilizzo dei tuoi dati pubblici, delle tue interazioni, delle informazioni che inserisci e dei risultati per Grok e xAI a scopi di addestramento e ottimizzazione",
    nl: "Sta toe dat je openbare gegevens en interacties, invoer en resultaten van Grok en xAI worden gebruikt voor training en finetuning",
  },
  // English only in the research (chatgpt-x.md §6): shown in English in every language.
  dataSharing: { en: "Data Sharing" },
  dataSharingText: { en: "X may share with xAI your X public data as well as your user interactions, inputs and results with Grok on X to train and fine-tune Grok and other AI models developed by xAI." },
  grokPersonalization: { en: "Grok Personalization" },
  personalize: { en: "Allow X to personalize your experience with Grok" },
  remember: { en: "Allow Grok to remember your conversation history" },
  // de (S), fr (XRECON); es, it, nl (?)
  deleteHistory: { en: "Delete conversation history", de: "Konversationsprotokoll löschen", fr: "Supprimer l'historique des conversations", es: "Eliminar historial de conversaciones", it: "Elimina cronologia delle conversazioni", nl: "Gespreksgeschiedenis verwijderen" },
  // The left nav (?), except the brand names.
  home: { en: "Home", de: "Startseite", fr: "Accueil", es: "Inicio", it: "Home", nl: "Startpagina" },
  explore: { en: "Explore", de: "Entdecken", fr: "Explorer", es: "Explorar", it: "Esplora", nl: "Verkennen" },
  notifications: { en: "Notifications", de: "Mitteilungen", fr: "Notifications", es: "Notificaciones", it: "Notifiche", nl: "Meldingen" },
  messages: { en: "Messages", de: "Nachrichten", fr: "Messages", es: "Mensajes", it: "Messaggi", nl: "Berichten" },
  profile: { en: "Profile", de: "Profil", fr: "Profil", es: "Perfil", it: "Profilo", nl: "Profiel" },
  bookmarks: { en: "Bookmarks", de: "Lesezeichen", fr: "Signets", es: "Elementos guardados", it: "Segnalibri", nl: "Bladwijzers" },
  lists: { en: "Lists", de: "Listen", fr: "Listes", es: "Listas", it: "Liste", nl: "Lijsten" },
  // Settings categories (?), except cad53944 above.
  settings: { en: "Settings", de: "Einstellungen", fr: "Paramètres", es: "Configuración", it: "Impostazioni", nl: "Instellingen" },
  back: { en: "Back", de: "Zurück", fr: "Retour", es: "Atrás", it: "Indietro", nl: "Terug" },
  account: { en: "Your account", de: "Dein Konto", fr: "Votre compte", es: "Tu cuenta", it: "Il tuo account", nl: "Je account" },
  monetization: { en: "Monetization", de: "Monetarisierung", fr: "Monétisation", es: "Monetización", it: "Monetizzazione", nl: "Monetisatie" },
  security: { en: "Security and account access", de: "Sicherheit und Kontozugriff", fr: "Sécurité et accès au compte", es: "Seguridad y acceso a la cuenta", it: "Sicurezza e accesso all'account", nl: "Beveiliging en accounttoegang" },
  accessibility: { en: "Accessibility, display, and languages", de: "Barrierefreiheit, Anzeige und Sprachen", fr: "Accessibilité, affichage et langues", es: "Accesibilidad, pantalla e idiomas", it: "Accessibilità, schermo e lingue", nl: "Toegankelijkheid, weergave en talen" },
  about: { en: "Additional resources", de: "Zusätzliche Ressourcen", fr: "Ressources supplémentaires", es: "Recursos adicionales", it: "Risorse aggiuntive", nl: "Aanvullende bronnen" },
  accountInfo: { en: "Account information", de: "Kontoinformationen", fr: "Informations sur le compte", es: "Información de la cuenta", it: "Informazioni sull'account", nl: "Accountgegevens" },
  password: { en: "Change your password", de: "Passwort ändern", fr: "Changer votre mot de passe", es: "Cambia tu contraseña", it: "Cambia la password", nl: "Je wachtwoord wijzigen" },
  archive: { en: "Download an archive of your data", de: "Archiv deiner Daten herunterladen", fr: "Télécharger une archive de vos données", es: "Descargar un archivo de tus datos", it: "Scarica un archivio dei tuoi dati", nl: "Een archief van je gegevens downloaden" },
  deactivate: { en: "Deactivate your account", de: "Deinen Account deaktivieren", fr: "Désactiver votre compte", es: "Desactiva tu cuenta", it: "Disattiva il tuo account", nl: "Je account deactiveren" },
  // Privacy and safety rows (chatgpt-x.md §6 gives the English list and its order; translations (?)).
  activity: { en: "Your X activity", de: "Deine Aktivität auf X", fr: "Votre activité sur X", es: "Tu actividad en X", it: "La tua attività su X", nl: "Je X-activiteit" },
  audience: { en: "Audience, media and tagging", de: "Publikum, Medien und Markierungen", fr: "Audience, médias et identification", es: "Audiencia, contenido multimedia y etiquetado", it: "Pubblico, contenuti multimediali e tag", nl: "Publiek, media en taggen" },
  posts: { en: "Your posts", de: "Deine Posts", fr: "Vos posts", es: "Tus posts", it: "I tuoi post", nl: "Je posts" },
  content: { en: "Content you see", de: "Inhalte, die du siehst", fr: "Contenu que vous voyez", es: "Contenido que ves", it: "Contenuti che vedi", nl: "Content die je ziet" },
  mute: { en: "Mute and block", de: "Stummschalten und blockieren", fr: "Masquer et bloquer", es: "Silenciar y bloquear", it: "Silenzia e blocca", nl: "Negeren en blokkeren" },
  chat: { en: "Chat", de: "Chat", fr: "Chat", es: "Chat", it: "Chat", nl: "Chat" },
  spaces: { en: "Spaces", de: "Spaces", fr: "Spaces", es: "Espacios", it: "Spazi", nl: "Spaces" },
  discoverability: { en: "Discoverability and contacts", de: "Auffindbarkeit und Kontakte", fr: "Visibilité et contacts", es: "Visibilidad y contactos", it: "Visibilità e contatti", nl: "Vindbaarheid en contacten" },
  aboutAccount: { en: "About your account", de: "Über deinen Account", fr: "À propos de votre compte", es: "Acerca de tu cuenta", it: "Informazioni sul tuo account", nl: "Over je account" },
  ads: { en: "Ads preferences", de: "Anzeigeneinstellungen", fr: "Préférences en matière de publicités", es: "Preferencias de anuncios", it: "Preferenze annunci", nl: "Advertentievoorkeuren" },
  inferred: { en: "Inferred identity", de: "Abgeleitete Identität", fr: "Identité déduite", es: "Identidad inferida", it: "Identità dedotta", nl: "Afgeleide identiteit" },
  partners: { en: "Data sharing with business partners", de: "Datenfreigabe für Geschäftspartner", fr: "Partage des données avec les partenaires commerciaux", es: "Intercambio de datos con socios comerciales", it: "Condivisione dei dati con i partner commerciali", nl: "Gegevens delen met zakenpartners" },
  location: { en: "Location information", de: "Standortinformationen", fr: "Informations de localisation", es: "Información de ubicación", it: "Informazioni sulla posizione", nl: "Locatiegegevens" },
  learnPrivacy: { en: "Learn more about privacy on X", de: "Weitere Informationen zum Datenschutz auf X", fr: "En savoir plus sur la confidentialité sur X", es: "Más información sobre la privacidad en X", it: "Scopri di più sulla privacy su X", nl: "Meer informatie over privacy op X" },
  // The checkboxes of the other data-sharing pages (BRAVE-X saw checkboxes there; labels English only).
  adsBox: { en: "Personalized ads" },
  inferredBox: { en: "Personalize based on your inferred identity" },
  partnersBox: { en: "Allow additional information sharing with business partners" },
  locationBox: { en: "Personalize based on places you've been" },
  askGrok: { en: "Ask anything" },
};

const CHECKS = { training: !variant.optedout, personalize: true, history: true, ads: true, inferred: true, partners: true, location: true };
if (!state.checks || Array.isArray(state.checks)) {
  state.checks = CHECKS;
  saveState();
}
const root = document.getElementById("react-root");
const layers = document.getElementById("layers");

// --- Left nav and the "More" menu -------------------------------------------------------------------------------

function moreButton() {
  return Replica.target("more");
}

function closeMenu() {
  layers.replaceChildren();
  moreButton()?.setAttribute("aria-expanded", "false");
}

function openMenu(more) {
  more.setAttribute("aria-expanded", "true");
  const at = more.getBoundingClientRect();
  // The menu exists only after the click, a moment later.
  setTimeout(() => {
    if (more.getAttribute("aria-expanded") !== "true" || !more.isConnected) return;
    layers.replaceChildren(el("div", { class: "css-175oi2r r-1p0dtai r-1d2f490 r-u8s1d r-zchlnj r-ipm5af" },
      el("div", { role: "menu", "data-testid": "Dropdown", class: "css-175oi2r r-1ut6f8c r-1q9bdsx r-qo02w8",
        style: `position: fixed; left: ${Math.round(at.left)}px; bottom: ${Math.max(8, Math.round(innerHeight - at.top + 4))}px` },
        el("a", { role: "menuitem", href: "/i/bookmarks", spa: true, class: "css-175oi2r r-18u37iz r-1mmae3n" }, el("span", {}, tr(L.bookmarks))),
        el("a", { role: "menuitem", href: "/ada_lovelace/lists", spa: true, class: "css-175oi2r r-18u37iz r-1mmae3n" }, el("span", {}, tr(L.lists))),
        el("a", { role: "menuitem", href: "/settings", "data-testid": "settings", spa: true, mark: "settings-link", class: "css-175oi2r r-18u37iz r-1mmae3n" },
          el("span", { class: "css-1jxf684 r-bcqeeo" }, tr(L.fd442790))))));
  }, 150);
}

// A click anywhere else closes the menu, as X's layer mask does.
document.addEventListener("click", (e) => {
  const more = moreButton();
  if (!layers.firstChild || layers.contains(e.target) || (more && more.contains(e.target))) return;
  closeMenu();
});
document.addEventListener("keydown", (e) => {
  if (e.key === "Escape" && layers.firstChild) closeMenu();
});

function navLink(href, label, testid, extra = {}) {
  return el("a", { href, spa: true, role: "link", "aria-label": label, "data-testid": testid, class: "css-175oi2r r-6koalj r-eqz5dr r-16y2uox r-1habvwh", ...extra },
    el("div", { class: "css-175oi2r r-sdzlij r-dnmrzs r-1awozwy" }, el("span", { class: "css-1jxf684 r-bcqeeo" }, label)));
}

function banner() {
  const more = el("button", {
    "aria-label": tr(L.i5aa4ce0), role: "button", type: "button", class: "css-175oi2r r-6koalj r-eqz5dr r-16y2uox r-1habvwh r-cnw61z",
    "data-testid": "AppTabBar_More_Menu", "aria-expanded": "false", "aria-haspopup": "menu", mark: "more",
  }, el("div", { class: "css-175oi2r r-sdzlij r-dnmrzs r-1awozwy" }, el("span", { class: "css-1jxf684 r-bcqeeo" }, tr(L.h63a5c3c))));
  more.addEventListener("click", () => (more.getAttribute("aria-expanded") === "true" ? closeMenu() : openMenu(more)));
  return el("header", { role: "banner", class: "css-175oi2r r-lrvibr r-obd0qt r-16y2uox" },
    el("div", { class: "css-175oi2r r-1pi2tsx r-1wtj0ep" },
      el("h1", { role: "heading", class: "css-1jxf684" }, el("a", { href: "/home", spa: true, "aria-label": "X", role: "link" }, "𝕏")),
      el("nav", { "aria-label": "Primary", role: "navigation", class: "css-175oi2r r-15zivkp r-1bymd8e r-13qz1uu" },
        navLink("/home", tr(L.home), "AppTabBar_Home_Link"),
        navLink("/explore", tr(L.explore), "AppTabBar_Explore_Link"),
        navLink("/notifications", tr(L.notifications), "AppTabBar_Notifications_Link"),
        navLink("/messages", tr(L.messages), "AppTabBar_DirectMessage_Link"),
        // X's nav has its own "Grok" link on every page, settings pages included.
        navLink("/i/grok", "Grok", null, { mark: "nav-grok" }),
        navLink("/ada_lovelace", tr(L.profile), "AppTabBar_Profile_Link"),
        more)));
}

function frame(...content) {
  root.replaceChildren(el("div", { class: "css-175oi2r r-13awgt0 r-12vffkv frame" }, banner(),
    el("main", { role: "main", class: "css-175oi2r r-16y2uox r-1wbh5a2" }, ...content)));
}

// --- Pages outside settings ----------------------------------------------------------------------------------------

function homePage() {
  const timeline = el("div", { "aria-label": "Timeline: Your Home Timeline", class: "css-175oi2r timeline" });
  frame(timeline);
  later(timeline, () => [1, 2, 3].map((i) => el("article", { "data-testid": "tweet", role: "article", class: "css-175oi2r r-18u37iz" },
    el("div", { "data-testid": "tweetText", lang: "en" }, `Post ${i}`))));
}

function grokApp() {
  const body = el("div", { class: "css-175oi2r grok" });
  frame(body);
  later(body, () => [el("h2", { role: "heading" }, "Grok"), el("textarea", { placeholder: tr(L.askGrok), "aria-label": tr(L.askGrok) })]);
}

function otherPage(title) {
  const body = el("div", { class: "css-175oi2r other" });
  frame(body);
  later(body, () => el("h2", { role: "heading" }, title));
}

// --- Settings ------------------------------------------------------------------------------------------------------

const CATEGORIES = [
  ["account", L.account, "accountLink"],
  ["monetization", L.monetization, null],
  ["security_and_account_access", L.security, "accountAccessLink"],
  ["privacy_and_safety", L.cad53944, "privacyAndSafetyLink"],
  ["notifications", L.notifications, "notificationsLink"],
  ["accessibility_display_and_languages", L.accessibility, "accessibilityLink"],
  ["about", L.about, "aboutLink"],
];

function settingsLayout(category, details, back = false) {
  const nav = el("section", { "aria-label": "Section navigation", role: "region", class: "css-175oi2r r-aqfbo4 r-1l7z4oj settings-nav" },
    el("h2", { role: "heading", class: "css-1jxf684" }, tr(L.settings)),
    el("div", { role: "tablist", class: "css-175oi2r" }, ...CATEGORIES.map(([slug, label, testid]) =>
      el("a", { href: `/settings/${slug}`, spa: true, role: "tab", "aria-selected": String(category === slug), "data-testid": testid,
        mark: slug === "privacy_and_safety" ? "privacy-link" : null, class: "css-175oi2r r-1loqt21 r-18u37iz r-1ny4l3l" },
      el("span", { class: "css-1jxf684 r-bcqeeo" }, tr(label)), el("span", { "aria-hidden": "true", class: "chevron" }, "›")))));
  const body = el("div", { class: "css-175oi2r" });
  const section = el("section", { "aria-label": "Section details", role: "region", class: "css-175oi2r r-1ye8kvj settings-details" },
    back ? el("button", { type: "button", "aria-label": tr(L.back), "data-testid": "app-bar-back", class: "css-175oi2r back",
      on: { click: () => history.back() } }, "←") : null, body);
  frame(nav, section);
  later(body, details);
}

// A settings row: an anchor with role="tab" (X's row component default), a title and an optional description.
function pivot(href, title, description, mark) {
  return el("a", { href, spa: true, role: "tab", "aria-selected": "false", "data-testid": "pivot", mark, class: "css-175oi2r r-1loqt21 r-18u37iz r-1ny4l3l pivot" },
    el("div", { class: "css-175oi2r r-1wbh5a2" },
      el("span", { class: "css-1jxf684 r-bcqeeo title" }, title),
      description ? el("span", { class: "css-1jxf684 r-bcqeeo r-14gqq1x description" }, description) : null),
    el("span", { "aria-hidden": "true", class: "chevron" }, "›"));
}

function subheader(text) {
  return el("h2", { role: "heading", "aria-level": "2", class: "css-1jxf684 r-bcqeeo subheader" }, text);
}

const ACCOUNT_ROWS = [["your_twitter_data/account", L.accountInfo], ["password", L.password], ["download_your_data", L.archive],
  ["deactivate", L.deactivate]];
const ACTIVITY_ROWS = [["audience_and_tagging", L.audience], ["your_tweets", L.posts], ["content_you_see", L.content],
  ["mute_and_block", L.mute], ["direct_messages", L.chat], ["spaces", L.spaces], ["contacts", L.discoverability],
  ["about_your_account", L.aboutAccount]];
const SHARING_ROWS = [["ads_preferences", L.ads], ["off_twitter_activity", L.inferred],
  ["data_sharing_with_business_partners", L.partners], ["location_information", L.location]];

function accountPage() {
  return [el("h2", { role: "heading", class: "css-1jxf684 title" }, tr(L.account)),
    ...ACCOUNT_ROWS.map(([slug, title]) => pivot(`/settings/${slug}`, tr(title)))];
}

function grokRow() {
  return pivot("/settings/grok_settings", tr(L.ff4b3818), tr(L.i586f3e0), "grok-row");
}

function privacyPage() {
  const rows = SHARING_ROWS.map(([slug, title]) => pivot(`/settings/${slug}`, tr(title)));
  const last = rows[rows.length - 1];
  if (!variant.grokrow) rows.push(grokRow());
  else if (variant.grokrow === "late") {
    // Shown later than the rest of the list (X shows the row only while a feature switch is on).
    setTimeout(() => { if (last.isConnected) last.after(grokRow()); }, 2500);
  }
  return el("div", { "data-testid": "privacyAndSafetyScreen", class: "css-175oi2r" },
    el("h2", { role: "heading", class: "css-1jxf684 title" }, tr(L.cad53944)),
    subheader(tr(L.activity)), ...ACTIVITY_ROWS.map(([slug, title]) => pivot(`/settings/${slug}`, tr(title))),
    subheader(tr(L.i83cab8a)), ...rows,
    el("a", { href: "https://help.x.com/rules-and-policies/x-privacy", class: "css-1jxf684 learn", target: "_blank", rel: "noopener" }, tr(L.learnPrivacy)));
}

// X numbers checkbox label ids with a counter over every checkbox created since the page loaded.
let checkboxCount = 0;

function checkbox(key, text, mark) {
  const id = `CHECKBOX_${++checkboxCount}_LABEL`;
  const input = el("input", { type: "checkbox", "aria-describedby": id, checked: state.checks[key], mark, class: "css-175oi2r r-1p0dtai r-crgep1" });
  // One click saves: no Save button.
  input.addEventListener("change", () => {
    state.checks[key] = input.checked;
    saveState();
  });
  return el("label", { class: "css-175oi2r r-18u37iz r-1wtj0ep check" },
    el("div", { class: "css-175oi2r r-16y2uox" }, el("span", { id, class: "css-1jxf684 r-bcqeeo" }, text)),
    el("div", { class: "css-175oi2r box" }, input));
}

function checkboxPage(title, key, label) {
  return () => [el("h2", { role: "heading", class: "css-1jxf684 title" }, title), checkbox(key, tr(label), `${key}-box`)];
}

function grokPage() {
  const english = Replica.lang === "en";
  return el("div", { class: "css-175oi2r" },
    el("h2", { role: "heading", class: "css-1jxf684 title" }, tr(L.f2b1e83e)),
    el("div", { "data-testid": "xaiDataSharingSettings", class: "css-175oi2r" },
      // The section headings and the description are known in English only: other languages show none.
      english ? subheader(tr(L.dataSharing)) : null,
      english ? el("div", { class: "css-1jxf684 r-14gqq1x description" }, tr(L.dataSharingText)) : null,
      checkbox("training", tr(L.i586f3e0), "training"),
      english ? subheader(tr(L.grokPersonalization)) : null,
      checkbox("personalize", tr(L.personalize), "personalize"),
      checkbox("history", tr(L.remember), "history"),
      el("button", { type: "button", role: "button", class: "css-175oi2r r-sdzlij delete" }, el("span", {}, tr(L.deleteHistory)))));
}

const PRIVACY_PAGES = {
  grok_settings: grokPage,
  ads_preferences: checkboxPage(tr(L.ads), "ads", L.adsBox),
  off_twitter_activity: checkboxPage(tr(L.inferred), "inferred", L.inferredBox),
  data_sharing_with_business_partners: checkboxPage(tr(L.partners), "partners", L.partnersBox),
  location_information: checkboxPage(tr(L.location), "location", L.locationBox),
};

function titledPage(title) {
  return () => el("h2", { role: "heading", class: "css-1jxf684 title" }, title);
}

onRoute(() => {
  closeMenu();
  if (/^\/settings\/?$/.test(location.pathname)) redirect("/settings/account");
  const path = location.pathname.replace(/\/$/, "");
  if (path.startsWith("/settings/")) {
    const sub = path.slice("/settings/".length);
    if (sub === "privacy_and_safety") return settingsLayout(sub, privacyPage);
    if (sub === "account") return settingsLayout(sub, accountPage);
    if (PRIVACY_PAGES[sub]) return settingsLayout("privacy_and_safety", PRIVACY_PAGES[sub], true);
    const category = CATEGORIES.find(([slug]) => slug === sub);
    if (category) return settingsLayout(sub, titledPage(tr(category[1])));
    const privacyRow = [...ACTIVITY_ROWS, ...SHARING_ROWS].find(([slug]) => slug === sub);
    if (privacyRow) return settingsLayout("privacy_and_safety", titledPage(tr(privacyRow[1])), true);
    const accountRow = ACCOUNT_ROWS.find(([slug]) => slug === sub);
    return settingsLayout("account", titledPage(accountRow ? tr(accountRow[1]) : tr(L.settings)), true);
  }
  if (path === "/i/grok") return grokApp();
  if (path === "/home" || path === "") return homePage();
  const named = { "/explore": L.explore, "/notifications": L.notifications, "/messages": L.messages, "/i/bookmarks": L.bookmarks };
  return otherPage(named[path] ? tr(named[path]) : "Ada Lovelace");
});
