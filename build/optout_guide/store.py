"""What the browser stores ask for, per language, generated from the guides and the store strings: the listing's
name, short and full description, the Chrome Web Store's single-purpose and permission justifications, and the
privacy policy's place. Each field respects the stores' length limits (checked here and in the tests)."""

from __future__ import annotations

from pathlib import Path

from .errors import InputError, Problem

LIMITS = {"name.txt": 75, "summary.txt": 132, "description.txt": 16000}
PRIVACY_POLICY = "book/privacy.html"  # inside the extension; the site's privacy.html says the same


def listing(guides: list[dict], t: dict[str, str], lang: str) -> dict[str, str]:
    def text(value: dict) -> str:
        return value.get(lang) or value["en"]

    lines = [t["intro"], "", t["platforms"]]
    for guide in sorted(guides, key=lambda g: (g["group"], g["name"])):
        lines.append(f"• {guide['name']}: {text(guide['about']['data'])}")
    lines += ["", t["promise"]]
    hosts = sorted(h for g in guides for h in g["hosts"])
    permissions = [t["why_storage"], t["why_hosts"] + " (" + ", ".join(hosts) + ")", t["remote_code"]]
    privacy_page = "privacy.html" if lang == "en" else f"privacy.{lang}.html"
    return {
        "name.txt": t["name"],
        "summary.txt": t["summary"],
        "description.txt": "\n".join(lines),
        "single-purpose.txt": t["single_purpose"],
        "permissions.txt": "\n\n".join(permissions),
        "privacy-policy.txt": f"{t['privacy_title']}: site/{privacy_page} (in the extension: {PRIVACY_POLICY})",
    }


def write_store(out: Path, guides: list[dict], strings: dict[str, dict[str, str]]) -> None:
    problems = []
    for lang, t in sorted(strings.items()):
        folder = out / lang
        folder.mkdir(parents=True)
        for name, value in listing(guides, t, lang).items():
            limit = LIMITS.get(name)
            if limit and len(value) > limit:
                problems.append(Problem(f"extension/locales/store/{lang}.json", 1, 1,
                                        f"{name} is {len(value)} characters, more than the store's {limit}; shorten it"))
            (folder / name).write_text(value + "\n", encoding="utf-8")
    if problems:
        raise InputError(problems)
