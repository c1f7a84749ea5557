// The toolbar popup: where each platform stands, one click to each setting, and the facts behind it.
import { api } from "../common/browser.js";
import { guideForUrl, loadGuides } from "../common/guides.js";
import { forgetAll, readStates, startGuide, writeState } from "../common/storage.js";

const t = (key, subs) => api.i18n.getMessage(key, subs) || key;
const uiLanguage = (api.i18n.getUILanguage() || "en").toLowerCase().split("-")[0];

function el(tag, attrs = {}, children = []) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "text") node.textContent = value;
    else node.setAttribute(name, value);
  }
  for (const child of children) if (child) node.append(child);
  return node;
}

function localized(text) {
  return text[uiLanguage] || text.en;
}

function translateStatic() {
  document.documentElement.lang = uiLanguage;
  const book = document.getElementById("book");
  if (["de", "fr", "es", "it", "nl"].includes(uiLanguage)) {
    book.href = `../book/index.${uiLanguage}.html`;
    document.getElementById("privacy").href = `../book/privacy.${uiLanguage}.html`;
  }
  for (const node of document.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
}

function statusOf(state) {
  if (state.observed === "off") {
    const date = state.observedAt ? new Date(state.observedAt).toLocaleDateString(uiLanguage) : "";
    return { key: "off", text: t("popup_status_off", [date]) };
  }
  if (state.started || state.observed === "on") return { key: "progress", text: t("popup_status_progress") };
  return { key: "unknown", text: t("popup_status_unknown") };
}

function aboutFacts(guide) {
  const a = guide.about;
  const facts = [
    ["popup_about_data", localized(a.data)],
    ["popup_about_not_used", localized(a.not_used)],
    ["popup_about_regions", localized(a.regions)],
  ];
  if (a.since) facts.push(["popup_about_since", new Date(a.since + "T00:00:00Z").toLocaleDateString(uiLanguage, { timeZone: "UTC" })]);
  facts.push(["popup_about_default", t(a.default_on ? "popup_default_on" : "popup_default_off")]);
  facts.push(["popup_about_retroactive", t(a.retroactive ? "popup_retroactive_yes" : "popup_retroactive_no")]);
  facts.push(["popup_about_mobile", localized(a.mobile)]);
  const list = el("dl");
  for (const [key, value] of facts) list.append(el("dt", { text: t(key) }), el("dd", { text: value }));
  if (a.links.length) {
    list.append(el("dt", { text: t("popup_about_links") }));
    for (const link of a.links) {
      list.append(el("dd", {}, [el("a", { href: link.url, target: "_blank", rel: "noopener noreferrer", text: localized(link.title) })]));
    }
  }
  return el("details", {}, [el("summary", { text: t("popup_about") }), list]);
}

function platformRow(guide, state) {
  if (guide.kind === "route") return routeRow(guide, state);
  const status = statusOf(state);
  const go = el("button", { type: "button", "data-guide": guide.id, class: "go", text: t("popup_go") });
  go.addEventListener("click", () => {
    api.runtime.sendMessage({ type: "open-setting", guide: guide.id }).finally(() => window.close());
  });
  return el("li", { class: "platform", "data-guide": guide.id, "data-state": status.key }, [
    el("div", { class: "row" }, [
      el("div", {}, [
        el("div", { class: "name", text: guide.name }),
        el("div", { class: "status", "data-state": status.key, text: status.text }),
      ]),
      go,
    ]),
    aboutFacts(guide),
  ]);
}

// A platform without a setting: the forms to object with, a text to copy, and the user's own "I have sent it".
// The extension opens nothing but the form's link, and fills in or sends nothing.
function routeRow(guide, state) {
  const sent = state.observed === "off";
  const date = sent && state.observedAt ? new Date(state.observedAt).toLocaleDateString(uiLanguage) : "";
  const status = sent ? { key: "off", text: t("popup_status_sent", [date]) } : { key: "unknown", text: t("popup_status_not_sent") };
  const forms = el("ul", { class: "forms" }, guide.route.forms.map((form) =>
    el("li", {}, [el("a", { href: form.url, target: "_blank", rel: "noopener noreferrer", text: localized(form.title) })])));
  const text = localized(guide.route.objection);
  const copy = el("button", { type: "button", class: "secondary copy", text: t("popup_route_copy") });
  copy.addEventListener("click", () => {
    navigator.clipboard.writeText(text).then(() => { copy.textContent = t("popup_route_copied"); }, () => {});
  });
  const mark = el("button", { type: "button", class: "secondary mark", "data-sent": String(sent),
    text: t(sent ? "popup_route_mark_unsent" : "popup_route_mark_sent") });
  mark.addEventListener("click", () => {
    writeState(guide.id, { ...state, observed: sent ? null : "off", observedAt: sent ? null : new Date().toISOString() });
  });
  return el("li", { class: "platform route", "data-guide": guide.id, "data-state": status.key }, [
    el("div", { class: "name", text: guide.name }),
    el("div", { class: "status", "data-state": status.key, text: status.text }),
    el("p", { class: "note", text: t("popup_route_note") }),
    el("div", { class: "label", text: t("popup_route_forms") }),
    forms,
    el("details", { class: "objection" }, [
      el("summary", { text: t("popup_route_objection") }),
      el("p", { class: "objection-text", text }),
      copy,
    ]),
    el("div", { class: "row" }, [mark]),
    aboutFacts(guide),
  ]);
}

// Groups in the order the popup shows them; the schema lists the same values.
const GROUPS = ["ai-assistants", "social-networks", "writing-and-publishing"];

async function render(guides) {
  const stored = await readStates(guides.map((g) => g.id));
  const sections = GROUPS.map((group) => {
    const members = guides.filter((g) => g.group === group).sort((a, b) => a.name.localeCompare(b.name, uiLanguage));
    if (!members.length) return null;
    const headingId = `group-${group}`;
    return el("li", { class: "group", "data-group": group }, [
      el("h2", { id: headingId, text: t(`popup_group_${group.replace(/-/g, "_")}`) }),
      el("ul", { "aria-labelledby": headingId }, members.map((g) => platformRow(g, stored[g.id]))),
    ]);
  });
  document.getElementById("platforms").replaceChildren(...sections.filter(Boolean));
}

async function setUpThisPage(guides) {
  const [tab] = await api.tabs.query({ active: true, currentWindow: true });
  const guide = tab && guideForUrl(guides, tab.url || "");
  if (!guide) return;
  const section = document.getElementById("this-page");
  const button = document.getElementById("show-here");
  button.textContent = t("popup_show_here", [guide.name]);
  section.hidden = false;
  button.addEventListener("click", async () => {
    // The guide in the tab starts from the storage change.
    await startGuide(guide.id);
    window.close();
  });
}

// Firefox lets users withhold host access from MV3 add-ons: without it the guide cannot run.
async function setUpPermissions(guides) {
  const origins = guides.flatMap((g) => g.hosts.map((h) => `https://${h}/*`));
  if (await api.permissions.contains({ origins })) return;
  document.getElementById("permissions").hidden = false;
  document.getElementById("grant").addEventListener("click", () => {
    // Must run directly in the click handler: browsers only allow permission prompts from a user gesture.
    api.permissions.request({ origins }).then((granted) => {
      if (granted) document.getElementById("permissions").hidden = true;
    });
  });
}

async function main() {
  translateStatic();
  const guides = await loadGuides();
  await render(guides);
  document.getElementById("forget").addEventListener("click", async () => {
    await forgetAll();
    document.getElementById("forgotten").hidden = false;
    await render(guides);
  });
  api.storage.onChanged.addListener(() => render(guides));
  await Promise.all([setUpThisPage(guides), setUpPermissions(guides)]);
  document.body.dataset.ready = "true";
}

main();
