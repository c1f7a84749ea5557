// Tumblr replica (www.tumblr.com), after docs/evidence.md.
// Known there: account menu → Settings → pick the blog in the list of your blogs → section "Visibility" → the toggle
// "Prevent third-party sharing for <blogname>" (C); opted out = ON (C), per blog, so a person with several blogs
// repeats it for each (C); it is on by itself when the blog is hidden from search (S); blog settings at
// /settings/blog/<blogname> (I). A React single-page app (I). No markup is public.
// Chosen here: everything else — the settings addresses other than the blog's (/settings/account, with /settings
// redirecting there), the right-hand column with the settings links and the blogs, the toggles as
// <input type="checkbox" role="switch"> named by <label for>, the neighbouring toggles and every description.
// English only: localized labels are unknown in the research (lang= is ignored).
// Variants (besides late, optedout, scramble):
//   changed=1   the site changed: the sharing toggle renamed and reworded
// Test registry keys: account-button, settings-item, account-link, blog-<name> (settings column), prevent-switch,
//   hide-search-switch, hide-logged-out-switch, asks-switch, submissions-switch.
const { el, state, saveState, redirect, onRoute, later, variant } = Replica;
document.documentElement.lang = "en-US";

const CHANGED = Boolean(variant.changed);
const BLOGS = [
  { name: "adalovelace", title: "Notes on the Analytical Engine" },
  { name: "ada-sketches", title: "Sketchbook" },
];
// [path, label]: all made up but /settings (the research's "Settings").
const NAV = [
  ["/settings/account", "Account", "account-link"], ["/settings/dashboard", "Dashboard"], ["/settings/notifications", "Notifications"],
  ["/settings/domains", "Domains"], ["/settings/ad-free-browsing", "Ad-free browsing"], ["/settings/gifts", "Gifts"],
  ["/settings/apps", "Apps"], ["/settings/privacy", "Privacy"], ["/settings/labs", "Labs"],
];

if (!("blogs" in state)) {
  state.blogs = Object.fromEntries(BLOGS.map((b) => [b.name,
    { prevent: Boolean(variant.optedout), hideSearch: false, hideLoggedOut: false, asks: true, submissions: false }]));
  saveState();
}
const root = document.getElementById("root");
let uid = 0;
const nextId = () => `toggle-${(uid += 1)}`;

// ---- top bar and account menu -------------------------------------------------------------------------------------

function closeMenu() {
  document.querySelector(".account-popover")?.remove();
  Replica.target("account-button")?.setAttribute("aria-expanded", "false");
}

function toggleMenu(button) {
  if (button.getAttribute("aria-expanded") === "true") return closeMenu();
  button.setAttribute("aria-expanded", "true");
  button.parentElement.append(el("div", { class: "account-popover", role: "menu" },
    el("div", { class: "heading" }, "Account"),
    el("a", { href: "/likes", spa: true, role: "menuitem" }, "Likes"),
    el("a", { href: "/following", spa: true, role: "menuitem" }, "Following"),
    el("a", { href: "/settings/account", spa: true, role: "menuitem", mark: "settings-item", on: { click: closeMenu } }, "Settings"),
    el("a", { href: "/help", spa: true, role: "menuitem" }, "Help"),
    el("div", { class: "heading" }, "Blogs"),
    ...BLOGS.map((b) => el("a", { href: `/blog/${b.name}`, spa: true, role: "menuitem" }, b.name))));
}

function topBar() {
  return el("header", { class: "top" },
    el("a", { href: "/dashboard", spa: true, class: "logo", "aria-label": "Home" }, "t"),
    el("input", { type: "search", placeholder: "Search Tumblr", "aria-label": "Search" }),
    el("div", { class: "top-right" },
      el("button", { type: "button", "aria-label": "Inbox" }, "✉"),
      el("button", { type: "button", "aria-label": "Account", "aria-haspopup": "menu", "aria-expanded": "false", mark: "account-button",
        on: { click: (e) => toggleMenu(e.currentTarget) } }, "👤")));
}

// ---- settings ---------------------------------------------------------------------------------------------------

function settingsSide(path) {
  return el("aside", { class: "settings-side" },
    el("nav", { "aria-label": "Settings" },
      ...NAV.map(([p, label, key]) => el("a", { href: p, spa: true, mark: key, "aria-current": p === path ? "page" : null }, label))),
    el("h3", {}, "Blogs"),
    el("nav", { "aria-label": "Blogs" },
      ...BLOGS.map((b) => el("a", { href: `/settings/blog/${b.name}`, spa: true, class: "blog-link", mark: `blog-${b.name}`,
        "aria-current": path === `/settings/blog/${b.name}` ? "page" : null },
      el("span", { class: "avatar", "aria-hidden": "true" }), el("span", {}, el("strong", {}, b.name), el("div", { class: "blog-title" }, b.title))))));
}

function toggleRow(blog, key, label, desc, mark, disabled) {
  const id = nextId();
  const s = state.blogs[blog.name];
  return el("div", { class: "toggle-row" },
    el("div", {}, el("label", { for: id }, label), el("p", {}, desc)),
    el("input", { type: "checkbox", role: "switch", id, checked: key === "prevent" ? s.prevent || s.hideSearch : s[key], disabled, mark,
      on: { change: (e) => {
        s[key] = e.currentTarget.checked;
        if (key === "hideSearch" && s.hideSearch) s.prevent = true;
        saveState();
        if (key === "hideSearch") renderBlog();
      } } }));
}

let renderBlog = () => {};

function blogSettings(blog) {
  const box = el("div", {});
  renderBlog = () => {
    const s = state.blogs[blog.name];
    box.replaceChildren(
      el("h1", {}, blog.name),
      el("div", { class: "section" }, el("h2", {}, "Username"), el("div", { class: "field" }, el("span", {}, blog.name), el("button", { type: "button" }, "Edit"))),
      el("div", { class: "section" }, el("h2", {}, "Interactions"),
        toggleRow(blog, "asks", "Allow others to send you asks", "Let people ask you questions.", "asks-switch"),
        toggleRow(blog, "submissions", "Allow others to submit posts", "Let people send you posts to publish.", "submissions-switch")),
      el("div", { class: "section" }, el("h2", {}, "Visibility"),
        toggleRow(blog, "hideLoggedOut", `Hide ${blog.name} from people without an account`,
          "Only people who are logged in will be able to see this blog.", "hide-logged-out-switch"),
        toggleRow(blog, "hideSearch", `Hide ${blog.name} from search results`,
          "Ask search engines not to show this blog in their results.", "hide-search-switch"),
        toggleRow(blog, "prevent", CHANGED ? `Keep ${blog.name} out of AI partnerships` : `Prevent third-party sharing for ${blog.name}`,
          CHANGED ? "Your posts will not be licensed to companies building AI."
            : "Stop this blog’s posts from being shared with third parties, including AI companies.", "prevent-switch", s.hideSearch)));
  };
  renderBlog();
  return box;
}

function accountSettings() {
  return [el("h1", {}, "Account"),
    el("div", { class: "section" }, el("h2", {}, "Email"), el("div", { class: "field" }, el("span", {}, "ada@example.com"), el("button", { type: "button" }, "Edit"))),
    el("div", { class: "section" }, el("h2", {}, "Password"), el("div", { class: "field" }, el("span", {}, "••••••••"), el("button", { type: "button" }, "Edit"))),
    el("div", { class: "section" }, el("h2", {}, "Security"), el("div", { class: "field" }, el("span", {}, "Two-factor authentication"), el("button", { type: "button" }, "Set up")))];
}

function settingsPage(path) {
  const main = el("main", { class: "settings-main" });
  const m = path.match(/^\/settings\/blog\/([^/]+)$/);
  const blog = m && BLOGS.find((b) => b.name === m[1]);
  later(main, () => (blog ? blogSettings(blog) : path === "/settings/account" ? accountSettings()
    : [el("h1", {}, (NAV.find(([p]) => p === path) || [, "Settings"])[1])]));
  return el("div", { class: "settings" }, main, settingsSide(path));
}

function dashboard() {
  const feed = el("main", { class: "dash" });
  later(feed, () => Array.from({ length: 4 }, (_, i) => el("article", { class: "post", "aria-label": `Post ${i + 1}` })));
  return feed;
}

onRoute(() => {
  closeMenu();
  if (/^\/?$/.test(location.pathname)) redirect("/dashboard" + location.search);
  if (/^\/settings\/?$/.test(location.pathname)) redirect("/settings/account" + location.search);
  const path = location.pathname.replace(/\/$/, "");
  root.replaceChildren(topBar(), path.startsWith("/settings/") ? settingsPage(path) : dashboard());
});

document.addEventListener("keydown", (e) => {
  if (e.key === "Escape") closeMenu();
});
document.addEventListener("mousedown", (e) => {
  const button = Replica.target("account-button");
  if (!e.target.closest(".account-popover") && !(button && button.contains(e.target))) closeMenu();
});
