"""`optout-guide check-page PAGE|DIR`: which steps of a guide a saved copy of the real page still matches, and
which of their strategies broke. Exit 0 when the step the page is for is found, 1 when not, 2 on bad input."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from urllib.parse import urlsplit

from ..compile import normalize_guide
from ..errors import InputError, Problem
from ..guides import load_guides
from ..pagecheck import page_browser
from ..resources import default_content_dir
from ..savedpage import HTML_SUFFIXES, MHTML_SUFFIXES, SavedPage, read_saved_page


def add_parser(subparsers) -> None:
    p = subparsers.add_parser("check-page", help="check a guide against a saved copy of a real page (or a folder of them)")
    p.add_argument("page", type=Path, help="a saved page (.html, .htm, .mhtml) or a folder of saved pages")
    p.add_argument("--guide", help="the guide's id (default: the guide of the page's host)")
    p.add_argument("--url", help="the page's address or path, for the guide's URL conditions (default: where the "
                                 "file says it was saved from, else the setting's address)")
    p.add_argument("--lang", default=None, help="language of the browser, and of the instructions in the report "
                                                "(default: the page's language if the guide has it, else en)")
    p.add_argument("--json", action="store_true", help="print the report as JSON, for tools")
    p.add_argument("--content", type=Path, default=default_content_dir(), help="content directory (default: content/)")
    p.set_defaults(run=run)


def _pages(root: Path) -> list[Path]:
    if root.is_dir():
        return sorted(p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in HTML_SUFFIXES + MHTML_SUFFIXES)
    if not root.exists():
        raise InputError([Problem(str(root), 1, 1, "does not exist")])
    return [root]


def _place(page: SavedPage, guides: dict[str, dict], guide_id: str | None, url: str | None) -> tuple[dict, str, str]:
    """The guide, host and path+query+fragment to check the page as."""
    address = url or page.url
    parts = urlsplit(address) if address and "://" in address else None
    host = parts.hostname if parts else None
    if guide_id:
        if guide_id not in guides:
            raise InputError([Problem(str(page.path), 1, 1, f"unknown guide {guide_id!r}; guides: {', '.join(sorted(guides))}")])
        guide = guides[guide_id]
    else:
        guide = next((g for g in guides.values() if host in g["hosts"]), None)
        if guide is None:
            where = f"its host {host!r} has" if host else "it does not say where it was saved from, so it has"
            raise InputError([Problem(str(page.path), 1, 1, f"no guide for this page: {where} no guide; "
                                                            "give --guide and --url")])
    if host not in guide["hosts"]:
        host = urlsplit(guide["setting"]["url"]).hostname
    if parts:
        path = (parts.path or "/") + (f"?{parts.query}" if parts.query else "") + (f"#{parts.fragment}" if parts.fragment else "")
    elif address:
        path = address if address.startswith("/") else "/" + address
    else:
        setting = urlsplit(guide["setting"]["url"])
        path = (setting.path or "/") + (f"#{setting.fragment}" if setting.fragment else "")
    return guide, host, path


def _found(report: dict) -> bool:
    return report["engine"]["status"] in ("guiding", "done")


def _text(report: dict, guide: dict, lang: str | None) -> str:
    page_lang = (report["lang"] or "").lower().split("-")[0]
    lang = lang or (page_lang if page_lang in guide["languages"] else "en")
    out = [f"{report['page']}: checked as https://{report['host']}{report['url']} with guide {guide['id']} "
           f"(checked {guide['checked']}); page language {report['lang'] or 'not given'}"]
    for step in report["steps"]:
        if not step["on_host"]:
            out.append(f"  step {step['index']} {step['id']}: on another host")
            continue
        when = "applies here" if step["when"] else "does not apply here"
        if step["open"]:
            out.append(f"  step {step['index']} {step['id']}: {when}; opens {step['open']}")
            continue
        found = f"found by strategy {step['found_by']}" if step["found_by"] else "NOT FOUND by any strategy"
        complete = "" if step["complete"] is None else f"; complete: {'yes' if step['complete'] else 'no'}"
        out.append(f"  step {step['index']} {step['id']}: {when}; target {found}{complete}")
        out.append(f"      {guide['steps'][step['index'] - 1]['text'].get(lang) or guide['steps'][step['index'] - 1]['text']['en']}")
        for s in step["strategies"]:
            if s["found"]:
                f = s["found"]
                seen = "visible" if f["visible"] else "hidden"
                label = f"<{f['tag']}>" + (f" #{f['id']}" if f["id"] else "") + (f" role={f['role']}" if f["role"] else "")
                out.append(f"      {s['index']}. {s['kind']}: {s['count']} visible; first {label} name {f['name']!r} ({seen})")
                out.append(f"         {f['excerpt']}")
            else:
                out.append(f"      {s['index']}. {s['kind']}: nothing")
    state = {"off": "OFF (opted out)", "on": "ON (still opted in)", None: "not on this page"}[report["seen"]]
    out.append(f"  setting: {state}")
    engine = report["engine"]
    out.append(f"  the guide would show: step {engine['step_index']} {engine['step']}, status {engine['status']}")
    out.append(f"  result: {'FOUND' if _found(report) else 'NOT FOUND'}")
    return "\n".join(out)


def run(args: argparse.Namespace) -> int:
    guides = {g["id"]: g for g in (normalize_guide(d.data) for d in load_guides(args.content))}
    pages = [read_saved_page(p) for p in _pages(args.page)]
    if not pages:
        raise InputError([Problem(str(args.page), 1, 1, "holds no saved page (.html, .htm, .mhtml)")])
    placed = sorted(((p, *_place(p, guides, args.guide, args.url)) for p in pages), key=lambda x: (x[2], str(x[0].path)))
    reports = []
    with page_browser(args.lang or "en-US") as browser:
        for page, guide, host, path in placed:
            report = browser.check(page, guide, host, path)
            report.update(page=str(page.path), host=host)
            reports.append((report, guide))
    if args.json:
        print(json.dumps([r for r, _ in reports] if args.page.is_dir() else reports[0][0], ensure_ascii=False, indent=1))
    elif args.page.is_dir():
        print(_summary([r for r, _ in reports]))
    else:
        print(_text(*reports[0], args.lang))
    return 0 if all(_found(r) for r, _ in reports) else 1


def _summary(reports: list[dict]) -> str:
    rows = [("page", "guide", "address", "step", "status", "found by", "result")]
    for r in reports:
        step = next((s for s in r["steps"] if s["id"] == r["engine"]["step"]), None)
        by = "link" if step and step["open"] else (f"strategy {step['found_by']}" if step and step["found_by"] else "-")
        rows.append((Path(r["page"]).name, r["guide"], r["host"] + r["url"], r["engine"]["step"] or "-",
                     r["engine"]["status"] or "-", by, "FOUND" if _found(r) else "NOT FOUND"))
    widths = [max(len(str(row[i])) for row in rows) for i in range(len(rows[0]))]
    lines = ["  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip() for row in rows]
    found = sum(_found(r) for r in reports)
    lines.append(f"{found} of {len(reports)} saved page(s) still found")
    return "\n".join(lines)
