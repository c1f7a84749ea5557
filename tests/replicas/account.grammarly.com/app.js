// Grammarly account replica (account.grammarly.com), after docs/evidence.md. Known there
// (Grammarly's own support pages only, S): the setting at /security/privacy for Free and Premium accounts and at
// /admin/data_settings for single-user Pro; the label "Product Improvement and Training" (the business pages write
// "Product Improvement & Training"); a toggle that is on by default, "green checkmark shown", clicked to turn it off.
// No markup is public and nothing was seen live: everything else is chosen or made up (a React-like single-page app;
// a left navigation with Account, Subscription, Customize, Apps, Security and Privacy, plus "Administration → Data
// Settings" on a Pro account; each toggle a native checkbox drawn as a switch, green with a check when on, named by a
// <label for> and described by aria-describedby; the other rows, descriptions and decoy toggles).
// Labels: the English ones above are sourced; every non-English label here is made up (unknown in the research,
// which calls the account UI English-first).
// Variants (besides lang, late, optedout, scramble):
//   changed=1   the site changed: the training toggle renamed and reworded (its neighbours stay)
// The plan: a tab whose first page is under /admin/ is a single-user Pro account (the nav shows Administration).
// Test registry keys: account-link, privacy-link, security-link, data-settings-link, training-switch,
//   personal-switch, news-switch, genai-switch.
const { el, tr, state, saveState, redirect, onRoute, later, variant, lang } = Replica;
document.documentElement.lang = lang;
const CHANGED = Boolean(variant.changed);

// Every non-English label is made up (unknown in the research); so is every English label not named in the header.
const L = {
  account: { en: "Account", de: "Konto", fr: "Compte", es: "Cuenta", it: "Account", nl: "Account" },
  subscription: { en: "Subscription", de: "Abonnement", fr: "Abonnement", es: "Suscripción", it: "Abbonamento", nl: "Abonnement" },
  customize: { en: "Customize", de: "Anpassen", fr: "Personnaliser", es: "Personalizar", it: "Personalizza", nl: "Aanpassen" },
  apps: { en: "Apps", de: "Apps", fr: "Applications", es: "Aplicaciones", it: "App", nl: "Apps" },
  security: { en: "Security", de: "Sicherheit", fr: "Sécurité", es: "Seguridad", it: "Sicurezza", nl: "Beveiliging" },
  privacy: { en: "Privacy", de: "Datenschutz", fr: "Confidentialité", es: "Privacidad", it: "Privacy", nl: "Privacy" },
  administration: { en: "Administration", de: "Verwaltung", fr: "Administration", es: "Administración", it: "Amministrazione", nl: "Beheer" },
  dataSettings: { en: "Data Settings", de: "Dateneinstellungen", fr: "Paramètres des données", es: "Configuración de datos", it: "Impostazioni dei dati", nl: "Gegevensinstellingen" },
  openGrammarly: { en: "Open Grammarly", de: "Grammarly öffnen", fr: "Ouvrir Grammarly", es: "Abrir Grammarly", it: "Apri Grammarly", nl: "Grammarly openen" },
  name: { en: "Name", de: "Name", fr: "Nom", es: "Nombre", it: "Nome", nl: "Naam" },
  email: { en: "Email", de: "E-Mail", fr: "E-mail", es: "Correo electrónico", it: "Email", nl: "E-mail" },
  password: { en: "Password", de: "Passwort", fr: "Mot de passe", es: "Contraseña", it: "Password", nl: "Wachtwoord" },
  edit: { en: "Edit", de: "Bearbeiten", fr: "Modifier", es: "Editar", it: "Modifica", nl: "Bewerken" },
  signOutAll: { en: "Sign out of all devices", de: "Auf allen Geräten abmelden", fr: "Se déconnecter de tous les appareils", es: "Cerrar sesión en todos los dispositivos", it: "Esci da tutti i dispositivi", nl: "Afmelden op alle apparaten" },
  plan: { en: "Plan", de: "Tarif", fr: "Forfait", es: "Plan", it: "Piano", nl: "Abonnement" },
  twoStep: { en: "Two-step verification", de: "Zwei-Schritt-Verifizierung", fr: "Validation en deux étapes", es: "Verificación en dos pasos", it: "Verifica in due passaggi", nl: "Verificatie in twee stappen" },
  setUp: { en: "Set up", de: "Einrichten", fr: "Configurer", es: "Configurar", it: "Configura", nl: "Instellen" },
  // en S (Grammarly support); every translation made up
  training: { en: "Product Improvement and Training", de: "Produktverbesserung und Training", fr: "Amélioration du produit et entraînement", es: "Mejora del producto y entrenamiento", it: "Miglioramento del prodotto e addestramento", nl: "Productverbetering en training" },
  trainingBusiness: { en: "Product Improvement & Training", de: "Produktverbesserung & Training", fr: "Amélioration du produit & entraînement", es: "Mejora del producto y entrenamiento", it: "Miglioramento del prodotto & addestramento", nl: "Productverbetering & training" },
  // descriptions and the other toggles: made up in every language
  trainingDesc: { en: "Allow Grammarly to use your content to improve its products and train its models, including generative AI.", de: "Grammarly erlauben, Ihre Inhalte zur Verbesserung seiner Produkte und zum Training seiner Modelle zu nutzen.", fr: "Autoriser Grammarly à utiliser votre contenu pour améliorer ses produits et entraîner ses modèles.", es: "Permitir que Grammarly use tu contenido para mejorar sus productos y entrenar sus modelos.", it: "Consenti a Grammarly di usare i tuoi contenuti per migliorare i prodotti e addestrare i suoi modelli.", nl: "Grammarly toestaan je content te gebruiken om zijn producten te verbeteren en zijn modellen te trainen." },
  personal: { en: "Personalized suggestions", de: "Personalisierte Vorschläge", fr: "Suggestions personnalisées", es: "Sugerencias personalizadas", it: "Suggerimenti personalizzati", nl: "Gepersonaliseerde suggesties" },
  personalDesc: { en: "Use your writing history to tailor suggestions to you.", de: "Ihren Schreibverlauf nutzen, um Vorschläge anzupassen.", fr: "Utiliser votre historique d’écriture pour adapter les suggestions.", es: "Usar tu historial de escritura para adaptar las sugerencias.", it: "Usa la cronologia di scrittura per adattare i suggerimenti.", nl: "Je schrijfgeschiedenis gebruiken om suggesties af te stemmen." },
  news: { en: "Product news and offers", de: "Produktneuigkeiten und Angebote", fr: "Nouveautés et offres", es: "Novedades y ofertas", it: "Novità e offerte", nl: "Productnieuws en aanbiedingen" },
  newsDesc: { en: "Receive emails about new features and special offers.", de: "E-Mails zu neuen Funktionen und Angeboten erhalten.", fr: "Recevoir des e-mails sur les nouveautés et les offres.", es: "Recibir correos sobre novedades y ofertas.", it: "Ricevi email su novità e offerte.", nl: "E-mails ontvangen over nieuwe functies en aanbiedingen." },
  genai: { en: "Generative AI features", de: "Funktionen mit generativer KI", fr: "Fonctions d’IA générative", es: "Funciones de IA generativa", it: "Funzioni di IA generativa", nl: "Functies met generatieve AI" },
  genaiDesc: { en: "Turn on AI writing assistance in the Grammarly editor and apps.", de: "KI-Schreibhilfe im Grammarly-Editor und in den Apps aktivieren.", fr: "Activer l’aide à la rédaction par IA dans l’éditeur et les applications Grammarly.", es: "Activar la ayuda de escritura con IA en el editor y las apps de Grammarly.", it: "Attiva l’assistenza alla scrittura con IA nell’editor e nelle app Grammarly.", nl: "AI-schrijfhulp inschakelen in de Grammarly-editor en -apps." },
  download: { en: "Download your data", de: "Ihre Daten herunterladen", fr: "Télécharger vos données", es: "Descargar tus datos", it: "Scarica i tuoi dati", nl: "Je gegevens downloaden" },
  request: { en: "Request", de: "Anfordern", fr: "Demander", es: "Solicitar", it: "Richiedi", nl: "Aanvragen" },
  deleteAccount: { en: "Delete account", de: "Konto löschen", fr: "Supprimer le compte", es: "Eliminar cuenta", it: "Elimina account", nl: "Account verwijderen" },
  // changed=1: a name and wording the guide has never heard of (made up)
  renamed: { en: "Contribute your writing to model development", de: "Ihre Texte zur Modellentwicklung beitragen", fr: "Contribuer vos textes au développement des modèles", es: "Aportar tus textos al desarrollo de modelos", it: "Contribuisci con i tuoi testi allo sviluppo dei modelli", nl: "Je teksten bijdragen aan modelontwikkeling" },
  renamedDesc: { en: "Help us build better writing assistance.", de: "Helfen Sie uns, bessere Schreibhilfen zu bauen.", fr: "Aidez-nous à améliorer l’aide à la rédaction.", es: "Ayúdanos a crear una mejor ayuda de escritura.", it: "Aiutaci a creare un’assistenza alla scrittura migliore.", nl: "Help ons betere schrijfhulp te bouwen." },
};

if (!("training" in state)) {
  Object.assign(state, { training: !variant.optedout, personal: true, news: true, genai: true, pro: location.pathname.startsWith("/admin/") });
  saveState();
}
const page = document.getElementById("page");

// [path, label, registry key]: /security/privacy and /admin/data_settings are sourced; the others are made up.
function navItems() {
  const items = [
    ["/account", L.account, "account-link"],
    ["/subscription", L.subscription, null],
    ["/customize", L.customize, null],
    ["/apps", L.apps, null],
    ["/security", L.security, "security-link"],
    ["/security/privacy", L.privacy, "privacy-link"],
  ];
  return state.pro ? [...items, L.administration, ["/admin/data_settings", L.dataSettings, "data-settings-link"]] : items;
}

function sidebar(path) {
  return el("aside", { class: "g-side" },
    el("a", { href: "/account", spa: true, class: "g-logo", "aria-label": "Grammarly" }, el("span", { class: "g-mark", "aria-hidden": "true" }, "G"), "grammarly"),
    el("nav", { class: "g-nav", "aria-label": tr(L.account) }, ...navItems().map((item) => (Array.isArray(item)
      ? el("a", { href: item[0], spa: true, mark: item[2], "aria-current": item[0] === path ? "page" : null }, tr(item[1]))
      : el("div", { class: "g-group" }, tr(item))))));
}

// ---- rows ----------------------------------------------------------------------------------------------------------

let ids = 0;
function toggleRow(key, label, desc) {
  const id = `toggle-${key}-${(ids += 1)}`;
  const input = el("input", { type: "checkbox", id, class: "g-toggle", "aria-describedby": `${id}-desc`, checked: state[key], mark: `${key}-switch` });
  input.checked = state[key];
  input.addEventListener("change", () => {
    state[key] = input.checked;
    saveState();
  });
  return el("div", { class: "g-row" },
    el("div", {}, el("label", { for: id, class: "g-label" }, label), el("div", { id: `${id}-desc`, class: "g-desc" }, desc)), input);
}

function textRow(label, value, action, danger) {
  return el("div", { class: "g-row" }, el("div", {}, el("div", { class: "g-label" }, label), value ? el("div", { class: "g-desc" }, value) : null),
    action ? el("button", { type: "button", class: danger ? "g-btn g-danger" : "g-btn" }, action) : null);
}

const PAGES = {
  "/account": () => [textRow(tr(L.name), "Ada Lovelace", tr(L.edit)), textRow(tr(L.email), "ada@example.com", tr(L.edit)),
    textRow(tr(L.password), "••••••••", tr(L.edit)), textRow(tr(L.signOutAll), null, tr(L.signOutAll))],
  "/subscription": () => [textRow(tr(L.plan), state.pro ? "Pro" : "Free")],
  "/security": () => [textRow(tr(L.password), "••••••••", tr(L.edit)), textRow(tr(L.twoStep), null, tr(L.setUp))],
  "/security/privacy": () => [
    CHANGED ? toggleRow("training", tr(L.renamed), tr(L.renamedDesc)) : toggleRow("training", tr(L.training), tr(L.trainingDesc)),
    toggleRow("personal", tr(L.personal), tr(L.personalDesc)),
    toggleRow("news", tr(L.news), tr(L.newsDesc)),
    textRow(tr(L.download), null, tr(L.request)),
    textRow(tr(L.deleteAccount), null, tr(L.deleteAccount), true)],
  "/admin/data_settings": () => [
    CHANGED ? toggleRow("training", tr(L.renamed), tr(L.renamedDesc)) : toggleRow("training", tr(L.trainingBusiness), tr(L.trainingDesc)),
    toggleRow("genai", tr(L.genai), tr(L.genaiDesc))],
};
const TITLES = { "/account": L.account, "/subscription": L.subscription, "/customize": L.customize, "/apps": L.apps,
  "/security": L.security, "/security/privacy": L.privacy, "/admin/data_settings": L.dataSettings };

onRoute(() => {
  let path = location.pathname.replace(/\/+$/, "") || "/";
  if (!TITLES[path]) {
    path = "/account";
    redirect(path + location.search);
  }
  const card = el("div", { class: "g-card" });
  later(card, () => (PAGES[path] ? PAGES[path]() : []));
  page.replaceChildren(el("div", { class: "g-shell" }, sidebar(path),
    el("main", { class: "g-main" },
      el("div", { class: "g-top" }, el("button", { type: "button", class: "g-open" }, tr(L.openGrammarly)),
        el("span", { class: "g-me", "aria-hidden": "true" }, "A")),
      el("h1", {}, tr(TITLES[path])), card)));
});
