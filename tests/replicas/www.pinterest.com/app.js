// Pinterest replica (www.pinterest.com), after docs/evidence.md.
// Known there: the settings page "Privacy and data" at /settings/privacy (C), reached by the chevron at the top right →
// Settings → Privacy and data (C); on the web a list of checkboxes (C), "Ads personalisation" items above (C: "Use info
// from sites you visit", "Use of partner info", "Ads about Pinterest", "Activity for ads reporting", "Sharing info with
// partners", "Ads off Pinterest"), then the section "GenAI" with "Use your data to train Pinterest Canvas" and the
// description "Allow your data to be used to help train Pinterest Canvas. Learn more" (C); older help says changes are
// confirmed with "Done" (S), the current web may autosave or use a Save bar (unknown); "GenAI interests" (see less AI
// content) lives under "Refine your recommendations", another page (C). A React single-page app (I).
// Not known, so chosen here: all markup (native checkboxes named by <label for>, descriptions by aria-describedby),
// every address but /settings/privacy, the chevron's name, the other settings pages, the helper texts of the ads items,
// the toasts, and whether the confirming button is disabled until something changed (here: it is).
// English only: localized labels are unknown in the research (lang= is ignored).
// Variants (besides late, optedout, scramble):
//   save=button (default)  a "Done" button below the list, enabled only while there are unsaved changes
//   save=bar               a sticky bar with "Reset" and "Save" at the bottom, enabled only while there are changes
//   save=auto              every change is saved at once (no button)
//   changed=1              the site changed: the GenAI item renamed and reworded
// Test registry keys: account-button, settings-item, privacy-link, refine-link, canvas-box, ads-<key>-box (ads-sites,
//   ads-partner, ads-about, ads-reporting, ads-sharing, ads-off), done, save, reset, genai-interests-tab,
//   genai-interest-<topic> (art, beauty, fashion, home-decor).
const { el, state, saveState, redirect, onRoute, later, variant } = Replica;
document.documentElement.lang = "en";

const SAVE = ["bar", "auto"].includes(variant.save) ? variant.save : "button";
const CHANGED = Boolean(variant.changed);

const ADS = [
  // [key, label (C), helper (made up)]
  ["sites", "Use info from sites you visit", "Allow Pinterest to use data from sites you visit to improve ads on Pinterest."],
  ["partner", "Use of partner info", "Allow Pinterest to use information from our partners to improve ads you see on Pinterest."],
  ["about", "Ads about Pinterest", "Allow Pinterest to use your activity to show you ads about Pinterest on other sites and apps."],
  ["reporting", "Activity for ads reporting", "Allow Pinterest to share your activity with advertisers to help them measure their ads."],
  ["sharing", "Sharing info with partners", "Allow Pinterest to share your information with partners to improve the ads you see."],
  ["off", "Ads off Pinterest", "Allow Pinterest to use your activity to show you ads on other sites and apps."],
];
const CANVAS = CHANGED
  ? ["Let Pinterest use your activity to improve its AI", "Your Pins and boards help make Pinterest’s AI features better. Learn more"] // made up
  : ["Use your data to train Pinterest Canvas", "Allow your data to be used to help train Pinterest Canvas. Learn more"]; // C
// [path, label, registry key]: /settings/privacy is sourced, "Refine your recommendations" is sourced as a name; the
// other labels and every other address are made up.
const NAV = [
  ["/settings/edit-profile", "Edit profile", null],
  ["/settings/account-settings", "Account management", null],
  ["/settings/profile-visibility", "Profile visibility", null],
  ["/settings/refine-recommendations", "Refine your recommendations", "refine-link"],
  ["/settings/social-permissions", "Social permissions", null],
  ["/settings/notifications", "Notifications", null],
  ["/settings/privacy", "Privacy and data", "privacy-link"],
  ["/settings/security", "Security and logins", null],
];
const INTERESTS = [["art", "Art"], ["beauty", "Beauty"], ["fashion", "Fashion"], ["home-decor", "Home decor"]];

if (!("saved" in state)) {
  state.saved = { canvas: !variant.optedout, ...Object.fromEntries(ADS.map(([k]) => [k, true])) };
  state.interests = Object.fromEntries(INTERESTS.map(([k]) => [k, false]));
  saveState();
}
// Unsaved changes live in the page only: a reload shows what was saved.
let draft = { ...state.saved };
const root = document.getElementById("__PWS_ROOT__");
const toasts = document.getElementById("toasts");
let uid = 0;
const nextId = () => `checkbox-${(uid += 1)}`;

function toast(text) {
  const t = el("div", { class: "toast", role: "status" }, text);
  toasts.append(t);
  setTimeout(() => t.remove(), 2500);
}

// ---- header and account menu ------------------------------------------------------------------------------------

function closeMenu() {
  document.querySelector(".account-menu")?.remove();
  Replica.target("account-button")?.setAttribute("aria-expanded", "false");
}

function toggleMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  button.parentElement.append(el("div", { class: "account-menu", role: "menu" },
    el("div", { class: "helper" }, "Currently in"),
    el("a", { href: "/ada/", spa: true, role: "menuitem" }, "Ada Lovelace"),
    el("div", { class: "helper" }, "More options"),
    el("a", { href: "/settings/", spa: true, role: "menuitem", mark: "settings-item", on: { click: closeMenu } }, "Settings"),
    el("a", { href: "/settings/refine-recommendations", spa: true, role: "menuitem", on: { click: closeMenu } }, "Tune your home feed"),
    el("div", { role: "menuitem", tabindex: "-1" }, "Log out")));
}

function header() {
  return el("div", { class: "header", role: "banner" },
    el("a", { href: "/", spa: true, class: "logo", "aria-label": "Home" }, "P"),
    el("a", { href: "/", spa: true }, "Home"),
    el("a", { href: "/ideas/", spa: true }, "Explore"),
    el("input", { class: "search", type: "search", placeholder: "Search", "aria-label": "Search" }),
    el("div", { class: "header-right" },
      el("button", { type: "button", class: "icon", "aria-label": "Notifications" }, "🔔"),
      el("button", { type: "button", class: "icon", "aria-label": "Messages" }, "💬"),
      el("a", { href: "/ada/", spa: true, class: "me", "aria-label": "Your profile" }, "A"),
      el("button", { type: "button", class: "icon", "aria-label": "Accounts and more options", "aria-haspopup": "menu", "aria-expanded": "false",
        mark: "account-button", on: { click: (e) => toggleMenu(e.currentTarget) } }, "⌄")));
}

// ---- settings ---------------------------------------------------------------------------------------------------

function checkboxRow(key, label, helper, mark, onChange) {
  const id = nextId();
  const helperNode = el("div", { class: "helper", id: `${id}-helperText` });
  const words = helper.endsWith("Learn more") ? helper.slice(0, -"Learn more".length) : helper;
  helperNode.append(words);
  if (words !== helper) helperNode.append(el("a", { href: "https://help.pinterest.com/en/article/manage-genai-settings", target: "_blank", rel: "noopener" }, "Learn more"));
  const box = el("input", { type: "checkbox", id, checked: draft[key], "aria-describedby": `${id}-helperText`, mark,
    on: { change: (e) => onChange(key, e.currentTarget.checked) } });
  return el("div", { class: "box-row" }, box, el("div", {}, el("label", { for: id }, label), helperNode));
}

function isDirty() {
  return Object.keys(draft).some((k) => draft[k] !== state.saved[k]);
}

function privacyPage() {
  draft = { ...state.saved };
  const actions = el("div", {});
  const renderActions = () => {
    const dirty = isDirty();
    if (SAVE === "button") {
      actions.replaceChildren(el("div", { class: "done-row" },
        el("button", { type: "button", class: "btn red", disabled: !dirty, mark: "done", on: { click: commit } }, "Done")));
    } else if (SAVE === "bar") {
      actions.replaceChildren(el("div", { class: "footer-bar" },
        el("button", { type: "button", class: "btn", disabled: !dirty, mark: "reset", on: { click: reset } }, "Reset"),
        el("button", { type: "button", class: "btn red", disabled: !dirty, mark: "save", on: { click: commit } }, "Save")));
    } else {
      actions.replaceChildren();
    }
  };
  const rows = el("div", {});
  const renderRows = () => rows.replaceChildren(
    el("h2", {}, "Ads personalisation"),
    ...ADS.map(([key, label, helper]) => checkboxRow(key, label, helper, `ads-${key}-box`, change)),
    el("h2", {}, "GenAI"),
    checkboxRow("canvas", CANVAS[0], CANVAS[1], "canvas-box", change),
    el("h2", {}, "Your data"),
    el("div", { class: "box-row" }, el("button", { type: "button", class: "btn" }, "Request your data")));
  function change(key, value) {
    draft[key] = value;
    if (SAVE === "auto") {
      state.saved = { ...draft };
      saveState();
      toast("Settings saved");
    }
    renderActions();
  }
  function commit() {
    state.saved = { ...draft };
    saveState();
    renderActions();
    toast("Settings saved");
  }
  function reset() {
    draft = { ...state.saved };
    renderRows();
    renderActions();
  }
  renderRows();
  renderActions();
  return [el("h1", {}, "Privacy and data"),
    el("p", { class: "intro" }, "Manage how Pinterest uses your data."), // made up
    rows, actions];
}

function refinePage() {
  const panel = el("div", { role: "tabpanel" },
    el("p", { class: "intro" }, "See fewer AI-modified Pins about these interests."), // made up
    ...INTERESTS.map(([key, label]) => {
      const id = nextId();
      return el("div", { class: "switch-row" }, el("label", { for: id }, label),
        el("input", { type: "checkbox", role: "switch", id, checked: state.interests[key], mark: `genai-interest-${key}`,
          on: { change: (e) => { state.interests[key] = e.currentTarget.checked; saveState(); } } }));
    }));
  return [el("h1", {}, "Refine your recommendations"),
    el("div", { role: "tablist", class: "tabs" },
      ...["Pins", "Boards", "Topics"].map((t) => el("button", { type: "button", role: "tab", "aria-selected": "false" }, t)),
      el("button", { type: "button", role: "tab", "aria-selected": "true", mark: "genai-interests-tab" }, "GenAI interests")),
    panel];
}

function settingsPage(path) {
  const current = NAV.find(([p]) => p === path) || NAV[0];
  const main = el("div", { class: "settings-main" });
  later(main, () => (current[0] === "/settings/privacy" ? privacyPage()
    : current[0] === "/settings/refine-recommendations" ? refinePage()
      : [el("h1", {}, current[1]), el("p", { class: "intro" }, "…")]));
  return el("div", { class: "settings" },
    el("nav", { class: "settings-nav", "aria-label": "Settings" },
      ...NAV.map(([p, label, key]) => el("a", { href: p, spa: true, mark: key, "aria-current": p === current[0] ? "page" : null }, label))),
    main);
}

function homePage() {
  const feed = el("div", { class: "feed" });
  later(feed, () => Array.from({ length: 15 }, (_, i) => el("a", { href: `/pin/10${i}/`, spa: true, class: "pin", "aria-label": `Pin ${i + 1}` })));
  return feed;
}

onRoute(() => {
  closeMenu();
  if (/^\/settings\/?$/.test(location.pathname)) redirect("/settings/edit-profile" + location.search);
  const path = location.pathname.replace(/\/$/, "") || "/";
  root.replaceChildren(header(), el("main", {}, path.startsWith("/settings/") ? settingsPage(path) : homePage()));
});

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") closeMenu();
});
document.addEventListener("mousedown", (e) => {
  const button = Replica.target("account-button");
  if (!e.target.closest(".account-menu") && !(button && button.contains(e.target))) closeMenu();
});
