// Microsoft Copilot replica (copilot.microsoft.com), after docs/evidence.md. The research has the
// path and the labels, no markup at all, so everything below the labels is plausible only (a React single-page app
// with hashed class names): the sidebar (hidden behind "Open sidebar" with sidebar=closed), the profile picture at its
// bottom opening a menu with your name and address, which opens the "Account" dialog, whose "Privacy" entry shows the
// Privacy panel: switches "Model training on text", "Model training on voice", "Personalization and memory",
// "Ad personalization", and "Export or delete history". Under the profile picture the sidebar's footer links
// "Privacy" (the privacy statement) and "Terms of use": a link named like the settings entry, never the target.
// Sourced labels: English only (the path's words and the panel's five labels). Every translation is made up (?) =
// unknown in the research; so is every description text and the dialog's other entries.
// Variants: lang, late=1 (the Privacy panel's rows 1-2 s late), optedout=1 (both training switches off), changed=1
// (the site changed: the entry is "Data controls" and the switches "Train AI models with my conversations" / "...with
// my voice"), sidebar=closed.
// Test registry keys: open-sidebar, close-sidebar, profile, profile-menu, account, account-dialog, privacy,
// privacy-panel, text-switch, voice-switch, personalization-switch, ads-switch, export, footer-privacy, back, close.
const { el, tr, state, saveState, onRoute, later, variant, lang } = Replica;
const CHANGED = Boolean(variant.changed);

const L = {
  openSidebar: { en: "Open sidebar", de: "Seitenleiste öffnen", fr: "Ouvrir la barre latérale", es: "Abrir barra lateral", it: "Apri barra laterale", nl: "Zijbalk openen" },
  closeSidebar: { en: "Close sidebar", de: "Seitenleiste schließen", fr: "Fermer la barre latérale", es: "Cerrar barra lateral", it: "Chiudi barra laterale", nl: "Zijbalk sluiten" },
  newChat: { en: "Start new chat", de: "Neuen Chat starten", fr: "Démarrer une nouvelle conversation", es: "Iniciar nuevo chat", it: "Avvia nuova chat", nl: "Nieuwe chat starten" },
  discover: { en: "Discover", de: "Entdecken", fr: "Découvrir", es: "Descubrir", it: "Scopri", nl: "Ontdekken" },
  conversations: { en: "Conversations", de: "Unterhaltungen", fr: "Conversations", es: "Conversaciones", it: "Conversazioni", nl: "Gesprekken" },
  profile: { en: "Open profile menu", de: "Profilmenü öffnen", fr: "Ouvrir le menu du profil", es: "Abrir menú de perfil", it: "Apri menu profilo", nl: "Profielmenu openen" },
  // The footer decoy: a link to Microsoft's privacy statement, named like the settings entry.
  privacyLink: { en: "Privacy", de: "Datenschutz", fr: "Confidentialité", es: "Privacidad", it: "Privacy", nl: "Privacy" },
  terms: { en: "Terms of use", de: "Nutzungsbedingungen", fr: "Conditions d’utilisation", es: "Términos de uso", it: "Condizioni per l’utilizzo", nl: "Gebruiksvoorwaarden" },
  theme: { en: "Appearance", de: "Darstellung", fr: "Apparence", es: "Apariencia", it: "Aspetto", nl: "Weergave" },
  language: { en: "Language", de: "Sprache", fr: "Langue", es: "Idioma", it: "Lingua", nl: "Taal" },
  signOut: { en: "Sign out", de: "Abmelden", fr: "Se déconnecter", es: "Cerrar sesión", it: "Esci", nl: "Afmelden" },
  accountTitle: { en: "Account", de: "Konto", fr: "Compte", es: "Cuenta", it: "Account", nl: "Account" },
  manage: { en: "Manage account", de: "Konto verwalten", fr: "Gérer le compte", es: "Administrar cuenta", it: "Gestisci account", nl: "Account beheren" },
  // en S (PCMag); others (?)
  privacy: { en: "Privacy", de: "Datenschutz", fr: "Confidentialité", es: "Privacidad", it: "Privacy", nl: "Privacy" },
  voice: { en: "Voice", de: "Stimme", fr: "Voix", es: "Voz", it: "Voce", nl: "Stem" },
  notifications: { en: "Notifications", de: "Benachrichtigungen", fr: "Notifications", es: "Notificaciones", it: "Notifiche", nl: "Meldingen" },
  // en C; others (?)
  textTraining: { en: "Model training on text", de: "Modelltraining mit Text", fr: "Entraînement du modèle sur le texte", es: "Entrenamiento del modelo con texto", it: "Addestramento del modello sul testo", nl: "Modeltraining met tekst" },
  voiceTraining: { en: "Model training on voice", de: "Modelltraining mit Sprache", fr: "Entraînement du modèle sur la voix", es: "Entrenamiento del modelo con voz", it: "Addestramento del modello sulla voce", nl: "Modeltraining met spraak" },
  personalization: { en: "Personalization and memory", de: "Personalisierung und Speicher", fr: "Personnalisation et mémoire", es: "Personalización y memoria", it: "Personalizzazione e memoria", nl: "Personalisatie en geheugen" },
  ads: { en: "Ad personalization", de: "Personalisierte Werbung", fr: "Personnalisation des publicités", es: "Personalización de anuncios", it: "Personalizzazione degli annunci", nl: "Advertentiepersonalisatie" },
  exportHistory: { en: "Export or delete history", de: "Verlauf exportieren oder löschen", fr: "Exporter ou supprimer l’historique", es: "Exportar o eliminar historial", it: "Esporta o elimina cronologia", nl: "Geschiedenis exporteren of verwijderen" },
  // descriptions: plausible only, in every language (?)
  textDesc: { en: "Allow Microsoft to use your conversations with Copilot to train generative AI models.", de: "Microsoft erlauben, Ihre Unterhaltungen mit Copilot zum Trainieren generativer KI-Modelle zu verwenden.", fr: "Autoriser Microsoft à utiliser vos conversations avec Copilot pour entraîner des modèles d’IA générative.", es: "Permitir que Microsoft use tus conversaciones con Copilot para entrenar modelos de IA generativa.", it: "Consenti a Microsoft di usare le tue conversazioni con Copilot per addestrare modelli di IA generativa.", nl: "Microsoft toestaan je gesprekken met Copilot te gebruiken om generatieve AI-modellen te trainen." },
  voiceDesc: { en: "Allow Microsoft to use your voice conversations with Copilot to train generative AI models.", de: "Microsoft erlauben, Ihre Sprachunterhaltungen mit Copilot zum Trainieren generativer KI-Modelle zu verwenden.", fr: "Autoriser Microsoft à utiliser vos conversations vocales avec Copilot pour entraîner des modèles d’IA générative.", es: "Permitir que Microsoft use tus conversaciones de voz con Copilot para entrenar modelos de IA generativa.", it: "Consenti a Microsoft di usare le tue conversazioni vocali con Copilot per addestrare modelli di IA generativa.", nl: "Microsoft toestaan je spraakgesprekken met Copilot te gebruiken om generatieve AI-modellen te trainen." },
  persDesc: { en: "Copilot remembers key details from your conversations to personalize responses.", de: "Copilot merkt sich wichtige Details aus Ihren Unterhaltungen.", fr: "Copilot retient les détails importants de vos conversations.", es: "Copilot recuerda detalles clave de tus conversaciones.", it: "Copilot ricorda i dettagli importanti delle tue conversazioni.", nl: "Copilot onthoudt belangrijke details uit je gesprekken." },
  adsDesc: { en: "Show ads based on your Copilot conversations.", de: "Werbung auf Grundlage Ihrer Copilot-Unterhaltungen anzeigen.", fr: "Afficher des publicités basées sur vos conversations Copilot.", es: "Mostrar anuncios basados en tus conversaciones de Copilot.", it: "Mostra annunci basati sulle tue conversazioni con Copilot.", nl: "Advertenties tonen op basis van je Copilot-gesprekken." },
  back: { en: "Back", de: "Zurück", fr: "Retour", es: "Atrás", it: "Indietro", nl: "Terug" },
  close: { en: "Close", de: "Schließen", fr: "Fermer", es: "Cerrar", it: "Chiudi", nl: "Sluiten" },
  hello: { en: "Hey Ada, what’s on your mind today?", de: "Hallo Ada, was beschäftigt dich heute?", fr: "Salut Ada, à quoi penses-tu aujourd’hui ?", es: "Hola, Ada, ¿en qué estás pensando hoy?", it: "Ciao Ada, a cosa stai pensando oggi?", nl: "Hoi Ada, waar denk je vandaag aan?" },
  ask: { en: "Message Copilot", de: "Nachricht an Copilot", fr: "Envoyer un message à Copilot", es: "Enviar mensaje a Copilot", it: "Invia un messaggio a Copilot", nl: "Bericht aan Copilot" },
  // changed=1 (the site changed; made up in every language)
  dataControls: { en: "Data controls", de: "Datenkontrollen", fr: "Contrôles des données", es: "Controles de datos", it: "Controlli dei dati", nl: "Gegevensbeheer" },
  trainText: { en: "Train AI models with my conversations", de: "KI-Modelle mit meinen Unterhaltungen trainieren", fr: "Entraîner les modèles d’IA avec mes conversations", es: "Entrenar modelos de IA con mis conversaciones", it: "Addestra i modelli di IA con le mie conversazioni", nl: "AI-modellen trainen met mijn gesprekken" },
  trainVoice: { en: "Train AI models with my voice", de: "KI-Modelle mit meiner Stimme trainieren", fr: "Entraîner les modèles d’IA avec ma voix", es: "Entrenar modelos de IA con mi voz", it: "Addestra i modelli di IA con la mia voce", nl: "AI-modellen trainen met mijn stem" },
};

document.documentElement.lang = { en: "en-US", de: "de-DE", fr: "fr-FR", es: "es-ES", it: "it-IT", nl: "nl-NL" }[lang];
if (!("text" in state)) {
  Object.assign(state, { text: !variant.optedout, voice: !variant.optedout, personalization: true, ads: true, sidebar: variant.sidebar !== "closed" });
  saveState();
}
const root = document.getElementById("root");
const portal = document.getElementById("portal");
let view = null; // null | "account" | "privacy"

// --- profile menu ---------------------------------------------------------------------------------------------------
function closeMenu() {
  portal.querySelector("[role=menu]")?.parentElement.remove();
  Replica.target("profile")?.setAttribute("aria-expanded", "false");
}

function openMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  const at = button.getBoundingClientRect();
  const item = (label, attrs = {}) => el("button", { type: "button", role: "menuitem", tabindex: "-1", class: "c-mi", ...attrs }, label);
  portal.append(el("div", { class: "c-pop", style: `left: ${Math.round(at.left)}px; bottom: ${Math.round(innerHeight - at.top + 6)}px` },
    el("div", { role: "menu", "aria-label": tr(L.profile), class: "c-menu", mark: "profile-menu" },
      item([el("span", { class: "c-av", "aria-hidden": "true" }, "AL"),
        el("span", { class: "c-who" }, el("span", { class: "c-name" }, "Ada Lovelace"), el("span", { class: "c-mail" }, "ada.lovelace@outlook.com"))],
      { class: "c-mi c-mi-account", mark: "account", on: { click: () => { closeMenu(); openDialog("account"); } } }),
      el("div", { role: "separator", class: "c-sep" }),
      item(tr(L.theme)), item(tr(L.language)), item(tr(L.signOut)))));
}

// --- the Account dialog and its Privacy panel ---------------------------------------------------------------------
function switchRow(key, label, desc, mark) {
  const id = `sw-${key}`;
  const sw = el("button", { type: "button", role: "switch", id, "aria-checked": String(state[key]), "aria-labelledby": `${id}-label`, "aria-describedby": `${id}-desc`,
    class: "c-switch" + (state[key] ? " c-on" : ""), mark }, el("span", { class: "c-thumb" }));
  sw.addEventListener("click", () => {
    state[key] = !state[key];
    saveState();
    sw.setAttribute("aria-checked", String(state[key]));
    sw.className = Replica.cls("c-switch" + (state[key] ? " c-on" : ""));
  });
  return el("div", { class: "c-row" },
    el("div", { class: "c-rowtext" }, el("div", { id: `${id}-label`, class: "c-label" }, label), el("div", { id: `${id}-desc`, class: "c-desc" }, desc)), sw);
}

function privacyPanel() {
  const rows = el("div", { class: "c-rows", mark: "privacy-panel" });
  later(rows, () => [
    switchRow("text", tr(CHANGED ? L.trainText : L.textTraining), tr(L.textDesc), "text-switch"),
    switchRow("voice", tr(CHANGED ? L.trainVoice : L.voiceTraining), tr(L.voiceDesc), "voice-switch"),
    switchRow("personalization", tr(L.personalization), tr(L.persDesc), "personalization-switch"),
    switchRow("ads", tr(L.ads), tr(L.adsDesc), "ads-switch"),
    el("button", { type: "button", class: "c-row c-rowbtn", mark: "export" }, el("span", {}, tr(L.exportHistory)), chevron()),
  ], "privacy");
  return [
    el("div", { class: "c-dhead" },
      el("button", { type: "button", class: "c-icon", "aria-label": tr(L.back), mark: "back", on: { click: () => openDialog("account") } }, "‹"),
      el("h2", { id: "c-dtitle", class: "c-dtitle" }, tr(CHANGED ? L.dataControls : L.privacy)),
      closeButton()),
    rows,
  ];
}

function chevron() {
  return el("span", { class: "c-chev", "aria-hidden": "true" }, "›");
}

function closeButton() {
  return el("button", { type: "button", class: "c-icon", "aria-label": tr(L.close), mark: "close", on: { click: closeDialog } }, "×");
}

function accountPanel() {
  const entry = (label, attrs = {}) => el("button", { type: "button", class: "c-entry", ...attrs },
    el("span", { class: "c-eicon", "aria-hidden": "true" }), el("span", {}, label), chevron());
  return [
    el("div", { class: "c-dhead" }, el("h2", { id: "c-dtitle", class: "c-dtitle" }, tr(L.accountTitle)), closeButton()),
    el("div", { class: "c-summary" }, el("span", { class: "c-av c-av-lg", "aria-hidden": "true" }, "AL"),
      el("div", {}, el("div", { class: "c-name" }, "Ada Lovelace"), el("div", { class: "c-mail" }, "ada.lovelace@outlook.com"),
        el("a", { href: "https://account.microsoft.com/", target: "_blank" }, tr(L.manage)))),
    el("div", { class: "c-entries" },
      entry(tr(CHANGED ? L.dataControls : L.privacy), { mark: "privacy", on: { click: () => openDialog("privacy") } }),
      entry(tr(L.voice)), entry(tr(L.notifications))),
  ];
}

function openDialog(which) {
  view = which;
  portal.querySelector(".c-overlay")?.remove();
  portal.append(el("div", { class: "c-overlay", on: { mousedown: (e) => { if (e.target === e.currentTarget) closeDialog(); } } },
    el("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": "c-dtitle", class: "c-dialog", mark: "account-dialog" },
      ...(which === "privacy" ? privacyPanel() : accountPanel()))));
}

function closeDialog() {
  view = null;
  portal.querySelector(".c-overlay")?.remove();
}

// --- the page -----------------------------------------------------------------------------------------------------
function sidebar() {
  const profile = el("button", { type: "button", class: "c-profile", "aria-label": tr(L.profile), "aria-haspopup": "menu", "aria-expanded": "false", mark: "profile" },
    el("img", { alt: "", class: "c-av-img", src: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='32' height='32'%3E%3Ccircle cx='16' cy='16' r='16' fill='%23486aa8'/%3E%3C/svg%3E" }),
    el("span", { class: "c-pname" }, "Ada Lovelace"));
  profile.addEventListener("click", () => openMenu(profile));
  return el("aside", { class: "c-sidebar", "aria-label": "Sidebar" },
    el("div", { class: "c-stop" },
      el("span", { class: "c-logo" }, "Copilot"),
      el("button", { type: "button", class: "c-icon", "aria-label": tr(L.closeSidebar), mark: "close-sidebar", on: { click: () => setSidebar(false) } }, "⟨")),
    el("nav", { class: "c-nav" },
      el("a", { href: "/", spa: true, class: "c-navlink" }, tr(L.newChat)),
      el("a", { href: "/discover", spa: true, class: "c-navlink" }, tr(L.discover)),
      el("h2", { class: "c-h" }, tr(L.conversations)),
      el("a", { href: "/chats/x1Bq3", spa: true, class: "c-navlink" }, "Weekend in Lisbon"),
      el("a", { href: "/chats/x1Bq4", spa: true, class: "c-navlink" }, "Sourdough starter")),
    el("div", { class: "c-sbottom" }, profile,
      el("div", { class: "c-footer" },
        el("a", { href: "https://go.microsoft.com/fwlink/?LinkId=521839", target: "_blank", mark: "footer-privacy" }, tr(L.privacyLink)),
        el("span", { "aria-hidden": "true" }, " · "),
        el("a", { href: "https://www.bing.com/new/termsofuse", target: "_blank" }, tr(L.terms)))));
}

function setSidebar(open) {
  state.sidebar = open;
  saveState();
  closeMenu();
  render();
}

function render() {
  const main = el("main", { class: "c-main" },
    state.sidebar ? null : el("button", { type: "button", class: "c-icon c-open", "aria-label": tr(L.openSidebar), mark: "open-sidebar", on: { click: () => setSidebar(true) } }, "☰"),
    el("h1", { class: "c-hello" }, tr(L.hello)),
    el("div", { class: "c-composer" }, el("textarea", { "aria-label": tr(L.ask), placeholder: tr(L.ask), rows: "2" })));
  root.replaceChildren(el("div", { class: "c-shell" }, state.sidebar ? sidebar() : null, main));
}

onRoute(() => {
  closeMenu();
  render();
});
document.addEventListener("mousedown", (e) => {
  const menu = portal.querySelector("[role=menu]");
  const profile = Replica.target("profile");
  if (menu && !menu.contains(e.target) && !(profile && profile.contains(e.target))) closeMenu();
});
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  if (portal.querySelector("[role=menu]")) return closeMenu();
  if (view) closeDialog();
});
