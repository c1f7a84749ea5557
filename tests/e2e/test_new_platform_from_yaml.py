"""A new platform needs YAML only: a toy guide added to a copy of content/ shows up in the manifest (its host and
nothing more), in the popup (its row, in its group), in the guide book, and guides on its own replica page."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from selenium.webdriver.common.by import By

from .harness.browsers import start_chromium
from .harness.guide import wait_for_status, wait_until

ROOT = Path(__file__).resolve().parents[2]
TOY = """\
id: toy
name: Toy Social
group: social-networks
checked: "2026-11-29"
languages: [en, de, fr, es, it, nl]
hosts: [x.com]
settings_area: ["^/settings/toy"]
setting:
  url: https://x.com/settings/toy
  name: {en: Toy training, de: Toy-Training, fr: Entraînement Toy, es: Entrenamiento Toy, it: Addestramento Toy, nl: Toy-training}
steps:
  - id: switch-off
    target:
      - testid: toy-switch
    text: {en: Switch it off., de: Ausschalten., fr: Désactivez., es: Desactívalo., it: Disattivalo., nl: Zet het uit.}
opted_out:
  element:
    - testid: toy-switch
  checked: false
about:
  data: {en: d, de: d, fr: d, es: d, it: d, nl: d}
  not_used: {en: n, de: n, fr: n, es: n, it: n, nl: n}
  regions: {en: r, de: r, fr: r, es: r, it: r, nl: r}
  mobile: {en: m, de: m, fr: m, es: m, it: m, nl: m}
  default_on: true
  retroactive: false
"""


@pytest.fixture(scope="module")
def toy_build(tmp_path_factory) -> Path:
    """content/ with the toy guide instead of the real X guide (one guide per host), built."""
    root = tmp_path_factory.mktemp("toy")
    content = root / "content"
    shutil.copytree(ROOT / "content", content)
    (content / "guides" / "x.yaml").unlink()
    (content / "guides" / "toy.yaml").write_text(TOY, encoding="utf-8")
    tool = Path(sys.executable).parent / "optout-guide"
    subprocess.run([str(tool), "build", "--content", str(content), "--out", str(root / "dist")],
                   check=True, capture_output=True, text=True)
    return root / "dist"


def test_toy_platform_in_manifest_popup_book_and_page(toy_build, site):
    import json
    manifest = json.loads((toy_build / "chrome" / "manifest.json").read_text())
    scripts = {s["js"][0]: s["matches"] for s in manifest["content_scripts"]}
    assert scripts["content/toy.js"] == ["https://x.com/*"]
    assert "content/x.js" not in scripts
    assert (toy_build / "site" / "toy.en.html").is_file() and "Toy Social" in (toy_build / "site" / "index.html").read_text()

    browser = start_chromium(toy_build / "chrome", site.server.port)
    try:
        d = browser.driver
        browser.open_extension_page("popup/popup.html")
        wait_until(lambda: d.execute_script("return document.body.dataset.ready") == "true", 5, message="popup ready")
        row = d.find_element(By.CSS_SELECTOR, 'li.group[data-group="social-networks"] li.platform[data-guide="toy"]')
        assert row.find_element(By.CSS_SELECTOR, ".name").text == "Toy Social"
        # The toy guide runs on its host: the X replica's page has no toy switch, so it searches, then falls back.
        browser.open("https://x.com/settings/toy")
        state = wait_for_status(d, "target-missing", "switch-off", timeout=7)
        assert state["guide"] == "toy"
    finally:
        browser.quit()
