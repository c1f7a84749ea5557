"""Where the benchmark measures each guide: the host's replica page on which the guide's first step applies, with the
busy feed added (bench/server.py), and what the latency measures look for there.

Every guide with a content script has an entry (meta has none). The landing paths are the ones the end-to-end flows
start from; the selectors are the benchmark's own, taken from the replicas' markup (tests/replicas/<host>/app.js),
and only say which element the latency measure removes and puts back: the guide finds its target its own way.
Eight guides begin with a step that opens a link (`open:` in content/guides/<id>.yaml): the overlay shows the link,
rings nothing, and there is no spotlight latency to measure on their landing page."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Host:
    guide: str
    host: str
    path: str
    step: str  # the first step's id: data-step while guiding on the landing page
    target: str | None = None  # CSS selector of that step's target in the replica; None: the step opens a link
    setup: str | None = None  # page-world script run right after each load, in both browsers of a pair
    setup_note: str = ""
    navigate: tuple[str, str] | None = None  # (path, the step guided there): the navigation latency measure

    @property
    def url(self) -> str:
        return f"https://{self.host}{self.path}?bench=feed"


HOSTS: tuple[Host, ...] = (
    Host("x", "x.com", "/home", "open-more-menu", '[data-testid="AppTabBar_More_Menu"]',
         navigate=("/settings/privacy_and_safety", "open-grok-settings")),
    Host("linkedin", "www.linkedin.com", "/feed/", "open-me-menu", "button.global-nav__primary-link-me-menu-trigger",
         navigate=("/mypreferences/d/categories/privacy", "open-ai-setting")),
    Host("chatgpt", "chatgpt.com", "/", "open-profile-menu", '[data-testid="accounts-profile-button"]',
         navigate=("/#settings/DataControls", "open-improve-model")),
    Host("claude", "claude.ai", "/new", "open-privacy-settings"),
    Host("gemini", "gemini.google.com", "/app", "open-activity"),
    # The first step's target, "Privacy", is an entry of the Account dialog: the user has opened it (profile picture,
    # then the name) before the guide can ring anything. The dialog is opened the same way in both browsers.
    Host("copilot", "copilot.microsoft.com", "/", "open-privacy", '[role="dialog"] .c-entries > button:first-child',
         setup="Replica.target('profile').click(); Replica.target('account').click();",
         setup_note="Account dialog opened (profile picture, then the name) after each load"),
    Host("perplexity", "www.perplexity.ai", "/", "open-account-settings"),
    Host("pinterest", "www.pinterest.com", "/", "open-privacy-and-data"),
    Host("wordpress", "wordpress.com", "/home/adasnotes.wordpress.com", "open-site-settings"),
    Host("tumblr", "www.tumblr.com", "/dashboard", "open-settings"),
    Host("quora", "www.quora.com", "/", "open-privacy-settings"),
    Host("grammarly", "account.grammarly.com", "/", "open-privacy"),
)

BY_GUIDE = {h.guide: h for h in HOSTS}
