// WordPress.com replica (wordpress.com), after docs/evidence.md, whose facts come from
// Automattic's own public front-end source (wp-calypso):
// - Classic Calypso "General Settings" at /settings/general/<site-slug> (C), its "Privacy" section (a section header
//   with a "Save settings" button, then a card with a form): radios "Coming Soon" / "Public" / "Private" (name
//   blog_public) with their explanations; under Public the checkboxes "Discourage search engines from indexing this
//   site" and <input name="wpcom_data_sharing_opt_out" type="checkbox" value="true"> inside its label "Prevent
//   third-party sharing for <site-slug>" with the explanation "This option will prevent this site’s content from being
//   shared with our licensed network of content and research partners, including those that train AI models. Learn
//   more." (C). Choosing a visibility resets the sharing box; "Discourage search engines" forces it ticked and disabled.
// - The new dashboard's "Site visibility" at /v2/sites/<site-slug>/settings/site-visibility (S): a toggle group
//   "Coming soon" / "Public" / "Private", under Public two CheckboxControls (input[type=checkbox] with <label for>,
//   help by aria-describedby), "Prevent third-party sharing for this site" with the help "This will prevent this site’s
//   content from being shared with our licensed network of content and research partners, including those that train
//   AI models. Learn more" (C), and a primary submit button "Save", disabled until the form is dirty (C); the snackbar
//   "Settings saved." (C).
// Chosen here (not in the research): the masterbar, sidebar, site picker, My Home and the "Site profile" section; the
// classic "Save settings" buttons disabled until something changed (the brief's model; save=always gives what
// wp-calypso's settings-section-header and site-setting-privacy show: disabled only while saving), the label's `for`
// with an id on the input, the classic page's "Settings saved." notice, and the site-changed wording.
// English only: translations exist but were not retrieved (lang= is ignored).
// Variants (besides late, optedout, scramble):
//   save=always   the classic "Save settings" buttons are enabled whenever nothing is being saved (as in wp-calypso)
//   changed=1     the site changed: the sharing box has another name and wording on both pages
// Test registry keys: site-<slug> (site picker), settings-link (sidebar), prevent-box, discourage-box, public-radio,
//   private-radio, coming-soon-radio, profile-save, privacy-save, save (v2), notice, visibility-link (v2 list).
const { el, state, saveState, redirect, onRoute, later, variant } = Replica;
document.documentElement.lang = "en";

const CHANGED = Boolean(variant.changed);
const SAVE_ALWAYS = variant.save === "always";
const SITES = [
  { slug: "adasnotes.wordpress.com", title: "Ada’s Notes" },
  { slug: "lovelace.blog", title: "Lovelace Photography" },
];
const HELP = "https://wordpress.com/support/privacy-settings/make-your-website-public/#prevent-third-party-sharing";

if (!("sites" in state)) {
  state.sites = Object.fromEntries(SITES.map((s) => [s.slug,
    { blog_public: 1, discourage: false, prevent: Boolean(variant.optedout), title: s.title, tagline: "Just another WordPress.com site" }]));
  saveState();
}
const root = document.getElementById("wpcom");
let uid = 0;
const nextId = (prefix) => `${prefix}-${(uid += 1)}`;

function notice(text, cls) {
  document.querySelector(".notice, .components-snackbar")?.remove();
  const n = el("div", { class: cls, role: "status", mark: "notice" }, text);
  document.body.append(n);
  setTimeout(() => n.remove(), 4000);
}

// ---- classic Calypso -------------------------------------------------------------------------------------------

function masterbar() {
  return el("header", { class: "masterbar" },
    el("a", { href: "/sites", spa: true }, "My Sites"),
    el("a", { href: "/read", spa: true }, "Reader"),
    el("span", { style: "margin-left:auto" }, "ada"));
}

function sidebar(site, current) {
  const item = (href, label, mark) => el("a", { href, spa: true, mark, class: current === href ? "selected" : null }, label);
  return el("nav", { class: "sidebar", "aria-label": "Site" },
    el("div", { class: "site" }, site.title, el("div", { style: "font-weight:400;font-size:12px" }, site.slug)),
    item(`/home/${site.slug}`, "My Home"),
    item(`/stats/day/${site.slug}`, "Stats"),
    item(`/posts/${site.slug}`, "Posts"),
    item(`/media/${site.slug}`, "Media"),
    item(`/pages/${site.slug}`, "Pages"),
    item(`/comments/all/${site.slug}`, "Comments"),
    item(`/themes/${site.slug}`, "Appearance"),
    item(`/settings/general/${site.slug}`, "Settings", "settings-link"),
    item(`/settings/writing/${site.slug}`, "Writing"),
    item(`/settings/reading/${site.slug}`, "Reading"));
}

function sitePicker() {
  return [el("h1", { class: "formatted-header__title" }, "Select a site"),
    el("p", { class: "formatted-header__subtitle" }, "Choose the site whose settings you want to change."),
    el("div", { class: "site-list" }, ...SITES.map((s) => el("a", { href: `/settings/general/${s.slug}`, spa: true, mark: `site-${s.slug}` },
      el("span", { class: "site-icon", "aria-hidden": "true" }), el("span", {}, el("strong", {}, s.title), el("br"), s.slug))))];
}

function classicSettings(site) {
  const saved = state.sites[site.slug];
  let fields = { ...saved };
  let saving = false;
  const isDirty = () => Object.keys(fields).some((k) => fields[k] !== saved[k]);
  const profileHead = el("div", {});
  const privacyHead = el("div", {});
  const profileCard = el("div", { class: "card" });
  const privacyCard = el("div", { class: "card" });

  function saveButton(mark) {
    const disabled = saving || (!SAVE_ALWAYS && !isDirty());
    return el("button", { type: "button", class: "button is-compact is-primary", disabled, mark, on: { click: submit } },
      saving ? "Saving…" : "Save settings");
  }
  function renderHeads() {
    profileHead.replaceChildren(el("div", { class: "section-header" }, el("div", { class: "section-header__label" }, "Site profile"),
      saveButton("profile-save")));
    privacyHead.replaceChildren(el("div", { class: "section-header", id: "site-privacy-settings" },
      el("div", { class: "section-header__label" }, "Privacy"), saveButton("privacy-save")));
  }
  function update(edits) {
    fields = { ...fields, ...edits };
    renderHeads();
    renderPrivacy();
  }
  function submit() {
    saving = true;
    renderHeads();
    renderPrivacy();
    setTimeout(() => {
      Object.assign(saved, fields);
      saveState();
      saving = false;
      renderHeads();
      renderPrivacy();
      notice("Settings saved.", "notice is-success");
    }, 300);
  }
  function radio(value, label, explanation, mark) {
    return [el("label", { class: "form-label site-settings__visibility-label" },
      el("input", { type: "radio", class: "form-radio", name: "blog_public", value: String(value), checked: fields.blog_public === value,
        disabled: saving, mark, on: { change: () => update({ blog_public: value, discourage: false, prevent: false }) } }),
      el("span", {}, label)),
    el("p", { class: "form-setting-explanation" }, explanation)];
  }
  function renderPrivacy() {
    const isPublic = fields.blog_public === 1;
    const boxName = CHANGED ? "wpcom_ai_partners_opt_out" : "wpcom_data_sharing_opt_out";
    const boxes = !isPublic ? [] : [
      el("label", { class: "form-label site-settings__visibility-label is-checkbox is-hidden" },
        el("input", { type: "checkbox", class: "form-checkbox", name: "blog_public", value: "0", checked: fields.discourage, disabled: saving,
          mark: "discourage-box", on: { change: () => update({ discourage: !fields.discourage, prevent: !fields.discourage || fields.prevent }) } }),
        el("span", {}, "Discourage search engines from indexing this site"),
        el("p", { class: "form-setting-explanation" }, "This option does not block access to your site — it is up to search engines to honor your request.")),
      el("label", { class: "form-label site-settings__visibility-label is-checkbox is-hidden", for: boxName },
        el("input", { type: "checkbox", class: "form-checkbox", name: boxName, id: boxName, value: "true",
          checked: fields.prevent || fields.discourage, disabled: saving || fields.discourage, mark: "prevent-box",
          on: { change: () => update({ prevent: !fields.prevent }) } }),
        el("span", {}, CHANGED ? `Keep ${site.slug} out of AI partnerships` : `Prevent third-party sharing for ${site.slug}`),
        el("p", { class: "form-setting-explanation" },
          CHANGED ? "Your content will not be licensed to companies building AI. " // made up
            : "This option will prevent this site’s content from being shared with our licensed network of content and research partners, including those that train AI models. ",
          el("a", { href: HELP, target: "_blank", rel: "noopener" }, "Learn more"), ".")),
    ];
    privacyCard.replaceChildren(el("form", {}, el("fieldset", { class: "form-fieldset" },
      ...radio(0, "Coming Soon", "Your site is hidden from visitors behind a \"Coming Soon\" notice until it is ready for viewing.", "coming-soon-radio"),
      ...radio(1, "Public", "Your site is visible to everyone.", "public-radio"),
      ...boxes,
      ...radio(-1, "Private", "Your site is only visible to you and logged-in members you approve. Everyone else will see a log in screen.", "private-radio"))));
  }
  profileCard.append(el("form", {},
    el("fieldset", { class: "form-fieldset" }, el("label", { class: "form-label", for: "blogname" }, "Site title"),
      el("input", { class: "form-text-input", id: "blogname", name: "blogname", value: fields.title,
        on: { input: (e) => { fields.title = e.currentTarget.value; renderHeads(); } } })),
    el("fieldset", { class: "form-fieldset" }, el("label", { class: "form-label", for: "blogdescription" }, "Site tagline"),
      el("input", { class: "form-text-input", id: "blogdescription", name: "blogdescription", value: fields.tagline,
        on: { input: (e) => { fields.tagline = e.currentTarget.value; renderHeads(); } } })),
    el("fieldset", { class: "form-fieldset" }, el("label", { class: "form-label" }, "Site address"), el("div", {}, site.slug)),
    el("fieldset", { class: "form-fieldset" }, el("label", { class: "form-label", for: "lang_id" }, "Language"),
      el("select", { id: "lang_id", name: "lang_id" }, el("option", {}, "English")))));
  renderHeads();
  renderPrivacy();
  return [el("h1", { class: "formatted-header__title" }, "General Settings"),
    el("p", { class: "formatted-header__subtitle" }, "Manage your site settings, including language, time zone, site visibility, and more."),
    profileHead, profileCard, privacyHead, privacyCard];
}

function classicPage(path) {
  const m = path.match(/^\/settings\/general\/([^/]+)/) || path.match(/^\/[a-z]+(?:\/[a-z]+)?\/([^/]+\.[^/]+)$/);
  const site = m && SITES.find((s) => s.slug === m[1]);
  const content = el("main", { class: "layout__content" });
  if (path === "/settings/general" || !site) {
    later(content, sitePicker);
    return el("div", { class: "layout" }, content);
  }
  later(content, () => (path.startsWith("/settings/general/") ? classicSettings(site)
    : [el("h1", { class: "formatted-header__title" }, path.startsWith("/home/") ? "My Home" : "…")]));
  return el("div", { class: "layout" }, sidebar(site, path), content);
}

// ---- the new dashboard (/v2) -----------------------------------------------------------------------------------

function visibilityForm(site) {
  const saved = state.sites[site.slug];
  const visibilityOf = (s) => (s.blog_public === 1 ? "public" : s.blog_public === -1 ? "private" : "coming-soon");
  let form = { visibility: visibilityOf(saved), discourage: saved.discourage, prevent: saved.discourage || saved.prevent };
  let pending = false;
  const card = el("div", { class: "components-card" });
  const isDirty = () => form.visibility !== visibilityOf(saved) || form.discourage !== saved.discourage || form.prevent !== saved.prevent;
  const OPTIONS = [
    ["coming-soon", "Coming soon", "Your site is hidden from visitors behind a “Coming Soon” notice until it is ready for viewing.", "coming-soon-radio"],
    ["public", "Public", "Your site is visible to everyone.", "public-radio"],
    ["private", "Private", "Your site is only visible to you and logged-in members you approve. Everyone else will see a log in screen.", "private-radio"],
  ];
  function checkbox(key, label, help, mark, disabled, onChange) {
    const id = nextId("inspector-checkbox-control");
    return el("div", { class: "components-base-control components-checkbox-control" },
      el("div", { class: "components-base-control__field" },
        el("span", { class: "components-checkbox-control__input-container" },
          el("input", { id, class: "components-checkbox-control__input", type: "checkbox", value: "1", checked: form[key], disabled,
            "aria-describedby": `${id}__help`, mark, on: { change: onChange } })),
        el("label", { class: "components-checkbox-control__label", for: id }, label)),
      el("p", { id: `${id}__help`, class: "components-base-control__help" }, ...help));
  }
  function render() {
    const selected = OPTIONS.find(([v]) => v === form.visibility);
    const rows = [
      el("div", { role: "radiogroup", "aria-label": "Site visibility", class: "components-toggle-group-control" },
        ...OPTIONS.map(([value, label, , mark]) => el("button", { type: "button", role: "radio", "aria-checked": String(form.visibility === value),
          mark, on: { click: () => { form = { visibility: value, discourage: saved.discourage, prevent: saved.discourage || saved.prevent }; render(); } } }, label))),
      el("p", { class: "components-base-control__help" }, selected[2]),
    ];
    if (form.visibility === "public") {
      rows.push(checkbox("discourage", "Discourage search engines from indexing this site",
        ["This does not block access to your site — it is up to search engines to honor your request."], "discourage-box", false,
        () => { form.discourage = !form.discourage; if (form.discourage) form.prevent = true; render(); }));
      rows.push(checkbox("prevent", CHANGED ? "Keep this site out of AI partnerships" : "Prevent third-party sharing for this site",
        [CHANGED ? "Your content will not be licensed to companies building AI. "
          : "This will prevent this site’s content from being shared with our licensed network of content and research partners, including those that train AI models. ",
        el("a", { href: HELP, target: "_blank", rel: "noopener" }, "Learn more")], "prevent-box", form.discourage,
        () => { form.prevent = !form.prevent; render(); }));
    }
    rows.push(el("div", {}, el("button", { type: "submit", class: "components-button is-primary is-next-40px-default-size",
      disabled: pending || !isDirty(), mark: "save" }, "Save")));
    card.replaceChildren(el("form", { class: "dashboard-site-settings-privacy-form", on: { submit } }, ...rows));
  }
  function submit(e) {
    e.preventDefault();
    pending = true;
    render();
    setTimeout(() => {
      Object.assign(saved, { blog_public: form.visibility === "public" ? 1 : form.visibility === "private" ? -1 : 0,
        discourage: form.discourage, prevent: form.prevent });
      saveState();
      pending = false;
      render();
      notice("Settings saved.", "components-snackbar");
    }, 300);
  }
  render();
  return card;
}

function dashboardPage(path) {
  const m = path.match(/^\/v2\/sites\/([^/]+)(\/.*)?$/);
  const site = (m && SITES.find((s) => s.slug === m[1])) || SITES[0];
  const main = el("main", { class: "dashboard" });
  later(main, () => (/\/settings\/site-visibility$/.test(path)
    ? [el("a", { href: `/v2/sites/${site.slug}/settings`, spa: true, class: "back" }, "← Settings"),
      el("h1", {}, "Site visibility"), el("p", {}, "Control who can view your site."), visibilityForm(site)]
    : [el("h1", {}, "Settings"), el("div", { class: "settings-list" },
      el("a", { href: `/v2/sites/${site.slug}/settings/site-visibility`, spa: true, mark: "visibility-link" }, "Site visibility"),
      el("a", { href: `/v2/sites/${site.slug}/settings/subscription-gifting`, spa: true }, "Accept a gift subscription"))]));
  return main;
}

onRoute(() => {
  const path = location.pathname.replace(/\/$/, "") || "/";
  if (path === "/") redirect(`/home/${SITES[0].slug}` + location.search);
  const now = location.pathname.replace(/\/$/, "");
  root.replaceChildren(masterbar(), now.startsWith("/v2/") ? dashboardPage(now) : classicPage(now));
});
