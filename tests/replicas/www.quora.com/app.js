// Quora replica (www.quora.com), after docs/evidence.md. Known there: the privacy settings at
// /settings/privacy (C; older markup links it as "quora.com/settings/privacy", named "Privacy"), reached by the profile
// avatar at the top right → "Settings" → "Privacy" (C); a toggle "Allow large language models to be trained on your
// content" in a "Content Preferences" group together with "Allow GIFs to play automatically", "Allow advertisers on
// Quora to promote your answers" and "Notify your subscribers of your new questions" (C, in that order); rendered as
// switches (S). No markup is public: everything else is chosen (a React-like single-page app; the avatar a button
// opening a menu; the settings tabs on the left; each switch a div[role=switch] named by its row's title through
// aria-labelledby), and every other label, the rest of the privacy page and the home feed are made up.
// Labels: the English ones above are sourced; every non-English label here is made up (unknown in the research: Quora's
// other languages live on their own sites, de.quora.com and so on).
// Variants (besides lang, late, optedout, scramble):
//   changed=1   the site changed: the training toggle renamed and reworded (its neighbours stay)
// Test registry keys: profile, profile-menu, settings-item, account-tab, privacy-tab, llm-switch, gifs-switch,
//   ads-switch, notify-switch, search-switch, logo.
const { el, tr, state, saveState, onRoute, later, variant, lang } = Replica;
document.documentElement.lang = lang;
const CHANGED = Boolean(variant.changed);
const ORIGIN = "https://www.quora.com";

// Every non-English label is made up (unknown in the research); so is every English label not named in the header.
const L = {
  home: { en: "Home", de: "Startseite", fr: "Accueil", es: "Inicio", it: "Home", nl: "Start" },
  following: { en: "Following", de: "Folge ich", fr: "Abonnements", es: "Siguiendo", it: "Seguiti", nl: "Volgend" },
  answer: { en: "Answer", de: "Antworten", fr: "Répondre", es: "Responder", it: "Rispondi", nl: "Beantwoorden" },
  spaces: { en: "Spaces", de: "Spaces", fr: "Espaces", es: "Espacios", it: "Spazi", nl: "Spaces" },
  notifications: { en: "Notifications", de: "Benachrichtigungen", fr: "Notifications", es: "Notificaciones", it: "Notifiche", nl: "Meldingen" },
  search: { en: "Search Quora", de: "Quora durchsuchen", fr: "Rechercher sur Quora", es: "Buscar en Quora", it: "Cerca su Quora", nl: "Zoeken op Quora" },
  plus: { en: "Try Quora+", de: "Quora+ testen", fr: "Essayer Quora+", es: "Prueba Quora+", it: "Prova Quora+", nl: "Quora+ proberen" },
  add: { en: "Add question", de: "Frage hinzufügen", fr: "Ajouter une question", es: "Añadir pregunta", it: "Aggiungi domanda", nl: "Vraag toevoegen" },
  profile: { en: "Profile", de: "Profil", fr: "Profil", es: "Perfil", it: "Profilo", nl: "Profiel" },
  messages: { en: "Messages", de: "Nachrichten", fr: "Messages", es: "Mensajes", it: "Messaggi", nl: "Berichten" },
  createAd: { en: "Create Ad", de: "Anzeige erstellen", fr: "Créer une annonce", es: "Crear anuncio", it: "Crea annuncio", nl: "Advertentie maken" },
  monetization: { en: "Monetization", de: "Monetarisierung", fr: "Monétisation", es: "Monetización", it: "Monetizzazione", nl: "Monetisatie" },
  stats: { en: "Your content & stats", de: "Deine Inhalte & Statistiken", fr: "Votre contenu et vos statistiques", es: "Tu contenido y estadísticas", it: "I tuoi contenuti e statistiche", nl: "Je content en statistieken" },
  bookmarks: { en: "Bookmarks", de: "Lesezeichen", fr: "Favoris", es: "Marcadores", it: "Segnalibri", nl: "Bladwijzers" },
  drafts: { en: "Drafts", de: "Entwürfe", fr: "Brouillons", es: "Borradores", it: "Bozze", nl: "Concepten" },
  darkMode: { en: "Dark mode", de: "Dunkler Modus", fr: "Mode sombre", es: "Modo oscuro", it: "Modalità scura", nl: "Donkere modus" },
  // "Settings" and "Privacy": the path's words, en C.
  settings: { en: "Settings", de: "Einstellungen", fr: "Paramètres", es: "Configuración", it: "Impostazioni", nl: "Instellingen" },
  languages: { en: "Languages", de: "Sprachen", fr: "Langues", es: "Idiomas", it: "Lingue", nl: "Talen" },
  help: { en: "Help", de: "Hilfe", fr: "Aide", es: "Ayuda", it: "Aiuto", nl: "Help" },
  logout: { en: "Logout", de: "Abmelden", fr: "Déconnexion", es: "Cerrar sesión", it: "Esci", nl: "Uitloggen" },
  account: { en: "Account", de: "Konto", fr: "Compte", es: "Cuenta", it: "Account", nl: "Account" },
  privacy: { en: "Privacy", de: "Datenschutz", fr: "Confidentialité", es: "Privacidad", it: "Privacy", nl: "Privacy" },
  display: { en: "Display", de: "Anzeige", fr: "Affichage", es: "Pantalla", it: "Visualizzazione", nl: "Weergave" },
  email: { en: "Email & Notifications", de: "E-Mail & Benachrichtigungen", fr: "E-mail et notifications", es: "Correo y notificaciones", it: "Email e notifiche", nl: "E-mail en meldingen" },
  billing: { en: "Subscriptions & Billing", de: "Abos & Abrechnung", fr: "Abonnements et facturation", es: "Suscripciones y facturación", it: "Abbonamenti e fatturazione", nl: "Abonnementen en facturering" },
  privacySettings: { en: "Privacy Settings", de: "Datenschutzeinstellungen", fr: "Paramètres de confidentialité", es: "Configuración de privacidad", it: "Impostazioni della privacy", nl: "Privacy-instellingen" },
  indexName: { en: "Allow search engines to index your name", de: "Suchmaschinen erlauben, deinen Namen zu indexieren", fr: "Autoriser les moteurs de recherche à indexer votre nom", es: "Permitir que los buscadores indexen tu nombre", it: "Consenti ai motori di ricerca di indicizzare il tuo nome", nl: "Zoekmachines toestaan je naam te indexeren" },
  indexDesc: { en: "This allows your name to show up in search engine results like Google.", de: "Damit kann dein Name in Suchergebnissen wie bei Google erscheinen.", fr: "Votre nom peut alors apparaître dans les résultats des moteurs de recherche comme Google.", es: "Así tu nombre puede aparecer en resultados de buscadores como Google.", it: "Il tuo nome può così comparire nei risultati dei motori di ricerca come Google.", nl: "Zo kan je naam verschijnen in zoekresultaten zoals die van Google." },
  messagesFrom: { en: "Allow people to message you", de: "Wer dir Nachrichten senden darf", fr: "Qui peut vous envoyer des messages", es: "Quién puede enviarte mensajes", it: "Chi può inviarti messaggi", nl: "Wie je berichten mag sturen" },
  anyone: { en: "Anyone on Quora", de: "Alle auf Quora", fr: "Tout le monde sur Quora", es: "Cualquiera en Quora", it: "Chiunque su Quora", nl: "Iedereen op Quora" },
  followed: { en: "People you follow", de: "Personen, denen du folgst", fr: "Les personnes que vous suivez", es: "Personas a las que sigues", it: "Persone che segui", nl: "Mensen die je volgt" },
  nobody: { en: "No one", de: "Niemand", fr: "Personne", es: "Nadie", it: "Nessuno", nl: "Niemand" },
  // The group and its four toggles: en C (Quora's help, clones); every translation made up.
  contentPrefs: { en: "Content Preferences", de: "Inhaltseinstellungen", fr: "Préférences de contenu", es: "Preferencias de contenido", it: "Preferenze sui contenuti", nl: "Contentvoorkeuren" },
  llm: { en: "Allow large language models to be trained on your content", de: "Trainieren großer Sprachmodelle mit deinen Inhalten erlauben", fr: "Autoriser l’entraînement de grands modèles de langage sur votre contenu", es: "Permitir que se entrenen grandes modelos de lenguaje con tu contenido", it: "Consenti l’addestramento di modelli linguistici di grandi dimensioni sui tuoi contenuti", nl: "Toestaan dat grote taalmodellen worden getraind met je content" },
  gifs: { en: "Allow GIFs to play automatically", de: "GIFs automatisch abspielen", fr: "Lire les GIF automatiquement", es: "Reproducir GIF automáticamente", it: "Riproduci automaticamente le GIF", nl: "GIF’s automatisch afspelen" },
  ads: { en: "Allow advertisers on Quora to promote your answers", de: "Werbetreibenden auf Quora erlauben, deine Antworten zu bewerben", fr: "Autoriser les annonceurs sur Quora à promouvoir vos réponses", es: "Permitir que los anunciantes de Quora promocionen tus respuestas", it: "Consenti agli inserzionisti su Quora di promuovere le tue risposte", nl: "Adverteerders op Quora toestaan je antwoorden te promoten" },
  notify: { en: "Notify your subscribers of your new questions", de: "Deine Abonnenten über neue Fragen benachrichtigen", fr: "Informer vos abonnés de vos nouvelles questions", es: "Avisar a tus suscriptores de tus nuevas preguntas", it: "Avvisa i tuoi iscritti delle tue nuove domande", nl: "Je abonnees op de hoogte brengen van je nieuwe vragen" },
  // descriptions: made up in every language
  llmDesc: { en: "Your answers, posts and comments may be used to train large language models.", de: "Deine Antworten, Beiträge und Kommentare dürfen zum Training großer Sprachmodelle verwendet werden.", fr: "Vos réponses, publications et commentaires peuvent servir à entraîner de grands modèles de langage.", es: "Tus respuestas, publicaciones y comentarios pueden usarse para entrenar grandes modelos de lenguaje.", it: "Le tue risposte, i post e i commenti possono essere usati per addestrare modelli linguistici.", nl: "Je antwoorden, berichten en reacties mogen worden gebruikt om grote taalmodellen te trainen." },
  adsDesc: { en: "Advertisers can promote your answers to more readers; you may earn from it.", de: "Werbetreibende können deine Antworten mehr Lesern zeigen.", fr: "Les annonceurs peuvent montrer vos réponses à davantage de lecteurs.", es: "Los anunciantes pueden mostrar tus respuestas a más lectores.", it: "Gli inserzionisti possono mostrare le tue risposte a più lettori.", nl: "Adverteerders kunnen je antwoorden aan meer lezers tonen." },
  // changed=1: a name and wording the guide has never heard of (made up)
  renamed: { en: "Let AI models learn from what you write on Quora", de: "KI-Modelle aus deinen Texten auf Quora lernen lassen", fr: "Laisser les modèles d’IA apprendre de vos écrits sur Quora", es: "Permitir que los modelos de IA aprendan de lo que escribes en Quora", it: "Lascia che i modelli di IA imparino da ciò che scrivi su Quora", nl: "AI-modellen laten leren van wat je op Quora schrijft" },
  renamedDesc: { en: "Quora may share your public content with AI partners.", de: "Quora darf deine öffentlichen Inhalte mit KI-Partnern teilen.", fr: "Quora peut partager votre contenu public avec des partenaires d’IA.", es: "Quora puede compartir tu contenido público con socios de IA.", it: "Quora può condividere i tuoi contenuti pubblici con partner di IA.", nl: "Quora mag je openbare content delen met AI-partners." },
  inactive: { en: "Inactive Account", de: "Inaktives Konto", fr: "Compte inactif", es: "Cuenta inactiva", it: "Account inattivo", nl: "Inactief account" },
  deactivate: { en: "Deactivate account", de: "Konto deaktivieren", fr: "Désactiver le compte", es: "Desactivar cuenta", it: "Disattiva account", nl: "Account deactiveren" },
  deleteAccount: { en: "Delete account", de: "Konto löschen", fr: "Supprimer le compte", es: "Eliminar cuenta", it: "Elimina account", nl: "Account verwijderen" },
  emailLabel: { en: "Primary Email", de: "Primäre E-Mail", fr: "E-mail principal", es: "Correo principal", it: "Email principale", nl: "Primair e-mailadres" },
  password: { en: "Password", de: "Passwort", fr: "Mot de passe", es: "Contraseña", it: "Password", nl: "Wachtwoord" },
  change: { en: "Change Password", de: "Passwort ändern", fr: "Changer le mot de passe", es: "Cambiar contraseña", it: "Cambia password", nl: "Wachtwoord wijzigen" },
};

// Settings tabs: /settings/privacy is sourced; the others (and /settings itself being the Account tab) are made up.
const TABS = [
  ["/settings", L.account, "account-tab"],
  ["/settings/privacy", L.privacy, "privacy-tab"],
  ["/settings/display", L.display, null],
  ["/settings/notifications", L.email, null],
  ["/settings/languages", L.languages, null],
  ["/settings/billing", L.billing, null],
];

if (!("llm" in state)) {
  Object.assign(state, { llm: !variant.optedout, gifs: true, ads: true, notify: true, search: true });
  saveState();
}
const root = document.getElementById("root");
let ids = 0;

// ---- header and the profile menu ----------------------------------------------------------------------------------

function closeMenu() {
  Replica.target("profile-menu")?.remove();
  Replica.target("profile")?.setAttribute("aria-expanded", "false");
}

function toggleMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  const item = (label, attrs = {}) => el("a", { role: "menuitem", tabindex: "-1", ...attrs }, label);
  button.parentElement.append(el("div", { role: "menu", class: "q-menu", mark: "profile-menu" },
    item("Ada Lovelace", { href: `${ORIGIN}/profile/Ada-Lovelace`, spa: true, class: "q-who", on: { click: closeMenu } }),
    item(tr(L.messages), { href: `${ORIGIN}/messages`, spa: true, on: { click: closeMenu } }),
    item(tr(L.createAd)), item(tr(L.monetization)),
    item(tr(L.stats), { href: `${ORIGIN}/content`, spa: true, on: { click: closeMenu } }),
    item(tr(L.bookmarks)), item(tr(L.drafts)),
    el("hr", { role: "separator" }),
    item(tr(L.darkMode)),
    item(tr(L.settings), { href: `${ORIGIN}/settings`, spa: true, mark: "settings-item", on: { click: closeMenu } }),
    item(tr(L.languages)), item(tr(L.help)), item(tr(L.logout))));
}

function header(path) {
  const navLink = (href, label) => el("a", { href: ORIGIN + href, spa: true, "aria-label": tr(label), "aria-current": path === href ? "page" : null }, tr(label));
  return el("div", { class: "q-top" }, el("div", { class: "q-bar" },
    el("a", { href: `${ORIGIN}/`, spa: true, class: "q-logo", "aria-label": "Quora", mark: "logo" }, "Quora"),
    el("nav", { class: "q-nav" }, navLink("/", L.home), navLink("/following", L.following), navLink("/answer", L.answer),
      navLink("/spaces", L.spaces), navLink("/notifications", L.notifications)),
    el("input", { type: "search", class: "q-search", placeholder: tr(L.search), "aria-label": tr(L.search) }),
    el("button", { type: "button", class: "q-plus" }, tr(L.plus)),
    el("div", { class: "q-me" }, el("button", { type: "button", class: "q-avatar", "aria-label": tr(L.profile), "aria-haspopup": "menu",
      "aria-expanded": "false", mark: "profile", on: { click: (e) => toggleMenu(e.currentTarget) } }, "A")),
    el("button", { type: "button", class: "q-add" }, tr(L.add))));
}

// ---- settings ------------------------------------------------------------------------------------------------------

function toggleRow(key, title, desc) {
  const titleId = `q-title-${(ids += 1)}`;
  const sw = el("div", { role: "switch", tabindex: "0", "aria-checked": String(state[key]), "aria-labelledby": titleId, class: "q-toggle", mark: `${key}-switch` });
  const flip = () => {
    state[key] = !state[key];
    saveState();
    sw.setAttribute("aria-checked", String(state[key]));
  };
  sw.addEventListener("click", flip);
  sw.addEventListener("keydown", (e) => {
    if (e.key === " " || e.key === "Enter") {
      e.preventDefault();
      flip();
    }
  });
  return el("div", { class: "q-row" },
    el("div", {}, el("div", { id: titleId, class: "q-title" }, title), desc ? el("div", { class: "q-desc" }, desc) : null), sw);
}

function privacyPanel() {
  return [
    el("h2", {}, tr(L.privacySettings)),
    toggleRow("search", tr(L.indexName), tr(L.indexDesc)),
    el("div", { class: "q-row" }, el("div", { class: "q-title" }, tr(L.messagesFrom)),
      el("select", { "aria-label": tr(L.messagesFrom) }, el("option", {}, tr(L.anyone)), el("option", {}, tr(L.followed)), el("option", {}, tr(L.nobody)))),
    el("h2", {}, tr(L.contentPrefs)),
    CHANGED ? toggleRow("llm", tr(L.renamed), tr(L.renamedDesc)) : toggleRow("llm", tr(L.llm), tr(L.llmDesc)),
    toggleRow("gifs", tr(L.gifs)),
    toggleRow("ads", tr(L.ads), tr(L.adsDesc)),
    toggleRow("notify", tr(L.notify)),
    el("h2", {}, tr(L.inactive)),
    el("div", { class: "q-row" }, el("a", { href: "#", class: "q-link", on: { click: (e) => e.preventDefault() } }, tr(L.deactivate))),
    el("div", { class: "q-row" }, el("a", { href: "#", class: "q-link", on: { click: (e) => e.preventDefault() } }, tr(L.deleteAccount))),
  ];
}

function accountPanel() {
  return [
    el("h2", {}, tr(L.account)),
    el("div", { class: "q-row" }, el("div", { class: "q-title" }, tr(L.emailLabel)), el("span", {}, "ada@example.com")),
    el("div", { class: "q-row" }, el("div", { class: "q-title" }, tr(L.password)), el("a", { href: "#", class: "q-link" }, tr(L.change))),
  ];
}

function settingsPage(path) {
  const current = TABS.find(([p]) => p === path) || TABS[0];
  const panel = el("section", { class: "q-panel" });
  later(panel, () => (current[0] === "/settings/privacy" ? privacyPanel() : current[0] === "/settings" ? accountPanel() : [el("h2", {}, tr(current[1]))]));
  return el("div", { class: "q-settings" },
    el("nav", { class: "q-tabs", "aria-label": tr(L.settings) },
      ...TABS.map(([p, label, key]) => el("a", { href: ORIGIN + p, spa: true, mark: key, "aria-current": p === current[0] ? "page" : null }, tr(label)))),
    panel);
}

// ---- the feed ------------------------------------------------------------------------------------------------------

function homePage() {
  const feed = el("div", { class: "q-feed" });
  later(feed, () => [
    ["What is the most underrated invention of the 19th century?", "The analytical engine. It was never built, but its design already had loops and conditional branching…"],
    ["How do I start learning mathematics again as an adult?", "Pick one book and work every exercise. Speed matters much less than you think…"],
    ["Why do cats knock things off tables?", "Curiosity, attention, and the fact that it works every single time…"],
  ].map(([q, a]) => el("div", { class: "q-card" }, el("div", { class: "q-meta" }, "Ada Lovelace · Follow"), el("h3", {}, q), el("div", {}, a))));
  return el("div", { class: "q-main" },
    el("div", { class: "q-spaces" }, el("span", {}, "+ Create Space"), el("span", {}, "Mathematics"), el("span", {}, "History of Computing")),
    feed);
}

onRoute(() => {
  closeMenu();
  const path = location.pathname.replace(/\/+$/, "") || "/";
  root.replaceChildren(header(path), path === "/settings" || path.startsWith("/settings/") ? settingsPage(path) : homePage());
  scrollTo(0, 0);
});

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") closeMenu();
});
document.addEventListener("mousedown", (e) => {
  const profile = Replica.target("profile");
  const menu = Replica.target("profile-menu");
  if (!(menu && menu.contains(e.target)) && !(profile && profile.contains(e.target))) closeMenu();
});
