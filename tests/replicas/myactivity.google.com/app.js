// Google My Activity replica, the Gemini page (myactivity.google.com/product/gemini, also /u/<n>/product/gemini),
// after docs/evidence.md and the live-measured clone it cites: the page title "Gemini Apps
// Activity"; the "Keep activity" card with a chip button (aria-haspopup="menu", aria-expanded, aria-label "Turn off
// your Keep Activity setting", a check icon and "On", or "Off") whose menu holds "Turn off" (hint "1 step") and
// "Turn off and delete activity" (hint "2 steps"); "On since <date>" under the chip; the role=button "Choose an
// auto-delete option"; the opt-in role=checkbox row for audio recordings (off); below the card the "Delete" button,
// another aria-haspopup="menu" with "Last hour" … "Custom range"; then the activity list.
// Google's style elsewhere: obfuscated class names, Wiz attributes (jsname, jscontroller, jsaction), inline SVG
// icons, and the OneGoogle bar whose account button opens a role=menu (a decoy for any loose "menu button" strategy).
// Not in the research, so plausible only: the off state's aria-label "Turn on your Keep Activity setting" (I), the
// off chip's menu with "Turn on" (I), the "Got it" dialog after turning off (I: a bot clicks "Got it"), the dialog
// after "Turn off and delete activity", the account menu's items.
// Variants: lang (sourced: English, and the Spanish page title; every other label is a made-up translation, marked
// (?) = unknown in the research), late=1 (the page body 1-2 s late), optedout=1 (Keep activity already off),
// changed=1 (the site changed: the card is now "Chat history" with a plain switch, no chip, no menu; the page title,
// the header and the Delete menu are as before).
// Test registry keys: heading, chip, chip-menu, turn-off, turn-off-delete, turn-on, since, got-it, auto-delete, audio,
// account, account-menu, account-first, delete, delete-menu, delete-first, changed-switch.
const { el, tr, state, saveState, onRoute, later, variant, lang } = Replica;
const CHANGED = Boolean(variant.changed);

const L = {
  // en C; es C (Gemini's own Spanish text); de, fr as the research guesses them (I); it, nl (?)
  title: { en: "Gemini Apps Activity", es: "Actividad en las aplicaciones de Gemini", de: "Gemini-Apps-Aktivitäten", fr: "Activité dans les applis Gemini", it: "Attività nelle app Gemini", nl: "Activiteit in Gemini-apps" },
  // en C; all others (?)
  keep: { en: "Keep activity", de: "Aktivitäten speichern", fr: "Conserver l’activité", es: "Conservar la actividad", it: "Conserva attività", nl: "Activiteit bewaren" },
  // en S (clone); others (?)
  body: {
    en: "Keeping your activity lets you pick up chats where you left off anytime and helps improve Google services, including AI models. When this setting is off, Google still saves chats for 72 hours to respond to you and help keep Gemini safe.",
    de: "Wenn Sie Ihre Aktivitäten speichern, können Sie Chats jederzeit fortsetzen, und Sie helfen, Google-Dienste einschließlich KI-Modellen zu verbessern. Ist die Einstellung deaktiviert, speichert Google Chats trotzdem 72 Stunden lang.",
    fr: "Conserver votre activité vous permet de reprendre vos discussions à tout moment et aide à améliorer les services Google, y compris les modèles d’IA. Lorsque ce paramètre est désactivé, Google enregistre quand même les discussions pendant 72 heures.",
    es: "Si conservas tu actividad, podrás retomar los chats donde los dejaste y ayudarás a mejorar los servicios de Google, incluidos los modelos de IA. Si este ajuste está desactivado, Google guarda igualmente los chats durante 72 horas.",
    it: "Conservare l’attività ti consente di riprendere le chat in qualsiasi momento e aiuta a migliorare i servizi Google, compresi i modelli di IA. Quando questa impostazione è disattivata, Google salva comunque le chat per 72 ore.",
    nl: "Als je je activiteit bewaart, kun je chats altijd hervatten en help je Google-services te verbeteren, waaronder AI-modellen. Als deze instelling uit staat, bewaart Google chats nog steeds 72 uur.",
  },
  // en S (clone); others (?)
  chipOn: { en: "Turn off your Keep Activity setting", de: "Einstellung „Aktivitäten speichern“ deaktivieren", fr: "Désactiver le paramètre « Conserver l’activité »", es: "Desactivar el ajuste Conservar la actividad", it: "Disattiva l’impostazione Conserva attività", nl: "Instelling Activiteit bewaren uitzetten" },
  // en I (the off state's label is not in the research); others (?)
  chipOff: { en: "Turn on your Keep Activity setting", de: "Einstellung „Aktivitäten speichern“ aktivieren", fr: "Activer le paramètre « Conserver l’activité »", es: "Activar el ajuste Conservar la actividad", it: "Attiva l’impostazione Conserva attività", nl: "Instelling Activiteit bewaren aanzetten" },
  // en S (clone); others (?)
  on: { en: "On", de: "An", fr: "Activée", es: "Activada", it: "Attiva", nl: "Aan" },
  off: { en: "Off", de: "Aus", fr: "Désactivée", es: "Desactivada", it: "Disattivata", nl: "Uit" },
  // en C; others (?)
  turnOff: { en: "Turn off", de: "Deaktivieren", fr: "Désactiver", es: "Desactivar", it: "Disattiva", nl: "Uitzetten" },
  turnOffDelete: { en: "Turn off and delete activity", de: "Deaktivieren und Aktivitäten löschen", fr: "Désactiver et supprimer l’activité", es: "Desactivar y eliminar la actividad", it: "Disattiva ed elimina l’attività", nl: "Uitzetten en activiteit verwijderen" },
  // en S (clone); others (?)
  oneStep: { en: "1 step", de: "1 Schritt", fr: "1 étape", es: "1 paso", it: "1 passaggio", nl: "1 stap" },
  twoSteps: { en: "2 steps", de: "2 Schritte", fr: "2 étapes", es: "2 pasos", it: "2 passaggi", nl: "2 stappen" },
  // en I; others (?)
  turnOn: { en: "Turn on", de: "Aktivieren", fr: "Activer", es: "Activar", it: "Attiva", nl: "Aanzetten" },
  // en S (clone); others (?)
  since: { en: "On since March 3, 2024", de: "Aktiviert seit 3. März 2024", fr: "Activée depuis le 3 mars 2024", es: "Activada desde el 3 de marzo de 2024", it: "Attiva dal 3 marzo 2024", nl: "Aan sinds 3 maart 2024" },
  autoDelete: { en: "Choose an auto-delete option", de: "Option für automatisches Löschen auswählen", fr: "Choisir une option de suppression automatique", es: "Elige una opción de eliminación automática", it: "Scegli un’opzione di eliminazione automatica", nl: "Kies een optie voor automatisch verwijderen" },
  // en C (allthings.how); others (?)
  audio: { en: "Improve Google services for everyone with your audio and Gemini Live recordings", de: "Google-Dienste für alle mit Ihren Audio- und Gemini Live-Aufnahmen verbessern", fr: "Améliorer les services Google pour tous avec vos enregistrements audio et Gemini Live", es: "Mejorar los servicios de Google para todos con tus grabaciones de audio y de Gemini Live", it: "Migliora i servizi Google per tutti con le tue registrazioni audio e di Gemini Live", nl: "Google-services voor iedereen verbeteren met je audio- en Gemini Live-opnamen" },
  learnMore: { en: "Learn more", de: "Weitere Informationen", fr: "En savoir plus", es: "Más información", it: "Scopri di più", nl: "Meer informatie" },
  aboutSettings: { en: "about these settings", de: "zu diesen Einstellungen", fr: "sur ces paramètres", es: "sobre estos ajustes", it: "su queste impostazioni", nl: "over deze instellingen" },
  protects: { en: "Google protects your privacy and security.", de: "Google schützt Ihre Privatsphäre und Sicherheit.", fr: "Google protège votre confidentialité et votre sécurité.", es: "Google protege tu privacidad y tu seguridad.", it: "Google protegge la tua privacy e la tua sicurezza.", nl: "Google beschermt je privacy en beveiliging." },
  verification: { en: "Manage My Activity verification", de: "Bestätigung für „Meine Aktivitäten“ verwalten", fr: "Gérer la validation de Mon activité", es: "Gestionar la verificación de Mi actividad", it: "Gestisci la verifica di Le mie attività", nl: "Verificatie voor Mijn activiteit beheren" },
  del: { en: "Delete", de: "Löschen", fr: "Supprimer", es: "Eliminar", it: "Elimina", nl: "Verwijderen" },
  lastHour: { en: "Last hour", de: "Letzte Stunde", fr: "Dernière heure", es: "Última hora", it: "Ultima ora", nl: "Afgelopen uur" },
  lastDay: { en: "Last day", de: "Letzter Tag", fr: "Dernier jour", es: "Último día", it: "Ultimo giorno", nl: "Afgelopen dag" },
  allTime: { en: "All time", de: "Gesamter Zeitraum", fr: "Toute la période", es: "Todo", it: "Sempre", nl: "Altijd" },
  custom: { en: "Custom range", de: "Benutzerdefinierter Zeitraum", fr: "Période personnalisée", es: "Intervalo personalizado", it: "Intervallo personalizzato", nl: "Aangepast bereik" },
  today: { en: "Today", de: "Heute", fr: "Aujourd’hui", es: "Hoy", it: "Oggi", nl: "Vandaag" },
  prompted: { en: "Prompted", de: "Prompt:", fr: "Requête :", es: "Petición:", it: "Prompt:", nl: "Prompt:" },
  details: { en: "Details", de: "Details", fr: "Détails", es: "Detalles", it: "Dettagli", nl: "Details" },
  geminiApps: { en: "Gemini Apps", de: "Gemini-Apps", fr: "Applis Gemini", es: "Aplicaciones de Gemini", it: "App Gemini", nl: "Gemini-apps" },
  // OneGoogle bar and account menu: plausible only
  myActivity: { en: "My Activity", de: "Meine Aktivitäten", fr: "Mon activité", es: "Mi actividad", it: "Le mie attività", nl: "Mijn activiteit" },
  mainMenu: { en: "Main menu", de: "Hauptmenü", fr: "Menu principal", es: "Menú principal", it: "Menu principale", nl: "Hoofdmenu" },
  apps: { en: "Google apps", de: "Google-Apps", fr: "Applications Google", es: "Aplicaciones de Google", it: "App Google", nl: "Google-apps" },
  account: { en: "Google Account", de: "Google-Konto", fr: "Compte Google", es: "Cuenta de Google", it: "Account Google", nl: "Google-account" },
  manageAccount: { en: "Manage your Google Account", de: "Google-Konto verwalten", fr: "Gérer votre compte Google", es: "Gestionar tu cuenta de Google", it: "Gestisci il tuo Account Google", nl: "Je Google-account beheren" },
  addAccount: { en: "Add another account", de: "Weiteres Konto hinzufügen", fr: "Ajouter un autre compte", es: "Añadir otra cuenta", it: "Aggiungi un altro account", nl: "Nog een account toevoegen" },
  signOut: { en: "Sign out of all accounts", de: "Von allen Konten abmelden", fr: "Se déconnecter de tous les comptes", es: "Cerrar sesión en todas las cuentas", it: "Esci da tutti gli account", nl: "Uitloggen bij alle accounts" },
  // after turning off (I), and after "Turn off and delete activity" (plausible only)
  offTitle: { en: "Keep activity is off", de: "„Aktivitäten speichern“ ist deaktiviert", fr: "« Conserver l’activité » est désactivé", es: "Conservar la actividad está desactivado", it: "Conserva attività è disattivata", nl: "Activiteit bewaren staat uit" },
  offText: { en: "New chats won’t be saved to your Gemini Apps Activity. Chats are still kept for up to 72 hours.", de: "Neue Chats werden nicht mehr gespeichert. Chats bleiben bis zu 72 Stunden erhalten.", fr: "Les nouvelles discussions ne seront plus enregistrées. Elles sont conservées jusqu’à 72 heures.", es: "Los nuevos chats no se guardarán. Se conservan hasta 72 horas.", it: "Le nuove chat non verranno salvate. Restano conservate fino a 72 ore.", nl: "Nieuwe chats worden niet meer bewaard. Ze blijven tot 72 uur bewaard." },
  gotIt: { en: "Got it", de: "OK", fr: "OK", es: "Entendido", it: "OK", nl: "OK" },
  deleteWhat: { en: "Delete Gemini Apps Activity", de: "Gemini-Apps-Aktivitäten löschen", fr: "Supprimer l’activité dans les applis Gemini", es: "Eliminar la actividad en las aplicaciones de Gemini", it: "Elimina attività nelle app Gemini", nl: "Gemini-apps-activiteit verwijderen" },
  cancel: { en: "Cancel", de: "Abbrechen", fr: "Annuler", es: "Cancelar", it: "Annulla", nl: "Annuleren" },
  next: { en: "Next", de: "Weiter", fr: "Suivant", es: "Siguiente", it: "Avanti", nl: "Volgende" },
  // changed=1 (the site changed; made up in every language)
  history: { en: "Chat history", de: "Chatverlauf", fr: "Historique des discussions", es: "Historial de chats", it: "Cronologia chat", nl: "Chatgeschiedenis" },
};

document.documentElement.lang = lang;
document.title = tr(L.title);
if (!("keep" in state)) {
  state.keep = !variant.optedout;
  state.audio = false;
  saveState();
}
const root = document.getElementById("yDmH0d");
const portal = document.getElementById("portal");

// --- icons: inline SVG, hidden from assistive technology, as Google draws them ---------------------------------
const SVG = "http://www.w3.org/2000/svg";
const PATHS = {
  check: "M18,9l-1.4-1.4L10,14.2l-2.6-2.6L6,13l4,4L18,9z",
  caret: "M7 10l5 5 5-5H7z",
  menu: "M3 18h18v-2H3v2zm0-5h18v-2H3v2zm0-7v2h18V6H3z",
  apps: "M6,8c1.1,0 2,-0.9 2,-2s-0.9,-2 -2,-2 -2,0.9 -2,2 0.9,2 2,2zM12,20c1.1,0 2,-0.9 2,-2s-0.9,-2 -2,-2 -2,0.9 -2,2 0.9,2 2,2z",
  autoDelete: "M6 6h2v9H6zM16.5 12H15v5l3.6 2.1.8-1.2-2.9-1.7z",
  chevron: "M7.59 18.59L9 20l8-8-8-8-1.41 1.41L14.17 12",
  close: "M19 6.41L17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12 19 6.41z",
  tick: "M1.73,12.91 8.1,19.28 22.79,4.59",
  spark: "M12 1.5c.34 3.2 1.3 5.5 2.9 7.1 1.6 1.6 3.9 2.56 7.1 2.9-3.2.34-5.5 1.3-7.1 2.9-1.6 1.6-2.56 3.9-2.9 7.1-.34-3.2-1.3-5.5-2.9-7.1-1.6-1.6-3.9-2.56-7.1-2.9 3.2-.34 5.5-1.3 7.1-2.9 1.6-1.6 2.56-3.9 2.9-7.1z",
};
function icon(name, size = 24, cls = "") {
  const svg = document.createElementNS(SVG, "svg");
  for (const [k, v] of Object.entries({ width: size, height: size, viewBox: "0 0 24 24", focusable: "false", "aria-hidden": "true", class: cls })) {
    if (v) svg.setAttribute(k, v);
  }
  const path = document.createElementNS(SVG, "path");
  path.setAttribute("d", PATHS[name]);
  svg.append(path);
  return svg;
}

// --- menus: one open at a time; a mousedown elsewhere or Escape closes it ---------------------------------------
let openMenu = null; // {button, menu}
function closeMenu() {
  if (!openMenu) return;
  openMenu.menu.remove();
  if (openMenu.button.isConnected) openMenu.button.setAttribute("aria-expanded", "false");
  openMenu = null;
}
function toggleMenu(button, anchor, build) {
  if (openMenu && openMenu.button === button) return closeMenu();
  closeMenu();
  const menu = build();
  anchor.append(menu);
  button.setAttribute("aria-expanded", "true");
  openMenu = { button, menu };
}
function menuItem(label, hint, mark, action) {
  return el("li", { class: "aqdrmf-rymPhb-ibnC6b", role: "menuitem", tabindex: "-1", jsname: "ksKsZd", mark,
    on: { click: () => { closeMenu(); if (action) action(); } } },
  el("span", { class: "aqdrmf-rymPhb-b9t22c" }, label),
  hint ? el("span", { class: "aqdrmf-rymPhb-L8ivfd" }, hint) : null);
}
function menu(mark, ...items) {
  return el("ul", { class: "aqdrmf-rymPhb VfPpkd-rymPhb", role: "menu", jsname: "rymPhb", "aria-orientation": "vertical", tabindex: "-1", mark }, ...items);
}
document.addEventListener("mousedown", (e) => {
  if (openMenu && !openMenu.menu.contains(e.target) && !openMenu.button.contains(e.target)) closeMenu();
});
document.addEventListener("keydown", (e) => {
  if (e.key !== "Escape") return;
  if (openMenu) return closeMenu();
  portal.replaceChildren();
});

// --- the OneGoogle bar ---------------------------------------------------------------------------------------------
function oneGoogleBar() {
  const account = el("a", { class: "gb_B gb_Za gb_0", "aria-label": `${tr(L.account)}: Ada Lovelace (ada.lovelace@gmail.com)`,
    href: "https://accounts.google.com/SignOutOptions?hl=en&continue=https://myactivity.google.com/product/gemini",
    tabindex: "0", role: "button", "aria-haspopup": "menu", "aria-expanded": "false", mark: "account" },
  el("img", { class: "gb_P gbii", src: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='32' height='32'%3E%3Ccircle cx='16' cy='16' r='16' fill='%235f6368'/%3E%3C/svg%3E", alt: "", "aria-hidden": "true" }));
  const anchor = el("div", { class: "gb_C gb_ab gb_f gb_8" }, account);
  account.addEventListener("click", (e) => {
    e.preventDefault();
    toggleMenu(account, anchor, () => menu("account-menu",
      el("li", { class: "gb_xb", role: "presentation" }, "Ada Lovelace · ada.lovelace@gmail.com"),
      menuItem(tr(L.manageAccount), null, "account-first"),
      menuItem(tr(L.addAccount)),
      menuItem(tr(L.signOut))));
  });
  const apps = el("a", { class: "gb_B", "aria-label": tr(L.apps), href: "https://www.google.com/intl/en/about/products", role: "button", tabindex: "0", "aria-expanded": "false" }, icon("apps"));
  return el("header", { id: "gb", class: "gb_Ja gb_Ma gb_nd", role: "banner", "data-ogsr-up": "" },
    el("div", { class: "gb_ud" },
      el("div", { class: "gb_Ed gb_Oc gb_Ad" },
        el("div", { class: "gb_Dc" }, el("div", { class: "gb_Xc" }, el("div", { class: "gb_Ec", "aria-label": tr(L.mainMenu), role: "button", tabindex: "0", "aria-expanded": "false" }, icon("menu")))),
        el("div", { class: "gb_yc" }, el("a", { class: "gb_2d gb_Ac", href: "/myactivity", spa: true, "aria-label": tr(L.myActivity) }, el("span", { class: "gb_6c" }, "Google"), el("span", { class: "gb_7c" }, tr(L.myActivity))))),
      el("div", { class: "gb_Zd gb_1d gb_Gd" },
        el("div", { class: "gb_Ta" },
          el("div", { class: "gb_Ca gb_Ad gb_e gb_1", "data-ogsr-fb": "true" },
            el("div", { class: "gb_z gb_ed gb_f gb_8" }, el("div", { class: "gb_C" }, apps)),
            el("div", { class: "gb_z gb_ed gb_f gb_8" }, anchor))))));
}

// --- the Gemini page -----------------------------------------------------------------------------------------------
function chipRow() {
  const on = state.keep;
  const anchor = el("div", { class: "hB7Qhf QYY1Ud", jsname: "E7Rj8c" });
  const chip = el("button", { class: "VfPpkd-LgbsSe VfPpkd-LgbsSe-OWXEXe-INsAgc KjWQwc" + (on ? " VfPpkd-LgbsSe-OWXEXe-Bz112c-M1Soyc" : ""),
    jsname: "LgbsSe", jscontroller: "soHxf", jsaction: "click:cOuCgd; mousedown:UX7yZ; mouseup:lbsD7e; touchstart:p6p2H;",
    type: "button", "aria-haspopup": "menu", "aria-expanded": "false", "aria-label": tr(on ? L.chipOn : L.chipOff), mark: "chip" },
  el("div", { class: "VfPpkd-Jh9lGc" }),
  on ? icon("check", 18, "VfPpkd-kBDsod") : null,
  el("span", { class: "VfPpkd-vQzf8d", jsname: "V67aGc" }, tr(on ? L.on : L.off)),
  icon("caret", 22, "VfPpkd-kBDsod oHs6ue"));
  chip.addEventListener("click", () => toggleMenu(chip, anchor, () => (state.keep
    ? menu("chip-menu",
      menuItem(tr(L.turnOff), tr(L.oneStep), "turn-off", () => setKeep(false, "off")),
      el("li", { class: "aqdrmf-rymPhb-clz4Ic", role: "separator" }),
      menuItem(tr(L.turnOffDelete), tr(L.twoSteps), "turn-off-delete", () => setKeep(false, "delete")))
    : menu("chip-menu", menuItem(tr(L.turnOn), null, "turn-on", () => setKeep(true))))));
  anchor.append(chip);
  return anchor;
}

function setKeep(on, dialog) {
  state.keep = on;
  saveState();
  renderKeepControls();
  if (dialog === "off") showDialog(tr(L.offTitle), tr(L.offText), [[tr(L.gotIt), "got-it"]]);
  if (dialog === "delete") showDialog(tr(L.deleteWhat), tr(L.offText), [[tr(L.cancel)], [tr(L.next)]]);
}

function showDialog(title, text, buttons) {
  const close = () => portal.replaceChildren();
  portal.replaceChildren(el("div", { class: "llhEMd iWO5td", jscontroller: "N5Lqpc" },
    el("div", { class: "mjANdc" },
      el("div", { class: "g3VIld", role: "dialog", "aria-modal": "true", "aria-labelledby": "dlg-title", tabindex: "-1" },
        el("h2", { class: "Up8vH", id: "dlg-title" }, title),
        el("div", { class: "bvPwNb" }, text),
        el("div", { class: "XfpsVe J9fJmf" }, ...buttons.map(([label, mark]) =>
          el("button", { class: "VfPpkd-LgbsSe ksBjEc", type: "button", jsname: "LgbsSe", mark, on: { click: close } }, label)))))));
}

// The chip, the "On since" line and the auto-delete row (changed=1: a plain switch instead of the chip).
const keepControls = el("div", { class: "HLRKbd", jsname: "Kx9tJb" });
function renderKeepControls() {
  if (CHANGED) {
    const sw = el("button", { class: "VfPpkd-scr2fc", type: "button", role: "switch", "aria-checked": String(state.keep), "aria-label": tr(L.history), jsname: "DMn7nd", mark: "changed-switch" },
      el("span", { class: "VfPpkd-l6JLsf" }), el("span", { class: "VfPpkd-uMhiad" }));
    sw.addEventListener("click", () => { state.keep = !state.keep; saveState(); renderKeepControls(); });
    return keepControls.replaceChildren(el("div", { class: "nXdTcb" }, sw));
  }
  keepControls.replaceChildren(chipRow(), state.keep ? el("div", { class: "u3WVdc", mark: "since" }, tr(L.since)) : null);
}

function autoDeleteRow() {
  return el("div", { class: "XzRxyf LwVHpf", role: "button", tabindex: "0", "aria-label": tr(L.autoDelete), jsname: "a6BCjd", mark: "auto-delete" },
    el("div", { class: "gmz8sb" }, icon("autoDelete")),
    el("div", { class: "lnJnEc" }, tr(L.autoDelete)),
    el("div", { class: "HEaK0" }, el("div", { class: "f2oQSc" }, icon("chevron", 18))));
}

function audioRow() {
  const row = el("div", { class: "XzRxyf LwVHpf", role: "checkbox", tabindex: "0", "aria-checked": String(state.audio), "aria-label": tr(L.audio), jsname: "Vy4yAd", mark: "audio" },
    el("div", { class: "lnJnEc" }, tr(L.audio)),
    el("div", { class: "HEaK0" }, el("span", { class: "nN5ky" + (state.audio ? " N2RpBe" : "") }, icon("tick", 18))));
  row.addEventListener("click", () => {
    state.audio = !state.audio;
    saveState();
    row.replaceWith(audioRow());
  });
  return row;
}

function card() {
  renderKeepControls();
  return el("div", { class: "ZcEDKd", jscontroller: "LBaJxb", jsaction: "rcuQ6b:WYd;" },
    el("div", { class: "z7ZV3c" },
      el("div", { class: "oC4TCb" }, el("h2", { class: "UPtEBe" }, tr(CHANGED ? L.history : L.keep))),
      el("div", { class: "KyGBEe" }, tr(L.body)),
      keepControls,
      autoDeleteRow(),
      audioRow(),
      el("div", { class: "GUrvhe" }, el("p", {}, el("a", { href: "https://support.google.com/gemini/answer/13278892", target: "_blank" }, tr(L.learnMore)), " ", tr(L.aboutSettings)))));
}

function deleteRow() {
  const anchor = el("div", { class: "dRcOTe hB7Qhf" });
  const button = el("button", { class: "VfPpkd-LgbsSe VfPpkd-LgbsSe-OWXEXe-dgl2Hf DRnVb", type: "button", jsname: "LgbsSe", "aria-haspopup": "menu", "aria-expanded": "false", mark: "delete" },
    tr(L.del), icon("caret", 24, "VfPpkd-kBDsod"));
  button.addEventListener("click", () => toggleMenu(button, anchor, () => menu("delete-menu",
    menuItem(tr(L.lastHour), null, "delete-first"), menuItem(tr(L.lastDay)), menuItem(tr(L.allTime)), menuItem(tr(L.custom)))));
  anchor.append(button);
  return anchor;
}

function activityList() {
  const prompts = [["Plan a weekend in Lisbon", "10:42 AM"], ["Explain the difference between TCP and UDP", "9:15 AM"]];
  return el("div", { class: "Ozy5ee" },
    el("div", { class: "ahbnuf" }, el("h2", { class: "rp10kf" }, tr(L.today)),
      el("div", { class: "DcPUmc" }, el("button", { class: "VfPpkd-Bz112c-LgbsSe", type: "button", "aria-label": `${tr(L.del)}: ${tr(L.today)}` }, icon("close")))),
    ...prompts.map(([prompt, time]) => el("div", { class: "CTBfXd", jscontroller: "lp6Hdc" },
      el("div", { class: "uUy2re" },
        el("div", { class: "uvKIzc" }, icon("spark", 18), el("span", { class: "WTgNbd" }, tr(L.geminiApps))),
        el("div", { class: "GqCJpe" }, el("button", { class: "VfPpkd-Bz112c-LgbsSe", type: "button", "aria-label": `${tr(L.del)}: ${prompt}` }, icon("close")))),
      el("div", { class: "QTGV3c", tabindex: "-1" }, `${tr(L.prompted)} ${prompt}`),
      el("div", { class: "H3Q9vf XTnvW" }, `${time} • `, el("button", { class: "Kx5Tn", type: "button" }, tr(L.details))))));
}

function geminiPage() {
  const column = el("div", { class: "jw8mI" });
  const page = el("c-wiz", { jsrenderer: "hAMtDb", class: "zQTmif SSPGKf", jsdata: "deferred-i1", "data-p": "%.@.]" },
    el("div", { class: "T4LgNb", jsname: "a9kxte" }, el("div", { class: "Nz2Uye" }, column)));
  root.replaceChildren(oneGoogleBar(), el("main", { class: "ETuzdd", role: "main" }, page));
  later(column, () => [
    el("h1", { class: "SjSvxe", mark: "heading" }, tr(L.title)),
    card(),
    el("div", { class: "cVMkvb" }, el("div", { class: "x9uNBc" }, icon("spark")),
      el("div", { class: "nt1sHb" }, el("div", {}, tr(L.protects)), el("button", { class: "VfPpkd-LgbsSe", type: "button" }, tr(L.verification)))),
    deleteRow(),
    activityList(),
  ]);
}

function otherPage() {
  root.replaceChildren(oneGoogleBar(), el("main", { class: "ETuzdd", role: "main" },
    el("div", { class: "jw8mI" }, el("h1", { class: "SjSvxe" }, tr(L.myActivity)),
      el("a", { href: "/product/gemini", spa: true }, tr(L.title)))));
}

onRoute(() => {
  closeMenu();
  portal.replaceChildren();
  if (location.pathname === "/") Replica.redirect("/myactivity");
  if (/^(\/u\/\d+)?\/product\/gemini\/?$/.test(location.pathname)) return geminiPage();
  otherPage();
});
